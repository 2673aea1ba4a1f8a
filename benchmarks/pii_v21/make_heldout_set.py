# ruff: noqa: E501
"""Write tests/data/pii_heldout_v21.jsonl: a twenty-first, independent held-out labelled set for PII detection.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v20.jsonl and of
    tests/data/pii_heldout_v20_values.jsonl, for the format), earlier sets or their generators, benchmarks/results/,
    README.md, ARCHITECTURE.md or DESIGN.md, and who ran no git command. Read, all of it: the module docstring
    of v20's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings of
    benchmarks/ and /work/shared/data/. No PII detector was run on this set.

Format and conventions: those of v20 (record {"id", "locale", "text", "spans"}, Python offsets, sorted,
    non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len for PHONE]};
    PHONE modes international, national, local-announced, list-entry, other; subscriber-only numbers for US,
    GB, DE, NL, BR, IN; AT/CH/BE/AU/IE documents use the neighbouring plan and their own numbers only
    internationally; ids <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; shuffled with the seed).
    Genres, phrasings (63, 7 per language), placements (13), roster formats (7), value-line shapes (8),
    hard negatives (35 labelled kinds, 22 patterned kinds, 4 table kinds in 19 language versions) are in
    texts.py; number habits in values.py (national: standard, hyphens, dots, spaces, compact, slash, paren,
    threes; subscriber: hyphen, space, compact, dot; international: intl, e164, double_zero, plus_hyphens,
    plus_zero "(0)", us_011). IBANs are mod-97 valid only (no national check digits). Cards Luhn-valid, SSNs
    SSA rules (en_US only), IPs v4 (60 % private) and global v6 compressed. Guards (values.guard_hits) as v20
    describes them: masked text holds no '@', Luhn 13-19 digit run, mod-97 IBAN, SSN shape, dotted quad or IPv6.

Sources and licences: phonenumbers (Apache-2.0); corpus negatives untouched from /work/shared/data:
    GSM8K test questions (MIT), OpenAI moderation samples prompts (MIT; can be offensive), AMC23 and AIME24
    problems (MIT), Multilingual HateCheck German/French/Spanish/Italian/Dutch/Portuguese cases (CC BY 4.0,
    can be hateful); screened: at most 1,500 characters, no '@', 'http', 'www.', no 7+ digit run (digits joined
    by spaces, tabs, dashes, dots, slashes or parentheses), nothing the guards flag. Row = 0-based data row.

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v21.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v21.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v21.stats [RECORDS [VALUES]]

Counts (seed 10021; `python -m benchmarks.pii_v21.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'neg': 450, 'pos': 600, 'corpus': 150}
    values by kind: PHONE 1375, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 275, PHONE/international 150, PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 52, CREDIT_CARD/grouped 43, US_SSN/dashed 39, IP_ADDRESS/v6 30, CREDIT_CARD/dashed 18, CREDIT_CARD/compact 14, IBAN/compact 13, US_SSN/spaced 1
    phone regions: GB 183, DE 182, US 159, FR 153, IN 148, ES 140, NL 122, BR 114, IT 109, AU 16, BE 16, CH 12, AT 11, IE 10
    roster_format: star_entry 9, leader_dots 9, slash_sep 9, arrow_num 9, tab_cols 8, md_table 8, two_line 8
    shape: comma 151, under_colon 144, colon 141, chevron 139, fat_arrow 138, middot 130, bullet_colon 125, equals 122
    table_lang: en 86, de 28, fr 27, es 25, nl 19, it 14, pt 13, hi 13
    table_style: double_space 82, tabs 77, markdown 66
    phrasings used: 63 placement x language pairs: 117 hard-negative kinds used: 61
"""

import argparse
import csv
import gzip
import json
import re

from . import texts as T
from . import values as V
from .build import DATA, IBAN_CC, ITEMS, LOCALES, SEED, Builder, Doc, split

OUT = "tests/data/pii_heldout_v21.jsonl"
VALUES_OUT = "tests/data/pii_heldout_v21_values.jsonl"
SEVEN = re.compile(r"\d(?:[ \t\-./()]{0,2}\d){6}")


def corpus(rng):
    def ok(t, need_digit=True):
        return (
            len(t) <= 1500
            and (not need_digit or re.search(r"\d", t))
            and "@" not in t
            and "http" not in t
            and "www." not in t
            and not SEVEN.search(t)
            and not V.guard_hits(t)
        )

    out = []

    def take(src, lang, rows, n, need_digit=True):
        idx = [i for i, t in enumerate(rows) if ok(t, need_digit)]
        for i in sorted(rng.sample(idx, n)):
            out.append({"id": f"{src}-{lang}-{i}", "locale": lang, "text": rows[i], "spans": []})

    def jl(path, key, gz=False):
        f = gzip.open(DATA + path, "rt") if gz else open(DATA + path, encoding="utf-8")
        with f:
            return [json.loads(x)[key] for x in f]

    take("gsm8ktest", "en", jl("math/gsm8k_test.jsonl", "question"), 45)
    take("oaimod", "en", jl("moderation/openai_moderation_samples-1680.jsonl.gz", "prompt", True), 30)
    take("amc23", "en", jl("math/amc23_test.jsonl", "question"), 20)
    take("aime24", "en", jl("math/aime24_test.jsonl", "problem"), 15)
    for lang, name in [
        ("de", "german"),
        ("fr", "french"),
        ("es", "spanish"),
        ("it", "italian"),
        ("nl", "dutch"),
        ("pt", "portuguese"),
    ]:
        with open(
            DATA + f"moderation/multilingual_hatecheck/hatecheck_cases_final_{name}.csv", encoding="utf-8"
        ) as f:
            rows = [r["test_case"] for r in csv.DictReader(f)]
        take("mhc", lang, rows, 7 if lang != "pt" else 5, need_digit=False)
    return out


