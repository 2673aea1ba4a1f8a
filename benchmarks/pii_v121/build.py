"""Build plan and writer for v121."""

import json
import random

from faker import Faker

from . import compose
from .corpus import load
from .negs import Drawer

SEED = 23121
# language -> (positive docs, negative docs, [(locale, share)])
PLAN = {
    "en": (300, 110, [("en_US", 0.3), ("en_GB", 0.3), ("en_IN", 0.22), ("en_AU", 0.09), ("en_IE", 0.09)]),
    "de": (125, 45, [("de_DE", 0.76), ("de_AT", 0.12), ("de_CH", 0.12)]),
    "nl": (100, 35, [("nl_NL", 0.8), ("nl_BE", 0.2)]),
    "fr": (45, 20, [("fr_FR", 0.75), ("fr_BE", 0.25)]),
    "pt": (100, 30, [("pt_BR", 0.82), ("pt_PT", 0.18)]),
    "es": (35, 15, [("es_ES", 1.0)]),
    "it": (35, 15, [("it_IT", 1.0)]),
    "hi": (60, 25, [("hi", 1.0)]),
}
FAKER = {
    "en": "en_US",
    "de": "de_DE",
    "nl": "nl_NL",
    "fr": "fr_FR",
    "pt": "pt_BR",
    "es": "es_ES",
    "it": "it_IT",
    "hi": "hi_IN",
}


def plan(rng):
    jobs = []
    for lang, (npos, nneg, locs) in PLAN.items():
        genres = sorted(compose.LEX[lang])
        for positive, n in ((True, npos), (False, nneg)):
            counts = [round(n * share) for _, share in locs]
            counts[0] += n - sum(counts)
            for (loc, _), c in zip(locs, counts, strict=True):
                for i in range(c):
                    jobs.append((loc, genres[i % len(genres)], positive))
    rng.shuffle(jobs)
    return jobs


def build(seed=SEED):
    rng = random.Random(seed)
    fakes = {}
    for lang, fl in FAKER.items():
        f = Faker(fl)
        f.seed_instance(seed)
        fakes[lang] = f
    drawer = Drawer(random.Random(seed + 1))
    comp = compose.Composer(rng, fakes, drawer)
    recs = []
    for n, (loc, genre, positive) in enumerate(plan(rng)):
        text, spans, vals = comp.document(loc, genre, positive)
        real = "en_IN" if loc == "hi" else loc
        g = ("hi-" if loc == "hi" else "") + genre
        rid = f"{real}-{'pos' if positive else 'neg'}-{g}-{n}"
        recs.append(({"id": rid, "locale": real, "text": text, "spans": spans}, vals))
    for r in load(random.Random(seed + 2)):
        recs.append(({**r, "spans": []}, []))
    rng.shuffle(recs)
    info = {
        "local_left": comp.local_left,
        "doc_redraws": comp.redraws,
        "value_redraws": drawer.redraws,
        "replaced": drawer.replaced,
        "kinds_used": len(drawer.used),
    }
    return recs, info


def write(recs, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as f:
        for r, _ in recs:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for _, v in recs:
            f.write(json.dumps({"values": v}, ensure_ascii=False) + "\n")
