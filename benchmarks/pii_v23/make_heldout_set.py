"""Write tests/data/pii_heldout_v23.jsonl: a twenty-third, independent held-out labelled set for PII
detection.

How it was built
    Written from a brief by someone who did not open, read, grep, list, import or run the project's code
    (nothing under src/), its tests (apart from `head -2` of tests/data/pii_heldout_v21.jsonl and of
    tests/data/pii_heldout_v21_values.jsonl, for the format), earlier sets' generators (benchmarks/pii*/ was
    neither listed nor read), benchmarks/results/, README.md, ARCHITECTURE.md, DESIGN.md,
    /work/shared/DESIGN.md or /work/shared/research/, and who ran no git command. Read: the module docstring
    of v21's generator (handed over as a text file), the [tool.ruff] part of pyproject.toml,
    /work/shared/data/SOURCES.md and the raw data files the corpus negatives come from, directory listings
    of benchmarks/ and /work/shared/data/. No PII detector or redactor was run on this set; numbers were
    made and checked with phonenumbers only. Emphasis (differs from v21): official and business papers -
    invoices, order confirmations, delivery notes, contracts, minutes, CVs, job ads, doctor and school
    letters, filled-in forms (label: value, boxed digits, tick boxes), spreadsheets pasted as text,
    PDF-to-text output (wide gaps, hyphenation at line ends, ligatures, form feeds and page lines),
    multilingual footers, staff directories and phone trees.

Format and conventions: those of v21 (record {"id", "locale", "text", "spans"}, Python character offsets,
    sorted, non-overlapping; sidecar line i {"values": [{"kind", "mode", "text"} + region, e164, area_len
    for PHONE]}; PHONE modes international, national, local-announced, list-entry, other; subscriber-only
    numbers (local-announced, always announced by a phone word, a phone symbol or a phone sentence) for US,
    GB, DE, NL, BR, IN, with area_len the area code length phonenumbers gives and the text exactly the
    subscriber digits; AT/CH/BE/AU/IE documents write their own numbers internationally only and use the
    neighbouring plan (DE, FR, NL, GB) for national numbers; Hindi documents carry the locale en_IN; ids
    <locale>-<pos|neg>-<genre>-<n> or <source>-<language>-<row>; shuffled with the seed). 'other' numbers
    are service numbers (toll-free, shared cost, premium, UAN). IBANs mod-97 valid (no national check
    digits), cards Luhn-valid (Visa, Mastercard 51-55 and 2221-2720, Amex, Discover), SSNs by SSA rules in
    en_US documents only, IPs v4 (36 private, 24 public) and global v6 compressed. Guards
    (others.guard_hits): the masked text holds no '@', no Luhn-valid 13-19 digit run (groups joined by
    single spaces or hyphens), no mod-97-valid IBAN shape, no SSN shape (3-2-4 with one separator), no
    dotted quad, no IPv6.

What is new against v21, by module
    12 genres (genres.py, genres_b.py); 12 placements (letterhead, footer, multi_footer, signature,
    sentence, ps, note (handwritten note), stamp, form_field, action (minutes), pdf_header, table_cell); 8
    roster formats (semicolon_csv, fixed_width, ascii_grid, inline_semicolon, label_blocks, day_rota,
    surname_caps, dept_bracket; layout.py); 9 value-line shapes (bare, tab, bracket, pipe, en_dash, wide,
    nbsp, symbol, trailing_paren); phone labels and abbreviations per language (Tel., Tél., Tfno., Tlf.,
    Ph., Mob., Handy, Fax, WhatsApp, Durchwahl, Doorkiesnummer, Centralino, Natel, Zap, Fone, मो. ...;
    "interno 2" after an Italian number) and 10 phone, 2 fax and 3 service phrasings per language
    (lang_*.py), each tied to the genres it fits; 75 hard-negative kinds (all used) with labels per language
    and region (negs.py, negs_b.py: invoice, customer, order, delivery, quote, contract, article, batch,
    serial, parcel, VAT, tax, company register, bank code, old account, IBAN-like but invalid, BIC, mandate,
    payment reference, customs tariff, EAN, SSCC, MRN, container, court case, file reference, land parcel,
    resolution, policy, claim, permit, patient, hospital case, lab order, drug code, insurer code, blood
    pressure, NHS number, student, school code, exam, personnel, job reference, cost centre, ledger account,
    salary, version, ticket, asset tag, MAC, licence key, dates, times, amounts, measures, weights, ISBN,
    ISSN, coordinates, postcodes, PO boxes, rooms, plates, VIN, bookings, loyalty cards, voucher codes,
    meters, readings, market locations, pages, opening hours, D-U-N-S, pallets), some written in boxes
    (|4|0|1|1|...); number habits (values.py) from phonenumbers' own groupings plus DIN 5008 extensions,
    pairs, slashes, (0xx11), 0-98765-43210, 1 (212), +49 / 30 / ..., +33 (0)..., 00 49 ..., 011 ..., and
    doubled gaps in PDF text.

Sources and licences: phonenumbers (Apache-2.0) for all numbering data checks; Faker (MIT), as installed in
    the venv (40.63.0), for person, street and family names (company names are patterns in realize.py);
    corpus negatives untouched from /work/shared/data: GSM8K train questions (MIT), MATH-500 problems (MIT),
    HumanEval prompts (MIT), Anthropic hh-rlhf harmless-base test dialogues, 'chosen' side (MIT; can be
    offensive), HateCheck English test cases (CC BY 4.0; can be hateful), Multilingual HateCheck German,
    French, Spanish, Italian, Dutch, Portuguese cases (CC BY 4.0; can be hateful); screened: at most 1,500
    characters, no '@', 'http', 'www.', no 7+ digit run (digits joined by spaces, tabs, dashes, dots,
    slashes or parentheses), nothing the guards flag. Row = 0-based data row (after the CSV header).

Commands
    nice -n 19 .venv/bin/python -m benchmarks.pii_v23.make_heldout_set
    nice -n 19 .venv/bin/python -m benchmarks.pii_v23.checks [RECORDS [VALUES]]
    nice -n 19 .venv/bin/python -m benchmarks.pii_v23.stats [RECORDS [VALUES]]

Counts (seed 10023; `python -m benchmarks.pii_v23.stats` prints them all)
    rebuild matches the files: True
    documents: 1200 {'neg': 450, 'pos': 600, 'corpus': 150}
    values: 1815; by kind: PHONE 1375, EMAIL 170, IP_ADDRESS 90, CREDIT_CARD 75, IBAN 65, US_SSN 40
    modes: PHONE/local-announced 450, PHONE/national 400, PHONE/list-entry 275, PHONE/international 150,
        PHONE/other 100, EMAIL/personal 90, EMAIL/role 80, IP_ADDRESS/v4 60, IBAN/grouped 52,
        CREDIT_CARD/grouped 43, US_SSN/dashed 34, IP_ADDRESS/v6 30, CREDIT_CARD/dashed 18,
        CREDIT_CARD/compact 14, IBAN/compact 13, US_SSN/spaced 6
    phone regions: US 180, IN 172, DE 168, GB 157, NL 149, BR 140, FR 115, ES 101, IT 90, CH 28, AU 24,
        AT 18, BE 17, IE 16
    local-announced by region: BR 75, DE 75, GB 75, IN 75, NL 75, US 75
    locales: en_US 218, de_DE 130, en_GB 128, en_IN 122, fr_FR 113, es_ES 104, nl_NL 95, pt_BR 95,
        it_IT 86, en_AU 21, de_AT 18, de_CH 18, en_IE 18, fr_BE 14, fr_CH 10, nl_BE 10
    document languages (generated): en 341, de 158, fr 129, nl 98, es 96, pt 88, it 79, hi 61
    genres: notice 137, form 134, minutes 102, invoice 97, school 89, sheet 86, medical 84, contract 83,
        directory 65, job_ad 63, cv 58, delivery 52
    PDF-to-text documents: 158
    roster_format: label_blocks 11, inline_semicolon 8, ascii_grid 7, fixed_width 7, semicolon_csv 7,
        surname_caps 7, day_rota 3, dept_bracket 2
    shape: wide 474, bare 320, en_dash 311, tab 308, nbsp 289, bracket 259, pipe 249, trailing_paren 80,
        symbol 78
    table_style: ascii_grid 79, fixed 75, pipe_plain 69, semicolon 66
    placements: sentence 314, form_field 226, note 221, footer 197, letterhead 170, signature 110, ps 90,
        stamp 66, action 54, multi_footer 49, table_cell 24, pdf_header 19
    placement x language pairs: 94
    phrasings used: 174 (announcing phone numbers: 103)
    hard-negative kinds used: 75; boxed-digit negatives: 71
    number styles used: 122
    corpus sources: gsm8k_train-en 35, hh_rlhf_harmless-en 20, math500-en 20, hatecheck-en 15,
        humaneval-en 15, mhc-de 8, mhc-es 8, mhc-fr 8, mhc-it 7, mhc-nl 7, mhc-pt 7
    characters: 740743
"""

