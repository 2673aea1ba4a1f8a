"""Build order for v113: announced-local documents, positives, hard negatives, corpus; then shuffled."""

import random

from . import numbers as N
from .compose import LEX, LOCAL_TEMPLATES, Ctx, Doc, contact_list, fill, screened
from .corpus import corpus_records

SEED = 22113
LOCAL_PLAN = [
    ("US", "en", "en_US", 75),
    ("GB", "en", "en_GB", 75),
    ("DE", "de", "de_DE", 75),
    ("NL", "nl", "nl_NL", 75),
    ("BR", "pt", "pt_BR", 75),
    ("IN", "en", "en_IN", 40),
    ("IN", "hi", "en_IN", 35),
]
POS_PLAN = {
    "en": (["en_US", "en_GB", "en_IN", "en_IE", "en_AU"], 140),
    "de": (["de_DE", "de_AT", "de_CH"], 55),
    "fr": (["fr_FR", "fr_BE"], 40),
    "es": (["es_ES"], 30),
    "it": (["it_IT"], 30),
    "nl": (["nl_NL", "nl_BE"], 40),
    "pt": (["pt_BR", "pt_PT"], 40),
    "hi": (["en_IN"], 25),
}
NEG_PLAN = {"en": 120, "de": 45, "fr": 30, "es": 25, "it": 25, "nl": 30, "pt": 30, "hi": 20}


def _usable(template, locale):
    if "{SSN}" in template and locale != "en_US":
        return False
    return not ("{IBAN}" in template and locale in ("en_US", "en_IN", "en_AU"))


def _id(locale, lang, polarity, genre, n):
    return f"{locale}-{polarity}-{'hi-' if lang == 'hi' else ''}{genre}-{n}"


def build(seed=SEED):
    rng = random.Random(seed)
    ctx = Ctx(rng, seed)
    recs = []

    def add(locale, lang, polarity, genre, result):
        text, spans, vals = result
        recs.append(
            (
                {
                    "id": _id(locale, lang, polarity, genre, len(recs)),
                    "locale": locale,
                    "text": text,
                    "spans": spans,
                },
                vals,
            )
        )

    for region, lang, locale, quota in LOCAL_PLAN:
        left = quota
        templates = LOCAL_TEMPLATES[(lang, region)]
        while left:
            lex = LEX[lang][0]
            genre = rng.choice(sorted(lex))
            cand = [t for t in templates if t.count("{L}") <= left]
            tmpl = rng.choice(cand)
            k = tmpl.count("{L}")

            def one(lex=lex, genre=genre, tmpl=tmpl, k=k, region=region, lang=lang, locale=locale):
                doc = Doc()
                g = lex[genre]
                doc.add(rng.choice(g["titles"]) + "\n\n")
                _n, town, code, sub = N.draw_fixed(rng, region)
                subs = [sub]
                while len(subs) < k:
                    s2 = N.draw_fixed(rng, region, (town, code))[3]
                    if s2 not in subs:
                        subs.append(s2)
                fill(ctx, doc, tmpl, locale, lang, (region, town, code, subs))
                if rng.random() < 0.5:
                    doc.add(" ")
                    fill(ctx, doc, rng.choice([t for t in g["pos"] if _usable(t, locale)]), locale, lang)
                if rng.random() < 0.5:
                    doc.add(" ")
                    fill(ctx, doc, rng.choice(g["neg"]), locale, lang)
                doc.add("\n")
                return (*doc.finish(), ctx.regions(locale, lang))

            add(locale, lang, "pos", genre, screened(ctx, one))
            left -= k

    for lang, (locales, count) in POS_PLAN.items():
        lex = LEX[lang][0]
        for i in range(count):
            locale = locales[i % len(locales)]
            genre = sorted(lex)[i % len(lex)]

            def one(lex=lex, genre=genre, lang=lang, locale=locale):
                doc = Doc()
                g = lex[genre]
                doc.add(rng.choice(g["titles"]) + "\n\n")
                pos = [t for t in g["pos"] if _usable(t, locale)]
                body = rng.sample(pos, min(len(pos), rng.choice([1, 2, 2])))
                if rng.random() < 0.6:
                    body.insert(rng.randint(0, len(body)), rng.choice(g["neg"]))
                for j, t in enumerate(body):
                    if j:
                        doc.add(" ")
                    fill(ctx, doc, t, locale, lang)
                doc.add("\n")
                if rng.random() < 0.2:
                    contact_list(ctx, doc, locale, lang, rng.choice([2, 2, 3]))
                return (*doc.finish(), ctx.regions(locale, lang))

            add(locale, lang, "pos", genre, screened(ctx, one))

    for lang, count in NEG_PLAN.items():
        lex = LEX[lang][0]
        locales = POS_PLAN[lang][0]
        for i in range(count):
            locale = locales[i % len(locales)]
            genre = sorted(lex)[(i * 7) % len(lex)]

            def one(lex=lex, genre=genre, lang=lang, locale=locale):
                doc = Doc()
                g = lex[genre]
                doc.add(rng.choice(g["titles"]) + "\n\n")
                body = rng.sample(g["neg"], min(len(g["neg"]), rng.choice([2, 3])))
                for j, t in enumerate(body):
                    if j:
                        doc.add(" ")
                    fill(ctx, doc, t, locale, lang)
                doc.add("\n")
                return (*doc.finish(), ctx.regions(locale, lang))

            add(locale, lang, "neg", genre, screened(ctx, one))

    for rec in corpus_records(rng):
        recs.append((rec, []))
    rng.shuffle(recs)
    return recs, ctx
