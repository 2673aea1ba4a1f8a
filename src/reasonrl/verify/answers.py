"""Where a completion's final answer is, and how many answers it really offers.

R1-Zero style completions end in `<think>...</think><answer>...</answer>`. A reward-hacking
policy learns to hedge: several `<answer>` blocks, several `\\boxed{}`, "7 or 8", "41 (or 42)",
"{41, 42}", "\\pm 2". `offers_alternatives` is how the verifiers refuse that, by meaning rather than
punctuation: it reads the *values* the final answer names (whatever separates them: commas, `or`
in several languages, `|`, `\\lor`, `\\quad`, braces, a parenthesised alternative, several boxes in
the final statement, several answer blocks), normalises each (`x = 3` is 3, `11,\\!111` is 11111,
`1,5` is 1.5, `\\dfrac` is `\\frac`) and refuses when they are more distinct values than the gold
names the same way. Honest multi-part answers (as many values as the gold), thousands separators,
decimal commas, restated answers and values boxed in the reasoning before a final answer keep their
credit.
"""

from __future__ import annotations

import re
from fractions import Fraction

THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE = "<think>", "</think>", "<answer>", "</answer>"
_ANSWER = re.compile(re.escape(ANSWER_OPEN) + r"(.*?)" + re.escape(ANSWER_CLOSE), re.S)
# "the answer is" in the shipped languages, "final answer:", GSM8K's "####"
_MARKER = re.compile(
    r"(?:####|\banswer(?:\s+is|\s*:)|antwort ist|réponse est|respuesta es|risposta è|resposta é|"
    r"antwoord is|答案是|答案为)[: \t]*",
    re.I,
)
_OFFERS = re.compile(
    r"\b(?:or|oder|ou|either|maybe|possibly|perhaps|alternatively|oppure|или)\b|[或|?]|"
    r"(?<=\d)\s+(?:o|of)\s+(?=[-\d])",
    re.I,
)
_NUMBER = re.compile(r"[-+]?\d+(?:[.,]\d+)*(?:/\d+)?%?")
_MATH = re.compile(r"\$\$?(.+?)\$\$?|\\\((.+?)\\\)", re.S)


def answer_context(completion: str) -> str:
    """The completion up to and including its first `<answer>`, else after `</think>` (or its end)
    with ` <answer>` appended: where a classifier's label probability is read (eval.scores,
    rl.likelihood)."""
    at = completion.find(ANSWER_OPEN)
    if at >= 0:
        return completion[: at + len(ANSWER_OPEN)]
    end = completion.find(THINK_CLOSE)
    head = completion[: end + len(THINK_CLOSE)] if end >= 0 else completion.rstrip()
    return f"{head} {ANSWER_OPEN}"


def tagged_answers(completion: str) -> list[str]:
    """The content of every `<answer>...</answer>` block, stripped, in order."""
    return [a.strip() for a in _ANSWER.findall(completion)]


def extract_tagged_answer(completion: str) -> str | None:
    """The content of the last `<answer>...</answer>` block, stripped; None when absent."""
    found = tagged_answers(completion)
    return found[-1] if found else None


def boxed_contents(text: str) -> list[str]:
    """The brace-balanced contents of every `\\boxed{...}` in text."""
    return [content for _, _, content in _box_spans(text)]


