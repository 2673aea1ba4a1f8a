"""Where a completion's final answer is, and how many answers it really offers.

R1-Zero style completions end in `<think>...</think><answer>...</answer>`. A reward-hacking
policy learns to hedge: several `<answer>` blocks, several `\\boxed{}`, "7 or 8", "\\pm 2", a set
of candidates. `offers_alternatives` is how the verifiers refuse that: an answer that offers more
alternatives than the gold has scores 0, whatever the alternatives are.
"""

from __future__ import annotations

import re

THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE = "<think>", "</think>", "<answer>", "</answer>"
_ANSWER = re.compile(re.escape(ANSWER_OPEN) + r"(.*?)" + re.escape(ANSWER_CLOSE), re.S)
_MARKER = re.compile(r"(?:####|answer is[:\s]*)(?P<tail>[^\n]*)$", re.I | re.S)
# Separators between alternatives, outside brackets: , ; or and (also in LaTeX) \lor \vee \quad
_SEPARATOR = re.compile(r"\s*(?:;|\\[lv]or\b|\\vee\b|∨|\\q?quad\b|\b(?:or|and)\b)\s*", re.I)
_WORD_IN_TEXT = re.compile(r"\\(?:text|mathrm|textrm|mbox)\{\s*(or|and)\s*\}", re.I)
_PLUS_MINUS = re.compile(r"\\pm\b|\\mp\b|±|∓")
_OPEN, _CLOSE = "([{", ")]}"


def tagged_answers(completion: str) -> list[str]:
    """The content of every `<answer>...</answer>` block, stripped, in order."""
    return [a.strip() for a in _ANSWER.findall(completion)]


def extract_tagged_answer(completion: str) -> str | None:
    """The content of the last `<answer>...</answer>` block, stripped; None when absent."""
    found = tagged_answers(completion)
    return found[-1] if found else None


def boxed_contents(text: str) -> list[str]:
    """The brace-balanced contents of every `\\boxed{...}` in text."""
    out, start = [], 0
    while (i := text.find("\\boxed{", start)) != -1:
        depth, j = 1, i + len("\\boxed{")
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        out.append(text[i + len("\\boxed{"): j - 1].strip())
        start = j
    return out


def _top_level_commas(text: str) -> list[str]:
    """Split on commas at bracket depth 0, except thousands separators (1,000)."""
    parts, depth, current = [], 0, ""
    for i, ch in enumerate(text):
        depth += (ch in _OPEN) - (ch in _CLOSE)
        thousands = ch == "," and re.match(r"\d{3}(?!\d)", text[i + 1:]) and re.search(r"(?<![\d.])\d{1,3}$", current)
        if ch == "," and depth <= 0 and not thousands:
            parts.append(current)
            current = ""
        else:
            current += ch
    return [p for p in parts + [current] if p.strip()]


def _set_size(text: str) -> int:
    """Elements of the largest `\\{...\\}` set literal in text (0 when there is none)."""
    sizes = [len(_top_level_commas(m)) for m in re.findall(r"\\\{(.*?)\\\}", text, re.S)]
    return max(sizes, default=0)


def count_alternatives(text: str) -> int:
    """How many candidate answers `text` offers: top-level items separated by commas, semicolons,
    'or'/'and', \\lor, \\quad; x2 for a plus-minus; the elements of a set literal."""
    text = _WORD_IN_TEXT.sub(r" \1 ", text)
    depth0 = "".join(ch if depth == 0 else " " for ch, depth in _depths(text))
    n = sum(len(_top_level_commas(piece)) or 1 for piece in _SEPARATOR.split(depth0) if piece.strip())
    n *= 2 if _PLUS_MINUS.search(text) else 1
    return max(n, _set_size(text), 1)


def _depths(text: str):
    """(char, bracket depth before it) for each char; brackets themselves are at depth 0."""
    depth = 0
    for ch in text:
        if ch in _CLOSE:
            depth = max(depth - 1, 0)
        yield ch, (0 if ch in _OPEN + _CLOSE else depth)
        if ch in _OPEN:
            depth += 1


def final_answer_region(completion: str) -> str | None:
    """The text that states the final answer: the last `<answer>` block, else the last `\\boxed{}`,
    else what follows the last '####' / 'answer is' on its line; None when there is no marker."""
    tagged = extract_tagged_answer(completion)
    if tagged is not None:
        return tagged
    boxes = boxed_contents(completion)
    if boxes:
        return boxes[-1]
    m = _MARKER.search(completion.rstrip())
    return m.group("tail").strip().rstrip(".") if m else None


def offers_alternatives(completion: str, gold: str) -> bool:
    """True when the completion hedges: several different `<answer>` blocks or `\\boxed{}` answers,
    or a final answer with more alternatives than the gold answer has."""
    normal = {re.sub(r"\s+", "", a) for a in tagged_answers(completion)}
    if len(normal) > 1:
        return True
    region = final_answer_region(completion)
    scope = region if extract_tagged_answer(completion) is not None else completion
    if len({re.sub(r"\s+", "", b) for b in boxed_contents(scope or "")}) > 1:
        return True
    return region is not None and count_alternatives(region) > count_alternatives(str(gold))
