"""Write tests/data/pii_heldout_v100.jsonl: a hundredth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), on banking and insurance
paperwork.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md and the first few hundred bytes of the English HateCheck CSV,
    the Dutch Multilingual HateCheck CSV, MATH-500 and AMC23 (for their fields) plus the Portuguese MHC
    header; the other corpus files were only read by corpus.py. GSM8K (train and test) was not used. No
    folder under /work/shared/data was listed. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix (numbers.draw), kept when valid, of the wanted type and region, and every
    written form parsed back to the same valid number of the stated region (local forms with their trunk
    prefix and area code put back, numbers.put_back). Cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, home and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document would be redrawn; checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after SEPA mandate
    references were given 17 digits and loss-adjuster file numbers 4 (German numbering accepts most
    shorter digit runs). Written under a 35-minute limit, so cells are small (2-6 sentences per slot);
    English has 8 genres, German 5, French 5, Dutch 4, Portuguese 4, Spanish 3, Italian 3, Hindi 3.
    Emphasis: banking and insurance.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the sentence names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: '• Label: <phone>', 'Label – <phone>', 'Label<TAB><phone>',
    '<phone> (Label)' and 'Label, <phone>' (heads 'Numbers you may need', 'Keep these handy', 'Getting in
    touch', 'Phone lines', 'So erreichen Sie uns', 'Telefonisch erreichbar', 'Kontakt auf einen Blick',
    'Pour nous joindre', 'Vos contacts', 'Nous appeler', 'Cómo contactarnos', 'Teléfonos de contacto',
    'Recapiti telefonici', 'Come contattarci', 'Contactgegevens', 'Handige telefoonnummers', 'Fale
    conosco', 'Contatos', 'संपर्क सूत्र', 'फ़ोन नंबर'). No phone is split across lines; words stay outside
    the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_other.py; compose.py, build.py): 8 genres, none in v52: branch
    (bank branch notices: refits, closures, opening hours), cu (credit union member updates), bsoc
    (building society mortgage offers and Bausparkasse statements), broker (insurance broker quotes and
    renewals), claim (claims handler acknowledgements), adjuster (loss adjuster and Sachverständiger visit
    notes), debt (debt advice line letters and budget plans), fraud (card and online-banking fraud
    alerts); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new
    ways ('Members living in Tulsa can walk in or just dial ... from a home phone', 'Omaha branch, local
    calls only: ... Drive-thru teller: ...', 'The adjuster's Reno field office picks up at ... - no need
    for the area code if you're calling from town', 'In Fargo? Our debt counselors answer on ...',
    'Local to Akron:' above two lines '... (lending)', '... (member services)', 'From a Leeds landline,
    dial ... for the mortgage desk or ... for the cashier', 'Locals in York often find it quicker to ring
    the office itself:', 'Debt advice drop-in, Exeter. Phone from town on ...', 'Within Pune, just dial
    ... - no STD code needed', 'Aus dem Ortsnetz Kassel erreichen Sie die Filiale direkt unter ...',
    'Kundinnen und Kunden in Ulm wählen für die Schadenannahme einfach ..., ohne Vorwahl', 'Geschäftsstelle
    Kiel - Ortsruf: ... (Zentrale) und ... (Kreditabteilung)', 'Schadebalie Zwolle (binnen de stad zonder
    netnummer):', 'Vanaf een vaste lijn in Delft kiest u gewoon ...', 'Quem é de Recife pode ligar direto
    para a agência no ...', 'Em Natal, basta discar ... de um telefone fixo da cidade', 'Está em Londrina?
    O corretor atende no fixo ...', 'Surat शहर के अंदर से ... मिलाइए, कोड की ज़रूरत नहीं', 'Kochi के
    सर्वेयर कार्यालय का फ़ोन (शहर के भीतर):', ...); cards for membership fees and claim excesses, IBANs for
    claim settlements, premiums and loan payouts, IPs of online-banking sign-ins, SSNs on US credit-union
    and mortgage credit checks;
    hard-negative kinds (negs.KINDS; 39 defined, 37 used in sentences, none in v52's list): UK sort codes,
    policy numbers, claim references, BIC/SWIFT codes, ABA routing numbers (with their checksum), cheque
    numbers, building society roll numbers, loan amounts, APR/interest rates, vehicle registration plates
    (per country), VINs, dates and times of loss, no-claims discount years/classes, FCA firm reference
    numbers, masked account numbers, masked card numbers, card expiry dates, ATM ids, credit scores,
    exchange rates, credit union member numbers, debt management plan/IVA/DRO references, instalment
    schedules ('24 x 85.40'), loss-adjuster file numbers, floor areas in m², visit windows, card
    authorisation codes, ISINs (with check digit), LEIs (with mod-97 check digits), UK tax years, mileage
    and odometer readings, German bank codes (BLZ), SEPA mandate references, SEPA creditor ids, moisture
    readings (% WME), branch opening hours, safe deposit box numbers, monthly premiums and excesses,
    property valuations and sums insured (isin and lei are defined and checked but no sentence uses them);
    number habits (numbers.py): US 312-533-0656, 312.533.0656, (312)533-0656, 1.312.533.0656,
    1 312 533 0656, +1-312-533-0656, +1.312.533.0656, +1 3125330656, (800) 201-2904, 1-800-...; GB
    0161 496 0018, 0161-496-0018, (0161) 496-0018, (029) 2018 0018, 029-2018-0018, 07700-900-123,
    07700900123, 07700 900123, 0800 123 4567, 0800-123-4567, +44 (0)161 496 0018, +44 (0)7700 900123;
    DE (0761) 45 67 89, 0761-456789, 0761 456789, 0761 45678-0 (switchboard -0), 0176 12345678,
    0176-12345678, 0176 123 45678, 0800 123 4567, 0800-1234567, +49 (0)761 456789, +49 761 45 67 89,
    +49 (0)176 12345678; NL 050 312 3456, (050) 312 34 56, 050/3123456, 06 1234 5678, 06 12 34 56 78,
    0612345678, 0800 1234, 0800-1234567, +31 (0)50 312 34 56, +31 6 12 34 56 78; FR 04 44 78 76 74,
    04.44.78.76.74, 08 00 12 34 56, 0800 123 456, +33 (0)4 44 78 76 74, +33 6 12 34 56 78; ES 936 41 28 61,
    936412861, 936.412.861, 900 123 456, 900-123-456, +34 936 412 861, +34 936412861; IT 06 7675 8513,
    06.7675.8513, (011) 1234567, 011 123 4567, 333 123 4567, 333.1234567, 800.123.456, +39 333 1234567,
    +39 06 7675 8513; PT 213 456 789, 213456789, 213-456-789, +351 213 456 789; BR (41) 3222 1234,
    41 3222-1234, 041 3222-1234, (41) 99876-5432, (41) 9 9876 5432, 0800 789 7520, 0800.789.7520,
    +55 41 3222-1234, +55 41 3222 1234; IN 044 2452 1234, (044) 2452-1234, 0141 254 4960, (0141) 2544960,
    0141-254-4960, 98765 43210, 98765-43210, 098765-43210, 1800 425 1234, 18004251234, 1-800-425-1234,
    +91 44 24521234, +91-44-24521234, +91 98765 43210; AT/CH/BE/IE/AU '+43 (0)512 826110', '+43 676 6592770',
    '+41 (0)44 399 63 16', '+32 (0)2 545 46 81', '+32 475 25 16 08', '+353 (0)61 339 055',
    '+61 (0)2 3172 8028', '+61 418 174 487'; local forms 533.0656, 533-0656, 533 - 0656, 496 0018,
    496-0018, 2018 0018, 2018-0018, 123456, 4567890, 456 78 90, 45678-0, 312 3456, 312 34 56, 3123456,
    3222.1234, 32221234, 3222 1234, 24521234, 2452-1234, 254-4960. Some common forms overlap with v52's.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_BE from fr_FR) and e-mail user names and domains (en_US);
    towns from numbers.AREAS (none of v52's); corpus negatives untouched from /work/shared/data: MATH-500
    test problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (CSV: 0-based row after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v100.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v100.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v100.stats [RECORDS VALUES]

Counts (seed 10100; `python -m benchmarks.pii_v100.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1128 {'corpus': 130, 'neg': 266, 'pos': 732}
    values: 1775 by kind: {'PHONE': 1384, 'EMAIL': 235, 'IP_ADDRESS': 57, 'IBAN': 49, 'CREDIT_CARD': 43,
            'US_SSN': 7}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 367, 'PHONE/other': 221, 'PHONE/list-entry':
            206, 'EMAIL/role': 192, 'PHONE/international': 140, 'EMAIL/personal': 43, 'IBAN/print': 26,
            'IP_ADDRESS/v4': 26, 'IBAN/electronic': 23, 'IP_ADDRESS/v6': 19, 'CREDIT_CARD/dashed': 16,
            'CREDIT_CARD/spaced': 15, 'CREDIT_CARD/solid': 12, 'IP_ADDRESS/v4-private': 12,
            'US_SSN/dashed': 5, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'adjuster': 85, 'branch': 216, 'broker': 149, 'bsoc': 71, 'claim': 215, 'cu': 72, 'debt': 98,
            'fraud': 92}
    languages (documents written here): {'de': 145, 'en': 336, 'es': 53, 'fr': 89, 'hi': 63, 'it': 53,
            'nl': 131, 'pt': 128}
    corpus: {'amc23-en': 10, 'hatecheck-en': 30, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 255, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 37
"""

import sys

from .build import SEED, build, write
from .checks import REC, VAL


def main(argv):
    rec, val = (argv[1], argv[2]) if len(argv) >= 3 else (REC, VAL)
    docs, st = build(SEED)
    write(docs, rec, val)
    print(f"wrote {len(docs)} documents to {rec} and {val}; {st}")


if __name__ == "__main__":
    main(sys.argv)
