"""The GRPO-family training loop (single process here; the distributed wrapper grows around it).

One step: sample prompts -> G rollouts each -> rewards -> advantages -> mu epochs of
clipped policy-gradient updates on mini-batches, with old log-probs frozen before the first
update (Shao et al. 2024, Algorithm 1). Estimator, loss and aggregation come from registries.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import torch

from reasonrl import rewards as reward_lib
from reasonrl import tasks
from reasonrl.config.models import RLConfig
from reasonrl.modeling.optim import optimizer_step
from reasonrl.rewards.monitor import VERIFIERS, hacking_stats
from reasonrl.rewards.normalize import RunningNorm
from reasonrl.rl import checkpoint
from reasonrl.rl.advantages import ADVANTAGES
from reasonrl.rl.batch import collate, token_logprobs
from reasonrl.rl.kl import KL_ESTIMATORS
from reasonrl.rl.losses import AGGREGATIONS, POLICY_LOSSES
from reasonrl.rl.rollout.base import SamplingParams
from reasonrl.rl.rollout.hf import HFEngine


@dataclass
class PromptSampler:
    """Deterministic epoch-shuffled cursor over prompt records; its state is checkpointed."""

    records: list[dict]
    seed: int
    epoch: int = 0
    pos: int = 0
    _order: list[int] = field(default_factory=list, repr=False)

    def _shuffle(self) -> None:
        self._order = list(range(len(self.records)))
        random.Random(self.seed + self.epoch).shuffle(self._order)

    def next(self, n: int) -> list[dict]:
        if not self._order:
            self._shuffle()
        out = []
        while len(out) < n:
            if self.pos >= len(self._order):
                self.epoch, self.pos = self.epoch + 1, 0
                self._shuffle()
            out.append(self.records[self._order[self.pos]])
            self.pos += 1
        return out

    def state(self) -> dict:
        return {"epoch": self.epoch, "pos": self.pos}

    def load(self, state: dict) -> None:
        self.epoch, self.pos = state["epoch"], state["pos"]
        self._shuffle()


LENGTH_AWARE = {"cosine_length", "kimi_length"}  # rewards that need the verifier's verdicts


def lr_lambda(cfg: RLConfig) -> Callable[[int], float]:
    """Linear warm-up then constant (R1-Zero style); returns the LR multiplier for a step."""
    return lambda s: min(1.0, (s + 1) / cfg.warmup_steps) if cfg.warmup_steps else 1.0


def score(cfg: RLConfig, rollouts, records: list[dict], step: int = 0) -> tuple[torch.Tensor, dict[str, list[float]]]:
    """Rewards [B] for rollouts and the per-component scores. Length-aware rewards get the
    completion lengths, the verifier's verdicts (`correct`), the group size and the budget."""
    recs = [records[r.prompt_index] for r in rollouts]
    completions = [r.completion for r in rollouts]
    tasks_of = [rec.get("task") or cfg.task for rec in recs]
    fields = {"answer": [rec["answer"] for rec in recs], "task": tasks_of, "prompt": [r.prompt for r in rollouts],
              "lengths": [len(r.completion_ids) for r in rollouts], "group_size": cfg.group_size,
              "max_len": cfg.max_new_tokens}
    if any(t.name in LENGTH_AWARE for t in cfg.rewards):  # verdicts cost a verifier call: only when used
        fields["correct"] = [tasks.get(t).grade(c, rec["answer"]) for t, c, rec in zip(tasks_of, completions, recs)]
    total, parts = reward_lib.compose(cfg.rewards, completions, step=step, total_steps=cfg.steps, **fields)
    return torch.tensor(total, dtype=torch.float32), parts


def policy_update(cfg: RLConfig, model, ref_model, optimizer, batch, adv: torch.Tensor) -> dict:
    """mu epochs of clipped updates over the whole batch; returns loss/KL/entropy/clip stats."""
    loss_fn, agg = POLICY_LOSSES.get(cfg.loss), AGGREGATIONS.get(cfg.aggregation)
    with torch.no_grad():
        old_logp = token_logprobs(model, batch, cfg.temperature)
        ref_logp = token_logprobs(ref_model, batch, cfg.temperature) if ref_model is not None else None
    mask = batch.completion_mask
    stats: dict[str, float] = {}
    for _ in range(cfg.ppo_epochs):
        logp, ent = token_logprobs(model, batch, cfg.temperature, with_entropy=True)
        per_token, clip = loss_fn(logp, old_logp, adv, mask, eps_low=cfg.clip_eps_low, eps_high=cfg.clip_eps_high)
        if ref_logp is not None and cfg.kl_coef > 0:
            kl = KL_ESTIMATORS.get(cfg.kl_estimator)(logp, ref_logp)
            per_token = per_token + cfg.kl_coef * kl
            stats["kl"] = ((kl * mask).sum() / mask.sum()).item()
        loss = agg(per_token, mask, max_len=cfg.max_new_tokens)
        grad_norm = optimizer_step(model, optimizer, loss, cfg.max_grad_norm)
        stats.update(loss=loss.item(), grad_norm=grad_norm, entropy=((ent * mask).sum() / mask.sum()).item(),
                     **clip)
    return stats


