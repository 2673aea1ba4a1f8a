"""The gate kinds by name: which upstream outputs a gate reads and the metrics it checks, derived
from their evaluations by one small pure function per kind. The gate stage reads the files and
calls in; the suites (`suites.py`) check these metrics against the recipe's thresholds. A new
kind of gate is one registration here and one suite there, not another branch in the stage."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reasonrl._registry import Registry
from reasonrl.errors import ConfigError

GateMetrics = Callable[[dict[str, dict], str], dict]  # (metrics.json per input, compared metric) -> metrics


@dataclass(frozen=True)
class GateKind:
    """inputs: the upstream outputs the gate needs; metrics: what it checks, from the metrics.json
    of each input but `data`; compares_models: a candidate evaluated against a reference (a
    classifier's evaluation must then carry per-label recall)."""

    name: str
    inputs: tuple[str, ...]
    metrics: GateMetrics
    compares_models: bool = False


GATE_KINDS: Registry[GateKind] = Registry("gate kind")


def _kind(name: str, inputs: tuple[str, ...], compares_models: bool = False):
    def deco(fn: GateMetrics) -> GateMetrics:
        GATE_KINDS.register(name)(GateKind(name, inputs, fn, compares_models))
        return fn

    return deco


@_kind("data", ("data",))
def data_metrics(evaluations: dict[str, dict], metric: str) -> dict:
    """A data gate checks records, not metrics."""
    return {}


@_kind("reward_model", ("reward_model",))
def reward_model_metrics(evaluations: dict[str, dict], metric: str) -> dict:
    """The reward model's own training metrics (held-out pair accuracy and the like)."""
    return evaluations["reward_model"]


@_kind("policy", ("candidate", "reference"), compares_models=True)
def policy_metrics(evaluations: dict[str, dict], metric: str) -> dict:
    """The RL policy against the base model: its score and what RL gained over the base."""
    cand = metric_value(evaluations["candidate"], metric)
    ref = metric_value(evaluations["reference"], metric)
    return {
        "pass_at_1": cand,
        "gain_over_base": cand - ref,
        "metric": metric,
        **label_recalls(evaluations["candidate"]),
    }


@_kind("student", ("candidate", "reference"), compares_models=True)
def student_metrics(evaluations: dict[str, dict], metric: str) -> dict:
    """The distilled student against its teacher: the share of the teacher's score it keeps and the
    share of the teacher's tokens it spends."""
    cand, ref = evaluations["candidate"], evaluations["reference"]
    score, teacher = metric_value(cand, metric), metric_value(ref, metric)
    return {
        "accuracy_share": _ratio(score, teacher),
        "token_share": _ratio(cand["mean_tokens"], ref["mean_tokens"]),
        "pass_at_1": score,
        "metric": metric,
        **label_recalls(cand),
    }


def _ratio(a: float, b: float) -> float:
    return a / b if b else (1.0 if a == 0 else float("inf"))


def metric_value(metrics: dict, path: str) -> float:
    """A dotted path into an evaluation's metrics ("pass_at_1", "moderation.overall.macro_f1");
    a path that is not there is a configuration error, never a silent 0."""
    value = metrics
    for key in path.split("."):
        if not isinstance(value, dict) or key not in value:
            raise ConfigError(
                f"the evaluation has no metric '{path}' (no '{key}')",
                hint="gates.<gate>.metric names a path in the evaluation's metrics.json",
            )
        value = value[key]
    return float(value)


def label_recalls(metrics: dict) -> dict:
    """For a classifier's evaluation (a `moderation` report): `min_label_recall`, the lowest recall
    of any label under any content policy on the held-out items, and which one it was, of the
    decision that is served (eval.moderation.served_scores: at the validation threshold when one
    was chosen). {} otherwise, and for a report without the served decision (written before it
    existed): the gate then refuses the evaluation rather than judge another decision."""
    report = metrics.get("moderation")
    if not report:
        return {}
    per_content_policy = report.get("by_policy") or {report["policy"]["name"]: report}
    recalls = {
        f"{name}/{key.split('/', 1)[1]}": float(value)
        for name, rep in per_content_policy.items()
        for key, value in rep["overall"].items()
        if key.startswith("served_recall/")
    }
    if not recalls:
        return {}
    lowest = min(recalls, key=recalls.get)
    return {"min_label_recall": recalls[lowest], "min_label_recall_of": lowest}
