"""Write tests/data/pii_heldout_v46.jsonl: a forty-sixth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v41's generator (handed over as a text file); the first three
    lines of v41's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first
    few hundred bytes of GSM8K test, AMC23 test, hh-rlhf harmless-base test (looked at, not used) and the
    first three lines of the German multilingual HateCheck CSV (for their fields); the other corpus files
    were only read by corpus.py. Also read: Faker's locale list by trying locales (fr_BE, fr_CH, nl_BE,
    de_CH, en_IE, hi_IN, en_IN) and python-stdnum's iban.py function names. Numbers were made and checked
    with phonenumbers only: every written form is parsed back to the same valid number (local forms with
    their area code and trunk prefix put back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its
    national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as
    v41 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's region, its national (stand-in) region and its language's home
    regions, plus the guards (screen.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBANs,
    IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (checks.py
    repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    (negs.Drawer.draw); in the shipped build none was (0 swaps): German event codes, tour years and pet
    microchips, which were nearly always phone-shaped for DE, were rewritten (V24K123, 'Tour 2019',
    900/941000/985 chip prefixes) before the final build. No '#nofilter' is in the files.
    Written under a 45-minute limit, so cells are small (1-3 lines per slot); English has all 11 genres,
    the others 7-10. Emphasis: faith, family events and entertainment.

Format and conventions: those of v41 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographic area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE) for
    national, list and service numbers (compose.regions_of); no 00 prefixes. Hindi documents carry the
    locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed. Modes of the other kinds: EMAIL
    role/personal, CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN dashed/spaced. 'other' = service numbers (toll-free, shared cost, UAN: phonenumbers' type is
    checked). list-entry = a phone in a contact block at the end of a document, one per line, in four
    layouts: 'Label: <phone>', '- Label <phone>', programme-style dot leaders 'Label ....... <phone>' and
    'Label | <phone>' (heads 'Who to call:', 'Wichtige Nummern', 'Numéros utiles', 'Teléfonos de interés',
    'Numeri utili', 'Belangrijke nummers', 'Telefones úteis', 'ज़रूरी नंबर', ...). A radio script may say the
    same number twice (two spans, two equal values). No phone is split across lines; every phone is one
    digit string with separators; words stay outside the span. Some numbers keep no-break spaces (French,
    Belgian, international) or en dashes (typeset programmes) inside the span.

What is new against v41, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 11 genres, none in v41:
    parish (parish, congregation, temple and gurdwara newsletters), funeral (funeral-home notices,
    obituaries, memorial and prayer meetings), wedding (wedding and christening invitations with RSVP
    lines), festival (festival and concert programmes), boxoffice (box-office and ticket confirmations),
    listings (cinema and theatre listings), radio (phone-in and quiz-show host scripts), raffle (raffle,
    tombola and lottery results), fanclub (fan-club newsletters, tribute-band bookings), venue (function
    room hire and catering quotes), sitter (babysitting and pet-sitting notes); all sentences written fresh
    in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('If you're calling from inside
    Bath, the number is simply', '<town> folk can ring the office on ... - no code needed', 'Around York?
    Just dial ... or, for the hall, ...', 'Local line (<town> exchange):', 'For the <town> branch dial ...
    from any phone in town', 'Aus Trier selbst genügt die', 'Im Münsterer Ortsnetz: ... (Pfarrbüro) oder
    ... (Küster)', 'Telefon (Ortsnetz Bamberg):', 'Innerorts Lübeck ohne Vorwahl:', 'Vanuit Delft zelf
    volstaat', 'In Venlo en omgeving (zonder netnummer):', 'Lokaal Nijmegen:', 'Quem é de Curitiba liga
    direto', 'Secretaria (fixo em Manaus):', 'De qualquer telefone de Belém:', 'Patna शहर के भीतर बस ...
    मिलाइए', 'कार्यालय (Bhopal लैंडलाइन):'); cards in deposits and box-office orders, IBANs for wedding gifts
    and parish donations, IPs in online ticket orders and account logs, SSNs on raffle W-2G forms and
    nanny payroll notes;
    45 hard-negative kinds (negs.KINDS; words in neg_words.py), all used, none in v41's list: bible
    references, hymn-book numbers
    (Hymn, EG, cantique, Lied, भजन संख्या), psalm verses, service/Mass-time lists, parish-register entries
    (vol./page/entry), lifespans ('* 3.6.1955  † 26.2.2025', '1936 – 2024'), age at death, grave plots,
    clock times, gate/door numbers, table numbers, gift-list numbers, guest counts, opus/catalogue numbers
    of works (BWV, KV, D, RV, Hob.), set lengths, song durations (3:45, 4'12", 2 min 21 s), venue
    capacities, seat and row, booking references, ticket price plus fee, ticket barcodes (4x4 digits,
    never Luhn-valid), event codes, cinema screens, age ratings (PG-13, FSK 12, -12 ans, VM14, M/12,
    U/A 13+), running times, showtime lists, projection formats and aspect ratios, broadcast frequencies
    (FM MHz, kHz, DAB+ blocks), broadcast timecodes, quiz scores, record side/track, record label
    catalogue numbers, raffle ticket numbers, draw numbers, lottery draws ('4 – 11 – 23 – 35 – 41 – 47 + 5'),
    raffle ticket prices, fan-club member numbers, BPM, tour years, chart positions, room dimensions,
    price per head, pet microchips (15 digits), medicine doses with times, sitter hourly rates;
    number habits (numbers.py, habits.py): US 937 222 4410, (937) 222 4410, 937/222-4410, 937–222–4410,
    1 (937) 222-4410, +1 937 222 4410, +1-937-2224410, +1 (937) 222 4410, 1 (888) 412-7719; GB (01603)
    612 345, 01603-612345, 0116–4775619, 07911-123456, 07911 123 456, (0345) 612 3456, +44-1603-612345;
    DE (0251) 3785915, 0251 / 378 5915, 0251–3785915, 0251 3 78 59 15 (pairs from the right),
    0251/3 78 59 15, 0151 - 2345 6789, 0151/23456789, 0151 23 45 67 89, 0800 / 123 4567, +49 221 6 23 14 25;
    FR 04-44-78-76-74, 0444787674, no-break-space pairs, 0 800 123 456, +33 4 44 78 76 74 with no-break
    spaces; ES 93 641 28 61, 936-41-28-61, 612 34 56 78, 901 84 87 87, +34 93 641 28 61; IT (06) 7675 8513,
    06-76758513, 06/76758513, 333-1234567, 333/1234567, 848 30 18 52, +39-06-76758513; NL 043 - 606 9032,
    043-606 90 32, 043–6069032, 06-12345678, 06 - 1234 5678, +31 43 606 90 32; PT 22 309 67 48,
    22 309 6748, 91 234 56 78, 808 21 85 94; BR 81 2308-7748, (81)2308-7748, (81) 9 8765-4321,
    81 98765-4321, 0800 626 4219, 0800-626-4219, +55 (81) 2308 7748, +55-81-23087748 (mobiles
    +55 (81) 98765-4321 or +55 81 9 8765-4321 when drawn);
    IN 0522-2527804, 0522 2527804, 0522–2527804, 98765 43210, 09876543210, +91 98765 43210,
    +91-98765-43210, 1800 425 1234, 1800-425-1234; CH/BE/NL '+41 44 296 69 51', '+32 484 15 28 74',
    '+31 6 26 54 74 04'; local forms 222 4410, 222–4410, 612345, 475–5619, 4 17 76 79 (pairs from the
    right), 4177679, 6069032, 606-9032, 2308-7748, 23087748, 252-7804, 2527 804.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN check digits and checks; Faker (MIT) for first and last names (names
    in Hindi documents from hi_IN, in Devanagari) and for personal e-mail addresses; towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: GSM8K test questions (MIT), AMC23
    problems (MIT), HumanEval prompts (MIT), Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing
    the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v46.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v46.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v46.stats [RECORDS [VALUES]]

Counts (seed 10046; `python -m benchmarks.pii_v46.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1222 {'corpus': 134, 'neg': 329, 'pos': 759}
    values: 1848 by kind: {'PHONE': 1424, 'EMAIL': 247, 'IP_ADDRESS': 65, 'CREDIT_CARD': 57, 'IBAN': 49,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 361, 'PHONE/list-entry': 324,
            'PHONE/international': 156, 'PHONE/other': 133, 'EMAIL/role': 124, 'EMAIL/personal': 123,
            'IBAN/print': 35, 'IP_ADDRESS/v4': 26, 'CREDIT_CARD/solid': 24, 'CREDIT_CARD/spaced': 23,
            'IP_ADDRESS/v4-private': 21, 'IP_ADDRESS/v6': 18, 'IBAN/electronic': 14, 'CREDIT_CARD/dashed': 10,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'boxoffice': 90, 'fanclub': 49, 'festival': 129, 'funeral': 119, 'listings': 87, 'parish': 108,
            'radio': 91, 'raffle': 103, 'sitter': 74, 'venue': 118, 'wedding': 120}
    languages (documents written here): {'de': 150, 'en': 328, 'es': 72, 'fr': 86, 'hi': 108, 'it': 72,
            'nl': 140, 'pt': 132}
    corpus: 40 GSM8K test, 6 AMC23, 16 HumanEval, 12 each from six Multilingual HateCheck languages
    hard-negative kinds used: 45; document redraws: 2, value redraws: 337, kinds replaced after 200 dirty
            values: 0
"""

