"""Champion vs challenger on the same prompts: a paired comparison the promotion rule reads.

Scores are per prompt (pass@1 over the k samples, keyed by record id); only prompts both models
answered are compared. The difference's 95% interval is a paired bootstrap; the p-value is a
one-sided paired sign-flip permutation test of "the challenger is no better" (exact for small n,
Monte Carlo otherwise). Both are distribution-free, which matters for 0/1-valued scores. Prompts of
one template (a moderation template's translations) are one unit of both when their samples say so.
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


CLUSTER_FIELD = "template"  # prompts of one template move together: the comparison's unit


def prompt_clusters(samples: list[dict]) -> dict[str, str]:
    """{record id: its template} for the samples that carry one (eval.runner copies a record's
    CLUSTER_FIELD): prompts of one template move together, so the comparison draws them as one unit."""
    return {str(s["id"]): str(s[CLUSTER_FIELD]) for s in samples if s.get(CLUSTER_FIELD) is not None}


def paired_comparison(
    challenger: dict[str, float],
    champion: dict[str, float],
    *,
    clusters: dict[str, str] | None = None,
    n_boot: int = 2000,
    n_perm: int = 5000,
    seed: int = 0,
) -> dict:
    """Paired difference challenger - champion over the prompts both were scored on. `clusters`
    ({id: template}; ids without one are their own unit): the bootstrap draws whole templates and
    the sign flips act on each template's summed difference (a cluster-level paired test), so a
    template's translations count once. Without clusters every prompt is a unit, as before."""
    common = sorted(set(challenger) & set(champion))
    if not common:
        return {"n": 0, "mean_diff": 0.0, "ci95": [0.0, 0.0], "p_value": 1.0}
    diffs = [challenger[k] - champion[k] for k in common]
    n = len(diffs)
    units: dict = {}  # a template, or ("prompt", id) for a prompt without one
    for k, d in zip(common, diffs, strict=True):
        units.setdefault((clusters or {}).get(k) or ("prompt", k), []).append(d)
    sums, sizes = [sum(u) for u in units.values()], [len(u) for u in units.values()]
    rng, m = random.Random(seed), len(sums)
    boots = []
    for _ in range(n_boot):
        drawn = [rng.randrange(m) for _ in range(m)]
        boots.append(sum(sums[i] for i in drawn) / sum(sizes[i] for i in drawn))
    boots.sort()
    return {
        "n": n,
        "units": m,
        "mean_diff": sum(diffs) / n,
        "ci95": [boots[int(0.025 * n_boot)], boots[int(0.975 * n_boot) - 1]],
        "p_value": _sign_flip_p(sums, n_perm, rng),
        "wins": sum(d > 0 for d in diffs),
        "losses": sum(d < 0 for d in diffs),
    }
