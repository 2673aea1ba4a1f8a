"""Write tests/data/pii_heldout_v78.jsonl: a seventy-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, cards, IBANs, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); the first 3,000 bytes of /work/shared/data/SOURCES.md, a listing of /work/shared/data (two
    levels) and of its multilingual_hatecheck folder, the first few hundred bytes of MATH-500 test and
    AMC23, the first three lines of the English HateCheck CSV and the first two of the German Multilingual
    HateCheck CSV (for their fields); the corpus files were otherwise only read by corpus.py. GSM8K (train
    and test) was not used. Numbers were made and checked with phonenumbers only: drawn at random from a
    prefix, kept when valid, of the wanted type and of the wanted region (numbers.draw, numbers.draw_local),
    and every written form parsed back to the same valid number of the stated region (local forms with their
    area code and trunk prefix put back, numbers.put_back and checks.check_phone); cards with Luhn, IBANs
    with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress
    module (public v4 and v6 addresses are is_global). Hard negatives are screened as v52 describes: each
    value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's
    own, national and language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid
    13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes and 9-digit runs),
    and each whole document again with its labelled spans blanked (compose.clean; checks.py repeats the
    whole-document screen). A value still dirty after 200 draws would be replaced by a dash (negs.Drawer);
    in the shipped build none was (0), and no document had to be redrawn (0).
    Written under a 35-minute limit, so cells are small (1-10 sentences per slot); English has all 7
    genres, German 5, Dutch 5, Portuguese 5, French 4, Spanish 4, Italian 4, Hindi 4. Emphasis: gardening,
    allotments and beekeeping (allotment societies, garden centres, tree surgeons, beekeepers' associations,
    landscapers, plant swaps, horticultural shows).

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for list and service numbers (compose.LOCALES); no 00
    prefixes; in the other locales about a fifth of the in-text numbers are written internationally. Hindi
    documents carry the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n>
    (n = place in build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL
    personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five new layouts:
    'Label: <phone>', '<phone> – Label', '• Label, <phone>', 'Label / <phone>', '☎ Label <phone>' (heads
    'Handy numbers', 'Who to call', 'Contacts this season', 'Committee', 'Phone tree', 'Telefonliste
    Vorstand', 'Erreichbarkeit', 'Wen anrufen?', 'Telefoonlijst bestuur', 'Wie bel ik?', 'Contacts utiles',
    'Qui appeler ?', 'A quién llamar', 'Chi chiamare', 'Para quem ligar', 'ज़रूरी संपर्क', ...). No phone is
    split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_romance.py, lex_hi.py; build.py, compose.py): 7 genres, none in
    v52: allotment (allotment society newsletters, rent and waiting-list notices), gardencentre (click and
    collect, delivery notes, pump recalls), treesurgeon (tree-work quotes, surveys, storm call-outs),
    beekeeping (swarm lines, association bulletins, apiary notes, honey shows), landscaper (quotes, schedules
    of works, final accounts), plantswap (plant and seed swaps, spare seedlings), hortshow (village show
    schedules and results); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways ('Anyone gardening in Eugene can reach the extension office's plant clinic by
    dialing just ...', 'Local to Ithaca? The nursery's potting shed answers at ... and the office at ...',
    'Swarm pickups around Duluth: call ... (that's a local call for most of you)', 'If you're ringing from a
    Norwich landline, the site hut is just ...', 'Plot holders in Leeds can drop the dialling code and call
    the shop on ...', 'The Exeter office phone, local callers only: ...', 'Within Harrogate the swarm
    coordinator is on ...; from elsewhere add the code', 'Nursery customers in Pune can call the counter
    directly on ..., no STD code', 'Beekeeping training centre, Kochi: ... – local calls only, please', 'Aus
    dem Göttinger Ortsnetz erreichen Sie die Gärtnerei kurz unter ...', 'Vereinsheim Ulm, Festnetz (ohne
    Vorwahl innerhalb Ulm): ...', 'Für Anrufer aus Kassel genügt die ..., sonst bitte mit Vorwahl', 'Binnen
    Zwolle belt u de kwekerij gewoon op ...', 'Tuinpark Hoorn, kantine (lokaal, zonder kengetal): ...',
    'Bellen vanuit Deventer? Toets ...', 'Quem é de Londrina pode ligar para o viveiro direto no ..., sem o
    DDD', 'Chamadas locais de Natal: loja ..., escritório ...', 'Jaipur के लैंडलाइन से नर्सरी का नंबर सिर्फ़ ... है',
    'मधुमक्खी पालन केंद्र, Lucknow (लोकल कॉल): ...'); cards for plant deposits, stage payments and tree-work
    deposits, IBANs for plot rents, association fees, prize money and final accounts, IPs of field cameras,
    hive scales, greenhouse and irrigation controllers, SSNs on US background checks and mower finance;
    38 hard-negative kinds (negs.KINDS), all used, none in v52's list: hive/colony ids, apiary registration
    references, allotment plot numbers, soil pH, NPK ratios, seed lots, UK plant passports, OS grid
    references, tree preservation order references, planning application references, waste carrier
    registrations, pesticide MAPP numbers, varroa mite drop ranges, rainfall, trunk girths, latitude and
    longitude pairs, honey jar weights, honey batch codes, brood frame counts (9+4), module tray cell counts,
    germination temperature ranges, planting spacings, plot rents, waiting-list positions, raffle ticket
    ranges, show class/entry numbers, NPTC chainsaw certificates, EAN-13 barcodes (spaced 1-6-6), water butt
    volumes, greenhouse sizes, tree tags, harvest weights, collection time slots, dotted show dates
    (dd.mm.yyyy), company registration numbers, GB VAT numbers, postcodes, areas in hectares;
    number habits (numbers.py): US 617.434.4223, (503)573-7398, 646-958-9118, 1.800.351.2149,
    1-877-572-5802, +1-414-590-0345, +1.917.426.8143; GB phonenumbers' own grouping (0121 419 5400,
    01223 342372) and the same dashed (01865-700774), mobiles 0788 441 6788 and 07742-321-994, the (0) habit
    +44 (0)1865 539125; DE 0761 77824134, (0179) 87199380, 030-865607739, (0151) 651 493 16, 0800 667 3853,
    0800-9520099, +49 (0)170 73170542; FR 06.38.76.31.42, 02 88 29 23 58, 0643118175, 0800 94 41 25,
    +33 (0)6 28 71 49 54; ES 955369960, 915 404 149, 987-92-49-65, mobiles 655369960, 656-552-129,
    625.76.23.15, 900 769 336; IT 02 5931 6884, 02.2133.2915, 333.324.1330, 347.3969230, 800.799.085,
    +39 347.7530983; NL 050 543 9764, (040) 5938782, 050 543 97 64, 06 32 56 74 56, 06 844 372 06,
    06 2962 8401, 0800-9605, 0800 2807, +31 (0)6 85059089; PT 239 831 471, 912823865; BR (71) 3381.5080,
    21 32511445, (21) 3292 8000, (71) 96992-1907, (41)97328-8392, 21 952363802, 0800 341 9960, 08008778028;
    IN (011) 28612879, 011-24762464, 044 2408 1408, 70215 02367, 09775821351, 1800 7208666, 18007016264,
    +91 98227 91360; AT/CH/BE/IE/AU and the others with the (0) habit, e.g. '+41 (0)76 902 24 30',
    '+43 (0)664 99466137', '+32 (0)477 44 66 14', '+353 (0)87 460 0208', '+31 (0)10 249 6393'; local forms
    (new against v52 except where marked): US 663.3438, 6964424; GB 217-6468, 213 7023, 2960-3175, 670 853
    (as v52's 123 456); DE 7 21 60 16 (pairs from the right), 8377816-0 (switchboard digit after a dash),
    8556713 (plain, as v52's 123456); NL 618 9234, 587-8900, 82 69 03, 616 453; BR 3570.2155, 29963680;
    IN 422-0788, 5262-3794, 3295873.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for e-mail user names (en_US names for English,
    en_IN for Hindi documents, each language's locale otherwise, accents folded to ASCII); e-mail domains,
    towns and area codes written here (numbers.AREAS, values.DOMAIN_WORDS); corpus negatives untouched from
    /work/shared/data: MATH-500 test problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY
    4.0) and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0);
    only HateCheck cases labelled non-hateful are taken (they can still mention protected groups;
    Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit
    run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v78.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v78.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v78.stats [RECORDS VALUES]

Counts (seed 10078; `python -m benchmarks.pii_v78.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff
            format --check: clean
    documents: 1296 {'corpus': 120, 'neg': 294, 'pos': 882}
    values: 1883 by kind: {'PHONE': 1381, 'EMAIL': 260, 'IBAN': 90, 'CREDIT_CARD': 89, 'IP_ADDRESS': 61,
            'US_SSN': 2}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 317, 'PHONE/list-entry': 311,
            'PHONE/international': 198, 'EMAIL/role': 150, 'EMAIL/personal': 110, 'PHONE/other': 105,
            'IBAN/print': 52, 'IBAN/electronic': 38, 'CREDIT_CARD/solid': 32, 'CREDIT_CARD/spaced': 31,
            'CREDIT_CARD/dashed': 26, 'IP_ADDRESS/v4': 24, 'IP_ADDRESS/v6': 21, 'IP_ADDRESS/v4-private': 16,
            'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
            (IN: 40 in English, 35 in Hindi documents)
    genres: {'allotment': 229, 'beekeeping': 206, 'gardencentre': 226, 'hortshow': 59, 'landscaper': 137,
            'plantswap': 166, 'treesurgeon': 153}
    languages (documents written here): {'de': 183, 'en': 430, 'es': 58, 'fr': 87, 'hi': 68, 'it': 58,
            'nl': 149, 'pt': 143}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 25, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 268, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 38 of the 38 written into sentences (negs.KINDS)
    US SSNs are few (2): only en_US landscaper and garden-centre documents carry them.
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v78.jsonl"
VALUES = "tests/data/pii_heldout_v78_values.jsonl"


def main(argv):
    records = argv[1] if len(argv) > 1 else RECORDS
    vals = argv[2] if len(argv) > 2 else VALUES
    docs, info = build()
    with open(records, "w", encoding="utf-8") as fr, open(vals, "w", encoding="utf-8") as fv:
        for rec, v, _genre in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": v}, ensure_ascii=False) + "\n")
    print(json.dumps(info))


if __name__ == "__main__":
    main(sys.argv)
