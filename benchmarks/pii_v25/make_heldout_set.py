"""Write tests/data/pii_heldout_v25.jsonl: a twenty-fifth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v24.jsonl and of
    tests/data/pii_heldout_v24_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v24's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings
    of benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were
    made and checked with phonenumbers only, and every text was written for this set. Emphasis (differs
    from v24): local numbers announced by a context word, in as many ways as people announce them in all
    eight languages - short and long phrasings, the phone word before or after the number, with names,
    roles and times, in questions and answers, to-do lists, diary and calendar lines, text messages,
    letterheads, headings, footnotes, hand-written additions and running text - spread over everyday
    genres (school newsletters, sports and allotment club circulars, classified ads, invitations, trades'
    job sheets and quotes, meeting minutes, notes for babysitters and house-sitters, diaries); the hard
    negatives are numbers announced by words that are not phone words in the same sentence shapes
    ("You'll find it under the tracking number 4471 2093", "Re: room 318 772").

Format and conventions: those of v24 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced, always announced by a phone word, a phone symbol or a
    phone sentence) for US, GB, DE, NL, BR, IN, with area_len the area code length phonenumbers gives and
    the text exactly the subscriber digits (as grouped in the text); area_len is given for every phone (0
    where phonenumbers has no geographic area code); AT/CH/BE/AU/IE documents write their own numbers
    internationally only and use the neighbouring plan (DE, FR, NL, GB) for national, list and service
    numbers; Hindi documents carry the locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> or
    <source>-<language>-<row> (mhc-<language>-<row> for Multilingual HateCheck); shuffled with the seed).
    France, Spain and Italy have no subscriber-only dialling, so the French, Spanish and Italian
    phrasings announce national and international numbers; local numbers come in English (US, GB, IN),
    German (DE), Dutch (NL), Portuguese (BR) and Hindi (IN) documents. 'other' numbers are service numbers
    (toll-free, shared cost, premium, UAN). IBANs mod-97 valid (no national check digits) in the locales
    of others.IBAN_COUNTRY, cards Luhn-valid (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover), SSNs
    by SSA rules in en_US documents only, IPs v4 (36 private, 26 public) and global v6 compressed. Guards
    (others.guard_hits, on the text with every span masked): no '@', no Luhn-valid 13-19 digit run (groups
    joined by single spaces or hyphens, every run of whole groups tried), no mod-97-valid IBAN shape, no
    SSN shape (3-2-4 with one separator), no dotted quad, no IPv6; a document whose draw trips a guard is
    redrawn (15 were).

What is new against v24, by module
    8 genres (lang_*.py, one module per language): school, club, classified, invitation, trades, minutes,
    sitter, diary, each with two titles and fillers that suit the title (build.GENRE_FILLS), plus eight
    general sentences per language;
    12 phone placements (build.py): inline, value_line, qa_pair (Q:/A:, dialogue dashes or "↳" answer),
    dash_aside, number_first (the number opens the sentence, the phone word follows), todo_item (checkbox
    lists), calendar_entry (clock-time lines under a day heading), footnote (marker in the body, number in
    the note), heading (##, ===, ***, »«, capitals), letterhead (name, street, town, Tel.), handwritten
    ("Scribbled on the back: ..."), sms_line ("[SMS from Ann, 6:40 pm] ..."); the hard negatives use
    inline, value_line, qa_pair, todo_item, calendar_entry, number_first, dash_aside, heading and lists;
    11 roster formats (layout.py), 5 rosters of 5 entries each: tsv, pipe_plain, em_dash, ascii_box, ini,
    vcard, time_slots, letter_index, json_list, fixed_width, semicolon_csv (the same formats carry 45
    lists of hard negatives with names: lockers, race numbers, plots, tables, seats ...);
    12 value-line shapes (layout.py): tab, bracket, trailing (label after the number), double_colon, pipe,
    emoji (☎ 📞 📱), tilde, en_dash, braces, abbrev (T, Tel, ☏, फ़ो.), backtick, padded;
    per language 16 phone phrasings, 4 number-first, 3 dash-aside, 5 question-and-answer pairs, 3 to-do,
    3 calendar, 2 footnote, 2 heading, 3 hand-written, 3 text-message, 3 service and 3 abroad phrasings,
    a few more by locale (en_US, en_GB, en_IN, de_AT, de_CH, fr_BE, fr_CH, nl_BE), 8 phone labels;
    61 hard-negative kinds (negvals.py, negvals_b.py values; neglabels_a.py, neglabels_b.py labels in 8
    languages), all used: parcel tracking, order, invoice, meter, insurance policy, customer number, case
    file, event ticket, serial number, table reservation, loyalty card, voucher code, student ID, exam
    candidate, hymn numbers, room, locker and combination, race number, finishing time, pet microchip,
    number plate, tyre size, paint colour, yarn dye lot, food batch code, barcode (EAN-13), item number,
    ISBN-13, postcode, PO box, coordinates, road marker, radio frequency, screen resolution, furniture
    size, birth weight, date, opening hours, amount (incl. Indian lakh grouping), app version, log entry,
    payment reference, company number, VAT number, standard (ISO/EN/DIN), page range, row and seats,
    land parcel, water account, job number, quote reference, boiler GC number, warranty registration,
    allotment plot, table number, RSVP code, game friend code, Zoom meeting ID, air pressure, run distance
    and time, weigh-in; announced in frames such as "When you ring the office, have the {label} to hand
    ({value})", "{value} – that's the {label}, by the way", "Re: {label} {value}";
    number habits (phones.py): phonenumbers' own groupings plus US dashes/dots/(xxx)xxx-xxxx/1-xxx-...,
    GB (0xxx) and runs, DE slash, " / " with pairs, (0xx), 0xx-..., pairs from the right, NL 0xx-...,
    (0xx) and pairs, FR dots and dashes, ES triplets and dots, IT slash and area dash, BR xx xxxx-xxxx,
    (xx) 9 xxxx-xxxx, dotted tail, dashes, IN 0xx-... and mobiles without the 0; international +cc,
    E.164, +cc (0)..., 00cc, +cc-dashes, +cc.dots, (+cc), +cc with the rest run together, +1 (xxx),
    +55 (xx); subscriber spellings per region (middle space, dash or dot, pairs from the right, 3-2-2,
    9 xxxx-xxxx, run together). Every spelling is parsed back with phonenumbers before it is used.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data and checks; Faker (MIT), as
    installed in the venv (40.63.0), for first and last names and street names only (hi_IN names for Hindi
    documents, en_IN names for their e-mail addresses); towns, cities abroad, e-mail domains and
    organisation names from lists in places.py; corpus negatives untouched from /work/shared/data: GSM8K
    test questions (MIT), MATH-500 problems (MIT), AIME 2024 and AMC 2023 problems (MIT), HumanEval
    prompts (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'chosen' side (MIT; can be offensive),
    OpenAI moderation samples, prompts (MIT; can be offensive), HateCheck English test cases (CC BY 4.0;
    can be hateful), Multilingual HateCheck German, French, Spanish, Italian, Dutch, Portuguese cases (CC
    BY 4.0; can be hateful); screened (corpus.screened): at most 1,500 characters, no '@', 'http', 'www.',
    no 7+ digit run (digits joined by spaces, tabs, dashes, dots, slashes or parentheses), nothing the
    guards flag, no repeated text within a source. Row = 0-based data row (after the CSV header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v25.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v25.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v25.stats [RECORDS [VALUES]]

Counts (seed 10025; `python -m benchmarks.pii_v25.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'pos': 600, 'neg': 450, 'corpus': 150}
    positive documents without a value: 0
    values: 1813; by kind: PHONE 1375, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 70, IBAN 68, US_SSN 40
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 275, PHONE/international 150,
        PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 62, IBAN/grouped 50,
        CREDIT_CARD/grouped 38, US_SSN/dashed 32, IP_ADDRESS/v6 28, CREDIT_CARD/dashed 18, IBAN/compact 18,
        CREDIT_CARD/compact 14, US_SSN/spaced 8
    phone regions: US 221, IN 171, DE 170, GB 168, NL 141, BR 136, FR 113, ES 91, IT 62, CH 24, AU 22, IE
        21, BE 20, AT 15
    local-announced by region: BR 75, DE 75, GB 75, IN 75, NL 75, US 75
    local-announced by document language: en 192, de 75, nl 75, pt 75, hi 33
    local-announced by placement: inline 122, value_line 68, dash_aside 41, handwritten 33, number_first 33,
        sms_line 31, qa_pair 30, todo_item 24, calendar_entry 20, footnote 17, letterhead 16, heading 15
    locales: en_US 307, de_DE 120, en_IN 120, en_GB 108, pt_BR 97, fr_FR 96, es_ES 88, nl_NL 88, it_IT 80,
        en_AU 18, de_AT 16, de_CH 16, en_IE 15, fr_BE 12, nl_BE 10, fr_CH 9
    document languages (generated): en 399, de 146, fr 111, nl 92, pt 91, es 82, it 74, hi 55
    genres: diary 134, minutes 133, school 133, club 132, classified 130, invitation 130, trades 130, sitter
        128
    roster_format: ascii_box 5, em_dash 5, fixed_width 5, ini 5, json_list 5, letter_index 5, pipe_plain 5,
        semicolon_csv 5, time_slots 5, tsv 5, vcard 5
    negative list formats: tsv 5, ascii_box 4, em_dash 4, fixed_width 4, ini 4, json_list 4, letter_index 4,
        pipe_plain 4, semicolon_csv 4, time_slots 4, vcard 4
    shape: backtick 62, en_dash 62, emoji 57, bracket 55, trailing 53, padded 52, tilde 50, tab 48, braces
        47, abbrev 46, double_colon 42, pipe 41
    placements: neg:inline 1312, inline 635, value_line 320, neg:value_line 295, neg:calendar_entry 179,
        neg:number_first 157, neg:todo_item 154, neg:qa_pair 152, neg:dash_aside 150, dash_aside 85,
        number_first 74, neg:heading 70, qa_pair 68, handwritten 65, sms_line 64, roster 55, todo_item 52,
        heading 51, calendar_entry 50, neg:list 45, letterhead 42, footnote 32
    placement x language pairs: 174
    phrasings used: 603 (announcing phone numbers: 312)
    hard-negative kinds used: 61; hard-negative values: 2702
    number styles used: 34 (mode, region and style combinations: 215)
    corpus sources: gsm8k_test 28, hh_rlhf_harmless 22, openai_moderation 18, math500 16, humaneval 14,
        hatecheck 12, mhc-de 6, mhc-es 6, mhc-fr 6, mhc-it 6, mhc-nl 6, mhc-pt 6, aime24 2, amc23 2
    characters: 528757
    redrawn for a guard: 15 documents
"""

