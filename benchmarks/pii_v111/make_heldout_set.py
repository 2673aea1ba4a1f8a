"""Write tests/data/pii_heldout_v111.jsonl: a 111th, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs). Emphasis: water sports.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data (two levels), the first few
    hundred bytes of the German Multilingual HateCheck CSV, the English HateCheck CSV, MATH-500 and AMC23
    (for their fields); the other corpus files were only read by corpus.py. GSM8K (train and test) was not
    used. Numbers were made and checked with phonenumbers only: drawn at random from a prefix, kept when
    valid and of the wanted type, and every written form parsed back to the same valid number of the stated
    region (local forms with their area code and trunk prefix put back, numbers.put_back); cards with Luhn,
    IBANs with python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and
    language home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs
    with spaces or dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes with a separator), and each whole
    document again with its labelled spans blanked (checks.py repeats the whole-document screen). A value
    still dirty after 200 draws would be replaced by a dash (negs.Drawer); in the shipped build none was
    (0), after MMSIs were given as coast-station MMSIs (00 + MID + 4 digits; nine-digit ship MMSIs were
    valid phone numbers in most regions), incident numbers as '25-098' and waivers as 'WV-2647'.
    Written under a 35-minute limit, so cells are small (3-7 sentences per slot); English has all 6
    genres, German 4, Dutch 4, Portuguese 4, French 3, Spanish 3, Italian 3, Hindi 3.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town. AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use DE, FR, NL or GB for national, list and service numbers
    (compose.LOCALES); no 00 prefixes on phones. Hindi documents carry the locale en_IN and 'hi-' before
    the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed. Other modes: EMAIL personal/role, CREDIT_CARD
    spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN spaced/dashed.
    'other' = toll-free or shared-cost numbers (phonenumbers' type is checked). list-entry = a phone in a
    contact block at the end of a document, one per line, in five layouts not in v52: 'Label: <phone>',
    '• Label — <phone>', '<phone> (Label)', 'Label / <phone>', 'Label » <phone>' (heads 'Beach phone
    list', 'On-the-water contacts', 'Boat and shore contacts', 'Who picks up', 'Kontakte am Wasser',
    'Notfallkette Strand', 'Telefonliste Steg', 'Contacts plage', 'Numéros sur l'eau', 'Contactos de
    playa', 'Contatti in spiaggia', 'Contacten aan het water', 'Belrooster strand', 'Contatos na praia',
    'घाट के नंबर', ...). No phone is split across lines; words stay outside the span.

What is new against v52, by module
    genres (lex_en.py, lex_eu.py, lex_eu2.py; build.py, compose.py): 6 water-sports genres, none in v52:
    dive (dive-centre bookings and boat-dive briefings), surf (surf-school lessons and camps), kayak (kayak
    and canoe hire, river and sea trips), lifeguard (lifeguard and surf life-saving clubs, rosters,
    incidents), openwater (open-water and lake swim races), sup (paddleboard rentals, SUP on the harbour);
    all sentences written fresh in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways
    ('Calling from a Santa Cruz landline? The dive shop is just ..., no area code needed', 'Dockside office
    (Honolulu numbers drop the area code):', 'Staying in Tynemouth? Reach the surf hut from your room
    phone on', 'For paddlers ringing from Glasgow itself, the short number is', 'From any Salford phone,
    the lake swim hotline is simply', 'Aus dem Kieler Ortsnetz erreicht ihr die Tauchbasis einfach unter',
    'Surfhütte Rostock (Ortsgespräch):', 'Vom Festnetz in Lübeck genügt für den SUP-Verleih die', 'Bel je
    vanuit Zandvoort met een vaste lijn? Dan is de surfschool gewoon', 'Strandpost Noordwijk (lokaal bellen,
    zonder kengetal):', 'Vanaf een Scheveningense vaste lijn ...', 'Ligando de um fixo de Natal? A escola
    de surf atende no', 'Base de caiaque em Recife, ligação local:', 'Kochi के लैंडलाइन से डाइव शॉप का नंबर
    सिर्फ़ ... है', 'कयाक बेस (Panaji, लोकल कॉल):'); cards for hire deposits, lesson and race entry fees,
    IBANs for club membership direct debits and course fees, IPs of surf-cam streams, fill-log servers,
    race trackers and trip trackers, SSNs on a US seasonal lifeguard payroll form;
    44 hard-negative kinds (negs.KINDS), all used, none in v52's list: diver certification numbers, max
    depths, bottom times, tank pressures (start → end bar), nitrox mixes (EAN32), wetsuit thicknesses,
    swell height and period, tide times with heights, water temperatures, GPS positions (degrees and
    decimal minutes), wind ranges in knots, hull identification numbers, swim split and chip times
    (00:23:41.56), race cap/bib numbers, booking references, gift vouchers, locker codes, board
    dimensions (9'6" × 23" × 3"), paddle lengths, lifeguard award numbers, coast-station MMSIs, VHF
    channels, beacon (EPIRB) hex ids, cylinder hydrostatic test dates, bathing-water E. coli counts, UV
    index, swell directions in degrees, lesson slots (09:30–11:00), coaching ratios, dive-insurance
    member numbers, prices, logged dive numbers, air consumption (l/min), swim pace per 100 m, swim
    distances, rack/berth positions, lead weights, lane ranges, rescue incident numbers, wave-buoy station
    ids, chart numbers, sunset times, boat capacities (pax), waiver numbers;
    number habits (numbers.py): US 619.421.5401, (617)981-5061, 617-981-5061, 1-866-422-0661,
    (866) 422.0661, +1-617-857-6139, +1 617-857-6139, +1 (617)857-6139; GB 0117 903 1511, 0117-903-1511,
    (01202) 473 694, 07803-352128, 07803 352 128, 0800 977 5853, 0800-977-5853, +44 (0)161 855 1260,
    +44 1637 651 786, +44 (0)7764 065404, +44 7764 065404; DE 030 98 23 42 26, (030) 98234226,
    030-98234226, 0170-9483380, (0170) 9483 380, 0170 9483380, 0800 491 28 79, (0800) 4912879,
    +49 (0)451 3455549, +49 (0)160 7272248, +49 160 7272248; FR 04 34 45 30 39, 04.34.45.30.39,
    0805 55 60 61, 08 05 55 60 61, +33 (0)6 63 36 93 69, +33 6 63 36 93 69; ES 964 87 87 92,
    964 878 792, 900 107 264, +34 960 40 53 52, (+34) 718 404 804; IT 06 7591 5118, 06 75915118,
    353 428 4603, 800.343.254, +39 010 9179 746, (+39) 361 1523646; NL (020) 921 84 42, 020 921 8442,
    06 123 503 56, 06-123 503 56, 0800 956 0535, +31 (0)72 561 2923, +31 72 561 29 23,
    +31 (0)6 3395 3226, +31 6 33 95 32 26; PT 291 865 447, 918 870 845, +351 928 391 523; BR
    (48) 3222 1234, 48 3222.1234, (48) 99876-5432, 48 99876-5432, 0800 789 7520, +55 48 3222 1234,
    +55 48 99876-5432, +55 (48) 99876 5432; IN (0484) 276 2466, 0484-2762466, 97802 77198,
    97802-77198, 1800-343-5172, 1800 343 5172, +91 70249 88464, +91 70 2498 8464, +91 484 276 2466;
    CH/AT/BE/IE/AU '+41 (0)31 847 93 12', '+43 (0)512 383 210', '+43 (0)676 761 5927',
    '+32 (0)59 44 61 71', '+32 498 62 46 22', '+353 (0)1 916 1753', '+61 (0)2 4854 1703',
    '+61 (0)467 313 729'; local forms 421.5401 (US), 364 1487 / 364-1487 (GB), 420 74 55, 5148 3205,
    464 316 (DE), 665 1505 / 665-1505 (NL), 2472 0768 / 2472.0768 (BR), 2758243 / 275-8243,
    25127679 / 2512-7679 (IN).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each language's locale) and e-mail user names and domains (en_US); towns from
    numbers.AREAS; corpus negatives untouched from /work/shared/data: MATH-500 problems (MIT), AMC23
    problems (MIT), English HateCheck cases (CC BY 4.0) and Multilingual HateCheck German, French, Spanish,
    Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they can still
    mention protected groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@',
    'http', 'www.', no 7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses),
    nothing the guards or PhoneNumberMatcher flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v111.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v111.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v111.stats [RECORDS VALUES]

Counts (seed 22111; `python -m benchmarks.pii_v111.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1199 {'corpus': 118, 'neg': 286, 'pos': 795}
    values: 1658 by kind: {'PHONE': 1427, 'EMAIL': 120, 'CREDIT_CARD': 71, 'IBAN': 23, 'IP_ADDRESS': 16,
            'US_SSN': 1}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 395, 'PHONE/list-entry': 373,
            'PHONE/international': 148, 'EMAIL/role': 64, 'PHONE/other': 61, 'EMAIL/personal': 56,
            'CREDIT_CARD/solid': 26, 'CREDIT_CARD/spaced': 24, 'CREDIT_CARD/dashed': 21, 'IBAN/electronic':
            12, 'IBAN/print': 11, 'IP_ADDRESS/v4-private': 7, 'IP_ADDRESS/v6': 5, 'IP_ADDRESS/v4': 4,
            'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'dive': 215, 'kayak': 179, 'lifeguard': 177, 'openwater': 117, 'sup': 203, 'surf': 190}
    languages (documents written here): {'de': 159, 'en': 415, 'es': 56, 'fr': 71, 'hi': 63, 'it': 56, 'nl':
            133, 'pt': 128}
    corpus: {'amc23-en': 10, 'hatecheck-en': 20, 'math500-en': 40, 'mhc-dutch': 8, 'mhc-french': 8, 'mhc-
            german': 8, 'mhc-italian': 8, 'mhc-portuguese': 8, 'mhc-spanish': 8}
    document redraws: 0, value redraws: 224, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 44
    US SSNs are few (1): only the en_US lifeguard payroll sentence carries them.
"""

