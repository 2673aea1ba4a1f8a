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


def test_end_to_end_local_run_registers_and_promotes(tmp_path, monkeypatch):
    code, summary = _run(tmp_path, monkeypatch)
    assert code == 0 and summary["completed"]
    assert summary["gates"] == {"data": True, "reward_model": True, "policy": True, "student": True}
    assert set(summary["evals"]) == {"base", "policy", "student"}
    assert summary["registration"]["version"] == "1" and summary["promotion"]["promote"] is True
    assert {"rl-train", "distill", "register", "promote"} <= _tasks(summary)
    md = (tmp_path / "out" / "runs").glob("*/summary.md")
    assert "RL changed pass@1" in next(md).read_text()


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
    assert rules["no_residual_pii"]["unexpected_count"] == 3 and rules["no_contamination"]["unexpected_count"] == 1
    assert "jane.doe" not in json.dumps(decision) and "AKIA" not in json.dumps(decision)
