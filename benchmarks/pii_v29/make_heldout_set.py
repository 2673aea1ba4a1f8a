"""Write tests/data/pii_heldout_v29.jsonl: a twenty-ninth, independent held-out labelled set for PII
detection (phone numbers above all, plus cards, IBANs, e-mails, IPs and US SSNs).

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v28.jsonl and of
    tests/data/pii_heldout_v28_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read; only the names of those folders were seen in a listing of benchmarks/),
    benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md, /work/shared/DESIGN.md or
    /work/shared/research/, and who ran no git command. Read: the module docstring of v28's generator
    (handed over as a text file), the [tool.ruff] part of pyproject.toml, /work/shared/data/SOURCES.md and
    the raw data files the corpus negatives come from (CSV header lines and schemas), directory listings of
    benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were made
    and checked with phonenumbers only (every written form is parsed back to the same number; cards with
    Luhn, IBANs with mod 97 and python-stdnum's national checks, SSNs with the SSA rules, IPs with the
    ipaddress module). Written under a 40-minute limit, so the phrase inventory is modest.
    Emphasis: text a data pipeline for LLM training meets: forum and Q&A posts with quoted replies and
    signatures, customer-support chat transcripts, e-mail threads with headers, '>' quoted replies and
    signature blocks, OCR'd letters and scanned forms (spaced-out letterheads, ragged line breaks,
    trailing spaces, dot leaders), spreadsheet/CSV exports pasted into text (',', ';' and TAB), Markdown /
    wiki pages with contact tables, subtitles (SRT) and auto-transcribed meeting notes, SMS threads.

Format and conventions: those of v28 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}, values in span order; PHONE modes international, national, local-announced, list-entry,
    other; subscriber-only numbers (local-announced) for US, GB, DE, NL, BR, IN fixed lines only, area_len
    = the length of the document's area code (phonenumbers' geographic area code length), text = the
    subscriber part only, as locals write it (US 341-7776, BR 3456-7890, DE 49 786 90, NL 799 96 22);
    area_len given for every phone (0 where phonenumbers has none); AT/CH/BE/AU/IE documents write their
    own numbers internationally only and use DE, FR, NL or GB for national, list and service numbers;
    00 prefixes only in documents from countries that dial 00 (never US, BR, AU); Hindi documents carry
    the locale en_IN; ids <locale>-<pos|neg>-<genre>-<n> (n = place in build order) or
    <source>-<language>-<row>; shuffled with the seed). 'other' = service numbers (toll-free, shared
    cost). list-entry = a phone in a roster: CSV rows, Markdown contact tables, dot-leader contact lists
    in scanned letters. Guards (guards.guard_hits) on the masked text: no '@', no Luhn-valid 13-19 digit
    run (groups joined by single spaces or hyphens, every window of whole groups), no mod-97 IBAN shape,
    no SSN shape, no dotted quad, no IPv6; a document that trips a guard is redrawn and each
    hard-negative value is redrawn until it trips none on its own. A document's local numbers share one
    area code and the document names that area's town (sign-off, signature, map pin or wiki link);
    mobile-only phrasings (texting, WhatsApp, 'Handy', 'zap', 'app me') carry mobiles only,
    landline-only ones (front desk, ward, 'Festnetz', 'fijo', 'fisso', 'vaste lijn', 'fixo') fixed lines
    only (US numbers fit both); a span never touches a letter or digit.

What is new against v28, by module
    genres and layouts (compose.py): forum (topic, 'Posted by', 'Quote from' with '> ' quoted value
    lines, 'Last edited', '-- ' signature), support_chat ([hh:mm:ss] Agent (Name): / Customer:, case
    numbers), email_thread (From: Name <address> headers carrying EMAIL spans, Sent/Subject: Re:, body,
    signature 'Tel | v', 'On <date>, <name> wrote:' and '> ' quoted replies holding values), ocr_letter
    (spaced letterhead 'H A R B O U R V I E W', form rule lines, ragged wrapping with trailing spaces,
    'Tel . . . . v' leaders, page footers '- 1 -'), csv_export (',', ';', TAB separators, quoted names,
    a phone column beside two columns of numbers that are not phones), wiki_page (# headings, bullet
    items, | Name | Role | Phone | tables, [[Town]] links), transcript (SRT blocks with timecodes, or
    'Speaker n (00:mm:ss):' meeting lines), sms_thread (contact, 'Today 09:14', Me:/Name:, Delivered,
    📍 town);
    phrasings (langs.py): written fresh for v29, 8 general phone phrasings per language plus 3-4
    mobile-only, 3-4 fixed-only, 4 local (en, de, nl, pt, hi), 3 service, 2-3 each for e-mail, IBAN, card,
    IP and (en) SSN; labels for signatures/tables/forms; five new negative frames per language;
    39 hard-negative kinds (negs.py), none in v28's list, labels in all eight languages: Unix epoch
    seconds, support case numbers, RMA numbers, flight numbers, booking refs (PNR), video-meeting ids
    (3-4-4 digits), meeting passcodes, one-time verification codes, ISO date ranges, page ranges, blood
    pressure, CAS numbers (with check digit), ORCID iDs (ISO 7064), arXiv ids, HS tariff codes,
    odometer readings, US ZIP+4, commit hashes, build numbers, PID/port, device model numbers, screen
    resolutions, audio sample rates, DMS coordinates, licence plates (DE, FR, IN), VINs, ISSNs, ISBN-10s,
    Windows KB numbers, HRESULT error codes, CVE ids, BIC/SWIFT codes, MAC addresses, AS numbers, hotel
    confirmation numbers (4-4-1), lottery draws, salary bands, durations, subtitle timecodes;
    number habits (values.py): besides phonenumbers' own, US (402) 341-7776, 402-341-7776,
    402.341.7776, 1-402-341-7776, 1 (402) 341-7776, 402/341-7776; FR pairs with spaces, dots, dashes or
    solid; ES 912 34 56 78, 91 234 56 78, 912.345.678; IT 06-12345678, 06/12345678, 02.837457;
    DE 0921/580 69 560, 0511-95135000, (089) 741894, 01514 / 3351417; NL 010 2423568, 06-16529104,
    06 12 34 56 78; GB (0161) 6114426, 07199619839; BR (11) 9 4362-2436, (011) 3456-7890, 11 98765-4321;
    IN 98765 43210, 098765 43210, 022-23456789, (022) 2345 6789; +cc (0)area rest, +cc-area-rest,
    +ccNSN, 00cc-NSN; service numbers in national form, solid or dashed.

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
    nice -n 19 .venv/bin/python -m benchmarks.pii_v29.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v29.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v29.stats [RECORDS [VALUES]]

Counts (seed 10029; `python -m benchmarks.pii_v29.stats` prints them all)
    rebuild matches the files: True; checks: 0 errors
    documents: 1200 {'pos': 600, 'neg': 450, 'corpus': 150}
    values: 1749; by kind: PHONE: 1372, EMAIL: 144, IP_ADDRESS: 81, CREDIT_CARD: 64, IBAN: 51, US_SSN: 37
    modes: PHONE/national: 415, PHONE/local-announced: 404, PHONE/list-entry: 258, PHONE/international: 167,
        PHONE/other: 128
    local-announced by region: US: 157, IN: 58, GB: 54, DE: 48, NL: 44, BR: 43
    genres: email_thread: 147, support_chat: 146, sms_thread: 136, forum: 132, wiki_page: 131,
        csv_export: 125, ocr_letter: 119, transcript: 114
    hard-negative kinds used: 39; hard-negative values: 4265; number styles used: 60; guard redraws: 0
"""

