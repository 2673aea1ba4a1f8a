"""Documents as lists of segments: plain strings and labelled values (Val), flattened into text and spans."""

from __future__ import annotations

import string
from dataclasses import dataclass, field


@dataclass
class Val:
    text: str
    meta: dict = field(default_factory=dict)  # the sidecar entry: kind, mode, text (+ region, e164, area_len)


def fill(template: str, **kw) -> list:
    """Render a str.format-style template into segments, keeping Val objects as they are."""
    out: list = []
    for lit, name, _spec, _conv in string.Formatter().parse(template):
        if lit:
            out.append(lit)
        if name is not None:
            v = kw[name]
            out.append(v if isinstance(v, Val) else str(v))
    return out


def join(blocks: list[list], sep: str = "\n") -> list:
    out: list = []
    for i, b in enumerate(blocks):
        if i:
            out.append(sep)
        out.extend(b)
    return out


def flatten(segs: list) -> tuple[str, list[dict], list[dict]]:
    parts, spans, values, pos = [], [], [], 0
    for s in segs:
        if isinstance(s, Val):
            spans.append({"kind": s.meta["kind"], "start": pos, "end": pos + len(s.text)})
            values.append(dict(s.meta, text=s.text) if "text" not in s.meta else s.meta)
            parts.append(s.text)
            pos += len(s.text)
        else:
            parts.append(s)
            pos += len(s)
    return "".join(parts), spans, values
