"""Assembling one document from pieces, keeping exact offsets of labelled values."""

import random

from . import phones, values
from .guards import blank_spans, problems
from .locales import INTL, LIST_HEAD, NATIONAL, OTHER_LABELS, SLOTS, SPECIAL, person
from .negatives import negative, phone_shaped
from .phrases_a import DE, EN, FR
from .phrases_b import ES, HI, HING, IT, NL, PT

PHRASES = {"en": EN, "de": DE, "fr": FR, "es": ES, "it": IT, "nl": NL, "pt": PT, "hing": HING, "hi": HI}
INTL_REGIONS = ["US", "GB", "DE", "FR", "ES", "IT", "NL", "BR", "IN", "AU", "IE", "AT", "CH", "BE"]


class Doc:
    """Text built piece by piece; a piece is a string or a labelled value dict."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.values: list[dict] = []
        self.neg_kinds: list[str] = []
        self.length = 0

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)

    def value(self, entry: dict) -> None:
        start = self.length
        self.add(entry["text"])
        self.spans.append({"kind": entry["kind"], "start": start, "end": self.length})
        self.values.append(entry)

    def line(self, pieces: list) -> None:
        for p in pieces:
            self.add(p) if isinstance(p, str) else self.value(p)
        self.add("\n")

    def text(self) -> str:
        return "".join(self.parts).rstrip("\n")

    def clean(self) -> bool:
        return not problems(blank_spans(self.text(), self.spans))


def phone(entry: dict) -> dict:
    return {
        "kind": "PHONE",
        "mode": entry["mode"],
        "text": entry["text"],
        "region": entry["region"],
        "e164": entry["e164"],
        "area_len": entry["area_len"],
    }


def template(tpl: str, name: str, value: dict, slot: str = "{n}") -> list:
    head, _, tail = tpl.replace("{name}", name).partition(slot)
    return [head, value, tail]


def name_of(rng: random.Random, lang: str) -> str:
    first, last = person(rng, lang)
    return first if rng.random() < 0.4 else f"{first} {last}"


def announced_block(rng: random.Random, lang: str, region: str) -> list:
    _, tpl = rng.choice(PHRASES[lang])
    return template(tpl, name_of(rng, lang), phone(phones.local(rng, region, "local-announced")))


def national_block(rng: random.Random, lang: str, region: str) -> list:
    tpl = rng.choice(NATIONAL[lang])
    return template(tpl, name_of(rng, lang), phone(phones.national(rng, region)))


def intl_block(rng: random.Random, lang: str, local: str, own: str, locale: str) -> list:
    region = own if own != local and rng.random() < 0.6 else rng.choice(INTL_REGIONS)
    writer = "US" if locale == "en_US" else "EU"
    tpl = rng.choice(INTL[lang])
    return template(tpl, name_of(rng, lang), phone(phones.international(rng, region, writer)))


def special_block(rng: random.Random, lang: str, region: str) -> list:
    entry = phones.national(rng, region, kind="special", mode="other")
    return template(rng.choice(SPECIAL[lang]), "", phone(entry))


def list_block(rng: random.Random, doc: Doc, lang: str, region: str, rows: int) -> None:
    name_h, phone_h, slot_h = LIST_HEAD[lang]
    style = rng.choice(["pipe", "dash", "colon", "tab"])
    heads = {
        "pipe": f"{name_h} | {phone_h} | {slot_h}",
        "dash": f"{name_h} – {phone_h} – {slot_h}",
        "colon": f"{phone_h}:",
        "tab": f"{name_h}\t{phone_h}\t{slot_h}",
    }
    doc.add(heads[style] + "\n")
    for _ in range(rows):
        name, slot = name_of(rng, lang), rng.choice(SLOTS[lang])
        entry = phone(phones.local(rng, region, "list-entry"))
        row = {
            "pipe": [f"{name} | ", entry, f" | {slot}"],
            "dash": [f"{name} – ", entry, f" – {slot}"],
            "colon": [f"- {name}: ", entry, f" ({slot})"],
            "tab": [f"{name}\t", entry, f"\t{slot}"],
        }
        doc.line(row[style])


def other_value_block(rng: random.Random, lang: str, locale: str, kind: str, iban_country: str) -> list:
    labels = OTHER_LABELS[lang] if kind in OTHER_LABELS[lang] else OTHER_LABELS["en"]
    if kind == "EMAIL":
        first, last = person(rng, "hing" if lang == "hi" else lang)
        entry = values.email(rng, "hi" if lang == "hing" else lang, first, last)
    elif kind == "IBAN":
        entry = values.iban(rng, iban_country)
    elif kind == "CREDIT_CARD":
        entry = values.card(rng)
    elif kind == "US_SSN":
        entry = values.ssn(rng)
    else:
        entry = values.ip(rng)
    return template(labels[kind], "", entry, "{v}")


def negative_block(rng: random.Random, doc: Doc, lang: str, shaped: bool) -> list:
    kind, text = phone_shaped(rng, lang) if shaped else negative(rng, lang)
    doc.neg_kinds.append(kind)
    return [text]
