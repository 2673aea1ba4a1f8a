"""Builds the v101 records and sidecar values from the seed."""

import json
import random

from faker import Faker

from . import compose, corpus, negs, numbers

SEED = 10101
LOCAL_PLAN = [
    ("en_US", "US", 75),
    ("en_GB", "GB", 75),
    ("de_DE", "DE", 75),
    ("nl_NL", "NL", 75),
    ("pt_BR", "BR", 75),
    ("en_IN", "IN", 40),
    ("hi", "IN", 35),
]
POS_PLAN = {
    "en_US": 45,
    "en_GB": 45,
    "en_IN": 20,
    "en_AU": 12,
    "en_IE": 12,
    "de_DE": 35,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 40,
    "fr_BE": 10,
    "fr_CH": 8,
    "es_ES": 40,
    "it_IT": 38,
    "nl_NL": 30,
    "nl_BE": 10,
    "pt_BR": 30,
    "pt_PT": 20,
    "hi": 20,
}
NEG_PLAN = {
    "en_US": 30,
    "en_GB": 30,
    "en_IN": 15,
    "en_AU": 6,
    "en_IE": 6,
    "de_DE": 30,
    "de_AT": 5,
    "de_CH": 5,
    "fr_FR": 25,
    "fr_BE": 5,
    "es_ES": 22,
    "it_IT": 20,
    "nl_NL": 25,
    "nl_BE": 5,
    "pt_BR": 25,
    "pt_PT": 10,
    "hi": 20,
}


def _fakes(seed):
    names = {"en_US", "hi_IN"} | {
        compose.FAKER_LOCALE.get(loc, loc) for loc in compose.LOCALES if loc != "hi"
    }
    out = {}
    for i, name in enumerate(sorted(names)):
        f = Faker(name)
        f.seed_instance(seed + i)
        out[name] = f
    return out


def build(seed=SEED):
    rng = random.Random(seed)
    fakes = _fakes(seed)
    drawer = negs.Drawer(rng)
    stats = {"doc_redraws": 0}
    made = []

    def make(locale, kind, genre, **kw):
        for _ in range(100):
            ctx = compose.Ctx(rng, fakes, drawer, locale, **kw.get("where", {}))
            doc = compose.build_doc(ctx, genre, kind, kw.get("locals_wanted", 0))
            if not compose.screen_doc(doc, ctx.regions):
                break
            stats["doc_redraws"] += 1
        else:
            raise RuntimeError("document stays dirty")
        rec_locale = "en_IN" if locale == "hi" else locale
        g = f"hi-{genre}" if locale == "hi" else genre
        n = len(made)
        made.append(
            (
                {
                    "id": f"{rec_locale}-{'neg' if kind == 'neg' else 'pos'}-{g}-{n}",
                    "locale": rec_locale,
                    "text": doc.text(),
                    "spans": doc.spans,
                },
                doc.vals,
            )
        )

    for locale, region, total in LOCAL_PLAN:
        lang = compose.LOCALES[locale][0]
        left = total
        while left:
            want = min(left, rng.choice([1, 1, 1, 2]))
            town, area = rng.choice(numbers.AREAS[region])
            make(
                locale,
                "local",
                rng.choice(compose.genres(lang)),
                locals_wanted=want,
                where={"town": town, "area": area, "local_region": region},
            )
            left -= want
    for plan, kind in ((POS_PLAN, "pos"), (NEG_PLAN, "neg")):
        for locale, count in plan.items():
            gs = compose.genres(compose.LOCALES[locale][0])
            start = rng.randrange(len(gs))
            for i in range(count):
                make(locale, kind, gs[(start + i) % len(gs)])
    made += [(r, []) for r in corpus.corpus_records(rng)]
    rng.shuffle(made)
    stats.update(
        {
            "value_redraws": drawer.redraws,
            "kinds_replaced": drawer.replaced,
            "neg_kinds_used": len(drawer.used),
        }
    )
    return made, stats


def write(made, records_path, values_path):
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, vals in made:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
