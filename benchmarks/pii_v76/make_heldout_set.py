"""Write tests/data/pii_heldout_v76.jsonl: a seventy-sixth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: childcare
and parenting (nurseries, childminders, nannies, baby and toddler groups, school-run rotas, parenting
forums, au-pair agencies, babysitting circles, wraparound and holiday clubs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (for the format); the ruff settings (handed over as a text file);
    /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few hundred
    bytes of the German Multilingual HateCheck CSV, the English HateCheck CSV, AMC23 and MATH-500 (for
    their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid, of
    the wanted type and of the wanted region (region_code_for_number, so no GG/JE/IM numbers pass as GB),
    and every written form parsed back to the same valid number of the stated region (local forms with their
    area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with python-stdnum (mod
    97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module. Hard negatives
    are screened as v52 describes: each value on its own (parse + is_valid_number, and PhoneNumberMatcher at
    Leniency.VALID) for the document's own, national and language home regions, plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    by a dash (negs.Drawer); in the shipped build none was (0). Kinds whose first shapes were dirty in
    almost every draw were reshaped before shipping (application, voucher and case-file numbers carry
    letters; German school years are written 25/26).
    Written under a 35-minute limit, so cells are small (1-8 sentences per slot); English has all 9
    genres, German 7, French 6, Dutch 6, Portuguese 6, Spanish 5, Italian 5, Hindi 5. Some English
    sentences name UK schemes (Ofsted, Tax-Free Childcare) and are used in every English locale.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the announcing sentence names its town. AT/CH/BE/AU/IE documents write their
    own numbers internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre
    in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>;
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: '• Label: <phone>', '<phone> (Label)', 'Label » <phone>',
    'Label — <phone>' and '- <phone> – Label' (heads 'Numbers for the fridge', 'Emergency pick-up
    contacts', 'Who to call', 'Handy numbers', 'Contacts for the sitter', 'Notfallkontakte', 'Für den
    Kühlschrank', 'Abholberechtigte', 'Telefonliste', 'Contacts en cas d'urgence', 'Numéros pour la
    nounou', 'Teléfonos de contacto', 'Para la canguro', 'Contatti per le emergenze', 'Numeri per la
    tata', 'Noodnummers', 'Voor de oppas', 'Contatos de emergência', 'Para a babá', 'आपात संपर्क', ...).
    No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 9 genres, none
    in v52: nursery (nursery and day-care letters, Kita, crèche, nido, kinderdagverblijf, creche, play
    school), childminder (childminder agreements, Tagespflege, assistante maternelle, gastouder), nanny
    (nanny adverts, nanny shares, instructions), toddler (baby and toddler groups, PEKiP, spazio gioco,
    peuterochtend), schoolrun (school-run rotas and carpools, school vans), forum (parenting forum posts and
    moderator notes), aupair (au-pair agency placements), babysit (babysitting circles and sitter notes),
    wraparound (breakfast, after-school and holiday clubs, BSO); all sentences written fresh in en, de, fr,
    es, it, nl, pt, hi; local numbers announced in new ways, before, after, on their own line and in quoted
    speech ('Calling from a landline in Leeds? You only need ... for the nursery office', 'Nursery office
    (within York, dial as written):', '"Just dial ... from any Omaha landline," the room leader said at
    the open day', 'Any Tulsa number can reach the crèche on ... without the prefix', 'She said to call
    her house directly – ... – since we're both in Cardiff', 'Aus dem Kieler Ortsnetz erreichen Sie die
    Kita-Leitung direkt unter', 'Telefon (aus Bremen ohne Vorwahl wählen):', 'Die Tagesmutter sagte, von
    Kassel aus reicht ...', 'Binnen Zwolle hoef je het netnummer niet te draaien', '"In Tilburg bel je
    gewoon ...," zei de leidster', 'Quem liga de um fixo de Natal disca só ... para a creche', '"É só
    discar ... aqui em Recife", explicou a diretora', 'आया ने अपने Pune घर का नंबर ... दिया है', ...);
    cards for nursery deposits, placement and sitter fees, IBANs for fee direct debits and pocket money,
    IPs of parent-app and nursery-camera sign-ins, forum moderation and baby monitors, SSNs on nanny payroll
    (W-4) in en_US documents;
    41 hard-negative kinds (negs.KINDS), all used, none in v52's list: Ofsted URNs (EY123456), Tax-Free
    Childcare references, 30-hours eligibility codes (11 digits), DBS certificate numbers (12 digits),
    fee amounts with thousands separators, session times, children's dates of birth, birth weights, feed
    volumes, vaccine lot numbers, staff ratios, age bands in months, ECE car-seat approval numbers, buggy
    serial numbers, baby-monitor frequency bands, nappy sizes and pack counts, clothing sizes (86/92),
    centiles, keypad door codes (4-7-1-9#), Kindergeld numbers (123FK456789), CAF allocataire numbers,
    Pajemploi ids, Dutch LRK numbers (12 digits), UDISE codes and Anganwadi centre codes (11 digits),
    ISBN-13s, temperatures, medicine doses, raffle ticket ranges, au-pair application ids, paediatric first
    aid certificates, school lunch accounts (8 digits), hourly rates, Kita-Gutschein numbers, Italian school
    codes (codice meccanografico), Spanish case files, Brazilian/Portuguese enrolment numbers, EAN-13
    barcodes of formula tins, school years, child benefit references, childcare voucher references;
    number habits (numbers.py): US 312-533-0656, 312.533.0656, (312)533-0656, 1.312.533.0656,
    1-312-533-0656, +1-312-533-0656, +1 (312) 5330656, +1.312.533.0656; GB 0161-496 0018, 0161-496-0018,
    07700-900123, +44 (0)161 496 0018, +44 (0) 7700 900123, +44-7700-900123; DE (0761) 456789,
    0761-456789, 030 12 34 56 78, +49 (0)176 12345678, +49 (0) 30 1234 5678; FR 04.44.78.76.74,
    0444787674, +33 (0)4 44 78 76 74, +33-4-44-78-76-74; ES 936 412 861, 936-41-28-61, (+34) 612 345 678;
    IT 06.7675.8513, 333 1234567, (+39) 333 123 4567, +39-06-7675-8513; NL (050) 312 3456, 050-312 3456,
    06 12 34 56 78, +31 (0)6 12345678; PT 912 345 678 in threes, (+351) 912 345 678; BR (41)3222-1234,
    (41) 3222.1234, (041) 3222-1234, 41 99876-5432, +55 41 99876-5432; IN (044) 2452-1234, 98765 43210
    (no trunk 0), +91 98765-43210, +91-44-2452-1234; CH/AT/BE/AU/IE '+41 (0)44 296 69 51',
    '+43 (0) 664 1234567', '+32-2-512-34-56', '+61 (0)2 9876 5432', '+353-87-123-4567'; local forms
    533.0656, 533 0656, 533-0656, 2452-1234, 312-3456, 3222 1234, 3222.1234, 12 34 56, 123 45 67.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale, fr_FR for fr_BE) and personal e-mail user names and free-mail
    domains (en_US); towns from numbers.AREAS (none of v52's towns); corpus negatives untouched from
    /work/shared/data: MATH-500 problems (MIT), AMC23 problems (MIT), English HateCheck cases (CC BY 4.0) and
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases
    labelled non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (JSONL: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v76.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v76.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v76.stats [RECORDS VALUES]

Counts (seed 10076; `python -m benchmarks.pii_v76.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings,
            ruff format --check: clean
    documents: 1312 {'corpus': 125, 'neg': 311, 'pos': 876}
    values: 3384 by kind: {'PHONE': 2585, 'EMAIL': 430, 'IP_ADDRESS': 161, 'CREDIT_CARD': 106, 'IBAN': 96,
            'US_SSN': 6}
    modes: {'PHONE/national': 1061, 'PHONE/list-entry': 689, 'PHONE/local-announced': 450,
            'EMAIL/personal': 215, 'EMAIL/role': 215, 'PHONE/international': 198, 'PHONE/other': 187,
            'IP_ADDRESS/v4': 119, 'IBAN/print': 69, 'CREDIT_CARD/dashed': 47, 'CREDIT_CARD/solid': 37,
            'IBAN/electronic': 27, 'IP_ADDRESS/v4-private': 25, 'CREDIT_CARD/spaced': 22, 'IP_ADDRESS/v6': 17,
            'US_SSN/dashed': 4, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'aupair': 157, 'babysit': 78, 'childminder': 127, 'forum': 167, 'nanny': 138, 'nursery': 173,
            'schoolrun': 155, 'toddler': 119, 'wraparound': 73}
    languages (documents written here): {'de': 184, 'en': 427, 'es': 56, 'fr': 99, 'hi': 76, 'it': 56,
            'nl': 143, 'pt': 146}
    corpus: {'amc23-en': 15, 'hatecheck-en': 20, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 236, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 41
"""

import json
import sys

from .build import build

RECORDS = "tests/data/pii_heldout_v76.jsonl"
VALUES = "tests/data/pii_heldout_v76_values.jsonl"


def write(records_path=RECORDS, values_path=VALUES):
    docs, info = build()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, values in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": values}, ensure_ascii=False) + "\n")
    return info


def main(argv):
    paths = argv[1:3] if len(argv) >= 3 else [RECORDS, VALUES]
    info = write(*paths)
    print(json.dumps(info, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv)
