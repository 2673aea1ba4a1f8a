"""Ranking metrics of a score against binary gold, what a moderation team tunes a threshold with:
AUROC, average precision (AUPRC), the false-positive rate at a fixed recall, the threshold that
maximises macro-F1 (chosen on a validation split, then applied to the test sets), and
percentile-bootstrap CIs. Pure functions over (y: list[bool] positive?, s: list[float] score).
"""

from __future__ import annotations

import random
from typing import Callable


def auroc(y: list[bool], s: list[float]) -> float:
    """P(score of a random positive > score of a random negative), ties counting half (the
    Mann-Whitney U statistic, normalised). NaN without both classes."""
    pos = [v for v, t in zip(s, y, strict=True) if t]
    neg = [v for v, t in zip(s, y, strict=True) if not t]
    if not pos or not neg:
        return float("nan")
    ranked = sorted((v, i) for i, v in enumerate(pos + neg))
    ranks = [0.0] * len(ranked)
    i = 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j + 1 < len(ranked) and ranked[j + 1][0] == ranked[i][0]:
            j += 1
        for k in range(i, j + 1):
            ranks[ranked[k][1]] = (i + j) / 2 + 1
        i = j + 1
    u = sum(ranks[: len(pos)]) - len(pos) * (len(pos) + 1) / 2
    return u / (len(pos) * len(neg))


def average_precision(y: list[bool], s: list[float]) -> float:
    """AUPRC as average precision: the mean over positives of the precision at their rank (scores
    ranked high to low, tied scores taken together). NaN without positives."""
    n_pos = sum(y)
    if not n_pos:
        return float("nan")
    pairs = sorted(zip(s, y, strict=True), key=lambda p: -p[0])
    tp = fp = 0
    ap, i = 0.0, 0
    while i < len(pairs):
        j, new_tp = i, 0
        while j < len(pairs) and pairs[j][0] == pairs[i][0]:
            new_tp += pairs[j][1]
            fp += not pairs[j][1]
            j += 1
        tp += new_tp
        ap += new_tp / n_pos * tp / (tp + fp)
        i = j
    return ap


def fpr_at_recall(y: list[bool], s: list[float], recall: float) -> float:
    """The false-positive rate at the highest threshold whose recall reaches `recall`."""
    n_pos, n_neg = sum(y), len(y) - sum(y)
    if not n_pos or not n_neg:
        return float("nan")
    for t in sorted(set(s), reverse=True):
        if sum(v >= t for v, p in zip(s, y, strict=True) if p) / n_pos >= recall:
            return sum(v >= t for v, p in zip(s, y, strict=True) if not p) / n_neg
    return 1.0


def macro_f1_at(y: list[bool], s: list[float], threshold: float) -> float:
    """Macro-F1 of the two classes when score >= threshold means positive."""
    pred = [v >= threshold for v in s]
    f1s = []
    for cls in (True, False):
        tp = sum(p == cls and t == cls for p, t in zip(pred, y, strict=True))
        predicted, actual = sum(p == cls for p in pred), sum(t == cls for t in y)
        if actual:
            prec, rec = (tp / predicted if predicted else 0.0), tp / actual
            f1s.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(f1s) / len(f1s) if f1s else float("nan")


def best_threshold(y: list[bool], s: list[float]) -> float:
    """The score threshold with the highest macro-F1 (midpoints between distinct scores; ties go to
    the lower threshold). Chosen on a validation split, never on a test set."""
    values = sorted(set(s))
    if len(values) < 2:
        return values[0] if values else 0.5
    cuts = [(a + b) / 2 for a, b in zip(values, values[1:], strict=False)]
    return max(cuts, key=lambda t: (macro_f1_at(y, s, t), -t))


def resample(n: int, rng: random.Random, clusters: list | None = None) -> list[int]:
    """One bootstrap resample of positions 0..n-1: items drawn with replacement, or, given each
    item's cluster, whole clusters drawn with replacement (a cluster bootstrap: items of one cluster
    are not independent, e.g. one HateCheck template's translations and target groups, so the
    effective sample is the number of clusters; Field & Welsh 2007)."""
    if clusters is None:
        return [rng.randrange(n) for _ in range(n)]
    members: dict = {}
    for i, c in enumerate(clusters):
        members.setdefault(c, []).append(i)
    groups = list(members.values())
    return [i for _ in groups for i in groups[rng.randrange(len(groups))]]


def bootstrap(
    metric: Callable[[list[bool], list[float]], float],
    y: list[bool],
    s: list[float],
    rounds: int = 500,
    seed: int = 0,
    clusters: list | None = None,
) -> tuple[float, float]:
    """Percentile-bootstrap 95% CI of metric(y, s) over items (or, given each item's cluster, whole
    clusters: `resample`) drawn with replacement; resamples where the metric is undefined (one class
    only) are left out."""
    rng, n, values = random.Random(seed), len(y), []
    for _ in range(rounds if n else 0):
        idx = resample(n, rng, clusters)
        v = metric([y[i] for i in idx], [s[i] for i in idx])
        if v == v:
            values.append(v)
    if not values:
        return (float("nan"), float("nan"))
    values.sort()
    return values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]
