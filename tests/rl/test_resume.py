"""A run killed with SIGKILL mid-training and resumed ends where the uninterrupted run ends."""

import json
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import torch
from safetensors.torch import load_file

from reasonrl.config import recipe_to_json
from reasonrl.stages.data import compliance_filter, ingest

TIMING = {"tokens_per_s", "completions_per_s", "time_rollout_reward_s", "time_advantage_s", "time_train_s"}


@pytest.fixture(scope="module")
def prepared(tmp_path_factory, model_cache):
    import os

    from reasonrl.config import load_recipe, localize
    from tests.conftest import TINY_RECIPE

    root = tmp_path_factory.mktemp("resume")
    os.environ["REASONRL_TEST_OUT"] = str(root / "out")
    recipe = localize(load_recipe(TINY_RECIPE, ["rl.steps=6", "rl.checkpoint_every=1"]))
    ingest(recipe, root / "raw")
    compliance_filter(recipe, root / "raw", root / "data")
    (root / "recipe.json").write_text(recipe_to_json(recipe))
    return root


def _cmd(root: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "reasonrl",
        "rl-train",
        "--recipe-json",
        str(root / "recipe.json"),
        "--data",
        str(root / "data"),
        "--out",
        str(out),
        "--no-progress",
    ]


def _history(out: Path) -> list[dict]:
    rows = [json.loads(line) for line in (out / "metrics.jsonl").read_text().splitlines()]
    return [{k: v for k, v in r.items() if k not in TIMING and not k.startswith("time_")} for r in rows]


def test_sigkill_then_resume_matches_uninterrupted(prepared):
    straight = prepared / "straight"
    subprocess.run(_cmd(prepared, straight), check=True, capture_output=True)

    killed = prepared / "killed"
    proc = subprocess.Popen(_cmd(prepared, killed), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 120
    while not (killed / "checkpoints" / "step-000003").exists():
        assert proc.poll() is None and time.monotonic() < deadline, "run ended before it could be killed"
        time.sleep(0.05)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    assert not (killed / "model").exists()  # it really died mid-training
    resumed = subprocess.run(_cmd(prepared, killed), capture_output=True, text=True)
    assert resumed.returncode == 0, resumed.stderr[-3000:]
    assert json.loads((killed / "report.json").read_text())["steps"] == 6

    a, b = (
        load_file(straight / "model" / "model.safetensors"),
        load_file(killed / "model" / "model.safetensors"),
    )
    assert a.keys() == b.keys() and all(torch.equal(a[k], b[k]) for k in a)
    assert _history(straight) == _history(killed)


def test_latest_survives_a_marker_killed_mid_write(tmp_path):
    """`latest` names the newest checkpoint; a marker left empty or naming a half-written directory
    (a kill between truncate and write, or mid-save) falls back to the newest complete one, and
    saving replaces the marker rather than rewriting it in place."""
    from reasonrl.rl import checkpoint

    for step in (2, 3):
        (tmp_path / f"step-{step:06d}").mkdir()
        torch.save({"step": step}, tmp_path / f"step-{step:06d}" / "state.pt")
    (tmp_path / "step-000004").mkdir()  # no state.pt: never completed
    marker = tmp_path / checkpoint.LATEST
    marker.write_text("step-000002")
    assert checkpoint.latest(tmp_path) == tmp_path / "step-000002"  # the marker is believed
    for broken in ("", "step-000004", "step-000009"):
        marker.write_text(broken)
        assert checkpoint.latest(tmp_path) == tmp_path / "step-000003"
    marker.unlink()
    assert checkpoint.latest(tmp_path) == tmp_path / "step-000003"
    assert checkpoint.latest(tmp_path / "nothing") is None
