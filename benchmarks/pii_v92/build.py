"""The build plan of v92 and the build itself (deterministic from the seed)."""

import json
import random

from . import compose, corpus

SEED = 10092
# positive documents without local numbers, per locale ('hi' = Hindi documents, locale en_IN)
POS = {
    "en_US": 35,
    "en_GB": 35,
    "en_IN": 25,
    "en_AU": 20,
    "en_IE": 20,
    "de_DE": 35,
    "de_AT": 15,
    "de_CH": 15,
    "fr_FR": 35,
    "fr_BE": 15,
    "fr_CH": 12,
    "es_ES": 35,
    "it_IT": 35,
    "nl_NL": 35,
    "nl_BE": 15,
    "pt_BR": 35,
    "pt_PT": 25,
    "hi": 25,
}
NEG = {
    "en_US": 24,
    "en_GB": 24,
    "en_IN": 16,
    "en_AU": 12,
    "en_IE": 12,
    "de_DE": 24,
    "de_AT": 9,
    "de_CH": 9,
    "fr_FR": 22,
    "fr_BE": 9,
    "fr_CH": 7,
    "es_ES": 22,
    "it_IT": 22,
    "nl_NL": 24,
    "nl_BE": 9,
    "pt_BR": 22,
    "pt_PT": 16,
    "hi": 18,
}
# announced local numbers: region -> [(locale key, how many values)]
LOCAL = {
    "US": [("en_US", 75)],
    "GB": [("en_GB", 75)],
    "IN": [("en_IN", 40), ("hi", 35)],
    "DE": [("de_DE", 75)],
    "NL": [("nl_NL", 75)],
    "BR": [("pt_BR", 75)],
}


def _loc(key):
    return ("en_IN", "hi") if key == "hi" else (key, compose.LOCALES[key][0])


def build(seed=SEED):
    rng = random.Random(seed)
    b = compose.Builder(rng, seed)
    docs = []

    def emit(key, kind, genre, text, spans):
        locale, lang = _loc(key)
        head = f"{locale}-{kind}-hi-{genre}" if lang == "hi" else f"{locale}-{kind}-{genre}"
        docs.append(
            {
                "id": f"{head}-{len(docs)}",
                "locale": locale,
                "text": text,
                "spans": [{"kind": v["kind"], "start": s, "end": e} for s, e, v in spans],
                "values": [v for _, _, v in spans],
            }
        )

    for region, plan in LOCAL.items():
        for key, target in plan:
            locale, lang = _loc(key)
            done = 0
            while done < target:
                ctx = b.local_ctx(region, lang, target - done)
                genre = rng.choice(compose.genres(lang))
                text, spans = b.build(locale, lang, genre, "pos", ctx)
                done += ctx["count"]
                emit(key, "pos", genre, text, spans)
    for table, kind in ((POS, "pos"), (NEG, "neg")):
        for key, n in table.items():
            locale, lang = _loc(key)
            gs = compose.genres(lang)
            for i in range(n):
                genre = gs[(i + rng.randrange(len(gs))) % len(gs)]
                text, spans = b.build(locale, lang, genre, kind)
                emit(key, kind, genre, text, spans)
    docs += corpus.pick(rng)
    rng.shuffle(docs)
    info = {
        "doc_redraws": b.doc_redraws,
        "value_redraws": b.drawer.redraws,
        "replaced": b.drawer.replaced,
        "kinds_used": len(b.drawer.used),
    }
    return docs, info


def write(docs, records_path, values_path):
    with open(records_path, "w", encoding="utf-8") as rf, open(values_path, "w", encoding="utf-8") as vf:
        for d in docs:
            rec = {"id": d["id"], "locale": d["locale"], "text": d["text"], "spans": d["spans"]}
            rf.write(json.dumps(rec, ensure_ascii=False) + "\n")
            vf.write(json.dumps({"values": d["values"]}, ensure_ascii=False) + "\n")
