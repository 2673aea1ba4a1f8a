"""Pure metric functions over per-prompt lists of k samples."""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict
from typing import Sequence


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k (Chen et al. 2021, arXiv:2107.03374): 1 - C(n-c, k) / C(n, k),
    for n samples of which c are correct."""
    if k > n:
        raise ValueError(f"k={k} > n={n}")
    if n - c < k:
        return 1.0
    return 1.0 - math.prod((n - c - i) / (n - i) for i in range(k))


def maj_at_k(answers: Sequence[str | None], correct: Sequence[float]) -> float:
    """Majority-vote accuracy over one prompt's k samples (Wang et al. 2022, self-consistency).
    Samples without an answer do not vote. A tie between m answers scores the share of them that
    are correct, i.e. the expected accuracy of breaking the tie at random."""
    votes = Counter(a for a in answers if a is not None)
    if not votes:
        return 0.0
    top = max(votes.values())
    tied = [a for a, n in votes.items() if n == top]
    right = {a for a, c in zip(answers, correct, strict=True) if a is not None and c >= 1.0}
    return sum(a in right for a in tied) / len(tied)


def percentile(xs: Sequence[float], q: float) -> float:
    """Linear-interpolated q-th percentile (numpy's default method)."""
    if not xs:
        return 0.0
    s = sorted(xs)
    pos = (len(s) - 1) * q / 100
    lo, hi = math.floor(pos), math.ceil(pos)
    return s[lo] + (s[hi] - s[lo]) * (pos - lo)


def bootstrap_ci(
    values: Sequence[float], n_boot: int = 1000, seed: int = 0, level: float = 0.95
) -> list[float]:
    """Percentile bootstrap interval of the mean, resampling prompts (the unit that varies)."""
    if not values:
        return [0.0, 0.0]
    rng, n = random.Random(seed), len(values)
    means = sorted(sum(values[rng.randrange(n)] for _ in range(n)) / n for _ in range(n_boot))
    a = (1 - level) / 2
    return [means[int(a * n_boot)], means[min(int((1 - a) * n_boot), n_boot - 1)]]


def summarize(
    correct: Sequence[Sequence[float]],
    tokens: Sequence[Sequence[int]],
    truncated: Sequence[Sequence[bool]],
    answers: Sequence[Sequence[str | None]] | None = None,
    n_boot: int = 1000,
) -> dict:
    """Per-prompt lists of k samples -> pass@1 (mean over samples) with a bootstrap CI, unbiased
    pass@k, maj@k, token stats (mean, p90, accuracy per 1k tokens) and truncation rate."""
    k = len(correct[0]) if correct else 0
    flat_tokens = [t for row in tokens for t in row]
    n_prompts = len(correct)
    per_prompt = [sum(row) / len(row) for row in correct]
    p1 = sum(per_prompt) / max(n_prompts, 1)
    pk = sum(pass_at_k(len(row), int(sum(c >= 1.0 for c in row)), len(row)) for row in correct) / max(
        n_prompts, 1
    )
    mean_tokens = sum(flat_tokens) / max(len(flat_tokens), 1)
    out = {
        "pass_at_1": p1,
        "pass_at_1_ci95": bootstrap_ci(per_prompt, n_boot),
        f"pass_at_{k}": pk,
        "mean_tokens": mean_tokens,
        "p90_tokens": percentile(flat_tokens, 90),
        "accuracy_per_1k_tokens": 1000 * p1 / mean_tokens if mean_tokens else 0.0,
        "truncation_rate": sum(t for row in truncated for t in row) / max(len(flat_tokens), 1),
        "n_prompts": n_prompts,
        "k": k,
    }
    if answers is not None:
        out[f"maj_at_{k}"] = sum(maj_at_k(a, c) for a, c in zip(answers, correct, strict=True)) / max(
            n_prompts, 1
        )
    return out


def breakdown(
    groups: Sequence[str],
    correct: Sequence[Sequence[float]],
    tokens: Sequence[Sequence[int]],
    n_boot: int = 500,
) -> dict[str, dict]:
    """pass@1 (with CI), mean tokens and count per group value (a language, a subject)."""
    rows: dict[str, list[int]] = defaultdict(list)
    for i, g in enumerate(groups):
        rows[g].append(i)
    out = {}
    for g, idx in sorted(rows.items()):
        per = [sum(correct[i]) / len(correct[i]) for i in idx]
        toks = [t for i in idx for t in tokens[i]]
        out[g] = {
            "pass_at_1": sum(per) / len(per),
            "pass_at_1_ci95": bootstrap_ci(per, n_boot),
            "mean_tokens": sum(toks) / max(len(toks), 1),
            "n_prompts": len(idx),
        }
    return out
