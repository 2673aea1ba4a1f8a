"""The build of v94: plan, documents, whole-document screens, shuffle, output."""

from __future__ import annotations

import json
import random

from . import compose, corpus, negs

SEED = 10094
# locale -> (positive documents, negative documents, genres)
PLAN = {
    "en_US": (110, 35, None),
    "en_GB": (100, 35, None),
    "en_IN": (55, 15, None),
    "hi": (50, 15, None),
    "en_AU": (12, 5, None),
    "en_IE": (12, 5, None),
    "de_DE": (90, 30, None),
    "de_AT": (14, 5, None),
    "de_CH": (14, 5, None),
    "fr_FR": (60, 25, None),
    "fr_BE": (12, 5, None),
    "fr_CH": (10, 4, None),
    "es_ES": (45, 20, None),
    "it_IT": (45, 20, None),
    "nl_NL": (85, 30, None),
    "nl_BE": (12, 5, None),
    "pt_BR": (80, 25, None),
    "pt_PT": (25, 10, None),
}
# local quotas: (region, locale) -> values
QUOTA = {"en_US": 75, "en_GB": 75, "de_DE": 75, "nl_NL": 75, "pt_BR": 75, "en_IN": 40, "hi": 35}


def blank(doc):
    t = doc.text
    for s in reversed(doc.spans):
        t = t[: s["start"]] + "\u25a0" + t[s["end"] :]
    return t


def dirty(doc, locale, lang):
    rest = blank(doc)
    return bool(negs.guard_hits(rest)) or negs.phone_hits(rest, negs.regions_for(locale, lang))


def build(seed=SEED):
    rng = random.Random(seed)
    drawer = negs.Drawer(rng)
    comp = compose.Composer(rng, drawer)
    records, stats = [], {"doc_redraws": 0}
    n = 0
    for locale, (npos, nneg, _) in PLAN.items():
        lang = compose.LOCALES[locale][0]
        genres = sorted(compose.GENRES[lang])
        left = QUOTA.get(locale, 0)
        rec_loc = "en_IN" if locale == "hi" else locale
        gtag = "hi-" if locale == "hi" else ""
        for i in range(npos + nneg):
            genre = genres[i % len(genres)]
            positive = i < npos
            k = 0
            if positive and left:
                k = 1 if left == 1 or rng.random() < 0.6 else 2
            for _ in range(200):
                try:
                    doc = comp.positive(locale, genre, k) if positive else comp.negative(locale, genre)
                except negs.Dirty:
                    stats["doc_redraws"] += 1
                    continue
                if not dirty(doc, locale, lang):
                    break
                stats["doc_redraws"] += 1
            else:
                raise RuntimeError((locale, genre))
            left -= k
            n += 1
            rid = f"{rec_loc}-{'pos' if positive else 'neg'}-{gtag}{genre}-{n}"
            records.append(({"id": rid, "locale": rec_loc, "text": doc.text, "spans": doc.spans}, doc.values))
        assert left == 0, (locale, left)
    for rid, loc, text in corpus.draw(rng):
        records.append(({"id": rid, "locale": loc, "text": text, "spans": []}, []))
    rng.shuffle(records)
    stats.update(value_redraws=drawer.redraws, kinds_dropped=sorted(drawer.bad), kinds_used=len(drawer.used))
    return records, stats


def write(records, rec_path, val_path):
    with open(rec_path, "w", encoding="utf-8") as f:
        for rec, _ in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(val_path, "w", encoding="utf-8") as f:
        for _, vals in records:
            f.write(json.dumps({"values": vals}, ensure_ascii=False) + "\n")
