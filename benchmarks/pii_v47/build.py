"""Builds the v47 records and sidecar values deterministically from the seed."""

import random

from faker import Faker

from . import compose, corpus, screen
from .compose import GENRES, LOCALES

SEED = 10047
LOCAL_QUOTA = 75


def _fakers():
    out = {}
    for i, loc in enumerate(sorted({v[4] for v in LOCALES.values()} | {"en_US"})):
        f = Faker(loc)
        f.seed_instance(SEED + i)
        out[loc] = f
    return out


def _local_plan(rng, jobs):
    """Local-announced lines per positive job: 75 per local region, at most 3 per document."""
    plan = {}
    by_region = {}
    for j, (key, _genre, pos) in enumerate(jobs):
        region = LOCALES[key][2]
        if pos and region in ("US", "GB", "DE", "NL", "BR", "IN"):
            by_region.setdefault(region, []).append(j)
    for region in sorted(by_region):
        idx = by_region[region]
        counts = dict.fromkeys(idx, 0)
        left = LOCAL_QUOTA
        for j in rng.sample(idx, len(idx)):
            if left == 0:
                break
            counts[j] += 1
            left -= 1
        while left:
            j = rng.choice(idx)
            if counts[j] < 3:
                counts[j] += 1
                left -= 1
        plan.update(counts)
    return plan


def build():
    rng = random.Random(SEED)
    comp = compose.Composer(rng, _fakers())
    jobs = []
    for key in LOCALES:
        _, _, _, _, _, n_pos, n_neg = LOCALES[key]
        for i in range(n_pos):
            jobs.append((key, GENRES[i % len(GENRES)], True))
        for i in range(n_neg):
            jobs.append((key, GENRES[(i + 3) % len(GENRES)], False))
    plan = _local_plan(rng, jobs)
    records, values, redraws = [], [], 0
    for j, (key, genre, pos) in enumerate(jobs):
        for _attempt in range(60):
            text, spans, vals, regions = comp.compose(key, genre, pos, plan.get(j, 0))
            regs = sorted(set(regions) | compose.phone_regions(vals) | {"US", "GB", LOCALES[key][1][-2:]})
            if screen.doc_ok(text, spans, regs) and _clean_edges(text, spans):
                break
            redraws += 1
        else:
            raise RuntimeError(f"document {j} failed screening")
        locale = LOCALES[key][1]
        rid = f"{locale}-{'pos' if pos else 'neg'}-{genre}-{j}"
        records.append({"id": rid, "locale": locale, "text": text, "spans": spans})
        values.append({"values": vals})
    for rec in corpus.corpus_records(rng):
        records.append(rec)
        values.append({"values": []})
    order = rng.sample(range(len(records)), len(records))
    return [records[i] for i in order], [values[i] for i in order], redraws


def _clean_edges(text, spans):
    for s in spans:
        if s["start"] > 0 and text[s["start"] - 1].isalnum():
            return False
        if s["end"] < len(text) and text[s["end"]].isalnum():
            return False
    return True
