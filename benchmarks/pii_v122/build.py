"""The build plan of v122: how many documents of which locale, genre and kind."""

import json
import random

from . import compose, corpus, negs
from . import numbers as nb

SEED = 23122
LOCAL_PLAN = [
    ("US", "en_US", "en", 75),
    ("GB", "en_GB", "en", 75),
    ("DE", "de_DE", "de", 75),
    ("NL", "nl_NL", "nl", 75),
    ("BR", "pt_BR", "pt", 75),
    ("IN", "en_IN", "en", 40),
    ("IN", "en_IN", "hi", 35),
]
POS_WEIGHTS = {
    "en_US": 14,
    "en_GB": 12,
    "en_IN": 6,
    "en_AU": 4,
    "en_IE": 4,
    "de_DE": 9,
    "de_AT": 3,
    "de_CH": 3,
    "fr_FR": 7,
    "fr_BE": 2,
    "fr_CH": 2,
    "es_ES": 6,
    "it_IT": 6,
    "nl_NL": 8,
    "nl_BE": 3,
    "pt_BR": 6,
    "pt_PT": 4,
    "hi": 5,
}
N_POS, N_NEG = 480, 300


def _lang(key):
    return ("hi", "en_IN") if key == "hi" else (compose.LOCALES[key][0], key)


def build(seed=SEED):
    rng = random.Random(seed)
    comp = compose.Composer(rng)
    recs, stats = [], {"document redraws": 0}
    keys = sorted(POS_WEIGHTS)
    wts = [POS_WEIGHTS[k] for k in keys]

    def emit(locale, lang, genre, positive, local=None, n_p=2):
        for _ in range(100):
            doc = comp.document(locale, lang, genre, positive, local=local, n_p=n_p)
            if (not positive or doc.spans) and comp.clean(doc, locale, lang):
                break
            stats["document redraws"] += 1
        else:
            raise RuntimeError("no clean document")
        kind = "pos" if doc.spans else "neg"
        tag = ("hi-" if lang == "hi" else "") + genre
        rid = "%s-%s-%s-%d" % (locale, kind, tag, len(recs))
        recs.append(({"id": rid, "locale": locale, "text": doc.text, "spans": doc.spans}, doc.vals))

    for region, locale, lang, total in LOCAL_PLAN:
        left = total
        while left:
            k = 1 if left == 1 or rng.random() < 0.5 else 2
            town, area = rng.choice(nb.AREAS[region])
            genre = rng.choice(sorted(compose.genres(lang)))
            emit(locale, lang, genre, True, local=(town, area, k), n_p=rng.choice([0, 1]))
            left -= k
    for _ in range(N_POS):
        lang, locale = _lang(rng.choices(keys, wts)[0])
        emit(locale, lang, rng.choice(sorted(compose.genres(lang))), True, n_p=rng.choice([1, 2, 2, 3]))
    for _ in range(N_NEG):
        lang, locale = _lang(rng.choices(keys, wts)[0])
        emit(locale, lang, rng.choice(sorted(compose.genres(lang))), False)
    for rec in corpus.pick(rng):
        recs.append((rec, []))
    rng.shuffle(recs)
    stats["value redraws"] = comp.drawer.redraws
    stats["kinds replaced"] = comp.drawer.replaced
    stats["hard-negative kinds used"] = "%d of %d" % (len(comp.drawer.used), len(negs.KINDS))
    return recs, stats


def write(recs, records_path, values_path):
    with open(records_path, "w", encoding="utf-8") as f:
        for rec, _ in recs:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(values_path, "w", encoding="utf-8") as f:
        for _, vals in recs:
            f.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
