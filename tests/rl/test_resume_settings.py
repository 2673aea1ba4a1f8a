"""A resume is bound to the rl settings its checkpoint was written with: a changed setting is named
in the refusal, a setting added to the code since (at any depth) keeps its checkpoints usable at its
default, one dropped since is not compared, and the settings a resume may change are free."""

from __future__ import annotations

from reasonrl.config import config_hash
from reasonrl.config.models import RLRun
from reasonrl.rl.resume_settings import NEUTRAL, bound, changed


def _cfg(**fields) -> RLRun:
    return RLRun(group_size=2, prompts_per_step=2, **fields)


def test_a_changed_setting_is_named_with_both_values():
    cfg = _cfg(lr=1e-5)
    assert changed({"settings": bound(cfg)}, cfg) == []
    now = cfg.model_copy(update={"lr": 2e-5, "steps": 99, "checkpoint_every": 7})
    assert changed({"settings": bound(cfg)}, now) == ["lr: 1e-05 -> 2e-05"]
    terms = [{"name": "policy_label", "weight": 1.0}]
    nested = _cfg(rewards=terms)
    moved = _cfg(rewards=[{**terms[0], "weight": 0.5}])
    assert changed({"settings": bound(nested)}, moved) == [
        f"rewards: {bound(nested)['rewards']!r} -> {bound(moved)['rewards']!r}"
    ]


def test_a_setting_added_since_counts_only_away_from_its_default_at_any_depth():
    cfg = _cfg(rewards=[{"name": "policy_label"}])
    older = bound(cfg)
    del older["sft_context"]  # a top-level field the checkpoint predates
    del older["rewards"][0]["schedule"]  # and one inside a reward term
    assert changed({"settings": older}, cfg) == []
    rollout = cfg.model_copy(update={"sft_context": "rollout"})
    assert changed({"settings": older}, rollout) == ["sft_context: 'prompt' -> 'rollout'"]


def test_a_setting_dropped_since_is_not_compared_and_an_invalid_one_refuses():
    cfg = _cfg(rewards=[{"name": "policy_label"}])
    older = bound(cfg)
    older["a_retired_knob"] = 3
    older["rewards"][0]["retired_too"] = True
    assert changed({"settings": older}, cfg) == []
    broken = {**bound(cfg), "group_size": -1}
    (why,) = changed({"settings": broken}, cfg)
    assert why.startswith("(the checkpoint's settings no longer validate")


def test_a_checkpoint_with_only_a_hash_is_compared_by_its_hash():
    """As the previous version wrote it: config_hash with the neutral fields None, taken before
    sft_context existed (at its default it is left out), or after."""
    cfg = _cfg()
    dump = cfg.model_copy(update=dict.fromkeys(NEUTRAL)).model_dump(mode="json")
    before_field = {k: v for k, v in dump.items() if k not in ("sft_context", "sft_weighting")}
    import hashlib
    import json

    legacy = hashlib.sha256(
        json.dumps(before_field, sort_keys=True, separators=(",", ":")).encode()
    ).hexdigest()
    assert changed({"fingerprint": legacy}, cfg) == []
    assert changed({"fingerprint": config_hash(cfg.model_copy(update=dict.fromkeys(NEUTRAL)))}, cfg) == []
    assert changed({"fingerprint": legacy}, cfg.model_copy(update={"lr": 3e-4})) == [
        "(an older checkpoint: its settings hash differs)"
    ]
    assert changed({"fingerprint": legacy}, cfg.model_copy(update={"sft_context": "rollout"})) != []