# Words and commands that separate alternatives at the top level of an answer ("or" in the shipped
# languages; LaTeX's logical or; spacing that lists values side by side).
_SEPARATOR = re.compile(
    r"\s*(?:;|\\[lv]or\b|\\vee\b|∨|\\q?quad\b|\s\|\s|\n|[或、]|或者|または|\b(?:or|and|oder|und|ou|et|"
    r"bzw|oppure|ovvero|или|to|bis)\b|(?<=\d)\s+(?:o|y|e|of|a|à|até|tot|al)\s+(?=[-\d])|"
    r"(?<=\d)\s+(?=[-+]?\d))\s*",
    re.I,
)
_WORD_IN_TEXT = re.compile(r"\\(?:text|mathrm|textrm|mbox|textbf|operatorname)\s*\{([^{}]*)\}")
# LaTeX spacing and delimiters, dropped (a thin space inside a number is a thousands separator)
_SPACING = re.compile(r"\\[!,;:> ]\s*|~|\\(?:left|right|displaystyle)\b|\\?\$|\\\(|\\\)|\\\[|\\\]")
_FILLER = re.compile(
    r"\b(?:either|maybe|possibly|probably|perhaps|both|approximately|about|final|answer|is|so|thus|"
    r"hence|the|wait|actually|then|first)\b|[≈~?:]",
    re.I,
)
_ASSIGN = re.compile(r"^\s*[A-Za-z](?:_\{?\w+\}?)?\s*(?:=|\\in\b|∈)\s*(?=\S)")  # "x = 3", "x \\in \\{2, 3\\}"
_PLUS_MINUS = re.compile(r"\\pm\b|\\mp\b|±|∓")
_PAREN_ALTERNATIVE = re.compile(
    r"(\d)\s*\(\s*(?:or|oder|ou|o|maybe|possibly|alternatively)?\s*([-\d.,/]+)\s*\??\s*\)", re.I
)
_THOUSANDS = re.compile(r"(?<=\d)[,\s](?=\d{3}(?!\d))")
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d{1,2}(?![\d,])|\d{4,})")
_OPEN, _CLOSE = "([{", ")]}"
_GAP_WORDS = 6  # a final statement's boxes are this close: "\boxed{2} \quad \text{and} \quad \boxed{3}"


