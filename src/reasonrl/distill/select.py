"""Trace selection for sequence-level KD: which of the teacher's k samples per prompt the student
learns from (by registry name), within an optional token budget."""

from __future__ import annotations

import random
from dataclasses import dataclass

from reasonrl._registry import Registry

SELECTORS: Registry = Registry("trace selection")


@SELECTORS.register("shortest")
def shortest(candidates: list[dict], rng: random.Random) -> dict | None:
    """Kimi k1.5 "shortest rejection sampling" (arXiv:2501.12599, sec. 2.4): among correct
    samples keep the one with the fewest tokens (ties: first drawn)."""
    correct = [c for c in candidates if c["correct"]]
    return min(correct, key=lambda c: c["tokens"]) if correct else None


@SELECTORS.register("random")
def random_correct(candidates: list[dict], rng: random.Random) -> dict | None:
    """A uniformly random correct sample: keeps the teacher's length distribution."""
    correct = [c for c in candidates if c["correct"]]
    return rng.choice(correct) if correct else None


@dataclass
class Traces:
    """examples: (prompt_ids, completion_ids) of the kept traces; kept: per prompt, whether one was
    kept; kept_tokens: their lengths; sample_tokens: every teacher sample's length; budget: the
    token cap (inf when none)."""

    examples: list[tuple[list[int], list[int]]]
    kept: list[bool]
    kept_tokens: list[int]
    sample_tokens: list[int]
    budget: float


def select_traces(
    records: list[dict],
    rollouts: list,
    k: int,
    grade,
    selection: str,
    max_trace_share: float | None,
    seed: int,
) -> Traces:
    """rollouts: k per record, grouped by record; grade(completion, answer) -> 1.0 when correct.
    Samples longer than max_trace_share x the mean sample length are not candidates."""
    select, rng = SELECTORS.get(selection), random.Random(seed)
    sample_tokens = [len(r.completion_ids) for r in rollouts]
    budget = max_trace_share * sum(sample_tokens) / len(sample_tokens) if max_trace_share else float("inf")
    out = Traces([], [], [], sample_tokens, budget)
    for i, rec in enumerate(records):
        cands = [
            {"r": r, "correct": grade(r.completion, rec["answer"]) == 1.0, "tokens": len(r.completion_ids)}
            for r in rollouts[i * k : (i + 1) * k]
            if len(r.completion_ids) <= budget
        ]
        best = select(cands, rng)
        out.kept.append(best is not None)
        if best:
            out.examples.append((best["r"].prompt_ids, best["r"].completion_ids))
            out.kept_tokens.append(best["tokens"])
    return out
