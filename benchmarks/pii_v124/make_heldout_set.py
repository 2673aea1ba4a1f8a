"""Write tests/data/pii_heldout_v124.jsonl: a 124th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), on toys, models and dolls.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few hundred bytes
    of MATH-500, AMC23, the English HateCheck CSV and the Dutch Multilingual HateCheck CSV (for their
    fields); the corpus files are otherwise only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only (numbers.draw: drawn at random after a prefix,
    kept when valid and of the wanted type); every written form parses back to the same valid number of
    its region; local forms are checked with their trunk prefix and area code put back (numbers.put_back).
    Cards with Luhn, IBANs with python-stdnum (mod 97 and its national checks), SSNs with the SSA rules,
    IPs with the ipaddress module. Hard negatives are screened as v52 describes: each value on its own
    (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national
    and language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit
    runs with spaces or dashes, mod-97 IBANs, IPv4/IPv6, SSN shapes); each whole document again with its
    labelled spans blanked (a dirty document is redrawn; checks.py repeats the screen). A value still
    dirty after 200 draws would become a dash (negs.Drawer); in the shipped build none did (0). An EAN-13
    barcode kind was dropped while writing because its values kept parsing as phone numbers.
    Written under a 35-minute limit, so cells are small: English has 8 genres, German 4, Dutch 3,
    Portuguese 3, French 3, Hindi 3, Spanish 2, Italian 2 (4-9 sentences per cell).

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in
    span order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, equal to phonenumbers' geographical area code
    length, null for every other phone; text = the subscriber part only; a document's local numbers share
    one area code and the sentence names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and toll-free numbers
    (build.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: 'Label: <phone>', '• Label – <phone>', '<phone> (Label)',
    'Label, tel. <phone>', 'Label<TAB><phone>' (heads 'Handy numbers', "Who's who", 'Club contacts',
    'Phone tree', 'Contact the team', 'Telefonliste', 'Ansprechpartner im Verein', 'Numéros du club',
    'Qui appeler', 'Teléfonos del club', 'Numeri del circolo', 'Telefoonlijst', 'Wie bel je',
    'Contatos do clube', 'काम के नंबर'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_other.py; build.py): 8 genres, all on toys, models and dolls,
    none in v52: toyshop (toy-shop click & collect, pre-orders, recalls), modelkit (plastic-kit club
    newsletters and group builds), railway (model-railway operating nights and exhibition layouts),
    dollhosp (doll-hospital admission slips and estimates), toylib (toy-library loans, renewals,
    volunteers), toyfair (toy and collectors' fair exhibitor packs), kite (kite festivals and clubs),
    rcfly (RC model-flying club rules and member packs); all sentences written fresh in en, de, fr, es,
    it, nl, pt, hi; local numbers announced in new ways ('Shop in Leeds? Pop in or call ... - no need for
    the area code from a Leeds phone', 'Locals in Omaha can reach the club hut on ..., and the secretary
    on ...', 'From anywhere in York, the workshop is just ...', 'Cardiff members: the hall phone is ...
    (local call)', 'Dialling from a Fresno landline? The shop counter is ..., the repair bench ...', 'Our
    Indore branch picks up on ... - local callers leave off the code', 'Wer in Kiel wohnt, erreicht den
    Laden ohne Vorwahl unter', 'Aus dem Bremener Ortsnetz: Werkstatt ..., Verkauf ...', 'Vereinsheim
    Kassel - im Ort einfach ... wählen', 'Innerhalb von Augsburg genügt die ...', 'Woont u in Zwolle? Dan
    is de winkel gewoon ...', 'Binnen Arnhem belt u het clubhuis op ..., de voorzitter op ...', 'Lokaal
    in Haarlem:', 'Quem é de Recife liga para a loja no ..., sem DDD', 'Dentro de Manaus, o clube atende
    no ... e a oficina no ...', 'Fixo local em Campinas:', 'Jaipur के लैंडलाइन से दुकान सीधे ... पर
    मिलेगी', 'Pune शहर में क्लब का फ़ोन ... है, सचिव का ...', 'लोकल कॉल (Kochi):'); towns new
    against v52 (Omaha, Albuquerque, Savannah, Des Moines, Akron, Fresno; Leeds, Norwich, Glasgow, Cardiff,
    Sheffield, York; Leipzig, Kiel, Bremen, Nürnberg, Augsburg, Kassel; Zwolle, Maastricht, Nijmegen,
    Haarlem, Arnhem, Den Bosch; Porto Alegre, Recife, Manaus, Goiânia, Florianópolis, Campinas; Pune,
    Jaipur, Lucknow, Ahmedabad, Kochi, Indore); cards for deposits, pitch fees, club subs and camping;
    IBANs for trade accounts, club subs and toy-library memberships (none for US, IN, AU, BR or Hindi
    documents); IPs of club forum boxes, DCC command stations, toy-library kiosks and flight-sim servers;
    SSNs only on en_US toy-library volunteer background checks;
    43 hard-negative kinds (negs.KINDS), all used, none in v52's list: brick set numbers (10294-1), piece
    counts, plastic-kit catalogue numbers, paint codes (XF-12, H77, 70.950, RLM 02), sprue part
    references, scale ratios (1:87, 1:43.5), DCC loco addresses, CV settings (CV29=34), locomotive
    running numbers, wheel arrangements (4-6-2, Co-Co), model-railway catalogue refs (R3456), track radii,
    layout sizes, gradients (1 in 40), fast-clock ratios, doll mould marks (390 A 5/0 M), head
    circumferences, restringing elastic gauges, doll eye sizes, repair bays, toy-library loan tags, age
    bands (3+, 8-14), toy-safety standards (EN 71-3:2019, ASTM F963-17), box date codes, price ranges, fair
    stand numbers, opening times, table pitches, auction lots, auction estimates (200-1500), wingspans,
    propeller sizes (10x4.7, 5040), motor kV, RC channels and frequencies (35.090 MHz), LiPo cell
    configurations (3S1P), kite line strengths (daN), kite sizes (m²), wind ranges, drone operator IDs,
    flying-field coordinates, height limits, servo specs, flight-log durations;
    number habits (numbers.py): US 402.391.2284, (402)391-2284, 402-391-2284, 1.402.391.2284,
    1-402-391-2284, (402) 391.2284, +1-402-391-2284, +1 (402) 391 2284, +14023912284, +1.402.391.2284;
    GB 0113 496 0123, 0113-496-0123, 01603 123456, (0141) 496 0123, +44 (0)113 496 0123, +44 7911 123-456,
    +44 113-4960123; DE 0341 1234567, 0341-1234567, (0341) 123 45 67, 0341 123 45 67, 0151-2345 6789,
    +49 (0)341 1234567, +49 151 2345-6789; FR 04.44.78.76.74, 08.05.36.03.71, +33 (0)4 44 78 76 74;
    ES 936 412 861, 936 41 28 61, 612-34-56-78, 612.345.678, (+34) 612 34 56 78, +34.936412861;
    IT 06 7675 8513, 06.76758513, 011 1234567, 333.1234567, 333-1234567, +39-3331234567, 800.123456;
    NL (050) 312 34 56, 050 312 3456, 050/3123456, 06 12 34 56 78, 06 12345678, 06-1234 5678,
    +31 (0)6 1234 5678, 0800-1234567; PT 213 456 789, 21 345 67 89, 912.345.678, (+351) 912 34 56 78;
    BR (51) 3222.1234, 51 3222.1234, (051) 3222-1234, (51)32221234, (51) 9.9876-5432, 051 99876-5432,
    +55 (51) 3222.1234, 0800.789.7520; IN 0141-2345678, (0141) 2345678, 0141 234 5678, 09876543210,
    98765-43210, 987 654 3210, +91 98765 43210, +91.9876543210, 1800-180-1234, 1800 1801234;
    CH/AT/BE/IE/AU '+41 (0)44 296 69 51', '+43 1-23773053', '+32 (0)475 12 34 56', '+353 87 123-4567',
    '+61 412 345 678'; local forms 391-2284, 391.2284, 391 2284, 2345-6789, 496-0123, 12 34 56, 123 45 67,
    123-4567, 3123456, 31 23 456, 3222.1234, 32221234, 234-5678, 2345 6789 (drawn at random per value).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT, en_US) for e-mail user names and domain stems;
    corpus negatives untouched from /work/shared/data: MATH-500 test problems (MIT), AMC23 problems (MIT),
    English HateCheck test cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http',
    'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing
    the guards or PhoneNumberMatcher flag. Row = 0-based data row (CSV rows without the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v124.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v124.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v124.stats [RECORDS VALUES]

Counts (seed 23124; `python -m benchmarks.pii_v124.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1283 {'corpus': 132, 'neg': 320, 'pos': 831}
    values: 2090 by kind: {'PHONE': 1356, 'EMAIL': 339, 'IP_ADDRESS': 153, 'CREDIT_CARD': 126, 'IBAN': 114,
            'US_SSN': 2}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 357, 'PHONE/list-entry': 317, 'EMAIL/role': 189,
            'EMAIL/personal': 150, 'PHONE/international': 120, 'PHONE/other': 112, 'IP_ADDRESS/v4-private':
            89, 'IBAN/print': 71, 'CREDIT_CARD/spaced': 53, 'IP_ADDRESS/v4': 52, 'IBAN/electronic': 43,
            'CREDIT_CARD/dashed': 39, 'CREDIT_CARD/solid': 34, 'IP_ADDRESS/v6': 12, 'US_SSN/dashed': 1,
            'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phones by region: {'AT': 2, 'AU': 4, 'BE': 6, 'BR': 162, 'CH': 6, 'DE': 172, 'ES': 44, 'FR': 86,
            'GB': 212, 'IE': 5, 'IN': 198, 'IT': 41, 'NL': 195, 'PT': 32, 'US': 191}
    genres: {'dollhosp': 161, 'kite': 153, 'modelkit': 80, 'railway': 173, 'rcfly': 148, 'toyfair': 131,
            'toylib': 117, 'toyshop': 188}
    languages (documents written here): {'de': 170, 'en': 437, 'es': 55, 'fr': 87, 'hi': 65, 'it': 55,
            'nl': 141, 'pt': 141}
    corpus: {'amc23_test-en': 15, 'hatecheck_en-en': 15, 'math500_test-en': 30, 'mhc-dutch': 12,
            'mhc-french': 12, 'mhc-german': 12, 'mhc-italian': 12, 'mhc-portuguese': 12, 'mhc-spanish': 12}
    document redraws: 0, value redraws: 167, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 43
    US SSNs are few (2): only en_US toy-library documents carry them. Own-region international numbers
    of AT/CH/BE/IE/AU are few (2-6 each).
"""

import json
import sys

from .build import Builder

RECORDS = "tests/data/pii_heldout_v124.jsonl"
VALUES = "tests/data/pii_heldout_v124_values.jsonl"


def main(argv):
    rec_path, val_path = (argv + [RECORDS, VALUES])[:2] if argv else (RECORDS, VALUES)
    b = Builder()
    pairs = b.run()
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, vals in pairs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps(vals, ensure_ascii=False) + "\n")
    print(
        f"wrote {len(pairs)} documents; document redraws {b.doc_redraws}, value redraws "
        f"{b.drawer.redraws}, replaced {b.drawer.replaced}, kinds used {len(b.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
