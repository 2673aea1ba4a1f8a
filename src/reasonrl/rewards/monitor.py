"""Reward-hacking monitor: where a learned reward and a verifier both score the same completions,
track how often they agree, and flag completions the learned reward loves but the verifier fails.

It is on whenever a recipe mixes a LEARNED term (the pipeline's reward model, a generative judge)
with a VERIFIER term: nothing to switch on, and nothing a recipe can switch off.
"""

from __future__ import annotations

VERIFIERS = ("accuracy", "math", "code", "label", "policy_label")
LEARNED = ("reward_model", "judge")


def monitored_pair(terms) -> tuple[str, str] | None:
    """(learned term, verifier term) when the composition has both, else None."""
    learned = next((t for t in LEARNED if t in terms), None)
    verifier = next((v for v in VERIFIERS if v in terms), None)
    return (learned, verifier) if learned and verifier else None


def hacking_stats(learned: list[float], verified: list[float], quantile: float = 0.8) -> dict:
    """agreement: share of completions where (learned score above its median) == (verifier passed);
    flagged: indices scoring at or above the learned reward's `quantile` yet failing the verifier
    (a verifier passes with a score above 0: a right label with partial category credit, or
    class-weighted, still passes)."""
    n = len(learned)
    if n == 0:
        return {"agreement": float("nan"), "flagged": []}
    ranked = sorted(learned)
    median, high = ranked[n // 2], ranked[min(n - 1, int(quantile * n))]
    agree = sum((s > median) == (v > 0) for s, v in zip(learned, verified, strict=True)) / n
    return {
        "agreement": agree,
        "flagged": [
            i for i, (s, v) in enumerate(zip(learned, verified, strict=True)) if s >= high and v <= 0
        ],
    }
