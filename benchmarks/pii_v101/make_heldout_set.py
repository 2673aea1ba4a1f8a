"""Write tests/data/pii_heldout_v101.jsonl: a hundred-and-first, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md and the first few hundred bytes of AMC23, MATH-500, the English
    HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their fields); no folder under
    /work/shared/data was listed; the other corpus files were only read by corpus.py. GSM8K (train and test)
    was not used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept
    when valid and of the wanted type (fixed lines never with a subscriber part starting 0 or 1), and every
    written form parsed back to the same valid number of the stated region (local forms with their area code
    and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus
    its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions and US, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    by a dash (negs.Drawer); in the shipped build none was (0). BitLocker keys (48 digits) and EIDs (32
    digits) are single long runs, so the Luhn guard (13-19 digits) does not apply to them.
    Written under a 35-minute limit, so cells are small (1-5 sentences per slot); English has all 8
    genres, German 6, Dutch 6, Portuguese 6, French 5, Hindi 5, Spanish 4, Italian 4. Emphasis: IT support
    and telecom shops (computer repair, managed IT helpdesks, phone shops, broadband installers, SIM
    replacement, data recovery).

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
    document, one per line, in five layouts new here: '• Label — <phone>', 'Label<TAB><phone>',
    '1) Label: <phone>', '<phone> (Label)' and 'Label – tel. <phone>' (Tel./tél./फ़ोन by language); heads
    'Numbers to keep', 'Shop & helpdesk contacts', 'If you need us', 'Call-back list', 'Telefonliste',
    'So erreichen Sie uns', 'Rückrufnummern', 'Pour nous joindre', 'Annuaire du service', 'Dónde llamarnos',
    'Contactos del taller', 'Recapiti', 'Chi chiamare', 'Bereikbaarheid', 'Telefoonlijst', 'Contatos da
    loja', 'Onde ligar', 'संपर्क सूची', 'कॉल करने के लिए नंबर'. No phone is split across lines; words stay
    outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_south.py, lex_nl_hi.py; compose.py, build.py): 8 genres, none in
    v52: pcbench (computer-repair job cards), recovery (data-recovery assessments and lab reports), msp
    (managed IT helpdesk summaries, new-starter and patch notices), phoneshop (phone-shop collection,
    trade-in and store notices), install (broadband installation bookings and engineer notes), simswap
    (replacement SIM and eSIM transfer confirmations), review (customer reviews of shops), chat (support
    chat and call transcripts); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local
    numbers announced in new ways, before, after, on the line above, in remarks and in speech ('Heads up
    for folks in Omaha: the repair bench picks up on ..., no area code needed from a local line', '"Dial
    ...," she said, "it's a Tulsa number, you don't need the 1 or the area code."', 'From any Reno
    landline the helpdesk is a seven-digit call:' + next line, 'Tip from the Akron crew: the number on the
    van is ...', 'Ringing from Leeds? The workshop is on ... – no need for the dialling code', 'The York
    depot line, ..., works without the STD code from local phones', 'Aus Kassel selbst reicht die ... –
    die Vorwahl können Sie weglassen', '„Einfach ... wählen", meinte die Kollegin, „das ist die Nummer in
    Bonn."', 'Ortsgespräch nach Kiel? Dann genügt ...', 'Bel je vanuit Zwolle? Dan is ... genoeg, zonder
    netnummer', '... is de balie in Delft; vanaf een vaste lijn in de stad zonder 015', 'Quem liga de
    Recife fala com a assistência no ..., sem precisar do DDD', '"Disca ...", disse a atendente, "é o
    número daqui de Natal."', 'For Pune customers, the service centre landline is ... – no STD code needed
    within the city', 'अगर आप Jaipur से ही फ़ोन कर रहे हैं तो कोड लगाने की ज़रूरत नहीं, बस ...', and more);
    towns new: Omaha, Tulsa, Albany, Reno, Savannah, Duluth, Fresno, Akron; Leeds, Norwich, Cardiff,
    Leicester, York, Exeter, Aberdeen, Sheffield; Kassel, Bonn, Augsburg, Kiel, Würzburg, Erfurt,
    Regensburg, Osnabrück; Groningen, Zwolle, Arnhem, Haarlem, Tilburg, Maastricht, Delft, Nijmegen; Recife,
    Manaus, Goiânia, Florianópolis, Campinas, Natal, Vitória, Londrina; Pune, Jaipur, Lucknow, Kochi,
    Indore, Hyderabad, Ahmedabad, Coimbatore. Cards for repair deposits and trade-in refunds, IBANs for
    data-recovery invoices, IPs of workshop networks, remote-support allow-lists, NAS boxes and installed
    routers, US SSNs (en_US only) in a managed-IT payroll onboarding note, a recovered W-2 and a chat where
    a customer types one (values.py);
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: BitLocker recovery keys, AnyDesk ids
    (123 456 789), TeamViewer ids (1 234 567 890), eSIM EIDs (32 digits), LBA sector ranges, disk
    capacities in bytes, SMART power-on hours, reallocated-sector raw values, recovered-file counts,
    partition GUIDs, MD5 image checksums, ISO timestamps, log timestamps with milliseconds, postcodes
    (GB, NL, BR CEP, IN PIN, US ZIP+4, PT, others), EAN-13 barcodes, courier tracking numbers, CPU models,
    RAM kits, charger ratings, GPS coordinates, appointment time slots, temperatures with fan speeds,
    prices, instalment plans, company registration numbers (Companies House, HRB, KvK, CNPJ, SIRET,
    GSTIN, EIN), VAT ids, prepaid top-up voucher codes, SKUs and part numbers, street-cabinet and pair
    numbers, line-test readings (ohms, nF), partition layouts, hex offsets, RAID layouts, licence seat
    counts, Windows event ids with codes, patched-endpoint counts, serial console settings, printer page
    counts, trade-in references, opening hours, MTU/MSS settings, device storage used;
    number habits (numbers.py): US 312.533.0656, (312)533-0656, 1.312.533.0656, 312-533-0656,
    1-312-533-0656, +1-312-533-0656, +1.312.533.0656, (800) 201-2904; GB 0207 946 0018, 020-7946-0018,
    07700-900-123, 07700 900123, 0161-496-0018, 0161 4960018, +44 (0)161 4960018, +44 (0) 7700 900123,
    0800-123-4567; DE 030 123 456 78, (030) 12345678, 030-12345678, 030 123456-78, +49 (0)30 12345678,
    0800 123 4567, 01805-123456; FR 04.44.78.76.74, 0444787674, +33 (0)4 44 78 76 74, +33 4.44.78.76.74;
    ES 936 41 28 61, 936.412.861, 936-412-861, (+34) 612 345 678; IT 06 7675 8513, 333.123.4567,
    06.76758513, (+39) 333 1234567; NL (050) 312 34 56, 050 312 34 56, 050-312 34 56, 06 123 456 78,
    +31 (0)50 3123456, 0800-1234567, 088 1234567; PT 213 456 789, 21 345 67 89, 213.456.789,
    (+351) 912 345 678, 808.200.300; BR (41) 3222.1234, 041 3222-1234, 0xx41 3222-1234, (41)3222-1234,
    +55 41 3222-1234, +55 (41) 99876.5432, 4004.1234; IN 98765-43210, 9876543210, 098765-43210,
    (044) 2452 1234, 044-2452-1234, +91 98765 43210, +91 44 2452 1234, 1800-425-1234 style splits; local
    forms 533.0656, 7946 0018, 496-0018, 834 49 47, 34101-90, 3123456, 312-3456, 3222.1234, 32221234,
    24521234, 600-1878.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN and Luhn checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail domains of role addresses (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v101.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v101.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v101.stats [RECORDS VALUES]

Counts (seed 10101; `python -m benchmarks.pii_v101.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check: 0 findings;
            ruff format --check: clean
    documents: 1203 {'corpus': 120, 'neg': 284, 'pos': 799}
    values: 1720 by kind: {'PHONE': 1377, 'EMAIL': 157, 'IP_ADDRESS': 94, 'CREDIT_CARD': 66, 'IBAN': 20,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 354, 'PHONE/list-entry': 324, 'PHONE/other':
            132, 'PHONE/international': 117, 'EMAIL/personal': 93, 'EMAIL/role': 64, 'IP_ADDRESS/v4': 40,
            'IP_ADDRESS/v4-private': 38, 'CREDIT_CARD/dashed': 26, 'CREDIT_CARD/spaced': 24, 'IP_ADDRESS/v6':
            16, 'CREDIT_CARD/solid': 16, 'IBAN/print': 12, 'IBAN/electronic': 8, 'US_SSN/dashed': 4,
            'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'chat': 92, 'install': 156, 'msp': 120, 'pcbench': 173, 'phoneshop': 189, 'recovery': 124,
            'review': 86, 'simswap': 143}
    languages (documents written here): {'de': 152, 'en': 372, 'es': 62, 'fr': 88, 'hi': 70, 'it': 58,
            'nl': 133, 'pt': 148}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 437, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
"""

import sys

from . import build

RECORDS = "tests/data/pii_heldout_v101.jsonl"
VALUES = "tests/data/pii_heldout_v101_values.jsonl"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    records, values = argv if argv else (RECORDS, VALUES)
    made, stats = build.build(build.SEED)
    build.write(made, records, values)
    print(f"wrote {len(made)} records to {records}", stats)


if __name__ == "__main__":
    main()
