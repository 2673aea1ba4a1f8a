"""Write tests/data/pii_heldout_v74.jsonl: a seventy-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: pets and
animal care (vets, kennels and catteries, dog walkers, groomers, animal rescues, riding stables, pet
insurance claims).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the Dutch Multilingual HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid and of the wanted type, and every written form parsed back to the same valid number of the
    stated region (local forms with their area code and trunk prefix put back, numbers.put_back); cards
    with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs
    with the ipaddress module. Hard negatives are screened: each value on its own (PhoneNumberMatcher at
    Leniency.VALID, and parse + is_valid_number when the value has no letter, since parse reads letters as
    keypad digits) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document is drawn again; checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0).
    Written under a 35-minute limit, so cells are small (2-11 sentences per genre and language); English
    has all 7 genres, German 6, Dutch 6, French 5, Spanish 5, Italian 5, Portuguese 5, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national list entries and service numbers
    (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: '• Label: <phone>', '<phone> (Label)', 'Label – <phone>',
    'Label ☎ <phone>' and 'Label<TAB><phone>' (heads 'Numbers for the pet sitter', 'Keep by the phone',
    'If <pet> is unwell', 'Yard contacts', 'Für die Tiersitterin', 'Neben das Telefon legen', 'Pour la
    personne qui garde <pet>', 'Teléfonos para quien cuide a <pet>', 'Numeri per il pet sitter', 'Nummers
    voor de oppas', 'Telefones para quem cuida do <pet>', 'पालतू के लिए ज़रूरी संपर्क', ...). No phone is
    split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py): 7 genres, none in v52: vet
    (discharge notes, vaccination reminders, referrals), boarding (kennels and catteries), walker (dog
    walking reports and agreements), groomer (grooming salons), rescue (adoptions, fosters, lost and
    found), stable (livery yards, riding lessons, farrier), petins (pet insurance claims); all sentences
    written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('Live in
    Chicago? The clinic front desk is just ... from any local phone', 'From a Denver landline, skip the
    area code – ... gets you the walk scheduler', 'Riding school (Austin, local calls only):', 'Cattery
    office, Leeds exchange:', 'Dog warden (Bristol, local rate):', 'Within Pune, dial ... for the pet
    clinic without the STD code', 'Tierpension Köln, Ortsnetz:', 'Reitstall (Festnetz Bremen, ohne
    Vorwahl):', 'Innerhalb von Dresden genügt die ...', 'Binnen Zwolle hoeft u het kengetal niet te
    draaien', 'Manege (Arnhem, vast nummer zonder netnummer):', 'Quem está em Recife liga para a clínica
    direto no ..., sem o DDD', 'Haras (Campinas, chamada local):', 'Jaipur शहर के लैंडलाइन से क्लिनिक का नंबर
    सिर्फ़ ... है', 'लोकल (Delhi) एम्बुलेंस डेस्क:', ...); cards for vet deposits, no-show fees and deposits
    at kennels, IBANs for livery fees, walker invoices, rescue standing orders and claim payouts, IPs of
    kennel webcams and referral portals, SSNs on US vet-care finance applications;
    37 hard-negative kinds (negs.KINDS), all used, none in v52's list: microchip numbers (15 digits, solid
    or grouped 3-3-3-3-3), EU pet passport numbers, ear tattoos, kennel club registrations, vaccine batch
    numbers, body weights, drug doses, body temperatures, heart/breathing rates, clinic patient numbers,
    insurance policy numbers, claim references, invoice amounts, animals' dates of birth, kennel and box
    numbers, appointment slots, horse UELNs, FEI ids, rabies tags, dog licences, litter registrations, lab
    accession numbers, blood values, feeding amounts, policy excess, reimbursement rates, DNA profile ids,
    crate and run sizes, walk distance and time, GPS tracker serials, GPS coordinates, adoption numbers,
    X-ray study numbers, studbook numbers, shelter intake numbers, boarding date ranges, clipper blades;
    number habits (numbers.py): US 312.533.0656, (312)533-0656, +1-312-533-0656, +1.312.533.0656,
    +1 (312)533-0656, (877) 201-2904, 877.201.2904; GB 0113-496 0018, 07827-366258, 07827 366 258,
    +44 (0)113 496 0018, +44-113-496-0018; DE (0221) 1234567, 0221-1234567, 0176-94890682,
    +49 (0)711 428303, 0800 586 7565; FR 04.44.78.76.74, +33 (0)4 44 78 76 74; ES 963.597.143,
    963 597 143, (+34) 656 14 81 10; IT 339.069.0051, 333-1234567, (+39) 06 618 9423, 800.829.137;
    NL (070) 418 4011, 06 392 541 22, +31 (0)6 39254122, 0800-2695; PT 917 283 444, (+351) 212 345 678;
    BR (81) 2809.3972, (81) 9 2596-4023, (81) 92596-4023, +55 (81) 2809-3972; IN 94929 81506,
    94929-81506, (033) 4834 5984, 033-4834-5984; CH/AT/BE/IE/AU '+41 (0)78 344 36 80',
    '+43 (0)1 758842867', '+32 (0)9 293 43 24', '+353 (0)91 541 019', '+61 (0)424 983 798'; local forms
    826.4219, 9983580, 474 9534, 48 07 267, 3613 0724, 965443, 65 24 614, 5883558, 2142.7162, 33286095,
    2966-6545, 22910444.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari, with en_IN names for their e-mail addresses; AU documents use en_GB names); e-mail user
    names made from those names, domains written here (values.py); towns from numbers.AREAS; corpus
    negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), HateCheck
    English cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch,
    Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the
    guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV: 0-based row after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v74.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v74.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v74.stats [RECORDS VALUES]

Counts (seed 10074; `python -m benchmarks.pii_v74.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1235 {'corpus': 118, 'neg': 292, 'pos': 825}
    values: 2174 by kind: {'PHONE': 1659, 'EMAIL': 273, 'IBAN': 120, 'CREDIT_CARD': 81, 'IP_ADDRESS': 29,
            'US_SSN': 12}
    modes: {'PHONE/national': 637, 'PHONE/local-announced': 450, 'PHONE/list-entry': 389,
            'EMAIL/personal': 182, 'PHONE/international': 94, 'EMAIL/role': 91, 'PHONE/other': 89,
            'IBAN/print': 85, 'IBAN/electronic': 35, 'CREDIT_CARD/spaced': 31, 'CREDIT_CARD/dashed': 26,
            'CREDIT_CARD/solid': 24, 'IP_ADDRESS/v4-private': 13, 'IP_ADDRESS/v6': 11, 'US_SSN/spaced': 7,
            'US_SSN/dashed': 5, 'IP_ADDRESS/v4': 5}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'boarding': 197, 'groomer': 180, 'petins': 127, 'rescue': 145, 'stable': 137, 'vet': 197,
            'walker': 134}
    languages (documents written here): {'de': 140, 'en': 445, 'es': 62, 'fr': 83, 'hi': 65, 'it': 62,
            'nl': 129, 'pt': 131}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 30, 'mhc-dutch': 8, 'mhc-french': 8,
            'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 361, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 37
    US SSNs are few (12): only en_US petins documents carry them.
"""

import json
import random
import sys

from . import build, corpus

SEED = 10074
RECORDS = "tests/data/pii_heldout_v74.jsonl"
VALUES = "tests/data/pii_heldout_v74_values.jsonl"


def make(seed=SEED):
    b = build.Builder(seed)
    rows = [(r, v, m) for r, v, m in b.run()]
    crng = random.Random(seed + 1)
    for rec in corpus.pick(crng):
        rows.append((rec, {"values": []}, {"genre": None, "lang": None, "kind": "corpus"}))
    random.Random(seed + 2).shuffle(rows)
    return rows, b


def dump(path, items):
    with open(path, "w", encoding="utf-8") as f:
        for it in items:
            f.write(json.dumps(it, ensure_ascii=False) + "\n")


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    rows, b = make()
    dump(records, [r for r, _, _ in rows])
    dump(values, [v for _, v, _ in rows])
    print(
        "documents",
        len(rows),
        "document redraws",
        b.doc_redraws,
        "value redraws",
        b.drawer.redraws,
        "replaced",
        b.drawer.replaced,
        "kinds used",
        len(b.drawer.used),
    )


if __name__ == "__main__":
    main(sys.argv[1:])
