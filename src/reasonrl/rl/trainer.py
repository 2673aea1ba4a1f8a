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
from reasonrl.rl.guard import StabilityGuard, TrainingUnstable
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


class _Run:
    """The mutable state of one training run: what a checkpoint holds and a rollback restores."""

    def __init__(self, model, records, cfg: RLConfig, out_dir: Path, seed: int, lr_schedule):
        self.model, self.cfg, self.out_dir = model, cfg, Path(out_dir)
        self.optimizer = torch.optim.AdamW(model.parameters(), lr=cfg.lr, weight_decay=0.0)
        self.scheduler = torch.optim.lr_scheduler.LambdaLR(self.optimizer, lr_schedule or lr_lambda(cfg))
        self.sampler, self.step, self.history = PromptSampler(records, seed), 0, []
        self.norm = RunningNorm() if cfg.reward_norm else None
        g = cfg.guard
        self.guard = (StabilityGuard(g.min_entropy, g.max_kl, g.reward_drop, g.reward_min_drop, g.window)
                      if g.enabled else None)
        self.events: list[dict] = []
        self.lr_scale = 1.0
        self.ckpt_dir = self.out_dir / "checkpoints"

    def save(self) -> None:
        checkpoint.save(self.ckpt_dir, self.step, self.model, self.optimizer, self.scheduler, {
            "sampler": self.sampler.state(), "history": self.history, "events": self.events,
            "lr_scale": self.lr_scale, "reward_norm": self.norm.state() if self.norm else None,
            "guard": self.guard.state() if self.guard else None})

    def restore(self, state: dict) -> None:
        checkpoint.restore(state, self.model, self.optimizer, self.scheduler)
        extra = state["extra"]
        self.sampler.load(extra["sampler"])
        self.step, self.history = state["step"], extra["history"]
        self.lr_scale = extra.get("lr_scale", 1.0)
        if self.norm is not None and extra.get("reward_norm"):
            self.norm = RunningNorm.from_state(extra["reward_norm"])
        if self.guard is not None and extra.get("guard"):
            self.guard.load(extra["guard"])

    def rollback(self, reason: str) -> None:
        """Back to the last good checkpoint, with the learning rate scaled down; give up after
        max_rollbacks. The events survive the restore (they are the run's record).

        A step's metrics judge the weights earlier updates produced, and the reward rule looks at
        a window of steps, so every checkpoint inside that window is suspect: roll back past it."""
        events = self.events + [{"step": self.step + 1, "reason": reason, "rolled_back_to": None}]
        (self.out_dir / "guard_events.json").write_text(json.dumps(events, indent=2))
        if len(events) > self.cfg.guard.max_rollbacks:
            raise TrainingUnstable(f"training is unstable: {len(events)} guard events, last: {reason}",
                                   hint=f"see {self.out_dir / 'guard_events.json'}; lower rl.lr or loosen rl.guard")
        scale = self.lr_scale * self.cfg.guard.lr_factor  # compounds across rollbacks
        target = checkpoint.load_before(self.ckpt_dir, self.step - self.cfg.guard.window + 1)
        if target is None:
            raise TrainingUnstable(f"training is unstable ({reason}) and no checkpoint is old enough to roll back to",
                                   hint="start from an earlier checkpoint or lower rl.lr")
        self.restore(target)
        self.lr_scale = scale
        events[-1]["rolled_back_to"], events[-1]["lr_scale"] = self.step, self.lr_scale
        self.events = events
        (self.out_dir / "guard_events.json").write_text(json.dumps(events, indent=2))
        for group, base in zip(self.optimizer.param_groups, self.scheduler.base_lrs):
            group["lr"] = base * self.lr_scale * self.scheduler.lr_lambdas[0](self.step)