import json
import random
import sys
from pathlib import Path

from faker import Faker

from . import compose, corpus, negs, screen

SEED = 10046
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v46.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v46_values.jsonl"
PLAN = {
    "en": (228, 100),
    "de": (105, 45),
    "fr": (60, 26),
    "es": (50, 22),
    "it": (50, 22),
    "nl": (98, 42),
    "pt": (92, 40),
    "hi": (76, 32),
}
LOCAL_PLAN = {
    "en": [("en_US", "US", 75), ("en_GB", "GB", 75), ("en_IN", "IN", 40)],
    "de": [("de_DE", "DE", 75)],
    "nl": [("nl_NL", "NL", 75)],
    "pt": [("pt_BR", "BR", 75)],
    "hi": [("en_IN", "IN", 35)],
}
STATS = {"doc_redraws": 0}


def fakers():
    out = {}
    for loc in [
        "en_US",
        "en_GB",
        "en_IN",
        "en_AU",
        "en_IE",
        "de_DE",
        "de_AT",
        "de_CH",
        "fr_FR",
        "fr_BE",
        "fr_CH",
        "es_ES",
        "it_IT",
        "nl_NL",
        "nl_BE",
        "pt_PT",
        "pt_BR",
        "hi_IN",
    ]:
        f = Faker(loc)
        f.seed_instance(SEED)
        out[loc] = f
    return out


