"""Write tests/data/pii_heldout_v117.jsonl: a held-out labelled set for PII detection (phone numbers
above all, plus cards, IBANs, e-mails, IPs and US SSNs), set 117, built on the conventions of v52.

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (nothing under tests/ was read or listed; only the two output files were written
    there), earlier sets' generators (no benchmarks/pii*/ folder other than this one was opened or listed),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command, no PII detector or redactor and no make target.
    Read: the brief; the module docstring of v52's generator (handed over as a text file); the first three
    lines of v52's records and sidecar (handed over, for the format); the ruff settings (handed over as a
    text file); /work/main/pyproject.toml (first five lines only); /work/shared/data/SOURCES.md, a listing
    of /work/shared/data (two levels), the first few hundred bytes of the English HateCheck CSV, the Dutch
    Multilingual HateCheck CSV and MATH-500, and the keys of AMC23's first line; the other corpus files were
    only read by corpus.py. GSM8K train was not used. Numbers were made and checked with phonenumbers only:
    drawn at random from a prefix (numbers.PREFIXES), kept when valid, of the wanted type and of the wanted
    region (so no Guernsey or Jersey number passes as GB), and every written form parsed back to the same
    valid number of the stated region (local forms with their trunk prefix and area code put back,
    habits.put_back); cards with Luhn, IBANs with python-stdnum, SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives are screened as v52 describes: each value on its own (parse +
    is_valid_number, and PhoneNumberMatcher at Leniency.VALID) for the document's own, national and language
    home regions, plus the guards (negs.guard_hits: e-mail shape, Luhn-valid 13-19 digit runs with spaces or
    dashes removed, mod-97 IBANs, IPv4/IPv6, SSN shapes), and each whole document again with its labelled
    spans blanked (checks.py repeats the whole-document screen). A value still dirty after 200 draws would be
    replaced by a dash (negs.Drawer); in the shipped build none was (0), after interpreter booking references
    were given a letter ('BSL/25K0417'), paratransit ids the form 'ADA-48213-C', FM channels two decimals,
    and NDIS participant numbers were dropped (they collide with Australian mobiles).
    Written under a 35-minute limit, so cells are small (2-8 sentences per slot); English has 6 genres,
    German 5, Dutch 5, French 4, Spanish 4, Italian 4, Portuguese 4, Hindi 4. Emphasis: disability and
    accessibility services.

Format and conventions: those of v52 (record {"id", "locale", "text", "spans"}, spans as objects {kind,
    start, end}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [...]} in span
    order, each value {kind, mode, text}, PHONE values also with region, e164, area_len; PHONE modes
    international, national, local-announced, list-entry, other). Subscriber-only numbers (local-announced)
    for US, GB, DE, NL, BR, IN fixed lines, exactly 75 each (IN: 40 in English, 35 in Hindi documents);
    area_len = the length of the document's area code, asserted equal to phonenumbers' geographical area
    code length, null for every other phone; text = the subscriber part only; a document's local numbers
    share one area code and the phrasing names its town and belongs to the document's genre. AT/CH/BE/AU/IE
    documents write their own numbers internationally only and use DE, FR, NL or GB for national, list and
    service numbers (compose.LOCALES); no 00 prefixes. Hindi documents carry the locale en_IN and 'hi-'
    before the genre in the id; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row> (Multilingual HateCheck: mhc-<language>-<row>); shuffled with the seed. Other
    modes: EMAIL personal/role, CREDIT_CARD spaced/solid/dashed, IBAN print/electronic, IP_ADDRESS
    v4/v4-private/v6, US_SSN spaced/dashed. 'other' = toll-free, shared-cost or UAN numbers (phonenumbers'
    type is checked). list-entry = a phone in a contact block at the end of a document, one per line, in
    five layouts new against v52: '• Label: <phone>', 'Label<TAB><phone>', '<phone> — Label',
    'Label >> <phone>', '- Label, <phone>' (heads 'Access contacts', 'Relay and interpreter lines', 'Numbers
    for your fridge door', 'Who can help', 'Barrierefrei erreichbar', 'Hilfe im Alltag', 'Numéros
    accessibilité', 'Qui appeler', 'A quién llamar', 'Recapiti accessibilità', 'Bereikbaarheid',
    'Hulplijnen', 'Para quem ligar', 'काम के नंबर', ...). No phone is split across lines; words stay outside.

What is new against v52, by module
    genres (lex_en.py, lex_de_fr.py, lex_es_it.py, lex_nl_pt_hi.py; build.py, compose.py): 6 genres, none in
    v52, all in disability and accessibility services: relay (text relay, video relay and captioned
    telephone services), interpreter (sign-language interpreter bookings: BSL, ASL, DGS, LSF, LSE, LIS, NGT,
    Libras/LGP, ISL), mobility (wheelchair, scooter, stairlift repair and hire), taxi (accessible taxis,
    paratransit, dial-a-ride, Regiotaxi, Eurotaxi), advocacy (advocacy and self-help groups, newsletters,
    tribunal support), loan (assistive-technology and hearing-equipment lending); all sentences written fresh
    in en, de, fr, es, it, nl, pt, hi; local numbers announced in new ways ('Deaf and hard-of-hearing
    residents in Omaha can reach the relay help desk from a local phone at', 'Wheelchair van dispatch, Tulsa
    city limits only:', '<town> paratransit riders: cancellations ..., lost property ...', 'If you live in
    Leeds, ring the shopmobility desk on ... - there is no need for the dialling code', 'From a York
    landline: BSL interpreting bookings', 'Dial-a-ride Exeter: bookings ..., changes on the day ...',
    'Within Pune, the deaf helpline can be dialled without the STD code:', 'Wer in Kassel wohnt, erreicht
    den Fahrdienst im Ortsnetz unter', 'Rollstuhltaxi Bonn: Bestellung ..., Storno ... (jeweils ohne
    Vorwahl)', 'Woont u in Arnhem? Voor de regiotaxi belt u binnen de stad gewoon', 'Rolstoelreparatie in
    Delft: ... (zonder netnummer)', 'Quem mora em Recife agenda o transporte adaptado pelo fixo local',
    'Táxi acessível Natal: pedidos ..., reclamações ...', 'Jaipur शहर के अंदर बधिर हेल्पलाइन का लोकल नंबर',
    'दुभाषिया सेवा, Kochi: लोकल कॉल ..., रात में ...'); cards for scooter deposits, interpreter fees and
    taxi fares, IBANs for donations, hire payments and interpreter invoices, IPs of videophone servers,
    remote-interpreting platforms, dispatch tablets, webinar streams and communication aids, an SSN on an
    SSI appeal (en_US relay only);
    40 hard-negative kinds (negs.KINDS), all used, none in v52's list: ISO 9999 product classes, German
    Hilfsmittelverzeichnis numbers, PZNs, GS1 UDI-DIs with check digit, HCPCS codes, interpreter booking
    references, relay call ids (three groups of four), communications-assistant numbers, paratransit
    eligibility ids, trip ids, vehicle registrations, fleet numbers, fares, appointment dates, pick-up
    windows, maximum user weights, battery specs (V/Ah), turning radii, door clearances, lift platform
    sizes, tyre pressures (bar/psi), FM-system frequencies, TTY baud rates, caption rates (wpm), grant
    references, membership numbers, room numbers, tribunal references, ISBN-13s, GdB degrees, funding
    shares, GPS coordinates, SMS verification codes, accessibility standards (EN 301 549, DIN 18040-1, IEC
    60118-4, ...), WCAG success criteria, scooter speeds, route lengths, hearing thresholds (dB HL),
    hearing-aid programme slots, benefit amounts;
    number habits (habits.py): US 505.332.0716, (505)332-0716, 1.505.332.0716, 505–332–0716 (en dashes),
    1 505 332 0716, +1-505-332-0716, +1.505.332.0716, +1 505-332-0716, 800.201.2904, 1 800 201 2904;
    GB 0113-496-0018, 0113 496 0018, (0113) 4960018, 07700-900123, 0770 090 0123, 07700.900.123,
    +44 (0)113 496 0018, +44 (0) 113 4960018, +44-113-4960018, 0808-196-1234; DE (0341) 234 5678,
    0341-2345678, 0341 2 34 56 78, 0341.2345678, 0151 2345 6789, 0151-2345 6789, (0151) 23456789,
    +49 (0)341 234 5678, +49 (0) 341 2345678, +49-341-2345678, 0800-1234567, (0800) 123 4567;
    FR 04.44.78.76.74, 04 44 78 76 74, +33 (0)4 44 78 76 74, +33 (0) 4.44.78.76.74, +33 4 44 78 76 74,
    08.00.12.34.56, 08 05 36 03 71; ES
    91 234 56 78, 912 34 56 78, 912.345.678, 612.345.678, 612-345-678, +34 912 345 678, +34.912345678,
    +34-912-345-678;
    IT 06 7675 8513, 06.7675.8513, (06) 76758513, 333 123 4567, 333.1234567, 333-123 4567, 800.123456,
    +39 06 7675 8513, +39 333 123 4567,
    +39.0676758513; NL (050) 312 34 56, 050 312 3456, 050/3123456, 06 12 34 56 78,
    06-1234 5678, (06) 12 34 56 78, +31 (0)50 312 3456, +31-50-3123456, 0800-0223344; PT 213.456.789,
    21 345 6789, +351 213 456 789, 808 200 520; BR (51) 3222.1234, 51 3222.1234, 0 51 3222-1234,
    (51) 98765-4321, 51 98765.4321, +55 51 3222 1234, +55-51-98765-4321, 0800.701.2345; IN (020) 2612 3456,
    020 - 26123456, 020-2612-3456, 098765-43210, 987 654 3210, 9876543210, +91 (20) 26123456,
    +91-98765 43210,
    1800 209 5678; CH/AT/BE/AU/IE '+41 (0)44 296 69 51', '+41-44-296-69-51', '+43 (0)1 234 5678',
    '+32 (0) 2 5123456', '+61 (0)2 9876 5432', '+353 (0)87 123 4567'; local forms 332.0716, 332–0716,
    332 - 0716, 496-0018, 4960 018, 61 23 45, 612-345, 2 34 56 78, 23456-78, 234 5678, 312-3456, 31 23 456,
    3222.1234, 32 22 12 34, 2612-3456, 2612 3456, 261-2345.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN checks; Faker (MIT) for names (Hindi documents from hi_IN, in
    Devanagari; others from each locale) and e-mail user names and free-mail domains (en_US); towns from
    numbers.AREAS and the lexicons; corpus negatives untouched from /work/shared/data: GSM8K test questions
    (MIT), MATH-500 problems (MIT), AMC23 questions (MIT), HumanEval prompts (MIT), English HateCheck and
    Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0); only cases
    labelled non-hateful are taken, those targeting disabled people first (they can still mention protected
    groups; Portuguese cases carry pt_BR); screened: at most 1,500 characters, no '@', 'http', 'www.', no
    7+ digit run (digits joined by whitespace, dashes, dots, slashes or parentheses), nothing the guards or
    PhoneNumberMatcher flag. Row = 0-based data row (HumanEval, GSM8K, MATH-500, AMC23: 0-based line).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v117.make_heldout_set [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v117.checks [RECORDS VALUES]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v117.stats [RECORDS VALUES]

Counts (seed 22117; `python -m benchmarks.pii_v117.stats` prints them all)
    rebuild matches the files: True (two builds byte-identical); checks: 0 errors; ruff check and ruff
            format: 0 findings
    documents: 1250 {'corpus': 122, 'neg': 300, 'pos': 828}
    values: 1625 by kind: {'PHONE': 1343, 'EMAIL': 130, 'IBAN': 63, 'IP_ADDRESS': 48, 'CREDIT_CARD': 40,
            'US_SSN': 1}
    modes: {'PHONE/local-announced': 450, 'PHONE/list-entry': 396, 'PHONE/national': 316, 'PHONE/other': 99,
            'PHONE/international': 82, 'EMAIL/role': 70, 'EMAIL/personal': 60, 'IBAN/print': 38,
            'IBAN/electronic': 25, 'IP_ADDRESS/v4-private': 17, 'CREDIT_CARD/dashed': 17, 'IP_ADDRESS/v6': 16,
            'IP_ADDRESS/v4': 15, 'CREDIT_CARD/spaced': 13, 'CREDIT_CARD/solid': 10, 'US_SSN/dashed': 1}
    local-announced by region: {'BR': 75, 'DE': 75, 'GB': 75, 'IN': 75, 'NL': 75, 'US': 75}
    genres: {'advocacy': 245, 'interpreter': 226, 'loan': 77, 'mobility': 182, 'relay': 122, 'taxi': 276}
    languages (documents written here): {'de': 171, 'en': 420, 'es': 49, 'fr': 70, 'hi': 80, 'it': 79,
            'nl': 131, 'pt': 128}
    corpus: {'amc23-en': 8, 'gsm8k_test-en': 30, 'hatecheck-en': 12, 'humaneval-en': 15, 'math500-en': 15,
            'mhc-dutch': 7, 'mhc-french': 7, 'mhc-german': 7, 'mhc-italian': 7, 'mhc-portuguese': 7,
            'mhc-spanish': 7}
    document redraws: 0, value redraws: 407, kinds replaced after 200 dirty values: 0,
            hard-negative kinds used: 40
    US SSNs are few (1): only one en_US relay sentence carries them.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from .build import Builder

SEED = 22117
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v117.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v117_values.jsonl"


def build() -> tuple[list[dict], Builder]:
    builder = Builder(SEED)
    return builder.build(), builder


def write(docs: list[dict], records: Path, values: Path) -> None:
    with open(records, "w", encoding="utf-8") as rf, open(values, "w", encoding="utf-8") as vf:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            rf.write(json.dumps(rec, ensure_ascii=False) + "\n")
            vf.write(json.dumps({"values": d["_values"]}, ensure_ascii=False) + "\n")


def main(argv: list[str]) -> None:
    records = Path(argv[0]) if argv else RECORDS
    values = Path(argv[1]) if len(argv) > 1 else VALUES
    docs, builder = build()
    write(docs, records, values)
    print(f"wrote {len(docs)} documents to {records} and {values}")
    print(
        f"document redraws: {builder.doc_redraws}, value redraws: {builder.drawer.redraws}, "
        f"replaced: {builder.drawer.replaced}, kinds used: {len(builder.drawer.used)}"
    )


if __name__ == "__main__":
    main(sys.argv[1:])
