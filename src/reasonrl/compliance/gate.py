"""Gates: a Great Expectations suite plus the recipe's thresholds, decided as a pure function.

A gate is a list of Rules (name, GE expectation, warn_only). `validate` runs the suite over a
DataFrame in a file-backed GE context (so Data Docs HTML is written next to the decision) and
`decide` turns the per-rule outcomes into the pass/fail decision the pipeline branches on.
"""

from __future__ import annotations

import os
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from reasonrl.compliance import data_docs
from reasonrl.data.filters.pii import redact_pii


@dataclass(frozen=True)
class Rule:
    name: str
    expectation: Any  # a great_expectations Expectation instance
    warn_only: bool = False
    subject: str = ""  # what the observed value is of, where a metric names it ("openai-moderation/safe")


@dataclass(frozen=True)
class RuleOutcome:
    name: str
    passed: bool
    warn_only: bool
    observed: Any
    unexpected_count: int | None
    examples: list
    threshold: dict | None = None  # {"min": ..., "max": ...} of a between-expectation
    expects: str = ""  # what the rule checks, e.g. "expect_column_values_to_be_null(column=pii_kinds)"
    subject: str = ""  # Rule.subject


def decide(gate: str, outcomes: list[RuleOutcome]) -> dict:
    """Pure: the gate passes when every rule that is not warn-only passed."""
    failing = [o.name for o in outcomes if not o.passed and not o.warn_only]
    warnings = [o.name for o in outcomes if not o.passed and o.warn_only]
    return {
        "gate": gate,
        "passed": not failing,
        "failed_rules": failing,
        "warnings": warnings,
        "rules": [o.__dict__ for o in outcomes],
        "summary": (
            f"gate '{gate}' passed"
            if not failing
            else f"gate '{gate}' FAILED: " + "; ".join(_why(o) for o in outcomes if o.name in failing)
        ),
    }


def _why(o: RuleOutcome) -> str:
    """'min_accuracy_share (observed 0.815, needs >= 0.9)', 'min_label_recall (observed 0.1154 of
    openai-moderation/safe, needs >= 0.3)' or 'no_residual_pii (unexpected 1)'. Four significant
    digits: the exact values stay in decision.json."""
    if o.threshold:
        needs = " and ".join(
            f"{op} {_short(o.threshold[k])}"
            for k, op in (("min", ">="), ("max", "<="))
            if o.threshold[k] is not None
        )
        of = f" of {o.subject}" if o.subject else ""
        return f"{o.name} (observed {_short(o.observed)}{of}, needs {needs})"
    return f"{o.name} (unexpected {o.unexpected_count if o.unexpected_count is not None else o.observed})"


def _short(value: Any) -> str:
    return f"{value:.4g}" if isinstance(value, float) else str(value)


