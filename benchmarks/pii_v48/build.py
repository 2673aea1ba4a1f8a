"""Build logic for v48 (make_heldout_set.py holds the documentation and writes the files)."""

import json
import random

from . import corpus
from . import numbers as nb
from .compose import LEX, negative, positive
from .negs import Drawer

SEED = 10048
LOCAL_LOCALE = {
    "US": ["en_US"],
    "GB": ["en_GB"],
    "DE": ["de_DE"],
    "NL": ["nl_NL"],
    "BR": ["pt_BR"],
    "IN": ["en_IN", "hi"],
}
WEIGHTS = {
    "en_US": 8,
    "en_GB": 8,
    "en_IN": 5,
    "en_AU": 5,
    "en_IE": 5,
    "de_DE": 8,
    "de_AT": 4,
    "de_CH": 4,
    "fr_FR": 8,
    "fr_BE": 4,
    "fr_CH": 3,
    "es_ES": 7,
    "it_IT": 7,
    "nl_NL": 7,
    "nl_BE": 4,
    "pt_BR": 7,
    "pt_PT": 4,
    "hi": 5,
}
N_POS, N_NEG = 430, 310
CORPUS = {
    ("gsm8k", "en"): 40,
    ("hatecheck", "en"): 20,
    ("mhc", "de"): 12,
    ("mhc", "fr"): 12,
    ("mhc", "es"): 12,
    ("mhc", "it"): 12,
    ("mhc", "nl"): 12,
    ("mhc", "pt"): 12,
}
LOCAL_QUOTA = 75


class Stats:
    doc_redraws = 0


def _id(locale, polarity, genre, n):
    if locale == "hi":
        return f"en_IN-{polarity}-hi-{genre}-{n}"
    return f"{locale}-{polarity}-{genre}-{n}"


def _make(rng, fn, *args, **kw):
    while True:
        doc = fn(rng, *args, **kw)
        if doc.clean():
            return doc
        Stats.doc_redraws += 1


def build():
    rng = random.Random(SEED)
    drawer = Drawer()
    out = []
    n = 0

    def emit(doc, polarity):
        nonlocal n
        loc = "en_IN" if doc.locale == "hi" else doc.locale
        out.append(
            (
                {
                    "id": _id(doc.locale, polarity, doc.genre, n),
                    "locale": loc,
                    "text": doc.text,
                    "spans": doc.spans,
                },
                doc.values,
            )
        )
        n += 1

    done = {r: 0 for r in LOCAL_LOCALE}
    while any(v < LOCAL_QUOTA for v in done.values()):
        for reg in LOCAL_LOCALE:
            left = LOCAL_QUOTA - done[reg]
            if left <= 0:
                continue
            locale = rng.choice(LOCAL_LOCALE[reg])
            lang = "hi" if locale == "hi" else locale[:2]
            genre = rng.choice(sorted(LEX[lang]["G"]))
            town = rng.choice(sorted(nb.AREAS[reg]))
            need = 1 if left == 1 else rng.choice([1, 1, 2])
            doc = _make(rng, positive, drawer, locale, genre, need, nb.AREAS[reg][town], town)
            done[reg] += need
            emit(doc, "pos")
    locales = sorted(WEIGHTS)
    w = [WEIGHTS[x] for x in locales]
    for _ in range(N_POS):
        locale = rng.choices(locales, w)[0]
        lang = "hi" if locale == "hi" else locale[:2]
        emit(_make(rng, positive, drawer, locale, rng.choice(sorted(LEX[lang]["G"]))), "pos")
    for _ in range(N_NEG):
        locale = rng.choices(locales, w)[0]
        lang = "hi" if locale == "hi" else locale[:2]
        emit(_make(rng, negative, drawer, locale, rng.choice(sorted(LEX[lang]["G"]))), "neg")
    for rec in corpus.draw(rng, CORPUS):
        out.append((rec, []))
    rng.shuffle(out)
    return out, drawer


def write(out, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as f:
        for rec, _ in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for _, vals in out:
            f.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
