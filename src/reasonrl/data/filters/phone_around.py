"""The words around a number that the learned phone reading (phone_learned) is given: those on its
line and within 60 characters, the marks touching it, the kinds of telling word (phone_words) near
it and farther off in its paragraph, and the header of its column.

    context(norm, start, end, (line_start, line_end), words, (para_start, para_end)) -> [feature, ...]
    column(norm, start, line_start, line_end, words) -> [feature, ...]

Features are strings; phone_learned hashes them.
"""

from __future__ import annotations

import re

from reasonrl.data.filters.phone_script import DEVANAGARI, fold
from reasonrl.data.filters.phone_words import Lexicon

# words, Devanagari's vowel signs inside them (\w leaves some out: "नंबर" is one word), or a mark
WORD = re.compile(rf"(?:[^\W\d_]|[{DEVANAGARI}])+|[^\w\s]")
LINE_CONTEXT = 200  # characters of its line read on each side: a 50 KB line costs no more per number
KINDS = ("phone", "weak", "identifier", "possessive", "busy", "line")  # Lexicon's fields
# the near window: telling words this close before a number and after it on its line
NEAR_BEFORE, NEAR_AFTER = 50, 40
# the far window, inside the number's paragraph: an announcement written as a whole clause
# ("Local number for the Kolkata godown, written on the gate board:\n2779-4014", 64 characters
# before it) or a remark after it ("24 626 – so erreichen Sie von Konstanzer Festnetzanschlüssen");
# version 53, from v92's and v93's leaks under 52
FAR_BEFORE, FAR_AFTER = 160, 120


def context(
    norm: str, start: int, end: int, line: tuple[int, int], words: Lexicon, para: tuple[int, int]
) -> list[str]:
    """The words before the number on its line (L0 nearest) and within 60 characters, those after
    it, the marks touching it, and which kinds of telling word (phone_words) stand near it and
    farther off in its paragraph (`telling`). line: its line's start and end; para: the blank
    lines around its paragraph (phone_learned._paragraph)."""
    before, after = (
        norm[max(line[0], start - LINE_CONTEXT) : start],
        norm[end : min(line[1], end + LINE_CONTEXT)],
    )
    left = [fold(w) for w in WORD.findall(before[-60:])]
    near = [fold(w) for w in WORD.findall(norm[max(0, start - 60) : start])]
    right = [fold(w) for w in WORD.findall(after[:40])]
    f = [f"L{i}={w}" for i, w in enumerate(reversed(left[-4:]))] + [f"Lb={w}" for w in set(near[-10:])]
    f += [f"R{i}={w}" for i, w in enumerate(right[:3])] + [f"Rb={w}" for w in set(right[:8])]
    alpha = [w for w in left if w.isalpha()]
    if alpha:  # the label: its own weight, by length, and its 4-grams ("telefonnummer" ~ "telefoon")
        f += [f"Lw0={alpha[-1]}", f"Lw0xnd={alpha[-1]}|{sum(c.isdigit() for c in norm[start:end])}"]
        f += ["L4g=" + alpha[-1][k : k + 4] for k in range(len(alpha[-1]) - 3)]
    pre, post = before.rstrip()[-2:], after.lstrip()[:2]
    f += [f"pre={pre}", f"pre1={pre[-1:]}", f"post={post}", f"post1={post[:1]}"]
    f.append("linestart" if not before.strip(" \t-*•·>|#[]()0123456789.") else "midline")
    f.append("lineend" if not after.strip(" \t.;,)|]") else "notend")
    f += ["pipe"] * ("|" in norm[line[0] : line[1]]) + ["tab"] * ("\t" in norm[line[0] : line[1]])
    f += telling(norm, start, end, before, after, words, para)
    shape = re.sub(r"[ \t]+", " ", re.sub(r"\d+", "9", re.sub(r"[^\W\d_]+", "a", before[-25:])))
    return [*f, "bshape=" + shape[-8:]]


def telling(
    norm: str, start: int, end: int, before: str, after: str, words: Lexicon, para: tuple[int, int]
) -> list[str]:
    """The kinds of telling word near the number (lex=: NEAR_BEFORE characters before it, lexline=:
    of those, on its line; lexR=: NEAR_AFTER after it on its line) and farther off in its paragraph
    (lexfar=: up to FAR_BEFORE characters before it; lexRfar=: up to FAR_AFTER after it, lines
    included), so the weights can tell an announcing clause from a label beside the number.
    before, after: its line's text on each side."""
    lo, hi = para[0] + 1, para[1]  # text strictly inside the paragraph
    windows = {
        "lex": fold(norm[max(0, start - NEAR_BEFORE) : start]),
        "lexR": fold(after[:NEAR_AFTER]),
        # the far windows hold the near ones: a word the near window cuts is read whole there
        "lexfar": fold(norm[max(lo, start - FAR_BEFORE) : start]),
        "lexRfar": fold(norm[end : min(hi, end + FAR_AFTER)]),
    }
    line_before, f = fold(before), []
    for kind in KINDS:
        pattern = getattr(words, kind)
        for name, text in windows.items():
            if pattern.search(text):
                f.append(f"{name}={kind}")
        if f"lex={kind}" in f and pattern.search(line_before):
            f.append(f"lexline={kind}")
    return f


def column(norm: str, start: int, head: int, tail: int, words: Lexicon) -> list[str]:
    """The header of the number's column when its line is a row of delimited cells (CSV, TSV, a
    pipe table) and its block's first line has as many cells: "member_no" over "0770 090 0123"."""
    first = norm.rfind("\n\n", 0, head)
    first = 0 if first < 0 else first + 2
    if first == head:
        return []
    header = norm[first : norm.find("\n", first)]
    for delimiter in ",;\t|":
        n = norm[head:tail].count(delimiter)
        if n and header.count(delimiter) == n:
            cell = fold(header.split(delimiter)[norm[head:start].count(delimiter)])
            kinds = [f"collex={k}" for k in KINDS if getattr(words, k).search(cell)]
            return [f"col={w}" for w in WORD.findall(cell)] + kinds + ["column"]
    return []
