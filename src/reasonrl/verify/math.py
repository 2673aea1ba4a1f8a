"""Math answer verification: `verify_math(completions, golds) -> [1.0 | 0.0, ...]`.

The final answer is taken from `<answer>` tags when present, else from the whole completion,
and judged against the reference by math-verify (boxed answers, `#### n`, "the answer is",
LaTeX, fractions, units, percentages, zero-padded integers). Plain-number cases are settled
in-process by an exact fast path; the rest run in a process pool with a hard per-item timeout
enforced by the project (math-verify is called with its own timeouts disabled). An answer that
hedges (several answers, "7 or 8", a set of candidates, \\pm, when the gold is one value) scores 0
before anything else looks at it (answers.offers_alternatives).
"""

from __future__ import annotations

import atexit
import os
import re
from fractions import Fraction

from reasonrl.verify.answers import extract_tagged_answer, offers_alternatives
from reasonrl.verify.pool import TimeoutPool

TIMEOUT_S = float(os.environ.get("REASONRL_MATH_TIMEOUT", "5"))
_NUM = r"-?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?(?:/\d+)?"  # commas only as thousands separators
_MARKERS = [
    re.compile(r"\\boxed\{\s*\$?(" + _NUM + r")\s*(?:\\?%)?\s*\$?\}"),
    re.compile(r"####\s*\$?\s*(" + _NUM + r")"),
    re.compile(r"answer is[:\s]*\$?\\?\$?\s*(" + _NUM + r")", re.I),
]
_PLAIN = re.compile(r"^\s*\$?\s*(" + _NUM + r")\s*\$?\s*\.?\s*$")
_pool = None


def _number(text: str) -> Fraction | None:
    try:
        return Fraction(text.replace(",", ""))
    except (ValueError, ZeroDivisionError):
        return None


def final_text(completion: str) -> str:
    tagged = extract_tagged_answer(completion)
    return tagged if tagged is not None else completion


def fast_verdict(completion: str, gold: str) -> bool | None:
    """Exact verdict when both sides are plain numbers behind an explicit marker, else None."""
    g = _PLAIN.match(gold)
    gold_value = _number(g.group(1)) if g else None
    if gold_value is None:
        return None
    text = re.sub(r"\\num\{([^{}]*)\}", r"\1", final_text(completion))
    text = re.sub(r"\{\s*,\s*\}|,\\!\s*", ",", text)  # LaTeX thousands: 14{,}916, 11,\!111
    text = re.sub(r"(?<=\d)(?:\\[,!;: ]|\s)(?=\d{3}(?!\d))", "", text)  # 1\,000\,000, 1 000 000
    plain = _PLAIN.match(text)
    if plain:
        found = plain.group(1)
    else:
        hits = [(m.start(), m.group(1)) for pattern in _MARKERS for m in pattern.finditer(text)]
        if not hits or "\\boxed" in text and not _MARKERS[0].search(text):
            return None  # a boxed expression we cannot read: leave it to math-verify
        found = max(hits)[1]
    value = _number(found)
    return None if value is None else value == gold_value


def verify_one(item: tuple[str, str]) -> float:
    """math-verify on one (completion, gold) pair; runs in a worker process."""
    import logging

    from math_verify import parse, verify

    logging.getLogger("math_verify").setLevel(logging.ERROR)
    completion, gold = item
    gold_parsed = parse(f"\\boxed{{{gold}}}", parsing_timeout=None)
    tagged = extract_tagged_answer(completion)
    pred = parse(completion if tagged is None else tagged, parsing_timeout=None)
    if tagged and "$" not in tagged and "\\boxed" not in tagged:
        # bare LaTeX in <answer> tags (`\frac{1}{4}`, `76^\circ`) has no delimiter for math-verify to find
        pred = pred + parse(f"\\boxed{{{tagged}}}", parsing_timeout=None)
    return 1.0 if gold_parsed and pred and verify(gold_parsed, pred, timeout_seconds=None) else 0.0


def _get_pool():
    global _pool
    if _pool is None:
        _pool = TimeoutPool(workers=min(2, os.cpu_count() or 1))
        atexit.register(_pool.close)
    return _pool


def verify_math(completions: list[str], golds: list) -> list[float]:
    """1.0 when the completion's final answer equals the reference, else 0.0 (also on timeout and
    on a hedge)."""
    scores: list[float | None] = []
    for c, a in zip(completions, golds, strict=True):
        verdict = False if offers_alternatives(c, str(a)) else fast_verdict(c, str(a))
        scores.append(None if verdict is None else float(verdict))
    slow = [i for i, s in enumerate(scores) if s is None]
    if slow:
        done = _get_pool().map(
            "reasonrl.verify.math:verify_one",
            [(completions[i], str(golds[i])) for i in slow],
            timeout=TIMEOUT_S,
            default=0.0,
        )
        for i, value in zip(slow, done, strict=True):
            scores[i] = value
    return [float(s) for s in scores]
