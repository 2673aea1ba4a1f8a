"""Whole documents: quotas per value kind, documents with values, and negative-only documents."""

import random
from collections import Counter

from . import builder as b
from .genres_en import GENRES_EN
from .genres_eu import GENRES_EU
from .genres_more import GENRES_MORE
from .locales import IBAN_COUNTRY, LOCALES
from .negatives import NEG_GENRES, fill

GENRES = GENRES_EN + GENRES_EU + GENRES_MORE
MONTHS = ["January", "March", "May", "June", "September", "October", "November"]

# how many documents with values get each slot (a document may get a slot twice)
QUOTAS = {
    "announced": 425,
    "national": 455,
    "international": 120,
    "other": 82,
    "list": 110,
    "EMAIL": 175,
    "IP_ADDRESS": 110,
    "IBAN": 70,
    "CREDIT_CARD": 50,
}
SSN_QUOTA = 45


def plan(rng: random.Random, n_docs: int, us_docs: list[int]) -> list[Counter]:
    """Per document, how many slots of each kind it holds."""
    slots = [Counter() for _ in range(n_docs)]
    for kind, total in QUOTAS.items():
        chosen = rng.sample(range(n_docs), min(total, n_docs))
        chosen += rng.choices(range(n_docs), k=max(0, total - n_docs))
        for i in chosen:
            slots[i][kind] += 1
    for i in rng.sample(us_docs, min(SSN_QUOTA, len(us_docs))):
        slots[i]["US_SSN"] += 1
    return slots


def title(rng: random.Random, text: str) -> str:
    return text.format(
        date=f"{rng.randint(1, 28)}/{rng.randint(1, 12)}",
        month=rng.choice(MONTHS),
        year=rng.randint(2024, 2027),
        d2=rng.randint(10, 52),
    )


def _blocks(rng: random.Random, doc: b.Doc, genre: tuple, slots: Counter) -> list[list]:
    _, locale, lang, _, _ = genre
    _, local, own = LOCALES[locale]
    blocks = []
    for _ in range(slots["announced"]):
        blocks.append(b.announced_block(rng, lang, local))
    for _ in range(slots["national"]):
        blocks.append(b.national_block(rng, lang, local))
    for _ in range(slots["international"]):
        blocks.append(b.intl_block(rng, lang, local, own, locale))
    for _ in range(slots["other"]):
        blocks.append(b.special_block(rng, lang, local))
    for kind in ("EMAIL", "IP_ADDRESS", "IBAN", "CREDIT_CARD", "US_SSN"):
        for _ in range(slots[kind]):
            blocks.append(b.other_value_block(rng, lang, locale, kind, IBAN_COUNTRY[locale]))
    for _ in range(rng.randint(1, 3)):
        blocks.append(b.negative_block(rng, doc, lang, rng.random() < 0.45))
    rng.shuffle(blocks)
    return blocks


def positive(rng: random.Random, genre: tuple, slots: Counter) -> b.Doc:
    """A document with values; drawn again until its unlabelled text passes the guards."""
    _, locale, lang, head, blurb = genre
    if sum(slots.values()) == 0:
        slots = Counter({"national": 1})
    for _ in range(50):
        doc = b.Doc()
        doc.add(title(rng, head) + "\n\n" + title(rng, blurb) + "\n")
        blocks = _blocks(rng, doc, genre, slots)
        list_at = rng.randint(0, len(blocks)) if slots["list"] else -1
        for i, block in enumerate(blocks + [None]):
            if i == list_at:
                for _ in range(slots["list"]):
                    doc.add("\n")
                    b.list_block(rng, doc, lang, LOCALES[locale][1], rng.randint(2, 3))
            if block is not None:
                doc.add("\n" if rng.random() < 0.5 else "")
                doc.line(block)
        if rng.random() < 0.6:
            doc.add("\n— " + b.name_of(rng, lang) + "\n")
        if doc.clean():
            return doc
    raise RuntimeError(f"could not draw a clean document for {genre[0]}")


def negative_only(rng: random.Random, genre: tuple) -> b.Doc:
    _, locale, head, lines = genre
    lang = "hing" if locale == "en_IN" else LOCALES[locale][0]
    for _ in range(50):
        doc = b.Doc()
        doc.add(head + "\n\n")
        body = [[fill(rng, rng.choice(lines))] for _ in range(rng.randint(2, 4))]
        body += [b.negative_block(rng, doc, lang, rng.random() < 0.4) for _ in range(rng.randint(2, 5))]
        rng.shuffle(body)
        for block in body:
            doc.line(block)
        if doc.clean():
            return doc
    raise RuntimeError(f"could not draw a clean negative document for {genre[0]}")


def synthetic(rng: random.Random, n_pos: int, n_neg: int) -> list[tuple[str, str, b.Doc]]:
    """(id, locale, doc) for n_pos documents with values and n_neg negative-only ones."""
    genres = [GENRES[i % len(GENRES)] for i in range(n_pos)]
    us_docs = [i for i, g in enumerate(genres) if g[1] == "en_US"]
    slots = plan(rng, n_pos, us_docs)
    out = []
    for i, (genre, s) in enumerate(zip(genres, slots, strict=True)):
        out.append((f"{genre[1]}-pos-{genre[0]}-{i}", genre[1], positive(rng, genre, s)))
    for j in range(n_neg):
        genre = NEG_GENRES[j % len(NEG_GENRES)]
        out.append((f"{genre[1]}-neg-{genre[0]}-{n_pos + j}", genre[1], negative_only(rng, genre)))
    return out
