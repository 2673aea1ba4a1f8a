"""Write tests/data/pii_heldout_v121.jsonl: a hundred-and-twenty-first, independent held-out labelled set for
PII detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs), written around
forestry and timber.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of the English HateCheck CSV, the German Multilingual HateCheck CSV, MATH-500 and AMC23
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid and of the wanted type, and every written form parsed back to the same valid number of the
    stated region (local forms with their trunk prefix and area code put back, numbers.put_back); cards
    with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules (area
    not 000, 666 or 900-999, group and serial not zero), IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    by a dash (negs.Drawer); in the shipped build none was (0), after felling licences, sale lots, weigh
    tickets and calendar weeks were given shapes that German numbering does not accept ('FL-104417',
    '086/25', 'W104417', '44/25'). Written under a 35-minute limit, so cells are small (2-7 sentences per
    slot); English has all 8 genres, German 5, Dutch 4, Portuguese 4, French 3, Spanish 3, Italian 3,
    Hindi 3. Emphasis: forestry and timber.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN from English and Hindi documents);
    area_len = the length of the area code (without trunk prefix), equal to phonenumbers' geographical
    area code length, null for every other phone; text = the subscriber part only; a document's local
    numbers share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own
    numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of
    a document, one per line, in five layouts new against v52: 'Label: <phone>', '<phone> (Label)',
    'Label — <phone>', 'Label<TAB><phone>', '- Label, <phone>' (heads 'Numbers for the season', 'Yard and
    office', 'Who picks up', 'Crew and depot lines', 'Telefonliste', 'So erreichen Sie uns', 'Ansprechpartner
    im Revier', 'Telefoonlijst', 'Zo bereikt u ons', 'Contact werf en kantoor', 'Pour nous joindre',
    'Téléphones du chantier', 'Teléfonos de contacto', 'Cómo localizarnos', 'Recapiti', 'Contatti del
    piazzale', 'Contatos', 'Telefones do pátio', 'संपर्क नंबर', 'डिपो और दफ़्तर'). No phone is split across
    lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_nl.py, lex_rom_hi.py; compose.py, build.py): 8 genres, none in v52:
    sawmill (sawmill orders, cutting lists, kiln drying), firewood (firewood deliveries), pellets (bulk
    and bagged pellet deliveries), auction (standing-timber and log auctions, sealed bids), owners
    (forest owners' associations: newsletters, subscriptions, AGMs), nursery (tree-nursery orders and
    dispatch), logging (harvesting contractors' quotes and job sheets), haulage (timber haulage and
    log-truck dispatch); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways ('Buying logs around Eugene? The yard phone is ...; from any landline in Eugene
    you won't need the code', 'Duluth customers can call the firewood shed direct on ..., or the saw
    shop on ...', 'Local to Bristol? Just dial ... for the pellet desk - no area code from inside town',
    'Our Leeds depot answers on ... (a local call if you're in the Leeds area)', 'Ringing from a Missoula
    landline, the nursery counter is ... and the potting shed ...', 'The forestry office in Shimla can be
    reached on ... from town phones', 'Aus dem Ortsnetz Zwiesel erreichen Sie den Holzhof direkt unter',
    'Für Kunden in Arnsberg: Brennholzverkauf ..., Sägewerk ... – die Vorwahl entfällt im Ort', 'Das
    Forstrevier Eberswalde ist innerorts unter ... zu erreichen', 'Sie wohnen in Freudenstadt? Dann
    rufen Sie die Pellet-Hotline einfach unter ... an', 'Telefon Baumschule (Ortsgespräch Schmallenberg):',
    'Woont u in Zwolle? De houtwerf is dan gewoon te bellen op', 'Binnen Venlo zonder netnummer:
    kwekerij ..., werkplaats ...', 'Klanten in Arnhem bellen ons pelletdepot op', 'Het bosbureau in
    Enschede is vanuit de stad bereikbaar op', 'Mora em Lages? Ligue direto para o pátio no ..., sem
    DDD', 'Clientes de Joinville: lenha ..., serraria ... (ligação local)', 'O viveiro de Santarém atende
    de telefone fixo da cidade no', 'De dentro de Porto Velho, o depósito de pellets é só discar',
    'Jabalpur के लैंडलाइन से लकड़ी डिपो का नंबर सीधे ... है', 'Dehradun शहर में बिना STD कोड: आरा मिल ...,
    नर्सरी ...', 'Pune के ग्राहक पेलेट डिपो को ... पर लोकल कॉल करें'); cards for deposits on sawn timber,
    firewood and pellet payments, auction deposits and nursery invoices; IBANs for pellet direct debits,
    association subscriptions, auction deposits, contractor and haulage payments; IPs of catalogue
    mirrors, upload portals and forwarder telematics; SSNs on US contractor tax forms (1099 / owner-operator);
    36 hard-negative kinds (negs.KINDS), all used, none in v52's list: timber volumes (m³), board feet,
    stacked cords/Ster/stères, wood moisture, FSC certificate codes, PEFC codes, cadastral parcels
    (1234/5), forest compartments (112b2), GPS coordinates, felling licences, diameters at breast height,
    tree heights, log lengths, sawn sizes (47 x 150 x 4800 mm), hectares, stems per hectare, plant counts,
    seed provenances (817 03), weighbridge tickets, net weights in tonnes, truck number plates, chainsaw
    bar and chain specs, calorific values (kWh/kg), ash content, prices per unit ($/MBF, €/fm), sale lot
    numbers (086/25), bids, log numbers, kiln charges, opening hours, calendar weeks (44/25), pellet pallet
    counts (66 x 15 kg), nursery plant sizes and ages (30–60 cm, 1+1), master certificates of forest
    reproductive material, UTM coordinates, basal areas (m²/ha), stand ages, pellet store sizes, kiln
    temperatures and durations;
    number habits (numbers.py): US 541-384-6223, 541.384.6223, (541)384-6223, 1-541-384-6223,
    +1-541-384-6223, +1 541-384-6223, 888.337.4068, 800-...; GB 0113 496 0018, 0113-496-0018,
    01463 712345, 01463-712345, 07547 366258, 0754 736 6258, 0800 781 2865, 0345-123-4567,
    +44 (0)1224 586 834, +44 7547 366 258; DE (07651) 456789, 07651 45 67 89 (pairs from the right),
    07651-456789, 0176 12345678, (0176) 123 45678, 0800 607 5983, +49 (0)761 456789, +49 172 5748 9068;
    NL (055) 312 34 56, 055 312 3456, (0591) 23 45 67, 06 12 34 56 78, (06) 1234 5678, 0800 1070434,
    +31 (0)55 312 3456, +31 6 3289 2184; BR (42) 3222 1234, (042) 3222-1234, (41) 99876-5432,
    41 99876-5432, 0800 341 4839, +55 62 3541 2248; IN (044) 24521234, 0135-2712345, 0422 230 6202,
    98765 43210, 0 98765 43210, 1800 423 0411, +91 (0)422 230 6202, +91 98873 80695; FR 05.69.42.08.09,
    05 69 42 08 09, 0806 48 70 59, +33 (0)5 69 42 08 09, +33 6 63 51 39 69; ES 974 23 59 25,
    612 34 56 78, 612-345-678, 900 012 228, +34 974 235 925; IT 0471 598455, 0471 598 455,
    343 972 9815, 343-9729815, 800 162251, +39 0471 598 455; PT 258 198 391, 800 409 016,
    +351 934 981 741; AT/CH/BE/IE/AU '+43 (0)662 339 621', '+41 (0)26 751 35 00', '+41 78 765 61 15',
    '+32 (0)63 43 35 14', '+32 498 70 65 24', '+353 (0)21 234 5678', '+353 86 696 2913',
    '+61 (0)2 2834 4485', '+61 419 896 224'; local forms 384.6223, 496 0018, 4 56 78 90, 45 67 89,
    456 78 90, 312 3456, 3123456, 3222 1234, 32221234, 24521234, 2452-1234, 2712345, 271-2345.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names (en_US); e-mail domains and
    towns written here (numbers.AREAS); corpus negatives untouched from /work/shared/data: MATH-500 test
    problems (MIT), AMC23 problems (MIT), English HateCheck test cases (CC BY 4.0) and Multilingual
    HateCheck Dutch, French, German, Italian, Portuguese, Spanish cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v121.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v121.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v121.stats [RECORDS VALUES]

Counts (seed 23121; `python -m benchmarks.pii_v121.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1225 {'corpus': 130, 'neg': 295, 'pos': 800}
    values: 2044 by kind: {'PHONE': 1475, 'EMAIL': 300, 'IBAN': 116, 'CREDIT_CARD': 101, 'IP_ADDRESS': 44,
            'US_SSN': 8}
    modes: {'PHONE/national': 481, 'PHONE/local-announced': 450, 'EMAIL/role': 252, 'PHONE/list-entry': 235,
            'PHONE/international': 216, 'PHONE/other': 93, 'IBAN/print': 68, 'EMAIL/personal': 48,
            'IBAN/electronic': 48, 'CREDIT_CARD/solid': 36, 'CREDIT_CARD/spaced': 34,
            'CREDIT_CARD/dashed': 31,
            'IP_ADDRESS/v4-private': 17, 'IP_ADDRESS/v4': 16, 'IP_ADDRESS/v6': 11, 'US_SSN/spaced': 5,
            'US_SSN/dashed': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'auction': 132, 'firewood': 227, 'haulage': 85, 'logging': 119, 'nursery': 142, 'owners': 83,
            'pellets': 149, 'sawmill': 158}
    languages (documents written here): {'de': 170, 'en': 410, 'es': 50, 'fr': 65, 'hi': 85, 'it': 50,
            'nl': 135, 'pt': 130}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 83, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 36
    US SSNs are few (8): only en_US logging and haulage documents carry them.
"""

import sys

from .build import SEED, build, write

REC = "tests/data/pii_heldout_v121.jsonl"
VAL = "tests/data/pii_heldout_v121_values.jsonl"


def main(rec_path=REC, val_path=VAL):
    recs, info = build(SEED)
    if any(info["local_left"].values()):
        raise SystemExit(f"local quotas not met: {info['local_left']}")
    write(recs, rec_path, val_path)
    print(info)


if __name__ == "__main__":
    main(*sys.argv[1:3])
