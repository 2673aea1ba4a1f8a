"""Write tests/data/pii_heldout_v50.jsonl: the fiftieth independent held-out labelled set for PII detection
(phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from the world of getting around.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths, and read back by checks.py/stats.py),
    benchmarks/results/ or any other benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, who ran no git command, no `make` target and no PII
    detector or redactor. Read: the brief, /tmp/s15/v47_docstring.txt (v47's module docstring, for format
    and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s15/format_records_v47.jsonl and /tmp/s15/format_values_v47.jsonl (first three lines of v47 and its
    sidecar), /tmp/s15/ruff.toml.txt (lint settings), the first 80 lines of /work/shared/data/SOURCES.md, a
    listing of /work/shared/data/ and its subfolders, and the first 400-500 characters of gsm8k_test,
    aime24_test, hh-rlhf harmless-base test and the German Multilingual HateCheck CSV (for keys);
    phonenumbers, python-stdnum and Faker only through their APIs. Nothing else under /tmp/s15/ but the
    scratch folder /tmp/s15/w50/. Numbers were made and checked with phonenumbers only (values.py): a number
    is drawn from a town's area code (subscriber part starting 2-8; 2-5 in BR, 2 in IN), a mobile prefix or a
    service prefix with a realistic national length and kept when valid, of its region, of the wanted type
    and with its national significant number equal to the drawn digits; for the local-announcing countries
    the town's code length equals phonenumbers' geographic area-code length (asserted for every local value).
    Every written form is parsed back, for the number's region and the document's region, to the same valid
    number before use (otherwise phonenumbers' INTERNATIONAL format is used). Hard negatives (negs.py) are
    screened (screen.py) as v47 describes: each value on its own (PhoneNumberMatcher at Leniency.VALID, and
    parse + is_valid_number for values without a letter) for the document's region, its borrowed region, US
    and GB (drawn again up to 300 times), and each whole document with its spans masked ('x') for those
    regions plus every phone's region; guards (e-mail, Luhn 13-19 digits starting 3-6 in any digit run,
    valid IBAN, IPv4/IPv6, ddd-dd-dddd) on every value and every masked document; a failing document, or one
    whose spans touch a letter or digit, is drawn again (up to 60 times; none was needed).
    Written under a 40-minute limit, so each genre cell is small (one header, three fillers, one sign-off per
    genre and language); contact lines are shared by the genres of a language.
    Emphasis: getting around, each genre with its own sentences in every language: taxi and minicab cards
    (taxi), car rental and car-sharing confirmations (rental), driving-school timetables and instructor
    notes (driving), parking permits, car-park notices and notes left on windscreens (parking),
    public-transport lost property and timetable pages (transit), airport shuttle and ferry bookings
    (shuttle), bike shops and repair stands (bike), school-run and carpool rotas (carpool).

Format and conventions: those of v47 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; international/national follow the written form (a form
    starting '+', '(+' or '00' is international). local-announced only for US, GB, DE, NL, BR, IN fixed lines
    in documents of that country (en_US, en_GB, en_IN, hi, de_DE, nl_NL, pt_BR), exactly 75 per region
    (spread over at most 50 documents per region, at most three per document), text = subscriber part,
    area_len = the town's area-code length; area_len for every phone (0 where phonenumbers has none).
    AT/CH/BE/AU/IE documents write every phone internationally and take half of their numbers from DE
    (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE); 'from abroad' lines carry the
    document's own country's fixed line (60%) or another country's, always international. Hindi documents
    carry the locale en_IN (ids en_IN-hi-...; stats.py tells them by their Devanagari) and Hindi town names
    in local lines. ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; records shuffled with the
    seed. Other modes: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid (Amex 4-6-5), IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced (en_US driving only: a learner-permit
    form). 'other' = service numbers (toll-free or shared cost, only in phonenumbers' NATIONAL or
    INTERNATIONAL format); a service number in a directory is list-entry. list-entry = a phone in a directory
    block under a heading ending in a colon ('Who to call:', 'Numbers for the road:'), roles of the trade
    (dispatch, depot, recovery truck, ferry terminal...), in three layouts new to v50: numbered with a
    parenthesis and an arrow ('2) Dispatch → 0114 2248244'), long arrow ('Depot ⟶ +44 116 107 0434') and
    bracketed role ('[Workshop] 0341-4870596'). A span never touches a letter or digit. IBANs only in rental
    and parking documents of en_GB, en_IE, de_DE, de_AT, de_CH, fr_CH, nl_NL (deposit refund); cards in
    rental and shuttle (a card pasted into booking notes); IPs in rental, shuttle and carpool (app login,
    portal session). Negative documents use the same headers and fillers with no contact lines (sometimes a
    'no bookings by phone' line).

What is new against v47, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 getting-around genres above, all
    sentences written fresh; per language 3 general phone lines (bookings day and night, booking questions,
    office hours), 2 mobile lines (text the pick-up address; instructor's mobile), a landline-only line
    (depot landline, no texts), 2 'from abroad' lines, 2 service lines (breakdown assistance, lost property
    helpline), 2 e-mail lines, IBAN (deposit refund), card, 2 IP lines, (en) an SSN line, 2 directory
    headings, 6 roles, 2 'no phone' lines; 3 local phrasings per local country in the idiom of the trade
    ('Stuck somewhere in Boise? From a local phone just punch in 586-8344 and a cab is on the way.',
    'Minicab office — in Exeter ring 030620, no need for the code.', 'Local bookings (Glasgow exchange):
    873-8069', 'Im Ortsnetz Kiel einfach 143 97 29 wählen, dann kommt das Taxi.', 'Bel je vanuit Zwolle? Dan
    is het 899-9133, zonder netnummer.', 'Quem está em Belém disca só 5812 8657 para chamar o táxi.', 'Inside
    Pune, cab control answers on 2289 2184 — add the STD code if calling from outside.', 'लखनऊ में लोकल
    कॉल: 230-6202 (STD कोड के बिना)').
    Hard negatives (negs.py), none in v47's list: 36 getting-around kinds, each a labelled line in the
    document's language, 6-8 kinds per genre: rental agreement numbers, booking references (letter codes,
    CS-nnnnnn car-sharing, TRF/nn/nnnnn transfers), registration plates in each country's format, parking
    permit numbers, bay / space numbers with level, route and line numbers (night and express lines),
    timetable departure rows, fares (single / return), odometer readings (km or mi), driving-licence numbers
    (GB layout and others), bike frame numbers, ticket barcodes, stop and platform codes, flight number and
    gate, ferry sailing with deck and cabin, VINs (check digit), taxi driver badges, taxi meter tariffs,
    lesson number with time slot, fuel level and litres, tyre sizes with pressure, car-park entry / exit
    times with duration, insurance excess and deposit, key-box and lock codes, lost-property references,
    timetable validity periods, trip distance and duration, coach / seat, bag-tag numbers, EV charge-point
    ids with kWh, penalty-notice numbers, GPS meeting points, next-service km and date, bike gearing, frame
    and wheel sizes, pick-up date and time.
    number habits (values.py), besides phonenumbers' NATIONAL and INTERNATIONAL formats: US 509.291.4177,
    1-520-391-5000, (509)291-4177, +1.518.736.6258; GB 0116 1070434 (subscriber solid), 0044 1224 304 114,
    mobiles 07480 939 729, +44 7480 939729; DE 0341-4870596, +49 341 4870596 (DIN 5008), 0049 341 4870596,
    (0431) 1439729, mobiles 0152-901 610 33; NL 030-7513500, +31 50 656 11 59, 0031 50 6561159, mobiles
    06-22254189, 0031 6 2225 4189; FR 03.22.75.46.31, 0033 5 54 19 21 36, 0434312979, +33434312979; ES 962
    439 875, +34 962439875, 0034 962 439 875; IT 011/5820341, +39-011-5820341, 055 344 6962, mobiles
    348-3444852, 0039 3483444852; PT +351 239647788, 00351 253 714 129, 212 345 678; BR (91)5812-8657, 19
    3883 6859, +55 (19) 3883-6859, mobiles +55 41 90759-8386, 11 92428-3449, (11)92428-3449; IN 020-22892184,
    +91-20-22892184, 0712 2604230, mobiles +91-9716487059, 9716487059, +91 97164-87059; AT 0043 316 608421,
    +43 512/836507; CH 0041 61 749 43 83, +41791622400; BE 0032 81 431627, +32 494427983; IE 00353 21
    1234567, +353 16118681; AU +61 (2) 8071 1402, +61-2-8071-1402. Local forms (subscriber only): US 291-4177;
    GB 1070434 or 107-0434 (7 digits), 304114 or 30 4114 (6 digits); DE 62 25 19 (6 digits), 634 16 85 or
    487-0596 (7 digits), 91 45 49 81 (Hamburg, 8 digits); NL 428 34 33 or 751-3500; BR 2913 7028 or
    2468 - 2034; IN 2289 2184 (8 digits), 274 7278 or 626-4219 (7 digits).
    corpus (corpus.py): GSM8K test questions, AIME 2024 problems and the first human turn of hh-rlhf
    harmless-base test dialogues (none used by v47), plus Multilingual HateCheck cases.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL, used
    as a library only) for IBAN and Luhn check digits; Faker (MIT, seeded) for en_US person names in personal
    e-mail addresses; towns from values.AREAS (fixed list); e-mail domains from compose.ORGS (invented
    names); corpus negatives untouched from /work/shared/data: GSM8K test questions (MIT; en_US), AIME24
    problems (MIT; en_US), hh-rlhf harmless-base test first human turns (MIT; can be offensive; en_GB),
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be
    hateful; Portuguese given the locale pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.',
    no 7+ digit run (digits joined by spaces, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher (own region, US, GB) flag. Row = 0-based data row (after the CSV header / JSONL line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v50.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v50.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v50.stats [RECORDS [VALUES]]

Counts (seed 10050; `python -m benchmarks.pii_v50.stats` prints them all)
    rebuild matches the files: True (also under another PYTHONHASHSEED); checks: 0 errors; ruff: 0 findings
    documents: 1196 {'pos': 640, 'neg': 364, 'corpus': 192}
    languages: {'en': 423, 'de': 148, 'fr': 141, 'pt': 133, 'nl': 117, 'it': 86, 'es': 86, 'hi': 62}
    values: 1902 by kind: {'PHONE': 1657, 'EMAIL': 167, 'IBAN': 27, 'CREDIT_CARD': 25, 'IP_ADDRESS': 23,
        'US_SSN': 3}
    modes: {'PHONE/list-entry': 478, 'PHONE/local-announced': 450, 'PHONE/international': 414,
        'PHONE/national': 218, 'PHONE/other': 97, 'EMAIL/role': 89, 'EMAIL/personal': 78,
        'IBAN/electronic': 14, 'IBAN/print': 13, 'CREDIT_CARD/dashed': 12, 'IP_ADDRESS/v4': 10,
        'IP_ADDRESS/v4-private': 9, 'CREDIT_CARD/spaced': 7, 'CREDIT_CARD/solid': 6, 'IP_ADDRESS/v6': 4,
        'US_SSN/dashed': 2, 'US_SSN/spaced': 1}
    local-announced by region: {'US': 75, 'GB': 75, 'DE': 75, 'NL': 75, 'BR': 75, 'IN': 75}
    genres: {'bike': 111, 'carpool': 110, 'driving': 133, 'parking': 128, 'rental': 141, 'shuttle': 115,
        'taxi': 145, 'transit': 121}
    hard-negative kinds: 36 getting-around kinds; document redraws: 0
"""

