"""Trace selection for sequence-level KD."""

from __future__ import annotations

import random

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