def train(model, tokenizer, records: list[dict], cfg: RLConfig, out_dir: Path, *, seed: int = 0,
          ref_model=None, progress: bool = True, log: Callable[[int, dict], None] | None = None) -> list[dict]:
    """Run cfg.steps GRPO steps (resuming from out_dir/checkpoints when cfg.resume == 'auto').

    Returns the per-step metrics; the caller saves the final model.
    """
    from tqdm import tqdm

    torch.manual_seed(seed)
    random.seed(seed)
    optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.0)
    scheduler = torch.optim.lr_scheduler.LambdaLR(optimizer, lr_lambda(cfg))
    sampler, start, history = PromptSampler(records, seed), 0, []
    ckpt_dir = Path(out_dir) / "checkpoints"
    state = checkpoint.load_latest(ckpt_dir) if cfg.resume == "auto" else None
    norm = RunningNorm() if cfg.reward_norm else None
    if state is not None:
        checkpoint.restore(state, model, optimizer, scheduler)
        sampler.load(state["extra"]["sampler"])
        start, history = state["step"], state["extra"]["history"]
        if norm is not None and state["extra"].get("reward_norm"):
            norm = RunningNorm.from_state(state["extra"]["reward_norm"])
    engine = HFEngine(model, tokenizer)
    params = SamplingParams(n=cfg.group_size, temperature=cfg.temperature, top_p=cfg.top_p,
                            max_new_tokens=cfg.max_new_tokens)
    tasks.get(cfg.task)  # fail fast on an unknown task name
    bar = tqdm(range(start, cfg.steps), desc="rl_train", initial=start, total=cfg.steps, disable=not progress)
    for step in bar:
        metrics = train_step(cfg, model, ref_model, engine, params, optimizer, sampler, step, norm)
        scheduler.step()
        metrics.update(step=step + 1, lr=scheduler.get_last_lr()[0])
        flagged = metrics.pop("_flagged", [])
        if flagged:  # evidence for the reward-hacking monitor, next to the metrics
            with open(Path(out_dir) / "hacking.jsonl", "a", encoding="utf-8") as fh:
                fh.writelines(json.dumps({"step": step + 1, **f}) + "\n" for f in flagged)
        history.append(metrics)
        if log:
            log(step + 1, metrics)
        bar.set_postfix(reward=f"{metrics['reward_mean']:.3f}", acc=f"{metrics.get('accuracy', math.nan):.3f}",
                        len=f"{metrics['response_length_mean']:.1f}")
        if (step + 1) % cfg.checkpoint_every == 0 or step + 1 == cfg.steps:
            checkpoint.save(ckpt_dir, step + 1, model, optimizer, scheduler,
                            {"sampler": sampler.state(), "history": history,
                             "reward_norm": norm.state() if norm is not None else None})
    return history


def train_step(cfg: RLConfig, model, ref_model, engine, params, optimizer, sampler: PromptSampler, step: int = 0,
               norm: RunningNorm | None = None) -> dict:
    t0 = time.perf_counter()
    records = sampler.next(cfg.prompts_per_step)
    prompts = [tasks.get(r.get("task") or cfg.task).prompt(r) for r in records]
    rollouts = engine.generate(prompts, params)
    t1 = time.perf_counter()
    rewards, parts = score(cfg, rollouts, records, step)
    raw_mean = rewards.mean().item()
    if norm is not None:
        rewards = torch.tensor(norm(rewards.tolist()), dtype=torch.float32)
    adv = ADVANTAGES.get(cfg.advantage)(rewards, cfg.group_size)
    t2 = time.perf_counter()
    batch = collate(rollouts, engine.tok.pad_token_id)
    model.train()
    stats = policy_update(cfg, model, ref_model, optimizer, batch, adv)
    t3 = time.perf_counter()
    lengths = torch.tensor([len(r.completion_ids) for r in rollouts], dtype=torch.float32)
    groups = rewards.view(-1, cfg.group_size)
    metrics = {
        "reward_mean": raw_mean, "reward_std": rewards.std().item(),
        **{f"reward/{k}": sum(v) / len(v) for k, v in parts.items()},
        "adv_mean": adv.mean().item(), "adv_std": adv.std().item(),
        "zero_variance_groups": (groups.std(1) == 0).float().mean().item(),
        "response_length_mean": lengths.mean().item(), "response_length_max": lengths.max().item(),
        "truncation_rate": sum(r.truncated for r in rollouts) / len(rollouts),
        "tokens_per_s": lengths.sum().item() / max(t3 - t0, 1e-9),
        "time_rollout_s": t1 - t0, "time_reward_s": t2 - t1, "time_train_s": t3 - t2, **stats,
    }
    if "accuracy" in parts:
        metrics["accuracy"] = metrics["reward/accuracy"]
    return {**metrics, **hacking_metrics(parts, rollouts)}


def hacking_metrics(parts: dict[str, list[float]], rollouts) -> dict:
    """With a learned reward beside a verifier: their agreement, and (under `_flagged`, written
    to hacking.jsonl by the loop) the completions the learned reward rates high but that fail."""
    verifier = next((v for v in VERIFIERS if v in parts), None)
    if "reward_model" not in parts or verifier is None:
        return {}
    found = hacking_stats(parts["reward_model"], parts[verifier])
    return {"hacking/agreement": found["agreement"], "hacking/flagged": float(len(found["flagged"])),
            "_flagged": [{"prompt": rollouts[i].prompt, "completion": rollouts[i].completion,
                          "reward_model": parts["reward_model"][i], verifier: parts[verifier][i]}
                         for i in found["flagged"]]}
