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
from reasonrl.stages.common import METRICS, load_records, prepare_out, read_json, upstream

DECISION = "decision.json"


def _ratio(a: float, b: float) -> float:
    return a / b if b else (1.0 if a == 0 else float("inf"))


def gate_metrics(kind: str, inputs: dict[str, str]) -> dict:
    """The metrics a model gate checks, derived from the upstream stage outputs."""
    m = {name: read_json(Path(d) / METRICS) for name, d in inputs.items() if name != "data"}
    if kind == "reward_model":
        return m["reward_model"]
    if kind == "policy":
        return {"pass_at_1": m["candidate"]["pass_at_1"],
                "gain_over_base": m["candidate"]["pass_at_1"] - m["reference"]["pass_at_1"]}
    if kind == "student":
        return {"accuracy_share": _ratio(m["candidate"]["pass_at_1"], m["reference"]["pass_at_1"]),
                "token_share": _ratio(m["candidate"]["mean_tokens"], m["reference"]["mean_tokens"]),
                "pass_at_1": m["candidate"]["pass_at_1"]}
    return {}


REQUIRED_INPUTS = {"data": ("data",), "reward_model": ("reward_model",), "policy": ("candidate", "reference"),
                   "student": ("candidate", "reference")}


def gate(recipe: Recipe, kind: str, inputs: dict[str, str], out) -> dict:
    """inputs: {'data': dir} for the data gate; {'reward_model': dir} or {'candidate': eval dir,
    'reference': eval dir} for model gates. Returns the decision dict."""
    builder = SUITES.get(kind)
    missing = [k for k in REQUIRED_INPUTS[kind] if not inputs.get(k)]
    if missing:
        raise ConfigError(f"gate '{kind}' needs inputs: {', '.join(missing)}")
    out = prepare_out(out, recipe, f"gate:{kind}", "gates")
    records = load_records(inputs["data"]) if kind == "data" else []
    metrics = gate_metrics(kind, inputs)
    df, rules = builder(recipe, records, metrics)
    decision = decide(kind, validate(kind, df, rules, out))
    exceptions = {r.name: recipe.compliance.gate_exceptions[r.name] for r in rules
                  if r.warn_only and r.name in PROTECTED_RULES}
    decision.update(metrics=metrics, rows_checked=len(df), data_docs=str(Path(out) / "data_docs" / "index.html"),
                    exceptions=exceptions)
    write_json(out / DECISION, decision)
    write_manifest(out, kind="gate_decision", stage="gate", counts={"rules": len(rules)},
                   upstream=upstream(**inputs), extra={"gate": kind, "passed": decision["passed"]})
    return decision
