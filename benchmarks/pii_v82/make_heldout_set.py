"""Write tests/data/pii_heldout_v82.jsonl: an eighty-second, independent held-out labelled set for PII
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
    multilingual_hatecheck/, the first few hundred bytes of MATH-500, AMC23, the English HateCheck CSV and
    the German Multilingual HateCheck CSV (for their fields); the other corpus rows were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix (numbers.SPEC), kept when valid and of the wanted type, and every written
    form parsed back to the same valid number of the stated region (local forms with trunk prefix and area
    code put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national
    checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, SSN shapes, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6),
    and each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). A value still dirty after 200 draws would become a dash (negs.Drawer); in the shipped build
    none was (0). While writing, three planned kinds were dropped because nearly every draw was dirty:
    EC enzyme numbers (always IPv4-shaped), A260/280 ratios and OD600 readings; sample ids and
    calibration certificate numbers were shortened for the same reason, and the Spanish and Italian
    courier sentences carry no air waybill. Written under a 35-minute limit, so cells are small (1-6
    sentences per slot); English, German, French, Dutch and Portuguese have all 7 genres, Spanish and
    Italian 6, Hindi 5. Emphasis: science and laboratories.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally (or not at all) and use DE, FR, NL or GB for national, list and service numbers
    (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five layouts new against v52: 'Label — <phone>', '<phone> (Label)',
    '• Label, <phone>', 'Label = <phone>', 'Label … tel. <phone>' (heads 'Numbers for the lab wall', 'Who
    to call (lab)', 'Field contacts', 'Service contacts', 'Sample logistics', 'Telefonliste Labor',
    'Kontakte Probenlogistik', 'Notfallnummern Praktikum', 'Numéros du labo', 'Contacts logistique
    échantillons', 'Teléfonos del laboratorio', 'Numeri del laboratorio', 'Telefoonlijst lab', 'Telefones
    do laboratório', 'लैब के ज़रूरी फ़ोन'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; build.py): 7 genres, none in v52: schoollab (school
    science departments, prep rooms, technicians), unilab (university lab inductions, instrument booking,
    biosafety), testlab (testing-lab result letters: water, soil), envmon (environmental monitoring
    stations, river gauges, air quality), courier (sample couriers, cold chain, dry ice), servicing (lab
    equipment servicing: centrifuges, fume cupboards, autoclaves, balances, pipettes), citsci
    (citizen-science projects: bird ringing, stream testing, bat surveys); all sentences written fresh in
    en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('If you're calling from inside Ann
    Arbor, the sample reception desk is just ...', 'Need a pickup in Durham? Dial ... – you won't need the
    area code in town', 'Once you're in Norwich, leave off the dialling code – the prep room is on ...',
    'Local number for the Dundee survey group (from a Dundee phone):', 'Within Pune city limits just
    dial ...', 'Innerhalb von Jena erreichen Sie die Probenannahme ohne Vorwahl unter ...', 'Ortsgespräch
    nach Tübingen? Dann genügt für die Sammlung die ...', 'Bel je vanuit Delft zelf, dan is de
    monsterbalie gewoon ...', 'Binnen Nijmegen zonder kengetal: lab ..., portier ...', 'Quem liga de
    dentro de Campinas fala com a recepção de amostras pelo ..., sem DDD', 'Kolkata शहर के अंदर से सैंपल
    काउंटर का नंबर बस ... है', ...); cards for analysis fees, courier accounts and spare parts, IBANs for
    test and service invoices, IPs of data loggers, instrument PCs, results portals and gateways, SSNs on
    en_US dosimetry and access-badge forms;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: CAS registry numbers (with check
    digit), ORCID iDs (with ISO 7064 check), sample ids, reagent lots, DOIs, GenBank accessions,
    wavelengths, centrifuge RCF (× g) and rpm, concentrations, pH readings, temperatures, GPS coordinates,
    chain-of-custody form numbers, air waybills, calibration certificate numbers, balance masses, pipette
    ranges, plate well ranges, UN numbers, standards (ISO/EN/DIN with years), accreditation numbers,
    freezer positions, sequencing run ids, sieve mesh sizes, grant numbers, ethics references, module
    codes, bird ring numbers, OS grid references, river flows, PM readings, microscope magnification with
    NA, salinity (PSU), m/z values, retention times, dosimeter readings, dilutions, conductivity, logger
    timestamps (ISO 8601), room numbers, monitoring station codes;
    number habits (numbers.py): US 734.555.0123, 734-555-0123, (734)555-0123, 1.734.555.0123,
    1.800.555.0123, +1-734-555-0123; GB +44 (0)1223 765432, +44 (0) 131 650 2000, 01223-765432,
    0131-6502000, (023) 8059 5000, 07700-900-123; DE 06221 54-6789, (06221) 54 67 89, 06221 546789,
    +49 (0)6221 546789, 0151 2345 6789; FR 04.76.51.46.00, 04 76 51 46 00, +33 (0)4 76 51 46 00,
    0800 12 34 56; ES 913 94 10 00, 913941000, (+34) 913 94 10 00; IT 347.1234567, 051 2091111,
    800.123.456; NL (0317) 48 01 00, 0317 480100, +31 (0)317 480100, 06 12 34 56 78, 0800 1234; PT
    239857000, +351 239 857 000; BR 19 3521.4000, (19) 3521 4000, 19 99876.5432, +55 (19) 3521-4000,
    0800 770 1234; IN (080) 2293 2004, 0821 2412345, 098450 12345, 98450-12345, 1800-180-1234; local
    forms 555.0123, 765 432, 76 5432, 650-2000, 54-6789, 546-789, 48 01 00, 278 91 11, 3521.4000,
    2293-2004, 241 2345, 241-2345.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale, English from en_US) and e-mail user names and domain
    words (en_US); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500
    problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck
    German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful
    are taken (they can still mention protected groups; Portuguese cases carry pt_BR); screened: at most
    1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots,
    slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v82.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v82.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v82.stats [RECORDS VALUES]

Counts (seed 10082; `python -m benchmarks.pii_v82.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1265 {'corpus': 120, 'neg': 310, 'pos': 835}
    values: 3108 by kind: {'PHONE': 2269, 'EMAIL': 537, 'IP_ADDRESS': 179, 'IBAN': 82, 'CREDIT_CARD': 38,
            'US_SSN': 3}
    modes: {'PHONE/national': 958, 'PHONE/list-entry': 475, 'PHONE/local-announced': 450, 'EMAIL/role':
            406, 'PHONE/other': 233, 'PHONE/international': 153, 'EMAIL/personal': 131, 'IP_ADDRESS/v4':
            76, 'IP_ADDRESS/v4-private': 56, 'IP_ADDRESS/v6': 47, 'IBAN/electronic': 43, 'IBAN/print': 39,
            'CREDIT_CARD/spaced': 18, 'CREDIT_CARD/solid': 13, 'CREDIT_CARD/dashed': 7, 'US_SSN/dashed':
            2, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'citsci': 157, 'courier': 162, 'envmon': 165, 'schoollab': 155, 'servicing': 149, 'testlab':
            182, 'unilab': 175}
    languages (documents written here): {'de': 136, 'en': 492, 'es': 48, 'fr': 85, 'hi': 75, 'it': 42,
            'nl': 136, 'pt': 131}
    corpus: {'amc23-en': 15, 'hatecheck-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 1138, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (3): only en_US unilab documents carry them.
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v82.jsonl"
VALUES = "tests/data/pii_heldout_v82_values.jsonl"


def main(argv):
    rec_path = argv[0] if argv else RECORDS
    val_path = argv[1] if len(argv) > 1 else VALUES
    docs, stats = build()
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, val in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(val, ensure_ascii=False) + "\n")
    print(f"wrote {len(docs)} documents; {stats}")


if __name__ == "__main__":
    main(sys.argv[1:])
