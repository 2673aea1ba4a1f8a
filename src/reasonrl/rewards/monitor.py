"""Reward-hacking monitor: where a learned reward and a verifier both score the same completions,
track how often they agree, and flag completions the learned reward loves but the verifier fails."""

from __future__ import annotations

VERIFIERS = ("accuracy", "math", "code", "label")


def hacking_stats(learned: list[float], verified: list[float], quantile: float = 0.8) -> dict:
    """agreement: share of completions where (learned score above its median) == (verifier passed);
    flagged: indices scoring at or above the learned reward's `quantile` yet failing the verifier."""
    n = len(learned)
    if n == 0:
        return {"agreement": float("nan"), "flagged": []}
    ranked = sorted(learned)
    median, high = ranked[n // 2], ranked[min(n - 1, int(quantile * n))]
    agree = sum((s > median) == (v >= 1.0) for s, v in zip(learned, verified)) / n
    return {"agreement": agree, "flagged": [i for i, (s, v) in enumerate(zip(learned, verified)) if s >= high and v < 1.0]}
