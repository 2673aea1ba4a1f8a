"""Text pieces that carry their labelled spans, so templates can be filled and joined with exact offsets."""

import re

_SLOT = re.compile(r"\{(\w+)\}")


class Piece:
    def __init__(self, text="", spans=None):
        self.text = text
        self.spans = list(spans or [])  # (start, end, meta)

    def __add__(self, other):
        other = as_piece(other)
        n = len(self.text)
        return Piece(self.text + other.text, self.spans + [(s + n, e + n, m) for s, e, m in other.spans])


def as_piece(x):
    return x if isinstance(x, Piece) else Piece(str(x))


def value(text, meta):
    meta = dict(meta, text=text)
    return Piece(text, [(0, len(text), meta)])


def fill(template, **slots):
    """Replace {name} slots with strings or pieces, keeping the pieces' spans."""
    out = Piece()
    pos = 0
    for m in _SLOT.finditer(template):
        out = out + template[pos : m.start()] + as_piece(slots[m.group(1)])
        pos = m.end()
    return out + template[pos:]


def join(pieces, sep):
    out = Piece()
    for i, p in enumerate(pieces):
        out = out + (sep if i else "") + as_piece(p)
    return out
