"""Write tests/data/pii_heldout_v62.jsonl: a sixty-second, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), set in health and care.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (nothing under tests/ was read or listed; only the two output files were
    written there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or
    listed), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and the first few
    hundred bytes of the English HateCheck CSV, the German Multilingual HateCheck CSV, MATH-500 and AMC23
    (for their fields); the corpus files were otherwise only read by corpus.py. GSM8K (train and test) was
    not used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid, of the wanted region and type, and every written form parsed back to the same valid number of the
    stated region (local forms with their trunk prefix and area code put back, numbers.put_back); cards with
    Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language
    home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or
    dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled
    spans blanked (checks.py repeats the whole-document screen). A value still dirty after 200 draws would
    be replaced by a dash (negs.Drawer); in the shipped build none was (0), after blood pressures were
    written as bare '128/82' with 'mmHg' in the sentence (phonenumbers reads the letters of 'mmHg' as a
    keypad word, so '128/82 mmHg' parsed as a valid FR, GB or US number) and after Swiss AHV numbers were
    dropped (every one parses as a valid DE number). Written under a 35-minute limit, so cells are small
    (2-8 sentences per slot); English has all 7 genres, German 6, French 5, Dutch 5, Portuguese 5, Spanish
    4, Italian 4, Hindi 4. Emphasis: health and care.

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
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts new against v52: '• Label: <phone>' (bullets), 'Label<TAB>
    <phone>' (tab-separated), '<phone> (Label)', 'Label — <phone>' (em dash) and 'Label » <phone>' (heads
    'Keep these numbers handy', 'Practice contacts', 'Phone numbers for your records', 'If you need us',
    'Telefonnummern auf einen Blick', 'So erreichen Sie uns', 'Pour nous joindre', 'Numéros à garder',
    'Cómo contactarnos', 'Recapiti dello studio', 'Zo bereikt u ons', 'Contatos da clínica', 'Fale
    conosco', 'संपर्क सूत्र', ...). No phone is split across lines; words stay outside the span. Female-only
    job titles ('Apothekerin', 'dottoressa', 'La doctora', ...) take female Faker first names.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 7 genres, none
    in v52: gp (GP surgery reminders, results and repeat prescriptions), dentist (treatment plans, deposits,
    recalls), pharmacy (collection, delivery, vaccination), physio (exercise programmes, rehab bookings),
    carehome (letters to families and residents' news), homecare (home care and district nursing visit
    notes), optician (eye tests, glasses and contact lenses); all sentences written fresh in en, de, fr, es,
    it, nl, pt, hi; local numbers announced in new ways, before, after, on the line above, in remarks and in
    speech ('From any phone in Dayton, the surgery is simply ... – no need for the code', 'Calling from a
    Leeds landline?\n... is all you need to dial', 'Reception desk (Exeter clinic; local callers leave off
    the code):', '"Just dial ..., you don't need the code if you're in Tulsa," the receptionist said',
    'Local number for York families:\n...\nThe manager's direct line is ...', 'Dentist's note, Omaha:
    emergencies on ... – within the local area, no code needed', 'Within Pune, dial the clinic directly on
    ..., without the STD code', 'Diagnostic centre, Kochi (local calls):', 'Aus dem Ortsnetz Kiel wählen
    Sie die Praxis einfach unter', 'Apotheke am Markt, Kassel – Ortsgespräch:', '„Innerhalb von Bremen
    reicht die ...", erklärte die Sprechstundenhilfe', 'Zahnärztlicher Notdienst Leipzig (Anruf aus dem
    Ort, ohne Vorwahl):', 'Woont u in Delft? Dan is de praktijk gewoon bereikbaar op ..., zonder
    netnummer', 'Vanuit een vaste lijn in Arnhem:\n...', '"In Zwolle hoeft u alleen ... te draaien," zei de
    assistente', 'Para quem mora em Recife, o posto de saúde atende no ... – ligação local, sem o DDD',
    '"Daqui de Natal é só ligar ...", explicou a atendente', 'De um fixo de Manaus, basta discar:\n...',
    'Lucknow शहर के लैंडलाइन से क्लिनिक का नंबर सीधे ... है', 'Jaipur में रहने वाले मरीज़ बिना कोड के ...
    मिलाएँ', 'होम नर्सिंग टीम, Indore – शहर के फ़ोन से:'); towns not in v52 (numbers.AREAS); cards for
    dental deposits, prescription prepayment, glasses and pharmacy bills, IBANs for care-home fees, dental
    instalments and optician balances, IPs of vaccine booking pages, pharmacy label printers, physio gym
    tablets, parcel lockers and nurse-call gateways (IPv6), SSNs on a Medicare enrollment note (en_US
    homecare only);
    49 hard-negative kinds (negs.KINDS), all used, none in v52's list: NHS numbers (mod 11), EPS
    prescription ids, doses in mg, blood pressures, pulse rates, blood glucose, HbA1c (mmol/mol),
    temperatures, oxygen saturation, body weight, spectacle prescriptions (SPH/CYL/AX), pupillary distances,
    visual acuity (6/9), eye pressures, contact-lens BC/DIA, FDI tooth numbers, CDT procedure codes,
    appointment date-times, dates of birth, room numbers, vaccine batch numbers, PZNs (with check digit),
    NDC drug codes (5-4-2), ICD-10 codes, GMC numbers, NPIs (Luhn with 80840), insurance member ids,
    German KVNRs, Dutch BSNs (11-proof), Brazilian CPFs (check digits), Cartão SUS shapes, French NIRs (key
    mod 97), codice fiscale shapes, Spanish NSS (mod 97), ABHA numbers (14 digits), pain scores (7/10),
    exercise sets (3 × 12), joint angles, key-safe codes, fluid intake (ml), INR values, SNOMED CT concept
    ids, GS1 UDIs, CQC location ids (1-123456789), Medicare MBIs, RPPS numbers (11 digits), AIC codes (9
    digits), BIG numbers (11 digits), CRM numbers;
    number habits (numbers.py): US 205-533-0656, 205.533.0656, (205)533-0656, (205) 533-0656,
    +1-205-533-0656, +1.205.533.0656, +1 205-533-0656, (855) 645-0421, 1.844.416.1485, 1 844 751 2550; GB
    020-7946-0018, 0207 946 0018, (020) 7946 0018, 0117 496 0018, 0117-496-0018, (01223) 496018,
    07700-900-123, 07700900123, 07700 900123, +44 (0)117 496 0018, +44 (0) 117 4960018, +44 117-496-0018,
    0800 123 4567, 0800-123-4567; DE (0711) 1 99 38 56 and 0711 9 18 37 03 (pairs from the right),
    0711-1993856, DIN 5008 extensions 089 813044-64 and +49 89 813044-64, +49 (0)711 1993856, 0175 0668194,
    0175-0668194, 0151 1234 5678, +49 (0) 175 0668194, +49 175-0668194, 0800 052 0693, (0800) 0520693; FR
    04 83 92 91 44, 04.83.92.91.44, +33 (0)4 83 92 91 44, +33 4 83 92 91 44, +33 (0)4.83.92.91.44,
    0800 12 34 56; ES 936 41 28 61, 936412861, +34 936 41 28 61, +34 936-412-861, 900 475 018,
    900-475-018; IT 02 3211 0957, 02.3211.0957, 011.945.0290, +39 02 3211 0957, 347 904 7253, 347-9047253,
    +39 347 904 7253, +39-347-9047253, 800 123 456, 800.123.456; NL 010 312 3456, (010) 312 34 56,
    010-312 34 56, 06 12 34 56 78, 06-1234 5678, +31 (0)10 312 3456, +31 10 312 3456, 0800 123 45 67,
    0800 123 4567; PT 213 456 789, 213-456-789, +351 213 456 789, 800 12 34 56; BR (11) 3222 1234,
    11 3222.1234, (0xx11) 3222-1234, (11) 99876-5432, 11 99876.5432, +55 11 3222-1234, +55 11 3222 1234,
    0800 789 7520, 0800 7897520; IN 022 2452 1234, (022) 24521234, 022-24521234, 98765 43210, 9876543210,
    +91 98765 43210, +91 987 654 3210, +91 22 2452 1234, 1800-4251234, 18004251234; CH/AT/BE/IE/AU
    '+41 (0)44 296 69 51', '+41-44-296-69-51', '+41 44 2966951', '+43 (0)1 2377305', '+43 664/1234567',
    '+32 (0)2 512 34 56', '+32 2/512.34.56', '+353 (0)1 234 5678', '+353-85-1234567', '+61 (0)2 9876 5432',
    '+61 412-345-678'; local forms 533.0656, 533-0656, 496-0018, 7946-0018, 496018, 496 018, 45 67 89,
    4567-89, 456789, 312 3456, 31 23 456, 3123456, 3222.1234, 3222-1234, 24521234, 2452-1234, 2745123,
    274 5123.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale; fr_BE names from fr_FR); e-mail user names from those
    names, domains invented here (compose.DOMAINS); towns from numbers.AREAS; corpus negatives untouched
    from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY
    4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0);
    only HateCheck cases labelled non-hateful are taken (they can still mention protected groups;
    Portuguese cases carry pt_BR, English ones en_GB, maths en_US); screened: at most 1,500 characters, no
    '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v62.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v62.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v62.stats [RECORDS VALUES]
    .venv/bin/ruff check benchmarks/pii_v62 && .venv/bin/ruff format --check benchmarks/pii_v62

Counts (seed 10062; `python -m benchmarks.pii_v62.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings,
    ruff format: clean
    documents: 1211 {'corpus': 125, 'neg': 300, 'pos': 786}
    values: 2807 by kind: {'PHONE': 2216, 'EMAIL': 340, 'CREDIT_CARD': 93, 'IP_ADDRESS': 86, 'IBAN': 64,
            'US_SSN': 8}
    modes: {'PHONE/national': 745, 'PHONE/list-entry': 572, 'PHONE/local-announced': 450,
            'PHONE/international': 306, 'EMAIL/personal': 196, 'EMAIL/role': 144, 'PHONE/other': 143,
            'IP_ADDRESS/v4-private': 58, 'CREDIT_CARD/solid': 34, 'IBAN/print': 32, 'CREDIT_CARD/spaced': 32,
            'IBAN/electronic': 32, 'CREDIT_CARD/dashed': 27, 'IP_ADDRESS/v4': 15, 'IP_ADDRESS/v6': 13,
            'US_SSN/spaced': 5, 'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'carehome': 146, 'dentist': 118, 'gp': 183, 'homecare': 136, 'optician': 118, 'pharmacy': 195,
            'physio': 190}
    languages (documents written here): {'de': 168, 'en': 433, 'es': 55, 'fr': 90, 'hi': 55, 'it': 44,
            'nl': 125, 'pt': 116}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 234, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 49
    US SSNs are few (8): only en_US homecare documents carry them.
"""

import json
import sys

from .build import Builder

RECORDS = "tests/data/pii_heldout_v62.jsonl"
VALUES = "tests/data/pii_heldout_v62_values.jsonl"


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    b = Builder()
    recs, vals, n_corpus = b.run()
    with open(rec_path, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for v in vals:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    print("documents", len(recs), "corpus", n_corpus)
    print(
        "document redraws",
        b.doc_redraws,
        "value redraws",
        b.drawer.redraws,
        "kinds replaced after 200 dirty values",
        b.drawer.replaced,
        "hard-negative kinds used",
        len(b.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
