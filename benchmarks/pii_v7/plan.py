"""The document plan: which genre and template each document uses, rendered and screened by the guards."""

from __future__ import annotations

import random

from benchmarks.pii_v7 import (
    corpus,
    genres_de,
    genres_en,
    genres_en2,
    genres_es_it,
    genres_fr,
    genres_neg,
    genres_nl_pt,
    genres_tech,
)
from benchmarks.pii_v7.guards import mask, problems
from benchmarks.pii_v7.render import Doc, render

N_POSITIVE = 700
N_NEGATIVE = 550

POSITIVE_GENRES = (
    genres_en.US
    + genres_en.GB
    + genres_en2.IN
    + genres_en2.AU
    + genres_en2.IE
    + genres_de.DE
    + genres_de.AT
    + genres_de.CH
    + genres_fr.FR
    + genres_fr.BE
    + genres_fr.CH
    + genres_es_it.ES
    + genres_es_it.IT
    + genres_nl_pt.NL
    + genres_nl_pt.BE
    + genres_nl_pt.BR
    + genres_tech.TECH
)
NEGATIVE_GENRES = tuple(genres_neg.NEG)


def _org(rng, genre, locale: str) -> str:
    doc = Doc(rng, locale, "")
    text, _, _ = render(doc, rng.choice(genre.orgs))
    return text


def _one(rng, genre, want_values: bool):
    """Render a document of `genre` until the guards pass; None after 40 tries."""
    for _ in range(40):
        org = _org(rng, genre, genre.locale)
        doc = Doc(rng, genre.locale, org, genre.phrases)
        text, spans, entries = render(doc, rng.choice(genre.templates))
        if want_values != bool(spans):
            raise ValueError(f"genre {genre.name}: values present = {bool(spans)}")
        if not problems(mask(text, spans)):
            return text, spans, entries, doc.neg_kinds
    return None


def weighted(genres) -> list:
    """Genres in cycle order: roster genres (three or more list entries) come up half as often."""
    out = []
    for genre in genres:
        rows = min(t.count("{L}") for t in genre.templates)
        out += [genre] if rows >= 3 else [genre, genre]
    return out


def _documents(rng, genres, count: int, tag: str, counter: list[int]):
    cycle = weighted(genres) if tag == "pos" else list(genres)
    order = list(range(len(cycle)))
    rng.shuffle(order)
    for i in range(count):
        genre = cycle[order[i % len(cycle)]]
        got = _one(rng, genre, tag == "pos")
        if got is None:
            continue
        text, spans, entries, kinds = got
        counter[0] += 1
        record = {
            "id": f"{genre.locale}-{tag}-{genre.name}-{counter[0]}",
            "locale": genre.locale,
            "text": text,
            "spans": spans,
        }
        yield record, {"values": entries}, kinds


def generate(seed: int, data_dir):
    rng = random.Random(seed)
    counter = [0]
    docs = list(_documents(rng, POSITIVE_GENRES, N_POSITIVE, "pos", counter))
    docs += list(_documents(rng, NEGATIVE_GENRES, N_NEGATIVE, "neg", counter))
    order = list(range(len(docs)))
    rng.shuffle(order)
    out = [docs[i] for i in order]
    out += [(rec, {"values": []}, []) for rec in corpus.pick(rng, data_dir)]
    return out
