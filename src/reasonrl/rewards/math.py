"""The `math` reward: 1.0 when the final answer equals the reference (reasonrl.verify.math:
exact fast path, then math-verify in a timeout pool; hedged answers score 0)."""

from __future__ import annotations

from reasonrl.rewards.base import REWARDS
from reasonrl.verify.math import verify_math


@REWARDS.register("math")
def math_reward(completions: list[str], answer: list[str], **_) -> list[float]:
    """1.0 when the completion's final answer equals the reference, else 0.0 (also on timeout)."""
    return verify_math(completions, answer)
