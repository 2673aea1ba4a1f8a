"""The gate stage: build the suite for one gate kind, run it with Great Expectations, write the
decision (JSON) and Data Docs (HTML). The pipeline branches on `passed`."""

from __future__ import annotations

from pathlib import Path

from reasonrl.compliance.gate import decide, validate
from reasonrl.compliance.suites import SUITES
from reasonrl.config.models import Recipe
from reasonrl.config.policy import PROTECTED_RULES
from reasonrl.errors import ConfigError
from reasonrl.io import write_json, write_manifest
from reasonrl.report.gate_page import gate_html
from reasonrl.stages.common import METRICS, load_records, prepare_out, read_json, upstream

DECISION, GATE_PAGE = "decision.json", "gate.html"


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


def gate_metrics(kind: str, inputs: dict[str, str], metric: str = "pass_at_1") -> dict:
    """The metrics a model gate checks, derived from the upstream stage outputs; `metric` is the
    evaluation figure a model gate compares (pass@1, or e.g. moderation macro-F1)."""
    m = {name: read_json(Path(d) / METRICS) for name, d in inputs.items() if name != "data"}
    if kind == "reward_model":
        return m["reward_model"]
    if kind == "policy":
        cand, ref = metric_value(m["candidate"], metric), metric_value(m["reference"], metric)
        return {
            "pass_at_1": cand,
            "gain_over_base": cand - ref,
            "metric": metric,
            **label_recalls(m["candidate"]),
        }
    if kind == "student":
        cand, ref = metric_value(m["candidate"], metric), metric_value(m["reference"], metric)
        return {
            "accuracy_share": _ratio(cand, ref),
            "token_share": _ratio(m["candidate"]["mean_tokens"], m["reference"]["mean_tokens"]),
            "pass_at_1": cand,
            "metric": metric,
            **label_recalls(m["candidate"]),
        }
    return {}


def label_recalls(metrics: dict) -> dict:
    """For a classifier's evaluation (a `moderation` report): `min_label_recall`, the lowest recall
    of any label under any policy on the held-out items, and which one it was. {} otherwise."""
    report = metrics.get("moderation")
    if not report:
        return {}
    per_policy = report.get("by_policy") or {report["policy"]["name"]: report}
    recalls = {
        f"{name}/{key.split('/', 1)[1]}": float(value)
        for name, rep in per_policy.items()
        for key, value in rep["overall"].items()
        if key.startswith("recall/")
    }
    lowest = min(recalls, key=recalls.get)
    return {"min_label_recall": recalls[lowest], "min_label_recall_of": lowest}


def _classifier(task: str) -> bool:
    from reasonrl import tasks

    return task in tasks.TASKS and tasks.get(task).decide is not None


REQUIRED_INPUTS = {
    "data": ("data",),
    "reward_model": ("reward_model",),
    "policy": ("candidate", "reference"),
    "student": ("candidate", "reference"),
}


def gate(recipe: Recipe, kind: str, inputs: dict[str, str], out) -> dict:
    """inputs: {'data': dir} for the data gate; {'reward_model': dir} or {'candidate': eval dir,
    'reference': eval dir} for model gates. Returns the decision dict."""
    builder = SUITES.get(kind)
    missing = [k for k in REQUIRED_INPUTS[kind] if not inputs.get(k)]
    if missing:
        raise ConfigError(f"gate '{kind}' needs inputs: {', '.join(missing)}")
    out = prepare_out(out, recipe, f"gate:{kind}", "gates")
    records = load_records(inputs["data"]) if kind == "data" else []
    metrics = gate_metrics(kind, inputs, getattr(getattr(recipe.gates, kind), "metric", "pass_at_1"))
    if kind in ("policy", "student") and "min_label_recall" not in metrics and _classifier(recipe.task):
        raise ConfigError(
            f"gate '{kind}': task '{recipe.task}' is a classifier but its evaluation has no per-label recall",
            hint="evaluate with the task's report (eval/moderation.py)",
        )
    df, rules = builder(recipe, records, metrics)
    run_name = f"{recipe.name} gate:{kind}"
    decision = decide(kind, validate(kind, df, rules, out, run_name=run_name))
    exceptions = {
        r.name: recipe.compliance.gate_exceptions[r.name]
        for r in rules
        if r.warn_only and r.name in PROTECTED_RULES
    }
    decision.update(
        metrics=metrics,
        rows_checked=len(df),
        data_docs=str(Path(out) / "data_docs" / "index.html"),
        exceptions=exceptions,
        page=str(Path(out) / GATE_PAGE),
        run_name=run_name,
    )
    write_json(out / DECISION, decision)
    (out / GATE_PAGE).write_text(gate_html(decision, run_name, decision["data_docs"]), encoding="utf-8")
    write_manifest(
        out,
        kind="gate_decision",
        stage="gate",
        counts={"rules": len(rules)},
        upstream=upstream(**inputs),
        extra={"gate": kind, "passed": decision["passed"]},
    )
    return decision
