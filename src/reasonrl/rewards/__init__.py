"""Reward functions `(completions, **fields) -> list[float]`, registered by name.

    reasonrl.rewards.get("accuracy")(completions, answer=[...], task=[...])

A recipe composes them with weights (`rewards.compose`); every component is logged separately.
"""

from reasonrl.rewards.base import REWARDS, compose, declared_fields, get, names

from reasonrl.rewards import builtin as _builtin, code as _code, math as _math, shaping as _shaping  # noqa: E402,F401,E501
from reasonrl.rewards import moderation as _moderation  # noqa: E402,F401

from reasonrl.reward_model import score as _reward_model  # noqa: E402,F401  (the learned reward term)
from reasonrl.reward_model import judge as _judge  # noqa: E402,F401  (the generative judge term)

__all__ = ["REWARDS", "compose", "declared_fields", "get", "names"]