import json
import random
import sys
from pathlib import Path

from faker import Faker

from . import corpus, others
from .build import (
    Parts,
    assemble,
    blocks_of,
    place_neg,
    place_neglist,
    place_other,
    place_phone,
    place_roster,
)
from .compose import Doc
from .langs import LANGS
from .plan import plan

SEED = 10025
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests/data/pii_heldout_v25.jsonl"
VALUES = ROOT / "tests/data/pii_heldout_v25_values.jsonl"
_FAKERS = {}


def faker(locale: str) -> Faker:
    if locale not in _FAKERS:
        _FAKERS[locale] = Faker(locale)
    return _FAKERS[locale]


def build_doc(seed: int, n: int, d: dict):
    lang, locale = d["lang"], d["locale"]
    for attempt in range(60):
        s = seed * 100000 + n * 60 + attempt
        rng = random.Random(s)
        fk = faker("hi_IN" if lang == "hi" else locale)
        fk.seed_instance(s)
        latin = faker("en_IN") if lang == "hi" else fk
        if lang == "hi":
            latin.seed_instance(s + 7)
        doc = Doc(rng, LANGS[lang], lang, locale, fk, latin)
        P = Parts()
        for tok in d["tokens"]:
            kind = tok["kind"]
            if kind == "PHONE":
                place_phone(doc, P, tok)
            elif kind == "ROSTER":
                place_roster(doc, P, tok)
            elif kind == "NEG":
                place_neg(doc, P, tok["neg"], tok.get("inline", False))
            elif kind == "NEGLIST":
                place_neglist(doc, P, tok)
            else:
                place_other(doc, P, tok)
        text, spans, values, negs = assemble(blocks_of(doc, P, d["genre"]))
        if not others.guard_hits(others.mask(text, spans)):
            doc.meta.update({"attempts": attempt + 1, "negs": negs})
            return text, spans, values, doc.meta
    raise RuntimeError(f"document {n} keeps tripping a guard")


