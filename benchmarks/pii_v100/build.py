"""Build order: positive and negative documents per locale and genre, local quotas, corpus negatives."""

import json
import random

from . import corpus
from .compose import LOCAL_REGION, Composer, cells, screen_document

SEED = 10100
# locale -> positive documents (hard-negative documents are 40 % of that on top)
PLAN = {
    "en_US": 80,
    "en_GB": 80,
    "en_IN": 45,
    "en_AU": 14,
    "en_IE": 14,
    "de_DE": 70,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 46,
    "fr_BE": 10,
    "fr_CH": 8,
    "es_ES": 38,
    "it_IT": 38,
    "nl_NL": 64,
    "nl_BE": 10,
    "pt_BR": 64,
    "pt_PT": 18,
    "hi": 45,
}
LOCAL_TARGET = {
    ("en_US", "US"): 75,
    ("en_GB", "GB"): 75,
    ("en_IN", "IN"): 40,
    ("hi", "IN"): 35,
    ("de_DE", "DE"): 75,
    ("nl_NL", "NL"): 75,
    ("pt_BR", "BR"): 75,
}
LIST_P = 0.13


def build(seed=SEED):
    rng = random.Random(seed)
    comp = Composer(rng)
    stats = {"document_redraws": 0}
    jobs = []
    for loc, n in PLAN.items():
        genres = sorted(cells(loc if loc == "hi" else loc[:2]))
        for i in range(n):
            jobs.append((loc, genres[i % len(genres)], True))
        for i in range(round(n * 0.4)):
            jobs.append((loc, genres[(i + 1) % len(genres)], False))
    left = {loc: t for (loc, _), t in LOCAL_TARGET.items()}
    docs = []

    def make(loc, genre, positive, quota):
        with_list = positive and rng.random() < LIST_P
        for _ in range(50):
            text, spans, vals = comp.document(loc, genre, positive, quota, with_list)
            if screen_document(text, spans, loc):
                return text, spans, vals
            stats["document_redraws"] += 1
        raise RuntimeError((loc, genre))

    def add(loc, genre, positive, quota):
        text, spans, vals = make(loc, genre, positive, quota)
        lang = "hi" if loc == "hi" else loc[:2]
        locale = "en_IN" if loc == "hi" else loc
        tag = f"hi-{genre}" if loc == "hi" else genre
        n = len(docs)
        docs.append(
            {
                "id": f"{locale}-{'pos' if positive else 'neg'}-{tag}-{n}",
                "locale": locale,
                "text": text,
                "spans": [
                    {"kind": v["kind"], "start": a, "end": b} for (a, b), v in zip(spans, vals, strict=True)
                ],
                "_values": vals,
                "_genre": genre,
                "_lang": lang,
            }
        )
        return sum(1 for v in vals if v["mode"] == "local-announced")

    for loc, genre, positive in jobs:
        quota = 0
        if positive and loc in LOCAL_REGION and left.get(loc, 0) > 0 and rng.random() < 0.7:
            quota = min(2, left[loc])
        left[loc] = left.get(loc, 0) - add(loc, genre, positive, quota)
    for loc in sorted(left):
        genres = sorted(cells(loc if loc == "hi" else loc[:2]))
        while left[loc] > 0:
            left[loc] -= add(loc, rng.choice(genres), True, min(2, left[loc]))
    docs += corpus.records(rng)
    rng.shuffle(docs)
    stats["value_redraws"] = comp.drawer.redraws
    stats["kinds_replaced"] = comp.drawer.replaced
    stats["kinds_used"] = len(comp.drawer.used)
    return docs, stats


def write(docs, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as fr, open(val_path, "w", encoding="utf-8") as fv:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": d["_values"]}, ensure_ascii=False) + "\n")
