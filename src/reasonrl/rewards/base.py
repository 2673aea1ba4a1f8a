"""The reward registry and weighted composition."""

from __future__ import annotations

from typing import Callable, Sequence

from reasonrl._registry import Registry

RewardFn = Callable[..., list[float]]
REWARDS: Registry[RewardFn] = Registry("reward")


def get(name: str) -> RewardFn:
    return REWARDS.get(name)


def names() -> list[str]:
    return REWARDS.names()


def compose(terms: Sequence, completions: list[str], **fields) -> tuple[list[float], dict[str, list[float]]]:
    """Weighted sum of reward terms (objects with .name and .weight).

    Returns (total per completion, {name: that term's unweighted scores}) so each component can
    be logged on its own.
    """
    components = {t.name: [float(x) for x in get(t.name)(completions, **fields)] for t in terms}
    for name, scores in components.items():
        if len(scores) != len(completions):
            raise ValueError(f"reward '{name}' returned {len(scores)} scores for {len(completions)} completions")
    total = [sum(t.weight * components[t.name][i] for t in terms) for i in range(len(completions))]
    return total, components