def build(seed: int = SEED):
    """(records, values, metas) in their final, shuffled order."""
    rng = random.Random(seed)
    docs = plan(rng)
    items = []
    for n, d in enumerate(docs, start=1):
        text, spans, values, meta = build_doc(seed, n, d)
        rid = f"{d['locale']}-{d['side']}-{d['genre']}-{n}"
        meta.update(
            {"id": rid, "locale": d["locale"], "lang": d["lang"], "side": d["side"], "genre": d["genre"]}
        )
        items.append(
            ({"id": rid, "locale": d["locale"], "text": text, "spans": spans}, {"values": values}, meta)
        )
    for rid, locale, text, source in corpus.draw(random.Random(seed + 1)):
        meta = {"id": rid, "locale": locale, "lang": locale[:2], "side": "corpus", "source": source}
        items.append(({"id": rid, "locale": locale, "text": text, "spans": []}, {"values": []}, meta))
    random.Random(seed + 2).shuffle(items)
    return [i[0] for i in items], [i[1] for i in items], [i[2] for i in items]


def dumps(rows: list) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    seed = int(argv[0]) if argv else SEED
    records, values, _ = build(seed)
    RECORDS.write_text(dumps(records), encoding="utf-8")
    VALUES.write_text(dumps(values), encoding="utf-8")
    print(f"wrote {len(records)} records to {RECORDS} and their values to {VALUES}")


if __name__ == "__main__":
    main()
