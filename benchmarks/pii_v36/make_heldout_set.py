"""Write tests/data/pii_heldout_v36.jsonl: the thirty-sixth independent held-out labelled set for PII
detection (phone numbers above all, plus e-mails, IPs, cards, IBANs and US SSNs), from travel text.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run anything under src/,
    tests/ (the two output files were only written, at known paths), benchmarks/results/ or any other
    benchmarks/pii*/ folder, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, who ran no git command, no `make` target and no PII detector or redactor. Read:
    /tmp/s14/writer_prompt2.md (the brief), /tmp/s14/v34_docstring.txt (v34's module docstring, for format
    and conventions; its genres, phrasings, negatives and number habits were not reused),
    /tmp/s14/format_records_v34.jsonl and /tmp/s14/format_values_v34.jsonl (first three lines of v34 and its
    sidecar), /tmp/s14/ruff.toml.txt (lint settings), /work/shared/data/SOURCES.md, a listing of
    /work/shared/data/ (two levels) and of moderation/multilingual_hatecheck/, the first 300 characters of
    the German Multilingual HateCheck CSV, the header line of the English HateCheck CSV and the first 200
    characters of gsm8k_test (for keys). A directory listing of /tmp/s14/ was seen by mistake (file names
    only; no other file there was opened). Numbers were made and checked with phonenumbers only: every
    written form is parsed back to the same valid number before use (a habit that does not parse back falls
    back to phonenumbers' NATIONAL or INTERNATIONAL format), local forms with the area code put back; cards
    with Luhn, IBANs with python-stdnum (mod 97 and national checks), SSNs with the SSA rules, IPs with the
    ipaddress module. Hard negatives were screened with phonenumbers (screen.py): each value on its own
    (parse + is_valid_number and PhoneNumberMatcher at Leniency.VALID) for the document's own region and
    the region its national numbers come from (a failing value is drawn again, up to 100 times), and each
    whole document again with its labelled spans masked ('x'); the guards (screen.guard_hits: e-mail, Luhn
    card 13-19 digits, valid IBAN, IPv4/IPv6, ddd-dd-dddd) run on every value and every masked document; a
    document that fails, or whose spans touch a letter or digit, is drawn again (up to 60 times). Written
    under a 45-minute limit, so each genre cell is small (two header layouts, two to four phone lines, three
    or four fillers and two sign-offs per genre and language).
    Emphasis: travel and hospitality text, each genre with its own sentences in every language: hotel and
    holiday-rental booking confirmations (hotel), airline e-ticket receipts and itineraries (air), rail
    e-tickets and rail passes (rail), car-rental agreements and vouchers (car), restaurant reservations and
    reminders (dining), tour-operator / travel-agency offers with travel-insurance lines and cruise daily
    programmes (tour), consular visa information and tourist-office leaflets (visa), campsite and hostel
    house rules (camp). Travel-forum trip reports were not written (time); their 'posted from IP' line
    survives as an IP line.

Format and conventions: those of v34 (record {"id", "locale", "text", "spans"}, spans as objects {"kind",
    "start", "end"}, Python character offsets, sorted, non-overlapping; sidecar line i {"values": [{"kind",
    "mode", "text"} + region, e164, area_len for PHONE]} in span order). PHONE modes international,
    national, local-announced, list-entry, other; local-announced only for US, GB, DE, NL, BR, IN fixed
    lines, text = subscriber part, area_len = length of the document's area code (equal to phonenumbers'
    geographic area-code length); area_len for every phone (0 where phonenumbers has none). AT/CH/BE/AU/IE
    documents write their own numbers internationally only (about half of their plain phone lines) and use
    DE (de_AT, de_CH), FR (fr_BE, fr_CH), NL (nl_BE) or GB (en_AU, en_IE) for national, list, local and
    service numbers; international lines elsewhere carry the document's own country's numbers (60%) or
    another country's; 00 prefixes never in US, BR or AU documents; Hindi documents carry the locale en_IN
    (stats.py tells them by their Devanagari). ids <locale>-<pos|neg>-<genre>-<n> or
    <source>-<language>-<row>; records shuffled with the seed. Other modes: EMAIL role/personal,
    CREDIT_CARD spaced/dashed/solid, IBAN print/electronic, IP_ADDRESS v4/v4-private/v6, US_SSN
    dashed/spaced (en_US only). 'other' = service numbers (toll-free, shared cost). list-entry = a phone in
    a roster-like block under a heading: 'Name (role) — number' rows of on-trip contacts and 'role: Name,
    number' rows of a 'who to call' list (tour, camp, visa and car documents). A document's local numbers
    share one town and the phrasing names it ('Inside Boston you can drop the area code and just dial
    322-2541', '(in Köln ohne Vorwahl: 67656025)', 'Binnen Haarlem volstaat 363 8049', 'Quem está em
    Gramado liga direto para 3242-7996', Hindi town names in Devanagari); mobile-only phrasings carry
    mobiles, landline-only ones fixed lines. A span never touches a letter or digit. IBANs, cards, IPs and
    SSNs only appear in genres where they belong (IBAN: hotel/holiday-rental deposit, tour, camp; card:
    hotel guarantee, car, dining; IP: online booking in hotel, air, tour, camp; SSN: en_US visa forms and
    travel-insurance lines). Negative documents use the same headers and fillers, with no contact lines
    (sometimes a 'no phone at the property' line).

What is new against v34, by module
    genres and layouts (compose.py, texts_en/de/fr/es/it/nl/pt/hi.py): the 8 travel genres above, in en,
    de, fr, es, it, nl, pt and hi, all sentences written fresh for v36; per language 3 local phrasings (en,
    de, nl, pt, hi), a mobile-only, a landline-only, 2 service, 2 e-mail, IBAN (not hi), card, IP lines
    and (en) an SSN line, 2 list layouts with their roles, 2 'no phone' lines.
    50 hard-negative kinds (negs.py), none in v34's list: airline record locators (PNR), 13-digit e-ticket
    numbers (airline prefix + 10 digits, solid, spaced or dashed), flight numbers, train names and numbers,
    aircraft seats (23A), coach and seat reservations, frequent-flyer numbers, miles balances, hotel
    confirmation numbers, room numbers, departure → arrival times, single clock times (2:30 pm, 14h30),
    exchange rates (1 EUR = 1,0834 USD), baggage tags, gates, airport routes (FRA–JFK), flight durations,
    baggage allowances (2 × 23 kg, 55 × 40 × 20 cm), rental-agreement numbers, odometer readings, ACRISS car
    codes, party sizes, restaurant booking references, GPS coordinates (decimal and DMS), altitudes,
    campsite pitches, key-box / barrier codes, Wi-Fi passwords, passport numbers, visa numbers, consular
    appointment numbers, cruise cabin numbers, muster stations, tour codes, voucher / gift codes, rail-pass
    numbers, platforms, distances, temperatures, dorm/bed numbers, stay date ranges, numbers of nights,
    timetable rows (09:11 · 10:03 · 11:02), IATA agency numbers, driving-licence numbers, postcodes,
    motorway exit numbers, fare classes (H / Flex), deck opening times, kilometre markers.
    number habits (values.py): besides phonenumbers' NATIONAL and INTERNATIONAL formats: US 303.942.8343,
    1-303-942-8343, (303)942-8343, +1-303-942-8343, +1 303.942.8343; GB 0141 6586834 and 0141-6586834 (area
    then solid), 07786-907366, +44 141 6586834, +44-141-6586834; DE (0221) 8 70 70 49 (old DIN pairs from
    the right), 0221-8707049, 0172-22830388, +49-221-8707049; FR 05.79.03.28.92 (dots), 0579032892 (solid),
    +33 5.79.03.28.92; ES 938244757 (solid), 938.24.47.57 (dots), +34 938244757; IT 06/20278683 and
    388/0695604 (slash), 388-0695604, +39 3880695604; NL 020-8883607, 020 - 888 36 07, 06-86756508,
    06 - 86 75 65 08, +31-20-8883607; PT 922980635 (solid), +351 922980635; BR 92 3812 8657, (92)3812-8657,
    092 3812-8657 (trunk 0), +55 (92) 3812-8657, +55 92 3812 8657; IN 9760759838 (solid mobiles), 0294
    7489068, +91-9760759838, +91 9760759838; AT/IE +cc area subscriber and +cc-area-subscriber; CH/BE
    +cc with dotted groups (+41 31.168.58.78); AU +61 2 0901 6103; 00cc with INTERNATIONAL groups where the
    country dials 00. Service numbers only in NATIONAL / INTERNATIONAL format.
    Local forms: US 942-8343 / 942.8343, GB 468 2034 / 4682034, DE 8 25 72 97 / 8257297, NL 123 45 67 /
    1234567 / 123 4567, BR 3592-5634 / 3592 5634, IN 3323 7419 / 33237419 / 662 2006.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; python-stdnum (LGPL, used
    as a library only) for IBAN and Luhn checks; Faker (MIT) for person names (hi_IN names in Hindi
    documents, en_IN names for their e-mail addresses); towns from values.AREAS, heading cities from
    compose.CITIES (fixed lists); corpus negatives untouched from /work/shared/data: GSM8K test questions
    (MIT), MATH-500 problems (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'chosen' side (MIT; can
    be offensive), OpenAI moderation samples, prompts (MIT; can be offensive), HateCheck English test cases
    (CC BY 4.0; can be hateful; locale en_GB), Multilingual HateCheck German, French, Spanish, Italian,
    Dutch, Portuguese cases (CC BY 4.0; can be hateful; Portuguese given the locale pt_PT); screened: at
    most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, tabs, dashes,
    dots, slashes or parentheses), nothing the guards or PhoneNumberMatcher (own region, US, GB) flag.
    Row = 0-based data row (after the CSV header / JSONL line index).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v36.make_heldout_set [--check]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v36.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v36.stats [RECORDS [VALUES]]

Counts (seed 10036; `python -m benchmarks.pii_v36.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors; ruff: 0 findings
    documents: 1145 {'pos': 598, 'neg': 386, 'corpus': 161}
    languages: {'en': 309, 'de': 134, 'nl': 126, 'fr': 126, 'pt': 126, 'es': 114, 'it': 114, 'hi': 96}
    values: 2553 by kind: {'PHONE': 2075, 'EMAIL': 272, 'IP_ADDRESS': 77, 'IBAN': 73, 'CREDIT_CARD': 52,
        'US_SSN': 4}
    modes: {'PHONE/national': 899, 'PHONE/list-entry': 440, 'PHONE/international': 389,
        'PHONE/other': 193, 'EMAIL/role': 157, 'PHONE/local-announced': 154, 'EMAIL/personal': 115,
        'IBAN/print': 52, 'IP_ADDRESS/v4': 38, 'CREDIT_CARD/spaced': 32, 'IBAN/electronic': 21,
        'IP_ADDRESS/v4-private': 21, 'IP_ADDRESS/v6': 18, 'CREDIT_CARD/solid': 11, 'CREDIT_CARD/dashed': 9,
        'US_SSN/dashed': 3, 'US_SSN/spaced': 1}
    local-announced by region: {'DE': 35, 'IN': 33, 'NL': 27, 'GB': 24, 'US': 20, 'BR': 15}
    genres: {'air': 124, 'camp': 122, 'car': 124, 'dining': 122, 'hotel': 124, 'rail': 124, 'tour': 122,
        'visa': 122}
    hard-negative kinds used: 50; hard-negative values: 6669; document redraws: 0
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from . import compose, corpus, screen

SEED = 10036
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v36.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v36_values.jsonl"
# generated documents per language, and the locales each language draws from (with weights)
PER_LANG = {"en": 232, "de": 120, "fr": 112, "nl": 112, "pt": 112, "it": 100, "es": 100, "hi": 96}
LANG_LOCALES = {
    "en": [("en_US", 4), ("en_GB", 4), ("en_AU", 1), ("en_IE", 1), ("en_IN", 2)],
    "de": [("de_DE", 4), ("de_AT", 1), ("de_CH", 1)],
    "fr": [("fr_FR", 4), ("fr_BE", 1), ("fr_CH", 1)],
    "nl": [("nl_NL", 3), ("nl_BE", 1)],
    "pt": [("pt_BR", 1), ("pt_PT", 1)],
    "it": [("it_IT", 1)],
    "es": [("es_ES", 1)],
    "hi": [("hi", 1)],
}
POS_SHARE = 0.61


def _text_ok(doc: compose.Doc) -> bool:
    t = doc.text()
    for s in doc.spans:
        before = t[s["start"] - 1] if s["start"] > 0 else " "
        after = t[s["end"]] if s["end"] < len(t) else " "
        if before.isalnum() or after.isalnum():
            return False
    return screen.doc_ok(t, doc.spans, doc.regions)


def build() -> tuple[list[dict], list[dict], int]:
    rng = random.Random(SEED)
    records, values, redraws, n = [], [], 0, 0
    for lang, count in PER_LANG.items():
        locs = [loc for loc, w in LANG_LOCALES[lang] for _ in range(w)]
        for i in range(count):
            genre = compose.GENRES[i % len(compose.GENRES)]
            positive = rng.random() < POS_SHARE
            locale = rng.choice(locs)
            for _ in range(60):
                doc = compose.build(rng, locale, genre, positive)
                if _text_ok(doc):
                    break
                redraws += 1
            else:
                raise RuntimeError(f"could not draw {locale} {genre}")
            n += 1
            rec_locale = "en_IN" if locale == "hi" else locale
            rid = f"{rec_locale}-{'pos' if positive else 'neg'}-{genre}-{n}"
            records.append({"id": rid, "locale": rec_locale, "text": doc.text(), "spans": doc.spans})
            values.append({"values": doc.vals})
    for rec in corpus.corpus_docs(rng):
        records.append(rec)
        values.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [values[i] for i in order], redraws


def dump(rows: list[dict]) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true", help="rebuild and compare with the files, write nothing")
    args = ap.parse_args(argv)
    records, values, redraws = build()
    a, b = dump(records), dump(values)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == a and OUT_VALUES.read_text(encoding="utf-8") == b
        print(f"rebuild matches the files: {same}; document redraws: {redraws}")
        return 0 if same else 1
    OUT.write_text(a, encoding="utf-8")
    OUT_VALUES.write_text(b, encoding="utf-8")
    print(f"wrote {len(records)} records to {OUT} ({redraws} document redraws)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