import json
import random
import sys
from collections import Counter
from pathlib import Path

from faker import Faker

from . import values as V
from .corpus import corpus_docs
from .genres import KIND_GENRES
from .genres_b import GENRES, ROSTER_GENRES
from .lang_de import L as L_DE
from .lang_en import L as L_EN
from .lang_es import L as L_ES
from .lang_fr import L as L_FR
from .lang_hi import L as L_HI
from .lang_it import L as L_IT
from .lang_nl import L as L_NL
from .lang_pt import L as L_PT
from .layout import Ctx, build, masked
from .realize import NEIGHBOUR, realize, setup

SEED = 10023
ROOT = Path(__file__).resolve().parents[2]
RECORDS = ROOT / "tests" / "data" / "pii_heldout_v23.jsonl"
VALUES = ROOT / "tests" / "data" / "pii_heldout_v23_values.jsonl"
LANGS = {"de": L_DE, "en": L_EN, "es": L_ES, "fr": L_FR, "hi": L_HI, "it": L_IT, "nl": L_NL, "pt": L_PT}
# (locale, language, positive documents, negative documents); Hindi documents carry en_IN as in v21
LOCALES = [
    ("en_US", "en", 73, 55),
    ("en_GB", "en", 65, 48),
    ("en_IN", "en", 35, 26),
    ("en_IN", "hi", 35, 26),
    ("de_DE", "de", 70, 52),
    ("fr_FR", "fr", 60, 45),
    ("es_ES", "es", 55, 41),
    ("it_IT", "it", 45, 34),
    ("nl_NL", "nl", 50, 38),
    ("pt_BR", "pt", 50, 38),
    ("de_AT", "de", 10, 8),
    ("de_CH", "de", 10, 8),
    ("fr_BE", "fr", 8, 6),
    ("fr_CH", "fr", 6, 4),
    ("nl_BE", "nl", 6, 4),
    ("en_AU", "en", 12, 9),
    ("en_IE", "en", 10, 8),
]
SMALL = ("de_AT", "de_CH", "fr_BE", "fr_CH", "nl_BE", "en_AU", "en_IE")
FAKER = {"hi": "hi_IN"}
N_ROSTER_DOCS, N_LIST = 52, 275
OWN_INTL = {"AT": 12, "CH": 13, "BE": 14, "AU": 16, "IE": 11}
NEIGH_NATIONAL = {"de_AT": 3, "de_CH": 3, "fr_BE": 2, "fr_CH": 2, "nl_BE": 2, "en_IE": 3}
MAIN_REGIONS = ("US", "GB", "IN", "DE", "FR", "ES", "IT", "NL", "BR")
PDF_GENRES = ("invoice", "delivery", "medical", "contract", "form", "notice", "cv", "job_ad", "school")


