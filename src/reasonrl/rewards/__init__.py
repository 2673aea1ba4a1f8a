"""Reward functions `(completions, **fields) -> list[float]`, registered by name.

    reasonrl.rewards.get("accuracy")(completions, answer=[...], task=[...])

A recipe composes them with weights (`rewards.compose`); every component is logged separately.
"""

from reasonrl.rewards.base import REWARDS, compose, declared_fields, get, names  # noqa: I001 (the registering imports follow the base)

# importing a term's module registers it (the learned reward and the judge live in reward_model/,
# which registers them here when it is imported)
from reasonrl.rewards import builtin, code, math, moderation, shaping  # noqa: E402, F401, I001

__all__ = ["REWARDS", "compose", "declared_fields", "get", "names"]
