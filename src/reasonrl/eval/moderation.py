"""Metrics a safety team reads, per group (language, category, functionality): precision, recall
and F1 per label, macro-F1, the false-positive rate on benign content, the share of unparseable
answers, tokens per decision (median, p90), with percentile-bootstrap 95% CIs for macro-F1 and FPR
(over whole templates: a template's translations and target groups are one draw);
where samples carry the label probability (eval.scores), AUROC and AUPRC with CIs, the FPR at a
fixed recall and the figures at a threshold chosen on the validation split.
Pure functions over (gold, predicted, tokens) lists; an unparseable answer (None) counts as wrong
for both labels' recall and is reported on its own."""

from __future__ import annotations

import statistics

from reasonrl.data.leakage import held_out_sets
from reasonrl.eval.ranking import auroc, average_precision, bootstrap, fpr_at_recall, macro_f1_at
from reasonrl.eval.task_metrics import TASK_METRICS
from reasonrl.tasks.moderation import DEFAULT_CONTENT_POLICY, load_content_policy, predicted_label


def label_scores(gold: list[str], pred: list[str | None], labels: tuple[str, str]) -> dict[str, float]:
    """labels = (violating, allowed). Per-label precision/recall/F1, macro-F1, FPR on `allowed`
    items (flagged as violating), unparseable share."""
    out: dict[str, float] = {}
    f1s = []
    for label in labels:
        tp = sum(g == label and p == label for g, p in zip(gold, pred, strict=True))
        predicted = sum(p == label for p in pred)
        actual = sum(g == label for g in gold)
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        out.update({f"precision/{label}": precision, f"recall/{label}": recall, f"f1/{label}": f1})
        if actual:
            f1s.append(f1)
    violating, allowed = labels
    benign = [p for g, p in zip(gold, pred, strict=True) if g == allowed]
    out["macro_f1"] = sum(f1s) / len(f1s) if f1s else 0.0
    out["fpr"] = sum(p == violating for p in benign) / len(benign) if benign else float("nan")
    out["unparseable"] = sum(p is None for p in pred) / len(pred) if pred else 0.0
    out["n"] = float(len(gold))
    return out


def served_scores(
    gold: list[str],
    pred: list[str | None],
    labels: tuple[str, str],
    scores: list[float] | None,
    threshold: float | None,
) -> dict[str, float]:
    """The decision a moderation endpoint serves (serve/moderation.py `flagged`): violating when
    the label score reaches the threshold chosen on validation, else when the model answered the
    violating label (an unparseable answer is not flagged: served as allowed). Its macro-F1, FPR
    and per-label recall as `served_*` keys; the gates judge these, so what is gated is what ships
    (at 960 labels the two decisions differed by 0.4 macro-F1 for SFT)."""
    if threshold is not None and scores is not None:
        pred = [labels[0] if s >= threshold else labels[1] for s in scores]
    else:
        pred = [labels[0] if p == labels[0] else labels[1] for p in pred]
    got = label_scores(gold, pred, labels)
    return {
        "served_macro_f1": got["macro_f1"],
        "served_fpr": got["fpr"],
        **{f"served_recall/{label}": got[f"recall/{label}"] for label in labels},
    }


def bootstrap_ci(
    gold: list[str],
    pred: list[str | None],
    labels: tuple[str, str],
    key: str,
    rounds: int = 500,
    seed: int = 0,
    clusters: list | None = None,
) -> tuple[float, float]:
    """Percentile bootstrap 95% CI of label_scores(...)[key] over items (or whole clusters: each
    item's template) resampled with replacement (eval.ranking.bootstrap; a resample without benign
    items has no FPR and is left out)."""
    return bootstrap(
        lambda g, p: label_scores(g, p, labels)[key], gold, pred, rounds=rounds, seed=seed, clusters=clusters
    )


def _p90(xs: list[int]) -> float:
    xs = sorted(xs)
    return float(xs[min(len(xs) - 1, int(0.9 * len(xs)))]) if xs else float("nan")


def ranking_scores(
    positive: list[bool],
    scores: list[float],
    seed: int = 0,
    recall: float = 0.8,
    threshold: float | None = None,
    clusters: list | None = None,
) -> dict:
    """AUROC and AUPRC with 95% CIs (over whole clusters given each item's), the FPR at a fixed
    recall and, given a threshold chosen on a validation split, macro-F1 and FPR there
    (eval/ranking.py)."""
    out = {
        "auroc": auroc(positive, scores),
        "auroc_ci95": bootstrap(auroc, positive, scores, seed=seed, clusters=clusters),
        "auprc": average_precision(positive, scores),
        "auprc_ci95": bootstrap(average_precision, positive, scores, seed=seed, clusters=clusters),
        f"fpr_at_recall_{recall:g}": fpr_at_recall(positive, scores, recall),
    }
    if threshold is not None:
        negatives = [s for s, p in zip(scores, positive, strict=True) if not p]
        out.update(
            threshold=threshold,
            macro_f1_at_threshold=macro_f1_at(positive, scores, threshold),
            fpr_at_threshold=sum(s >= threshold for s in negatives) / len(negatives)
            if negatives
            else float("nan"),
        )
    return out


