"""The build: counts, order, and writing the two files."""

import json
import random
from collections import Counter

from . import compose, corpus

SEED = 10051
LOCAL_LOCALES = {
    "US": ["en_US"],
    "GB": ["en_GB"],
    "DE": ["de_DE"],
    "NL": ["nl_NL"],
    "BR": ["pt_BR"],
    "IN": ["en_IN", "hi"],
}
POS_WEIGHTS = {
    "en_US": 60,
    "en_GB": 55,
    "en_IN": 35,
    "hi": 25,
    "en_AU": 25,
    "en_IE": 20,
    "de_DE": 50,
    "de_AT": 20,
    "de_CH": 20,
    "nl_NL": 40,
    "nl_BE": 22,
    "fr_FR": 32,
    "fr_BE": 18,
    "fr_CH": 15,
    "es_ES": 28,
    "it_IT": 25,
    "pt_BR": 45,
    "pt_PT": 22,
}
N_POS, N_NEG, PER_REGION = 480, 310, 75


def build():
    rng = random.Random(SEED)
    stats = Counter()
    docs = []

    def put(locale, genre, kind, doc):
        lang = compose.LOCALES[locale][0]
        loc = "en_IN" if locale == "hi" else locale
        tag = "hi-" if locale == "hi" else ""
        label = "pos" if kind != "neg" else "neg"
        docs.append(
            (
                {
                    "id": "%s-%s-%s%s-%d" % (loc, label, tag, genre, len(docs)),
                    "locale": loc,
                    "text": doc.text,
                    "spans": doc.spans,
                },
                doc.values,
                lang,
            )
        )

    for _region, locs in LOCAL_LOCALES.items():
        left = PER_REGION
        while left:
            locale = rng.choice(locs)
            n = 2 if left >= 2 and rng.random() < 0.35 else 1
            genre = rng.choice(sorted(compose.LOCALES[locale][2]))
            put(locale, genre, "local", compose.make(rng, locale, genre, "local", stats, n))
            left -= n
    locales = sorted(POS_WEIGHTS)
    weights = [POS_WEIGHTS[x] for x in locales]
    for kind, count in (("pos", N_POS), ("neg", N_NEG)):
        for _ in range(count):
            locale = rng.choices(locales, weights)[0]
            genre = rng.choice(sorted(compose.LOCALES[locale][2]))
            put(locale, genre, kind, compose.make(rng, locale, genre, kind, stats))
    for rec in corpus.rows(rng):
        docs.append((rec, [], None))
    rng.shuffle(docs)
    return docs, stats


def write(records_path, values_path):
    docs, stats = build()
    with open(records_path, "w", encoding="utf-8") as fr, open(values_path, "w", encoding="utf-8") as fv:
        for rec, values, _ in docs:
            fr.write(json.dumps(rec, ensure_ascii=False) + "\n")
            fv.write(json.dumps({"values": values}, ensure_ascii=False) + "\n")
    return docs, stats