import json
import random
import sys

from faker import Faker

from .build import Builder
from .corpus import corpus

SEED = 22111
RECORDS = "tests/data/pii_heldout_v111.jsonl"
VALUES = "tests/data/pii_heldout_v111_values.jsonl"
FAKER_LOCALES = {
    "en": "en_US",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "it": "it_IT",
    "nl": "nl_NL",
    "pt": "pt_BR",
    "hi": "hi_IN",
}


def make():
    rng = random.Random(SEED)
    fakers = {}
    for i, (lang, loc) in enumerate(FAKER_LOCALES.items()):
        fk = Faker(loc)
        fk.seed_instance(SEED + i)
        fakers[lang] = fk
    builder = Builder(rng, fakers)
    docs = builder.build()
    docs += [(rec, []) for rec in corpus(rng)]
    rng.shuffle(docs)
    return docs, builder


def write(docs, records=RECORDS, values=VALUES):
    with open(records, "w", encoding="utf-8") as fr, open(values, "w", encoding="utf-8") as fv:
        for rec, vals in docs:
            rec = {"id": rec["id"], "locale": rec["locale"], "text": rec["text"], "spans": rec["spans"]}
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")


def main(argv):
    records, values = (argv + [RECORDS, VALUES][len(argv) :])[:2]
    docs, builder = make()
    write(docs, records, values)
    c = builder.c.neg
    print(
        f"documents: {len(docs)}; document redraws: {builder.doc_redraws}; value redraws: {c.redraws}; "
        f"replaced: {c.replaced}; hard-negative kinds used: {len(c.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
