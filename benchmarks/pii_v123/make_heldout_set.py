"""Write tests/data/pii_heldout_v123.jsonl: a hundred-and-twenty-third, independent held-out labelled set for
PII detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), and the first few
    hundred bytes of MATH-500, AMC23, the English HateCheck CSV and the German Multilingual HateCheck CSV
    (for their fields); the other corpus files were only read by corpus.py. GSM8K train was not used.
    Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when valid and
    of the wanted type (and, for local numbers, when phonenumbers' geographical area code length equals the
    town's code), and every written form parsed back to the same valid number of the stated region (local
    forms with their area code and trunk prefix put back, numbers.put_back); cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress module.
    Hard negatives are screened as v52 describes: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language home regions, plus
    the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or dashes removed,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced by
    a dash (negs.Drawer); in the shipped build none was (0), after total-station point ranges were written
    with three-digit ids. Written under a 35-minute limit, so cells are small (1-7 sentences per slot);
    English has 8 genres, German 6, Dutch 5, French 5, Spanish, Italian, Portuguese and Hindi 4 each.
    Emphasis: archaeology and metal detecting. Hard-negative values are written the same way in every
    language (archaeologists' own shorthand, some English unit words such as 'sherds' kept as in finds lists).

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (values.LOCALES). Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Other modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic,
    IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers
    (phonenumbers' type is checked). list-entry = a phone in a contact block at the end of a document, one
    per line, in five layouts new against v52: 'Label – <phone>', '<phone> (Label)', 'Label, <phone>',
    'Label<TAB><phone>' and '• Label: <phone>' (heads 'Dig contacts', 'Who to call on site', 'Club
    committee', 'Recording team', 'Ansprechpartner Grabung', 'Telefonliste der AG', 'Contacts du chantier',
    'Contactos de la excavación', 'Contatti dello scavo', 'Contacten opgraving', 'Contatos da escavação',
    'उत्खनन संपर्क', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_south.py; build.py): 8 genres, none in v52, all archaeology and metal
    detecting: dig (excavation site diaries and volunteer notices), flo (finds liaison / finds recording
    days, PAN and Landesamt reports), club (detecting club newsletters and minutes), rally (detecting rally
    bookings and landowner permissions), fieldwalk (field-walking groups), consult (heritage consultancy fee
    proposals, watching briefs, evaluations), treasure (Treasure reports and inquests), lab (radiocarbon and
    conservation submissions); all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers
    announced in new ways ('Staying near the dig in York? The farmhouse office is on ... from a local
    landline', 'For the Cody finds day, locals can just dial ...; out-of-town callers need the area code',
    'Our Lincoln store room (the old school) answers on ... – no code needed in town', 'Durham members: the
    chairman's landline is ..., and the hut phone is ...', 'Finds drop-off in Natchez, ring ahead from any
    phone in town:', 'In Agra itself the museum's education room is simply ...', 'From inside Bozeman, the
    field unit's yard answers on', 'Wer in Xanten wohnt, erreicht das Grabungsbüro ohne Vorwahl unter',
    'Fundannahme Trier: aus dem Ortsnetz einfach ... wählen, Werkstatt ...', 'Im Ortsnetz Detmold ist der
    Vereinsvorsitzende unter ... zu erreichen', 'Sprechstunde im Museum Konstanz – innerorts genügt die',
    'Grabungshelfer aus Schleswig melden sich vom Festnetz unter', 'Woont u in Assen? Het vondstdepot is
    zonder netnummer te bellen op', 'Vanaf een vaste lijn in Hoorn is de voorzitter bereikbaar op',
    'Determinatie in Zwolle: binnen de stad draait u ..., of het museum op ...', 'Voor vrijwilligers uit
    Nijmegen is de keet lokaal te bellen:', 'Quem mora em Natal fala com o laboratório de campo pelo ...,
    sem DDD', 'Do fixo de Cuiabá, a reserva técnica atende no', 'Voluntários de Recife: ligação local para
    o alojamento no', 'Em Manaus mesmo, o museu atende no ... e o setor educativo no ...', 'Patna शहर के
    लैंडलाइन से कैंप कार्यालय का नंबर सीधे ... है', 'Pune में रहने वाले स्वयंसेवक बिना कोड के ... डायल करें',
    'संग्रहालय (Mysuru, लोकल कॉल): ..., भंडार कक्ष ...'); towns are new (numbers.AREAS); cards for
    training-dig and rally fees, IBANs for club subscriptions and consultancy invoices, IPs of site webcams
    and GIS servers, SSNs on US field-technician payroll and federal background checks;
    40 hard-negative kinds (negs.KINDS), all used, none in
    v52's list: context numbers in brackets, cut/fill pairs, small find numbers, OS grid references (8 and
    10 figure), eastings/northings, decimal latitude/longitude, UTM coordinates, radiocarbon ages (BP ±),
    laboratory codes (SUERC-, Beta-, OxA-, Poz-, UBA-), calibrated date ranges, Munsell colours, PAS-style
    record ids, Treasure case numbers, HER monument numbers, scheduled-monument list entries, museum
    accession numbers, RIC coin references, coin weights and diameters, die axes, heights above Ordnance
    Datum, depths below ground level, trench sizes, sample numbers in angle brackets, drawing numbers with
    scales, photo ranges, detector settings (kHz, discrimination, sensitivity), sherd counts and weights,
    dendrochronological felling dates, box/bag numbers, OASIS ids, planning application references, Irish
    excavation licences, gradiometer ranges (nT), GNSS accuracy and PDOP, total-station point ranges, soil
    pH, volunteer hours, NGF heights with decimal commas, site codes, cadastral parcels;
    number habits (numbers.py): US 505-982-4417, 505.982.4417, (505)982-4417, 1.505.982.4417,
    +1-505-982-4417, +1.505.982.4417, +1 505-982-4417, (800) 201-2904, 800.201.2904, 1 800 201 2904;
    GB 01904-612-345, (01904) 612345, 01904 612345, 07700-900123, 07700-900-123, +44 (0)1904 612345,
    +44 (0) 161 496 0018, +44 7700 900123 (no spaces in the subscriber part), 0800-123-4567;
    DE (0651) 123 456,
    0651-123456, +49 (0)651 123456, 0800 123 4567, 0800-1234567; NL 024 123 4567, (024) 123 45 67,
    024-123 4567, +31 (0)6 1234 5678, 0800 1234567, 0800-12-34567; FR 04 44 78 76 74, 04.44.78.76.74,
    +33 (0)4 44 78 76 74, 08 00 12 34 56, 0800.12.34.56; ES 936412861, 936 41 28 61, +34.936412861,
    900-475018; IT 06 7675 8513, 06.76758513, 333 123 4567, 333.123.4567, +39.0676758513, 800.123.456;
    PT 213 456 789, 213456789, +351.213456789; BR (41) 3222-1234, (41) 3222 1234,
    41-3222-1234, +55 41 3222-1234, +55-41-32221234, 0800 789 7520, 0800.789.7520;
    IN (044) 2452 1234, 0240-2345678,
    +91 44 2452 1234, +91 98765-43210, 1800 4251234, 1-800-425-1234; CH/AT/BE/IE/AU with '(0)' after the
    country code; local forms 982.4417, 982–4417 (en dash), 982 - 4417, 612345, 61 23 45, 4960-018,
    123456, 123 456, 3123456, 312-3456, 3222.1234, 3222 1234, 2452-1234, 24 52 1234.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: GSM8K test questions (MIT), MATH-500
    problems (MIT), AMC23 problems (MIT), HumanEval prompts (MIT), HateCheck English and Multilingual
    HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled
    non-hateful are taken (they can still mention protected groups; Portuguese cases carry pt_BR);
    screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by
    whitespace, dashes, dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher flag.
    Row = 0-based data row (HumanEval, GSM8K, MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v123.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v123.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v123.stats [RECORDS VALUES]

Counts (seed 23123; `python -m benchmarks.pii_v123.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1221 {'corpus': 133, 'neg': 300, 'pos': 788}
    values: 1691 by kind: {'PHONE': 1448, 'EMAIL': 116, 'IP_ADDRESS': 57, 'IBAN': 43, 'CREDIT_CARD': 23,
            'US_SSN': 4}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 359, 'PHONE/list-entry': 344,
            'PHONE/international': 157, 'PHONE/other': 138, 'EMAIL/role': 70, 'EMAIL/personal': 46,
            'IP_ADDRESS/v4-private': 25, 'IBAN/print': 22, 'IBAN/electronic': 21, 'IP_ADDRESS/v4': 17,
            'IP_ADDRESS/v6': 15, 'CREDIT_CARD/solid': 11, 'CREDIT_CARD/spaced': 9, 'US_SSN/spaced': 3,
            'CREDIT_CARD/dashed': 3, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'club': 132, 'consult': 188, 'dig': 204, 'fieldwalk': 210, 'flo': 90, 'lab': 168, 'rally': 50,
            'treasure': 46}
    languages (documents written here): {'de': 167, 'en': 396, 'es': 55, 'fr': 80, 'hi': 74, 'it': 55,
            'nl': 136, 'pt': 125}
    corpus: {'amc23-en': 10, 'gsm8k_test-en': 30, 'hatecheck-en': 10, 'humaneval-en': 15, 'math500-en': 20,
            'mhc-dutch': 8, 'mhc-french': 8, 'mhc-german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8,
            'mhc-spanish': 8}
    document redraws: 0, value redraws: 316, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 40
    US SSNs are few (4): only en_US documents carry them.
"""

import json
import random
import sys

from .build import Builder
from .corpus import corpus

SEED = 23123
RECORDS = "tests/data/pii_heldout_v123.jsonl"
VALUES = "tests/data/pii_heldout_v123_values.jsonl"


def make():
    rng = random.Random(SEED)
    builder = Builder(rng)
    pairs = builder.build()
    pairs += corpus(rng)
    rng.shuffle(pairs)
    return pairs, builder


def write(pairs, records, values):
    with open(records, "w", encoding="utf-8") as f:
        for rec, _ in pairs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(values, "w", encoding="utf-8") as f:
        for _, val in pairs:
            f.write(json.dumps(val, ensure_ascii=False) + "\n")


def main(argv):
    records = argv[0] if argv else RECORDS
    values = argv[1] if len(argv) > 1 else VALUES
    pairs, builder = make()
    write(pairs, records, values)
    d = builder.drawer
    print(
        f"documents: {len(pairs)}; document redraws: {builder.doc_redraws}; value redraws: {d.redraws}; "
        f"kinds replaced: {d.replaced}; hard-negative kinds used: {len(d.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