def _box_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, content) of every `\\boxed{...}` (brace-balanced)."""
    out, start = [], 0
    while (i := text.find("\\boxed{", start)) != -1:
        depth, j = 1, i + len("\\boxed{")
        while j < len(text) and depth:
            depth += {"{": 1, "}": -1}.get(text[j], 0)
            j += 1
        out.append((i, j, text[i + len("\\boxed{") : j - 1].strip()))
        start = j
    return out


def _connective(gap: str) -> bool:
    """True when the text between two boxes only joins them: no sentence ends, a few words."""
    plain = _SPACING.sub(" ", _WORD_IN_TEXT.sub(r" \1 ", gap))
    return not re.search(r"[.!?]\s+[A-Z]|\n\s*\n", gap) and len(re.findall(r"[^\W\d_]+", plain)) <= _GAP_WORDS


def final_statement(text: str) -> list[str] | None:
    """The pieces that state the final answer: every `<answer>` block (several blocks are several
    answers), else the last group of boxes (boxes joined only by connectives; a value boxed earlier
    in the reasoning is not an alternative), else what follows the last '####' / 'answer is' on its
    line; None when there is no marker."""
    tagged = tagged_answers(text)
    if tagged:
        return [" ; ".join(c for _, _, c in _box_spans(t)) or t for t in tagged]
    boxes = _box_spans(text)
    if boxes:
        group = [boxes[-1]]
        while len(group) < len(boxes):
            prev = boxes[-len(group) - 1]
            if not _connective(text[prev[1] : group[0][0]]):
                break
            group.insert(0, prev)
        return [c for _, _, c in group]
    markers = list(_MARKER.finditer(text))
    if not markers:
        return _unmarked(text)
    gsm = [_marked(text, m) for m in markers if m.group().startswith("####")]
    return gsm if len(gsm) > 1 else [_marked(text, markers[-1])]  # several "####" lines are several answers


def _unmarked(text: str) -> list[str] | None:
    """No marker: the last sentence that names a number is where a verifier reads the answer; it
    states alternatives only when it offers them ("Either 41 or 42."): then its math spans, or
    its numbers, are the pieces. Otherwise None: an unmarked answer is not judged a hedge."""
    sentences = [s for s in re.split(r"(?<=[.!?。])\s+|\n", text) if re.search(r"\d", s)]
    if not sentences or not _OFFERS.search(sentences[-1]):
        return None
    last = sentences[-1]
    spans = [a or b for a, b in _MATH.findall(last)]
    return spans or _NUMBER.findall(last) or None


def _marked(text: str, m: re.Match) -> str:
    """What a marker states: the rest of its sentence (the following lines when the marker ends
    its line), plus any short sentence after it that names a number ("Actually, it might be 42")."""
    rest = text[m.end() :]
    if not rest.split("\n", 1)[0].strip():
        return " ; ".join(line for line in rest.strip().splitlines()[:4] if line.strip())
    first, *after = re.split(r"(?<=[.!?。])\s+", rest.split("\n", 1)[0])
    extra = [s for s in after if re.search(r"\d", s) and len(s.split()) <= 12]
    return " ; ".join([first.strip().rstrip(".。"), *extra])


def values(text: str, decimal_comma: bool = False) -> set[str]:
    """The distinct values a final-answer text names, each normalised (see the module docstring).
    `decimal_comma`: read "1,5" as 1.5 (one value) rather than as the list 1, 5."""
    text = _PAREN_ALTERNATIVE.sub(r"\1 or \2", _WORD_IN_TEXT.sub(r" \1 ", text))
    text = re.sub(r"\s*\{\s*,\s*\}\s*", ",", _SPACING.sub("", text).replace("\\dfrac", "\\frac"))  # 14{,}916
    text = _THOUSANDS.sub("", text)
    text = _DECIMAL_COMMA.sub(".", text) if decimal_comma else text
    out: set[str] = set()
    for piece in _SEPARATOR.split(_mask_brackets(text)):
        for item in _split_commas(piece):
            item = _FILLER.sub(" ", _unmask(item))
            item = _ASSIGN.sub("", item).strip().strip(".").strip()
            if not item:
                continue
            inner = _set_elements(item)
            if inner is not None and len(inner) > 1:
                out |= inner
            elif _PLUS_MINUS.search(item):
                out |= {_canonical(_PLUS_MINUS.sub("+", item)), _canonical(_PLUS_MINUS.sub("-", item))}
            else:
                out.add(_canonical(item))
    return out


def _mask_brackets(text: str) -> str:
    """Separators inside brackets are not between alternatives: hide them (restored by _unmask)."""
    out, depth = [], 0
    for ch in text:
        if ch in _CLOSE:
            depth = max(depth - 1, 0)
        out.append(
            ch
            if depth == 0 or ch.isalnum() or ch in _OPEN + _CLOSE
            else {" ": "\x00", ",": "\x01", ";": "\x02", "|": "\x03", "\n": "\x00"}.get(ch, ch)
        )
        if ch in _OPEN:
            depth += 1
    return "".join(out)


def _unmask(text: str) -> str:
    return text.translate({0: " ", 1: ",", 2: ";", 3: "|"})


def _split_commas(piece: str) -> list[str]:
    return [p for p in piece.split(",") if p.strip()] or [piece]


def _set_elements(item: str) -> set[str] | None:
    """The elements of a set literal `\\{a, b\\}` / `{a, b}` that is the whole item, else None."""
    m = re.fullmatch(r"\\?\{(.*)\\?\}", item.strip(), re.S)
    if not m or "\\frac" in item:
        return None
    return {_canonical(e) for e in m.group(1).rstrip("\\").split(",") if e.strip()}


def _canonical(item: str) -> str:
    """One value's spelling: spaces dropped, plain numbers and simple fractions as exact rationals."""
    text = re.sub(r"\s+", "", item).replace("\\%", "").replace("%", "")
    frac = re.fullmatch(r"(-?)\\frac\{(-?\d+)\}\{(\d+)\}", text)
    try:
        if frac:
            return str(Fraction(int(frac.group(2)), int(frac.group(3))) * (-1 if frac.group(1) else 1))
        if re.fullmatch(r"[-+]?\d+(?:\.\d+)?(?:/\d+)?", text):
            return str(Fraction(text))
    except (ValueError, ZeroDivisionError):
        pass
    return text


def count_alternatives(text: str, decimal_comma: bool = False) -> int:
    """How many distinct values `text` (a final answer or a gold) names; at least 1."""
    return max(len(values(text, decimal_comma)), 1)


def _count(pieces: list[str], decimal_comma: bool) -> int:
    return len(set().union(*(values(p, decimal_comma) for p in pieces)))


def offers_alternatives(completion: str, gold: str) -> bool:
    """True when the completion's final answer names more distinct values than the gold does.
    Where "1,5" is ambiguous (a decimal comma or two values), the completion is read the way
    that names fewer values and the gold the way that names more: only a certain hedge is refused
    (an ambiguous one still has to convince the verifier, which reads one value)."""
    pieces = final_statement(completion)
    if pieces is None:
        return False
    gold_pieces = final_statement(str(gold)) or [str(gold)]
    named = min(_count(pieces, dc) for dc in (False, True))
    return named > max(_count(gold_pieces, False), _count(gold_pieces, True), 1)
