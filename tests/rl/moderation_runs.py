"""Shared by the moderation RL tests on the tiny model: a few real HateCheck prompts, split as the
pipeline splits them, and a short rl_train run on them."""

from __future__ import annotations

import json

from reasonrl.config.models import Recipe
from reasonrl.io import read_jsonl, write_jsonl
from reasonrl.tasks.moderation_data import hatecheck_records, held_out
from tests.conftest import SHARED


def hatecheck_prompts(every: int) -> list[dict]:
    """Every `every`-th English HateCheck case as a moderation prompt record."""
    recs = list(hatecheck_records(SHARED / "data", languages=["en"]))[::every]
    for r in recs:
        r.update(kind="prompt", task="moderation", source="hatecheck", licence="CC-BY-4.0")
        r["split"] = held_out(r, 0.3, 0, validation_fraction=0.2)[0]
    return recs


TINY_RL = {
    "prompts_per_step": 2,
    "group_size": 2,
    "sampler": {"balance_by": "answer"},
    "guard": {"enabled": False},
}


def run_tiny_moderation_rl(records: list[dict], tmp_path, **rl) -> list[dict]:
    """rl_train on the tiny model over `records`, its rl section TINY_RL updated by `rl` (4 new
    tokens, no MLflow); the per-step metrics it wrote."""
    from reasonrl.stages.train import rl_train

    data = tmp_path / "data"
    data.mkdir()
    write_jsonl(data / "records.jsonl", records)
    (data / "manifest.json").write_text(json.dumps({"sha256": "test"}))
    recipe = Recipe.model_validate(
        {
            "task": "moderation",
            "model": {"base": "embedded:tiny-test"},
            "sampling": {"max_new_tokens": 4},
            "rl": {**TINY_RL, **rl},
            "model_registry": {"track_training": False},
        }
    )
    rl_train(recipe, data, tmp_path / "rl", progress=False)
    return list(read_jsonl(tmp_path / "rl" / "metrics.jsonl"))
