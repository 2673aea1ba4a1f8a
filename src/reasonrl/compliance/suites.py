"""The gate suites, generated from the recipe's compliance policy and thresholds, one builder per gate.

Each builder returns (DataFrame to validate, rules). Data gates validate records; model gates
validate a one-row metrics table, so every gate is the same GE mechanism.
"""

from __future__ import annotations

from typing import Callable

from reasonrl._registry import Registry
from reasonrl.compliance import checks
from reasonrl.compliance.gate import Rule
from reasonrl.config.compliance import PROTECTED_RULES
from reasonrl.config.models import Recipe
from reasonrl.data.filters.language import detect_language
from reasonrl.errors import ConfigError

TEXT_KEYS = ("question", "prompt", "answer", "chosen", "rejected", "text", "completion")

SUITES: Registry[Callable] = Registry("gate")


def _gx():
    import great_expectations as gx

    return gx.expectations


# the facts the rules check, one column each (the per-stage row counts follow as constant columns)
COLUMNS = (
    "id",
    "kind",
    "split",
    "source",
    "licence",
    "region",
    "text",
    "pii_kinds",
    "contaminated",
    "language_ok",
    "licence_ok",
    "region_ok",
    "residency_ok",
    "consent_ok",
    "heldout_leak",
)


def _data_frame(compliance, records: list[dict], leak_free: list[str] = ()):
    """One row per record with the facts the rules check, computed by the gate's own checks
    (compliance.checks), not by the filters they audit."""
    import pandas as pd

    index = checks.contamination_index(compliance.decontamination.model_dump_json())
    leaks = checks.heldout_leaks(records, list(leak_free))
    df = pd.DataFrame([_facts(compliance, r, index, leaks) for r in records], columns=list(COLUMNS))
    for stage, sp in compliance.stages.items():  # per-stage row counts as constant columns
        df[f"rows_{stage}"] = (
            int(((df["kind"] == sp.kind) & (df["split"] == sp.split)).sum()) if len(df) else 0
        )
    return df


def _facts(compliance, r: dict, index, leaks: dict) -> dict:
    """The COLUMNS of one record."""
    text = "\n".join(v for k, v in r.items() if k in TEXT_KEYS and isinstance(v, str))
    return {
        "id": r.get("id"),
        "kind": r.get("kind"),
        "split": r.get("split"),
        "source": r.get("source"),
        "licence": r.get("licence"),
        "region": r.get("region"),
        "text": text,
        "pii_kinds": ",".join(sorted(checks.pii_kinds(text, compliance.pii.phone_regions))) or None,
        "contaminated": index.hit(text, r.get("task")),
        "language_ok": _language_ok(compliance, r, text),
        "licence_ok": checks.licence_ok(r, compliance),
        "region_ok": checks.region_ok(r, compliance),
        "residency_ok": checks.residency_ok(r, compliance),
        "consent_ok": checks.consent_ok(r, compliance),
        "heldout_leak": leaks.get(str(r.get("id"))),
    }


def _language_ok(compliance, r: dict, text: str) -> bool:
    """The record's language is one its source, its task or the policy allows ("*": any, not
    detected); a text too short or too mixed to tell (None) passes."""
    allowed = (
        compliance.for_source(r.get("source")).languages
        or compliance.languages.per_task.get(r.get("task") or "")
        or compliance.languages.allowed
    )
    if "*" in allowed:
        return True
    lang = detect_language(text, compliance.languages.min_chars, compliance.languages.min_confidence)
    return lang is None or lang in allowed


def warn_only_rules(recipe: Recipe, gate: str, requested: list[str]) -> set[str]:
    """The rules that may only warn. A rule that protects people (PROTECTED_RULES) may only when the
    compliance policy file grants it in `gate_exceptions`, with a reason that goes into lineage and the model
    card; the recipe alone cannot. Checked again here (fail closed), whatever validated the recipe."""
    denied = sorted(set(requested) & PROTECTED_RULES - set(recipe.compliance.gate_exceptions))
    if denied:
        raise ConfigError(
            f"gate '{gate}': rules {denied} protect people and cannot be warn-only",
            where=f"gates.{gate}.warn_only",
            hint="declare them in the compliance policy file under gate_exceptions: {rule: why}, "
            "or remove them",
        )
    return set(requested)


