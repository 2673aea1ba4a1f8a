"""How many documents of each sort and locale, built in a fixed order and shuffled with the seed."""

import random

from . import builder, neg_tables
from .corpus import corpus_records
from .genres import by_locale

SEED = 10012
POSITIVE = {
    "en_GB": 70,
    "de_DE": 70,
    "en_IN": 65,
    "en_US": 60,
    "fr_FR": 55,
    "nl_NL": 55,
    "pt_BR": 50,
    "it_IT": 40,
    "es_ES": 40,
    "de_AT": 15,
    "de_CH": 15,
    "en_IE": 15,
    "nl_BE": 12,
    "en_AU": 10,
    "fr_BE": 10,
    "it_CH": 10,
    "fr_CH": 8,
}
PROSE_NEGATIVE = {
    "en_GB": 26,
    "de_DE": 26,
    "en_IN": 25,
    "en_US": 22,
    "fr_FR": 21,
    "nl_NL": 21,
    "pt_BR": 19,
    "it_IT": 15,
    "es_ES": 15,
    "de_AT": 6,
    "de_CH": 6,
    "en_IE": 6,
    "nl_BE": 5,
    "en_AU": 4,
    "fr_BE": 4,
    "it_CH": 2,
    "fr_CH": 2,
}
TABLE_DOCS = 225


def _genre_cycle(rng):
    return {loc: builder.Cycler(rng, by_locale(loc)) for loc in POSITIVE}


def _record(ctx, text, spans, vals, kind, n, name):
    rec = {
        "id": "%s-%s-%s-%d" % (ctx.locale, kind, name, n),
        "locale": ctx.locale,
        "text": text,
        "spans": spans,
    }
    ledger = dict(ctx.ledger, genre=name, sort=kind, lang=ctx.lang)
    return rec, {"values": [dict(v) for v in vals]}, ledger


def synthetic(rng):
    cyc, genres = builder.cyclers(rng), _genre_cycle(rng)
    out, n = [], 0
    for locale, count in POSITIVE.items():
        for _ in range(count):
            genre = genres[locale].next()
            ctx, text, spans, vals = builder.guarded(rng, builder.positive_doc, locale, genre, cyc)
            out.append(_record(ctx, text, spans, vals, "pos", n, genre))
            n += 1
    for locale, count in PROSE_NEGATIVE.items():
        for _ in range(count):
            genre = genres[locale].next()
            ctx, text, spans, vals = builder.guarded(rng, builder.prose_negative_doc, locale, genre, cyc)
            out.append(_record(ctx, text, spans, vals, "neg", n, genre))
            n += 1
    tables = builder.Cycler(rng, neg_tables.TITLES)
    for _ in range(TABLE_DOCS):
        key = tables.next()
        locale = rng.choice(neg_tables.TITLES[key][0].split())
        ctx, text, spans, vals = builder.guarded(rng, builder.table_doc, locale, key, cyc)
        out.append(_record(ctx, text, spans, vals, "neg", n, key))
        n += 1
    return out


def build(seed=SEED):
    """(records, sidecar lines, ledgers), all in the same shuffled order."""
    rng = random.Random(seed)
    rows = synthetic(rng)
    corpus, _ = corpus_records(rng)
    rows += [
        (
            rec,
            {"values": []},
            {
                "sort": "corpus",
                "genre": rec["id"].rsplit("-", 2)[0],
                "lang": rec["locale"],
                "phrasings": [],
                "negatives": [],
            },
        )
        for rec in corpus
    ]
    rng.shuffle(rows)
    return [r[0] for r in rows], [r[1] for r in rows], [r[2] for r in rows]
