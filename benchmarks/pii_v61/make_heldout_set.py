"""Write tests/data/pii_heldout_v61.jsonl: a sixty-first, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs); emphasis arts and
culture (theatres, galleries, music schools, choirs, film clubs, festival box offices).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of the files under /work/shared/data, the first few
    hundred bytes of the German Multilingual HateCheck CSV, AIME24, AMC23, MATH-500 and HumanEval (for
    their fields); the other corpus files were only read by corpus.py. GSM8K train was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid,
    of the wanted type and of the wanted region, and every written form parsed back to the same valid
    number (checks.py; local forms with trunk prefix and area code put back, phones.put_back). Cards with
    Luhn, IBANs with python-stdnum (mod 97 plus national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with
    spaces or dashes removed, mod-97 IBAN shapes, IPv4/IPv6, SSN shapes), and each whole written document
    again with its labelled spans blanked (checks.py repeats the whole-document screen). A value still
    dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was.
    Written under a 35-minute limit, so cells are small (2-7 sentences per slot); English has all 6
    genres, German, French, Dutch and Portuguese 4, Spanish, Italian and Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. 'international' values may belong to any region of phones.DRAW.
    Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: '<phone> (Label)', 'Label — <phone>', '• Label: <phone>',
    '☎ Label <phone>' and 'Label<TAB><phone>' (heads 'Who to call', 'On the night', 'Telefonliste',
    'Am Abend erreichbar', 'Numéros utiles pour la soirée', 'Teléfonos de la noche', 'Numeri per la
    serata', 'Wie bel je', 'Telefones da noite', 'किसे फ़ोन करें', ...). Words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es.py, lex_it_nl_pt_hi.py; compose.py, build.py): 6 genres, none in v52:
    theatre (box office notices, call sheets, access bookings), gallery (loans, couriers, private views,
    condition reports), musicschool (lesson timetables, term fees, instrument hire), choir (newsletters,
    sectionals, tours), filmclub (DCP/KDM deliveries, projection booth notes, memberships), festival
    (wristbands, volunteer rotas, traders, stage managers); all sentences written fresh in en, de, fr, es,
    it, nl, pt, hi; local numbers announced in new ways, before or after the number and in remarks ('Box
    office, Tulsa (local callers drop the area code):', 'From a Reno landline the rehearsal studio is
    simply', 'Locals: ... gets you the Dayton concert hall ticket desk', 'If you're ringing from inside
    Leeds you only need ... for the box office', 'Local to York? Give the festival office a ring on',
    'Residents of Jaipur can phone the dance school at ... without the STD code', 'Innerhalb von Kassel
    genügt für die Theaterkasse die', 'Aus dem Potsdamer Festnetz erreichen Sie die Musikschule direkt
    unter', 'Galerie am Markt, Bamberg – Ortsgespräch:', 'Binnen Delft belt u de schouwburgkassa gewoon
    op', 'Filmhuis Zwolle – wie in de stad woont draait', 'Quem liga de Recife fala com a bilheteria no',
    'Cineclube de Natal: para quem é da cidade,', 'Pune के भीतर टिकट खिड़की:', ...); cards for refunds,
    deposits, passes and memberships, IBANs for term fees, subscriptions and pitch fees, IPs of booth
    servers, scanners, lighting consoles, SSNs on W-9 forms for artist fees (en_US only);
    43 hard-negative kinds (negs.KINDS), none in v52's list: seat numbers, booking references, ISBNs,
    ISMNs, work catalogue numbers (BWV, KV, Op., D., RV), running times, SMPTE timecodes, aspect ratios
    with frame rates, ISANs, ISRCs, EAN-13 barcodes, museum accession numbers, artwork dimensions,
    edition numbers, auction lots with estimates, ticket prices, hall capacities, concert pitch, metronome
    marks, life dates, membership numbers, gift voucher codes, show dates with times, room numbers, piano
    serial numbers, KDM validity windows, visitor counts, arts-grant references, lighting/sound cues, bar
    ranges, box-office order numbers, music shelfmarks, ticket serials, loan agreement numbers, insurance
    values, GPS coordinates, audio specs (kHz / bit), print runs, opening hours, wristband codes, MIDI
    note ranges, rehearsal letters, reel numbers (38 of them drawn in the shipped build);
    number habits (phones.py): US (918)533-0656, 918.533.0656, 1-918-533-0656, 1.918.533.0656,
    (918) 533.0656, +1-918-533-0656, +1.918.533.0656, +1 918-533-0656, (800) 201.2904, 800.201.2904,
    1 800 201 2904; GB 0113-496-0018, 0113-4960018, +44 (0)113 496 0018, +44 (0) 7700 900 123, 0345-049-9962;
    DE (0821) 4567890, (0821) 456 7890, 0821-4567890, +49 (0)821 456 7890, 0800 889 9579, 0800-8899579;
    NL (023) 531 2345, 023 531 23 45, 06 12 34 56 78, (06) 1234 5678, +31 (0)23 531 2345, 0800 9603; BR
    (81) 3222.1234, 81 3222.1234, (81)3222-1234, (81) 3222 1234, +55 81 3222.1234, 0800.351.3969; IN
    (020) 2612 3456, 0141-2612345, 98765-43210 (no trunk 0), 098765-43210, +91 98765 43210, +91 141-2612345,
    1800-834-5984; FR 04.78.12.34.56, +33 (0)4 78 12 34 56, 08.09.62.17.23; ES 936 412 861, 965-135-000,
    (+34) 936 412 861, 612 34 56 78, 800.141.719; IT 02.1234.5678, 333.123.4567, 333 1234567,
    (+39) 333 123 4567, 800.805.983; PT 213-417-684, (+351) 213 456 789, 800.702.858; CH/AT/BE/IE/AU
    '+41 (0)44 296 69 51', '+43 (0) 1 9119 8962', '+32 (0)479 34 32 42', '+353 (0)1 728 5761',
    '+61 (0) 7 9716 6380'; local forms 533.0656, 4960018, 509 65 63, 23 07 89 75, 61 92 13, 456 78 90,
    342 12 03, 3222.1234, 32221234, 2612 3456, 588 69 94.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale or language) and e-mail user names and domains (en_US); towns from
    phones.AREAS; corpus negatives untouched from /work/shared/data: GSM8K test questions (MIT), AIME24,
    AMC23 and MATH-500 problems (MIT), HumanEval prompts (MIT) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (HumanEval and
    the JSONL files: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v61.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v61.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v61.stats [RECORDS VALUES]

Counts (seed 10061; `python -m benchmarks.pii_v61.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1212 {'corpus': 145, 'neg': 300, 'pos': 767}
    values: 2949 by kind: {'PHONE': 2075, 'EMAIL': 396, 'CREDIT_CARD': 191, 'IBAN': 174, 'IP_ADDRESS': 101,
            'US_SSN': 12}
    modes: {'PHONE/national': 823, 'PHONE/list-entry': 493, 'PHONE/local-announced': 450, 'EMAIL/role': 304,
            'PHONE/international': 205, 'IBAN/print': 123, 'PHONE/other': 104, 'EMAIL/personal': 92,
            'CREDIT_CARD/spaced': 71, 'CREDIT_CARD/solid': 61, 'CREDIT_CARD/dashed': 59,
            'IBAN/electronic': 51, 'IP_ADDRESS/v4-private': 38, 'IP_ADDRESS/v4': 33, 'IP_ADDRESS/v6': 30,
            'US_SSN/spaced': 8, 'US_SSN/dashed': 4}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'choir': 171, 'festival': 197, 'filmclub': 121, 'gallery': 197, 'musicschool': 158,
            'theatre': 223}
    languages (documents written here): {'de': 169, 'en': 377, 'es': 45, 'fr': 105, 'hi': 69, 'it': 61,
            'nl': 122, 'pt': 119}
    corpus: {'aime24-en': 10, 'amc23-en': 10, 'gsm8k_test-en': 40, 'humaneval-en': 15, 'math500-en': 10,
            'mhc-dutch': 10, 'mhc-french': 10, 'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10,
            'mhc-spanish': 10}
    document redraws: 0, value redraws: 189, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38 of 43
"""

import json
import sys
from pathlib import Path

from .build import Builder

RECORDS = Path("tests/data/pii_heldout_v61.jsonl")
VALUES = Path("tests/data/pii_heldout_v61_values.jsonl")


def write(records_path=RECORDS, values_path=VALUES):
    b = Builder()
    docs, side = b.run()
    with open(records_path, "w", encoding="utf-8") as f:
        for d in docs:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(values_path, "w", encoding="utf-8") as f:
        for s in side:
            f.write(json.dumps(s, ensure_ascii=False) + "\n")
    return b


def main(argv):
    paths = [Path(a) for a in argv[1:3]] if len(argv) >= 3 else [RECORDS, VALUES]
    b = write(*paths)
    print(
        f"documents {len(b.docs)}; document redraws {b.doc_redraws}; value redraws {b.c.drawer.redraws}; "
        f"replaced {b.c.drawer.replaced}; hard-negative kinds used {len(b.c.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv)
