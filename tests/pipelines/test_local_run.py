"""The real pipeline through kfp.local's SubprocessRunner, on the tiny recipe."""

import json
from pathlib import Path

import pytest

from reasonrl.cli.main import main
from tests.conftest import TINY_RECIPE

pytestmark = pytest.mark.slow


def _run(tmp_path, monkeypatch, *overrides):
    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path / "out"))
    code = main(["run", str(TINY_RECIPE), *overrides])
    summary = json.loads(next((tmp_path / "out" / "runs").glob("*/summary.json")).read_text())
    return code, summary


def _tasks(summary) -> set[str]:
    return {p.name for p in Path(summary["run_dir"]).iterdir() if p.is_dir()}


def test_end_to_end_local_run_registers_and_promotes(tmp_path, monkeypatch, capsys):
    code, summary = _run(tmp_path, monkeypatch)
    out = capsys.readouterr().out
    # a quiet console: one line per stage and the summary last (the demo printed ~300 KB, this run 130 KB)
    assert len(out.encode()) < 20_000, len(out)
    assert out.rstrip().splitlines()[-1].startswith("[reasonrl] run report:") and "## Model registry" in out
    assert "executor_input" not in out and "recipe_json" not in out
    assert sum(line.startswith("  ok ") for line in out.splitlines()) == len(_tasks(summary))
    log = Path(summary["run_dir"]) / "rl-train" / "task.log"
    assert "recipe_json" in log.read_text()  # the whole task log, beside the task's outputs
    assert code == 0 and summary["completed"]
    assert summary["gates"] == {"data": True, "reward_model": True, "policy": True, "student": True}
    assert set(summary["evals"]) == {"base", "policy", "student"}
    assert summary["registration"]["version"] == "1" and summary["promotion"]["promote"] is True
    assert {"rl-train", "distill", "register", "promote"} <= _tasks(summary)
    md = (tmp_path / "out" / "runs").glob("*/summary.md")
    assert "RL changed pass@1" in next(md).read_text()
    report = next((tmp_path / "out" / "runs").glob("*/report.html")).read_text()
    tasks = json.loads(next((tmp_path / "out" / "runs").glob("*/summary.json")).read_text())["tasks"]
    assert {t["task"] for t in tasks} == _tasks(summary) and all(t["seconds"] > 0 for t in tasks)
    for t in tasks:  # each stage by name with its status and time
        assert f"<td>{t['task']}</td>" in report
    assert "data_docs/index.html" in report and report.count("evidence page") == 4


def test_failed_data_gate_stops_everything_downstream(tmp_path, monkeypatch):
    """A poisoned batch (PII, a secret, a denied licence, a GSM8K test question) reaching the gate
    because the filters were switched off: the data gate fails, nothing trains, nothing is
    registered, exit code 3."""
    code, summary = _run(tmp_path, monkeypatch, "compliance.filters=[]")
    assert code == 3 and not summary["completed"]
    assert summary["gates"] == {"data": False}
    assert _tasks(summary) == {"ingest", "compliance-filter", "data-gate"}
    decision = json.loads(next(Path(summary["run_dir"]).glob("data-gate/*/decision.json")).read_text())
    assert set(decision["failed_rules"]) == {"licence_allowed", "no_residual_pii", "no_contamination"}
    rules = {r["name"]: r for r in decision["rules"]}
    assert (
        rules["no_residual_pii"]["unexpected_count"] == 3
        and rules["no_contamination"]["unexpected_count"] == 1
    )
    assert "jane.doe" not in json.dumps(decision) and "AKIA" not in json.dumps(decision)


def test_a_stage_that_fails_says_why_in_the_last_lines(tmp_path, monkeypatch, capsys):
    """The stage's own message, repeated last, with the path of its log (not 'read the log above')."""
    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path / "out"))
    code = main(
        ["run", str(TINY_RECIPE), "compliance.decontamination.targets=[{name: x, uri: /no/such/eval.jsonl}]"]
    )
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2
    assert "stage compliance-filter failed" in err[0]
    assert "decontamination target 'x' not found: /no/such/eval.jsonl" in "\n".join(err[1:])
    log = err[-1].split("its whole log: ")[-1]
    assert err[-1].strip().startswith("hint: its whole log:") and Path(log).exists()
