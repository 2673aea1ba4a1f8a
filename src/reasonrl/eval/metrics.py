"""Pure metric functions."""

from __future__ import annotations

import math
from typing import Sequence


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k (Chen et al. 2021, arXiv:2107.03374): 1 - C(n-c, k) / C(n, k),
    for n samples of which c are correct."""
    if k > n:
        raise ValueError(f"k={k} > n={n}")
    if n - c < k:
        return 1.0
    return 1.0 - math.prod((n - c - i) / (n - i) for i in range(k))


def summarize(correct: Sequence[Sequence[float]], tokens: Sequence[Sequence[int]],
              truncated: Sequence[Sequence[bool]]) -> dict:
    """Per-prompt lists of k samples -> pass@1 (mean over samples), pass@k, token stats."""
    k = len(correct[0]) if correct else 0
    flat_tokens = [t for row in tokens for t in row]
    n_prompts = len(correct)
    p1 = sum(sum(row) / len(row) for row in correct) / max(n_prompts, 1)
    pk = sum(pass_at_k(len(row), int(sum(row)), len(row)) for row in correct) / max(n_prompts, 1)
    mean_tokens = sum(flat_tokens) / max(len(flat_tokens), 1)
    return {
        "pass_at_1": p1, f"pass_at_{k}": pk, "mean_tokens": mean_tokens,
        "accuracy_per_1k_tokens": 1000 * p1 / mean_tokens if mean_tokens else 0.0,
        "truncation_rate": sum(t for row in truncated for t in row) / max(len(flat_tokens), 1),
        "n_prompts": n_prompts, "k": k,
    }
