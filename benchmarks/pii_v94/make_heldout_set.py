"""Write tests/data/pii_heldout_v94.jsonl: a ninety-fourth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: veterinary
practice and animal care.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md; the first few hundred bytes of AMC23, MATH-500, the English HateCheck CSV,
    the Dutch Multilingual HateCheck CSV and hh-rlhf harmless-base test (for their fields). The other corpus
    files were only read by corpus.py. GSM8K (train and test) was not used. Numbers were made and checked
    with phonenumbers only: drawn at random from a prefix, kept when valid, of the wanted region and type
    (local numbers also with phonenumbers' geographical area-code length equal to the area code's), and every
    written form parsed back to the same valid number (local forms with area code and trunk prefix put back,
    numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus national checks), SSNs with
    the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52 describes: each value
    on its own (parse + is_valid_number and PhoneNumberMatcher at Leniency.VALID, for the document's own,
    national and language home regions) plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19
    digit windows in runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each
    whole document again with its labelled spans blanked (checks.py repeats the whole-document screen). New
    here: a kind still dirty after 200 draws in a locale is not replaced by a dash; the document is drawn
    again and that kind is not offered in that locale any more (negs.Dirty; see Counts).
    Written under a 35-minute limit, so cells are small: English has 7 genres, German 6, French 5, Dutch 5,
    Portuguese 5, Spanish 4, Italian 4, Hindi 4.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = length of the area code, null for every other phone; a document's local numbers share one
    area and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally
    only and use DE, FR, NL or GB for national, list and service numbers (compose.LOCALES). Hindi documents
    carry the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> or
    <source>-<language>-<row>; shuffled with the seed. 'other' = toll-free or shared-cost numbers.
    list-entry = a phone in a contact block at the end of a document, one per line, in five layouts new
    against v52: 'Label — <phone>', '<phone> (Label)', '☎ Label: <phone>', 'Label » <phone>' and
    'Label<TAB><phone>' (heads 'Keep these handy', 'Numbers for the fridge door', 'Für den Notfall',
    'À garder sous la main', 'Para tener a mano', 'Da tenere a portata di mano', 'Handig om te bewaren',
    'Para guardar', 'संपर्क सूची', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; compose.py, build.py): 7 genres, none in v52: clinic
    (vet discharge notes and appointments), ooh (out-of-hours emergency lines), boarding (kennels and
    catteries), farrier (shoeing records), rescue (adoption and fostering), claim (pet insurance claims),
    walker (dog walkers); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways, before, after, on the line above, in remarks and in speech ('From any phone in
    Omaha, the clinic's front desk is just ...', 'Emergency line for the Tulsa area (no area code needed
    inside town):' + newline, '"It's ... if you're local to York," the nurse said on the phone', 'Yard phone
    in the village near Hereford: ... (dial from a local line)', 'Aus dem Ortsnetz Kassel einfach ...
    wählen', '„Aus Ulm reicht ...“, sagte die Sprechstundenhilfe', '"Binnen Zwolle is het ...," zei de
    assistente', 'Plantão Recife (fixo, sem DDD dentro da cidade):', 'Pune में बिना कोड के ... मिलाइए', ...);
    cards for surgery deposits and kennel deposits, IBANs for boarding balances, claim settlements, rescue
    donations and walker invoices, IPs of a lab portal, SSNs on US pet-insurance claim forms;
    41 hard-negative kinds (negs.KINDS), none in v52's list: pet microchips (15 digits),
    EU pet passport numbers, insurance policy numbers, claim references, body weights, temperatures, heart
    and respiratory rates, drug doses (mg/kg), vaccine lot numbers, kennel runs and pens, drop-off and
    collection times, horse UELNs, horseshoe sizes, hoof measurements, Kennel Club registrations, livestock
    ear tags, litter sizes and birth weights, rabies titres, blood panel values, lab accession numbers,
    DICOM study UIDs, money amounts, vet registration numbers, key-safe and gate codes, walk distances and
    step counts, GPS coordinates, collar tracker ids, feeding amounts, pet ages, EAN-13 barcodes,
    charity numbers, VAT numbers, ZIP+4 codes, cattery pen sizes, dog licence tags, booking references,
    CPH holding numbers, prescription numbers, faecal egg counts, medication times, pets' dates of birth;
    number habits (numbers.py): US 312-533-0656, (312)533-0656, 312.533.0656, 1.312.533.0656, en-dash
    312–533–0656, 1-312-533-0656, +1-312-533-0656, +1.312.533.0656; GB 07700-900-123, 07700-900123,
    0161-4960018, 020-7946-0018, +44 (0)1603 612345, +44-1603-612345, 0800-1234567; DE (0561) 456789,
    0561-456789, 0561 4 56 78 9 (pairs from the right), 0171/234 56 78, (0171) 2345678, +49 (0)561 456789,
    +49/561/456789, 0800-1234567; FR 04.44.78.76.74, +33 (0)4 44 78 76 74, +33444787674;
    ES 612.345.678, 936 412 861, (+34) 936 412 861, +34.936412861; IT 333.123.4567, 333-1234567,
    06.7675.8513, (+39) 333 123 4567, +39.3331234567; NL (050) 312 34 56, 0503123456, 0612345678,
    +31 (0)50 3123456, 0800 123 4567; PT 212.345.678, 21 234 5678, (+351) 912 345 678; BR (41) 3222 1234,
    41 32221234, (041) 3222-1234, 41.3222.1234, (011) 98765-4321, +55 (41) 3222 1234, 0800.789.7520;
    IN 0-9876543210, 98765-43210, (011) 24521234, 1-800-425-1234, (+91) 9876543210; CH/AT/BE/IE/AU with
    (0): '+41 (0)44 296 69 51', '+43 (0)1 2377305' (AT also '+43/1/2377305'), '+32 (0)2 512 34 56',
    '+353 (0)1 2345678',
    '+61 (0)2 98765432'; local forms 533.0656, 533–0656, 61 23 45, 246-0018, 4 56 78 9, 45-67-89,
    312-3456, 31 234 56, 3222.1234, 3222 - 1234, 24 521 234, 234-5678.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN) and e-mail
    user names and domains (en_US); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), the first exchange of hh-rlhf
    harmless-base test dialogues (MIT), HateCheck English cases (CC BY 4.0) and Multilingual HateCheck
    Dutch, French, German, Italian, Portuguese, Spanish cases (CC BY 4.0); only HateCheck cases labelled
    non-hateful are taken (Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run, nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v94.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v94.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v94.stats [RECORDS VALUES]

Counts (seed 10094; `python -m benchmarks.pii_v94.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1245 {'corpus': 120, 'neg': 294, 'pos': 831}
    values: 2683 by kind: {'PHONE': 2058, 'EMAIL': 312, 'IBAN': 171, 'CREDIT_CARD': 122, 'IP_ADDRESS': 13,
            'US_SSN': 7}
    modes: {'PHONE/national': 742, 'PHONE/list-entry': 450, 'PHONE/local-announced': 450,
            'PHONE/international': 278, 'EMAIL/role': 196, 'PHONE/other': 138, 'EMAIL/personal': 116,
            'IBAN/print': 94, 'IBAN/electronic': 77, 'CREDIT_CARD/spaced': 48, 'CREDIT_CARD/solid': 39,
            'CREDIT_CARD/dashed': 35, 'IP_ADDRESS/v4-private': 5, 'IP_ADDRESS/v6': 5, 'US_SSN/spaced': 4,
            'IP_ADDRESS/v4': 3, 'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'boarding': 170, 'claim': 151, 'clinic': 209, 'farrier': 96, 'ooh': 189, 'rescue': 161,
            'walker': 149}
    languages (documents written here): {'de': 158, 'en': 384, 'es': 65, 'fr': 116, 'hi': 65, 'it': 65,
            'nl': 132, 'pt': 140}
    corpus: {'amc23-en': 10, 'hatecheck-en': 15, 'hhrlhf-en': 15, 'math500-en': 20, 'mhc-dutch-nl': 10,
            'mhc-french-fr': 10, 'mhc-german-de': 10, 'mhc-italian-it': 10, 'mhc-portuguese-pt': 10,
            'mhc-spanish-es': 10}
    document redraws: 40, value redraws: 2213, hard-negative kinds used: 41 of 41; kinds dropped after 200
            dirty draws (documents drawn again without them): lab_accession in fr_BE and nl_BE, ueln in
            de_DE, de_AT and de_CH (so horse UELNs appear only in English documents). IPs are few (13) and
            US SSNs few (7): only one clinic sentence carries an IP, only en_US claim documents an SSN.
            Phones (2058) exceed the brief's 1,300+, because list blocks and two-phone sentences were kept.
"""

from __future__ import annotations

import sys

from . import build

RECORDS = "tests/data/pii_heldout_v94.jsonl"
VALUES = "tests/data/pii_heldout_v94_values.jsonl"


def main(argv):
    rec = argv[0] if argv else RECORDS
    val = argv[1] if len(argv) > 1 else VALUES
    records, stats = build.build()
    build.write(records, rec, val)
    print(len(records), "documents", stats)


if __name__ == "__main__":
    main(sys.argv[1:])
