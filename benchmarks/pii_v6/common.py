"""Shared pieces: the Value record, the document builder and small random helpers."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field


@dataclass
class Value:
    """One labelled value: its kind, the text exactly as written and sidecar metadata."""

    kind: str
    text: str
    meta: dict = field(default_factory=dict)

    def sidecar(self) -> dict:
        out = {"kind": self.kind, "mode": self.meta.get("mode", ""), "text": self.text}
        for key in ("region", "e164", "area_len"):
            if key in self.meta:
                out[key] = self.meta[key]
        return out


class Doc:
    """Accumulates text and labelled values, keeping Python string offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.spans: list[dict] = []
        self.values: list[Value] = []
        self.pos = 0

    def add(self, item) -> None:
        if isinstance(item, Value):
            self.spans.append({"kind": item.kind, "start": self.pos, "end": self.pos + len(item.text)})
            self.values.append(item)
            text = item.text
        else:
            text = str(item)
        self.parts.append(text)
        self.pos += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def chance(rng, p: float) -> bool:
    return rng.random() < p


def digits(rng, n: int, first: str = "0123456789") -> str:
    if n <= 0:
        return ""
    return pick(rng, first) + "".join(pick(rng, "0123456789") for _ in range(n - 1))


def weighted(rng, pairs):
    """pairs: sequence of (item, weight)."""
    total = sum(w for _, w in pairs)
    x = rng.random() * total
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def ascii_fold(s: str) -> str:
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("'", "")
    norm = unicodedata.normalize("NFKD", s)
    return "".join(c for c in norm if c.isascii() and (c.isalnum() or c in ".-_"))


def lbl(rng, lang: str, table: dict) -> str:
    """Pick a label for `lang` from a {lang: [choices]} table, falling back to English."""
    choices = table.get(lang) or table.get("en")
    if isinstance(choices, str):
        return choices
    return pick(rng, choices)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = int(ch)
        if i % 2 == 1:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def luhn_digit(body: str) -> str:
    for d in "0123456789":
        if luhn_ok(body + d):
            return d
    raise AssertionError(body)


def group(s: str, sizes, sep: str = " ") -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)
