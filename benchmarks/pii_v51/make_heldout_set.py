"""Write tests/data/pii_heldout_v51.jsonl: a fifty-first, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v48's generator (handed over as a text file); the first three
    lines of v48's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first few hundred
    characters of the German multilingual HateCheck CSV, the English HateCheck CSV and GSM8K test (for
    their fields); the other corpus rows were only read by corpus.py. No library source was opened;
    phonenumbers, python-stdnum, Faker and ruff were used through their public interfaces only.
    Numbers were made and checked with phonenumbers: every written form is parsed back to the same valid
    number (forms.check_written; local forms with their trunk prefix and area code put back, and
    phonenumbers' geographic area-code length asserted equal to the area code's length); cards with Luhn,
    IBANs with python-stdnum, SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v48 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for its language's home regions (screens.LANG_REGIONS plus the document's region), plus
    the guards (screens.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs, mod-97 IBANs, IPv4/IPv6,
    SSN shapes), and each whole written document again with its labelled spans blanked (checks.py repeats
    that whole-document screen). A value still dirty after 200 draws would be replaced by '75 cl'
    (compose.neg_value); in the shipped build none was (0 swaps).
    Written under a 40-minute limit (it took somewhat longer), so the cells are small: English has all 10
    genres, German and Dutch 6 each, French 5, Portuguese 5, Spanish 4, Italian 4, Hindi 4. pt_BR and
    pt_PT share one Portuguese table, fr_FR/fr_BE/fr_CH one French table, de_DE/de_AT/de_CH one German
    table, nl_NL/nl_BE one Dutch table, and the five English locales one English table. Hard-negative lines
    are written in a plain frame ('<phrase>.' or 'Notes: <phrase>.', in each language), so the per-genre
    'neg' lists kept in the lex_*.py tables are not used by the build. Emphasis: personal and household
    services.

Format and conventions: those of v48 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each; area_len = the length of the document's area
    code (without trunk prefix), null for every other phone; text = the subscriber part only; a document's
    local numbers share one area code and the phrasing names its town (IN locals come from en_IN English
    and Hindi documents). AT/CH/BE/AU/IE documents write all their numbers internationally in their own
    region (no service numbers there); no 00 prefixes. Other documents write about 15% of their numbers
    internationally and about 9% as service numbers. Hindi documents carry the locale en_IN and 'hi-'
    before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Modes of the other kinds: EMAIL role/personal,
    CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    dashed/spaced. 'other' = service numbers (toll-free, shared cost, UAN: phonenumbers' type and region
    checked). 'national' includes mobiles written nationally. list-entry = a phone in a block near the end
    of a document under a heading ('Handy numbers for the fridge:', 'Who we use:', 'Our regulars:',
    'Recommended by the street:', 'Nummern am Kühlschrank:', 'Unsere Helfer:', 'Empfehlungen aus dem
    Haus:', 'Nummers op het prikbord:', 'Onze vaste hulpen:', 'Aanraders uit de straat:', 'Numéros sur le
    frigo :', 'Nos bonnes adresses :', 'Números en la nevera:', 'Los de confianza:', 'Numeri sul frigo:',
    'I nostri di fiducia:', 'Números na geladeira:', 'Os de confiança:', 'ज़रूरी नंबर:', 'भरोसेमंद लोग:'),
    2-3 lines in one of four styles per block: '<trade>: <phone>', dot leaders '<trade> ..... <phone>',
    '<phone> — <trade>' and '• <Trade> – <phone>' (the trades: hairdresser, dog walker, piano teacher, ...).
    A positive document always carries at least one value. No phone is split across lines.

What is new against v48, by module
    genres (lex_en.py, lex_de_nl.py, lex_rom_hi.py; compose.py): 10 genres from personal and household
    services, none in v48: salon (hairdressers' reminders and price lists), barber (barbershops and barber
    chats), nails (nail and lash studios), tailor (alterations and dry cleaners' slips), photo
    (photographers' session confirmations), tutor (private tutors' and music teachers' flyers with
    tear-off strips), trainer (personal trainers' weekly plans), dog (groomers and dog walkers), garden
    (gardeners' quotes and window-cleaning rounds), homecare (home-care visit plans and cleaning agencies);
    en: all 10; de: salon, tailor, tutor, dog, homecare, trainer; nl: salon, barber, dog, garden, tutor,
    homecare; fr: salon, tailor, tutor, photo, homecare; es: salon, barber, trainer, homecare; it: salon,
    tailor, tutor, dog; pt: salon, nails, dog, homecare, tutor; hi: salon, tutor, homecare, tailor. All
    sentences written fresh for v51, including word-of-mouth recommendations as chat messages ('yo is Dez
    still at the shop? his number's ...', 'Unsere Klavierlehrerin ist super, Nummer ...', 'Joost knipt
    echt goed hoor, zijn nummer is ...', 'Indicação do grupo: o Caio passeia super bem, ...', 'हमारे
    बच्चों की ट्यूटर बहुत अच्छी हैं, नंबर ... है') and flyer tear-off strips ('Tear off ✂ ... ✂ ...',
    'Zum Abreißen: ... | ...', 'À découper : ... / ...', 'Strappa qui:', 'Scheurstrookje:', 'Destaque
    aqui:'). Local numbers announced in new ways ('Locals can skip the area code — Boise salon line is
    ...', 'From anywhere in Tulsa, just dial ...', 'Posted on the Omaha community board: "Reliable
    cleaner, 3 yrs, refs. Ring ..."', 'We're on the old Boise exchange: ... (front desk) and ... (grooming
    room)', 'Calling from Exeter? It's ..., no prefix needed', 'Neighbour recommendation in the Leeds group
    chat: the tailor on Mill St, ...', 'Aus Kassel ohne Vorwahl:', 'Wer in Ulm wohnt, erreicht uns unter
    ...', 'Am schwarzen Brett in Kiel: „Zuverlässige Haushaltshilfe, Tel. ...“', 'Unser Bonner Anschluss:
    ... (Empfang), ... (Hundesalon)', 'Tipp aus der Rostock-Nachbarschaftsgruppe: ...', 'Vanuit Breda
    zonder netnummer:', 'Woon je in Arnhem? Bel gewoon ...', 'Op het prikbord van de supermarkt in
    Tilburg:', 'Tip uit de buurtapp van Apeldoorn: ...', 'De Natal, sem DDD:', 'Quem mora em Londrina
    liga direto ...', 'No mural da padaria de Salvador: ...', 'Indicação do grupo do condomínio em
    Curitiba: costureira Dona Lúcia, ...', 'Within Pune, dial ... — no STD code needed', 'Nagpur residents
    can call the parlour on ...', 'Recommended in our Mysuru society group: Mehta tailors, ...', 'जयपुर
    से बिना कोड के:', 'लखनऊ में रहने वाले सीधे ... पर फ़ोन करें', 'भोपाल सोसाइटी ग्रुप में सुझाव: टेलर
    मास्टरजी, ...'); towns (phones.AREAS) are none of v48's; cards as salon and nail-studio deposits,
    IBANs for gardeners', cleaners' and photographers' transfers, IPs of salon booking servers, gym kiosks
    and card terminals, SSNs in US cleaning and home-care new-hire paperwork;
    41 hard-negative kinds (negs.py, negs2.py, negs2.KINDS; all 41 used), none in v48's list: hair
    colour shade numbers (7.43, 6/0, 8,1), developer strengths (6 % / 20 vol), colour mixing ratios and
    processing times, nail-polish shade codes, lash-extension specs (C-curl 0.07 mm, 9–12 mm), dry-cleaning
    garment tickets, body measurements for tailoring, hem alterations, fabric compositions, photo print
    sizes, camera settings (f/2.8 · 1/250 s · ISO 400 · 85 mm), camera file names (IMG_4821.CR3),
    session-package counters (session 7 of 10), lesson rates per duration, music catalogue numbers
    (BWV, Op./No., K., Hob., D.), music exam grades, metronome tempos, sets and reps with loads,
    heart-rate zones, weigh-ins with body-fat percentages, dog weights with clipper lengths, pet microchip
    numbers (15 digits, never Luhn-valid), dog-walk schedules, lawn and hedge sizes, window counts with
    price per window, cleaning hours and frequency, care levels and visit plans (Pflegegrad, GIR), key-safe
    codes, invoice numbers, gift-voucher serials with expiry, customer-card numbers, salon product codes,
    spa/treatment codes (F60, M90, HC3), cancellation notice periods with fees, clothing sizes (EU / UK /
    US), opening hours, call-out distances and mileage fees, product pH values, appointment times with
    durations, service price lines with durations, appointment booking codes;
    number habits (phones.py, forms.py; cards, IBANs, IPs, SSNs and e-mails in others.py): US dotted
    208.756.3690, (208)-756-3690, 1.208.756.3690, (208) 756 3690, +1-208-756-3690, +1.208.756.3690,
    toll-free 888.412.7730 and 1.888.412.7730; GB 01603 619 482, (01603) 619482, 01603.619482, 0113
    4960123, (0113) 4960123, mobiles 07911 123456 and 07911123456, +44 (0)1603 619482 and
    +44 (0) 113 4960123; DE 0561 / 7890123, 0561 / 789 01 23, 0561 789 01 23, mobiles 0171 / 234 567 89
    and 0171 23456789, +49 (0)561 7890123, 0800 / 1234567; NL (030) 234 56 78, 030-2345678, 030 234 5678,
    mobiles 06 12 34 56 78 and (06) 12345678, +31 (0)30 234 5678, 0800 1234; BR 41 3321.4567,
    (41)3321-4567, (041) 3321-4567, mobiles (41) 99876.5432 and (41)99876-5432, +55 (41) 3321-4567, +55 41
    3321-4567, 0800 707 1234; IN 0141 - 2345678, 020-2567 8901, 0141 234 56 78, 020 2567-8901, mobiles
    written solid 9845012345 and +91 98450 12345, 1800 102 3456; FR 04.78.12.34.56, 06.12.34.56.78,
    +33 (0)4 78 12 34 56, 08.05.12.34.56; ES 912 34 56 78, 900 123 456, 912.345.678, 612.345.678,
    +34 912 345 678; IT
    02 12345678, 02 1234 5678, 333 123 4567, 333.1234567, +39 02 1234 5678; PT 218 123 456, +351 218 123
    456, 800 212 345; IT also 800 123 456; GB 0800 028 4123, 0345 ...; DE 0800 123 4567;
    AT/CH/BE/AU/IE with the trunk zero in brackets (+41 (0)44 123 45 67, +32 (0)2 123 45 67,
    +61 (0) 2 9876 5432) or plain (+43 512 653558); local forms 756.3690, 756 3690, 619 482, 496-0123,
    789 01 23, 789-0123, 234 56 78, 234 5678, 3321.4567, 3321 4567, 2567-8901, 234 56 78.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN check digits and Luhn; Faker (MIT) for first and last names in
    personal e-mail addresses; towns from phones.AREAS; corpus negatives untouched from /work/shared/data:
    GSM8K test questions that mention everyday services (haircut, tutor, dog, lawn, cleaning, piano, ...;
    MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can
    still mention protected groups); screened: at most 1,500 characters, no '@', 'http', 'www.', no
    7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row (the line number in the JSONL file, the CSV row under
    the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v51.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v51.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v51.stats [RECORDS [VALUES]]

Counts (seed 10051; `python -m benchmarks.pii_v51.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1261 {'neg': 310, 'pos': 817, 'corpus': 134}
    values: 1732 by kind: {'PHONE': 1580, 'EMAIL': 54, 'IBAN': 33, 'CREDIT_CARD': 32, 'IP_ADDRESS': 28,
            'US_SSN': 5}
    modes: {'PHONE/national': 454, 'PHONE/local-announced': 450, 'PHONE/list-entry': 361,
            'PHONE/international': 260, 'PHONE/other': 55, 'EMAIL/role': 36, 'IBAN/print': 23,
            'EMAIL/personal': 18, 'IP_ADDRESS/v4-private': 15, 'CREDIT_CARD/solid': 12,
            'CREDIT_CARD/spaced': 12, 'IBAN/electronic': 10, 'IP_ADDRESS/v4': 9, 'CREDIT_CARD/dashed':
            8, 'US_SSN/dashed': 4, 'IP_ADDRESS/v6': 4, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phones by region: {'AT': 27, 'AU': 49, 'BE': 64, 'BR': 157, 'CH': 52, 'DE': 169, 'ES': 64, 'FR': 74,
            'GB': 177, 'IE': 46, 'IN': 186, 'IT': 56, 'NL': 173, 'PT': 76, 'US': 210}
    genres: {'barber': 65, 'dog': 145, 'garden': 70, 'homecare': 156, 'nails': 74, 'photo': 58, 'salon':
            193, 'tailor': 109, 'trainer': 85, 'tutor': 172}
    languages (documents written here): {'de': 159, 'en': 427, 'es': 45, 'fr': 83, 'hi': 63, 'it': 33,
            'nl': 149, 'pt': 168}
    hard-negative kinds used: 41; value redraws: 108, kinds replaced after 200 dirty values: 0
"""

from pathlib import Path

from . import build

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v51.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v51_values.jsonl"


def main():
    docs, stats = build.write(RECORDS, VALUES)
    print("documents:", len(docs), "stats:", dict(stats))


if __name__ == "__main__":
    main()
