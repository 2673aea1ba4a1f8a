"""Assembles v16: plan, synthetic documents, corpus negatives, shuffle, records and sidecar."""

import random

from . import corpus, plan
from .docs import Builder
from .genres_en import GENRES_EN
from .genres_eu import GENRES_EU
from .genres_eu2 import GENRES_EU2
from .locales import IN_TURN, LOCALES

SEED = 10016
GENRES = GENRES_EN + GENRES_EU + GENRES_EU2


def _genre_cycles(rng):
    cycles = {}
    for g in GENRES:
        for loc in g[1].split():
            cycles.setdefault((loc, g[2]), []).append(g)
    for lst in cycles.values():
        rng.shuffle(lst)
    return cycles


def _sidecar_entry(meta):
    out = {"kind": meta["kind"], "mode": meta["mode"], "text": meta["text"]}
    if meta["kind"] == "PHONE":
        out.update(region=meta["region"], e164=meta["e164"], area_len=meta["area_len"])
    return out


def build(seed=SEED):
    """Returns (records, sidecar, info); info holds the per-record build log for stats.py."""
    rng = random.Random(seed)
    pos_locs, neg_locs, table_locs = plan.locale_slots(rng)
    specs = plan.positive_specs(rng, pos_locs)
    b = Builder(rng)
    cycles = _genre_cycles(rng)
    used = {}
    in_turn = [0]
    items = []

    def lang_of(locale):
        if locale != "en_IN":
            return LOCALES[locale][0]
        lang = IN_TURN[in_turn[0] % 3]
        in_turn[0] += 1
        return lang

    def genre_for(locale, lang):
        lst = cycles[(locale, lang)]
        k = used.get((locale, lang), 0)
        used[(locale, lang)] = k + 1
        return lst[k % len(lst)]

    n = 0
    for group, locs in (("pos", pos_locs), ("neg", neg_locs)):
        for i, loc in enumerate(locs):
            lang = lang_of(loc)
            genre = genre_for(loc, lang)
            start = len(b.log)
            doc = b.document(loc, lang, genre, specs[i] if group == "pos" else None)
            spans = sorted(doc.spans, key=lambda s: s[0])
            rec = {
                "id": f"{loc}-{group}-{genre[0]}-{n}",
                "locale": loc,
                "text": doc.text,
                "spans": [{"kind": m["kind"], "start": s, "end": e} for s, e, m in spans],
            }
            info = {
                "lang": lang,
                "genre": genre[0],
                "group": group,
                "log": b.log[start:],
                "metas": [m for _, _, m in spans],
            }
            items.append((rec, [_sidecar_entry(m) for _, _, m in spans], info))
            n += 1
    for loc in table_locs:
        start = len(b.log)
        key, piece = b.table(loc)
        rec = {"id": f"{loc}-neg-{key}-{n}", "locale": loc, "text": piece.text, "spans": []}
        lang = "en" if loc.startswith("en_") else LOCALES[loc][0]
        items.append(
            (rec, [], {"lang": lang, "genre": key, "group": "table", "log": b.log[start:], "metas": []})
        )
        n += 1
    for rec in corpus.corpus_records(rng):
        items.append(
            (
                rec,
                [],
                {
                    "lang": rec["locale"],
                    "genre": rec["id"].split("-")[0],
                    "group": "corpus",
                    "log": [],
                    "metas": [],
                },
            )
        )
    rng.shuffle(items)
    return [r for r, _, _ in items], [{"values": v} for _, v, _ in items], [i for _, _, i in items]
