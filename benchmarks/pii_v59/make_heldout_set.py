"""Write tests/data/pii_heldout_v59.jsonl: a fifty-ninth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels) and the first few
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the German Multilingual HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random under a prefix, kept when
    valid and of the wanted type, and every written form parsed back to the same valid number of the
    stated region (local forms with their area code and trunk prefix put back, numbers.put_back); cards
    with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with
    the ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs
    with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again
    with its labelled spans blanked (checks.py repeats the whole-document screen). A value still dirty
    after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0). A
    German VAT id kind ('DE' + 9 digits) was dropped while writing: phonenumbers reads the letters as
    keypad digits and it never came out clean. Written under a 35-minute limit, so cells are small (3-10
    sentences per genre); English has all 10 genres, German 6, French 5, Dutch 5, Portuguese 5, Spanish 4,
    Italian 4, Hindi 4. Emphasis: legal and financial services (solicitors, notaries, accountants, tax
    advisers, insurance brokers, debt advice).

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
    document, one per line, in five layouts new against v52: '• Label: <phone>', '<phone> (Label)',
    'Label — <phone>', 'Label<TAB><phone>' and '- Label, tel. <phone>' (heads 'Contact points', 'Direct
    lines', 'Who handles what', 'Keep for your records', 'So erreichen Sie uns', 'Durchwahlen',
    'Kontaktübersicht', 'Vos interlocuteurs', 'Lignes directes', 'Contactos directos', 'Dónde llamar',
    'Recapiti diretti', 'Chi chiamare', 'Rechtstreekse lijnen', 'Contactoverzicht', 'Contatos diretos',
    'Para falar conosco', 'संपर्क सूत्र', 'सीधे नंबर'). No phone is split across lines; words stay outside
    the span. A personal e-mail is made from the name written just before it where there is one.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_more.py; compose.py, build.py): 10 genres, none in v52:
    conveyancing (house purchase and completion letters), probate (estates and executors), notary
    (notarial appointments, deeds, apostilles), taxreturn (tax adviser and accountant reminders),
    bookkeeping (VAT returns, ledgers, payroll), claim (insurance claims through a broker or adjuster),
    renewal (insurance renewal terms), debtadvice (debt management plans, creditor letters), litigation
    (hearings, claim numbers, costs), mortgage (broker offers); all sentences written fresh in en, de, fr,
    es, it, nl, pt, hi; local numbers announced in new ways, before, after, in a remark and in reported
    speech ('For walk-in clients in Omaha, our tax office front desk picks up on ... – no area code needed
    from a city line', 'Seven digits will do from a Tulsa landline:', '"Just call ... – you're in
    Savannah, you don't need the 1 or anything," the receptionist told me', 'Escrow desk for Richmond
    homebuyers: ..., or ... for the title officer', 'Leeds office (dial without the code from a local
    phone):', 'Her note says: 'call me on ..., I'm in the Glasgow office all week'', 'Within Cardiff, the
    notary's clerk answers on', 'For the Kochi notary, dial ... within the city (no STD code)', 'Mr. Iyer
    said, 'From a Pune landline just dial ..., sir.'', 'Notariat Kiel – aus dem Stadtgebiet ohne Vorwahl:',
    'Sie sagte nur: „Rufen Sie ... an, ich sitze in Dresden.“', 'Steuerbüro Bremen, Durchwahl aus dem
    Ortsnetz:', 'Binnen Tilburg is het notariskantoor bereikbaar op ... – zonder netnummer', 'Spreekuur
    schuldhulp Zwolle: ... (alleen lokaal)', 'Em Recife, o cartório atende no ..., sem DDD para ligações
    locais', 'Ela avisou: “liga no ..., estou no escritório de Natal”', 'Jaipur का कानूनी सहायता केंद्र ...
    पर फ़ोन उठाता है', 'उन्होंने कहा, “Indore से हो तो सीधे ... मिलाइए।”', ...; towns new against v52
    (numbers.AREAS: Omaha, Albuquerque, Sacramento, Tulsa, Richmond, Des Moines, Savannah, Lexington; Leeds,
    Sheffield, Nottingham, Leicester, Edinburgh, Glasgow, Liverpool, Cardiff; Kiel, Dresden, Leipzig,
    Augsburg, Würzburg, Bremen, Regensburg, Heidelberg; Tilburg, Eindhoven, Nijmegen, Zwolle, Arnhem,
    Maastricht, Haarlem, Den Haag; Porto Alegre, Recife, Goiânia, Manaus, Florianópolis, Campinas, Natal,
    Vitória; Pune, Hyderabad, Kolkata, Ahmedabad, Jaipur, Lucknow, Kochi, Indore); cards for notarial and
    arrangement fees and insurance premiums, IBANs for completion monies, purchase prices and tax
    payments, IPs of client-portal logins, accounting packages and court e-filing receipts, SSNs on US tax
    returns (values.py);
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: US docket numbers (2:24-cv-01873),
    German Aktenzeichen (3 O 417/24), French/Italian RG numbers (24/03817), UK county court claim numbers,
    short Brazilian process numbers, notarial deed-roll numbers (1184/2025), UK land registry title numbers,
    Grundbuch sheet and parcel, Dutch cadastral sections, Brazilian matrícula numbers, UK VAT numbers,
    National Insurance numbers, US EINs, German Steuernummern (21/815/08150), Indian PANs, Spanish DNIs,
    Brazilian CPFs (with check digits), Italian codici fiscali (with check letter), Companies House numbers,
    KvK numbers, sort codes, BIC/SWIFT codes, ISINs (with check digit), masked cards (•••• 4417), masked
    IBANs (DE** **** **** 3000), cheque numbers, exchange rates, money amounts in the locale's currency and
    grouping, interest rates, insurance policy numbers, claim references, no-claims discount years, debt
    management plan references, fee-note numbers, time entries (3.4 h), statute sections (§ 823 BGB,
    s.21(1), art. 1240), contract clause numbers (14.3.2), share capital, tax periods (2024/25, Q3 2024),
    loan-to-value ratios, credit scores (712/999);
    number habits (numbers.py): US 916-341-7776, (505)906-6907, 505.906.6907, 1.918.350.0080,
    +1-312-647-5771, +1.916.615.8683, +1 804-986-9073, 833-269-5604, 1.833.241.1442, 1 866 620 8093;
    GB 0113 885 8783, 0114-559-2563, 020 3222 8345, 07903 713 500, 07415 868484, +44 (0)1223 591454,
    +44 (0) 161 496 0018, +44 (0)7721 714171, 0330 418 5182, 0345-882-0341; DE 0621 829137, 089-6706900,
    (0176) 81443680, 089 787 3357, +49 (0)431 882808, +49 (0) 69 34129173, +49 160 284 2185, 0800 815 1702,
    0800-9340626; FR 02 74 11 85 78, 01.61.61.30.72, +33 (0)3 66 31 34 11, +33 (0)6.70.28.07.26,
    0808 11 23 23, 0806.64.65.73; ES 937559174, 919 126 932, 983.617.487, +34 952 898 264, +34 963224318,
    902 40 51 82, 901 865 457; IT 02 3367 1906, 051.6228140, 328.4336480, +39 06 3552 1429, 800 424709,
    800.816.894; NL 024 773 6768, (070) 225 53 29, 020-858 65 54, 06 20 70 24 80, 06 3820 8337,
    +31 (0)40 514 7084, +31 (0)6 57 52 66 01, 0800 2008, 0800-3052172; PT 216 509 173, 233030113,
    +351 284 857 125, 808 806 887; BR (61) 4977.8753, 41 2939.7764, (051) 5420-5166, 011 3186 2762,
    (081) 93401-2715, 11 99286 7380, +55 (41) 2677.4496, +55 (51) 93760-8414, 0800 937 4045, 0800-866-5973;
    IN (011) 4339 9284, 080-52891665, 0141 521 4800, 95732 33854, 9362802557, 09916504395,
    +91-80-47955273, +91 20 6932 9341, +91-6202975049, 1800-355-1183, 1800 839942;
    CH/AT/BE/IE/AU with the trunk prefix in brackets: '+41 (0)44 950 34 62', '+41 (0) 22 328 79 37',
    '+43 (0)662 390161', '+43 (0) 1 2371353', '+32 (0)3 806 63 21', '+32 (0)478 36 78 84',
    '+353 (0)21 224 2232', '+61 (0)2 4413 4977', '+61 (0)4 3036 5677'; local forms 278.7806, 852 7695,
    2072-7783, 2339 2952, 4 04 49 55, 54 80 79, 7309972, 683 47 93, 9428788, 5972.0300, 20696922,
    3988 8647, 5093-0739, 6913064, 458-3361.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN, ISIN, CPF, DNI and codice fiscale check digits and the Luhn
    checks; Faker (MIT) for names (Hindi documents from hi_IN, in Devanagari; others from each locale)
    and e-mail domains (en_US); towns from numbers.AREAS; corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0)
    and Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only
    cases labelled non-hateful are taken (they can still mention protected groups; Portuguese cases carry
    pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (CSV: 0-based row after the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v59.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v59.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v59.stats [RECORDS VALUES]

Counts (seed 10059; `python -m benchmarks.pii_v59.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1217 {'corpus': 125, 'neg': 286, 'pos': 806}
    values: 2539 by kind: {'PHONE': 1761, 'EMAIL': 509, 'IP_ADDRESS': 118, 'IBAN': 86, 'CREDIT_CARD': 60,
            'US_SSN': 5}
    modes: {'PHONE/national': 625, 'PHONE/local-announced': 450, 'PHONE/list-entry': 378, 'EMAIL/role':
            366, 'PHONE/international': 169, 'EMAIL/personal': 143, 'PHONE/other': 139, 'IP_ADDRESS/v4':
            82, 'IBAN/print': 53, 'IBAN/electronic': 33, 'CREDIT_CARD/dashed': 23, 'IP_ADDRESS/v6': 21,
            'CREDIT_CARD/spaced': 19, 'CREDIT_CARD/solid': 18, 'IP_ADDRESS/v4-private': 15,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'bookkeeping': 30, 'claim': 184, 'conveyancing': 65, 'debtadvice': 165, 'litigation': 132,
            'mortgage': 81, 'notary': 187, 'probate': 41, 'renewal': 49, 'taxreturn': 158}
    languages (documents written here): {'de': 165, 'en': 372, 'es': 53, 'fr': 102, 'hi': 52, 'it': 53,
            'nl': 140, 'pt': 155}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    locales: {'de_AT': 20, 'de_CH': 20, 'de_DE': 135, 'en_AU': 26, 'en_GB': 130, 'en_IE': 26, 'en_IN':
            112, 'en_US': 195, 'es_ES': 63, 'fr_BE': 17, 'fr_CH': 15, 'fr_FR': 80, 'it_IT': 63, 'nl_BE':
            17, 'nl_NL': 133, 'pt_BR': 133, 'pt_PT': 32}
    document redraws: 0, value redraws: 788, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
    US SSNs are few (5): only en_US taxreturn documents carry them (elsewhere that slot is an EIN).
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v59.jsonl"
VALUES = "tests/data/pii_heldout_v59_values.jsonl"


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    rec_path, val_path = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    records, stats = build()
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for rec, vals in records:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} documents; {stats}")


if __name__ == "__main__":
    main()