def validate(
    gate: str, df, rules: list[Rule], docs_dir: Path, run_name: str | None = None
) -> list[RuleOutcome]:
    """Run the rules as one GE suite over df. Writes, under docs_dir, GE's Data Docs (`data_docs/`,
    the validation named `run_name`, e.g. the recipe and gate, and its data asset named; pages that
    open offline, see data_docs.py) and GE's stored suite and result (`ge_store/`, from which
    `build_site` makes one site for a whole run)."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    import great_expectations as gx
    from great_expectations.core.run_identifier import RunIdentifier

    project = Path(docs_dir) / ".gx_project"
    shutil.rmtree(project, ignore_errors=True)
    ctx = _context(project)
    batch_def = (
        ctx.data_sources.add_pandas("reasonrl")
        .add_dataframe_asset(gate)
        .add_batch_definition_whole_dataframe("all")
    )
    suite = ctx.suites.add(gx.ExpectationSuite(name=f"{gate}_gate"))
    for rule in rules:
        suite.add_expectation(rule.expectation)
    vd = ctx.validation_definitions.add(
        gx.ValidationDefinition(name=f"{gate}_validation", data=batch_def, suite=suite)
    )
    checkpoint = ctx.checkpoints.add(
        gx.Checkpoint(
            name=f"{gate}_checkpoint",
            validation_definitions=[vd],
            actions=[],
            result_format={"result_format": "SUMMARY", "partial_unexpected_count": 3},
        )
    )
    result = checkpoint.run(
        batch_parameters={"dataframe": df}, run_id=RunIdentifier(run_name=run_name or f"{gate} gate")
    )
    key, validation = next(iter(result.run_results.items()))
    # GE's fluent data sources leave the asset out of the batch spec, so Data Docs print "Data asset:
    # None" (great_expectations/render/renderer/site_builder.py); name it on the stored result
    validation.meta.setdefault("batch_spec", {})["data_asset_name"] = f"{gate} gate input ({len(df)} rows)"
    ctx.validation_results_store.set(key, validation)
    ctx.build_data_docs()
    outcomes = [_outcome(rule, res) for rule, res in _pair(rules, validation.results)]
    site = project / "gx" / "uncommitted" / "data_docs" / "local_site"
    if site.exists():
        shutil.copytree(site, Path(docs_dir) / "data_docs", dirs_exist_ok=True)
        data_docs.localize(Path(docs_dir) / "data_docs")  # pages that open offline
    for part in STORE_PARTS:
        if (project / "gx" / part).exists():
            shutil.copytree(project / "gx" / part, Path(docs_dir) / "ge_store" / part, dirs_exist_ok=True)
    shutil.rmtree(project, ignore_errors=True)
    return outcomes


STORE_PARTS = ("expectations", "uncommitted/validations")  # what a GE file store keeps of a validation


def _context(project: Path):
    import great_expectations as gx
    from great_expectations.data_context.types.base import ProgressBarsConfig

    ctx = gx.get_context(mode="file", project_root_dir=str(project))
    ctx.variables.progress_bars = ProgressBarsConfig(globally=False)
    return ctx


def _pair(rules: list[Rule], results) -> list[tuple[Rule, Any]]:
    by_type: dict[str, list] = {}
    for res in results:
        by_type.setdefault(res.expectation_config.type, []).append(res)
    return [
        (rule, by_type[rule.expectation.expectation_type].pop(0)) for rule in rules
    ]  # GE keeps suite order per type


def _outcome(rule: Rule, res) -> RuleOutcome:
    examples = [redact_pii(str(x))[:160] for x in (res.result.get("partial_unexpected_list") or [])]
    bounds = {k: _plain(getattr(rule.expectation, f"{k}_value", None)) for k in ("min", "max")}
    kwargs = {
        k: v for k, v in res.expectation_config.kwargs.items() if k not in ("batch_id", "result_format")
    }
    expects = (
        f"{rule.expectation.expectation_type}("
        + ", ".join(f"{k}={_plain(v)}" for k, v in kwargs.items())[:200]
        + ")"
    )
    observed = _plain(res.result.get("observed_value"))
    if observed is None:  # a per-row rule: what it observed is how many rows broke it
        observed = res.result.get("unexpected_count")
    return RuleOutcome(
        rule.name,
        bool(res.success),
        rule.warn_only,
        observed,
        res.result.get("unexpected_count"),
        examples,
        bounds if any(v is not None for v in bounds.values()) else None,
        expects,
        rule.subject,
    )


def build_site(stores: list[Path], out: Path) -> Path:
    """One GE Data Docs site for every gate of a run, from the `ge_store/` each gate wrote (a gate
    runs in its own pod, so each has its own store). Returns the site's index.html."""
    os.environ.setdefault("GX_ANALYTICS_ENABLED", "False")
    project = Path(out) / ".gx_project"
    shutil.rmtree(project, ignore_errors=True)
    ctx = _context(project)
    for store in stores:
        for part in STORE_PARTS:
            if (Path(store) / part).exists():
                shutil.copytree(Path(store) / part, project / "gx" / part, dirs_exist_ok=True)
    ctx.build_data_docs()
    site = Path(out) / "data_docs"
    shutil.copytree(project / "gx" / "uncommitted" / "data_docs" / "local_site", site, dirs_exist_ok=True)
    data_docs.localize(site)
    shutil.rmtree(project, ignore_errors=True)
    return site / "index.html"


def _plain(value: Any) -> Any:
    """GE returns numpy scalars; decisions must be JSON."""
    return value.item() if hasattr(value, "item") else value
