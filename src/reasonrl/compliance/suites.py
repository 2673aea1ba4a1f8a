"""The gate suites, generated from the recipe's policy and thresholds, one builder per gate.

Each builder returns (DataFrame to validate, rules). Data gates validate records; model gates
validate a one-row metrics table, so every gate is the same GE mechanism.
"""

from __future__ import annotations

from typing import Callable

from reasonrl._registry import Registry
from reasonrl.compliance.gate import Rule
from reasonrl.config.models import Recipe
from reasonrl.data.filters.pii import EMAIL

SUITES: Registry[Callable] = Registry("gate")


def _gx():
    import great_expectations as gx

    return gx.expectations


@SUITES.register("data")
def data_suite(recipe: Recipe, records: list[dict], metrics: dict):
    """Records about to be trained on: required fields, allowed licences, no residual PII, sizes."""
    import pandas as pd

    cfg, E = recipe.gates.data, _gx()
    rows = [{"id": r.get("id"), "kind": r.get("kind"), "source": r.get("source"), "licence": r.get("licence"),
             "text": "\n".join(str(r.get(f, "")) for f in ("question", "prompt", "chosen", "rejected", "answer"))}
            for r in records]
    df = pd.DataFrame(rows, columns=["id", "kind", "source", "licence", "text"])
    warn = set(cfg.warn_only)
    rules = [
        Rule("row_count", E.ExpectTableRowCountToBeBetween(min_value=cfg.min_rows, max_value=cfg.max_rows)),
        Rule("required_id", E.ExpectColumnValuesToNotBeNull(column="id")),
        Rule("unique_id", E.ExpectColumnValuesToBeUnique(column="id")),
        Rule("licence_allowed", E.ExpectColumnValuesToBeInSet(column="licence",
                                                              value_set=recipe.compliance.allowed_licences)),
        Rule("no_residual_email", E.ExpectColumnValuesToNotMatchRegex(column="text", regex=EMAIL.pattern)),
        Rule("has_prompts", E.ExpectColumnDistinctValuesToContainSet(column="kind", value_set=["prompt"])),
    ]
    return df, [Rule(r.name, r.expectation, r.name in warn) for r in rules]


def _metric_rule(name: str, column: str, lo: float | None, hi: float | None, warn: set[str]) -> Rule:
    return Rule(name, _gx().ExpectColumnValuesToBeBetween(column=column, min_value=lo, max_value=hi), name in warn)


def _one_row(metrics: dict):
    import pandas as pd

    return pd.DataFrame([{k: float(v) for k, v in metrics.items() if isinstance(v, (int, float))}])


@SUITES.register("reward_model")
def reward_model_suite(recipe: Recipe, records: list[dict], metrics: dict):
    cfg = recipe.gates.reward_model
    return _one_row(metrics), [
        _metric_rule("min_heldout_accuracy", "heldout_accuracy", cfg.min_heldout_accuracy, None, set(cfg.warn_only))]


@SUITES.register("policy")
def policy_suite(recipe: Recipe, records: list[dict], metrics: dict):
    """metrics: pass_at_1 of the policy and gain = policy - base on the same held-out prompts."""
    cfg, warn = recipe.gates.policy, set(recipe.gates.policy.warn_only)
    return _one_row(metrics), [
        _metric_rule("min_pass_at_1", "pass_at_1", cfg.min_pass_at_1, None, warn),
        _metric_rule("min_gain_over_base", "gain_over_base", cfg.min_gain_over_base, None, warn)]


@SUITES.register("student")
def student_suite(recipe: Recipe, records: list[dict], metrics: dict):
    """metrics: accuracy_share = student/teacher pass@1, token_share = student/teacher tokens."""
    cfg, warn = recipe.gates.student, set(recipe.gates.student.warn_only)
    return _one_row(metrics), [
        _metric_rule("min_accuracy_share", "accuracy_share", cfg.min_accuracy_share, None, warn),
        _metric_rule("max_token_share", "token_share", None, cfg.max_token_share, warn)]
