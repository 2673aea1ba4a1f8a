# ruff: noqa: E501
"""Write tests/data/pii_heldout_v30.jsonl: a thirtieth, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v29.jsonl and of
    tests/data/pii_heldout_v29_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read; only the names of those folders were seen in a listing of benchmarks/),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command. Read: the module docstring of v29's generator
    (handed over as a text file), the [tool.ruff] part of pyproject.toml, /work/shared/data/SOURCES.md and
    the raw data files the corpus negatives come from (CSV header lines and schemas), directory listings of
    benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were made
    and checked with phonenumbers only (every written form is parsed back to the same number, local forms
    with their area code put back; cards with Luhn, IBANs with mod 97 and python-stdnum's national checks,
    SSNs with the SSA rules, IPs with the ipaddress module). Written under a 40-minute limit, so the phrase
    inventory is modest and phrasings are not tied to genres (a manual's "Step 2" may hold a club's number).
    Emphasis: the text of everyday institutions and small organisations as scraped from the web or exported
    from tools: school and club newsletters, parish and community notices, small-business pages (about,
    contact, opening hours), holiday-rental and property listings, event programmes, job adverts, local
    health-service leaflets, volunteer rotas, recipe/hobby blogs with comments, quick-start guides with
    warranty cards.

Format and conventions: those of v29 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines only, area_len
    = the length of the document's area code (checked equal to phonenumbers' geographic area code length),
    text = the subscriber part only; area_len given for every phone (0 where phonenumbers has none);
    AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB for
    national, list and service numbers; 00 prefixes only in documents from countries that dial 00 (never
    US, BR, AU); Hindi documents carry the locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed). Modes of the other kinds: EMAIL
    role/personal, CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN dashed/spaced. 'other' = service numbers (toll-free, shared cost). list-entry = a phone in a
    roster: Markdown tables, CSV/TSV rows (';', ',', TAB; a Day/Name/Role/Phone header), dot-leader lists,
    'Monday: Name, Role – number' lines. Guards (guards.guard_hits) on the masked text: no '@', no
    Luhn-valid 13-19 digit run (groups joined by single spaces or hyphens, every window of whole groups),
    no mod-97 IBAN shape, no SSN shape (3-2-4, '-' or ' '), no dotted quad, no IPv6; a document that trips
    a guard is redrawn and each hard-negative value is redrawn until it trips none on its own. A
    document's local numbers share one area code and the document names that area's town (title or
    sign-off); mobile-only phrasings (SMS, WhatsApp, 'Handy'/'Diensthandy', 'celular', 'app') carry mobiles
    only, landline-only ones (office landline, reception, 'Festnetz', 'ligne fixe', 'fijo', 'fisso', 'vaste
    lijn', 'fixo', 'लैंडलाइन') fixed lines only (US numbers fit both); a span never touches a letter or
    digit (checks.py tests it).

What is new against v29, by module
    genres and layouts (compose.py): newsletter (greeting, items), parish (town notices, '– ' bullets),
    business ('Home | Opening hours | Contact' nav, weekday/Saturday/Sunday hours block with '7:30–18:00',
    '9.00–12.30' style times, '© org, town' style sign-off), listing (holiday rental / property, '• '
    fact bullets: asking price, Wi-Fi password, key-safe code, land parcel, energy use), programme
    (time-prefixed running order), job (advert with references), leaflet (health service), rota
    (volunteer roster tables), blog (recipe post, 'Comments (n)', 'Name · dd.mm.2025' comment blocks,
    'Reply'), manual (quick-start guide 'Step n:' lines, '--- Warranty card ---' block with serial, LOT,
    EAN);
    phrasings (langs.py): written fresh for v30 in en, de, fr, es, it, nl, pt, hi: 8 general phone
    phrasings per language plus 3 mobile-only, 3 fixed-only, 4 local (en, de, nl, pt, hi), 3 service, 2
    each for e-mail, IBAN, card, IP and (en) SSN; 4 negative frames ('Please quote ...' only for reference
    kinds); 6 filler lines, 10 genre titles, roster labels, weekdays, volunteer roles and 6 organisation
    names per language;
    43 hard-negative kinds (negs.py), none in v29's list, labels in all eight languages: charity
    registration numbers, company numbers (Companies House, HRB, SIREN with Luhn, KvK, CNPJ with check
    digits, Indian CIN), VAT ids (GB, DE, ATU, CHE, FR, ES, IT, NL, BE, PT, GSTIN), US EINs, German
    Steuernummern (12/345/67890), PO boxes (German 'Postfach 10 07 52' pairs), planning application refs
    (24/01234/FUL), hymn numbers, raffle tickets, population figures (1,487,708 / 1.487.708 / 1 487 708 /
    Indian 14,87,708), asking prices (lakh grouping for India), Wi-Fi passwords, key-safe codes, article
    numbers (702.611.50), PZN (mod 11), EAN-13 (GTIN check), ISBN-13, LOT numbers, serial numbers in
    4-4-4 groups, order numbers, invoice numbers, job refs, German court file numbers, meter readings,
    bus departure lists, nutrition (kJ/kcal), oven temperatures, OS grid refs / decimal coordinates, land
    parcels (cadastre refs per country), energy use kWh/m², room numbers, medicine dosing (500 mg 1-0-1),
    vaccine batches, row/seat blocks, race bib + finish time, match scores, postal codes (Indian PIN
    '400 001'), parcel tracking (1Z...), customer numbers in 2-3-3 groups, meter-point ids in 2-3-3-3
    groups, altitudes, library shelfmarks, pack sizes;
    number habits (values.py): besides phonenumbers' own, US (402)341-7776, 1 402 341 7776, local
    341.7776; GB (01223) 585957, 01865 889 068, 0113-4178128, 07478-706524; DE (0351) 3482447,
    0 30 / 28 89 95 79 style pairs from the right, 0761/83414-83 style, 015577/365894, local 911 07 04,
    9 11 07 04; NL 0318 46 35 13, 010 - 5380695, 06 - 1234 5678, 0612345678, local 72 78 683; FR
    01-23-45-67-89, service numbers in pairs '08 01 07 24 37'; ES 912-345-678, 912.345.678, (+34) 912 345
    678; IT 02/12028072, 06.12345678, 335/1234567; BR (11)3592-5634, (85) 5410-4090, (11) 9 8765-4321,
    11987654321, local 3592.5634; PT 912 345 678, 21 255 8697; IN 0141 - 2141719, (022) 21033962,
    098765 43210, 987 654 3210, local 214-1719; +cc (0) area rest, +1.402.341.7776, 00cc-NSN.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN national checks; Faker (MIT) for names only (hi_IN names in Hindi
    documents); towns from values.AREAS and values.TOWNS; corpus negatives untouched from /work/shared/data:
    GSM8K train questions (MIT), MATH-500 problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval
    prompts (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side (MIT; can be offensive),
    OpenAI moderation samples, prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0;
    can be hateful), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC
    BY 4.0; can be hateful); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run
    (digits joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards flag. Row =
    0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v30.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v30.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v30.stats [RECORDS [VALUES]]

Counts (seed 10030; `python -m benchmarks.pii_v30.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors
    documents: 1200 {'pos': 600, 'neg': 450, 'corpus': 150}
    values: 1875; by kind: PHONE: 1457, EMAIL: 171, IP_ADDRESS: 87, CREDIT_CARD: 64, IBAN: 61, US_SSN: 35
    modes: PHONE/local-announced: 450, PHONE/national: 378, PHONE/international: 251, PHONE/list-entry: 251,
        PHONE/other: 127
    local-announced by region: US: 75, GB: 75, DE: 75, NL: 75, BR: 75, IN: 75
    genres: business: 117, blog: 113, manual: 109, listing: 108, programme: 108, parish: 104, rota: 104,
        newsletter: 100, leaflet: 96, job: 91
    hard-negative kinds used: 43; hard-negative values: 3201; guard redraws: 0
"""

import json
import sys
from pathlib import Path

from .build import SEED, build

OUT = Path("tests/data/pii_heldout_v30.jsonl")
OUT_VALUES = Path("tests/data/pii_heldout_v30_values.jsonl")


def dump(records, values):
    a = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    b = "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values)
    return a, b


def main(argv=None):
    records, values, b = build(SEED)
    a, v = dump(records, values)
    OUT.write_text(a, encoding="utf-8")
    OUT_VALUES.write_text(v, encoding="utf-8")
    print(
        f"wrote {OUT} ({len(records)} documents) and {OUT_VALUES}; hard negatives {b.neg_count}, kinds {len(b.neg_kinds)}, guard redraws {b.redraws}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