def positive(b, n, locale, items):
    rng = b.rng
    lang = b.lang_of(locale)
    key, title, fillers = rng.choice(T.GENRES[lang])
    fillers = list(fillers)
    rng.shuffle(fillers)
    greet, sign = split(T.WORDS[lang], "|")[:2]
    top, body, after = [], [], []
    lines = []
    for it in items:
        if it == "announced":
            where, segs = b.announced(locale, lang, fillers)
            {"top": top, "body": body, "after": after}[where].append(segs)
        elif it == "roster":
            body.append(b.roster(locale, lang))
        else:
            lines.append(b.value_line(it, locale, lang))
    if len(lines) > 1 and rng.random() < 0.5:
        block = []
        for i, ln in enumerate(lines):
            block += (["\n"] if i else []) + ln
        body.append(block)
        b.log["stacked blocks"] += 1
    else:
        body += lines
    if rng.random() < 0.6:
        body.append([b.hard_negative(lang)])
    body += [[f] for f in fillers]
    rng.shuffle(body)
    d = Doc()
    f, la = b.person(lang)
    d.paras = [[title]] + top + [[greet]] + body + [[sign + "\n" + f + " " + la]] + after
    return d, f"{locale}-pos-{key}-{n}", lang


def negative_prose(b, n, locale):
    rng = b.rng
    lang = b.lang_of(locale)
    key, title, fillers = rng.choice(T.GENRES[lang])
    greet, sign = split(T.WORDS[lang], "|")[:2]
    body = [[x] for x in fillers] + [[b.hard_negative(lang)] for _ in range(rng.randint(2, 3))]
    rng.shuffle(body)
    d = Doc()
    f, la = b.person(lang)
    d.paras = [[title], [greet]] + body + [[sign + "\n" + f + " " + la]]
    return d, f"{locale}-neg-{key}-{n}", lang


def build(seed=SEED):
    b = Builder(seed)
    rng = b.rng
    pool = [loc for loc, w in LOCALES.items() for _ in range(w)]
    locs = [rng.choice(pool) for _ in range(600)]
    docs = [[] for _ in range(600)]
    for item, cnt in ITEMS.items():
        for _ in range(cnt):
            while True:
                i = (
                    rng.randrange(600)
                    if not any(not x for x in docs) or item in ("ssn", "iban")
                    else rng.choice([j for j, x in enumerate(docs) if not x] + [rng.randrange(600)])
                )
                if item == "ssn" and locs[i] != "en_US":
                    continue
                if item == "iban" and locs[i] not in IBAN_CC:
                    continue
                if item in ("announced", "roster") and docs[i].count(item) >= (
                    2 if item == "announced" else 1
                ):
                    continue
                docs[i].append(item)
                break
    for i in range(600):
        if not docs[i]:
            docs[i].append("national")
            b.log["extra national"] += 1
    recs = []
    for n in range(1200 - 150):
        while True:
            state = rng.getstate()
            if n < 600:
                d, rid, lang = positive(b, n, locs[n], docs[n])
                loc = locs[n]
            elif n < 825:
                loc = rng.choice(pool)
                d, rid, lang = negative_prose(b, n, loc)
            else:
                loc = rng.choice(pool)
                text, key = b.table(loc)
                d, rid, lang = Doc(), f"{loc}-neg-{key}-{n}", None
                d.paras = [[text]]
            text, spans, vals = d.render()
            if not V.guard_hits(text, spans):
                break
            rng.setstate(state)
            rng.random()
            b.log["redraw doc"] += 1
        b.log[f"lang {'pos' if n < 600 else 'prose' if n < 825 else 'table'} {lang}"] += 1
        recs.append(({"id": rid, "locale": loc, "text": text, "spans": spans}, {"values": vals}))
    recs += [(c, {"values": []}) for c in corpus(rng)]
    rng.shuffle(recs)
    return [r for r, _ in recs], [v for _, v in recs], b.log


def dumps(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=OUT)
    ap.add_argument("--values-out", default=VALUES_OUT)
    a = ap.parse_args()
    recs, vals, _ = build()
    with open(a.out, "w", encoding="utf-8") as f:
        f.write(dumps(recs))
    with open(a.values_out, "w", encoding="utf-8") as f:
        f.write(dumps(vals))
    print(f"wrote {len(recs)} records to {a.out}")


if __name__ == "__main__":
    main()
