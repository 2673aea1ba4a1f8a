"""Write tests/data/pii_heldout_v57.jsonl: a fifty-seventh, independent held-out labelled set for PII
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
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the German Multilingual HateCheck CSV
    (for their fields); the function list of stdnum/isbn.py and stdnum/ean.py in .venv. The other corpus
    files were only read by corpus.py. GSM8K (train and test) was not used. Numbers were made and checked
    with phonenumbers only: drawn at random from a prefix, kept when valid, of the wanted type and of the
    wanted region, and every written form parsed back to the same valid number of the stated region (local
    forms with their area code and trunk prefix put back, numbers.put_back); local numbers are also redrawn
    until phonenumbers' geographical area code length equals the town's code. Cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own region, its national region and its
    language's home region (en US, de DE, fr FR, es ES, it IT, nl NL, pt BR, hi IN), plus the guards
    (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97
    IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked (each
    span replaced by '■'; checks.py repeats the whole-document screen). A value still dirty after 200
    draws would be replaced by a dash (negs.Drawer); in the shipped build none was (0), after resolution
    numbers were written 'n/yy' and the French SIREN kind was dropped for INSEE commune codes.
    Written under a 40-minute limit, so cells are small (6-12 sentences per genre and language); English
    has 7 genres, German, French and Dutch 5, Spanish, Italian and Portuguese 4, Hindi 3. Emphasis: public
    administration and civic life.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, equal to phonenumbers' geographical area code
    length, null for every other phone; text = the subscriber part only; a document's local numbers share
    one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = number of documents kept before it) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other'
    = toll-free, shared-cost or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a
    contact block at the end of a document, one per line, in five layouts new against v52: '• Label,
    <phone>', 'Label<TAB><phone>', '<phone> (Label)', 'Label: <phone>', 'Label — <phone>' (heads 'Council
    contacts', 'Phone the council', 'Who to call at the town hall', 'Civic centre numbers',
    'Rathaus-Telefonliste', 'Kontakt Bürgerbüro', 'So erreichen Sie uns', 'Annuaire de la mairie', 'Nous
    joindre', 'Services municipaux', 'Directorio municipal', 'Teléfonos del Ayuntamiento', 'Recapiti
    comunali', 'Numeri del Comune', 'Gemeentelijke contacten', 'Telefoonnummers gemeente', 'Contatos da
    prefeitura', 'Telefones úteis da cidade', 'नगर निगम संपर्क', 'ज़रूरी फ़ोन नंबर'). No phone is split
    across lines; words stay outside the span. A local announcement always stands on its own line.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 7 genres, none
    in v52: notice (town hall notices, road closures, traffic orders), polling (poll cards, polling
    stations, postal and proxy votes), library (reservations, renewals, overdue reminders), waste (bin
    collections, bulky waste, recycling centres), minutes (parish and town council minutes), parking
    (residents' permits, penalty charge appeals), planning (planning applications, decision notices,
    building control); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways, before, after, on the line above, in a remark and in reported speech ('Library in
    Tulsa? From a landline in the Tulsa area, ring ... to renew', '... residents can book a bulky
    collection by calling ... – there is no need to dial the area code', 'Polling station enquiries
    (Leeds, local call):', 'The elections office told us: "Anyone in Omaha can just dial ..."', 'Call ...
    (a local Fresno number)', 'Town hall switchboard for Exeter callers:' with the number on the next line,
    'Council tax desk – Albany locals ring ...', 'Note from the clerk: when phoning from inside Lansing',
    'without the STD code', 'Wer in Kassel wohnt, erreicht das Bürgerbüro ohne Vorwahl unter', 'Bibliothek
    Ulm (aus dem Ortsnetz):', '„Rufen Sie einfach ... an, das ist hier in Erfurt die Nummer vom Wahlamt“',
    'Ortsnetz Lübeck:' over a two-line list, 'Innerhalb Göttingen genügt die Durchwahl', 'Woont u in
    Zwolle? Bel de bibliotheek dan op', ''Binnen Delft draait u gewoon ...,' legt de baliemedewerker uit',
    '(alleen vanuit Arnhem, anders met netnummer)', 'Quem mora em Recife pode ligar direto para ..., sem
    código de área', '"É só discar ... de qualquer fixo de Natal"', 'Ouvidoria municipal de Manaus (ligação
    local):', 'Kochi के लैंडलाइन से वार्ड कार्यालय का नंबर सीधे ... है', 'कर्मचारी ने बताया, "Patna में
    रहने वाले बस ... मिलाएँ"'); cards for permit, planning and library fees, IBANs for direct debits of
    waste charges and library fines, IPs of library guest networks and public computers, SSNs on a US
    homestead exemption form;
    42 hard-negative kinds (negs.KINDS), all used, none in v52's list: planning application references
    (24/01873/FUL), UPRNs (12 digits), library card barcodes (14 digits, grouped), ISBN-13 and ISBN-10 with
    valid check digits, ISSNs, Dewey class marks with author letters, US ZIP+4 codes, OS grid references
    (SU 12345 67890), polling district codes, elector numbers, vote tallies of three candidates, turnout
    percentages with votes/electorate, council resolution numbers (n/yy), by-law numbers (2024-087),
    agenda item numbers (7.3.2), meeting times (19:30–21:55), room numbers (2.114), parking permit numbers,
    vehicle registration plates (UK and German), penalty charge notice numbers, budget figures with
    thousands commas, euro budgets (4.491.048,58), cadastral parcels (57/799-5), land registry title
    numbers, GPS coordinates, case file numbers (Az. 61-23/0456), German municipality keys (AGS, spaced),
    census figures (682 748), tonnages (3.052,3 t), opening hours (08:30–17:00), water meter readings,
    EU tender notice numbers (2025/S 123-456789), bus stop ids, cemetery plot references, register
    entries (1234/2025), budget line codes (4120-3300-52), bin collection date lists (14.10., 02.11.,
    ...), wheelie-bin RFID tags, Indian PIN codes (302 001), Brazilian CEPs, French INSEE commune codes;
    number habits (numbers.py): US 312.533.0656, (312)533-0656, 312–533–0656 (en dashes), 312-533-0656,
    +1.312.533.0656, +1 312-533-0656, (800) 201-2904, 1.800.201.2904; GB (029) 2020 1108, 029-2020-1108,
    0113-496-0018, 0113 496 0018, 01603-456789, (01603) 456 789, 07700-900-123, +44 (0)113 496 0018,
    (+44) 113 496 0018, +44-113-496-0018, 0345 123 4567; DE (0561) 12 34 56, 0561-123456, (0176) 12345678,
    0176-12345678, +49 (0)561 123456, 0800-1234567, 01805 123456; NL (050) 3123456, 050 312 3456,
    0503123456, 06 12 34 56 78, 0612345678, 0800 1234567; FR 04.44.78.76.74, 0444787674,
    +33 (0)4 44 78 76 74, 08 00 12 34 56 style service numbers; ES 936 41 28 61, 936-412-861, 936412861,
    (+34) 936 41 28 61; IT 06 7675 8513, 06.76758513, 333 123 4567, 333.1234567, (+39) 06 ...; PT
    213 456 789, 213456789, (+351) ...; BR (81) 3222.1234, (81) 3222 1234, 081 3222-1234, (81) 99876-5432,
    81 99876-5432, 0800 789 7520; IN 0141-2345678, 0141 234 5678, 020 2345 6789, 98765-43210,
    9876543210, 098765-43210, 1800-425-1234, 1800 425 1234; AT/CH/BE/IE/AU in the international forms
    above ('+43 (0)1 ...', '+41-44-...', '(+32) 2 ...'); local forms US 533.0656, 533–0656; GB 496-0018,
    2020-1108, 456-789 (six-digit Norwich, Exeter and Aberdeen numbers); DE 45-67-89, 456-789;
    NL 312-3456, 3123456; BR 3222.1234, 32221234; IN 234-5678, 2345678, 2345-6789, 23456789.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks and ISBN-13 check digits; Faker (MIT) for names (Hindi
    documents from hi_IN, in Devanagari; others from each locale) and e-mail domain words (en_US); towns
    from numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), HateCheck English test cases (CC BY 4.0) and Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups; Portuguese cases carry pt_BR, English HateCheck en_GB); screened:
    at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by whitespace,
    dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag. Row = 0-based
    data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v57.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v57.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v57.stats [RECORDS VALUES]

Counts (seed 10057; `python -m benchmarks.pii_v57.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1226 {'corpus': 130, 'neg': 282, 'pos': 814}
    values: 1883 by kind: {'PHONE': 1536, 'EMAIL': 201, 'IBAN': 53, 'IP_ADDRESS': 47, 'CREDIT_CARD': 43,
            'US_SSN': 3}
    modes: {'PHONE/national': 462, 'PHONE/local-announced': 450, 'PHONE/list-entry': 421, 'PHONE/other':
            131, 'EMAIL/role': 119, 'EMAIL/personal': 82, 'PHONE/international': 72, 'IBAN/electronic':
            27, 'IBAN/print': 26, 'IP_ADDRESS/v4-private': 19, 'CREDIT_CARD/dashed': 17, 'IP_ADDRESS/v6':
            17, 'CREDIT_CARD/solid': 15, 'IP_ADDRESS/v4': 11, 'CREDIT_CARD/spaced': 11, 'US_SSN/dashed':
            3}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'library': 212, 'minutes': 136, 'notice': 234, 'parking': 59, 'planning': 51, 'polling': 217,
            'waste': 187}
    languages (documents written here): {'de': 149, 'en': 393, 'es': 66, 'fr': 90, 'hi': 67, 'it': 66,
            'nl': 136, 'pt': 129}
    corpus: {'amc23-en': 15, 'hatecheck-en': 25, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 706, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 42
    US SSNs are few (3): only en_US documents carry them (a homestead exemption form).
"""

import json
import random
import sys
from pathlib import Path

from .build import SEED, build
from .negs import KINDS

ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v57.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v57_values.jsonl"


def main(argv):
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    pairs, b = build(random.Random(SEED))
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, vals in pairs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
    print(f"wrote {len(pairs)} documents to {records}")
    print(
        f"document redraws: {b.doc_redraws}, value redraws: {b.drawer.redraws}, "
        f"kinds replaced after 200 dirty values: {b.drawer.replaced}, hard-negative kinds used: "
        f"{len(b.drawer.used)} of {len(KINDS)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