def region_of(locale):
    return locale[-2:]


def spread(rng, total, weights):
    """Split total over keys in proportion to weights (largest remainders, ties by rng)."""
    s = sum(weights.values())
    base = {k: total * w // s for k, w in weights.items()}
    rest = sorted(weights, key=lambda k: (-(total * weights[k] % s), rng.random()))
    for k in rest[: total - sum(base.values())]:
        base[k] += 1
    return base


def slots(rng, docs):
    main = Counter(d["region"] for d in docs if not d["small"])
    out = []
    for r in V.LOCAL_REGIONS:
        out += [{"kind": "PHONE", "mode": "local-announced", "region": r} for _ in range(75)]
    # regions without subscriber-only numbers get more full national numbers (about as many phones in all)
    weights = {r: n * (5 if r in V.LOCAL_REGIONS else 8) for r, n in main.items()}
    for r, n in spread(rng, 400 - sum(NEIGH_NATIONAL.values()), weights).items():
        out += [{"kind": "PHONE", "mode": "national", "region": r} for _ in range(n)]
    for loc, n in NEIGH_NATIONAL.items():
        out += [
            {"kind": "PHONE", "mode": "national", "region": NEIGHBOUR[loc], "neigh": loc} for _ in range(n)
        ]
    for r, n in spread(rng, 100, main).items():
        out += [{"kind": "PHONE", "mode": "other", "region": r} for _ in range(n)]
    for r, n in OWN_INTL.items():
        out += [{"kind": "PHONE", "mode": "international", "region": r, "own": True} for _ in range(n)]
    for _ in range(150 - sum(OWN_INTL.values())):
        out.append({"kind": "PHONE", "mode": "international", "region": rng.choice(list(V.CC))})
    other = (
        ("EMAIL", {"personal": 90, "role": 80}),
        ("IP_ADDRESS", {"v4": 60, "v6": 30}),
        ("CREDIT_CARD", {"grouped": 43, "dashed": 18, "compact": 14}),
        ("IBAN", {"grouped": 52, "compact": 13}),
        ("US_SSN", {"dashed": 34, "spaced": 6}),
    )
    for kind, modes in other:
        for m, n in modes.items():
            out += [{"kind": kind, "mode": m, "region": None} for _ in range(n)]
    for i, s in enumerate(x for x in out if x["kind"] == "IP_ADDRESS" and x["mode"] == "v4"):
        s["private"] = i < 36
    return out


def compat(s, d):
    k, m = s["kind"], s["mode"]
    if d["genre"] and k != "PHONE" and k != "EMAIL" and d["genre"] not in KIND_GENRES[k]:
        return False
    if k == "US_SSN":
        return d["locale"] == "en_US"
    if k != "PHONE":
        return True
    if m in ("local-announced", "other"):
        return d["region"] == s["region"] and not d["small"]
    if m == "national":
        return d["locale"] == s["neigh"] if "neigh" in s else (d["region"] == s["region"] and not d["small"])
    return d["region"] == s["region"] if s.get("own") else d["region"] != s["region"]


def plan(rng):
    docs = []
    for loc, lang, npos, nneg in LOCALES:
        for pos, n in ((True, npos), (False, nneg)):
            docs += [
                {
                    "locale": loc,
                    "lang": lang,
                    "region": region_of(loc),
                    "pos": pos,
                    "small": loc in SMALL,
                    "genre": None,
                    "slots": [],
                    "roster": 0,
                }
                for _ in range(n)
            ]
    pos = [d for d in docs if d["pos"]]
    rost = rng.sample([d for d in pos if not d["small"]], N_ROSTER_DOCS)
    sizes = [3] * N_ROSTER_DOCS
    while sum(sizes) < N_LIST:
        i = rng.randrange(N_ROSTER_DOCS)
        if sizes[i] < 8:
            sizes[i] += 1
    for d, n in zip(rost, sizes, strict=True):
        d["roster"], d["genre"] = n, rng.choice(ROSTER_GENRES)
    pool = slots(rng, docs)
    rng.shuffle(pool)
    order = [d for d in pos if not d["roster"]]
    rng.shuffle(order)
    for d in order:
        cands = [i for i, s in enumerate(pool) if compat(s, d)]
        d["slots"].append(pool.pop(rng.choice(cands)))
    for s in pool:
        cands = [d for d in pos if compat(s, d)]
        w = [1.0 / (1 + len(d["slots"]) + (2 if d["roster"] else 0)) ** 2 for d in cands]
        rng.choices(cands, w)[0]["slots"].append(s)
    for d in docs:
        if d["genre"] is None:
            kinds = {s["kind"] for s in d["slots"]} & set(KIND_GENRES)
            ok = [g for g in GENRES if all(g in KIND_GENRES[k] for k in kinds)]
            if any(s["mode"] == "role" for s in d["slots"]):
                ok = [g for g in ok if g != "cv"]
            weights = [0.4 if g == "directory" and d["pos"] else 1.0 for g in ok]
            d["genre"] = rng.choices(ok, weights)[0]
        d["pdf"] = d["genre"] in PDF_GENRES and rng.random() < 0.18
        d["extra_negs"] = rng.randint(2, 4) if not d["pos"] else rng.randint(0, 2)
    return docs


def make_doc(rng, d, fakers, meta):
    L = LANGS[d["lang"]]
    fake, fake_ascii = fakers[d["lang"], d["locale"]], fakers["ascii", d["locale"]]
    for _ in range(40):
        local = {}
        ctx = Ctx(rng, L, d["locale"], d["region"], d["lang"], fake, local)
        ctx.pdf = d["pdf"]
        has_local = any(s["mode"] == "local-announced" for s in d["slots"])
        area = rng.choice(V.AREAS[d["region"]])[1] if has_local else None
        setup(ctx, d["genre"], area, fake_ascii)
        vals = [realize(ctx, s) for s in d["slots"]]
        rng.shuffle(vals)
        ros = None
        if d["roster"]:
            ros = []
            for _ in range(d["roster"]):
                role, who = ctx.ch(L["roles"]), ctx.person()
                if d["genre"] == "school":
                    i = rng.randrange(4)  # mother, father, parents, grandmother in every language
                    role = L["sch"]["parent"][i].format(c=fake.first_name())
                    if i in (0, 3):
                        first = fake.first_name_female()
                    else:
                        first = fake.first_name_male() if i == 1 else fake.first_name()
                    who = f"{first} {fake.last_name()}"
                v = realize(ctx, {"kind": "PHONE", "mode": "list-entry", "region": d["region"]})
                v["_placement"] = "roster"
                ros.append((who, role, v))
        blocks = GENRES[d["genre"]](ctx, vals, ros, d["extra_negs"])
        page = (L["page"].format(a=1, b=2), "" if d["genre"] == "cv" else ctx.fields["company"])
        text, spans, vs = build(blocks, rng, ctx.pdf, page)
        assert len(vs) == len(vals) + (len(ros) if ros else 0), (d["genre"], len(vs), len(vals))
        if V.guard_hits(masked(text, spans)):
            continue
        for key, c in local.items():
            meta.setdefault(key, Counter()).update(c)
        meta.setdefault("genre", Counter())[d["genre"]] += 1
        meta.setdefault("pdf", Counter())[str(d["pdf"])] += 1
        meta.setdefault("lang", Counter())[d["lang"]] += 1
        return text, spans, vs
    raise RuntimeError(f"guards keep firing for {d['locale']} {d['genre']}")


def sidecar(v):
    out = {"kind": v["kind"], "mode": v["mode"], "text": v["text"]}
    if v["kind"] == "PHONE":
        out.update(region=v["region"], e164=v["e164"], area_len=v["area_len"])
    return out


def build_all(seed=SEED):
    rng = random.Random(seed)
    fakers = {}
    for loc, lang, _, _ in LOCALES:
        f = Faker(FAKER.get(lang, loc))
        f.seed_instance(seed)
        fakers[lang, loc] = f
        fa = Faker(loc)
        fa.seed_instance(seed + 1)
        fakers["ascii", loc] = fa
    meta = {}
    docs = plan(rng)
    out = []
    for n, d in enumerate(docs):
        text, spans, vs = make_doc(rng, d, fakers, meta)
        rid = f"{d['locale']}-{'pos' if d['pos'] else 'neg'}-{d['genre']}-{n}"
        out.append(
            (
                {"id": rid, "locale": d["locale"], "text": text, "spans": spans},
                [sidecar(v) for v in vs],
                "pos" if d["pos"] else "neg",
                vs,
            )
        )
    for c in corpus_docs(rng):
        meta.setdefault("corpus_source", Counter())[f"{c.pop('_source')}-{c.pop('_lang')}"] += 1
        out.append((c, [], "corpus", []))
    rng.shuffle(out)
    return out, meta


def dumps(out):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _, _, _ in out)
    vals = "".join(json.dumps({"values": v}, ensure_ascii=False) + "\n" for _, v, _, _ in out)
    return recs, vals


def main(argv):
    out, _ = build_all()
    recs, vals = dumps(out)
    RECORDS.write_text(recs, encoding="utf-8")
    VALUES.write_text(vals, encoding="utf-8")
    print(f"wrote {len(out)} documents to {RECORDS} and {VALUES}")


if __name__ == "__main__":
    main(sys.argv[1:])
