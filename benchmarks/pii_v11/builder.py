"""Documents of v11: a genre's title, greeting, filler lines, value blocks, hard negatives and sign-off.

Every block is text plus the spans it holds; blocks are shuffled between greeting and sign-off and
joined, and the spans are moved to document offsets. A document whose unlabelled text trips a guard
(guards.py) is drawn again. The build log records which phrasing and which hard negatives each document
used, so that stats.py can count them.
"""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field

from . import blocks as B
from . import negatives
from .genres import CLOSERS, GENRES, HI_PEOPLE, NEG_INTROS, OPENERS, Genre
from .guards import document_problems
from .locales import LOCALE_WEIGHTS, LOCALES, TOWNS, names
from .neg_tables import TABLES


@dataclass
class Doc:
    id: str
    locale: str
    text: str
    spans: list[dict]
    values: list[dict]
    log: dict = field(default_factory=dict)

    def record(self) -> dict:
        return {"id": self.id, "locale": self.locale, "text": self.text, "spans": self.spans}


def context(rng: random.Random, locale: str, lang: str, genre_key: str, state: dict | None = None) -> dict:
    loc = LOCALES[locale]
    if lang == "hi":
        first, last = (x.split() for x in HI_PEOPLE)
    else:
        first, last = names(loc)
    return {
        "loc": loc,
        "lang": lang,
        "first": first,
        "last": last,
        "town": rng.choice(TOWNS[locale]),
        "genre": genre_key,
        "state": state,
    }


def assemble(rng: random.Random, head: list[B.Block], middle: list[B.Block], tail: list[B.Block]) -> tuple:
    """Join blocks into (text, spans, values)."""
    rng.shuffle(middle)
    parts = head + middle + tail
    text, spans, values = "", [], []
    for i, block in enumerate(parts):
        if i:
            text += "\n\n" if i == 1 or i == len(parts) - 1 or rng.random() < 0.5 else "\n"
        base = len(text)
        text += block.text
        for start, end, entry in block.spans:
            spans.append({"kind": entry["kind"], "start": base + start, "end": base + end})
            values.append(entry)
    return text, spans, values


def _frame(rng: random.Random, title: str, ctx: dict) -> tuple[list[B.Block], list[B.Block]]:
    lang = ctx["lang"]
    head = [B.Block(title), B.Block(rng.choice(OPENERS[lang]))]
    closer = rng.choice(CLOSERS[lang]).replace("{name}", rng.choice(ctx["first"]))
    return head, [B.Block(closer)]


def _negatives(rng: random.Random, n: int, ctx: dict, log: list[str], **shares) -> list[B.Block]:
    out = []
    for _ in range(n):
        kind = negatives.draw_kind(rng, **shares)
        log.append(kind)
        out.append(B.Block(negatives.render(rng, kind, ctx["lang"], ctx)))
    return out


def _checked(make, rng: random.Random) -> Doc:
    for _ in range(50):
        doc = make()
        if not document_problems(doc.text, [(s["start"], s["end"]) for s in doc.spans]):
            return doc
    raise RuntimeError("document keeps tripping the guards")


def positive(rng: random.Random, genre: Genre, n: int, state: dict) -> Doc:
    def make() -> Doc:
        ctx = context(rng, genre.locale, genre.lang, genre.key, state)
        log = {"phrasings": [], "negatives": []}
        head, tail = _frame(rng, genre.title, ctx)
        middle = [B.Block(x) for x in rng.sample(genre.fillers, rng.randint(1, 3))]
        middle += B.value_blocks(rng, ctx, log)
        middle += _negatives(rng, rng.choice((1, 2, 2, 2, 3, 3)), ctx, log["negatives"])
        text, spans, values = assemble(rng, head, middle, tail)
        return Doc(f"{genre.locale}-pos-{genre.key}-{n}", genre.locale, text, spans, values, log)

    return _checked(make, rng)


def genre_negative(rng: random.Random, genre: Genre, n: int) -> Doc:
    def make() -> Doc:
        ctx = context(rng, genre.locale, genre.lang, genre.key)
        log = {"phrasings": [], "negatives": []}
        head, tail = _frame(rng, genre.title, ctx)
        middle = [B.Block(x) for x in rng.sample(genre.fillers, rng.randint(1, 3))]
        middle += _negatives(rng, rng.choice((2, 3, 3, 4, 4, 5)), ctx, log["negatives"])
        text, _, _ = assemble(rng, head, middle, tail)
        return Doc(f"{genre.locale}-neg-{genre.key}-{n}", genre.locale, text, [], [], log)

    return _checked(make, rng)


def table_negative(rng: random.Random, table: str, locale: str, n: int) -> Doc:
    lang = LOCALES[locale].lang
    if locale == "en_IN":
        lang = rng.choice(("en", "en", "hing"))

    def make() -> Doc:
        ctx = context(rng, locale, lang, table)
        log = {"phrasings": [], "negatives": [f"table:{table}"]}
        first = B.Block(negatives.render(rng, f"table:{table}", lang, ctx))
        middle = [B.Block(rng.choice(NEG_INTROS[lang]))]
        middle += _negatives(rng, rng.choice((1, 2, 2, 3, 3, 4)), ctx, log["negatives"], table_share=0.0)
        closer = B.Block(rng.choice(CLOSERS[lang]).replace("{name}", rng.choice(ctx["first"])))
        text, _, _ = assemble(rng, [first], middle, [closer])
        return Doc(f"{locale}-neg-{table}-{n}", locale, text, [], [], log)

    return _checked(make, rng)


def draw_genre(rng: random.Random) -> Genre:
    locs = list(LOCALE_WEIGHTS)
    locale = rng.choices(locs, weights=[LOCALE_WEIGHTS[x] for x in locs])[0]
    return rng.choice([g for g in GENRES if g.locale == locale])


def build_synthetic(rng: random.Random, n_pos: int, n_genre_neg: int, n_table_neg: int) -> list[Doc]:
    docs: list[Doc] = []
    state = {"phrasings": Counter()}
    for _ in range(n_pos):
        docs.append(positive(rng, draw_genre(rng), len(docs), state))
    for _ in range(n_genre_neg):
        docs.append(genre_negative(rng, draw_genre(rng), len(docs)))
    tables = list(TABLES)
    locs = list(LOCALE_WEIGHTS)
    for i in range(n_table_neg):
        locale = rng.choices(locs, weights=[LOCALE_WEIGHTS[x] for x in locs])[0]
        docs.append(table_negative(rng, tables[i % len(tables)], locale, len(docs)))
    return docs
