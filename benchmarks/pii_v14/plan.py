"""The build plan: how many documents of each sort, for which locale, in which order."""

from __future__ import annotations

import random

from .builder import Builder
from .corpus import draw
from .locales import LOCALE_WEIGHTS

N_POSITIVE, N_PROSE, N_TABLES = 600, 225, 225


def locales_for(rng: random.Random, n: int) -> list[str]:
    """Split n documents over the locales in proportion to their weights (largest remainders)."""
    total = sum(LOCALE_WEIGHTS.values())
    exact = {loc: n * w / total for loc, w in LOCALE_WEIGHTS.items()}
    counts = {loc: int(x) for loc, x in exact.items()}
    for loc in sorted(exact, key=lambda k: exact[k] - counts[k], reverse=True)[: n - sum(counts.values())]:
        counts[loc] += 1
    out = [loc for loc, c in counts.items() for _ in range(c)]
    rng.shuffle(out)
    return out


def build(seed: int) -> tuple[list[dict], list[dict], list[dict]]:
    """Return records, sidecar lines and per-record build notes, shuffled with the seed."""
    rng = random.Random(seed)
    builder = Builder(rng)
    made = []
    jobs = [("pos", builder.positive, loc) for loc in locales_for(rng, N_POSITIVE)]
    jobs += [("neg", builder.negative_prose, loc) for loc in locales_for(rng, N_PROSE)]
    jobs += [("neg", builder.table, loc) for loc in locales_for(rng, N_TABLES)]
    for n, (sort, make, loc) in enumerate(jobs):
        doc, genre = make(loc)
        record = {"id": f"{loc}-{sort}-{genre}-{n}", "locale": loc, "text": doc.text, "spans": doc.spans}
        made.append((record, {"values": doc.values}, doc.meta))
    made += [
        (rec, {"values": []}, {"lang": rec["locale"], "phrasings": [], "rosters": [], "negs": []})
        for rec in draw(rng)
    ]
    rng.shuffle(made)
    return [m[0] for m in made], [m[1] for m in made], [m[2] for m in made]
