"""RL makes the embedded tiny base model better at held-out arithmetic (R1-Zero "sharpening").

From `embedded:tiny-arith` (pretrained on sums whose answers carry slips 70% of the time, so the
right answer is the mode but rarely sampled), 30 GRPO steps on the demo recipe's prompts raise
held-out pass@1 by at least 15 points. The curve is in the stage's training report and, per
step, in its MLflow run.
"""

import json
import os

import pytest

from reasonrl.config import load_recipe, localize
from reasonrl.stages.data import compliance_filter, ingest
from reasonrl.stages.train import evaluate, rl_train

pytestmark = pytest.mark.slow


def test_rl_raises_heldout_accuracy_by_15_points(tmp_path, monkeypatch):
    monkeypatch.chdir(
        os.path.dirname(os.path.dirname(os.path.dirname(__file__)))
    )  # the demo's relative paths
    recipe = localize(
        load_recipe(
            "pipelines/recipes/demo.yaml",
            [
                f"output_root={tmp_path}",
                f"model_registry.tracking_uri=sqlite:///{tmp_path}/mlflow.db",
                "rl.steps=30",
                "eval.limit=200",
                "eval.samples=4",
            ],
        )
    )
    ingest(recipe, tmp_path / "raw")
    compliance_filter(recipe, tmp_path / "raw", tmp_path / "data")
    base = evaluate(
        recipe, tmp_path / "data", tmp_path / "eval-base", recipe.model.base, "base", progress=False
    )
    report = rl_train(recipe, tmp_path / "data", tmp_path / "rl", progress=False)
    policy = evaluate(
        recipe, tmp_path / "data", tmp_path / "eval-policy", str(tmp_path / "rl"), "policy", progress=False
    )

    curve = [
        json.loads(line)["reward_mean"]
        for line in (tmp_path / "rl" / "metrics.jsonl").read_text().splitlines()
    ]
    print(
        f"held-out pass@1 {base['pass_at_1']:.3f} -> {policy['pass_at_1']:.3f}; "
        f"reward curve {[round(r, 2) for r in curve]}"
    )
    assert policy["pass_at_1"] - base["pass_at_1"] >= 0.15
    assert sum(curve[-5:]) / 5 > sum(curve[:5]) / 5
    assert (tmp_path / "rl" / "training_curves.png").stat().st_size > 1000
    assert "| reward_mean |" in (tmp_path / "rl" / "training_report.md").read_text()

    from mlflow import MlflowClient

    history = MlflowClient(recipe.model_registry.tracking_uri).get_metric_history(
        report["mlflow_run_id"], "reward_mean"
    )
    assert [m.step for m in history] == list(range(1, 31))
    assert [m.value for m in history] == pytest.approx(curve)
