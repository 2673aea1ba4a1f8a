"""Building the v110 set: plan, compose, screen, shuffle."""

import random

from faker import Faker

from . import corpus
from . import numbers as nums
from .compose import LEX, LOCALES, Composer
from .negs import Drawer

SEED = 22110
LOCAL_PLAN = [
    ("US", "en_US", 75),
    ("GB", "en_GB", 75),
    ("DE", "de_DE", 75),
    ("NL", "nl_NL", 75),
    ("BR", "pt_BR", 75),
    ("IN", "en_IN", 40),
    ("IN", "hi", 35),
]
POS = {
    "en_US": 34,
    "en_GB": 34,
    "en_IN": 22,
    "en_AU": 14,
    "en_IE": 14,
    "de_DE": 26,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 30,
    "fr_BE": 10,
    "fr_CH": 8,
    "es_ES": 30,
    "it_IT": 30,
    "nl_NL": 21,
    "nl_BE": 10,
    "pt_BR": 21,
    "pt_PT": 15,
    "hi": 19,
}
NEG = {
    "en_US": 48,
    "en_GB": 42,
    "en_IN": 18,
    "en_AU": 12,
    "en_IE": 12,
    "de_DE": 36,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 30,
    "fr_BE": 10,
    "es_ES": 26,
    "it_IT": 26,
    "nl_NL": 26,
    "nl_BE": 10,
    "pt_BR": 24,
    "pt_PT": 12,
    "hi": 24,
}


class Stats:
    doc_redraws = 0


def build(seed=SEED):
    rng = random.Random(seed)
    fake = Faker("en_US")
    fake.seed_instance(seed)
    drawer = Drawer(rng)
    comp = Composer(rng, fake, drawer)
    stats = Stats()
    records, sidecar, n = [], [], 0

    def emit(kind, key, genre, make):
        nonlocal n
        for _ in range(50):
            doc = make()
            if comp.clean(doc, key):
                break
            stats.doc_redraws += 1
        else:
            raise RuntimeError("document stays dirty")
        lang, locale = LOCALES[key][0], LOCALES[key][1]
        prefix = "hi-" if lang == "hi" else ""
        records.append(
            {
                "id": "%s-%s-%s%s-%d" % (locale, kind, prefix, genre, n),
                "locale": locale,
                "text": doc.text,
                "spans": doc.spans,
            }
        )
        sidecar.append({"values": doc.values})
        n += 1

    for region, key, quota in LOCAL_PLAN:
        left = quota
        lx = LEX[LOCALES[key][0]]
        while left:
            k = min(left, rng.choice((1, 2, 2)))
            town, area, lens = rng.choice(nums.AREAS[region])
            subs = []
            while len(subs) < k:
                s = nums.draw_local(rng, region, area, lens)
                if s not in subs:
                    subs.append(s)
            genre = rng.choice(sorted(lx["TITLES"]))
            ctx = {"town": town, "region": region, "area": area}

            def make(genre=genre, subs=subs, ctx=ctx, key=key):
                return comp.positive(key, genre, dict(ctx, subs=list(subs)))

            emit("pos", key, genre, make)
            left -= k
    for plan, kind in ((POS, "pos"), (NEG, "neg")):
        for key, count in plan.items():
            lx = LEX[LOCALES[key][0]]
            for _ in range(count):
                genre = rng.choice(sorted(lx["TITLES"]))
                if kind == "pos":
                    emit(kind, key, genre, lambda key=key, genre=genre: comp.positive(key, genre))
                else:
                    emit(kind, key, genre, lambda key=key, genre=genre: comp.negative(key, genre))
    for rec in corpus.pick(rng):
        records.append(rec)
        sidecar.append({"values": []})
    order = list(range(len(records)))
    rng.shuffle(order)
    return [records[i] for i in order], [sidecar[i] for i in order], stats, drawer
