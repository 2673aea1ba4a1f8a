"""The build plan for v81: how many documents of each locale, genre and kind, in build order."""

import itertools
import json
import random

from . import compose, corpus
from . import numbers as N

SEED = 10081
LOCAL_QUOTA = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS = {
    "en_US": 40,
    "en_GB": 40,
    "en_IN": 22,
    "en_IE": 25,
    "en_AU": 25,
    "de_DE": 35,
    "de_AT": 18,
    "de_CH": 17,
    "fr_FR": 30,
    "fr_BE": 13,
    "fr_CH": 12,
    "es_ES": 35,
    "it_IT": 35,
    "nl_NL": 30,
    "nl_BE": 15,
    "pt_BR": 25,
    "pt_PT": 20,
    "hi": 25,
}
NEG = {
    "en_US": 22,
    "en_GB": 22,
    "en_IN": 16,
    "en_IE": 15,
    "en_AU": 15,
    "de_DE": 20,
    "de_AT": 10,
    "de_CH": 10,
    "fr_FR": 18,
    "fr_BE": 9,
    "fr_CH": 8,
    "es_ES": 25,
    "it_IT": 25,
    "nl_NL": 22,
    "nl_BE": 12,
    "pt_BR": 16,
    "pt_PT": 14,
    "hi": 20,
}


def _lang_locale(key):
    return ("hi", "en_IN") if key == "hi" else (compose.LOCALES[key][0], key)


def build(seed=SEED):
    rng = random.Random(seed)
    comp = compose.Composer(rng, seed)
    cycles = {}
    for lang, lex in compose.LEX.items():
        frames = list(lex["neg"])
        random.Random(seed + len(lang)).shuffle(frames)
        cycles[lang] = itertools.cycle(frames)
    docs, stats = [], {"document_redraws": 0}

    def add(locale, lang, genre, positive, **kw):
        for _ in range(100):
            segs = comp.document(locale, lang, genre, positive, cycles[lang], **kw)
            text, spans, vals = compose.assemble(segs)
            if all(v["text"] for v in vals) and not compose.doc_dirty(text, spans, locale, lang):
                break
            stats["document_redraws"] += 1
        else:
            raise RuntimeError("document stays dirty")
        n = len(docs)
        tag = f"hi-{genre}" if lang == "hi" else genre
        docs.append(
            (
                {
                    "id": f"{locale}-{'pos' if positive else 'neg'}-{tag}-{n}",
                    "locale": locale,
                    "text": text,
                    "spans": spans,
                },
                vals,
            )
        )
        return vals

    for region, locale, lang, quota in LOCAL_QUOTA:
        lex = compose.LEX[lang]
        sentences = lex["local"][region] if isinstance(lex["local"], dict) else lex["local"]
        genres = sorted(lex["titles"])
        left = quota
        while left:
            town, area, sub = rng.choice(N.AREAS[region])
            pool = [s for s in sentences if left >= 2 or "{L2}" not in s]
            sentence = rng.choice(pool)
            ctx = {"town": town, "area": area, "sub": sub, "region": region}
            vals = add(locale, lang, rng.choice(genres), True, local_ctx=ctx, local_sentence=sentence)
            left -= sum(v["mode"] == "local-announced" for v in vals)
    for plan, positive in ((POS, True), (NEG, False)):
        for key, count in plan.items():
            lang, locale = _lang_locale(key)
            genres = sorted(compose.LEX[lang]["titles"])
            for i in range(count):
                add(locale, lang, genres[i % len(genres)], positive)
    records = [d for d, _ in docs]
    sidecar = [{"values": v} for _, v in docs]
    for rec in corpus.records(random.Random(seed + 1)):
        records.append(rec)
        sidecar.append({"values": []})
    order = list(range(len(records)))
    random.Random(seed + 2).shuffle(order)
    stats.update(
        value_redraws=comp.drawer.redraws,
        kinds_replaced=comp.drawer.replaced,
        kinds_used=len(comp.kinds_used),
    )
    return [records[i] for i in order], [sidecar[i] for i in order], stats


def dump(rows):
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
