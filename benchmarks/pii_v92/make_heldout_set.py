"""Write tests/data/pii_heldout_v92.jsonl: a ninety-second, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md; the first few hundred bytes of MATH-500, AMC23, the English
    HateCheck CSV, the Dutch Multilingual HateCheck CSV and hh-rlhf harmless-base test (for their fields).
    /work/shared/data was not listed; the other corpus files were only read by corpus.py. GSM8K (train and
    test) was not used. Numbers were made and checked with phonenumbers only: drawn at random from a
    prefix (numbers.PREFIX; fixed lines of DE, NL, GB, IT never have 0 or 1 after the area code), kept when
    valid, of the wanted type and of the stated region, and every written form parsed back to the same
    valid number (numbers.parses_to; local forms with their area code and trunk prefix put back,
    numbers.put_back); cards with Luhn, IBANs with mod 97 and python-stdnum, SSNs with the SSA rules, IPs
    with the ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs
    with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with
    its labelled spans blanked (compose.Builder._screen; checks.py repeats the whole-document screen). A
    value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none
    was (0). Written under a 35-minute limit, so cells are small (3-7 sentences per slot). English has all
    6 genres, every other language 4 (de: pitch, farmers, fairground, volunteer; fr: pitch, farmers,
    foodfest, flea; es: pitch, farmers, foodfest, volunteer; it: pitch, farmers, foodfest, flea; nl: flea,
    farmers, fairground, volunteer; pt: farmers, foodfest, flea, volunteer; hi: farmers, foodfest,
    fairground, volunteer). Emphasis: markets and festivals.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Portuguese cells serve pt_BR and pt_PT (IBANs only in pt_PT). Hindi
    documents carry the locale en_IN and 'hi-' before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n>
    (n = place in build order) or <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL
    personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked).
    list-entry = a phone in a contact block at the end of a document, one per line, in five layouts new
    against v52: 'Label: <phone>', '<phone> (Label)', '• Label — <phone>', 'Label<TAB><phone>' and
    '☎ <phone> – Label' (heads 'Market contacts', 'Who to call on the day', 'Numbers for traders', 'Festival
    phone list', 'Kontakte am Markttag', 'Wen anrufen?', 'Telefonliste Fest', 'Contacts du marché', 'Qui
    appeler le jour J', 'Teléfonos del mercado', 'Numeri utili per gli espositori', 'Contacten op de
    marktdag', 'Wie bel je?', 'Telefones da feira', 'ज़रूरी संपर्क', ...). No phone is split across lines;
    words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 6 genres, none
    in v52: pitch (market pitch bookings and allocations), farmers (farmers' market newsletters), foodfest
    (street-food festival trader packs), fairground (funfair and showmen's notices), volunteer (festival
    volunteer rotas), flea (car boots, flea markets, craft and antiques fairs); all sentences written fresh
    in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways, before, after, on the line
    above, in remarks and in quoted speech ('Local vendors in Tulsa: the market hall office answers at
    ..., no area code needed from a town phone', 'Vendor hotline (local Omaha calls only)' on the line
    above, '... – that's the Fresno depot, for anyone ringing from inside the city', '"If you're calling
    from around Wichita, just dial ...," the organizer told the radio station', 'Ringing from Norwich? Leave
    off the code and dial ... for the market inspector', 'You don't need the York dialling code for the
    car-boot lady, she's on ...', 'Within Kochi, call the mela office on ... – no STD code needed from a
    city landline', 'Aus dem Kieler Ortsnetz erreichen Sie das Marktbüro ohne Vorwahl unter ...', '„Ihr
    braucht in Erfurt keine Vorwahl, ruft einfach ... an", sagte die Marktsprecherin im Lokalradio', 'Bel
    je vanuit Zwolle? Het marktkantoor heeft lokaal nummer ...', 'Kermisbureau Delft (alleen binnen de
    stad)', 'Quem liga de fixo em Natal fala com a administração da feira no ..., sem o DDD', '"Daqui de
    Recife é só discar ...", disse a presidente da associação dos feirantes', '... – यह Chandigarh का हाट
    कार्यालय है, शहर के भीतर से कॉल करने वालों के लिए'); cards for pitch deposits and balances, IBANs for
    pitch fees and refunds, IPs of card readers, ticket scanners and top-up kiosks on festival Wi-Fi, SSNs
    on US vendor tax forms (W-9);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: pitch numbers, trader registration
    codes, street-trading consents, food hygiene references, wristband numbers, EAN-13 barcodes (valid
    check digit), PLU codes, produce lot codes, prices per kg, opening/set-up windows, attendance figures,
    OS-style grid references, GPS coordinates, stall sizes, power hook-ups (A/V), raffle ticket ranges,
    volunteer shift codes, vehicle plates, trailer weights, card-terminal ids, merchant ids, booking
    references, waiting-list positions, fridge temperatures, allergen letters, hall/stand numbers, stage
    set times (19.40), rider height limits, ride inspection certificates, gas cylinders, generator kVA,
    noise limits dB(A), cash floats, pitch fees, organic certificate codes, gate codes, lost-child band
    codes, PMR446 radio channels with frequencies, incident numbers, cable specifications, hi-vis vest
    numbers;
    number habits (numbers.py), each parsed back: US 402.878.7065, (425)945-6464, 806-528-1950,
    1.559.716.5782, 1-402-..., +1-828-236-8353, +1 720.677.8838, +1.503.828.8309, 1.800.449.4598,
    877.950.2126; GB 01603-247594, 07914 289 521, 07965-001252, 01312156585, +44 (0)1603 593234,
    +44 (0) 7473 257243, +44.29.2344.6276, 0808-175 3610; DE (0431) 2425021, 0221-9598549,
    0821 72 72 87, 0221 62 04 291, (0176) 2879 9568, 01605 880981, +49 (0)821 807813, +49.89.93752612,
    0180 2 419450; FR 06.35.25.54.65, 0547532416, +33 (0)7 68 96 52 91, +33 607554150, +33.6.23.74.32.92,
    0.800.44.74.51; ES 914 745 775, 717 96 27 86, 697607817, (+34) 715 83 42 70, (+34) 965779331,
    +34.671.78.95.53; IT 055.738.0539, 02.6582.4980, (+39) 0819925619, +39.06.9983.4621; NL (010) 3062789,
    06 52 02 58 37, (06) 29246288, 0680568608, +31 (0)50 289 0244, +31.6.43232232, 0800-5990; PT
    239 679 041, 219570666, (+351) 915833306, +351.239.671.438; BR (84) 5865.2542, 65 97530 3169,
    (81) 986582395, +55 (81) 96193 4157, +55.43.90466.3561, 0800 907 9139; IN 0422-2734009,
    (0141) 229 7800, 63005-40658, 088905 80346, +91-8828077501, +91.94701.29196, 1800-86 0486;
    AT/CH/BE/AU/IE '+43 (0) 316 3749308', '+41 (0)79 392 12 38', '+32 (0)4 318 78 95', '+61 (0)3 7100 3251',
    '+353 (0)21 961 4404' and the dotted '+43.664.7499151'; local forms 441.9140, 758-9621, 955 279, 949-9701,
    34 055, 62 04 291, 375 7269, 2193 0770, 727 7236, 378-0751, 5928.7040, 4044-5892,
    54235299, 453 7662, 7159 3071, 3832079.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale, pt_BR for Portuguese) and e-mail user names and
    domains (en_US); towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500
    problems (MIT), AMC23 problems (MIT), hh-rlhf harmless-base test 'chosen' dialogues (MIT), HateCheck
    English cases (CC BY 4.0) and Multilingual HateCheck Dutch, French, German, Italian, Portuguese,
    Spanish cases (CC BY 4.0); only HateCheck cases labelled non-hateful are taken (they can still mention
    protected groups; Portuguese cases carry pt_BR, English HateCheck en_GB); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes
    or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row (JSONL line or
    CSV data row).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v92.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v92.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v92.stats [RECORDS VALUES]

Counts (seed 10092; `python -m benchmarks.pii_v92.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1260 {'corpus': 130, 'neg': 301, 'pos': 829}
    values: 2455 by kind: {'PHONE': 1952, 'EMAIL': 316, 'IP_ADDRESS': 97, 'CREDIT_CARD': 48, 'IBAN': 36,
            'US_SSN': 6}
    modes: {'PHONE/national': 690, 'PHONE/local-announced': 450, 'PHONE/international': 344,
            'PHONE/list-entry': 320, 'EMAIL/personal': 158, 'EMAIL/role': 158, 'PHONE/other': 148,
            'IP_ADDRESS/v4-private': 34, 'IP_ADDRESS/v4': 33, 'IP_ADDRESS/v6': 30, 'IBAN/print': 29,
            'CREDIT_CARD/solid': 20, 'CREDIT_CARD/spaced': 15, 'CREDIT_CARD/dashed': 13, 'IBAN/electronic': 7,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'fairground': 157, 'farmers': 259, 'flea': 167, 'foodfest': 181, 'pitch': 161,
            'volunteer': 205}
    languages (documents written here): {'de': 168, 'en': 384, 'es': 57, 'fr': 100, 'hi': 73, 'it': 57,
            'nl': 139, 'pt': 152}
    corpus: {'amc23-en': 12, 'hatecheck-en': 14, 'hhrlhf-en': 25, 'math500-en': 25, 'mhc-dutch': 9,
            'mhc-french': 9, 'mhc-german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 0, value redraws: 516, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (6): only en_US documents carry them.
"""

import sys

from .build import build, write

RECORDS = "tests/data/pii_heldout_v92.jsonl"
VALUES = "tests/data/pii_heldout_v92_values.jsonl"


def main(argv):
    records = argv[0] if argv else RECORDS
    vals = argv[1] if len(argv) > 1 else VALUES
    docs, info = build()
    write(docs, records, vals)
    print(f"wrote {len(docs)} documents to {records} and {vals}; {info}")


if __name__ == "__main__":
    main(sys.argv[1:])
