"""Write tests/data/pii_heldout_v48.jsonl: a forty-eighth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v45's generator (handed over as a text file); the first three
    lines of v45's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data and its math/, moderation/ and
    moderation/multilingual_hatecheck/ folders, and the first few hundred characters of the German
    multilingual HateCheck CSV, the English HateCheck CSV and GSM8K test (for their fields); the other
    corpus rows were only read by corpus.py. No library source was opened; phonenumbers, python-stdnum,
    Faker and ruff were used through their public interfaces only. Numbers were made and checked with
    phonenumbers: every written form is parsed back to the same valid number of the wanted type and
    region (local forms with their trunk prefix and area code put back, and phonenumbers' geographic
    area-code length asserted); cards with Luhn, IBANs with python-stdnum (mod 97 plus its national
    checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are screened as v45
    describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at Leniency.VALID)
    for its language's home regions (screens.LANG_REGIONS, which for every document includes the document's
    region), plus the guards (screens.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBANs,
    IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (checks.py
    repeats the whole-document screen). A value still dirty after 200 draws would be replaced by '75 cl'
    (negs.Drawer.draw); in the shipped build none was (0 swaps). German documents never use the kinds
    that were always phone-shaped for DE in development (bake times such as '55–60 min' and Scoville
    figures such as '731 000 SHU', which phonenumbers reads as short German numbers).
    Written under a 40-minute limit (it took somewhat longer), so each language's cells are small (2-5
    lines per slot) and not every genre exists in every language (English has all 12, the others 5-6).
    pt_BR and pt_PT share one Portuguese table; fr_FR, fr_BE and fr_CH share one French table, and so on.
    Emphasis: food and hospitality.

Format and conventions: those of v45 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each; area_len = the length of the document's area
    code (without trunk prefix), asserted equal to phonenumbers' geographic area code length, null for every
    other phone; text = the subscriber part only; a document's local numbers share one area code and the
    phrasing names its town (IN locals come from en_IN English and Hindi documents). AT/CH/BE/AU/IE
    documents write all their numbers internationally in their own region (no service numbers there); no
    00 prefixes. Other documents write 15% of their numbers internationally. Hindi documents carry the
    locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed. Modes of the other kinds: EMAIL
    role/personal, CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN dashed/spaced. 'other' = service numbers (toll-free, shared cost, UAN: phonenumbers' type and
    region are checked). 'national' includes mobiles written nationally. list-entry = a phone in a block
    near the end of a document under a heading ('Numbers on the kitchen wall:', 'Suppliers to call:',
    'Who to ring:', 'Nummern an der Küchentür:', 'Lieferanten:', 'Wen anrufen?', 'Numéros affichés en
    cuisine :', 'Fournisseurs :', 'Teléfonos de proveedores:', 'Numeri utili per la cucina:', 'Nummers bij
    de keukendeur:', 'Leveranciers:', 'Telefones da cozinha:', 'Fornecedores:', 'रसोई के ज़रूरी नंबर:',
    'सप्लायर:'), one phone per line in one of four styles per block: '<label>: <phone>', menu-style dot
    leaders '<label> ........ <phone>', '<phone> (<label>)' and '<label> | <phone>'. A positive document
    always carries at least one value. No phone is split across lines; words stay outside the span.

What is new against v45, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 12 genres from food and
    hospitality, none in v45: menu (restaurant menus), booking (table-reservation pages), takeaway
    (takeaway and pizza flyers), delivery (food-delivery app order texts), truck (food trucks and market
    stalls), preorder (bakery and butcher pre-order notes), chalk (bar and café chalkboards transcribed),
    wine (wine-shop tastings), cookclass (cookery-class sign-ups), notice (allergy and hygiene notices),
    rota (staff canteen rotas), review (restaurant reviews quoting numbers); en: all 12; de: menu,
    preorder, rota, notice, wine, truck; fr: booking, takeaway, wine, cookclass, review, preorder; es:
    menu, takeaway, truck, review, chalk; it: menu, booking, preorder, cookclass, wine; nl: delivery,
    truck, chalk, rota, preorder; pt: takeaway, delivery, preorder, review, booking; hi: takeaway,
    delivery, cookclass, menu, notice. All sentences written fresh for v48. Local numbers announced in
    new ways ('Ordering from Savannah? Dial ... — no need for the code', 'Here in York, just ring ...',
    'Bath shop ...; bakehouse ...', 'Local Napa callers: ... (orders) · ... (catering)', 'On the box lid:
    "Oxford — ..."', 'Within Madison we answer on ... from 11am', 'Call the Leicester kitchen direct:',
    'Aus Bamberg ohne Vorwahl:', 'In Trier einfach ... anrufen', 'Erfurt: Laden ..., Backstube ...',
    'Auf der Tüte steht: "Köln ..."', 'Für Münster und Umgebung: ... (Bestellung), ... (Partyservice)',
    'Wer in Leipzig wohnt, wählt ...', 'Vanuit Gouda bel je gewoon', 'In Zwolle: ..., zonder netnummer',
    'Leiden — winkel ..., bakkerij ...', 'Op de pizzadoos: "Haarlem ..."', 'Klanten in Deventer bellen
    ... (bestellen) of ... (catering)', 'Em Belém, ligue só', 'Para quem é de Recife: ... (sem DDD)',
    'Manaus — loja ..., cozinha ...', 'Na sacola: "Vitória ..."', 'Clientes de Goiânia: pedidos ...,
    encomendas ...', 'इंदौर में सीधे ... मिलाएँ', 'उदयपुर के ग्राहक ... पर ऑर्डर दें, केटरिंग ...', 'मदुरै
    दुकान ..., रसोई ...', 'डिब्बे पर लिखा: "कोच्चि ..."'); towns are food towns, none of v45's; cards
    as no-show guarantees and deposits, IBANs for event deposits, IPs on kitchen receipt printers, card
    terminals and till systems, SSNs in US restaurant payroll paperwork;
    48 hard-negative kinds defined in negs.py (negs.KINDS), all 48 used, none in v45's list: table
    numbers (14, T22, 9A, 7+12), delivery-app order codes, menu item numbers (No./Nr./n°/n.º/nº), prices
    per weight (per kg, per 100 g, per lb), energy values (kcal, kJ / kcal), allergen codes (EU numbers
    and the Austrian/German letters), E-numbers, food-hygiene inspection references, food lot/batch
    codes, best-before dates (BBE 14 MAR 26, MHD 03/2026, DLC), wine vintages, recipe quantities (g, ml,
    tsp, EL, c. à s., चम्मच), oven temperatures (°C, °F, Gas mark, th., Umluft, ventilato), cover
    counts, delivery ETAs (clock windows and minute ranges), alcohol by volume, bottle and drink volumes,
    Scoville heat, fridge/cold-room log readings, loyalty stamp counts, promo codes, service-charge
    percentages, EU meat health/identification marks (DE BY 12345 EG, FR 69.123.001 CE, ...), egg stamp
    codes, weights of cuts (kg, g, lb oz), wine scores (pts, /20, /100), grape-blend percentages,
    residual sugar (g/l), espresso recipes (dose → yield, seconds), baking times, servings, till receipt
    numbers, staff numbers, review scores with review counts, table-booking references, produce PLU
    codes, market-stall and food-truck pitch numbers, gluten ppm, cookery-class session numbers, café
    Wi-Fi passwords, deli-counter queue tickets, alcohol units, nutrition per 100 g (fat / salt), HACCP
    critical control points, canteen shift codes with hours, price per head, dough hydration, hygiene
    rating scores;
    number habits (numbers.py and forms.py; cards, IBANs, IPs, SSNs and e-mails are made in others.py):
    US 912 764 1817, (912)764-1817, 912/764-1817, 1 (912) 764-1817, (912) 764–1817 (en dash, as typeset
    menus print it), 912-764-1817, +1 (912) 764-1817, +1 912 764 1817, +19127641817, toll-free
    (800) 412-7730, 1 800 412 7730 and vanity numbers 1-877-978-FOOD (e164 from the keypad digits);
    GB 01225-461234, (01225) 461234, 01225 461234, 0117 496 1234, 0117-496-1234, (0117) 496 1234,
    mobiles 07911-123456, 07911 123 456, 0345 600 1234 / 0333 ... / 0800 ...; DE 0761 2923456,
    (06221) 54 23 17 (pairs from the right), 0761-2923456, 0761/2923456, mobiles 0171-2345678,
    0171 234 5678, 0171/2345678, 0800 1234567, 0800-123 45 67; NL 043 - 321 22 14, 043 3212345,
    043 321 2214, 0182 51 23 45, 0182 - 512345, 0182-512 345, mobiles 06-12345678, 06 - 1234 5678,
    06 1234 5678, 0800-1234, 0900 - 1234; BR (19) 3521 4000, 19-3521-4000, (19) 3521-4000, WhatsApp
    mobiles with the ninth digit set apart (19) 9 8765-4321, 19 9 8765 4321, +55 19 9 8765-4321,
    0800-701-1234, 0800 7011234; IN 0183-2345678, 0183 2345678, (0183) 234 5678, (044) 23456789,
    044 2345 6789, mobiles 98450 12345, 98450-12345, 098450 12345, +91-183-2345678, 1800-419-2345,
    1800 4192345; FR 04-78-12-34-56, 0478123456, +33478123456, services '0 805 12 34 56' (numéro-vert
    style); ES 91 234 56 78, 912-345-678, 612 34 56 78, 900-123-456; IT 02-12345678, (02) 12345678,
    02/12345678, mobiles 333/1234567, 333-1234567, 800-123456; PT 218123456, 21 812 34 56, 912-345-678,
    800 21 23 45; AT/CH/BE/AU/IE +CC area rest (CH and BE grouped
    +41 44 123 45 67, +32 2 123 45 67), +CC-area-rest and solid +CC...; local forms 764-1817,
    764–1817, 461234, 461-234, 4961234, 496 1234, 54 23 17, 2923456, 292 3456, 3212345, 321-2345, 51 23 45,
    3521-4000, 35214000, 2345678, 234-5678, 2345 6789, 23456789.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN check digits and checks; Faker (MIT) for first and last names in
    personal e-mail addresses; towns from numbers.AREAS; corpus negatives untouched from /work/shared/data:
    GSM8K test questions that mention food (MIT), English HateCheck cases (CC BY 4.0) and Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups); screened: at most 1,500 characters,
    no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or
    parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (the line number
    in the JSONL file, the CSV row under the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v48.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v48.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v48.stats [RECORDS [VALUES]]

Counts (seed 10048; `python -m benchmarks.pii_v48.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1211 {'pos': 769, 'neg': 310, 'corpus': 132}
    values: 1792 by kind: {'PHONE': 1524, 'EMAIL': 155, 'CREDIT_CARD': 48, 'IP_ADDRESS': 42, 'IBAN': 19,
            'US_SSN': 4}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 401, 'PHONE/national': 385,
            'PHONE/international': 213, 'EMAIL/role': 96, 'PHONE/other': 75, 'EMAIL/personal': 59,
            'IP_ADDRESS/v4-private': 22, 'CREDIT_CARD/dashed': 20, 'IBAN/print': 15, 'CREDIT_CARD/solid': 14,
            'CREDIT_CARD/spaced': 14, 'IP_ADDRESS/v6': 11, 'IP_ADDRESS/v4': 9, 'IBAN/electronic': 4,
            'US_SSN/spaced': 2, 'US_SSN/dashed': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phones by region: {'AT': 41, 'AU': 57, 'BE': 57, 'BR': 168, 'CH': 50, 'DE': 166, 'ES': 47, 'FR': 82,
            'GB': 200, 'IE': 40, 'IN': 206, 'IT': 43, 'NL': 175, 'PT': 31, 'US': 161}
    genres: {'booking': 84, 'chalk': 66, 'cookclass': 75, 'delivery': 107, 'menu': 87, 'notice': 71,
            'preorder': 135, 'review': 96, 'rota': 81, 'takeaway': 99, 'truck': 89, 'wine': 89}
    languages (documents written here): {'de': 172, 'en': 357, 'es': 51, 'fr': 122, 'hi': 56, 'it': 51,
            'nl': 131, 'pt': 139}
    hard-negative kinds used: 48; document redraws: 0, value redraws: 112,
            kinds replaced after 200 dirty values: 0
"""

import sys

from .build import Stats, build, write

RECORDS = "tests/data/pii_heldout_v48.jsonl"
VALUES = "tests/data/pii_heldout_v48_values.jsonl"


def main(argv):
    out, drawer = build()
    write(out, argv[0] if argv else RECORDS, argv[1] if len(argv) > 1 else VALUES)
    print(
        f"documents {len(out)}; value redraws {drawer.redraws}; swaps {drawer.swaps}; "
        f"document redraws {Stats.doc_redraws}; kinds used {len(drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
