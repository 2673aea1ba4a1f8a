"""Champion vs challenger on the same prompts: a paired comparison the promotion rule reads.

Scores are per prompt (pass@1 over the k samples, keyed by record id); only prompts both models
answered are compared. The difference's 95% interval is a paired bootstrap; the p-value is a
one-sided paired sign-flip permutation test of "the challenger is no better" (exact for small n,
Monte Carlo otherwise). Both are distribution-free, which matters for 0/1-valued scores.
"""

from __future__ import annotations

import itertools
import random
from collections import defaultdict


def per_prompt_scores(samples: list[dict]) -> dict[str, float]:
    """{record id: mean correctness over its samples} from an evaluation's samples.jsonl rows."""
    acc: dict[str, list[float]] = defaultdict(list)
    for s in samples:
        acc[str(s["id"])].append(float(s["correct"]))
    return {k: sum(v) / len(v) for k, v in acc.items()}


def _sign_flip_p(diffs: list[float], n_perm: int, rng: random.Random) -> float:
    observed = sum(diffs)
    nonzero = [d for d in diffs if d != 0]
    if len(nonzero) <= 16:  # exact: every sign pattern
        patterns = itertools.product((1, -1), repeat=len(nonzero))
        sums = [sum(s * d for s, d in zip(p, nonzero, strict=True)) for p in patterns]
        return sum(x >= observed - 1e-12 for x in sums) / len(sums)
    hits = sum(
        sum(d if rng.random() < 0.5 else -d for d in nonzero) >= observed - 1e-12 for _ in range(n_perm)
    )
    return (hits + 1) / (n_perm + 1)


def paired_comparison(
    challenger: dict[str, float],
    champion: dict[str, float],
    *,
    n_boot: int = 2000,
    n_perm: int = 5000,
    seed: int = 0,
) -> dict:
    """Paired difference challenger - champion over the prompts both were scored on."""
    common = sorted(set(challenger) & set(champion))
    if not common:
        return {"n": 0, "mean_diff": 0.0, "ci95": [0.0, 0.0], "p_value": 1.0}
    diffs = [challenger[k] - champion[k] for k in common]
    n = len(diffs)
    rng = random.Random(seed)
    boots = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(n_boot))
    return {
        "n": n,
        "mean_diff": sum(diffs) / n,
        "ci95": [boots[int(0.025 * n_boot)], boots[int(0.975 * n_boot) - 1]],
        "p_value": _sign_flip_p(diffs, n_perm, rng),
        "wins": sum(d > 0 for d in diffs),
        "losses": sum(d < 0 for d in diffs),
    }
