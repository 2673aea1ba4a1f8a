"""Write tests/data/pii_heldout_v58.jsonl: a fifty-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and of
    moderation/multilingual_hatecheck, the first few hundred bytes of the German Multilingual HateCheck CSV,
    the English HateCheck CSV, MATH-500 and AMC23 (for their fields); the corpus files themselves were only
    read by corpus.py. GSM8K (train and test), AIME24 and HumanEval were not used. Numbers were made and
    checked with phonenumbers only: drawn at random from a prefix, kept when valid, of the wanted type and
    of the wanted region, and every written form parsed back to the same valid number (local forms with
    their area code and trunk prefix put back, numbers.put_back; checks.py repeats it); cards with Luhn,
    IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with
    spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its
    labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty after 200
    draws raises negs.DirtyValue and the whole document is drawn again (no dashes are written); in the
    shipped build that happened 3 times. Written under a 40-minute limit, so cells are small (1-6 sentences
    per genre and language); English has all 9 genres, German 7, Dutch 6, French 6, Portuguese 6, Italian 5,
    Spanish 5, Hindi 5. Emphasis: small manufacturing and workshops.

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
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<row>; shuffled
    with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: '- Label: <phone>', 'Label<TAB><phone>', '<phone> (Label)',
    'Label – <phone>', '• Label / <phone>' (heads 'Shop-floor contacts', 'Call list', 'Phone sheet', 'Key
    holders', "Who's on call", 'Numbers for the notice board', 'Telefonliste Werkstatt', 'Notfallkontakte
    Halle', 'Rufnummern Aushang', 'Bereitschaft', "Liste d'appel atelier", 'Contacts atelier', 'Numéros à
    afficher', 'Lista de llamadas', 'Contactos del taller', 'Recapiti officina', 'Numeri da chiamare',
    'Belijst werkplaats', 'Contactpersonen hal', 'Nummers voor het prikbord', 'Contatos da oficina', 'Lista
    de ramais e telefones', 'कॉल लिस्ट', 'वर्कशॉप संपर्क', 'फ़ोन शीट'). No phone is split across lines; words
    stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_eu2.py; build.py, compose.py): 9 genres, none in v52: rota (shift
    rotas, swaps, weekend cover), maintlog (machine maintenance and breakdown logs), supplier (purchasing
    call sheets), qareport (non-conformance, incoming inspection, complaints), printjob (print-shop job
    tickets and proofs), joinery (joinery quotes and fitting notes), goodsin (goods-in and dispatch notes),
    toolroom (press-tool and mould repair cards), safety (toolbox talks, near misses); all sentences
    written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, on
    the line above, in a remark and in speech ('Calling from a Toledo landline? The stores counter is just
    ...', 'Local to Reno, dial ... for the office and ... for the yard', 'Derby (local call)\nWorkshop:
    ...', '"Just ring ...," she said, "everyone in Exeter does."', 'Remark: Kochi callers only need the
    short number, ...', 'Short dial for the Indore plant – ...', 'Aus dem Kasseler Ortsnetz erreichen Sie
    die Werkstatt direkt unter', 'Ortsgespräch Ulm:\nLager ..., Büro ...', '„Ruf einfach ... an“, sagte der
    Meister', 'Binnen Zwolle zonder kengetal:', 'Lokaal (Arnhem):\nmagazijn ..., kantoor ...', 'Para quem
    liga de dentro de Natal, basta ..., sem DDD', '"Liga no ...", disse o encarregado', 'Jaipur शहर के
    लैंडलाइन से वर्कशॉप का नंबर सिर्फ़ ... है', 'लोकल कॉल (Patna):\nऑफ़िस ..., गोदाम ...', ...);
    cards for print deposits, joinery deposits and supplier down payments, IBANs for supplier and joinery
    transfers, IPs of CNC controllers, DNC/CMM servers, print queues and robot cells, SSNs on new-starter
    forms (en_US rota documents only);
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: part numbers, lot/batch numbers,
    drawing numbers with revisions, tolerances, torque values, spindle speeds, machine hour meters, timber
    sizes, paper weights and sizes, print-run quantities, Pantone references, CMYK builds, resolution with
    bleed, shift times, clock-card numbers, purchase-order numbers, delivery-note numbers, EAN-13 codes,
    customs tariff codes, weights, oven temperatures with times, air pressures, oil viscosity grades, CMM
    deviations, AQL levels, ppm defect rates, NCR numbers, calibration certificates, standard references
    (ISO 9001:2015, EN 1090-2:2018, ...), timber moisture, abrasive grits, saw-blade specs, thread sizes,
    cycle times, week numbers, G-code blocks, PLC fault codes, ISBNs, press impression counters, machine
    serial numbers, fire-extinguisher service tags, forklift fleet numbers;
    number habits (numbers.py): US (419)535-0656, 419-535-0656, 419.535.0656, 1-419-535-0656,
    +1-419-535-0656, +1 419-535-0656, 800.201.2904, (877) 201-2904, 866-201-2904; GB 0116 496 0018,
    0116-496-0018, (01332) 123456, 01332-123456, 024-7654-3210, 07412-345678, 0741 234 5678 (split after
    four), +44 116 496 0018, +44 (0)116 496 0018, 0800-1234567, 0345 600 7890; DE (0561) 123456,
    0561-123456, 0561 12 34 56, 0151 234 567 89, 0151-23456789, +49 (0)561 123456, +49 561 123456,
    0800 330 1000, 0800-3301000; NL 050 312 3456, (050) 312 34 56, 050-312 34 56, 06 12 34 56 78,
    06-1234 5678, +31 (0)50 312 3456, 0800-022 1234; FR 04.44.78.76.74, 04 44 78 76 74,
    +33 (0)4 44 78 76 74, +33 6 12 34 56 78, 08 00 94 32 10; ES 936412861, 936-412-861, 936 412 861,
    612 34 56 78, (+34) 612 34 56 78, +34 936 412 861, 900-123-456; IT 06 7675 8513, 06.7675.8513,
    333.1234567, (+39) 06 76758513, 800.123.456; PT 213 456 789, (+351) 912 345 678; BR (19) 3222 1234,
    19 3222.1234, (19)3222-1234, (19) 998765432, +55 19 3222 1234, 0800 722 7520; IN 0141 2345678,
    0141-2345678, (0141) 234 5678, 98765 43210, 098765-43210, +91 141 234 5678, +91 (141) 2345678,
    +91 98765-43210, 1800 180 1234, 18001801234; CH/AT/BE/IE/AU '+41 (0)44 296 69 51', '+43 (0)1 ...',
    '+32 (0)2 512 34 56', '+353 (0)1 234 5678', '+61 (0)2 9876 5432'; local forms 535.0656,
    5350656, 496-0018, 7654 3210, 12 34 56, 12-34-56, 312-3456, 3123456, 3222.1234, 32221234,
    3222 1234, 234 5678.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE from fr_FR) and e-mail user names and domains (en_US); towns
    from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups and swear; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v58.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v58.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v58.stats [RECORDS VALUES]

Counts (seed 10058; `python -m benchmarks.pii_v58.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1242 {'corpus': 130, 'neg': 310, 'pos': 802}
    values: 3013 by kind: {'PHONE': 2147, 'EMAIL': 507, 'IP_ADDRESS': 183, 'CREDIT_CARD': 101, 'IBAN': 70,
            'US_SSN': 5}
    modes: {'PHONE/national': 687, 'PHONE/list-entry': 503, 'PHONE/local-announced': 450,
            'PHONE/international': 314, 'EMAIL/role': 287, 'EMAIL/personal': 220, 'PHONE/other': 193,
            'IP_ADDRESS/v4-private': 85, 'IP_ADDRESS/v4': 62, 'CREDIT_CARD/spaced': 41, 'IBAN/electronic':
            36, 'IP_ADDRESS/v6': 36, 'IBAN/print': 34, 'CREDIT_CARD/dashed': 34, 'CREDIT_CARD/solid': 26,
            'US_SSN/spaced': 3, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'goodsin': 51, 'joinery': 156, 'maintlog': 151, 'printjob': 170, 'qareport': 145, 'rota': 154,
            'safety': 65, 'supplier': 161, 'toolroom': 59}
    languages (documents written here): {'de': 182, 'en': 423, 'es': 38, 'fr': 88, 'hi': 60, 'it': 45,
            'nl': 134, 'pt': 142}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 3, value redraws: 1567, hard-negative kinds used: 42
    US SSNs are few (5): only en_US rota documents carry them.
"""

import json
import sys
from pathlib import Path

from . import build

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v58.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v58_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    docs, stats = build.build()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, values, _ in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": values}, ensure_ascii=False) + "\n")
    return docs, stats


def main(argv):
    paths = [Path(a) for a in argv[1:3]] or [RECORDS, VALUES]
    docs, stats = write(*paths)
    print("documents:", len(docs), "stats:", stats)


if __name__ == "__main__":
    main(sys.argv)
