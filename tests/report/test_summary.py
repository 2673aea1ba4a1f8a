"""The run summary a person reads: Markdown for terminals, and the same as real HTML (headings,
tables, no remote assets), including the moderation table when evaluations carry one."""

from __future__ import annotations

import re

from reasonrl.config.models import Recipe
from reasonrl.report.summary import to_html, to_markdown


def _moderation(f1: float, tokens: float) -> dict:
    block = {
        "macro_f1": f1,
        "macro_f1_ci95": (f1 - 0.1, f1 + 0.1),
        "fpr": 0.2,
        "unparseable": 0.05,
        "tokens_median": tokens,
        "tokens_p90": tokens * 2,
        "served_macro_f1": f1 + 0.05,
        "served_fpr": 0.1,
    }
    return {
        "policy": {"name": "hate-speech", "version": 1, "sha256": "0" * 64},
        "overall": block,
        "by_held_out": {"iid": block, "language": {**block, "macro_f1": f1 / 2}},
        "by_language": {"ar": {**block, "macro_f1": f1 / 2}, "en": block},
    }


def _found() -> dict:
    evals = {
        label: {
            "pass_at_1": p,
            "pass_at_1_ci95": (p - 0.1, p + 0.1),
            "k": 1,
            "mean_tokens": t,
            "accuracy_per_1k_tokens": p / t * 1000,
            "truncation_rate": 0.0,
            "moderation": _moderation(p, t),
            "policy_flip": {"affected_allowed_after_edit": 0.5, "unaffected_stable": 0.9},
        }
        for label, p, t in (
            ("base", 0.2, 40.0),
            ("sft", 0.6, 12.0),
            ("policy", 0.5, 30.0),
            ("student", 0.48, 20.0),
        )
    }
    return {
        "stages": [{"stage": "ingest", "kind": "dataset", "counts": {"records": 10}}],
        "evals": evals,
        "gates": {"data": {"passed": True, "summary": "gate 'data' passed"}},
        "filter": None,
        "rm": None,
        "registration": {"model_name": "m", "version": "3", "tracking_uri": "sqlite:///x.db"},
        "promotion": {"promote": True, "reason": "no current champion"},
    }


def test_the_summary_renders_as_html_with_tables_and_no_remote_assets():
    md = to_markdown(Recipe(), "run-1", _found())
    page = to_html(md)
    assert "<h1>" in page and page.count("<table>") >= 3 and "<th>model</th>" in page
    assert not re.search(r"(src|href)=['\"]https?://", page) and "<script" not in page
    assert (
        "the distilled student" in md and "| sft | 0.60 [0.50, 0.70]" in md
    )  # the SFT baseline in the table
    row = next(line for line in md.splitlines() if line.startswith("| student | 0.48 ["))
    assert "| 0.53 / 0.10 | 0.20 |" in row  # what is served (at the validation threshold) beside the answer
    assert row.endswith("| 0.50 / 0.90 |")  # policy-flip: followed / stable
    assert "| base | 0.10 / 0.20 | 0.20 / 0.20 |" in md  # F1 / FPR per language, ar first
