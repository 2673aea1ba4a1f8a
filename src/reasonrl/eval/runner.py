"""Evaluate a model on prompt records: k samples per prompt, graded by the task's verifier."""

from __future__ import annotations

import hashlib

from reasonrl import tasks
from reasonrl.config.models import EvalConfig
from reasonrl.eval.metrics import summarize
from reasonrl.rl.rollout.base import SamplingParams


def eval_set_hash(records: list[dict]) -> str:
    """Identifies the prompts evaluated: champion/challenger comparisons require equal hashes."""
    return hashlib.sha256("\n".join(sorted(r["id"] for r in records)).encode()).hexdigest()


def prompt_seed(seed: int, record_id: str) -> int:
    return int(hashlib.sha256(f"{seed}:{record_id}".encode()).hexdigest()[:12], 16)


def evaluate_model(model, tokenizer, records: list[dict], cfg: EvalConfig, default_task: str, seed: int = 0,
                   progress: bool = True) -> tuple[dict, list[dict]]:
    """Returns (metrics, samples). Sampling is seeded so two models see the same random stream."""
    import torch
    from tqdm import tqdm

    from reasonrl.rl.rollout.hf import HFEngine

    records = records[: cfg.limit] if cfg.limit else records
    torch.manual_seed(seed)
    engine = HFEngine(model, tokenizer, batch_size=cfg.batch_size * cfg.samples)
    params = SamplingParams(n=cfg.samples, temperature=cfg.temperature, max_new_tokens=cfg.max_new_tokens)
    correct, tokens, truncated, samples = [], [], [], []
    for start in tqdm(range(0, len(records), cfg.batch_size), desc="evaluate", disable=not progress):
        chunk = records[start:start + cfg.batch_size]
        task_of = [tasks.get(r.get("task") or default_task) for r in chunk]
        seeds = [prompt_seed(seed, r["id"]) for r in chunk]  # same random stream per prompt for every model
        rollouts = engine.generate([t.prompt(r) for t, r in zip(task_of, chunk)], params, seeds=seeds)
        for i, (task, rec) in enumerate(zip(task_of, chunk)):
            group = rollouts[i * cfg.samples:(i + 1) * cfg.samples]
            correct.append([task.grade(r.completion, rec["answer"]) for r in group])
            tokens.append([len(r.completion_ids) for r in group])
            truncated.append([r.truncated for r in group])
            samples += [{"id": rec["id"], "completion": r.completion, "correct": c, "tokens": n}
                        for r, c, n in zip(group, correct[-1], tokens[-1])]
    metrics = summarize(correct, tokens, truncated)
    metrics.update(temperature=cfg.temperature, max_new_tokens=cfg.max_new_tokens, eval_set_hash=eval_set_hash(records))
    return metrics, samples