import json
import random
from pathlib import Path

from faker import Faker

from . import compose, corpus
from . import values as V
from .guards import guard_hits, mask

SEED = 10029
ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests/data/pii_heldout_v29.jsonl"
OUT_VALUES = ROOT / "tests/data/pii_heldout_v29_values.jsonl"
N_POS, N_NEG = 600, 450

# locale -> (language, weight, home region, region for national/list/service numbers)
LOCALES = {
    "en_US": ("en", 300, "US", "US"),
    "en_GB": ("en", 92, "GB", "GB"),
    "en_IN": ("en", 52, "IN", "IN"),
    "hi": ("hi", 52, "IN", "IN"),
    "de_DE": ("de", 95, "DE", "DE"),
    "nl_NL": ("nl", 82, "NL", "NL"),
    "pt_BR": ("pt", 85, "BR", "BR"),
    "fr_FR": ("fr", 80, "FR", "FR"),
    "es_ES": ("es", 72, "ES", "ES"),
    "it_IT": ("it", 72, "IT", "IT"),
    "de_AT": ("de", 6, "AT", "DE"),
    "de_CH": ("de", 6, "CH", "DE"),
    "en_AU": ("en", 6, "AU", "GB"),
    "en_IE": ("en", 6, "IE", "GB"),
    "fr_BE": ("fr", 4, "BE", "FR"),
    "fr_CH": ("fr", 2, "CH", "FR"),
    "nl_BE": ("nl", 2, "BE", "NL"),
}
LOCAL_REGIONS = {"US", "GB", "DE", "NL", "BR", "IN"}
FAKER_LOCALES = [
    "en_US",
    "en_GB",
    "en_IN",
    "hi_IN",
    "de_DE",
    "nl_NL",
    "pt_BR",
    "fr_FR",
    "es_ES",
    "it_IT",
    "de_AT",
    "de_CH",
    "en_AU",
    "en_IE",
    "fr_BE",
    "fr_CH",
    "nl_BE",
]