def report(
    gold: list[str],
    pred: list[str | None],
    tokens: list[int],
    groups: dict[str, list],
    labels: tuple[str, str],
    seed: int = 0,
    scores: list[float] | None = None,
    threshold: float | None = None,
    clusters: list | None = None,
) -> dict:
    """Overall and per-group scores. `groups`: {"language": [per item], "category": [...], ...};
    an item's value may be a list when it belongs to several groups (an unseen-language item on an
    unseen template is in "language" and in "language_unseen_template"). `clusters`: each item's
    cluster (its template): the CIs then resample whole clusters."""

    def block(idx: list[int]) -> dict:
        g, p, t = [gold[i] for i in idx], [pred[i] for i in idx], [tokens[i] for i in idx]
        c = None if clusters is None else [clusters[i] for i in idx]
        out = label_scores(g, p, labels)
        out["macro_f1_ci95"] = bootstrap_ci(g, p, labels, "macro_f1", seed=seed, clusters=c)
        out["fpr_ci95"] = bootstrap_ci(g, p, labels, "fpr", seed=seed, clusters=c)
        out["tokens_median"] = float(statistics.median(t)) if t else float("nan")
        out["tokens_p90"] = _p90(t)
        if scores is not None:
            out.update(
                ranking_scores(
                    [gold[i] == labels[0] for i in idx],
                    [scores[i] for i in idx],
                    seed,
                    threshold=threshold,
                    clusters=c,
                )
            )
        out.update(served_scores(g, p, labels, [scores[i] for i in idx] if scores else None, threshold))
        return out

    out = {"overall": block(list(range(len(gold))))}
    for name, values in groups.items():
        by: dict[str, list[int]] = {}
        for i, v in enumerate(values):
            for one in v if isinstance(v, (list, tuple)) else [v]:
                by.setdefault(str(one), []).append(i)
        out[f"by_{name}"] = {v: block(idx) for v, idx in sorted(by.items())}
    return out


def policy_flip_rate(
    before: list[str | None], after: list[str | None], affected: list[bool], labels: tuple[str, str]
) -> dict[str, float]:
    """After one rule of the content policy is turned into an exemption: the share of affected items (those
    the rule covered) whose decision moved from violating to allowed, and the share of unaffected
    items whose decision stayed put. A model that reads the content policy scores high on both."""
    violating, allowed = labels
    hit = [(b, a) for b, a, f in zip(before, after, affected, strict=True) if f]
    rest = [(b, a) for b, a, f in zip(before, after, affected, strict=True) if not f]
    followed = sum(a == allowed for _, a in hit) / len(hit) if hit else float("nan")
    flipped = sum(b == violating and a == allowed for b, a in hit) / max(
        sum(b == violating for b, _ in hit), 1
    )
    stable = sum(a == b for b, a in rest) / len(rest) if rest else float("nan")
    return {
        "affected_allowed_after_edit": followed,
        "affected_flipped": flipped,
        "unaffected_stable": stable,
        "affected": float(len(hit)),
        "unaffected": float(len(rest)),
    }


@TASK_METRICS.register("moderation")
def moderation_metrics(
    records: list[dict], samples: list[dict], seed: int = 0, threshold: float | None = None
) -> dict:
    """The safety metrics of an evaluation's moderation samples (one decision per sample), by
    language, category, functionality and held-out set. Items judged under different content
    policies have different labels: the report is per content policy, the most common one at the top level and
    each under `by_policy` when there are several."""
    by_id = {r["id"]: r for r in records}
    by_content_policy: dict[str, list[tuple[dict, dict]]] = {}
    for s in samples:
        rec = by_id[s["id"]]
        by_content_policy.setdefault(rec.get("policy") or DEFAULT_CONTENT_POLICY, []).append((rec, s))
    reports = {
        path: _content_policy_report(load_content_policy(path), rows, seed, threshold)
        for path, rows in by_content_policy.items()
    }
    main = max(by_content_policy, key=lambda p: (len(by_content_policy[p]), p))
    out = dict(reports[main])
    if len(reports) > 1:
        out["by_policy"] = {reports[p]["policy"]["name"]: reports[p] for p in sorted(reports)}
    return out


def _content_policy_report(
    content_policy, rows: list[tuple[dict, dict]], seed: int, threshold: float | None = None
) -> dict:
    labels = (content_policy.labels.violating, content_policy.labels.allowed)
    gold = [r["answer"] for r, _ in rows]
    pred = [predicted_label(s["completion"], content_policy) for _, s in rows]
    groups = {g: [r.get(g) or _category(r, g) for r, _ in rows] for g in ("language", "category", "subject")}
    if any(r.get("held_out") for r, _ in rows):
        groups["held_out"] = [held_out_sets(r) or ["train"] for r, _ in rows]
    scores = [s["score"] for _, s in rows] if all("score" in s for _, s in rows) else None
    # one HateCheck template's translations and target groups are not independent items; a record
    # without a template is its own unit (keyed apart, so no id can merge with a template's name)
    clusters = [r.get("template") or ("id", r["id"]) for r, _ in rows]
    return {
        "policy": {
            "name": content_policy.name,
            "version": content_policy.version,
            "sha256": content_policy.sha256(),
        },
        **report(
            gold, pred, [s["tokens"] for _, s in rows], groups, labels, seed, scores, threshold, clusters
        ),
    }


def _category(record: dict, group: str) -> str:
    """A record read through the pipeline carries its functionality; its category follows from the
    content policy."""
    if group != "category":
        return ""
    found = load_content_policy(record.get("policy") or DEFAULT_CONTENT_POLICY).category(
        record.get("subject") or ""
    )
    return found[0] if found else "unmapped"
