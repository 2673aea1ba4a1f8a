from pathlib import Path

import yaml

from reasonrl.orchestration.local import COMPILED, compile_pipeline


def test_compiled_pipeline_is_current(tmp_path):
    """Fails when pipelines/compiled/reasonrl.yaml is stale: run `reasonrl compile` and commit it."""
    fresh = compile_pipeline(tmp_path / "p.yaml").read_text()
    assert COMPILED.exists(), "run `reasonrl compile`"
    assert fresh == COMPILED.read_text(), "pipelines/compiled/reasonrl.yaml is out of date: run `reasonrl compile`"


def test_every_gate_guards_what_follows():
    spec = yaml.safe_load(Path(COMPILED).read_text())
    comps = spec["components"]
    conditions = {name: comp["dag"]["tasks"] for name, comp in comps.items() if name.startswith("comp-condition")}
    assert len(conditions) == 4  # data, reward model, policy, student
    top = spec["root"]["dag"]["tasks"]
    assert set(top) == {"ingest", "compliance-filter", "data-gate", "condition-1"}
    assert "rl-train" in conditions["comp-condition-2"] and "register" in conditions["comp-condition-4"]
    triggers = [t["triggerPolicy"]["condition"] for c in [top, *conditions.values()] for t in c.values() if "triggerPolicy" in t]
    assert len(triggers) == 4 and all("gate" in t and "Output" in t for t in triggers)


def _tasks() -> dict:
    spec = yaml.safe_load(Path(COMPILED).read_text())
    dags = [spec["root"]["dag"]] + [c["dag"] for c in spec["components"].values() if "dag" in c]
    return {name: t for d in dags for name, t in d["tasks"].items() if not name.startswith("condition")}


def test_caching_and_retries_are_deliberate():
    """A cache hit must never skip training, reading new data or a registry change; what a lost
    pod can fail is retried (training resumes from its checkpoint; registration is idempotent)."""
    tasks = _tasks()
    never = {"ingest", "reward-model-train", "rl-train", "sft-baseline", "distill", "register", "promote"}
    for name, t in tasks.items():
        cached = t.get("cachingOptions", {}).get("enableCache", False)
        assert cached == (name not in never), name
    for name in never:
        assert tasks[name]["retryPolicy"]["maxRetryCount"] >= 2 and tasks[name]["retryPolicy"]["backoffDuration"], name
    assert not any("retryPolicy" in t for n, t in tasks.items() if "gate" in n)  # a gate's verdict is not retried away