def _context(rng, fakers):
    keys = sorted(LOCALES)
    key = rng.choices(keys, weights=[LOCALES[k][1] for k in keys])[0]
    lang, _, home, region = LOCALES[key]
    locale = "en_IN" if key == "hi" else key
    area, town = rng.choice(V.AREAS[region]) if home == region else (None, rng.choice(V.AREAS[home])[1])
    return compose.Ctx(rng, fakers, locale, lang, home, region, area, town)


def _pos_items(c, genre):
    r = c.rng
    local_ok = c.home == c.region and c.region in LOCAL_REGIONS and "loc" in c.p
    items = []
    for _ in range(r.choice([1, 1, 2, 2, 2, 3])):
        x = r.random()
        if local_ok:
            lp = 0.45 if c.region == "US" else 0.66
            rest = (1 - lp) / 0.5
            mode = (
                "local-announced"
                if x < lp
                else "national"
                if x < lp + 0.27 * rest
                else "international"
                if x < lp + 0.41 * rest
                else "other"
            )
        else:
            mode = "national" if x < 0.6 else "international" if x < 0.83 else "other"
        if c.home != c.region and mode == "national" and r.random() < 0.5:
            mode = "international"
        if genre == "csv_export" and mode == "local-announced":
            mode = "national"
        t, v = c.phone_sentence(mode)
        items.append((t, v))
    for _ in range(r.choice([0, 0, 1, 1, 1])):
        items.append(c.other_sentence())
    for _ in range(r.choice([1, 1, 2, 3])):
        items.append((c.neg_sentence(), None))
    r.shuffle(items)
    roster = []
    if genre in compose.ROSTER_GENRES and (genre == "csv_export" or r.random() < 0.3):
        for _ in range(r.randint(2, 3)):
            v, _k = c.phone("national" if c.home == c.region or r.random() < 0.5 else "international")
            v["mode"] = "list-entry"
            roster.append((c.name(), v))
    return compose._sent(c, items), roster


def _neg_items(c):
    r = c.rng
    return [(c.neg_sentence(), None) for _ in range(r.randint(3, 6))] + [(c.fill(), None)]


def build_doc(rng, fakers, pos, n):
    for attempt in range(20):
        c = _context(rng, fakers)
        c.pos = pos
        genre = rng.choice(compose.GENRES)
        items, roster = _pos_items(c, genre) if pos else (_neg_items(c), [])
        doc = compose.Doc()
        compose.LAYOUT[genre](c, doc, items, roster)
        text, spans, vals = doc.render()
        if pos and not spans:
            continue
        if not guard_hits(mask(text, spans)):
            rec = {
                "id": "%s-%s-%s-%d" % (c.locale, "pos" if pos else "neg", genre, n),
                "locale": c.locale,
                "text": text,
                "spans": spans,
            }
            meta = {"genre": genre, "lang": c.lang, "negs": c.negs, "styles": c.styles, "redraws": attempt}
            return rec, {"values": vals}, meta
    raise RuntimeError("could not build a clean document")


def build(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for i, loc in enumerate(FAKER_LOCALES):
        f = Faker(loc)
        f.seed_instance(seed + i)
        fakers[loc] = f
    plan = [True] * N_POS + [False] * N_NEG
    rng.shuffle(plan)
    docs, metas = [], []
    for n, pos in enumerate(plan):
        rec, vals, meta = build_doc(rng, fakers, pos, n)
        docs.append((rec, vals))
        metas.append(meta)
    for rec in corpus.pick(random.Random(seed + 1)):
        docs.append((rec, {"values": []}))
    rng.shuffle(docs)
    return docs, metas


def dump(docs):
    a = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _ in docs)
    b = "".join(json.dumps(v, ensure_ascii=False) + "\n" for _, v in docs)
    return a, b


def main():
    docs, _ = build()
    a, b = dump(docs)
    OUT.write_text(a, encoding="utf-8")
    OUT_VALUES.write_text(b, encoding="utf-8")
    print("wrote %d documents, %d values" % (len(docs), sum(len(v["values"]) for _, v in docs)))


if __name__ == "__main__":
    main()
