"""Write tests/data/pii_heldout_v39.jsonl: a thirty-ninth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v37's generator (handed over as a text file); the first three
    lines of v37's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first lines of
    GSM8K test, hh-rlhf harmless-base test and the Dutch multilingual HateCheck CSV (for their fields); the
    other corpus files were only read by corpus.py. Numbers were made and checked with phonenumbers only:
    every written form is parsed back to the same valid number (local forms with their area code put back);
    cards with Luhn, IBANs with mod 97 plus python-stdnum's national checks, SSNs with the SSA rules, IPs
    with the ipaddress module. Hard negatives are screened as v37 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's region, its national
    region and its language's home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid
    13-19 digit runs, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled
    spans masked (checks.py repeats the whole-document screen). A negative value still dirty after 200
    draws is replaced by another kind (negs.Drawer.draw), so no '#nofilter' is in the files.
    Written under a 45-minute limit, so each language's cells are small (1-6 lines per slot).
    Emphasis: news and public-record text.

Format and conventions: those of v37 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, PHONE values with region, e164, area_len; PHONE modes international, national, local-announced,
    list-entry, other). Subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines,
    75 each; area_len = the length of the document's area code, asserted equal to phonenumbers' geographic
    area code length; text = the subscriber part only; a document's local numbers share one area code and
    the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES); no 00 prefixes. Hindi
    documents carry the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n>
    (n = place in build order) or <source>-<language>-<row>; shuffled with the seed. Modes of the other
    kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers (toll-free, shared cost, UAN).
    list-entry = a phone in a contact block of a news page ('Useful numbers:', 'Vorverkaufsstellen',
    'Numéros utiles :', ...; one '<label>: <phone>' or '- <label> <phone>' per line). No phone is split
    across lines; every phone is one digit string with separators; words stay outside the span.

What is new against v37, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 11 news and public-record
    genres, none in v37: local (council and village news), appeal (police appeals for witnesses), obit
    (death notices), sport (match reports with league-table rows, race results, box scores, cricket totals
    for India), court (court reporting with case numbers), encyclo (encyclopaedia-style history sections on
    clubs, towns and companies), listings (what's-on columns), letter (letters to the editor), wire
    (press-agency wires with slugs, market closes, bills), classified (small ads), bulletin (weather,
    tide and traffic bulletins); all sentences written fresh for v39 in en (with Indian English frames for
    en_IN), de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('From a Denver phone just dial',
    '(Tulsa callers) box office', 'Locals in York can ring ..., no code needed', 'Tel. ... (Omaha exchange)',
    'Im Stadtgebiet Bremen genügt die', 'Ortsnetz Leipzig:', 'Wer aus Rostock anruft, wählt nur ..., ohne
    Vorwahl', 'Telefon (innerhalb Hamburg)', 'Binnen Zwolle volstaat', '(in Delft zonder netnummer)',
    'Bellers uit Arnhem draaien', 'Em Salvador, ligue só', '(Manaus, ligação local)', 'Quem liga de
    Fortaleza disca', 'Kochi शहर से सीधे ... मिलाएँ', '(Patna स्थानीय नंबर)', 'दूरभाष (Bhopal):');
    SSNs, cards and IPs in court reports of identity theft and cybercrime; IBANs in donation notices;
    48 hard-negative kinds used (negs.py; 50 defined, lotto and, mostly, gazette notice ids are too often
    phone-like and are redrawn), none in v37's list: match scores, league-table rows, populations, life
    years (1931–2024), ages, prices with currency, court case numbers (Aktenzeichen, RG n°, R.G. n.,
    parketnummer, CNJ process numbers, FIR numbers), police crime references, news dates, kick-off times,
    attendances, race times, temperatures, air pressure, rainfall, wind speeds, road/junction/km markers,
    flight numbers, train numbers (Indian 5-digit train numbers), vote tallies, budgets, stock-index closes,
    ISBN-13s, company register numbers (Companies House, HRB, SIREN, KvK, CNPJ, CIN), founding years, goal
    minutes, transfer fees, elevations, areas in km², car mileages, engine sizes, box/Chiffre numbers, job
    references, tide times with heights, radio frequencies, bus routes, parliamentary bills and Drucksachen,
    exchange rates, stadium capacities, turnout percentages, Indian lakh/crore grouping, gazette notice ids,
    cricket totals, basketball box scores, agency wire slugs, grave plots, council vote splits, flat sizes
    in m², UV index;
    number habits (numbers.py): US 303 447 1234, 303/447-1234, 1 (303) 447-1234; GB (0114) 4960123,
    0114 4960123; DE 0421-3944117, 0421 / 3944117, (0421) 3 94 41 17 (pairs from the right); FR 01-23-45-67-89
    and no-break spaces 01 23 45 67 89; ES 968-698-198, 96 869 81 98; IT 02/12345678, 338/5069506,
    338-5069506; NL 050 - 4352611, 050-435 26 11, 06 - 46 10 92 48; PT 218 359 245, 21 835 92 45; BR (51)
    36230798, 51-3623-0798, (51)3623-0798, (31) 9 4756-4696; IN 94319 41300, 94319-41300, 0 94319 41300,
    0522-609 1524, 0522 - 6091524, +91-94319-41300; international '+49 (421) 3944117' (area code in
    parentheses, fixed lines), '+49 4213944117' (national number unsplit); service numbers 1 877 762 3286,
    (877) 762-3286, 0800-1516204, 0800-830-7848, 1860 053 3181, 1860-053-3181, French 0 800 98 03 64 with
    no-break spaces; local forms 458 4171, 290 7236, 281 91 62, 2 81 91 62, 805 10 17, 805 1017,
    4921 3237, 4921.3237, 6645 9658, 6645-9658, 609 1524.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for first and last names (hi_IN names in Hindi
    documents); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: GSM8K test
    questions (MIT), hh-rlhf harmless-base test dialogues, 'chosen' side (MIT; can be offensive),
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be
    hateful); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v39.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v39.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v39.stats [RECORDS [VALUES]]

Counts (seed 10039; `python -m benchmarks.pii_v39.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors
    documents: 1277 {'pos': 766, 'neg': 370, 'corpus': 141}
    values: 1944 by kind: {'PHONE': 1467, 'EMAIL': 306, 'CREDIT_CARD': 56, 'IP_ADDRESS': 52, 'IBAN': 51,
            'US_SSN': 12}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 313, 'PHONE/international': 296,
            'PHONE/national': 281, 'EMAIL/personal': 165, 'EMAIL/role': 141, 'PHONE/other': 127,
            'IBAN/print': 35, 'IP_ADDRESS/v4': 29, 'CREDIT_CARD/spaced': 28, 'IP_ADDRESS/v4-private': 19,
            'CREDIT_CARD/dashed': 16, 'IBAN/electronic': 16, 'CREDIT_CARD/solid': 12, 'US_SSN/dashed': 10,
            'IP_ADDRESS/v6': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'appeal': 91, 'bulletin': 83, 'classified': 91, 'court': 102, 'encyclo': 110, 'letter': 116,
            'listings': 117, 'local': 113, 'obit': 107, 'sport': 104, 'wire': 102}
    languages (documents written here): {'de': 162, 'en': 392, 'es': 54, 'fr': 69, 'hi': 107, 'it': 61,
            'nl': 141, 'pt': 150}
    hard-negative kinds used: 48; hard-negative values: 3907; document redraws: 0, value redraws: 16018,
            kinds redrawn after 200 dirty values: 73"""

