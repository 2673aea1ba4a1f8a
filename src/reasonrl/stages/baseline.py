"""sft_baseline: what RL bought, measured. The base model is fine-tuned on the same labelled
prompts RL draws, with the task's gold completion as the target (label-only: the data has labels,
not rationales), then evaluated exactly like the RL policy (Meta's "Scaling RL for Content
Moderation" compares RL with SFT on 10-100x more labels; here the labels are equal)."""

from __future__ import annotations

from pathlib import Path

from reasonrl import tasks
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.io import write_json, write_manifest
from reasonrl.rl.sampling import PromptSampler
from reasonrl.stages.common import REPORT, prepare_out, upstream
from reasonrl.stages.train import MODEL, _load, _placement, _prompts, _torch_setup, evaluate

EVALUATION = "evaluation"


def rl_labelled_prompts(records: list[dict], recipe: Recipe) -> list[dict]:
    """The distinct prompts the RL stage draws in its rl.steps x rl.prompts_per_step draws (the
    same seeded sampler over the same train records). With a curriculum, RL's draws also depend on
    its own pass rates; the replay is then the curriculum-free draw, the same number of labels."""
    sampler = PromptSampler(records, recipe.seed)
    seen: dict[str, dict] = {}
    for step in range(recipe.rl.steps):
        for r in sampler.next(recipe.rl.prompts_per_step, step):
            seen.setdefault(r["id"], r)
    return list(seen.values())


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
    _torch_setup(recipe.seed)
    place = _placement(recipe)
    labelled = rl_labelled_prompts(_prompts(data_in, recipe, "train"), recipe)
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
                   upstream=upstream(data=data_in), config_hash=config_hash(cfg),
                   extra={"base_model": recipe.model.base, "target": "label-only"})
    metrics = evaluate(recipe, data_in, Path(out) / EVALUATION, str(out), "sft", progress)
    return {**report, "evaluation": {k: v for k, v in metrics.items() if isinstance(v, (int, float))}}
