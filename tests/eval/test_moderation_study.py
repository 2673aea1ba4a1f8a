"""The moderation study's paired comparison (benchmarks/moderation_study.py): the macro-F1
difference on the same items with a paired bootstrap, and its markdown table."""

import importlib.util
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "moderation_study", Path(__file__).parents[2] / "benchmarks/moderation_study.py"
)
study = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(study)


def _samples(pred):
    return [
        {"id": str(i), "completion": f"<answer>{p}</answer>" if p else "nothing"} for i, p in enumerate(pred)
    ]


def test_paired_bootstrap_finds_a_real_difference_and_not_a_fake_one():
    gold = ["hateful", "non-hateful"] * 40
    records = {str(i): {"id": str(i), "answer": g} for i, g in enumerate(gold)}
    right = _samples(gold)
    constant = _samples(["hateful"] * len(gold))
    better = study.paired_bootstrap(records, right, constant, rounds=300)
    assert better["diff"] > 0.5 and better["p"] < 0.01 and better["ci95"][0] > 0 and better["n"] == 80
    same = study.paired_bootstrap(records, constant, constant, rounds=300)
    assert same["diff"] == 0.0 and same["p"] == 1.0  # no difference is never significant
    noisy = [g if i % 2 else ("non-hateful" if g == "hateful" else "hateful") for i, g in enumerate(gold)]
    assert study.paired_bootstrap(records, _samples(noisy), right, rounds=300)["p"] > 0.99  # worse than SFT


def test_the_study_resamples_whole_templates():
    """A gain on the 30 items of one template (of 11) is significant counted by items and not by
    templates: the study reads each record's template."""
    gold = ["hateful", "non-hateful"] * 40
    wrong = {"hateful": "non-hateful", "non-hateful": "hateful"}
    ref = [wrong[g] if i < 30 or i % 5 == 0 else g for i, g in enumerate(gold)]
    a = [g if i < 30 else r for i, (g, r) in enumerate(zip(gold, ref, strict=True))]
    plain = {str(i): {"id": str(i), "answer": g} for i, g in enumerate(gold)}
    templated = {
        k: {**r, "template": "t0" if int(k) < 30 else f"t{1 + int(k) % 10}"} for k, r in plain.items()
    }
    by_items = study.paired_bootstrap(plain, _samples(a), _samples(ref), rounds=400)
    by_templates = study.paired_bootstrap(templated, _samples(a), _samples(ref), rounds=400)
    assert by_items["diff"] == by_templates["diff"] > 0.2
    assert by_items["p"] < 0.01 and by_templates["p"] > 0.05


def test_the_markdown_table_names_every_model_set_and_comparison():
    block = {
        "macro_f1": 0.5,
        "macro_f1_ci95": [0.4, 0.6],
        "auprc": 0.55,
        "auprc_ci95": [0.5, 0.6],
        "fpr": 0.2,
        "recall/hateful": 0.7,
        "recall/non-hateful": 0.3,
        "unparseable": 0.1,
        "tokens_median": 20.0,
        "tokens_p90": 40.0,
    }
    result = {
        "base_model": "embedded:x",
        "eval_items": 64,
        "seconds": 600,
        "machine": "2 CPU cores",
        "base": {"overall": block},
        "budgets": [
            {
                "labels": 16,
                "steps": 2,
                "models": {"sft": {"overall": block}, "rl_base": {"overall": block}},
                "vs_sft": {"rl_base": {"overall": {"diff": 0.1, "ci95": [0.0, 0.2], "p": 0.04}}},
                "curves": {"rl_base": {"reward_mean": [0.1, 0.2], "step_s_median": 90.0}},
            }
        ],
    }
    md = study.markdown(result)
    assert "## 16 labels (2 RL steps)" in md and "| rl_base | overall | 0.500 [0.400, 0.600]" in md
    assert "0.100 [0.000, 0.200], p=0.040" in md and "rl_base reward per step: 0.10 0.20" in md


def test_a_variant_the_guard_stopped_is_a_result(tmp_path):
    """A run the stability guard gave up on is read from its event log (not rerun, not a crash of
    the study) and reported with its refused steps; budgets an earlier run wrote are kept."""
    import json

    run = tmp_path / "rl_sft"
    run.mkdir()
    assert study._stopped(run) is None
    events = [
        {"step": 4, "reason": "label_collapse (one label in 98% ...)", "rolled_back_to": 0, "lr_scale": 0.5},
        {"step": 5, "reason": "reward_collapse (0.03 < 0.50 x best 0.2)", "rolled_back_to": None},
    ]
    (run / "guard_events.json").write_text(json.dumps(events))
    (run / "rejected_steps.jsonl").write_text(
        json.dumps(
            {
                "step": 4,
                "guard_reason": events[0]["reason"],
                "reward_mean": 0.17,
                "labels/max_share": 0.98,
                "lr": 2e-5,
            }
        )
    )
    assert study._stopped(run).startswith("2 guard events, last: reward_collapse")
    curve = study._curve(run)
    assert curve["reward_mean"] == [] and curve["rejected"][0]["guard_reason"].startswith("label_collapse")
    result = {"base_model": "m", "recipe": "r", "overrides": [], "eval_items": 8}
    earlier = tmp_path / "study.json"
    earlier.write_text(json.dumps({**result, "budgets": [{"labels": 16}, {"labels": 96}]}))
    assert study._kept_budgets(earlier, result, [96]) == [{"labels": 16}]
    assert (
        study._kept_budgets(earlier, {**result, "eval_items": 48}, [96]) == []
    )  # another study: nothing kept


def test_every_rl_variant_spends_the_same_labels_and_differs_only_in_start_or_objective():
    from reasonrl.config import load_recipe

    recipe = load_recipe(str(study.RECIPE), ["model_registry.track_training=false", "rl.sft_weight=2"])
    runs = study.variant_recipes(recipe, 96, sft_weight=0.5)
    assert set(runs) == {"rl_base", "rl_sft", "rl_joint"}
    assert {(r.rl.labels, r.rl.steps) for r, _ in runs.values()} == {(96, 96 // recipe.rl.prompts_per_step)}
    assert [(r.rl.init, r.rl.sft_weight, from_sft) for r, from_sft in runs.values()] == [
        ("base", 0.0, False),
        ("sft", 0.0, True),
        ("base", 0.5, False),
    ]
    with pytest.raises(ValueError, match="must be > 0"):
        study.variant_recipes(recipe, 96, sft_weight=0.0)
