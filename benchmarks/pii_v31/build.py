# ruff: noqa: E501
"""Build logic for v31 (see make_heldout_set's docstring)."""

import json
import random
from collections import Counter
from pathlib import Path

from . import compose as C
from . import corpus
from . import values as V

SEED = 10031
OUT = Path("tests/data/pii_heldout_v31.jsonl")
OUT_VALUES = Path("tests/data/pii_heldout_v31_values.jsonl")
QUOTA = {
    "national": 340,
    "international": 240,
    "list-entry": 230,
    "other": 100,
    "EMAIL": 170,
    "IP_ADDRESS": 85,
    "CREDIT_CARD": 60,
    "IBAN": 65,
    "US_SSN": 35,
}
N_NEG = 420
N_CORPUS = 150
LOCAL_PER_REGION = 75
SPLIT_GENRES = {"note", "chat", "letter", "diary"}


def _phone(ctx, mode):
    r = ctx.rng
    if mode == "international":
        region = ctx.region if r.random() < 0.75 else ctx.home
    else:
        region = ctx.home
    if mode == "other":
        return V.phone_value(
            num := V.make_number(r, region, "service"),
            region,
            mode,
            C.phone_text(ctx, num, region, "national", False),
        ), "service"
    kind = r.choice(["mobile", "fixed"])
    area = r.choice(V.AREAS[region])[0] if kind == "fixed" else None
    num = V.make_number(r, region, kind, area)
    t = C.phone_text(ctx, num, region, mode, ctx.genre in SPLIT_GENRES)
    return V.phone_value(num, region, mode, t), kind


def _other(ctx, kind):
    r = ctx.rng
    if kind == "EMAIL":
        return C.make_email(ctx, r.choice(["personal", "personal", "role"]))
    if kind == "IP_ADDRESS":
        return V.make_ip(r)
    if kind == "CREDIT_CARD":
        return V.make_card(r)
    if kind == "IBAN":
        return V.make_iban(r, C.IBAN_CC[ctx.locale])
    return V.make_ssn(r)


def _eligible(ctx, key):
    if key == "US_SSN":
        return ctx.locale == "en_US"
    if key == "IBAN":
        return ctx.locale in C.IBAN_CC
    if key == "other":
        return ctx.home in V.SERVICE
    return True


def _new_ctx(rng, locale, lang, region, home):
    ctx = C.Ctx(rng, locale, lang, region, home)
    return ctx


def build():
    rng = random.Random(SEED)
    records, values, meta = [], [], Counter()
    counter = [0]
    remaining = dict(QUOTA)

    def emit(ctx, genre, slots, kind, n_negs, n_fill):
        for _attempt in range(30):
            state = rng.getstate()
            ctx.negs = []
            text, spans = C.compose(ctx, genre, slots, n_negs, n_fill)
            if C.doc_ok(text, spans, {ctx.region, ctx.home}):
                break
            meta["guard redraws"] += 1
            rng.setstate(state)
            rng.random()
        else:
            raise RuntimeError("cannot place document")
        spans.sort(key=lambda s: s[0])
        counter[0] += 1
        rid = f"{ctx.locale}-{kind}-{genre}-{counter[0]}"
        records.append(
            {
                "id": rid,
                "locale": ctx.locale,
                "text": text,
                "spans": [{"kind": v["kind"], "start": a, "end": b} for a, b, v in spans],
            }
        )
        values.append({"values": [v for _, _, v in spans]})
        meta["hard-negative values"] += len(ctx.negs)
        for k in ctx.negs:
            meta["neg:" + k] += 1
        meta["genre:" + genre] += 1

    # 1. local-announced documents
    for region in V.LOCAL_REGIONS:
        done = 0
        while done < LOCAL_PER_REGION:
            locale, lang = rng.choice(C.LOCAL_LOCALES[region])
            ctx = _new_ctx(rng, locale, lang, region, region)
            genre = rng.choice(C.GENRES)
            ctx.genre = genre
            area, town = rng.choice(V.AREAS[region])
            ctx.town, ctx.area = town, area
            slots = []
            for _ in range(min(rng.choice([1, 2, 2, 3]), LOCAL_PER_REGION - done)):
                num = V.make_number(rng, region, "fixed", area)
                sub = V.nsn(num)[len(area) :]
                forms = [f for f in V.local_forms(region, sub) if V.local_ok(region, area, f, num)]
                v = V.phone_value(num, region, "local-announced", rng.choice(forms))
                assert v["area_len"] == len(area)
                slots.append(("line", v, "fixed"))
                done += 1
            if rng.random() < 0.5 and remaining["national"] > 0:
                v, hint = _phone(ctx, "national")
                slots.append(("line", v, hint))
                remaining["national"] -= 1
            emit(ctx, genre, slots, "pos", rng.randint(1, 3), rng.randint(1, 2))

    # 2. other positive documents
    weights = [w for *_, w in C.LOCALES]
    while any(v > 0 for v in remaining.values()):
        locale, lang, region, home, _ = rng.choices(C.LOCALES, weights)[0]
        ctx = _new_ctx(rng, locale, lang, region, home)
        genre = rng.choice(C.GENRES)
        ctx.genre = genre
        ctx.town = rng.choice(V.AREAS[region])[1]
        slots = []
        for _ in range(rng.choice([2, 2, 3, 3, 4])):
            keys = [k for k, v in remaining.items() if v > 0 and _eligible(ctx, k)]
            if not keys:
                break
            key = rng.choices(keys, [remaining[k] for k in keys])[0]
            if key == "list-entry":
                n = min(remaining[key], rng.randint(2, 4))
                slots.append(("roster", n))
                remaining[key] -= n
            elif key in ("national", "international", "other"):
                v, hint = _phone(ctx, key)
                slots.append(("line", v, hint))
                remaining[key] -= 1
            else:
                slots.append(("line", _other(ctx, key), None))
                remaining[key] -= 1
        if not slots:
            continue
        emit(ctx, genre, slots, "pos", rng.randint(1, 3), rng.randint(1, 2))

    # 3. negative documents
    for _ in range(N_NEG):
        locale, lang, region, home, _ = rng.choices(C.LOCALES, weights)[0]
        ctx = _new_ctx(rng, locale, lang, region, home)
        genre = rng.choice(C.GENRES)
        ctx.genre = genre
        ctx.town = rng.choice(V.AREAS[region])[1]
        emit(ctx, genre, [], "neg", rng.randint(2, 4), rng.randint(1, 3))

    # 4. corpus negatives
    for rec in corpus.pick(rng, N_CORPUS):
        records.append(rec)
        values.append({"values": []})

    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [values[i] for i in order], meta


def dump(records, values):
    a = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    b = "".join(json.dumps(v, ensure_ascii=False) + "\n" for v in values)
    return a, b