def train(model, tokenizer, records: list[dict], cfg: RLConfig, out_dir: Path, *, seed: int = 0,
          ref_model=None, progress: bool = True, log: Callable[[int, dict], None] | None = None,
          lr_schedule: Callable[[int], float] | None = None) -> list[dict]:
    """Run cfg.steps GRPO steps (resuming from out_dir/checkpoints when cfg.resume == 'auto'),
    under the stability guard. Returns the per-step metrics; the caller saves the final model."""
    from tqdm import tqdm

    torch.manual_seed(seed)
    random.seed(seed)
    run = _Run(model, records, cfg, out_dir, seed, lr_schedule)
    state = checkpoint.load_latest(run.ckpt_dir) if cfg.resume == "auto" else None
    if state is not None:
        run.restore(state)
    elif run.guard is not None:
        run.save()  # step 0: the first good state to roll back to
    engine = HFEngine(model, tokenizer)
    params = SamplingParams(n=cfg.group_size, temperature=cfg.temperature, top_p=cfg.top_p,
                            max_new_tokens=cfg.max_new_tokens)
    tasks.get(cfg.task)  # fail fast on an unknown task name
    bar = tqdm(desc="rl_train", initial=run.step, total=cfg.steps, disable=not progress)
    while run.step < cfg.steps:
        metrics = train_step(cfg, model, ref_model, engine, params, run.optimizer, run.sampler, run.step, run.norm)
        reason = run.guard.check(metrics) if run.guard is not None else None
        if reason:
            run.rollback(reason)
            bar.n = run.step
            continue
        run.scheduler.step()
        for group in run.optimizer.param_groups:
            group["lr"] *= run.lr_scale
        run.step += 1
        metrics.update(step=run.step, lr=run.optimizer.param_groups[0]["lr"])
        _write_flagged(out_dir, run.step, metrics.pop("_flagged", []))
        run.history.append(metrics)
        if log:
            log(run.step, metrics)
        bar.update(1)
        bar.set_postfix(reward=f"{metrics['reward_mean']:.3f}", acc=f"{metrics.get('accuracy', math.nan):.3f}",
                        len=f"{metrics['response_length_mean']:.1f}")
        if run.step % cfg.checkpoint_every == 0 or run.step == cfg.steps:
            run.save()
    if run.events:
        (Path(out_dir) / "guard_events.json").write_text(json.dumps(run.events, indent=2))
    return run.history


def _write_flagged(out_dir, step: int, flagged: list[dict]) -> None:
    """Evidence for the reward-hacking monitor, next to the metrics."""
    if flagged:
        with open(Path(out_dir) / "hacking.jsonl", "a", encoding="utf-8") as fh:
            fh.writelines(json.dumps({"step": step, **f}) + "\n" for f in flagged)


def sample_groups(cfg: RLConfig, engine, params, sampler: PromptSampler, step: int):
    """Rollouts [B = prompts_per_step * G], rewards [B] and reward components for one step.

    With DAPO dynamic sampling (Yu et al. 2025, arXiv:2503.14476, sec. 3.2) a group whose G
    rewards are all equal carries no advantage signal: it is dropped and more prompts are drawn,
    up to `dynamic_sampling_batches` draws; a step that finds too few keeps what it has, padded
    with the last draw's groups so the batch size stays fixed."""
    g = cfg.group_size
    kept: list[tuple] = []  # (group rollouts, group rewards, {name: group scores})
    spare: list[tuple] = []
    draws = dropped = 0
    while len(kept) < cfg.prompts_per_step and draws < (cfg.dynamic_sampling_batches if cfg.dynamic_sampling else 1):
        records = sampler.next(cfg.prompts_per_step)
        rollouts = engine.generate([tasks.get(r.get("task") or cfg.task).prompt(r) for r in records], params)
        rewards, parts = score(cfg, rollouts, records, step)
        draws += 1
        for i in range(len(records)):
            group = (rollouts[i * g:(i + 1) * g], rewards[i * g:(i + 1) * g], {k: v[i * g:(i + 1) * g] for k, v in parts.items()})
            if cfg.dynamic_sampling and bool((group[1] == group[1][0]).all()):
                dropped += 1
                spare.append(group)
            else:
                kept.append(group)
    chosen = (kept + spare)[: cfg.prompts_per_step]
    rollouts = [r for grp in chosen for r in grp[0]]
    rewards = torch.cat([grp[1] for grp in chosen])
    parts = {k: [x for grp in chosen for x in grp[2][k]] for k in chosen[0][2]}
    return rollouts, rewards, parts, {"sampling/draws": float(draws), "sampling/dropped_groups": float(dropped)}


def train_step(cfg: RLConfig, model, ref_model, engine, params, optimizer, sampler: PromptSampler, step: int = 0,
               norm: RunningNorm | None = None) -> dict:
    t0 = time.perf_counter()
    rollouts, rewards, parts, sampling = sample_groups(cfg, engine, params, sampler, step)
    t1 = time.perf_counter()
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
        "time_rollout_reward_s": t1 - t0, "time_advantage_s": t2 - t1, "time_train_s": t3 - t2, **stats, **sampling,
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
