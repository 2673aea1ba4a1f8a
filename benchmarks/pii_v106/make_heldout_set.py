"""Write tests/data/pii_heldout_v106.jsonl: a hundred-and-sixth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md and the first few hundred bytes of MATH-500, AMC23, the
    English HateCheck CSV, the Dutch Multilingual HateCheck CSV and hh-rlhf harmless-base test (for their
    fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix (numbers.py), kept
    when valid, of the wanted type and of the wanted region, and every written form parsed back to the same
    valid number of the stated region (habits.write); local forms are the subscriber digits of a number
    drawn under a fixed area code, with the trunk prefix and area code put back (numbers.put_back) and the
    area length asserted equal to phonenumbers' geographical area code length. Cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs inside runs of digits, spaces
    and dashes, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans
    blanked (checks.py repeats the whole-document screen). New here: a value still dirty after 60 draws is
    never replaced; the whole document is drawn again instead (negs.DirtyValue), so a kind that is always
    phone-like for a region (e.g. 15-digit microchips under DE) simply does not occur in those documents.
    Written under a 35-minute limit, so cells are small (2-6 sentences per slot); English has all 7 genres,
    German and Dutch 5, French, Spanish, Italian, Portuguese and Hindi 4. Emphasis: lotteries, betting and
    horse racing.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, null for every other phone; text = the subscriber
    part only; a document's local numbers share one area code and the phrasing names its town.
    AT/CH/BE/IE/AU documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and service numbers (compose.LOCALES, compose.national_region); other documents write
    about one own fixed or mobile number in ten internationally; no 00 prefixes. Hindi documents carry the
    locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five layouts new
    against v52: '• Label: <phone>', 'Label — <phone>', '<phone> – Label', 'Label = <phone>' and
    'Label<TAB><phone>' (heads 'Numbers to keep', 'On the day', 'Who to call', 'Contacts for members',
    'Telefonliste', 'Ansprechpartner am Renntag', 'Numéros pratiques', 'Teléfonos de la jornada',
    'Recapiti utili', 'Handige nummers', 'Telefones da casa', 'ज़रूरी फ़ोन', ...). No phone is split across
    lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es.py, lex_it_nl_pt_hi.py; compose.py, make_heldout_set.py): 7 genres,
    none in v52: shop (betting shops and PMU/wedkantoor/agenzia counters), lottery (lottery kiosks,
    retailers, prize claims, office lottery pools), racecourse (raceday packs, badges, hospitality),
    trainer (racehorse trainers' yard updates to owners), bingo (bingo club newsletters), helpline
    (responsible-gambling helplines and self-exclusion letters), syndicate (pools and lottery syndicates);
    all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways
    ('Calling from a Miami number? The cashier's cage is just', 'Live in Louisville? Skip the area code –
    the track's box office is', 'Neighbors in Elmont say the fastest way to reach the barn is still',
    'If you're ringing from Newmarket itself you won't need the code – it's', 'Local to Lambourn? The yard
    answers on ... from first lot onwards', 'Ring ... from anywhere in York; out of town, add the code',
    'Within Mysuru, the race club's booking counter takes calls on', '... no STD code needed',
    'Wer in Hoppegarten wohnt, erreicht die Rennbahnkasse ohne Vorwahl unter', 'Aus dem Ortsnetz Köln genügt
    die', 'Ortsgespräch nach Bremen? Einfach ... wählen', 'Binnen Wolvega draait u gewoon',
    'Voor bellers uit Nijmegen: kantine ..., stalgang ...', 'Lokaal in Maastricht bereikbaar onder',
    'Quem liga de um fixo de Recife fala com a secretaria do jóquei no', 'Em Curitiba, sem DDD:',
    'O bolão do escritório de Salvador é combinado pelo', 'Chennai शहर में बिना कोड के ... डायल करें',
    'लोकल कॉल (Pune): ...'); cards for badge, box and table bookings and session refunds, IBANs for prize
    transfers, syndicate stakes and vet bills, IPs of self-service betting terminals, press-room gateways
    and syndicate log-ins, one SSN on a US identity check;
    44 hard-negative kinds (negs.KINDS), none in v52's list: bet receipt numbers (O/1234567/1234567),
    fractional odds, decimal odds, prize amounts, exchange market ids (1.234567890), selection ids, lotto
    lines (six numbers), EuroMillions lines with lucky stars, scratchcard game-pack-ticket numbers, off
    times, carried weights (9st 7lb), race distances (1m 2f 110y), GoingStick readings, form figures
    (1-2-F-3), official ratings, tote dividends, trifecta combinations, 15-digit horse microchips, UELNs,
    operating licence numbers, premises licence numbers, self-exclusion references, pools coupon picks,
    bingo card serials, bingo calls, jackpots, return-to-player percentages, self-service terminal ids,
    bet time stamps, lottery ticket barcodes (1234-1234-1234-12), retailer numbers, draw numbers,
    stall/draw pairs, race ids, back/lay prices, overrounds, each-way terms, accumulators, syndicate
    shares, seasons, greyhound traps with prices, winning times, Spanish décimo numbers and series;
    number habits (habits.py): US 502-533-0656, (502)533-0656, 502.533.0656, 1-502-533-0656,
    +1-502-533-0656, +1 502.533.0656; GB 0207 946 0018 (London misgrouped), 01638-123456, 0770 090 0123,
    +44 (0)161 496 0018, +44 1638 123456; DE (0221) 1234567, 0221-1234567, 0221 1 23 45 67 (pairs from the
    right), +49 (0)221 1234567, +49 (0) 176 12345678; FR 04.44.78.76.74, +33 (0)4 44 78 76 74; ES
    936 412 861, 936412861; IT 051.8737.670, 327.143.9729, +39 333.123.4567; NL (050) 3 12 34 56,
    050-3123456, +31 (0)6 12345678; PT +351 253444696; BR (41)2765-6828, 51 98257.2973, +55 41 27656828;
    IN (011) 6324 2834, 011-63242834, 70776-13963, 70776 13963, +91-70776-13963; AT/CH/BE/IE/AU with
    '+43 (0)676 ...', '+41 (0)21 ...', '+32 (0)3 ...', '+353 (0)21 ...', '+61 (0)7 ...'; local forms
    362.2006, 8190208, 2463.0868, 24630868, 123456 and 123 456 (6-digit subscribers).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE from fr_FR); e-mail user names from Faker names, domains
    from values.DOMAINS (mostly .example); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), the first human turn of hh-rlhf
    harmless-base test dialogues (MIT), English HateCheck and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only HateCheck cases labelled non-hateful are
    taken (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag for US, GB and the language's
    home region. Row = 0-based data row (hh-rlhf, MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v106.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v106.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v106.stats [RECORDS VALUES]

Counts (seed 10106; `python -m benchmarks.pii_v106.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1210 {'corpus': 130, 'neg': 320, 'pos': 760}
    values: 1762 by kind: {'PHONE': 1354, 'EMAIL': 206, 'IBAN': 89, 'CREDIT_CARD': 67, 'IP_ADDRESS': 45,
            'US_SSN': 1}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 327, 'PHONE/list-entry': 215,
            'PHONE/international': 183, 'PHONE/other': 179, 'EMAIL/personal': 103, 'EMAIL/role': 103,
            'IBAN/print': 48, 'IBAN/electronic': 41, 'CREDIT_CARD/spaced': 27, 'CREDIT_CARD/dashed': 21,
            'IP_ADDRESS/v4-private': 19, 'CREDIT_CARD/solid': 19, 'IP_ADDRESS/v6': 14, 'IP_ADDRESS/v4': 12,
            'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'bingo': 63, 'helpline': 222, 'lottery': 208, 'racecourse': 206, 'shop': 196,
            'syndicate': 64, 'trainer': 121}
    languages (documents written here): {'de': 145, 'en': 406, 'es': 62, 'fr': 61, 'hi': 73, 'it': 60,
            'nl': 158, 'pt': 115}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'hhrlhf-en': 10, 'math500-en': 30, 'mhc-dutch': 10,
            'mhc-french': 10, 'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws (whole-document screen): 0, value redraws: 2795, documents redrawn for a kind dirty
            after 60 draws: 37, hard-negative kinds drawn clean at least once: 44
    US SSNs are few (1): only en_US helpline documents carry them.
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

from . import compose, corpus, negs

SEED = 10106
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v106.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v106_values.jsonl"
N_POS = 370
N_NEG = 320
FAKER_LOCALE = {"fr_BE": "fr_FR", "en_IN": "en_IN", "hi": "hi_IN"}
# local region -> [(language, locale, values)]
LOCAL_PLAN = {
    "US": [("en", "en_US", 75)],
    "GB": [("en", "en_GB", 75)],
    "DE": [("de", "de_DE", 75)],
    "NL": [("nl", "nl_NL", 75)],
    "BR": [("pt", "pt_BR", 75)],
    "IN": [("en", "en_IN", 40), ("hi", "en_IN", 35)],
}
LANG_WEIGHTS = {"en": 30, "de": 14, "fr": 10, "es": 8, "it": 8, "nl": 12, "pt": 10, "hi": 8}


def fakers():
    out = {}
    for lang, locs in compose.LOCALES.items():
        for loc in locs:
            key = "hi" if lang == "hi" else loc
            f = Faker(FAKER_LOCALE.get(key, key))
            out[(lang, loc)] = f
    return out


def _seed_fakers(fk, rng):
    for f in fk.values():
        f.seed_instance(rng.randint(0, 10**9))


def _new(rng, fk, lang, locale, stats):
    return compose.Doc(rng, fk[(lang, locale)], locale, lang, stats)


def _doc_id(locale, lang, posneg, genre, n):
    g = f"hi-{genre}" if lang == "hi" else genre
    return f"{locale}-{posneg}-{g}-{n}"


def _pos_doc(rng, fk, lang, stats, local=None):
    lex = compose.LEX[lang]
    locale = local[1] if local else rng.choice(compose.LOCALES[lang])
    genre = rng.choice(sorted(lex["POS"]))
    d = _new(rng, fk, lang, locale, stats)
    d.add(rng.choice(lex["TITLES"][genre]) + "\n\n")
    body = []
    if local:
        region, _, _, sentence = local[0], local[1], local[2], local[3]
        d.local = (region, local[4], local[5])
        body.append(sentence)
        if rng.random() < 0.45:
            body.append(rng.choice(compose.allowed_sentences(lex, genre, locale)))
    else:
        k = rng.choice([1, 2, 2, 3])
        body += rng.sample(compose.allowed_sentences(lex, genre, locale), min(k, len(lex["POS"][genre])))
    if rng.random() < 0.6:
        body.append(rng.choice(lex["PLAIN"][genre]))
    if rng.random() < 0.55:
        body.append(rng.choice(lex["NEG"]))
    rng.shuffle(body)
    for i, s in enumerate(body):
        d.fill(s + (" " if i < len(body) - 1 else "\n"))
    if not local and rng.random() < 0.3:
        d.list_block(rng.choice([1, 2, 2, 3]))
    return d, genre


def _neg_doc(rng, fk, lang, stats):
    lex = compose.LEX[lang]
    locale = rng.choice(compose.LOCALES[lang])
    genre = rng.choice(sorted(lex["POS"]))
    d = _new(rng, fk, lang, locale, stats)
    d.add(rng.choice(lex["TITLES"][genre]) + "\n\n")
    body = rng.sample(lex["NEG"], rng.choice([1, 2, 3])) + [rng.choice(lex["PLAIN"][genre])]
    rng.shuffle(body)
    for i, s in enumerate(body):
        d.fill(s + (" " if i < len(body) - 1 else "\n"))
    return d, genre


def _attempt(make, stats):
    for _ in range(200):
        try:
            d, genre = make()
        except negs.DirtyValue as e:
            stats["dirty_kind_redraws"] += 1
            stats["dirty:" + str(e)] += 1
            continue
        if d.clean():
            return d, genre
        stats["doc_redraws"] += 1
    raise RuntimeError("document stays dirty")


def build():
    rng = random.Random(SEED)
    fk = fakers()
    _seed_fakers(fk, rng)
    stats = Counter()
    stats["neg_kinds"] = set()
    out = []
    langs = sorted(LANG_WEIGHTS)
    weights = [LANG_WEIGHTS[x] for x in langs]
    from .numbers import AREAS

    for region, plan in LOCAL_PLAN.items():
        for lang, locale, total in plan:
            lex = compose.LEX[lang]
            table = lex["LOCAL"][region] if lang == "en" else lex["LOCAL"]
            left = total
            while left:
                choices = [s for s in table if s.count("{L}") <= left]
                sentence = rng.choice(choices)
                idx = rng.randrange(len(AREAS[region]))
                town = AREAS[region][idx][1]
                local = (region, locale, None, sentence, idx, town)
                d, genre = _attempt(
                    lambda lang=lang, local=local: _pos_doc(rng, fk, lang, stats, local), stats
                )
                left -= sentence.count("{L}")
                out.append((d, lang, "pos", genre))
    for _ in range(N_POS):
        lang = rng.choices(langs, weights)[0]
        d, genre = _attempt(lambda lang=lang: _pos_doc(rng, fk, lang, stats), stats)
        out.append((d, lang, "pos", genre))
    for _ in range(N_NEG):
        lang = rng.choices(langs, weights)[0]
        d, genre = _attempt(lambda lang=lang: _neg_doc(rng, fk, lang, stats), stats)
        out.append((d, lang, "neg", genre))
    records, values = [], []
    for n, (d, lang, posneg, genre) in enumerate(out):
        rid = _doc_id(d.locale, lang, posneg, genre, n)
        records.append({"id": rid, "locale": d.locale, "text": d.text(), "spans": d.spans})
        values.append({"values": d.values})
    for c in corpus.load(rng):
        records.append(c)
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [values[i] for i in order], stats


def write(records, values, rpath, vpath):
    with open(rpath, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(vpath, "w", encoding="utf-8") as f:
        for v in values:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    rpath = Path(argv[0]) if argv else RECORDS
    vpath = Path(argv[1]) if len(argv) > 1 else VALUES
    records, values, stats = build()
    write(records, values, rpath, vpath)
    print(f"wrote {len(records)} records to {rpath}")
    print(
        f"document redraws: {stats['doc_redraws']}, value redraws: {stats['value_redraws']}, "
        f"documents redrawn for a kind dirty after 60 draws: {stats['dirty_kind_redraws']}, "
        f"hard-negative kinds used: {len(stats['neg_kinds'])}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
