"""Write tests/data/pii_heldout_v60.jsonl: a sixtieth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: universities and research.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data, and the first few hundred
    bytes of MATH-500, AMC23, the English HateCheck CSV, the German Multilingual HateCheck CSV and the
    OpenAI moderation samples (for their fields; the moderation samples were not used). The other corpus
    files were only read by corpus.py. GSM8K (train and test) was not used. Numbers were made and checked
    with phonenumbers only: drawn at random from a prefix (numbers.PLANS) or an area code (numbers.AREAS),
    kept when valid and of the wanted type (local numbers also when phonenumbers' geographical area code
    length equals the area code's length), and every written form parsed back to the same valid number of
    the stated region (local forms with their area code and trunk prefix put back, numbers.put_back);
    cards with Luhn, IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules,
    IPs with the ipaddress module. Hard negatives are screened as v52 describes: each value on its own
    (parse + is_valid_number for values without letters, and PhoneNumberMatcher at Leniency.VALID for all)
    for the document's own, national and language home regions, plus the guards (negs.guard_hits: e-mail
    shape, Luhn-valid 13-19 digit runs with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes),
    and each whole document again with its labelled spans blanked by '#' (a document failing this, or with
    a span touching a letter or digit, would be redrawn; checks.py repeats the whole-document screen).
    A value still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build
    none was (0), after DOIs were written in the Elsevier style (10.1016/j.cell.2020.10.545), arXiv ids
    with their version suffix, and purchase orders with a letter prefix (PO LAB29106). Values with letters
    skip the bare parse (phonenumbers would read their letters as a keypad) and rely on the matcher.
    Written under a 35-minute limit, so cells are small (1-6 sentences per slot); English has all 8
    genres, German 5, French 5, Spanish 4, Italian 4, Dutch 6, Portuguese 5, Hindi 4.

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
    the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<row> (corpus);
    shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost
    or UAN numbers (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a
    document, one per line, in five new layouts: 'Label: <phone>', '• Label – <phone>', '<phone> (Label)',
    'Label<TAB><phone>', '– Label, <phone>' (heads 'Contacts', 'Who to call', 'Phone list', 'Key numbers',
    'Telefonliste', 'Kontakte', 'Annuaire', 'Contactos', 'Directorio', 'Recapiti', 'Rubrica',
    'Contactgegevens', 'Telefoonlijst', 'Contatos', 'Ramais e telefones', 'संपर्क सूची'). No phone is split
    across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr_es.py, lex_it_nl_pt_hi.py; compose.py, build.py): 8 genres, none in v52:
    lab (lab and core-facility notices), conf (conference programmes, registration, venues), grant
    (research grants office: awards, internal deadlines, budgets), union (students' union bulletins,
    advice centres, society treasurers), field (field-station arrival packs, boats, vehicles, weather
    stations), seminar (departmental seminars, room swaps, streams), viva (PhD defence arrangements),
    visitor (visiting researchers: hosts, guest housing, campus cards); all sentences written fresh in en,
    de, fr, es, it, nl, pt, hi. Local numbers announced in new ways, before, after, on the line above, in
    remarks and in quoted speech: 'Dialing from a campus phone in Ithaca? ... no area code needed', 'The lab
    manager's landline (local to Ithaca):' + line break, '"Just call ... — everyone in Ithaca knows that
    number," the department administrator told us', 'Anyone in town can reach the ... field office at ...
    (it's a local call from most of the county)', 'Campus police non-emergency, ... exchange:', 'The porters'
    lodge is on ... if you're ringing from inside Oxford', 'From a Leeds landline, the college office is
    simply ...', 'ring me on ..., I'm in Bristol all week', 'Department office – Cambridge number, local
    dialling:', 'the Union's housing team answers on ... (no need for the code)', 'For callers within
    Pune, ...', 'Dial ... from any phone in Kanpur', 'Wer in Jena wohnt, erreicht das Prüfungsamt unter',
    'Ortsgespräch in Bonn: Institutssekretariat ..., Werkstatt ...', 'Aus dem Göttinger Ortsnetz genügt für
    die Pforte die Durchwahl', '„Ruf einfach ... an, das ist hier in Marburg die Nummer vom Gästehaus“',
    'Telefon der Bibliothek (innerhalb Aachen):', '... wählen für die Wohnheimverwaltung ... – ohne Vorwahl',
    'Vanuit Delft bel je het secretariaat op', 'Lokaal nummer van de bibliotheek in Tilburg:', 'Woon je in
    Enschede? De huisvestingsbalie ... neemt op via', 'Faculteitsbureau (binnen Nijmegen):', 'Quem liga de
    Campinas fala com a secretaria da pós pelo', 'Ligação local (Recife): moradia estudantil', '"É só ligar
    ..., aqui em Natal todo mundo conhece"', 'Laboratório – telefone fixo de Manaus:', '... शहर के अंदर से
    संस्थान के गेस्ट हाउस का नंबर', 'छात्रावास वार्डन (Kanpur, लोकल कॉल):', 'रजिस्ट्रार कार्यालय – Pune का
    लैंडलाइन:'); cards for conference fees and student-card replacement, IBANs for grant payments,
    reimbursements, society grants and examiners' fees, IPs of instrument PCs, weather stations, streams and
    visitor Wi-Fi, SSNs on US stipend forms;
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: ORCID iDs (with their check
    character), DOIs, ISBN-13s, ISSNs, CAS registry numbers (with check digit), arXiv ids, PMIDs, UK
    research-council grant references (EP/X012345/1), Horizon Europe call ids, student ids (s1234567),
    matriculation numbers, room numbers (3.142), course codes (CHEM2041), page ranges, volume(issue),
    GPS coordinates, elevations, sample ids (SOIL-2024-0173), GenBank accessions, concentrations (mol/L),
    centrifuge speeds (× g), laser wavelengths, conference session slots (4B, 14:00–15:30), poster numbers,
    budgets (€248,500.00), ECTS credits, GPAs, library call numbers, ethics approval references, p-values
    with sample sizes, cost centres (4711-203), purchase orders, bird ring numbers, field plots (T3-17),
    freezer temperatures, submission deadlines with times, conference fees, air pressure (hPa),
    timetable slots, paper submission numbers (#1387), Zenodo records, locker combinations, access-card
    numbers (10 digits in groups 4-4-2), seat headcounts (37/64);
    number habits (habits.py): US 312-533-0656, (312) 533-0656, 312.533.0656, (312)533-0656,
    1-312-533-0656, +1-312-533-0656, +1 312-533-0656, +1.312.533.0656; GB 0161 496 0018, 0161-496-0018,
    (01223) 456789, 01223 456 789, (020) 7946 0018, 07700 900123, 07700-900-123, +44 (0)161 496 0018,
    +44 (0) 20 7946 0018; DE 06221 456789, (06221) 45 67 89, 06221 45 67 89, 0176 12345678,
    0176-12345678, 0176 1234 5678, +49 (0)6221 456789, +49 (0) 176 12345678; FR 04 44 78 76 74,
    04.44.78.76.74, +33 (0)4 44 78 76 74, +33 4 44 78 76 74, 0800 12 34 56, 08 00 12 34 56; ES
    936 412 861, 936 41 28 61, 936412861, +34 936 412 861, (+34) 612 345 678, 900.123.456; IT 06 7675 8513,
    06 76 75 85 13, 333 123 4567, 333.1234567, (+39) 3331234567, 800.123.456; NL 050 312 3456,
    (050) 312 34 56, (0317) 123456, 06 1234 5678, 06-1234 5678, 06 12 345 678, +31 (0)50 312 3456;
    PT 213 456 789, 21 345 6789, (+351) 912 345 678; BR (41) 3222 1234, (41) 3222.1234, (41) 99876-5432,
    41 99876-5432, (41) 9 9876 5432, +55 41 99876-5432, +55 (41) 3222.1234, 0800 789 7520; IN
    (044) 2452 1234, (044) 24521234, 044 2452-1234, 98765 43210, 9876543210, 098765-43210,
    +91 9876 543 210, +91 (44) 24521234, 1800 4251234, 1-800-425-1234; AT/CH/BE/AU/IE with '+cc (0)' and
    '+cc (0) ' forms ('+41 (0)44 296 69 51', '+32 (0) 2 512 34 56', '+353 (0)1 234 5678'); local forms
    533.0656, 533-0656, 496 0018, 4960018, 456 78 90, 45 67 89, 456 789, 312 3456, 3123456, 31 23 45,
    3222.1234, 3222-1234, 32221234, 2452-1234, 24521234, 234-5678, 123 456.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user and domain names (en_US, made ASCII); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can
    still mention protected groups or quote slurs in counter-speech; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v60.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v60.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v60.stats [RECORDS VALUES]

Counts (seed 10060; `python -m benchmarks.pii_v60.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and
    ruff format --check: 0 findings
    documents: 1236 {'corpus': 120, 'neg': 285, 'pos': 831}
    values: 2111 by kind: {'PHONE': 1413, 'EMAIL': 411, 'IP_ADDRESS': 111, 'IBAN': 100, 'CREDIT_CARD': 64,
            'US_SSN': 12}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 430, 'EMAIL/role': 292, 'PHONE/list-entry':
            265, 'PHONE/international': 186, 'EMAIL/personal': 119, 'PHONE/other': 82,
            'IP_ADDRESS/v4-private': 51, 'IBAN/print': 51, 'IBAN/electronic': 49, 'IP_ADDRESS/v4': 46,
            'CREDIT_CARD/solid': 25, 'CREDIT_CARD/spaced': 23, 'CREDIT_CARD/dashed': 16, 'IP_ADDRESS/v6': 14,
            'US_SSN/dashed': 7, 'US_SSN/spaced': 5}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'conf': 188, 'field': 177, 'grant': 182, 'lab': 168, 'seminar': 100, 'union': 193,
            'visitor': 56, 'viva': 52}
    languages (documents written here): {'de': 135, 'en': 449, 'es': 65, 'fr': 100, 'hi': 59, 'it': 60,
            'nl': 123, 'pt': 125}
    corpus: {'amc23-en': 15, 'hatecheck_en-en': 15, 'math500-en': 30, 'mhc-dutch': 10, 'mhc-french': 10,
            'mhc-german': 10, 'mhc-italian': 10, 'mhc-portuguese': 10, 'mhc-spanish': 10}
    document redraws: 0, value redraws: 114, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (12): only the English grant genre carries them (US stipend forms).
"""

import json
import sys

from . import build

RECORDS = "tests/data/pii_heldout_v60.jsonl"
VALUES = "tests/data/pii_heldout_v60_values.jsonl"


def main(records=RECORDS, values=VALUES):
    docs, stats = build.build()
    with open(records, "w", encoding="utf-8") as f1, open(values, "w", encoding="utf-8") as f2:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            f1.write(json.dumps(rec, ensure_ascii=False) + "\n")
            f2.write(json.dumps({"values": d["values"]}, ensure_ascii=False) + "\n")
    print(
        f"documents: {len(docs)}; document redraws: {stats['doc_redraws']}, value redraws: "
        f"{stats['value_redraws']}, replaced after 200 dirty values: {stats['replaced']}, "
        f"hard-negative kinds used: {stats['kinds_used']}"
    )


if __name__ == "__main__":
    main(*sys.argv[1:3])