def blanked(text, spans):
    chars = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            chars[i] = " "
    return "".join(chars)


def one(rng, fk, drawer, lang, locale, genre, kind, n, n_local=0, town=None):
    region, nat = compose.regions_of(locale, lang)
    regions = sorted(set([region, nat] + compose.HOME[lang]))
    ctx = {
        "rng": rng,
        "lang": lang,
        "locale": locale,
        "region": region,
        "nat": nat,
        "genre": genre,
        "faker": fk["hi_IN" if lang == "hi" else locale],
        "faker_mail": fk[locale],
        "drawer": drawer,
        "screen": regions,
    }
    if town:
        ctx.update(town=town[0], area=town[1], local_region=region)
    for _ in range(50):
        doc = compose.build(ctx, kind, n_local)
        text = doc.text()
        rest = blanked(text, doc.spans)
        if not screen.guard_hits(rest) and not screen.phone_hits(rest, regions):
            break
        STATS["doc_redraws"] += 1
    else:
        raise RuntimeError("document stays dirty")
    gid = ("hi-" if lang == "hi" else "") + genre
    rec = {"id": f"{locale}-{kind}-{gid}-{n}", "locale": locale, "text": text, "spans": doc.spans}
    return rec, {"values": doc.values}


def build():
    rng = random.Random(SEED)
    fk = fakers()
    drawer = negs.Drawer(rng)
    pairs = []
    for lang, (n_pos, n_neg) in PLAN.items():
        genres = sorted(compose.LEX[lang]["g"])
        done = 0
        for locale, region, target in LOCAL_PLAN.get(lang, []):
            left = target
            while left > 0:
                k = 2 if left >= 2 and rng.random() < 0.3 else 1
                town = rng.choice(compose.numbers.AREAS[region])
                pairs.append(
                    one(rng, fk, drawer, lang, locale, rng.choice(genres), "pos", len(pairs), k, town)
                )
                left -= k
                done += 1
        locs, weights = compose.LOCALES[lang], compose.LOCALE_W.get(lang, [1] * len(compose.LOCALES[lang]))
        for _ in range(max(0, n_pos - done)):
            loc = rng.choices(locs, weights)[0]
            pairs.append(one(rng, fk, drawer, lang, loc, rng.choice(genres), "pos", len(pairs)))
        for _ in range(n_neg):
            loc = rng.choices(locs, weights)[0]
            pairs.append(one(rng, fk, drawer, lang, loc, rng.choice(genres), "neg", len(pairs)))
    for rec in corpus.load(rng):
        pairs.append((rec, {"values": []}))
    rng.shuffle(pairs)
    STATS.update(
        value_redraws=drawer.redraws,
        swaps=drawer.swaps,
        swapped=sorted(set(drawer.swapped)),
        kinds_used=len(drawer.used),
    )
    return pairs


def dump(pairs, out, out_values):
    with open(out, "w", encoding="utf-8") as f:
        for rec, _ in pairs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(out_values, "w", encoding="utf-8") as f:
        for _, val in pairs:
            f.write(json.dumps(val, ensure_ascii=False) + "\n")


def main(argv):
    out = Path(argv[0]) if argv else OUT
    out_values = Path(argv[1]) if len(argv) > 1 else OUT_VALUES
    pairs = build()
    dump(pairs, out, out_values)
    print(f"wrote {len(pairs)} documents to {out}; {STATS}")


if __name__ == "__main__":
    main(sys.argv[1:])
