"""The SFT baseline at equal labels: trained on exactly the prompts RL used, evaluated like the
policy; refused for a task without gold completions; skipped (and recorded) when disabled."""

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
        r["split"] = held_out(r, 0.3, 0, unseen_language="zh")[0]
    d = tmp_path_factory.mktemp("mod-data")
    write_jsonl(d / "records.jsonl", recs)
    (d / "manifest.json").write_text(json.dumps({"sha256": "test"}))
    return d


def _recipe(enabled=True):
    return Recipe.model_validate({"task": "moderation", "model": {"base": "embedded:tiny-test"},
                                  "sft_baseline": {"enabled": enabled, "epochs": 3, "batch_size": 4, "lr": 3e-3},
                                  "eval": {"samples": 1, "temperature": 0, "max_new_tokens": 8, "limit": 6}})


def _policy_dir(tmp_path, ids):
    (tmp_path / "policy").mkdir()
    (tmp_path / "policy" / "prompts_used.json").write_text(json.dumps(ids))
    return tmp_path / "policy"


def test_sft_trains_on_exactly_the_labels_rl_used_and_is_evaluated_like_the_policy(data_dir, tmp_path, model_cache):
    train = [r for r in read_jsonl(data_dir / "records.jsonl") if r["split"] == "train"]
    ids = [r["id"] for r in train[:6]]
    report = sft_baseline(_recipe(), data_dir, _policy_dir(tmp_path, ids), tmp_path / "sft", progress=False)
    assert report["labelled_prompts"] == 6 and report["final_loss"] < report["first_loss"]
    metrics = json.loads((tmp_path / "sft" / "evaluation" / "metrics.json").read_text())
    assert metrics["label"] == "sft" and metrics["n_prompts"] == 6 and "moderation" in metrics
    manifest = json.loads((tmp_path / "sft" / "manifest.json").read_text())
    assert manifest["stage"] == "sft_baseline" and set(manifest["upstream"]) == {"data", "policy"}
    assert (tmp_path / "sft" / "model" / "config.json").exists()


def test_the_gold_completion_names_label_and_rules_and_ends_the_turn(data_dir, model_cache):
    from reasonrl import tasks
    from reasonrl.distill.sft import gold_examples
    from reasonrl.modeling import load_causal_lm

    _, tok = load_causal_lm("embedded:tiny-test")
    rec = next(r for r in read_jsonl(data_dir / "records.jsonl") if r["answer"] == "hateful")
    (prompt, completion), = gold_examples([rec], tasks.get("moderation"), tok)
    text = tok.decode(completion[:-1])
    assert text.endswith(f"<answer>hateful: {rec['category']}</answer>") and completion[-1] == tok.eos_token_id
    assert tasks.get("moderation").grade(text, "hateful") == 1.0
    assert rec["question"] in tok.decode(prompt)


def test_refused_without_gold_completions_or_rl_labels_and_recorded_when_off(data_dir, tmp_path):
    with pytest.raises(DataError, match="no prompts_used.json"):
        sft_baseline(_recipe(), data_dir, tmp_path, tmp_path / "a", progress=False)
    with pytest.raises(DataError, match="not train records of this dataset"):
        sft_baseline(_recipe(), data_dir, _policy_dir(tmp_path, ["nope"]), tmp_path / "b", progress=False)
    from reasonrl import tasks
    from reasonrl.distill.sft import gold_examples

    with pytest.raises(ConfigError, match="task 'arithmetic' has no gold completion"):
        gold_examples([], tasks.get("arithmetic"), None)
    off = sft_baseline(_recipe(enabled=False), data_dir, tmp_path / "policy", tmp_path / "c", progress=False)
    assert off["skipped"] and json.loads((tmp_path / "c" / "manifest.json").read_text())["kind"] == "skipped"
