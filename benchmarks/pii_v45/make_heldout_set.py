"""Write tests/data/pii_heldout_v45.jsonl: a forty-fifth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v43's generator (handed over as a text file); the first three
    lines of v43's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/shared/data/SOURCES.md, a listing of /work/shared/data and its math/ and moderation/
    folders, and the first lines of MATH-500 test, GSM8K train, the German multilingual HateCheck CSV and
    the English HateCheck CSV (for their fields); the other corpus files were only read by corpus.py. No
    library source was opened; phonenumbers, python-stdnum, Faker and ruff were used through their public
    interfaces only. Numbers were made and checked with phonenumbers: every written form is parsed back to
    the same valid number of the wanted type and region (local forms with their trunk prefix and area code
    put back, and phonenumbers' geographic area-code length asserted); cards with Luhn, IBANs with
    python-stdnum (mod 97 plus its national checks), SSNs with the SSA rules, IPs with the ipaddress
    module. Hard negatives are screened as v43 describes: each value on its own (parse + is_valid_number,
    and PhoneNumberMatcher at Leniency.VALID) for the document's region and its language's home regions
    (screens.LANG_REGIONS), plus the guards (screens.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs,
    mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled spans blanked
    (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be replaced
    by 'RAL 9010' (negs.Drawer.draw); in the shipped build none was (0 swaps; during development tyre
    sizes were nearly always phone-shaped for GB/AU/IE/DE, because phonenumbers.parse drops the letters
    and keeps e.g. 225 65 16 86, so bare sizes and van-tyre sizes with double load indices were added).
    Code formatting was normalised with `ruff format --line-length 110` (no change to the output).
    Written under a 45-minute limit (it took about an hour), so each language's cells are small (2-5
    lines per slot) and not every genre exists in every language (English has all 11, the others 4-6).
    pt_BR and pt_PT documents share one Portuguese table (a few European words such as 'T2' or
    'matrícula' appear in Brazilian documents).
    Emphasis: trades, repairs, property and classifieds.

Format and conventions: those of v43 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each; area_len = the length of the document's area
    code (without trunk prefix), asserted equal to phonenumbers' geographic area code length, null for every
    other phone; text = the subscriber part only; a document's local numbers share one area code and the
    phrasing names its town (IN locals come from en_IN English and Hindi documents). AT/CH/BE/AU/IE
    documents write all their numbers internationally in their own region (no service numbers there); no
    00 prefixes. Hindi documents carry the locale en_IN and 'hi-' before the genre in the id; ids
    <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or <source>-<language>-<row>; shuffled with
    the seed. Modes of the other kinds: EMAIL role/personal, CREDIT_CARD spaced/dashed/solid, IBAN
    print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN dashed/spaced. 'other' = service numbers
    (toll-free, shared cost, UAN: phonenumbers' type and region are checked). 'national' includes mobiles
    written nationally. list-entry = a phone in a block at the end of a document under a heading ('Numbers
    to keep by the fuse box:', 'Handy numbers:', 'Telefonliste fürs Haus:', 'Wichtige Nummern im Haus:',
    'Numéros à garder :', 'À afficher dans l'entrée :', 'Teléfonos de interés:', 'Para tener a mano:',
    'Numeri da tenere a portata di mano:', 'Recapiti del condominio:', 'Handige nummers:', 'Nummers voor
    in de meterkast:', 'Contactos úteis:', 'Números da casa:', 'काम आने वाले नंबर:', 'घर के ज़रूरी फ़ोन:'),
    one '<label>: <phone>', '<label> – <phone>' or '- <label> <phone>' per line. Tear-off noticeboard
    slips repeat one number three times on one line ('[[tab]] | [[tab]] | [[tab]]'): each copy is its own
    span and value. A positive document always carries at least one value. No phone is split across
    lines; words stay outside the span. French documents sometimes keep no-break spaces inside a number.

What is new against v43, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; compose.py): 11 genres from trades,
    repairs, property and classifieds, none in v43: flyer (tradespeople's flyers and van lettering),
    emergency (plumber, electrician and locksmith emergency cards), garage (garage and workshop invoices
    and job sheets), carsale (car-for-sale classifieds), tolet (flat- and room-to-let classifieds), agent
    (estate-agent listings and viewing slots), landlord (landlord-to-tenant letters), siteboard
    (building-site boards), removal (removal and cleaning quotes), notice (lost-and-found and noticeboard
    slips with tear-off tabs), market (second-hand marketplace listings); en: all 11; de: flyer,
    emergency, garage, tolet, landlord, siteboard; fr: emergency, carsale, agent, removal, notice; es:
    flyer, tolet, garage, market; it: garage, agent, landlord, siteboard; nl: tolet, notice, removal,
    flyer, market; pt: carsale, agent, emergency, market; hi: tolet, flyer, emergency, carsale. All
    sentences written fresh for v45. Local numbers announced in new ways ('Serving Dayton: local calls',
    'Right here in Tulsa, dial ... - day or night', 'Reno customers, no area code needed: ... (shop) or
    ... (after hours)', 'Painted on the truck: Boise - ...', 'Ring Norwich ...' (town name before the
    number, as on old van lettering), 'On the van: "Exeter ..."', 'From a Derby number just dial',
    'Leeds office ..., yard ...', 'Lucknow local line:', 'Within Pune, call ... directly', 'For Jaipur
    customers, landline ... or ...', 'Kunden in Kassel wählen einfach', 'Hier in Rostock erreichen Sie
    uns unter', 'Augsburg und Umgebung: ... (Büro), ... (Werkstatt)', 'Auf dem Flyer: "Lübeck ..."',
    'In Delft bel je gewoon', 'Voor klanten in Breda:', 'Arnhem en omgeving: ... (werkplaats) of ...
    (kantoor)', 'Atendemos Recife: ... (ligação local)', 'Moradores de Natal ligam direto', 'Em Santos:
    loja ..., oficina ...', 'Patna के ग्राहक सीधे ... पर फ़ोन करें', 'Surat में लैंडलाइन:', 'Nagpur दफ़्तर
    ..., गोदाम ...'); towns are mid-sized trade towns; cards in deposits and invoices, IBANs for rent,
    deposits and invoices, IPs on routers, smart-meter gateways and site CCTV, SSNs in US rental
    applications;
    48 hard-negative kinds defined in neg_kinds_a.py and neg_kinds_b.py (negs.KINDS), all 48 used, none in
    v43's list: VINs with ISO 3779 check digit, registration plates (GB, DE, FR, ES, IT, NL, PT, BR
    Mercosul, IN, US), OEM part numbers, UK Gas Council appliance numbers, boiler model designations,
    electricity/gas meter ids, meter readings (kWh, m³), floor areas (m², m2, sqm, sq ft), monthly rents,
    asking prices of cars and goods, house guide prices, cadastral and land-registry references
    (Flurstück, section/n°, referencia catastral, foglio/particella/sub., kadastraal sectie, artigo
    matricial/matrícula, Khasra no., APN, HM Land Registry title numbers), energy ratings (EPC, DPE,
    Energieklasse, classe energetica, energielabel, certificado energético, classe energética), quote
    numbers, job and work-order numbers, invoice numbers, paint colour codes (RAL, NCS, Farrow & Ball, BS
    4800, car paint codes), tyre sizes (with load/speed index, bare, van 'C' sizes), mileages, engine
    sizes and power, first-registration and MOT/TÜV months, pipe sizes (mm, DN, BSP, Ø), cable
    cross-sections, circuit breakers and RCDs, lock-cylinder sizes, dimensions, postcodes, flat and floor
    designations, viewing slots (time ranges), move-in dates, estate-agent reference numbers, planning and
    building-permit references (UK 24/01234/FUL, Az., PC, CILA prot., OLO, alvará, BP), torque settings,
    tyre and heating pressures (bar, psi), screw and bolt sizes, engine-oil specifications, car-battery
    ratings, window U-values, timber sections, removal volumes (m³, cu ft), hourly trade rates, trade
    registrations (Gas Safe, NICEIC, licence #, Handwerksrolle, HRB, RCS, REA, KvK, CREA, GSTIN),
    construction years, security key-card numbers, lost-property references, appliance serial numbers,
    EAN-13 barcodes with check digit, storage sizes;
    number habits (numbers.py and forms.py; cards, IBANs, IPs, SSNs and e-mails are made in others.py):
    US 937.764.1817, 1-937-764-1817, (937) 764-1817, +1.937.764.1817, +1-937-764-1817, +1 937-764-1817,
    toll-free 1-888-412-7730, 888.412.7730; GB 01603 612345, 0161 496 0123, (0161) 496 0123, 0207 946 0123
    (London's 020 regrouped as people write it), +44 (0)1603 612 345, mobiles 07911 123456, 0791 112 3456,
    +44 (0)7911 123456, 0800-123-4567; DE 06221/54 23 17, 0621 12345-67 (extension-style hyphen),
    0 621 / 123 4567, 06221 54 23 17, +49 621 1 23 45 67, mobiles 0171 / 234 56 789, 0151 234 567 89,
    +49 (0)171 23456789, 0800 / 1234567; FR 04.78.12.34.56, 04 78 12 34 56 (also with no-break spaces),
    +33 (0)4 78 12 34 56, mobiles 06.12.34.56.78, services 0800 12 34 56, 08.05.12.34.56; ES 912 34 56 78,
    912.345.678, +34 912 345 678; IT 02 1234 5678, 02.12345678, 011.1234567, +39 0612345678, mobiles
    333.1234567, 333 12 34 567, 800.123.456; NL 023 123 45 67, 023-1234567, (023) 123 45 67,
    +31 (0)23 123 4567, mobiles 06 123 456 78, 06-123 456 78, +31 (0)6 12345678, 0800 1234;
    PT 218 123 456, 21 812 3456, +351 218 123 456; BR (19) 3521.4000, 19 3521.4000, (19)3521-4000,
    (019) 3521-4000, +55 19 3521.4000, mobiles (19) 98765.4321, 19 98765-4321, 0800 701 1234;
    IN 0522 234 5678, 0522-234 5678, (0522) 2345678, (020) 23456789, mobiles 9845 012 345, 9845012345,
    1800 102 3456; AT/CH/BE/AU/IE '+CC (0)area rest' as well as '+CC area rest'; local forms 764.1817,
    764 1817, 612 345, 7946 0123, 12345-67 and 5423-17 (DE, extension-style hyphen), 542 317, 123 45 67,
    253 35 50, 3521.4000, 3521 4000, 234 5678, 23 45 678, 2345-6789.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN check digits and checks; Faker (MIT) for first and last names in
    personal e-mail addresses; towns from numbers.AREAS; corpus negatives untouched from /work/shared/data:
    MATH-500 test problems (MIT), GSM8K train questions (MIT), Multilingual HateCheck German, French,
    Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases labelled non-hateful are taken (they
    can still mention protected groups); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+
    digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row (the line number in the JSONL file, the CSV row under
    the header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v45.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v45.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v45.stats [RECORDS [VALUES]]

Counts (seed 10045; `python -m benchmarks.pii_v45.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff: 0 findings
    documents: 1263 {'pos': 805, 'neg': 322, 'corpus': 136}
    values: 2090 by kind: {'PHONE': 1722, 'EMAIL': 202, 'IP_ADDRESS': 85, 'CREDIT_CARD': 40, 'IBAN': 36,
            'US_SSN': 5}
    modes: {'PHONE/national': 474, 'PHONE/local-announced': 450, 'PHONE/list-entry': 395,
            'PHONE/international': 266, 'PHONE/other': 137, 'EMAIL/role': 121, 'EMAIL/personal': 81,
            'IP_ADDRESS/v4-private': 38, 'IBAN/print': 28, 'IP_ADDRESS/v6': 26, 'IP_ADDRESS/v4': 21,
            'CREDIT_CARD/solid': 18, 'CREDIT_CARD/spaced': 11, 'CREDIT_CARD/dashed': 11, 'IBAN/electronic': 8,
            'US_SSN/dashed': 3, 'US_SSN/spaced': 2}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    phones by region: {'AT': 23, 'AU': 46, 'BE': 42, 'BR': 168, 'CH': 42, 'DE': 204, 'ES': 70, 'FR': 107,
            'GB': 214, 'IE': 40, 'IN': 228, 'IT': 73, 'NL': 190, 'PT': 52, 'US': 223}
    genres: {'agent': 108, 'carsale': 116, 'emergency': 127, 'flyer': 125, 'garage': 103, 'landlord': 57,
            'market': 120, 'notice': 79, 'removal': 78, 'siteboard': 78, 'tolet': 136}
    languages (documents written here): {'de': 161, 'en': 399, 'es': 56, 'fr': 112, 'hi': 70, 'it': 56,
            'nl': 126, 'pt': 147}
    hard-negative kinds used: 48; document redraws: 0, value redraws: 1535,
            kinds replaced after 200 dirty values: 0
"""

import json
import random
import sys
from pathlib import Path

from . import compose, corpus, negs

SEED = 10045
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v45.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v45_values.jsonl"


def build():
    rng = random.Random(SEED)
    drawer = negs.Drawer(rng)
    written, stats = compose.build_all(rng, drawer)
    rows = [(rec, vals) for rec, vals, _ in written]
    rows += [(rec, []) for rec in corpus.load(rng)]
    rng.shuffle(rows)
    stats.update(value_redraws=drawer.redraws, swaps=drawer.swaps, kinds_used=sorted(drawer.used))
    return rows, stats


def dump(rows):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in rows)
    vals = "".join(json.dumps({"values": v}, ensure_ascii=False) + "\n" for _, v in rows)
    return recs, vals


def main(argv=None):
    rows, stats = build()
    recs, vals = dump(rows)
    OUT.write_text(recs, encoding="utf-8")
    OUT_VALUES.write_text(vals, encoding="utf-8")
    print(
        "wrote %d documents; redraws: %s" % (len(rows), {k: v for k, v in stats.items() if k != "kinds_used"})
    )
    print("hard-negative kinds used: %d" % len(stats["kinds_used"]))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
