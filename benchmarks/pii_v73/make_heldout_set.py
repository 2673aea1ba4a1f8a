"""Write tests/data/pii_heldout_v73.jsonl: a seventy-third, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of AMC23, the OpenAI moderation samples (not used in the end), the English HateCheck CSV
    and the German Multilingual HateCheck CSV (for their fields); the other corpus files were only read by
    corpus.py. GSM8K (train and test) was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix, kept when valid and of the wanted type (numbers.draw, numbers.draw_local),
    and every written form parsed back to the same valid number of the stated region (local forms with their
    area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod 97
    plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives are
    screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (a dirty
    document is redrawn; checks.py repeats the whole-document screen). A value still dirty after 200 draws
    would be replaced by a dash (compose.Composer.neg); in the shipped build none was (0), after blood
    pressure was written the way it is said in German, Dutch, English and Italian ('142 zu 88 mmHg',
    '142 over 88 mmHg', '142 su 88 mmHg'), in cmHg in French ('14/8') and German contribution years as
    '43 Jahre ab 1968' (Austrian numbering took '142/88' and '1968–2011' for valid numbers).
    Written under a 35-minute limit, so cells are small (2-12 sentences per genre and language); every
    language has all 6 genres. Emphasis: senior life and retirement.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in four new layouts: 'Label: <phone>', 'Label – <phone>', '<phone> (Label)',
    'Label, tel. <phone>' (heads 'Handy numbers to keep by the phone', 'Numbers for the fridge door',
    'Who to call', 'Club contacts', 'If you need us', 'Wichtige Nummern für den Kühlschrank',
    'Telefonliste der Tagespflege', 'Rufnummern im Haus', 'Numéros à garder près du téléphone', 'Contacts
    de la résidence', 'Teléfonos para tener a mano', 'Contactos del centro', 'Numeri da tenere vicino al
    telefono', 'Recapiti del centro', 'Nummers voor op de koelkast', 'Telefoonlijst van het huis', 'Handige
    nummers', 'Telefones para deixar na geladeira', 'Contatos do centro', 'ज़रूरत के फ़ोन नंबर (फ्रिज पर
    लगाएँ)', 'केंद्र के संपर्क'). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_more.py; build.py, compose.py): 6 genres, none in v52: club
    (retirement clubs, rambling groups, Probus, whist and bingo), pension (pension advice letters, annuity
    quotes, state pension forecasts), meals (meals on wheels rounds and menus), hearing (hearing-aid shops
    and audiology clinics), daycentre (day centre programmes and transport), sheltered (sheltered housing
    and retirement flats notices); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local
    numbers announced in new ways, before, after, on the line above and in speech ('We're in Sarasota, so
    from a home phone here just dial ...', 'Club secretary, Tulsa line:' + newline, '"Just call ...," she
    said, "everyone in Dayton knows that number."', 'Call ... for rides – that's our Tulsa number, seven
    digits from a local landline', 'Members living in York can ring the club room on ... without the
    dialling code', 'If you're ringing from a Leeds number you only need ...', 'Wer in Kassel wohnt,
    erreicht den Seniorentreff im Ortsnetz unter ...', 'Aus dem Bamberger Festnetz genügt die ...',
    '„Ruf einfach die ... an", sagt Frau Berger, „das kennt hier in Trier jeder."', 'Woont u in Zwolle?
    Bel de soos dan kortweg op ...', 'Vanaf een vaste lijn in Arnhem volstaat ...', 'De um fixo de Recife,
    basta discar ...', '"Liga no ...", disse dona Lúcia, "todo mundo em Natal sabe."', 'Within Pune the
    hearing centre is simply ...', '{town} में रहने वाले सदस्य योग कक्षा के लिए ... पर फ़ोन करें', ...);
    cards for hearing-aid balances, adviser fees and meal bills, IBANs for pension payments and rent debits,
    IPs of day-centre printers, video servers, smart screens, hearing-aid chargers and alarm hubs, SSNs in
    US pension advice letters;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: NHS numbers (mod 11), UK National
    Insurance numbers, Medicare MBIs, German pension insurance numbers, French NIR, Dutch BSN (11-test),
    Brazilian CPF (check digits), masked Aadhaar, Spanish DNI (letter), Italian codici fiscali, blood
    pressure, blood glucose, audiogram thresholds, hearing-aid battery sizes, dosage schedules (1-0-1),
    meal menu and diet codes, delivery rounds with time windows, flat/block/floor, pension amounts, UK tax
    codes, bank sort codes, dates of birth, contribution years, bingo calls, bridge/whist scores, raffle
    ticket ranges, key-safe codes, postcodes (ZIP+4, CEP, Dutch), room temperatures, pulse and SpO2,
    PZN pharmacy codes, hymn numbers, OS grid references, annuity rates, bus pass numbers, council tax
    references, walk distance and ascent, scheme contracted-out numbers, weight and BMI, opening hours,
    meal prices, hearing-aid programmes with gain;
    number habits (numbers.py): US 941-533-0656, (941)533-0656, 941.533.0656, 1-941-533-0656,
    +1-941-533-0656, +1 941-533-0656, 800-201-2904, 1 800 201 2904; GB 0161 496 0018, 01865 123456,
    07544-978690, +44 (0)161 496 0018, +44 (0) 7544 978690, 0808-625-8517; DE (040) 8657 0704,
    0451-2345678, 0176 1234 5678, +49 (0)40 8657 0704, +49 160 28303883, 0800 748 9068; FR 05 83 60 75 98,
    07.56.50.88.99, +33 (0)5 83 60 75 98, 08 00 32 89 21; ES 91 123 45 67, 934 824 475, 612-345-678,
    +34 934824475; IT 06 8069 5604, (06) 80695604, 324.1144269, +39 3241144269, 800 809 397; NL
    (040) 806 3513, 06-4023 5925, +31 (0)40 806 3513, 0800-459 8455; PT 213 456 789, 916162251; BR
    41 4104 0901, (41) 4104 0901, +55 41 4104 0901, +55 11-93396-2172, 0800 668 4847; IN (011) 35000495,
    94611 59714, +91-1135000495, 1800 4283433; AT/CH/BE/AU/IE '+43 (0)1 4171953', '+41 (0)31 303 61 48',
    '+32 (0)3 280 59 83', '+61 (0)8 8487 8706', '+353 (0)1 495 4358'; local forms 533.0656, 533–0656 (en
    dash), 496 0018, 2 34 56 78, 234 56 78, 312 3456, 3222 1234, 3222.1234, 2452-1234, 24521234, 234 5678.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; fr_BE documents from fr_FR; others from each locale) and personal e-mail domains (en_US);
    towns from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT),
    AMC23 questions (MIT), English HateCheck (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v73.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v73.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v73.stats [RECORDS VALUES]

Counts (seed 10073; `python -m benchmarks.pii_v73.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1271 {'corpus': 116, 'neg': 291, 'pos': 864}
    values: 2611 by kind: {'PHONE': 2091, 'EMAIL': 224, 'IP_ADDRESS': 112, 'CREDIT_CARD': 111, 'IBAN': 70,
            'US_SSN': 3}
    modes: {'PHONE/national': 680, 'PHONE/list-entry': 516, 'PHONE/local-announced': 450,
            'PHONE/international': 263, 'PHONE/other': 182, 'EMAIL/role': 120, 'EMAIL/personal': 104,
            'IP_ADDRESS/v4-private': 86, 'CREDIT_CARD/spaced': 38, 'CREDIT_CARD/dashed': 37,
            'CREDIT_CARD/solid': 36, 'IBAN/print': 35, 'IBAN/electronic': 35, 'IP_ADDRESS/v6': 15,
            'IP_ADDRESS/v4': 11, 'US_SSN/spaced': 3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 40, 'IN (hi)': 35, 'NL': 75, 'US': 75}
    genres: {'club': 187, 'daycentre': 199, 'hearing': 188, 'meals': 211, 'pension': 207, 'sheltered':
            163}
    languages (documents written here): {'de': 176, 'en': 454, 'es': 45, 'fr': 91, 'hi': 68, 'it': 45,
            'nl': 137, 'pt': 139}
    corpus: {'amc23-en': 12, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 9, 'mhc-french': 9, 'mhc-
            german': 9, 'mhc-italian': 9, 'mhc-portuguese': 9, 'mhc-spanish': 9}
    document redraws: 0, value redraws: 455, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (3): only en_US pension documents carry them.
"""

import json
import sys

from .build import Builder

RECORDS = "tests/data/pii_heldout_v73.jsonl"
VALUES = "tests/data/pii_heldout_v73_values.jsonl"


def write(recs, vals, rpath=RECORDS, vpath=VALUES):
    with open(rpath, "w", encoding="utf-8") as f:
        for r in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(vpath, "w", encoding="utf-8") as f:
        for v in vals:
            f.write(json.dumps(v, ensure_ascii=False) + "\n")


def main(argv):
    b = Builder()
    recs, vals = b.run()
    write(recs, vals, *(argv[:2] if len(argv) >= 2 else ()))
    st = {k: v for k, v in b.stats.items() if k != "neg kinds"}
    print(len(recs), "documents;", "hard-negative kinds used:", len(b.stats["neg kinds"]), st)


if __name__ == "__main__":
    main(sys.argv[1:])
