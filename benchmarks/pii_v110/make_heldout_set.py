"""Write tests/data/pii_heldout_v110.jsonl: a 110th, independent held-out labelled set for PII detection
(phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), all in astronomy and science outreach.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first few hundred
    bytes of the German Multilingual HateCheck CSV, the English HateCheck CSV, MATH-500 and AMC23 (for
    their fields); the other corpus rows were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix (numbers.draw),
    kept when valid, of the document's region and of the wanted type; local numbers drawn inside a town's
    area code and kept only when phonenumbers' geographical area code length equals that code's length.
    Cards with Luhn, IBANs built with mod 97 and kept only when python-stdnum accepts them (national checks
    included), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v52
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for the document's own, home and language regions, plus the guards (negs.guard_hits: e-mail shape,
    Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and
    each whole document again with its labelled spans blanked (checks.py repeats the whole-document
    screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped
    build none was (0), after arXiv ids were kept out of French text and radio frequencies were written
    with one decimal. Written under a 35-minute limit, so cells are small: English has all 11 genres,
    German 6, French 5, Spanish 4, Italian 4, Dutch 5, Portuguese 5, Hindi 5.
    Emphasis: astronomy and science outreach.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national and service numbers (compose.LOCALES);
    no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in six new layouts: 'Label: <phone>', '<phone> (Label)', 'Label — <phone>',
    '• Label, <phone>', 'Label ☎ <phone>', 'Label<TAB><phone>' (heads 'Numbers for the night', 'Observatory
    contacts', 'Who to call on the field', 'Club phone tree', 'Telefonnummern für den Abend', 'Numéros pour
    la soirée', 'Teléfonos de la noche', 'Recapiti per la serata', 'Nummers voor de avond', 'Contatos da
    noite', 'आज रात के नंबर', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de.py, lex_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 11
    genres, none in v52, all astronomy and outreach: obsnight (public observing nights at observatories),
    planetarium (fulldome programmes and group bookings), society (astronomy society newsletters and
    minutes), starparty (star-party site notes), schooltrip (school visits to science centres), meteor
    (meteor watches and fireball reports), satpass (satellite and ISS spotting groups), scopeloan (telescope
    lending libraries), eclipse (eclipse trips), darksky (dark-sky and light-pollution surveys), lecture
    (public lecture series); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways ('Living in Flagstaff? The dome office picks up on ..., no area code needed',
    'Calling from a Hilo landline, just dial ... for the observatory', 'Leicester members: the clubhouse
    number is simply ... when you ring from town', 'For anyone local to Glasgow, the planetarium desk is',
    'Round Bozeman you can reach the dome on ... and the warden's cottage on ..., both without the code',
    'From inside Leeds: ticket desk ..., observing floor ... (local calls only)', 'Town lines (Pasadena,
    drop the area code): front desk ..., education team ...', 'Sternwarte Jena – vom Festnetz vor Ort
    einfach', 'Anrufe aus Bonn selbst: Das Planetarium hat die', 'Vereinsheim Bamberg, ohne Vorwahl:',
    'In Potsdam erreichen Sie die Kasse unter ... und die Kuppel unter ..., jeweils ohne Vorwahl', 'Aus
    Bochum heraus ohne Vorwahl: Anmeldung ..., Technik ...', 'Inwoners van Zwolle bellen de sterrenwacht
    gewoon op', 'Vanaf een vaste lijn in Enschede draait u voor de koepel alleen', 'Clubhuis Dwingeloo,
    zonder kengetal:', 'Binnen Nijmegen belt u de kassa op ... en de koepel op ..., zonder netnummer',
    'Lokaal in Groningen: aanmelden ..., techniek ...', 'Morando em Natal, é só discar ... para o
    observatório', 'De telefone fixo em Recife, o planetário atende no', 'Sede do clube em Campinas
    (ligação local):', 'Em Brasília, bilheteria no ... e cúpula no ..., sem o código de área', 'Ligações
    locais de Porto Alegre: inscrições ..., suporte técnico ...', 'Nainital में रहते हैं? वेधशाला का लोकल
    नंबर ... है', 'Pune के लैंडलाइन से तारामंडल के लिए सिर्फ़ ... मिलाइए', 'क्लब का दफ़्तर (Jaipur, बिना
    कोड):', 'Lucknow शहर के अंदर टिकट खिड़की ... और गुंबद ... पर, कोड की ज़रूरत नहीं'); towns are new
    (numbers.AREAS: Flagstaff, Las Cruces, Fort Davis, Green Bank, Ann Arbor, Pasadena, Williams Bay, Hilo,
    Bozeman; Edinburgh, Glasgow, Leeds, Sheffield, Nottingham, Leicester, Newcastle, Liverpool;
    Heidelberg, Potsdam, Bonn, Jena, Bamberg, Göttingen, Bochum, Sonneberg; Groningen, Nijmegen,
    Eindhoven, Leeuwarden, Zwolle, Enschede, Dwingeloo; Campinas, Florianópolis, Belo Horizonte, Porto
    Alegre, Recife, Natal, São José dos Campos, Brasília; Pune, Bengaluru, Hyderabad, Kolkata, Ahmedabad,
    Jaipur, Lucknow, Nainital); cards for trip and loan deposits, IBANs for membership fees and coach
    refunds, IPs of all-sky cameras, mount controllers and weather stations, SSNs on volunteer background
    checks for school outreach;
    39 hard-negative kinds (negs.KINDS), all used, none in v52's list: right ascensions, declinations,
    NGC/IC numbers, HD/HIP star numbers, Gaia DR3 source ids (19 digits), 2MASS designations, numbered minor
    planets, provisional designations, NORAD catalogue numbers, COSPAR launch designations, MJDs, magnitudes,
    sky-quality readings (mag/arcsec²), apertures with focal ratios, eyepieces with magnification, latitude
    and longitude, site elevations, Bortle classes, radio frequencies (MHz), exposure stacks, pixel sizes,
    meteor ZHRs, UTC timestamps, booking references (OBS-1234AB), society membership numbers (SAS/2022),
    arXiv ids, ATel and GCN numbers, DOIs, bibcodes, exoplanet names, wavelengths (nm), distances in light
    years, satellite pass elevation and azimuth, supernova designations, comet designations, Kp index with
    solar flux, seat rows, opening time ranges (21:15–01:30), FITS file names;
    number habits (habits.py): US 312-533-0656, 312.533.0656, (312)533-0656, +1-312-533-0656,
    +1.312.533.0656, +1 (312) 533 0656, (888) 201-2904, 888.201.2904, 1 800 201 2904; GB 0161 496 0018,
    (0113) 593 6862, 07700900123, +44 (0)161 496 0018, +44 (0)7700 900 123, 0300 243 6523, 0345 ...;
    DE 0761 456789, (0761) 456789, 06221-8444090, 0171 87 28 53 61, +49 (0)351 3873 752, 0800 123 4567;
    FR 04 29 38 08 05, 06.24.37.68.84, +33 (0)7 67 31 52 90, 08 00 89 18 73, 0805 40 72 48; ES 985 096 638,
    612 34 56 78, 783671958, +34 633 053 388, 900 977 312; IT 0471 22601, 06 7675 8513, 398 063 6490,
    +39 081 4554 667, 800 392 952; NL (050) 134 43 01, 06-2098 0018, 06 12 34 56 78, +31 (0)50 7441 724,
    0800 437 959; PT 289 470 248, 939332896, +351 216 681 658, 800 833 232; BR (61) 4455-0842,
    41 3222.1234, (41) 91144 2389, +55 41 95729-3631, +55 (41) 3222 1234, 0800 139 6705; IN (022) 57934922,
    044 2452 1234, 98765 43210, 9876543210, +91 98765 43210, +91-97485 67275, 18002037551; CH/AT/BE/IE/AU
    '+41 (0)22 609 73 01', '+43 (0)699 4246 509', '+32 (0)488 92 68 21', '+353 (0)91 998 659',
    '+61 (0)422 516 649'; local forms 330.5058, 3641563, 362 6071, 4 87 43 16, 4729 6986, 88 04 614,
    5729.5722, 58284291, 4372-6541, 403 871.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for e-mail user names and domains (en_US); towns
    from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV rows after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v110.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v110.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v110.stats [RECORDS VALUES]

Counts (seed 22110; `python -m benchmarks.pii_v110.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1143 {'corpus': 140, 'neg': 376, 'pos': 627}
    values: 1548 by kind: {'PHONE': 1268, 'EMAIL': 158, 'IP_ADDRESS': 62, 'IBAN': 29, 'CREDIT_CARD': 25,
            'US_SSN': 6}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 335, 'PHONE/list-entry': 229,
            'PHONE/international': 182, 'EMAIL/role': 103, 'PHONE/other': 72, 'EMAIL/personal': 55,
            'IP_ADDRESS/v4-private': 23, 'IP_ADDRESS/v4': 21, 'IP_ADDRESS/v6': 18, 'IBAN/print': 16,
            'IBAN/electronic': 13, 'CREDIT_CARD/solid': 11, 'CREDIT_CARD/spaced': 7, 'CREDIT_CARD/dashed': 7,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'darksky': 64, 'eclipse': 99, 'lecture': 54, 'meteor': 105, 'obsnight': 165, 'planetarium': 128,
            'satpass': 73, 'schooltrip': 83, 'scopeloan': 59, 'society': 83, 'starparty': 90}
    languages (documents written here): {'de': 149, 'en': 364, 'es': 56, 'fr': 88, 'hi': 62, 'it': 56,
            'nl': 113, 'pt': 115}
    corpus: {'amc23-en': 20, 'hatecheck-en': 20, 'math500-en': 40, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 203, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 39
    US SSNs are few (6): only en_US documents carry them.
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v110.jsonl"
VALUES = "tests/data/pii_heldout_v110_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    records, sidecar, stats, drawer = build()
    with open(records_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(values_path, "w", encoding="utf-8") as f:
        for v in sidecar:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")
    print(
        "documents",
        len(records),
        "document redraws",
        stats.doc_redraws,
        "value redraws",
        drawer.redraws,
        "replaced",
        drawer.replaced,
        "kinds used",
        len(drawer.used),
    )


if __name__ == "__main__":
    write(*sys.argv[1:3])
