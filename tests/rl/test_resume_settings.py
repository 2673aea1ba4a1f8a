"""A resume is bound to the rl settings its checkpoint was written with: a changed setting is named
in the refusal, a setting added to the code since keeps its checkpoints usable at its default, and
the settings a resume may change (steps, saving) are free."""

from __future__ import annotations

from reasonrl.config.models import RLRun
from reasonrl.rl.checkpoint import bound_settings, changed_settings
from reasonrl.rl.trainer import _RESUME_NEUTRAL as NEUTRAL


def _extra(cfg: RLRun) -> dict:
    return {"settings": bound_settings(cfg, NEUTRAL), "fingerprint": "f"}


def test_a_changed_setting_is_named_with_both_values():
    cfg = RLRun(group_size=2, prompts_per_step=2, lr=1e-5)
    assert changed_settings(_extra(cfg), cfg, NEUTRAL, "f") == []
    now = cfg.model_copy(update={"lr": 2e-5, "steps": 99, "checkpoint_every": 7})
    assert changed_settings(_extra(cfg), now, NEUTRAL, "f") == ["lr: 1e-05 -> 2e-05"]


def test_a_setting_the_checkpoint_predates_counts_only_away_from_its_default():
    cfg = RLRun(group_size=2, prompts_per_step=2)
    older = _extra(cfg)
    del older["settings"]["sft_context"]  # as written before the field existed
    assert changed_settings(older, cfg, NEUTRAL, "f") == []
    rollout = cfg.model_copy(update={"sft_context": "rollout"})
    assert changed_settings(older, rollout, NEUTRAL, "f") == ["sft_context: 'prompt' -> 'rollout'"]


def test_a_checkpoint_with_only_a_hash_is_compared_by_its_hash():
    cfg = RLRun(group_size=2, prompts_per_step=2)
    assert changed_settings({"fingerprint": "same"}, cfg, NEUTRAL, "same") == []
    assert changed_settings({"fingerprint": "old"}, cfg, NEUTRAL, "new") == [
        "(an older checkpoint: its settings hash differs)"
    ]
