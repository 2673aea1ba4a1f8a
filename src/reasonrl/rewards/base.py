"""The reward registry and weighted composition."""

from __future__ import annotations

import math
from functools import lru_cache
from typing import Callable, Sequence

from reasonrl._registry import Registry

RewardFn = Callable[..., list[float]]
REWARDS: Registry[RewardFn] = Registry("reward")


def get(name: str) -> RewardFn:
    return REWARDS.get(name)


def names() -> list[str]:
    return REWARDS.names()


@lru_cache(maxsize=None)  # signatures do not change; score() asks every step
def declared_fields(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """(required, optional) per-sample fields a reward asks for by keyword parameter, besides
    `completions`: required ones have no default (the label reward's `answer`), optional ones do
    (its `aliases`). Record fields of the same names are passed to it (rl.sampling.score)."""
    import inspect

    required, optional = set(), set()
    for p in inspect.signature(get(name)).parameters.values():
        if p.name == "completions" or p.kind in (p.VAR_KEYWORD, p.VAR_POSITIONAL):
            continue
        (required if p.default is p.empty else optional).add(p.name)
    return frozenset(required), frozenset(optional)


def weight_at(term, step: int, total_steps: int) -> float:
    """The term's weight at a (0-based) step under its schedule."""
    w, w0 = term.weight, getattr(term, "start_weight", 0.0)
    frac = min(max(step / max(total_steps - 1, 1), 0.0), 1.0)
    schedule = getattr(term, "schedule", "constant")
    if schedule == "linear":
        return w0 + (w - w0) * frac
    if schedule == "cosine":
        return w + (w0 - w) * 0.5 * (1 + math.cos(math.pi * frac))
    if schedule == "warmup":
        return w * min(1.0, (step + 1) / term.warmup_steps) if term.warmup_steps else w
    return w


def compose(
    terms: Sequence, completions: list[str], step: int = 0, total_steps: int = 1, **fields
) -> tuple[list[float], dict[str, list[float]]]:
    """Weighted sum of reward terms (objects with .name, .weight and optionally a schedule/params).

    Returns (total per completion, {name: that term's unweighted scores}) so each component can
    be logged on its own.
    """
    components = {
        t.name: [float(x) for x in get(t.name)(completions, **{**fields, **getattr(t, "params", {})})]
        for t in terms
    }
    for name, scores in components.items():
        if len(scores) != len(completions):
            raise ValueError(
                f"reward '{name}' returned {len(scores)} scores for {len(completions)} completions"
            )
    weights = {t.name: weight_at(t, step, total_steps) for t in terms}
    total = [sum(weights[t.name] * components[t.name][i] for t in terms) for i in range(len(completions))]
    return total, components
