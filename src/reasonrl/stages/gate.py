"""The gate stage: read the upstream outputs, derive the metrics of one gate kind
(compliance.kinds), build its suite (compliance.suites), run it with Great Expectations, write
the decision (JSON) and Data Docs (HTML). The pipeline branches on `passed`."""

from __future__ import annotations

from pathlib import Path

from reasonrl.compliance.gate import decide, validate
from reasonrl.compliance.kinds import GATE_KINDS
from reasonrl.compliance.suites import SUITES
from reasonrl.config.compliance import PROTECTED_RULES
from reasonrl.config.models import Recipe
from reasonrl.errors import ConfigError
from reasonrl.io import write_json, write_manifest
from reasonrl.report.gate_page import gate_html
from reasonrl.stages.common import METRICS, load_records, prepare_out, read_json, upstream

DECISION, GATE_PAGE = "decision.json", "gate.html"


def _classifier(task: str) -> bool:
    from reasonrl import tasks

    return task in tasks.TASKS and tasks.get(task).decide is not None


def gate(recipe: Recipe, kind: str, inputs: dict[str, str], out) -> dict:
    """inputs: {'data': dir} for the data gate; {'reward_model': dir} or {'candidate': eval dir,
    'reference': eval dir} for model gates. Returns the decision dict."""
    builder, spec = SUITES.get(kind), GATE_KINDS.get(kind)
    missing = [k for k in spec.inputs if not inputs.get(k)]
    if missing:
        raise ConfigError(f"gate '{kind}' needs inputs: {', '.join(missing)}")
    out = prepare_out(out, recipe, f"gate:{kind}", "gates")
    records = load_records(inputs["data"]) if kind == "data" else []
    evaluations = {name: read_json(Path(d) / METRICS) for name, d in inputs.items() if name != "data"}
    metrics = spec.metrics(evaluations, getattr(getattr(recipe.gates, kind), "metric", "pass_at_1"))
    if spec.compares_models and "min_label_recall" not in metrics and _classifier(recipe.task):
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
