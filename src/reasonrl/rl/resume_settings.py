"""What a checkpoint is bound to: the rl settings it was written with. A resume under other
settings would train one run under two configs and report it as one, so it is refused, naming each
setting that changed; the settings a resume may change (how long to train, how often to save, the
guard) are free.

Code moves on between a kill and its resume: a setting added since (at any depth: a field of
`sampling` or of a reward term too) is read at its default, which keeps the old behaviour, and one
the code has dropped is not compared, so an upgrade alone does not orphan a run's checkpoints.
"""

from __future__ import annotations

from pydantic import ValidationError

from reasonrl.config.loader import canonical_hash

NEUTRAL = frozenset({"steps", "checkpoint_every", "keep_checkpoints", "resume", "guard"})
# Checkpoints written by code up to aaaf226 store only a hash of their settings (`fingerprint`),
# taken before these fields existed: at their defaults they are left out to compare.
ADDED_SINCE_HASH = ("sft_context", "sft_weighting")


def bound(cfg) -> dict:
    """The settings a checkpoint stores: cfg (an RLRun) as JSON, less the NEUTRAL fields."""
    return {k: v for k, v in cfg.model_dump(mode="json").items() if k not in NEUTRAL}


def changed(extra: dict, cfg) -> list[str]:
    """Each bound setting of cfg whose value differs from the one a checkpoint (its state's
    `extra`) was written with, as "name: old -> new"; [] when the resume may go on."""
    saved = extra.get("settings")
    if saved is None:
        return (
            []
            if extra.get("fingerprint") in _hashes(cfg)
            else ["(an older checkpoint: its settings hash differs)"]
        )
    then = _as_now(saved, cfg)
    if isinstance(then, str):
        return [then]
    return [f"{k}: {then.get(k)!r} -> {v!r}" for k, v in bound(cfg).items() if then.get(k) != v]


def _as_now(saved: dict, cfg) -> dict | str:
    """The saved settings read by today's code: fields dropped since removed at any depth (the
    configs forbid unknown fields, so the validator names them), fields added since filled with their
    defaults; or why they no longer validate."""
    data = {**saved, **cfg.model_dump(mode="json", include=set(NEUTRAL))}
    for _ in range(64):  # each round removes at least one dropped field
        try:
            return bound(type(cfg).model_validate(data))
        except ValidationError as err:
            dropped = [e["loc"] for e in err.errors() if e["type"] == "extra_forbidden"]
            if len(dropped) < len(err.errors()):
                return f"(the checkpoint's settings no longer validate: {err.errors()[0]['msg']})"
            for loc in dropped:
                _remove(data, loc)
    return "(the checkpoint's settings could not be read)"


def _remove(data, loc: tuple) -> None:
    for key in loc[:-1]:
        data = data[key]
    data.pop(loc[-1], None)


def _hashes(cfg) -> set[str]:
    """The hash-only checkpoints' fingerprint of cfg (lineage's config_hash with NEUTRAL set to
    None), as written before and, with ADDED_SINCE_HASH at their defaults left out, after."""
    dump = cfg.model_dump(mode="json")
    dump.update(dict.fromkeys(NEUTRAL))
    defaults = type(cfg).model_construct().model_dump(mode="json")
    older = {k: v for k, v in dump.items() if not (k in ADDED_SINCE_HASH and v == defaults.get(k))}
    return {canonical_hash(dump), canonical_hash(older)}
