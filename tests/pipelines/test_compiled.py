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
