"""The run report in a real browser with no network, as a reviewer in an air-gapped compliance
setting opens it: headless Chromium (Debian's, installed by `make test` where it can be) driven
by Playwright. Nothing is fetched, the gate verdicts and values are on screen, the wrong-answer
filter works, and a full-page screenshot is written (REASONRL_SCREENSHOTS keeps it)."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from reasonrl.compliance.gate import RuleOutcome, decide
from reasonrl.config.models import Recipe
from reasonrl.report.gate_page import gate_html
from reasonrl.report.run_report import write_run_report
from reasonrl.report.training import write_training_report
from tests.report.test_plots import _history

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]  # as root (CI), and quiet on a closed network


def _run(tmp: Path) -> dict:
    """A run's findings with real pages behind them: a failed student gate, two evaluations."""
    gates, gate_dirs = {}, {}
    for name, outcomes in (
        ("data", [RuleOutcome("no_residual_pii", True, False, None, 0, [])]),
        (
            "student",
            [
                RuleOutcome(
                    "min_accuracy_share",
                    False,
                    False,
                    0.815,
                    None,
                    [],
                    {"min": 0.9, "max": None},
                    "expect_column_min_to_be_between",
                )
            ],
        ),
    ):
        d = {**decide(name, outcomes), "rows_checked": 1}
        gate_dirs[name] = tmp / f"gate-{name}"
        gate_dirs[name].mkdir()
        (gate_dirs[name] / "gate.html").write_text(gate_html(d, f"demo gate:{name}"))
        gates[name] = d
    evals, eval_dirs = {}, {}
    for label, right in (("policy", 6), ("student", 4)):
        eval_dirs[label] = tmp / f"eval-{label}"
        eval_dirs[label].mkdir()
        samples = [
            {
                "id": f"p{i}",
                "question": f"{i}+1",
                "gold": str(i + 1),
                "answer": str(i + 1 if i < right else 0),
                "completion": "<answer>x</answer>",
                "correct": float(i < right),
                "tokens": 9,
            }
            for i in range(8)
        ]
        (eval_dirs[label] / "samples.jsonl").write_text("".join(json.dumps(s) + "\n" for s in samples))
        evals[label] = {"pass_at_1": right / 8, "pass_at_1_ci95": [0.2, 0.9], "k": 1, "mean_tokens": 9.0}
    rl = tmp / "rl"
    rl.mkdir()
    report = write_training_report(rl, _history())
    return {
        "stages": [],
        "gates": gates,
        "gate_dirs": {k: str(v) for k, v in gate_dirs.items()},
        "evals": evals,
        "eval_dirs": {k: str(v) for k, v in eval_dirs.items()},
        "rl": {"dir": str(rl), "report": report},
        "registration": None,
        "promotion": None,
        "run_dir": str(tmp),
    }


@pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (make test installs Debian's when root)"
)
def test_the_report_opens_offline_in_chromium_and_its_filter_works(tmp_path):
    from playwright.sync_api import sync_playwright

    path = write_run_report(Recipe(name="demo"), "demo-1", _run(tmp_path), tmp_path / "report")
    fetched = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.route(
            "**/*",
            lambda route: (
                route.continue_()
                if route.request.url.startswith(("file:", "data:"))
                else (fetched.append(route.request.url), route.abort())
            ),
        )
        page.goto(path.as_uri())
        body = page.inner_text("body")
        assert "stopped at the student gate" in body and "0.8150" in body and "≥ 0.9" in body
        shown = page.locator("details[open] tr.right")  # the student's table is open, the teacher's folded
        assert shown.count() == 4 and shown.first.is_visible()
        assert all(page.evaluate("[...document.images].map(i => i.naturalWidth > 0)"))  # plots render
        page.check("#wrong-only")
        assert not shown.first.is_visible()
        assert page.locator("details[open] tr.wrong:visible").count() == 4
        shot = Path(os.environ.get("REASONRL_SCREENSHOTS", tmp_path)) / "run_report.png"
        shot.parent.mkdir(parents=True, exist_ok=True)
        page.uncheck("#wrong-only")
        page.screenshot(path=str(shot), full_page=True)
        height = page.evaluate("document.body.scrollHeight")
        browser.close()
    assert fetched == []
    assert shot.stat().st_size > 50_000 and height > 1500