import json
import random
import sys

from . import corpus
from . import numbers as N
from .compose import GENRES, LOCALES, Composer

SEED = 10039
OUT = "tests/data/pii_heldout_v39.jsonl"
OUT_VALUES = "tests/data/pii_heldout_v39_values.jsonl"
LOCAL_PER_REGION = 75
N_POS_OTHER = 420
N_NEG = 370
LANG_W = {"en": 30, "de": 12, "fr": 10, "es": 8, "it": 8, "nl": 10, "pt": 12, "hi": 10}
LOCALES_OF = {
    "en": ["en_US", "en_GB", "en_IN", "en_AU", "en_IE"],
    "de": ["de_DE", "de_AT", "de_CH"],
    "fr": ["fr_FR", "fr_BE"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_BR", "pt_PT"],
    "hi": ["en_IN"],
}
LOCAL_LOCALE = {
    "US": ["en_US"],
    "GB": ["en_GB"],
    "DE": ["de_DE"],
    "NL": ["nl_NL"],
    "BR": ["pt_BR"],
    "IN": ["en_IN", "hi"],
}
EXTRA = ["nat", "nat", "intl", "intl", "service", "list", "email", "email"]


def _lang_of(loc):
    return "hi" if loc == "hi" else LOCALES[loc][0]


def build(seed=SEED):
    rng = random.Random(seed)
    comp = Composer(rng)
    docs = []  # (id, locale, text, spans)
    n = 0

    def add(loc, kind, genre, plan, area=None):
        nonlocal n
        lang = _lang_of(loc)
        locale = "en_IN" if loc == "hi" else loc
        text, spans = comp.document(locale, lang, genre, plan, area)
        ident = "%s-%s-%s%s-%d" % (locale, kind, "hi-" if lang == "hi" else "", genre, n)
        docs.append((ident, locale, text, spans))
        n += 1

    for region in ["US", "GB", "DE", "NL", "BR", "IN"]:
        count = 0
        while count < LOCAL_PER_REGION:
            k = min(rng.choice([1, 1, 2]), LOCAL_PER_REGION - count)
            area = rng.choice(N.AREAS[region])
            plan = ["local"] * k + rng.sample(EXTRA, rng.choice([0, 1, 1, 2]))
            add(rng.choice(LOCAL_LOCALE[region]), "pos", rng.choice(GENRES), plan, area)
            count += k
    langs = list(LANG_W)
    for _ in range(N_POS_OTHER):
        lang = rng.choices(langs, weights=[LANG_W[x] for x in langs])[0]
        loc = "hi" if lang == "hi" else rng.choice(LOCALES_OF[lang])
        genre = rng.choice(GENRES)
        plan = rng.sample(EXTRA, rng.choice([1, 1, 2, 3]))
        if lang not in ("hi",) and rng.random() < 0.16:
            plan.append("iban")
        if rng.random() < 0.09 or (genre == "court" and rng.random() < 0.4):
            plan.append("card")
        if rng.random() < 0.09 or (genre == "court" and rng.random() < 0.3):
            plan.append("ip")
        if loc == "en_US" and (genre == "court" or rng.random() < 0.45):
            plan.append("ssn")
        add(loc, "pos", genre, plan)
    for _ in range(N_NEG):
        lang = rng.choices(langs, weights=[LANG_W[x] for x in langs])[0]
        loc = "hi" if lang == "hi" else rng.choice(LOCALES_OF[lang])
        add(loc, "neg", rng.choice(GENRES), [])
    for ident, loc, text in corpus.records(rng):
        docs.append((ident, loc, text, []))
    rng.shuffle(docs)
    recs, vals = [], []
    for ident, loc, text, spans in docs:
        recs.append(
            {
                "id": ident,
                "locale": loc,
                "text": text,
                "spans": [{"kind": v["kind"], "start": s, "end": e} for s, e, v in spans],
            }
        )
        vals.append({"values": [v for _, _, v in spans]})
    meta = {
        "doc_redraws": comp.doc_redraws,
        "value_redraws": comp.drawer.value_redraws,
        "kind_redraws": comp.drawer.kind_redraws,
        "neg_kinds": comp.drawer.used,
    }
    return recs, vals, meta


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    recs, vals, meta = build()
    with open(OUT, "w", encoding="utf-8") as f:
        f.write(dumps(recs))
    with open(OUT_VALUES, "w", encoding="utf-8") as f:
        f.write(dumps(vals))
    used = meta["neg_kinds"]
    print("documents", len(recs), "hard-negative kinds used", len(used), "values", sum(used.values()))
    print(
        "document redraws",
        meta["doc_redraws"],
        "value redraws",
        meta["value_redraws"],
        "kinds redrawn",
        meta["kind_redraws"],
    )
    print(json.dumps(dict(sorted(used.items())), ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1:])
