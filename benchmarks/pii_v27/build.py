"""Build the v27 set in memory: schedule, quotas, composition with guard redraws, corpus, shuffle."""

import json
import random

from faker import Faker

from . import corpus, layout
from . import values as V
from .compose import GENRES, Doc, assemble, compose
from .guards import guard_hits, masked

SEED = 10027
POS = [
    ("en_US", "en", 130),
    ("en_GB", "en", 60),
    ("en_IN", "en", 40),
    ("en_IN", "hi", 35),
    ("de_DE", "de", 55),
    ("fr_FR", "fr", 45),
    ("nl_NL", "nl", 45),
    ("pt_BR", "pt", 50),
    ("es_ES", "es", 40),
    ("it_IT", "it", 40),
    ("en_AU", "en", 10),
    ("en_IE", "en", 10),
    ("de_AT", "de", 10),
    ("de_CH", "de", 10),
    ("fr_BE", "fr", 8),
    ("fr_CH", "fr", 6),
    ("nl_BE", "nl", 6),
]
NEG = [
    ("en_US", "en", 95),
    ("en_GB", "en", 45),
    ("en_IN", "en", 25),
    ("en_IN", "hi", 25),
    ("de_DE", "de", 45),
    ("fr_FR", "fr", 40),
    ("nl_NL", "nl", 40),
    ("pt_BR", "pt", 35),
    ("es_ES", "es", 35),
    ("it_IT", "it", 35),
    ("en_AU", "en", 5),
    ("en_IE", "en", 5),
    ("de_AT", "de", 5),
    ("de_CH", "de", 5),
    ("fr_BE", "fr", 4),
    ("fr_CH", "fr", 3),
    ("nl_BE", "nl", 3),
]
LOCAL_PER_REGION = 75
QUOTAS = [
    ("PHONE", "national", 405),
    ("PHONE", "other", 100),
    ("EMAIL", "personal", 88),
    ("EMAIL", "role", 77),
    ("IP_ADDRESS", "v4", 60),
    ("IP_ADDRESS", "v6", 30),
    ("CREDIT_CARD", "grouped", 40),
    ("CREDIT_CARD", "dashed", 18),
    ("CREDIT_CARD", "compact", 14),
    ("IBAN", "grouped", 50),
    ("IBAN", "compact", 16),
    ("US_SSN", "dashed", 33),
    ("US_SSN", "spaced", 7),
]
ROSTER_DOCS, LIST_ENTRIES, INTL = 70, 275, 150


def _deal(rng, docs, n, make, ok=lambda d: True):
    pool = [d for d in docs if ok(d)]
    keys = {d.n: rng.random() for d in pool}
    for i in range(n):
        d = min(pool, key=lambda d: (len(d.items), keys[d.n]))
        d.items.append(make(i, d))


def schedule(rng):
    plan = [(True, loc, lang) for loc, lang, n in POS for _ in range(n)]
    plan += [(False, loc, lang) for loc, lang, n in NEG for _ in range(n)]
    rng.shuffle(plan)
    genres = [GENRES[i % len(GENRES)] for i in range(len(plan))]
    rng.shuffle(genres)
    docs = [Doc(n, pos, loc, lang, genres[n]) for n, (pos, loc, lang) in enumerate(plan)]
    pos = [d for d in docs if d.pos]
    for region in V.LOCAL_REGIONS:
        home = [d for d in pos if V.PLAN[d.locale] == region and d.locale not in V.OWN]
        for d in home:
            d.area = rng.choice(V.AREAS[region])
        _deal(rng, home, LOCAL_PER_REGION, lambda i, d: {"kind": "PHONE", "mode": "local-announced"})
    roster_docs = rng.sample(pos, ROSTER_DOCS)
    for i, d in enumerate(roster_docs):
        d.meta["roster"] = layout.ROSTERS[i % len(layout.ROSTERS)]
    for i in range(LIST_ENTRIES):
        roster_docs[i % ROSTER_DOCS].items.append({"kind": "PHONE", "mode": "list-entry"})
    own = [d for d in pos if d.locale in V.OWN]
    for d in own:
        d.items.append({"kind": "PHONE", "mode": "international", "region": V.OWN[d.locale]})

    def intl(i, d):
        r = (
            V.PLAN[d.locale]
            if rng.random() < 0.55
            else rng.choice([x for x in V.FOREIGN_OK if x != V.PLAN[d.locale]])
        )
        return {"kind": "PHONE", "mode": "international", "region": r}

    _deal(rng, pos, INTL - len(own), intl)
    for kind, mode, n in QUOTAS:

        def make(i, d, kind=kind, mode=mode):
            it = {"kind": kind, "mode": mode}
            if kind == "IP_ADDRESS" and mode == "v4":
                it["private"] = i < 35
            return it

        ok = (lambda d: d.locale == "en_US" and d.lang == "en") if kind == "US_SSN" else (lambda d: True)
        _deal(rng, pos, n, make, ok)
    for d in pos:
        rng.shuffle(d.items)
    return docs


def build():
    rng = random.Random(SEED)
    docs = schedule(rng)
    fakers = {}
    for i, loc in enumerate(sorted({d.locale for d in docs}) + ["hi_IN"]):
        fakers[loc] = Faker(loc)
        fakers[loc].seed_instance(SEED + i)
    records, redraws = [], 0
    for d in docs:
        fk = fakers["hi_IN"] if d.lang == "hi" else fakers[d.locale]
        fa = fakers[d.locale]
        while True:
            parts, meta = compose(rng, d, fk, fa)
            text, spans, vals = assemble(parts)
            if not guard_hits(masked(text, spans)):
                break
            redraws += 1
        rid = "%s-%s-%s-%d" % (d.locale, "pos" if d.pos else "neg", d.genre, d.n)
        meta.update(kind="pos" if d.pos else "neg", lang=d.lang, genre=d.genre)
        records.append(
            (
                {"id": rid, "locale": d.locale, "text": text, "spans": spans},
                {"values": [v.record() for v in vals]},
                meta,
            )
        )
    for c in corpus.pick(rng):
        records.append(
            (
                {"id": c["id"], "locale": c["locale"], "text": c["text"], "spans": []},
                {"values": []},
                {"kind": "corpus", "source": c["source"]},
            )
        )
    rng.shuffle(records)
    return records, {"guard_redraws": redraws}


def dumps(records):
    recs = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r, _v, _m in records)
    vals = "".join(json.dumps(v, ensure_ascii=False) + "\n" for _r, v, _m in records)
    return recs, vals
