"""sft_baseline: what RL bought, measured. The base model is fine-tuned on the labelled prompts
RL may spend (the label budget, chosen before either trains: stages.common.labelled_prompts), with
the task's gold completion as the target (label-only: the data has labels, not rationales), then
evaluated exactly like the RL policy (Meta's "Scaling RL for Content Moderation" compares RL with
SFT on 10-100x more labels; here the labels are equal). It runs before rl_train, so RL can start
from its weights (rl.init: sft) on the same labels."""

from __future__ import annotations

from pathlib import Path

from reasonrl import tasks
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.io import write_json, write_manifest
from reasonrl.stages.common import (
    MODEL,
    REPORT,
    labelled_prompts,
    load_model,
    placement,
    prepare_out,
    torch_setup,
    upstream,
)
from reasonrl.stages.train import evaluate

EVALUATION, LABELS = "evaluation", "labels.json"


def sft_baseline(recipe: Recipe, data_in, out, progress: bool = True) -> dict:
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
    torch_setup(recipe.seed)
    place = placement(recipe)
    labelled = labelled_prompts(recipe, data_in)
    model, tok = load_model(recipe, recipe.model.base, place, trainable=True)
    examples = gold_examples(labelled, tasks.get(recipe.task), tok)
    with place.autocast():
        losses = sft(model, tok, examples, cfg, recipe.seed, progress, desc="sft baseline")
    model.save_pretrained(out / MODEL)
    tok.save_pretrained(out / MODEL)
    del model
    write_json(out / LABELS, [r["id"] for r in labelled])
    report = {
        "labelled_prompts": len(labelled),
        "epochs": cfg.epochs,
        "first_loss": losses[0],
        "final_loss": losses[-1],
    }
    write_json(out / REPORT, report)
    write_manifest(
        out,
        kind="model",
        stage="sft_baseline",
        counts={"labelled_prompts": len(labelled)},
        upstream=upstream(data=data_in),
        config_hash=config_hash(cfg),
        extra={"base_model": recipe.model.base, "target": "label-only"},
    )
    metrics = evaluate(recipe, data_in, Path(out) / EVALUATION, str(out), "sft", progress)
    return {**report, "evaluation": {k: v for k, v in metrics.items() if isinstance(v, (int, float))}}
