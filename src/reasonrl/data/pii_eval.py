"""Precision, recall and leaks of a PII detector on a labelled set (span level, per kind).

    measure(docs, detect_pii) -> {"overall": {...}, "by_kind": {"PHONE": {...}, ...}, "leaks": [...]}

A gold span is *found* when spans of its kind cover every letter and digit in it; it *leaks* when,
after redaction by spans of any kind, one of its letters or digits is still in the text. A
predicted span is *correct* when it overlaps a gold span of its kind.
"""

from __future__ import annotations

from collections import Counter
from typing import Callable


def _covered(text: str, start: int, end: int, spans) -> bool:
    marks = set()
    for s in spans:
        marks.update(range(max(s.start, start), min(s.end, end)))
    return all(i in marks for i in range(start, end) if text[i].isalnum())


def measure(docs: list[dict], detect: Callable) -> dict:
    """docs: {"text", "spans": [{"kind", "start", "end"}]}; detect(text) -> spans with .start/.end/.kind."""
    gold_n, found_n, pred_n, correct_n = Counter(), Counter(), Counter(), Counter()
    leaks, misses = [], []
    for doc in docs:
        text, gold = doc["text"], doc["spans"]
        pred = detect(text)
        for g in gold:
            gold_n[g["kind"]] += 1
            same = [p for p in pred if p.kind == g["kind"]]
            if _covered(text, g["start"], g["end"], same):
                found_n[g["kind"]] += 1
            else:
                misses.append((g["kind"], text[g["start"] : g["end"]]))
            if not _covered(text, g["start"], g["end"], pred):
                leaks.append((g["kind"], text[g["start"] : g["end"]], doc.get("id")))
        for p in pred:
            pred_n[p.kind] += 1
            if any(g["kind"] == p.kind and p.start < g["end"] and g["start"] < p.end for g in gold):
                correct_n[p.kind] += 1
            else:
                misses.append((f"false {p.kind}", text[p.start : p.end]))

    def scores(kinds) -> dict:
        g, f, p, c = (sum(n[k] for k in kinds) for n in (gold_n, found_n, pred_n, correct_n))
        return {
            "gold": g,
            "recall": f / g if g else float("nan"),
            "predicted": p,
            "precision": c / p if p else float("nan"),
        }

    kinds = sorted(set(gold_n) | set(pred_n))
    return {
        "overall": scores(kinds),
        "by_kind": {k: scores([k]) for k in kinds},
        "leaks": leaks,
        "errors": misses,
    }
