"""Write tests/data/pii_heldout_v116.jsonl: a 116th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: winter sports and mountain
resorts (ski schools, lift-pass offices, snow reports, avalanche bulletins, equipment hire, chalets).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data and its three subfolders, and
    the first few hundred bytes of GSM8K test (not used), MATH-500, AMC23, HateCheck English and the German
    Multilingual HateCheck CSV (for their fields); the other corpus files were only read by corpus.py.
    GSM8K (train and test), AIME24 and HumanEval were not used. Numbers were made and checked with
    phonenumbers only: drawn at random from a prefix, kept when valid and of the wanted type, and every
    written form parsed back to the same valid number of the stated region (local forms with their area
    code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (checks.py
    repeats the whole-document screen). A value still dirty after 200 draws would be replaced by a dash
    (negs.Drawer); in the shipped build none was (0), after heights were written in metres with a decimal
    comma ('1,63 m, 47 kg') and radio frequencies with one decimal ('161,3 MHz'). Written under a 35-minute
    limit, so cells are small (4-10 sentences per genre and language); English has all 8 genres, German 6,
    French 6, Spanish 5, Italian 5, Dutch 5, Portuguese 5, Hindi 5.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free or
    shared-cost numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end
    of a document, one per line, in five new layouts: '• Label: <phone>', 'Label — <phone>',
    '<phone> (Label)', 'Label<TAB><phone>' and 'Label ☎ <phone>' (heads 'Resort numbers', 'On the
    mountain', 'Who answers what', 'Phone list for the week', 'Nummern am Berg', 'Kontakt im Skigebiet',
    'Numéros de la station', 'Teléfonos de la estación', 'Numeri della località', 'Nummers in het
    skigebied', 'Contactos da estância', 'रिसॉर्ट के नंबर', ...). No phone is split across lines; words stay
    outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 8 genres, none
    in v52, all in one domain: skischool (ski-school lesson confirmations), liftpass (lift-pass office
    receipts and season passes), snowreport (snow and piste reports), avalanche (avalanche bulletins and
    backcountry advisories), rental (ski and board hire agreements), chalet (chalet bookings and arrival
    notes), shuttle (airport and resort transfers), staff (seasonal staff onboarding, en_US only, the only
    genre with US SSNs); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways (compose.LOCAL: 'Heading up to the hill from Bozeman? The rental barn picks up
    on ... - in town you can skip the area code', 'Ringing from Aviemore? Leave off the dialling code',
    'Wer in Oberstdorf wohnt, erreicht den Skiverleih ohne Vorwahl unter', 'Woon je in Landgraaf? Dan bel
    je de skihal gewoon op ..., zonder netnummer', 'Quem já está em Gramado liga ... sem o DDD', 'Shimla
    में हैं तो स्की डेस्क का लोकल नंबर ... है', ...), in mountain and ski-hall towns (numbers.AREAS);
    cards for lesson fees, hire deposits and transfers, IBANs for season-pass instalments, chalet balances
    and wages, IPs of chalet routers and ticket-shop servers;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: lift-pass chip numbers (WTP),
    season-pass references, snow depths, altitudes, avalanche danger levels, altitude bands, temperatures,
    wind gusts, DIN release values, boot sole lengths, ski lengths, Mondopoint sizes, lift capacities,
    weather-station ids, GPS coordinates, lift hours, season dates, booking references, course codes,
    instructor licences, rental contract numbers, snow water equivalents, new snow per 24/48/72 h,
    bulletin issue times, prices, country-prefixed postcodes, room numbers, flight numbers, train numbers,
    bus departure times, height and weight, helmet sizes, slope angles, OS grid references, avalanche
    transceiver serials, rescue radio frequencies, bib numbers, gondola cabin numbers, locker codes,
    vertical drops (Hm), snowmaking rates (m³/h), lift ids ('8-EUB 12');
    number habits (numbers.py): US 406.587.1234, (406)587-1234, 1-406-587-1234, +1-406-587-1234,
    +1 406-587-1234, 877.555.0123; GB 01479 810123, 01479-810123, +44 (0)1479 810123, 07861-103864,
    +44 (0)7861 103 864, 0808 141 6388; DE (08322) 43 18 09, 08322-431809, +49 (0)8322 431809,
    0160 28792824, +49 (0)160 28792824, 0800 001 9288; FR 04.79.12.46.12, +33 (0)4 79 12 46 12,
    07.56.49.70.22; ES 973 17 39 52, 973173952, (+34) 681 23 32 41, +34 973 173 952; IT 0342 707196,
    0342.707196, 348.3930590, +39 348 3930590; NL (040) 864 75 90, 040 8647590, +31 (0)40 864 7590,
    06 501 109 45, +31 (0)6 5011 0945, 0800 0975; PT 217 348 044, (+351) 919 417 100; BR (051) 4243-5530,
    (049) 92132-9636, +55 (51) 4243 5530; IN (0194) 6344530, 0194 634 4530, +91 194 634 4530,
    98732 67053, +91 98732 67053; CH/AT/BE/IE/AU '+41 (0)27 426 94 27', '+43 (0)5583 26855',
    '+32 (0)87 63 74 06', '+353 (0)86 248 6396', '+61 (0)3 3821 7631' and the same without '(0)';
    local forms 587.1234, 810123, 43 18 09, 431809, 533 12 34, 3286.1234, 2651234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HateCheck English cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR, English HateCheck en_GB, maths en_US);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v116.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v116.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v116.stats [RECORDS VALUES]

Counts (seed 22116; `python -m benchmarks.pii_v116.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1210 {'corpus': 120, 'neg': 300, 'pos': 790}
    values: 1989 by kind: {'PHONE': 1491, 'EMAIL': 167, 'CREDIT_CARD': 147, 'IBAN': 118, 'IP_ADDRESS': 55,
            'US_SSN': 11}
    modes: {'PHONE/local-announced': 450, 'PHONE/international': 342, 'PHONE/list-entry': 327,
            'PHONE/national': 305, 'EMAIL/role': 84, 'EMAIL/personal': 83, 'PHONE/other': 67,
            'IBAN/electronic': 59, 'IBAN/print': 59, 'CREDIT_CARD/dashed': 55, 'CREDIT_CARD/spaced': 47,
            'CREDIT_CARD/solid': 45, 'IP_ADDRESS/v4': 26, 'IP_ADDRESS/v4-private': 17, 'IP_ADDRESS/v6': 12,
            'US_SSN/dashed': 8, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'avalanche': 107, 'chalet': 153, 'liftpass': 191, 'rental': 177, 'shuttle': 80, 'skischool': 196,
            'snowreport': 165, 'staff': 21}
    languages (documents written here): {'de': 182, 'en': 404, 'es': 44, 'fr': 104, 'hi': 66, 'it': 45,
            'nl': 117, 'pt': 128}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 20, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 207, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
"""

import json
import random
import sys

from . import build, corpus

SEED = 22116
RECORDS = "tests/data/pii_heldout_v116.jsonl"
VALUES = "tests/data/pii_heldout_v116_values.jsonl"


def make(seed=SEED):
    rng = random.Random(seed)
    b = build.Builder(rng, seed)
    docs = b.run()
    docs += corpus.corpus_docs(rng)
    rng.shuffle(docs)
    return docs, b


def main(argv):
    records = argv[1] if len(argv) > 1 else RECORDS
    values = argv[2] if len(argv) > 2 else VALUES
    docs, b = make()
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": d.get("values", [])}, ensure_ascii=False) + "\n")
    print(
        "documents",
        len(docs),
        "document redraws",
        b.doc_redraws,
        "value redraws",
        b.c.drawer.redraws,
        "replaced",
        b.c.drawer.replaced,
        "kinds used",
        len(b.c.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv)
