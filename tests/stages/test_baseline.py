"""The SFT baseline at equal labels: trained on exactly the labelled prompts RL may spend (chosen
before either trains), evaluated like the policy; RL can start from its weights (rl.init: sft);
refused for a task without gold completions; skipped (and recorded) when disabled."""

from __future__ import annotations

import json

import pytest

from reasonrl.config.models import Recipe
from reasonrl.errors import ConfigError, DataError
from reasonrl.io import read_jsonl, write_jsonl
from reasonrl.stages.baseline import sft_baseline
from reasonrl.tasks.moderation_data import hatecheck_records, held_out
from tests.conftest import SHARED


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    recs = [r for r in hatecheck_records(SHARED / "data", languages=["en", "zh"])][::150]
    for r in recs:
        r.update(kind="prompt", task="moderation", source="hatecheck", licence="CC-BY-4.0")
        r["split"] = held_out(r, 0.3, 0, unseen_language="zh", validation_fraction=0.2)[0]
    d = tmp_path_factory.mktemp("mod-data")
    write_jsonl(d / "records.jsonl", recs)
    (d / "manifest.json").write_text(json.dumps({"sha256": "test"}))
    return d


def _recipe(enabled=True, **rl):
    return Recipe.model_validate(
        {
            "task": "moderation",
            "model": {"base": "embedded:tiny-test"},
            "rl": {"labels": 6, "sampler": {"balance_by": "answer"}, **rl},
            "sft_baseline": {"enabled": enabled, "epochs": 3, "batch_size": 4, "lr": 3e-3},
            "eval": {"samples": 1, "sampling": {"temperature": 0, "max_new_tokens": 8}, "limit": 6},
        }
    )


def test_sft_trains_on_exactly_the_labels_rl_may_spend_and_is_evaluated_like_the_policy(
    data_dir, tmp_path, model_cache
):
    from collections import Counter

    from reasonrl.stages.common import labelled_prompts

    report = sft_baseline(_recipe(), data_dir, tmp_path / "sft", progress=False)
    assert report["labelled_prompts"] == 6 and report["final_loss"] < report["first_loss"]
    labelled = labelled_prompts(_recipe(), data_dir)
    assert json.loads((tmp_path / "sft" / "labels.json").read_text()) == [r["id"] for r in labelled]
    assert all(r["split"] == "train" for r in labelled) and set(
        Counter(r["answer"] for r in labelled).values()
    ) == {3}
    metrics = json.loads((tmp_path / "sft" / "evaluation" / "metrics.json").read_text())
    assert metrics["label"] == "sft" and metrics["n_prompts"] == 6 and "moderation" in metrics
    manifest = json.loads((tmp_path / "sft" / "manifest.json").read_text())
    assert manifest["stage"] == "sft_baseline" and set(manifest["upstream"]) == {"data"}
    assert (tmp_path / "sft" / "model" / "config.json").exists()