@SUITES.register("data")
def data_suite(recipe: Recipe, records: list[dict], metrics: dict):
    """What each stage is about to consume: required fields, licences, regions and residency,
    consent, no residual PII, no contamination, no held-out item whose template or text training
    has seen, the language mix, and enough (not too many) rows per consuming stage."""
    compliance, cfg, E = recipe.compliance, recipe.gates.data, _gx()
    df = _data_frame(compliance, records, cfg.leak_free)
    rules = [
        Rule("row_count", E.ExpectTableRowCountToBeBetween(min_value=cfg.min_rows, max_value=cfg.max_rows))
    ]
    rules += [
        Rule(f"required_{f}", E.ExpectColumnValuesToNotBeNull(column=f))
        for f in ("id", "kind", "source", "text")
    ]
    rules += [
        Rule("unique_id", E.ExpectColumnValuesToBeUnique(column="id")),
        Rule("no_residual_pii", E.ExpectColumnValuesToBeNull(column="pii_kinds")),
        Rule("no_contamination", E.ExpectColumnValuesToBeNull(column="contaminated")),
        Rule("no_heldout_leak", E.ExpectColumnValuesToBeNull(column="heldout_leak")),
        Rule(
            "language_mix",
            E.ExpectColumnValuesToBeInSet(
                column="language_ok", value_set=[True], mostly=compliance.languages.min_share
            ),
        ),
    ]
    rules += [
        Rule(name, E.ExpectColumnValuesToBeInSet(column=column, value_set=[True]))
        for name, column in (
            ("licence_allowed", "licence_ok"),
            ("region_allowed", "region_ok"),
            ("residency_ok", "residency_ok"),
            ("consent_given", "consent_ok"),
        )
    ]
    for stage, sp in compliance.stages.items():
        rules.append(
            Rule(
                f"rows_for_{stage}",
                E.ExpectColumnMinToBeBetween(
                    column=f"rows_{stage}", min_value=sp.min_rows, max_value=sp.max_rows
                ),
            )
        )
    warn = warn_only_rules(recipe, "data", cfg.warn_only)
    return df, [Rule(r.name, r.expectation, r.name in warn) for r in rules]


def _metric_rule(
    name: str, column: str, lo: float | None, hi: float | None, warn: set[str], subject: str = ""
) -> Rule:
    """A threshold on one metric of a one-row frame. Expressed as "the column's min is between",
    which on one row is the value itself, so GE reports it as the observed value (in the result,
    decision.json and Data Docs) where a per-row expectation would only count unexpected rows."""
    return Rule(
        name,
        _gx().ExpectColumnMinToBeBetween(column=column, min_value=lo, max_value=hi),
        name in warn,
        subject,
    )


def _one_row(metrics: dict):
    import pandas as pd

    return pd.DataFrame([{k: float(v) for k, v in metrics.items() if isinstance(v, (int, float))}])


@SUITES.register("reward_model")
def reward_model_suite(recipe: Recipe, records: list[dict], metrics: dict):
    cfg = recipe.gates.reward_model
    return _one_row(metrics), [
        _metric_rule(
            "min_heldout_accuracy", "heldout_accuracy", cfg.min_heldout_accuracy, None, set(cfg.warn_only)
        )
    ]


def _label_recall_rules(recipe: Recipe, gate: str, metrics: dict, floor: float) -> list[Rule]:
    """A classifier must pass the recall floor: every label's recall on the held-out items at or
    above it, so a constant classifier never ships (issue 22). Never warn-only. The gate stage
    refuses a classifier's evaluation that has no per-label recall (fail closed), so a metrics table
    without `min_label_recall` here is not a classifier's."""
    if "min_label_recall" not in metrics:
        return []
    if "min_label_recall" in getattr(recipe.gates, gate).warn_only:
        raise ConfigError(
            f"gate '{gate}': min_label_recall cannot be warn-only (a constant classifier would ship)",
            where=f"gates.{gate}.warn_only",
        )
    of = str(metrics.get("min_label_recall_of") or "")
    return [_metric_rule("min_label_recall", "min_label_recall", floor, None, set(), of)]


@SUITES.register("policy")
def policy_suite(recipe: Recipe, records: list[dict], metrics: dict):
    """metrics: pass_at_1 of the policy and gain = policy - base on the same held-out prompts; for a
    classifier, the lowest recall of any label."""
    cfg, warn = recipe.gates.policy, set(recipe.gates.policy.warn_only)
    return _one_row(metrics), [
        _metric_rule("min_pass_at_1", "pass_at_1", cfg.min_pass_at_1, None, warn),
        _metric_rule("min_gain_over_base", "gain_over_base", cfg.min_gain_over_base, None, warn),
        *_label_recall_rules(recipe, "policy", metrics, cfg.min_label_recall),
    ]


@SUITES.register("student")
def student_suite(recipe: Recipe, records: list[dict], metrics: dict):
    """metrics: accuracy_share = student/teacher pass@1, token_share = student/teacher tokens; for a
    classifier, the lowest recall of any label."""
    cfg, warn = recipe.gates.student, set(recipe.gates.student.warn_only)
    return _one_row(metrics), [
        _metric_rule("min_accuracy_share", "accuracy_share", cfg.min_accuracy_share, None, warn),
        _metric_rule("max_token_share", "token_share", None, cfg.max_token_share, warn),
        *_label_recall_rules(recipe, "student", metrics, cfg.min_label_recall),
    ]
