"""Write tests/data/pii_heldout_v67.jsonl: a sixty-seventh, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: motoring.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first few
    hundred bytes of amc23_test.jsonl, math500_test.jsonl, the English HateCheck CSV and the German
    Multilingual HateCheck CSV (for their fields); the other corpus files were only read by corpus.py.
    GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only: drawn at
    random from a prefix (numbers.draw), kept when valid, of the stated region and of the wanted type; local
    numbers also geographical with phonenumbers' area-code length equal to the document's area code
    (numbers.draw_local); every written form parsed back to the same valid number of the stated region
    (local forms with trunk prefix and area code put back, numbers.put_back). Cards with Luhn, IBANs with
    python-stdnum (mod 97 plus national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (other.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (redrawn when dirty; checks.py repeats the whole-document screen). A value still dirty after 1,000
    draws is replaced by a tread-depth reading (negs.Drawer): this happened to tyre sizes only, whose
    digits phonenumbers often reads as a valid number (REPLACED below).
    Written under a 35-minute limit, so cells are small (1-8 sentences per slot).

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len). Subscriber-only
    numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English,
    35 in Hindi documents); area_len = the area code's length (asserted equal to phonenumbers'), null for
    every other phone; text = the subscriber part only; a document's local numbers share one area code and
    the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers internationally only and
    use DE, FR, NL or GB for national, list and service numbers (build.LOCALES); no 00 prefixes; {I:XX}
    slots write a named foreign partner's number internationally. Hindi documents carry locale en_IN and
    'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>;
    shuffled with the seed. Modes as v52: PHONE international/national/local-announced/list-entry/other
    ('other' = toll-free, shared-cost or UAN, type checked), EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed (en_US
    dealer documents only). list-entry = one phone per line in a block at the end, in five new layouts:
    'Label » <phone>', '☎ <phone> (Label)', '<phone> – Label', 'Label ⇒ <phone>', 'Label :: <phone>'.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, build.py): six motoring genres, none in v52: garage (job sheets,
    estimates, collection notes), dealer (test drives, part-exchange, orders, finance), tyres (tyre fitting,
    mobile fitters, storage), inspection (MOT, TÜV/HU, contrôle technique, ITV, revisione, APK, vistoria,
    PUC), recovery (breakdown and towing logs), school (driving schools); all sentences fresh in en, de, fr,
    es, it, nl, pt, hi. Local numbers announced in new ways: before ('Folks in Akron can just dial ...',
    'Aus dem Kasseler Ortsnetz ...', 'Quem liga de um fixo de Recife ...'), after ('... (local calls only;
    out of town use the main number)', '(nur innerhalb Ulm; von außerhalb mit Vorwahl)'), on the line above
    ('Edinburgh testing station, local line:' then the number), in a remark ('seven digits from town',
    'no STD code') and in reported speech ('"It's ..., love - if you're in Derby you don't need the code,"
    said the receptionist', '„Rufen Sie einfach ... an ...“', "'Bel maar ..., dat is de rijschool ...'").
    43 hard-negative kinds (negs.KINDS), none in v52's list: VINs, UK and German plates, odometer (km),
    mileage (miles), tyre sizes, tyre DOT codes, tread depth, tyre pressure, oil grade and capacity, engine
    cm³/kW, fuel consumption, CO₂ g/km, German HSN/TSN, MOT test numbers (12 digits), HU inspection report
    numbers, inspection due month, job cards, part numbers, OBD fault codes, torque, battery Ah/A, paint
    codes, key codes, insurance/membership policy numbers, booking references, motorway km markers, UK
    motorway junctions, GPS coordinates, UK driving licence numbers, lesson blocks, theory test refs,
    prices, finance terms (n × amount), APR, recovery job ids, stock numbers, weights, service intervals,
    lambda/CO readings, brake disc thickness, wheel alignment angles, tachograph card numbers.
    Number habits (habits.py), none in v52's list: US 330.762.4418, (330)762-4418, 1.800.201.2904,
    1 888 201 2904, +1-330-762-4418, +1.330.762.4418; GB 0113 496 0018, 0113-496-0018, 01603 612345,
    07700 900123, 07700-900123, +44 (0)113 4960018, +44 (0) 7700 900123, +44-7700-900123, 0345 600 1234;
    DE 0561 739162, (0561) 73 91 62, 0151-23456789, +49 (0)151 23456789, +49 561 / 739162,
    0800 123 45 67; NL (038) 4231234, 038/4231234, 06 12 34 56 78, 06-1234 5678, +31 (0)38 4231234,
    +31-6-12345678, 0800 0222; BR (19) 3234-5678, 19 3234.5678, (019) 3234-5678, (19) 99876-5432,
    +55 19 99876-5432, +55-19-3234-5678; IN 0141-2745123, 0141 274 5123, 98765 43210, 098765-43210,
    +91 (141) 2745123, +91 98765-43210, 1800-180-1234; FR 04.44.78.76.74, +33 (0)4 44 78 76 74,
    0800.12.34.56; ES 936.412.861, 612 34 56 78, +34.936.412.861; IT 06.76758513, 06 7675 8513,
    333.1234567, +39.333.1234567, 800.123.456; PT 213 456 789, +351.213.456.789, 800 20 20 20;
    AT/CH/BE/AU/IE with '(0)' ('+41 (0)44 296 69 51', '+353 (0)85 123 4567'). Local forms: 762.4418,
    762-4418, 496 0018, 612-345, 73 91 62, 739-162, 423 12 34, 3234.5678, 32345678, 274-5123, 2745-1234.
    E-mails use Faker user names and free-mail domains, role boxes on invented motoring businesses; cards
    for deposits and cancellation fees; IBANs for finance, lesson fees and balances; IPs of diagnostic
    tablets, alignment rigs, test-lane terminals and booking apps; SSNs on en_US finance credit checks.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN; others
    from each locale, fr_BE from fr_FR) and e-mail user names and free-mail domains (en_US); towns from
    numbers.AREAS. Corpus negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23
    problems (MIT), HateCheck English test cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher (Leniency.POSSIBLE) flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v67.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v67.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v67.stats [RECORDS VALUES]

Counts (seed 10067; `python -m benchmarks.pii_v67.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1273 {'corpus': 130, 'neg': 300, 'pos': 843}
    values: 2742 by kind: {'PHONE': 1852, 'EMAIL': 375, 'IP_ADDRESS': 181, 'IBAN': 166, 'CREDIT_CARD':
            163, 'US_SSN': 5}
    modes: {'PHONE/national': 723, 'PHONE/local-announced': 450, 'PHONE/list-entry': 333, 'EMAIL/role':
            208, 'PHONE/international': 186, 'EMAIL/personal': 167, 'PHONE/other': 160, 'IBAN/print': 120,
            'IP_ADDRESS/v4-private': 81, 'CREDIT_CARD/dashed': 60, 'IP_ADDRESS/v6': 53,
            'CREDIT_CARD/solid': 53, 'CREDIT_CARD/spaced': 50, 'IP_ADDRESS/v4': 47, 'IBAN/electronic': 46,
            'US_SSN/spaced': 4, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'dealer': 186, 'garage': 200, 'inspection': 183, 'recovery': 202, 'school': 192, 'tyres':
            180}
    languages (documents written here): {'de': 195, 'en': 420, 'es': 50, 'fr': 78, 'hi': 62, 'it': 56,
            'nl': 141, 'pt': 141}
    corpus: {'amc23-en': 20, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 51, value redraws: 4646, REPLACED (tyre sizes written as tread readings after 1,000
            dirty draws): 4, hard-negative kinds used: 43
"""

import json
import sys

from .build import Builder

RECORDS = "tests/data/pii_heldout_v67.jsonl"
VALUES = "tests/data/pii_heldout_v67_values.jsonl"


def main(argv):
    records, values = (argv + [RECORDS, VALUES])[:2]
    b = Builder()
    docs = b.build()
    with open(records, "w", encoding="utf-8") as f, open(values, "w", encoding="utf-8") as g:
        for rec, vals in docs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
            g.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(
        "documents %d, document redraws %d, value redraws %d, replaced %d, negative kinds used %d"
        % (len(docs), b.doc_redraws, b.negs.redraws, b.negs.replaced, len(b.negs.used))
    )


if __name__ == "__main__":
    main(sys.argv[1:])
