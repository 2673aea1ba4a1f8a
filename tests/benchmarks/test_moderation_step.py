"""benchmarks/moderation_step.py names each arm's precision: an arm's recipe sets it, an override wins,
and the table shows both (a bf16 arm against an fp32 one must not read as a code speed-up)."""

import importlib.util
from pathlib import Path

ROOT = Path(__file__).parents[2]
SPEC = importlib.util.spec_from_file_location("moderation_step", ROOT / "benchmarks/moderation_step.py")
mod = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(mod)


def test_each_arms_precision_comes_from_its_recipe_unless_overridden(tmp_path):
    (tmp_path / "pipelines/recipes").mkdir(parents=True)
    (tmp_path / mod.RECIPE).write_text("model: {base: x}\n")
    assert mod._precision(tmp_path, []) == "auto"
    assert mod._precision(ROOT, ["rl.steps=3"]) == "bf16"  # the recipe's own choice since 3b7a8c5
    assert mod._precision(ROOT, ["model.precision=fp32"]) == "fp32"
    arm = {"median_step_s": 2.0, "completion_tokens": [3], "mean_completion_tokens": 3.0}
    result = {"before_rev": "a", "after_rev": "b", "steps": 1, "rounds": 1, "threads": 2, "ratio": 1.0}
    precision = {"before": "auto", "after": "bf16"}
    table = mod.markdown({**result, "before": arm, "after": arm, "precision": precision})
    assert "| model.precision | auto | bf16 |" in table
