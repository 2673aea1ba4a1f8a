"""Write tests/data/pii_heldout_v70.jsonl: a seventieth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: housing and tenancy.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of MATH-500, AMC23, HateCheck (English), the German Multilingual HateCheck CSV and the
    hh-rlhf test file (for their fields; hh-rlhf was then not used); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix (numbers.py), kept when valid, of the wanted type and of the wanted region,
    and every written form parsed back to the same valid number of the stated region (local forms with their
    area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document is redrawn; checks.py repeats the whole-document screen). A value still dirty after 200 draws
    would be replaced by a dash (negs.Drawer); in the shipped build none was (0). Written under a 35-minute
    limit, so cells are small (2-10 sentences per slot); English has 8 genres, German 5, French 5, Dutch 5,
    Portuguese 5, Spanish 4, Italian 4, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the announcement names its town. AT/CH/BE/AU/IE documents write their own
    numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the
    id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled
    with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts not in v52: 'Label<TAB><phone>', '• Label, <phone>', '<phone> (Label)',
    'Label — <phone>' and 'Label ☎ <phone>' (heads 'Numbers for your fridge door', 'Who to call about your
    home', 'Contacts for the building', 'Keep these handy', 'Wichtige Nummern rund ums Haus', 'Numéros à
    garder', 'Contacts de l'immeuble', 'Teléfonos de la finca', 'Numeri utili del condominio', 'Handige
    nummers voor bewoners', 'Telefones do prédio', 'ज़रूरी फ़ोन नंबर', 'संपर्क सूची', ...); in AT/CH/BE/AU/IE
    documents a list phone drawn as international keeps the mode international half the time. No phone is
    split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; build.py, compose.py): 8 genres, none in v52: letting
    (letting-agent letters: offers, renewals, holding deposits, referencing), repair (repair requests,
    contractor visits, damp and boiler faults), caretaker (caretaker and concierge notices in blocks),
    tenants (tenants' and residents' associations, RWA minutes), halls (student halls of residence), coop
    (housing co-op newsletters and rotas), deposit (check-out reports and deposit returns), works (planned
    works: water off, lift replacement, scaffolding); all sentences written fresh in en, de, fr, es, it, nl,
    pt, hi; local numbers announced in new ways, before, after, on the line above, in a remark and in speech
    ('From a landline in Tulsa you can drop the area code: the office is ... and the maintenance desk ...',
    'Leeds residents, local call:' + newline, '"If you're ringing from town, it's just ...," said the
    receptionist at the Omaha office', 'Phones in the Exeter halls dial out locally, so the porters' lodge
    is ...', 'The association's phone tree, Savannah numbers without the code: secretary ..., treasurer
    ...', '(For anyone in Glasgow: the local number of the co-op office is ....)', 'Aus dem Ortsnetz Kiel
    genügt die ..., die Vorwahl können Sie weglassen', '„Vom Festnetz in Dresden reicht die ...“, sagte die
    Dame am Empfang', 'Telefon ... (nur aus Kassel ohne Vorwahl)', 'Binnen Zwolle draait u gewoon ...,
    zonder netnummer', '"Uit Delft zelf is het gewoon ...," zegt de beheerder', 'De telefone fixo de Recife,
    é só discar ...', '"Daqui de Natal é ... mesmo", explicou o zelador', 'Pune के लैंडलाइन से बिना कोड के
    ... मिलाएँ', '"Kochi से हो तो सीधे ... लगाइए," गार्ड ने बताया', ...); cards for holding deposits and hall
    fees, IBANs for deposits, rent, co-op charges and association subscriptions, IPs of door-entry panels,
    heating controllers, lift controllers, hall print servers and Wi-Fi portals, SSNs in US referencing and
    tenant-screening files;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: EPC report reference numbers
    (4-4-4-4-4), Gas Council appliance numbers (47-311-89), gas MPRNs, electricity MPAN cores, meter
    readings, meter serials, UPRNs, Land Registry title numbers, council-tax references, key-fob numbers,
    door-entry codes, key-safe combinations (1-2-3-4), parking permits, floor areas, rent and deposit
    amounts, tenancy terms (date ranges), landlord gas safety record numbers, hall room numbers, student
    numbers, bank sort codes, works orders, boiler pressures, humidity readings, lease terms, co-op share
    certificate numbers, co-op society registration numbers, service-charge shares, French tantièmes,
    Spanish referencias catastrales, Italian catasto data, Brazilian CEPs, IPTU registrations, German
    Flurstück numbers, Dutch postcodes with house numbers, WWS points, CAF numbers, heat-cost allocator
    units, Indian property-tax numbers, deposit-scheme ids, room dimensions, mailbox/parking bay numbers,
    laundry card numbers;
    number habits (numbers.py), none in v52's list: US 312.533.0656, 312-533-0656, (312)533-0656,
    1-312-533-0656, 1.312.533.0656, +1-312-533-0656, +1 312-533-0656, 800.201.2904, (800) 201-2904; GB
    0161 496 0018, 0161-496-0018, (020) 7946 0018, 0207 946 0018, 07700 900123, 07700-900123, +44 (0)161
    496 0018, 0800 123 4567, 0345 123 4567; DE (0351) 1234567, 0351-1234567, 0351 1 23 45 67, (0176)
    12345678, +49 (0)351 1234567, 0800 123 4567, 0800 - 1234567; FR 04.44.78.76.74, 04 44 78 76 74, +33
    (0)4 44 78 76 74, 08.00.12.34.56, 0800 12 34 56; ES 936412861, 936 412 861, +34 936 41 28 61; IT
    06.7675.8513, 333.123.4567, 333 1234567, 800.123.456; NL (020) 312 3456, 06 123 456 78, 06-1234 5678,
    +31 (0)20 312 3456, 0800 123 4567; PT 213456789, +351 21 345 6789; BR (41) 3222 1234, (041) 3222-1234,
    41 99876-5432, +55 41 3222 1234, 0800 789 7520; IN (044) 2452 1234, 044-24521234, 98765 43210,
    098765-43210, +91 98765 43210, 1-800-425-1234; CH/AT/BE/IE/AU with '(0)': '+41 (0)44 296 69 51', '+43
    (0)1 2377 3053', '+32 (0)2 512 34 56', '+353 (0)1 234 5678', '+61 (0)412 345 678'; local forms 533.0656,
    533–0656 (en dash), 496-0018, 2034-5678, 96 01 23, 3 45 67 89 (pairs from the right), 345 67 89, 312
    3456, 31 23 456, 3222.1234, 3222–1234, 2452-1234, 24 52 12 34, 274-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale, English from en_GB) and e-mail domains (en_US); towns
    from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HateCheck English cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v70.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v70.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v70.stats [RECORDS VALUES]

Counts (seed 10070; `python -m benchmarks.pii_v70.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings (check and
            format --check)
    documents: 1225 {'corpus': 130, 'neg': 309, 'pos': 786}
    values: 2672 by kind: {'PHONE': 1851, 'EMAIL': 511, 'IBAN': 159, 'IP_ADDRESS': 134, 'CREDIT_CARD': 14,
            'US_SSN': 3}
    modes: {'PHONE/national': 594, 'PHONE/local-announced': 450, 'PHONE/list-entry': 383, 'EMAIL/role': 381,
            'PHONE/international': 251, 'PHONE/other': 173, 'EMAIL/personal': 130, 'IBAN/print': 85,
            'IBAN/electronic': 74, 'IP_ADDRESS/v4-private': 46, 'IP_ADDRESS/v6': 46, 'IP_ADDRESS/v4': 42,
            'CREDIT_CARD/spaced': 7, 'CREDIT_CARD/solid': 5, 'US_SSN/spaced': 2, 'CREDIT_CARD/dashed': 2,
            'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'caretaker': 183, 'coop': 82, 'deposit': 46, 'halls': 171, 'letting': 194, 'repair': 185,
            'tenants': 182, 'works': 52}
    languages (documents written here): {'de': 166, 'en': 422, 'es': 56, 'fr': 104, 'hi': 60, 'it': 56,
            'nl': 115, 'pt': 116}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 35, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 303, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    Cards (14) and US SSNs (3) are few: cards only in English letting and halls documents, SSNs only in en_US
            letting and deposit documents.
"""

import json
import sys

from .build import Builder
from .compose import all_docs
from .corpus import corpus_records

RECORDS = "tests/data/pii_heldout_v70.jsonl"
VALUES = "tests/data/pii_heldout_v70_values.jsonl"


def build():
    b = Builder()
    recs = all_docs(b)
    recs += corpus_records(b.rng)
    b.rng.shuffle(recs)
    return b, recs


def write(recs, records_path, values_path):
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, vals in recs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(vals, ensure_ascii=False) + "\n")


def main(argv):
    records_path = argv[0] if argv else RECORDS
    values_path = argv[1] if len(argv) > 1 else VALUES
    b, recs = build()
    write(recs, records_path, values_path)
    print(
        f"{len(recs)} documents; document redraws {b.doc_redraws}, value redraws {b.drawer.redraws}, "
        f"replaced {b.drawer.replaced}, hard-negative kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
