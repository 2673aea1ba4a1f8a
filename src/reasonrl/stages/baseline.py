"""sft_baseline: what RL bought, measured. The base model is fine-tuned on the labelled prompts
the RL run used, with the task's gold completion as the target (label-only: the data has labels,
not rationales), then evaluated exactly like the RL policy (Meta's "Scaling RL for Content
Moderation" compares RL with SFT on 10-100x more labels; here the labels are equal)."""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl import tasks
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.io import write_json, write_manifest
from reasonrl.errors import DataError
from reasonrl.rl.trainer import PROMPTS_USED
from reasonrl.stages.common import REPORT, prepare_out, upstream
from reasonrl.stages.train import MODEL, _load, _placement, _prompts, _torch_setup, evaluate

EVALUATION = "evaluation"


def rl_labelled_prompts(records: list[dict], policy_in) -> list[dict]:
    """The train records whose groups RL's updates used (rl_train writes their ids), in first-use
    order: the labels RL spent, so the comparison is at equal labels."""
    path = Path(policy_in) / PROMPTS_USED
    if not path.exists():
        raise DataError(f"no {PROMPTS_USED} in {policy_in}", hint="pass the output dir of an rl_train run")
    by_id = {r["id"]: r for r in records}
    ids = json.loads(path.read_text())
    missing = [i for i in ids if i not in by_id]
    if missing:
        raise DataError(f"{len(missing)} prompt(s) RL used are not train records of this dataset, e.g. {missing[:3]}",
                        hint="run sft_baseline on the dataset the policy was trained on")
    return [by_id[i] for i in ids]


def sft_baseline(recipe: Recipe, data_in, policy_in, out, progress: bool = True) -> dict:
    """Train (when `sft_baseline.enabled`) and evaluate the SFT baseline; its evaluation is written
    under out/evaluation with the label `sft`. Disabled, it records that it was skipped."""
    from reasonrl.distill.sft import gold_examples, sft

    out = prepare_out(out, recipe, "sft_baseline", "sft_baseline")
    cfg = recipe.sft_baseline
    if not cfg.enabled:
        report = {"skipped": True, "why": "sft_baseline.enabled is false"}
        write_json(out / REPORT, report)
        write_manifest(out, kind="skipped", stage="sft_baseline", counts={}, config_hash=config_hash(cfg))
        return report
    _torch_setup(recipe.seed)
    place = _placement(recipe)
    labelled = rl_labelled_prompts(_prompts(data_in, recipe, "train"), policy_in)
    model, tok = _load(recipe, recipe.model.base, place, trainable=True)
    examples = gold_examples(labelled, tasks.get(recipe.task), tok)
    with place.autocast():
        losses = sft(model, tok, examples, cfg, recipe.seed, progress, desc="sft baseline")
    model.save_pretrained(out / MODEL)
    tok.save_pretrained(out / MODEL)
    del model
    report = {"labelled_prompts": len(labelled), "epochs": cfg.epochs, "first_loss": losses[0],
              "final_loss": losses[-1]}
    write_json(out / REPORT, report)
    write_manifest(out, kind="model", stage="sft_baseline", counts={"labelled_prompts": len(labelled)},
                   upstream=upstream(data=data_in, policy=policy_in), config_hash=config_hash(cfg),
                   extra={"base_model": recipe.model.base, "target": "label-only"})
    metrics = evaluate(recipe, data_in, Path(out) / EVALUATION, str(out), "sft", progress)
    return {**report, "evaluation": {k: v for k, v in metrics.items() if isinstance(v, (int, float))}}