def test_rl_from_sft_starts_from_the_baseline_weights_on_the_same_labels(data_dir, tmp_path, model_cache):
    """rl.init: sft loads the SFT baseline (not the base model); its prompts are the SFT's labels."""
    import torch

    from reasonrl.modeling import load_causal_lm
    from reasonrl.stages.train import rl_train

    recipe = _recipe(
        init="sft",
        steps=1,
        prompts_per_step=2,
        group_size=2,
        lr=1e-9,
        micro_batch_size=4,
        rewards=[{"name": "policy_label"}],
        guard={"enabled": False},
    )
    recipe = recipe.model_copy(update={"sampling": recipe.sampling.model_copy(update={"max_new_tokens": 4})})
    sft_baseline(recipe, data_dir, tmp_path / "sft", progress=False)
    rl_train(recipe, data_dir, tmp_path / "rl", progress=False, init_in=tmp_path / "sft")
    get = lambda ref: dict(load_causal_lm(ref)[0].named_parameters())  # noqa: E731
    base, sft, rl = (
        get("embedded:tiny-test"),
        get(str(tmp_path / "sft" / "model")),
        get(str(tmp_path / "rl" / "model")),
    )
    name = next(n for n in sft if not torch.equal(sft[n], base[n]))
    assert torch.allclose(rl[name], sft[name], atol=1e-6) and not torch.allclose(
        rl[name], base[name], atol=1e-6
    )
    labels = set(json.loads((tmp_path / "sft" / "labels.json").read_text()))
    assert set(json.loads((tmp_path / "rl" / "prompts_used.json").read_text())) <= labels
    manifest = json.loads((tmp_path / "rl" / "manifest.json").read_text())
    assert manifest["init"] == "sft" and "init" in manifest["upstream"] and manifest["labels"] == 6
    with pytest.raises(DataError, match="rl.init is sft but there is no SFT model") as err:
        rl_train(recipe, data_dir, tmp_path / "rl2", progress=False)
    assert "--init" in err.value.hint and "rl.init=base" in err.value.hint  # both ways forward
    with pytest.raises(ValueError, match="set sft_baseline.enabled"):
        _recipe(enabled=False, init="sft")


def test_the_gold_completion_names_label_and_rules_and_ends_the_turn(data_dir, model_cache):
    from reasonrl import tasks
    from reasonrl.distill.sft import gold_examples
    from reasonrl.modeling import load_causal_lm

    _, tok = load_causal_lm("embedded:tiny-test")
    rec = next(r for r in read_jsonl(data_dir / "records.jsonl") if r["answer"] == "hateful")
    ((prompt, completion),) = gold_examples([rec], tasks.get("moderation"), tok)
    text = tok.decode(completion[:-1])
    assert (
        text.endswith(f"<answer>hateful: {rec['category']}</answer>") and completion[-1] == tok.eos_token_id
    )
    assert tasks.get("moderation").grade(text, "hateful") == 1.0
    assert rec["question"] in tok.decode(prompt)


def test_refused_without_gold_completions_and_recorded_when_off(data_dir, tmp_path):
    from reasonrl import tasks
    from reasonrl.distill.sft import gold_examples

    with pytest.raises(ConfigError, match="task 'arithmetic' has no gold completion"):
        gold_examples([], tasks.get("arithmetic"), None)
    off = sft_baseline(_recipe(enabled=False), data_dir, tmp_path / "c", progress=False)
    assert off["skipped"] and json.loads((tmp_path / "c" / "manifest.json").read_text())["kind"] == "skipped"


def test_the_score_threshold_is_chosen_on_the_validation_split(data_dir, tmp_path, model_cache):
    from reasonrl.stages.train import evaluate

    recipe = _recipe().model_copy(update={"eval": _recipe().eval.model_copy(update={"validation_limit": 6})})
    metrics = evaluate(recipe, data_dir, tmp_path / "eval", "embedded:tiny-test", "base", progress=False)
    chosen = metrics["threshold_selection"]
    validation = {r["id"] for r in read_jsonl(data_dir / "records.jsonl") if r["split"] == "validation"}
    assert chosen["chosen_on"] == "validation" and chosen["items"] == min(6, len(validation)) >= 2
    assert metrics["moderation"]["overall"]["threshold"] == chosen["threshold"]
    assert metrics["precision"] == "float32"  # the dtype the threshold holds for (registration records it)
    tested = {s["id"] for s in read_jsonl(tmp_path / "eval" / "samples.jsonl")}
    assert (
        validation and not validation & tested
    )  # the test items were not the ones the threshold was chosen on


def test_an_sft_baseline_needs_an_explicit_label_budget():
    """Equal labels are a promise only with a budget both sides use; without one, RL draws from
    every training prompt (and a resumed run with more steps draws what the uninterrupted one did)."""
    with pytest.raises(ValueError, match="set rl.labels"):
        Recipe.model_validate({"task": "moderation", "sft_baseline": {"enabled": True}})
    assert Recipe.model_validate({"task": "moderation"}).rl.labels is None
