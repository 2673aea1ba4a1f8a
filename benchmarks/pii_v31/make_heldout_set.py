# ruff: noqa: E501
"""Write tests/data/pii_heldout_v31.jsonl: a thirty-first, independent held-out labelled set for PII detection
(phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, import or run the project's code (nothing
    under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v30.jsonl and of
    tests/data/pii_heldout_v30_values.jsonl, for the format; one slip: a `ls tests/data | grep v3` was run,
    which showed only the four file names pii_heldout_v3*.jsonl / pii_heldout_v30*.jsonl, no contents),
    earlier sets' generators (benchmarks/pii*/ was neither listed nor read; only the folder names were seen
    in a listing of benchmarks/), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v30's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from (CSV header lines and
    JSON keys), directory listings of benchmarks/ and /work/shared/data/. No PII detector or redactor was
    run on this set; numbers were made and checked with phonenumbers only (every written form is parsed
    back to the same valid number, local forms with their area code put back; cards with Luhn, IBANs with
    mod 97 and python-stdnum's national checks, SSNs with the SSA rules, IPs with the ipaddress module).
    Hard negatives were screened with phonenumbers: each value on its own (parse + is_valid_number, and
    PhoneNumberMatcher at Leniency.VALID) for the document's region and its home region, and each whole
    document again with its labelled spans masked; a value that cannot be drawn clean in 200 tries is left
    out (this happens for 15-digit pet microchips in German documents, which phonenumbers takes for valid
    German fixed lines). Written under a 40-minute limit (slightly overrun), so each genre cell is small.
    Emphasis: personal and semi-personal writing with numbers in it, each genre with its own sentences in
    every language (no sentence pool shared across genres): diary entries, travel journals, letters to
    family, marketplace and lost-and-found posts, neighbourhood chat groups (WhatsApp-export timestamps),
    tenant/landlord messages, wedding and party invitations with RSVP lines, school parents' groups,
    sports-team squads and carpools, doctor and vet appointment reminders, handwritten-note transcriptions.

Format and conventions: those of v30 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines only, area_len
    = the length of the document's area code (asserted equal to phonenumbers' geographic area code
    length), text = the subscriber part only; area_len given for every phone (0 where phonenumbers has
    none); AT/CH/BE/AU/IE documents write their own numbers internationally only and use DE, FR, NL or GB
    for national, list and service numbers; 00 prefixes only for numbers of countries that dial 00 (never
    US, BR, AU); Hindi documents carry the locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> (n = place in
    build order) or <source>-<language>-<row>; shuffled with the seed). Modes of the other kinds: EMAIL
    role/personal, CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6,
    US_SSN dashed/spaced. 'other' = service numbers (toll-free, shared cost, UAN). list-entry = a phone in
    a roster block (Markdown table, ';' / ',' / TAB rows under a Name/Role/Phone header, dot leaders,
    '– Name, role: number' lines). Guards (guards.guard_hits) on the masked text as v30 describes. A
    document's local numbers share one area code and the document names that area's town in the phrasing
    itself ('If you're in Des Moines, just dial 606 6615'); mobile-only phrasings (WhatsApp, SMS, 'app me')
    carry mobiles only, landline-only ones (house phone, Festnetz, ligne fixe, fijo, fisso, vaste lijn,
    fixo, लैंडलाइन) fixed lines only (US numbers fit both); a span never touches a letter or digit. NEW:
    a phone may be split across a line break at a group boundary (diary, letter, chat and note genres);
    its value text then contains the '\\n' exactly as the document does.

What is new against v30, by module
    genres and layouts (compose.py, texts_en.py, texts_eu.py): 11 personal genres (diary, travel, letter,
    market, chat, tenant, invite, school, team, appt, note), each a separate cell per language with
    titles/openings, fillers, phone lines, negative lines and sign-offs; chat lines carry WhatsApp-export
    prefixes ('[14/03/25, 21:07] Name: ', US '[3/14/25, 9:07 PM]'); notes are single-spaced with
    '[handwritten note, …]' headers and arrows ('Mrs Patel upstairs → number');
    phrasings: all written fresh for v31 in en, de, fr, es, it, nl, pt, hi, none taken from v30's list:
    per genre 2-3 phone lines, plus 2-3 mobile-only, 2 fixed-only, 3-4 local (en, de, nl, pt, hi), 2-3
    service, 1-2 each for e-mail, IBAN, card, IP and (en) SSN;
    33 hard-negative kinds (negs.py), none in v30's list: step counts, blood pressure, fever temperature,
    lottery lines, flight numbers, gates, hotel confirmation numbers (9-11 digits), exchange rates, train
    services, coach/seat, parcel-locker pickup codes, flat/apartment identifiers, gift-voucher codes,
    marketplace prices and rents in local currency (lakh grouping for India), pet microchips (15 digits
    with ISO country code), bike frame numbers, dimensions, vehicle registration plates (per country),
    door/key-safe codes, boiler fault codes, key numbers, wedding table numbers, gift-list numbers, clock
    times in local styles (15h30, 15.30 Uhr, 3.30 pm), pupil numbers, school-holiday date ranges, shirt
    numbers, league-table lines, player licence numbers, appointment references, body/pet weights,
    insurance policy numbers;
    number habits (values.py): besides phonenumbers' own INTERNATIONAL format, US 1 (402) 341-7776,
    +1-402-341-7776, local 341 7776; GB (01223) 585 957, 07456-123-456, 0800-936-2631, +44 (0)1223 585957,
    local 417-8128; DE 0176 / 1234 5678, 0176-123 456 78, 030 - 28 89 95 79, 030 / 28899579, local
    28899579-style with '-' before the last two digits; NL (06) 12345678, 06 - 1234 5678, (030) 234 56 78,
    local 234 5678; FR 0612345678, 06-12-34-56-78, '06 12345678' (first pair then solid), service '0 800 12
    34 56'; ES 912-34-56-78, 91 234 56 78; IT (055) 1234567, 347 12 34 567, 800.123.456; BR (11)9
    8765-4321, 11 98765-4321, +55 11 35925634; PT 212-558-697, 21 255 86 97; IN 98765-43210, 0 + 10 digits
    solid, 987-654-3210, (0141) 214 1719, 1800-123-4567; +cc-area-rest, +ccNSN solid, 00ccNSN solid;
    numbers split across a line (46 in this build).

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL,
    used as a library only) for IBAN national checks; Faker (MIT) for names only (hi_IN names in Hindi
    documents); towns from values.AREAS; corpus negatives untouched from /work/shared/data: GSM8K train
    questions (MIT), MATH-500 problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval prompts
    (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'rejected' side (MIT; can be offensive), OpenAI
    moderation samples, prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0; can be
    hateful), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0;
    can be hateful); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits
    joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards flag. Row = 0-based
    data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v31.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v31.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v31.stats [RECORDS [VALUES]]

Counts (seed 10031; `python -m benchmarks.pii_v31.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors
    documents: 1180 {'neg': 420, 'corpus': 150, 'pos': 610}
    values: 1775; by kind: {'PHONE': 1360, 'EMAIL': 170, 'IP_ADDRESS': 85, 'IBAN': 65, 'CREDIT_CARD': 60,
        'US_SSN': 35}
    modes: {'PHONE/local-announced': 450, 'PHONE/national': 340, 'PHONE/international': 240, 'PHONE/list-
        entry': 230, 'EMAIL/personal': 112, 'PHONE/other': 100, 'EMAIL/role': 58, 'IBAN/print': 43,
        'IP_ADDRESS/v4-private': 40, 'CREDIT_CARD/spaced': 31, 'US_SSN/dashed': 24, 'IP_ADDRESS/v6': 24,
        'IBAN/electronic': 22, 'IP_ADDRESS/v4': 21, 'CREDIT_CARD/dashed': 16, 'CREDIT_CARD/solid': 13,
        'US_SSN/spaced': 11}
    local-announced by region: {'US': 75, 'NL': 75, 'IN': 75, 'GB': 75, 'BR': 75, 'DE': 75}
    phones split across a line: 46
    genres: {'appt': 92, 'chat': 72, 'diary': 89, 'invite': 85, 'letter': 115, 'market': 110, 'note': 85,
        'school': 92, 'team': 95, 'tenant': 108, 'travel': 87}
    hard-negative kinds used: 33; hard-negative values: 2323; guard redraws: 0
"""

from .build import OUT, OUT_VALUES, build, dump


def main():
    records, values, meta = build()
    a, b = dump(records, values)
    OUT.write_text(a, encoding="utf-8")
    OUT_VALUES.write_text(b, encoding="utf-8")
    print(f"wrote {len(records)} documents to {OUT} and {OUT_VALUES}")
    print(f"hard-negative values: {meta['hard-negative values']}; guard redraws: {meta['guard redraws']}")


if __name__ == "__main__":
    main()
