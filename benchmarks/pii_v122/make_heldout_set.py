"""Write tests/data/pii_heldout_v122.jsonl: a hundred-and-twenty-second, independent held-out labelled set for
PII detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (one level) and of
    moderation/multilingual_hatecheck/, the first few hundred bytes of MATH-500, AMC23, the English HateCheck
    CSV and the Dutch Multilingual HateCheck CSV (for their fields); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid and of the wanted type, and every written form parsed
    back to the same valid number of the stated region (local forms with their area code and trunk prefix
    put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum, SSNs with the SSA rules, IPs
    with the ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse
    + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs
    with spaces, dashes or dots removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document
    again with its labelled spans blanked (checks.py repeats the whole-document screen). A value still
    dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0),
    after booking references got letters ('BK/25/QX4817') and a Unix-timestamp kind, dirty for DE every
    time, was replaced by ISO weeks. Written under a 35-minute limit, so cells are small (1-4 sentences
    per slot); English has all 10 genres, German 5, French 4, Spanish 3, Italian 3, Dutch 4, Portuguese 4,
    Hindi 3. Emphasis: coworking and start-ups.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. An 'international' number is the document's own region's three
    times in four, otherwise one of US, GB, DE, FR, NL, ES, IT, BR, IN. Hindi documents carry the locale
    en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build
    order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role,
    CREDIT_CARD spaced/solid/dashed (Visa, Mastercard incl. 2221, Amex 4-6-5), IBAN print/electronic (DE,
    GB, NL, AT, BE, IT, PT by the partner region, else DE), IP_ADDRESS v4/v4-private/v6, US_SSN
    spaced/dashed (en_US membership documents only). 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document,
    one per line, in five layouts new against v52: 'Label: <phone>', '<phone> (Label)', '• Label, <phone>',
    'Label – <phone>', 'Label — tel. <phone>' (heads 'Numbers for the space', 'Who to call', 'Contacts on
    the day', 'Front desk & friends', 'Wen anrufen?', 'Nummern fürs Haus', 'Qui appeler ?', 'A quién
    llamar', 'Chi chiamare', 'Wie bel je?', 'Nummers van het pand', 'Contatos úteis', 'Para quem ligar',
    'ज़रूरी संपर्क'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_nl_pt_hi.py; build.py, compose.py): 10 genres, none in v52, all
    coworking and start-ups: hotdesk (hot-desk bookings), virtualoffice (registered addresses, mail scans,
    call answering), pitchnight (pitch-night running orders), accelerator (accelerator offers), meetup
    (founder meetups and breakfasts), membership (coworking plans and invoices), mentorhours (mentor office
    hours), demoday (demo-day run sheets), roombooking (meeting-room confirmations), investorintro
    (incubator intros to investors); all sentences written fresh in en, de, fr, es, it, nl, pt, hi, plus
    loose 'misc' lines (parcels at reception, badges, book club, brand colours); local numbers announced in
    new ways ('Members dialing from inside Austin can reach the front desk at', 'Locally in Omaha, the
    community manager picks up on ...; for events try ...', 'Around Tulsa it's a local call: ... for the
    space, ... for after-hours access', 'Our Denver hub (local line):', 'From any Richmond landline, the
    mailroom answers at', 'From a Leeds phone the reception desk is simply', 'York members can ring the
    hosts locally on ..., or the events team on ...', 'Local to Cardiff? Skip the code and dial', 'The
    Norwich studio's landline, no area code needed in town:', 'Within Pune, dial ... for the coworking front
    office (no STD code needed)', 'Kochi members: reception ..., facilities ... – local calls only', 'From
    a Jaipur landline, the incubator office is on', 'Wer in Kiel anruft, erreicht den Empfang ohne Vorwahl
    unter', 'Coworking Bremen, Ortsnetz: Empfang ..., Eventteam ...', 'Aus dem Festnetz in Aachen genügt',
    'Unser Standort Köln ist innerorts unter ... erreichbar', 'Bel je vanuit Delft? Dan is de balie gewoon',
    'Coworking Zwolle, lokaal: balie ..., events ...', 'Binnen Tilburg hoef je het netnummer niet te
    draaien:', 'Ligando de um fixo de Recife, a recepção atende no', 'Coworking Natal (ligação local):
    recepção ..., eventos ...', 'Em Manaus, sem DDD:', 'Lucknow के लैंडलाइन से कोवर्किंग रिसेप्शन का
    नंबर ... है', 'Indore में लोकल कॉल: रिसेप्शन ..., फ़ैसिलिटी ...', 'Kolkata शहर के अंदर सीधे ... डायल
    करें'); towns all new against v52; cards for day passes and deposits, IBANs for membership and
    virtual-office direct debits, IPs of screen-share boxes and demo-day streams, SSNs on a US entity's
    credit check;
    40 hard-negative kinds (negs.GEN, neg_labels.L), all used, none in v52's list: hot-desk ids, locker
    numbers, coworking member ids, funding rounds in dollars, grants in euros ('1.500.000 €'), share
    counts, equity percentages, company registration numbers (8 digits), German and French VAT ids,
    US EINs, KvK numbers, SIRET numbers, D-U-N-S numbers, LEIs, ISBN-13s with check digit, GPS
    coordinates, ISO 8601 timestamps, ISO weeks, pitch time windows (18:20–19:11), floor areas (m²),
    room labels (3.14), booking references, parking permits, print credits, ARR figures ($3.5M), runway
    months, batch/cohort names (W25), PO boxes, UPS-style parcel numbers (1Z...), key-fob ids (10 digits
    with leading zeros), ISINs, NACE/WZ/NAF/ATECO/SBI/CAE codes, jury scores (8.4/10), Dutch postcodes,
    hex brand colours, slide numbers (7/20), seat capacities, git short hashes, SAFE valuation caps
    ($10,000,000);
    number habits (numbers.py): US 312.533.0656, (312)533-0656, 312-533-0656, 1.312.533.0656, +1-312-533-0656,
    +1 (312)533-0656, +1 312-533-0656, toll-free 800.201.2904, 1 800 201 2904; GB 0207 946 0018,
    020-7946-0018, 0113-4960018, (01223) 456 789, 0113 4960018, 07700-900123, 07700 900-123,
    +44 (0)20 7946 0018, +44 (0) 113 496 0018, +44 7700 900123, 0800 123 4567, 0808-1234567; DE
    040-12345678, (0221) 123 45 67, 0176 12 34 56 78, +49 (0)40 1234 5678, +49 (0) 176 1234 5678,
    0800 123 45 67, (0800) 1234567; FR 04.44.78.76.74, 0444787674, +33 (0)4 44 78 76 74,
    +33 6 12 34 56 78, 08 05 36 03 71, 0800.12.34.56; ES 93.641.28.61, 936412861, 936 41 28 61,
    612.345.678, 612 34 56 78, +34 612 345 678, (+34) 936 412 861, 900.47.50.18, 900 475 018; IT
    06 7675 8513, 06.76758513, (06) 76758513, 333 123 4567, 333.1234567, 333-123 4567, +39 333 123 4567,
    (+39) 067 675 8513, 800.123.456, 800 123456; NL (020) 312 34 56, 020 3123456, 020-312 34 56,
    06 12 34 56 78, 06-1234 5678, +31 (0)20 312 3456, +31 (0) 6 1234 5678, 0800 123 4567; PT
    213 456 789, 912345678, +351 912 345 678, (+351) 213 456 789, 800 20 12 34; BR (41) 3222-1234,
    41-3222-1234, 041 3222-1234, (041) 3222 1234, (41) 99876-5432, +55 41 3222-1234,
    +55 (41) 99876-5432, +55 41 99876 5432, 0800 789 7520, 0800-7897520; IN (044) 2452 1234,
    044-24521234, 98765-43210, 0 98765 43210, 9876 543 210, +91 44 2452 1234, +91-44-2452-1234,
    +91 98765 43210, +91-98765-43210, +91 9876543210, 1800-331-9893, 1800 3319893; AT/CH/BE/IE/AU
    '+43 (0) 1 9574 9005', '+41 (0)79 246 1248', '+32 (0)499 551 638', '+353 (0) 85 401 3006',
    '+61 8 5556 7805'; local forms 533.0656, 533-0656, 496-0018, 45 67 89, 12345678, 12 34 56 78,
    312 3456, 312-3456, 3222.1234, 32221234, 3222 - 1234, 24521234, 2452-1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck Dutch, French, German,
    Italian, Portuguese, Spanish cases (CC BY 4.0); only cases labelled non-hateful are taken (they can
    still mention protected groups; Portuguese cases carry pt_BR, English HateCheck en_GB); screened: at
    most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes,
    dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v122.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v122.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v122.stats [RECORDS VALUES]

Counts (seed 23122; `python -m benchmarks.pii_v122.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1202 {'corpus': 118, 'neg': 300, 'pos': 784}
    values: 2028 by kind: {'PHONE': 1361, 'EMAIL': 453, 'IBAN': 88, 'CREDIT_CARD': 68, 'IP_ADDRESS': 53,
            'US_SSN': 5}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 354, 'PHONE/national': 278, 'EMAIL/role':
            231, 'EMAIL/personal': 222, 'PHONE/international': 155, 'PHONE/other': 124, 'IBAN/print': 48,
            'IBAN/electronic': 40, 'CREDIT_CARD/spaced': 29, 'IP_ADDRESS/v4': 24, 'CREDIT_CARD/dashed': 22,
            'IP_ADDRESS/v6': 19, 'CREDIT_CARD/solid': 17, 'IP_ADDRESS/v4-private': 10, 'US_SSN/spaced': 3,
            'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'accelerator': 124, 'demoday': 74, 'hotdesk': 197, 'investorintro': 44, 'meetup': 119,
            'membership': 115, 'mentorhours': 46, 'pitchnight': 156, 'roombooking': 65, 'virtualoffice': 144}
    languages (documents written here): {'de': 153, 'en': 438, 'es': 55, 'fr': 80, 'hi': 67, 'it': 48,
            'nl': 125, 'pt': 118}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 35, 'mhc-dutch': 8, 'mhc-french': 8,
            'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 3, value redraws: 244, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 40 of 40
    US SSNs are few (5): only en_US membership documents carry them.
"""

import sys

from . import build
from .checks import RECORDS, VALUES


def main(records=RECORDS, values=VALUES):
    recs, stats = build.build(build.SEED)
    build.write(recs, records, values)
    print("wrote %d records; %s" % (len(recs), stats))


if __name__ == "__main__":
    main(*sys.argv[1:3])