import argparse
import json
import random
import sys
from pathlib import Path

from . import compose, corpus
from . import values as V

SEED = 10050
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v50.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v50_values.jsonl"
LOCAL_PER_REGION = 75


def _local_plan(rng):
    """key -> list of local counts per positive document (75 per local region, at most 3 a document)."""
    plan = {}
    for region in V.LOCAL_REGIONS:
        locs = [loc for loc in compose.LOCALES if loc[3] == region and loc[4] is None]
        slots = [(loc[0], i) for loc in locs for i in range(loc[5])]
        carry = rng.sample(slots, min(len(slots), 50))
        counts = {s: 1 for s in carry}
        while sum(counts.values()) < LOCAL_PER_REGION:
            s = rng.choice(carry)
            if counts[s] < 3:
                counts[s] += 1
        for loc in locs:
            plan[loc[0]] = [counts.get((loc[0], i), 0) for i in range(loc[5])]
    return plan


def build():
    rng = random.Random(SEED)
    compose.FAKER.seed_instance(SEED)
    plan = _local_plan(rng)
    records, redraws = [], 0
    for loc in compose.LOCALES:
        key, locale = loc[0], loc[1]
        for positive, n in ((True, loc[5]), (False, loc[6])):
            genres = [compose.GENRES[i % len(compose.GENRES)] for i in range(n)]
            rng.shuffle(genres)
            for i, genre in enumerate(genres):
                n_local = plan.get(key, [0] * n)[i] if positive else 0
                for _ in range(60):
                    d = compose.build(rng, loc, genre, positive, n_local)
                    text = d.text()
                    if compose.spans_clean(text, d.spans) and compose.screen.doc_ok(
                        text, d.spans, compose.doc_regions(loc, d)
                    ):
                        break
                    redraws += 1
                else:
                    raise RuntimeError(f"no clean document for {key} {genre}")
                tag = "pos" if positive else "neg"
                rid = f"{locale}-{tag}-{genre}-{i}" if key != "hi" else f"{locale}-hi-{tag}-{genre}-{i}"
                records.append(
                    ({"id": rid, "locale": locale, "text": text, "spans": d.spans}, {"values": d.vals})
                )
    for rid, locale, text in corpus.load(rng):
        records.append(({"id": rid, "locale": locale, "text": text, "spans": []}, {"values": []}))
    rng.shuffle(records)
    return records, redraws


def dump(records):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in records)
    vals = "".join(json.dumps(v, ensure_ascii=False) + "\n" for _, v in records)
    return recs, vals


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the files, write nothing")
    args = ap.parse_args(argv)
    records, redraws = build()
    recs, vals = dump(records)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == recs and OUT_VALUES.read_text(encoding="utf-8") == vals
        print(f"rebuild matches the files: {same}; document redraws: {redraws}")
        return 0 if same else 1
    OUT.write_text(recs, encoding="utf-8")
    OUT_VALUES.write_text(vals, encoding="utf-8")
    print(f"wrote {len(records)} documents; document redraws: {redraws}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
