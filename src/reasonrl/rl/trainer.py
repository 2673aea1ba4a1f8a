"""The GRPO-family training loop, one process or many under torchrun.

One step: sample prompts -> G rollouts each (sharded over ranks, gathered) -> rewards ->
advantages -> mu epochs of clipped policy-gradient updates on mini-batches (reasonrl.rl.update).
Estimator, loss, aggregation, rollout engine and distributed backend come from registries.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Callable

import torch

from reasonrl import tasks
from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.generation import ENGINES, SamplingParams
from reasonrl.io import write_jsonl
from reasonrl.modeling.batch import collate
from reasonrl.modeling.device import checkpointed, device_of
from reasonrl.rewards.normalize import RunningNorm
from reasonrl.rl import checkpoint, likelihood, resume_settings, sft_term
from reasonrl.rl.advantages import ADVANTAGES
from reasonrl.rl.batch import token_logprobs
from reasonrl.rl.curriculum import Curriculum
from reasonrl.rl.distributed import Dist, Strategy, make_strategy
from reasonrl.rl.guard import StabilityGuard, TrainingUnstable
from reasonrl.rl.kl import KL_ESTIMATORS
from reasonrl.rl.sampling import (
    PromptSampler,
    check_curriculum,
    check_reward_fields,
    hacking_metrics,
    sample_groups,
)
from reasonrl.rl.update import plan_batches, policy_update


def lr_lambda(cfg: RLRun) -> Callable[[int], float]:
    """Linear warm-up then constant (R1-Zero style); returns the LR multiplier for a step."""
    return lambda s: min(1.0, (s + 1) / cfg.warmup_steps) if cfg.warmup_steps else 1.0


class LearningRate:
    """The one writer of the optimizer's learning rate: lr(step) = base x schedule(step) x guard
    factor, where the guard factor shrinks with every rollback (StabilityGuard). A pure function
    of (step, guard factor), so a checkpoint needs only the factor."""

    def __init__(self, optimizer, base: float, schedule: Callable[[int], float]):
        self.optimizer, self.base, self.schedule, self.guard_factor = optimizer, base, schedule, 1.0

    def apply(self, step: int) -> float:
        lr = self.base * self.schedule(step) * self.guard_factor
        for group in self.optimizer.param_groups:
            group["lr"] = lr
        return lr


PROMPTS_USED = "prompts_used.json"
METRICS_LOG = "metrics.jsonl"  # one row per good step, as the run goes


class _Run:
    """The mutable state of one training run: what a checkpoint holds and a rollback restores."""

    def __init__(self, strategy: Strategy, records, cfg: RLRun, out_dir: Path, seed: int, lr_schedule):
        self.strategy, self.cfg, self.out_dir, self.seed = strategy, cfg, Path(out_dir), seed
        self.lr = LearningRate(strategy.optimizer, cfg.lr, lr_schedule or lr_lambda(cfg))
        c = cfg.curriculum
        curriculum = Curriculum(c.patience, c.cooldown_steps) if c.enabled else None
        sc = cfg.sampler
        self.sampler = PromptSampler(
            records,
            seed,
            curriculum,
            balance_by=sc.balance_by,
            hard_share=sc.hard_share,
            hard_below=sc.hard_below,
            replay_after=sc.replay_after,
        )
        self.step, self.history = 0, []
        self.norm = RunningNorm() if cfg.reward_norm else None
        g = cfg.guard
        self.guard = (
            StabilityGuard(
                g.min_entropy,
                g.max_kl,
                g.reward_drop,
                g.reward_min_drop,
                g.window,
                g.max_label_share,
                g.label_view,
            )
            if g.enabled
            else None
        )
        self.events: list[dict] = []
        # ids of the prompts updates used, in first-use order (labels RL spent)
        self.seen: dict[str, None] = {}
        self.ckpt_dir = self.out_dir / "checkpoints"

    def save(self) -> None:
        checkpoint.save(
            self.ckpt_dir,
            self.step,
            self.strategy,
            {
                "sampler": self.sampler.state(),
                "history": self.history,
                "events": self.events,
                "lr_scale": self.lr.guard_factor,
                "reward_norm": self.norm.state() if self.norm else None,
                "guard": self.guard.state() if self.guard else None,
                "settings": resume_settings.bound(self.cfg),
                "seen": list(self.seen),
            },
            keep=self._keep(),
        )

    def _keep(self) -> int:
        """Never prune the checkpoint a rollback would need: one older than the guard's window."""
        cfg = self.cfg
        return max(
            cfg.keep_checkpoints, -(-cfg.guard.window // cfg.checkpoint_every) + 1 if cfg.guard.enabled else 1
        )

    def restore(self, path: Path) -> None:
        state = checkpoint.restore(path, self.strategy)
        extra = state["extra"]
        self.sampler.load(extra["sampler"])
        self.step, self.history = state["step"], extra["history"]
        self.seen = dict.fromkeys(extra.get("seen", []))
        self.lr.guard_factor = extra.get("lr_scale", 1.0)
        if self.norm is not None and extra.get("reward_norm"):
            self.norm = RunningNorm.from_state(extra["reward_norm"])
        if self.guard is not None and extra.get("guard"):
            self.guard.load(extra["guard"])

    def resume(self) -> None:
        """Pick up the newest checkpoint, refusing one written under a different training config
        or one already past the requested steps: a resume never silently trains zero steps."""
        path = checkpoint.latest(self.ckpt_dir)
        if path is None:
            return
        state = checkpoint.read_state(path)
        changed = resume_settings.changed(state["extra"], self.cfg)
        if changed:
            raise ConfigError(
                f"the checkpoint in {self.ckpt_dir} was written with other rl settings: "
                + "; ".join(changed),
                hint="use a new output dir, delete the checkpoints, or set rl.resume=never",
            )
        if state["step"] > self.cfg.steps:
            raise ConfigError(
                f"{path} is at step {state['step']}, past rl.steps={self.cfg.steps}",
                hint="raise rl.steps to continue training, or set rl.resume=never",
            )
        self.restore(path)
        self.events = state["extra"].get("events", []) + [
            {"step": self.step, "reason": "resumed", "from": str(path)}
        ]
        if self.step >= self.cfg.steps and self.strategy.dist.main:
            import sys

            print(
                f"rl_train: {path} is already at rl.steps={self.cfg.steps}; nothing left to train "
                "(raise rl.steps to continue)",
                file=sys.stderr,
            )

    def rollback(self, reason: str) -> None:
        """Back to the last good checkpoint, with the learning rate scaled down; give up after
        max_rollbacks. A step's metrics judge the weights earlier updates produced, and the reward
        rule looks at a window of steps, so every checkpoint inside that window is suspect."""
        guard_events = [e for e in self.events if e["reason"] != "resumed"]
        events = self.events + [{"step": self.step + 1, "reason": reason, "rolled_back_to": None}]
        self._write_events(events)
        if len(guard_events) + 1 > self.cfg.guard.max_rollbacks:
            raise TrainingUnstable(
                f"training is unstable: {len(guard_events) + 1} guard events, last: {reason}",
                hint=f"see {self.out_dir / 'guard_events.json'}; lower rl.lr or loosen rl.guard",
            )
        scale = self.lr.guard_factor * self.cfg.guard.lr_factor  # compounds across rollbacks
        target = checkpoint.before(
            self.ckpt_dir, max(self.step - self.cfg.guard.window + 1, 1)
        )  # step 0 is good
        if target is None:
            raise TrainingUnstable(
                f"training is unstable ({reason}) and no checkpoint is old enough to roll back to",
                hint="start from an earlier checkpoint or lower rl.lr",
            )
        self.restore(target)
        self.lr.guard_factor = scale
        events[-1]["rolled_back_to"], events[-1]["lr_scale"] = self.step, scale
        self.events = events
        self._write_events(events)

    def _write_events(self, events: list[dict]) -> None:
        if self.strategy.dist.main:
            (self.out_dir / "guard_events.json").write_text(json.dumps(events, indent=2))


def _check_layout(cfg: RLRun, dist: Dist) -> int:
    """Validate how the step batch splits over ranks; returns micro-batches per optimizer step."""
    if cfg.prompts_per_step % dist.world:
        raise ConfigError(
            f"rl.prompts_per_step={cfg.prompts_per_step} must be a multiple of the {dist.world} ranks",
            hint=f"use a multiple of {dist.world}",
        )
    try:
        plan = plan_batches(
            cfg.prompts_per_step * cfg.group_size, cfg.mini_batch_size, cfg.micro_batch_size, dist
        )
    except ValueError as exc:
        raise ConfigError(str(exc), hint="pick sizes that divide evenly") from None
    sft_term.check(cfg, dist.world)
    likelihood.check(cfg, dist.world)
    return len(plan.mini_batches[0])


def train(
    model,
    tokenizer,
    records: list[dict],
    cfg: RLRun,
    out_dir: Path,
    *,
    seed: int = 0,
    ref_model=None,
    progress: bool = True,
    log: Callable[[int, dict], None] | None = None,
    lr_schedule: Callable[[int], float] | None = None,
    dist: Dist | None = None,
) -> tuple[list[dict], Strategy]:
    """Run cfg.steps GRPO steps (resuming from out_dir/checkpoints when cfg.resume == 'auto'),
    under the stability guard. Returns the per-step metrics and the strategy (whose
    `full_state_dict()` the caller saves)."""
    from tqdm import tqdm

    dist = dist or Dist()
    strategy, run, engine = _start(model, tokenizer, records, cfg, out_dir, seed, lr_schedule, dist)
    params = SamplingParams.of(cfg.sampling, n=cfg.group_size)
    bar = tqdm(desc="rl_train", initial=run.step, total=cfg.steps, disable=not (progress and dist.main))
    while run.step < cfg.steps:
        lr = run.lr.apply(run.step)
        metrics = train_step(cfg, strategy, ref_model, engine, params, run.sampler, run.step, run.norm, seed)
        reason = run.guard.check(metrics) if run.guard is not None else None
        if reason:
            _refuse(run, metrics, reason, lr, out_dir, dist)
            bar.n = run.step
            continue
        _accept(run, metrics, lr, out_dir, dist, log)
        bar.update(1)
        shown = {
            "reward": metrics["reward_mean"],
            "acc": metrics.get("accuracy"),
            "len": metrics["response_length_mean"],
        }
        bar.set_postfix({k: f"{v:.3f}" for k, v in shown.items() if v is not None})
        if run.step % cfg.checkpoint_every == 0 or run.step == cfg.steps:
            run.save()
    if run.events:
        run._write_events(run.events)
    if dist.main:  # the labels RL spent: an SFT baseline trains on exactly these (stages.baseline)
        (Path(out_dir) / PROMPTS_USED).write_text(json.dumps(list(run.seen)))
    return run.history, strategy


def _start(model, tokenizer, records, cfg: RLRun, out_dir, seed: int, lr_schedule, dist: Dist):
    """(strategy, run state, rollout engine) for `train`: settings checked before any work, the run
    resumed from its checkpoints (resume: auto), and step 0 saved for the guard to roll back to."""
    torch.manual_seed(seed)
    micro_steps = _check_layout(cfg, dist)
    tasks.get(cfg.task)  # fail fast on an unknown task name
    check_reward_fields(cfg)  # ... and on a reward term asking for a field nobody supplies
    check_curriculum(cfg)
    strategy = make_strategy(
        cfg.distributed.backend,
        model,
        dist,
        lr=cfg.lr,
        max_grad_norm=cfg.max_grad_norm,
        micro_steps=micro_steps,
        zero_stage=cfg.distributed.zero_stage,
    )
    run = _Run(strategy, records, cfg, out_dir, seed, lr_schedule)
    if cfg.resume == "auto":
        run.resume()
    if run.step == 0 and run.guard is not None:
        run.save()  # step 0: the first good state to roll back to
    engine = ENGINES.get(cfg.engine)(
        model,
        tokenizer,
        sync_done=dist.all if strategy.sharded_params else None,
        share_prefill=cfg.share_prompt_prefix,
    )
    return strategy, run, engine


def _refuse(run: _Run, metrics: dict, reason: str, lr: float, out_dir, dist: Dist) -> None:
    """A step the guard refused: logged to rejected_steps.jsonl (rolled-back steps leave no other
    trace), then rolled back; TrainingUnstable (out of rollbacks) carries the good steps so far."""
    if dist.main:
        _append_jsonl(
            Path(out_dir) / "rejected_steps.jsonl",
            {**metrics, "step": run.step + 1, "lr": lr, "guard_reason": reason},
        )
    try:
        run.rollback(reason)
    except TrainingUnstable as exc:
        exc.history = run.history  # the good steps so far, for the caller to keep
        raise


def _accept(run: _Run, metrics: dict, lr: float, out_dir, dist: Dist, log) -> None:
    """A step that stands: counted, its metrics (and flagged rollouts) written."""
    run.step += 1
    metrics.update(step=run.step, lr=lr)  # the rate this step trained at
    flagged = metrics.pop("_flagged", [])
    run.seen.update(dict.fromkeys(metrics.pop("_prompt_ids", [])))
    run.history.append(metrics)
    if dist.main:
        _write_flagged(out_dir, run.step, flagged)
        # every step, so a run is readable while it trains (and after a kill); rewritten whole,
        # so a rollback's truncated history is what the file says
        write_jsonl(Path(out_dir) / METRICS_LOG, run.history)
        if log:
            log(run.step, metrics)


def _append_jsonl(path: Path, row: dict) -> None:
    with open(path, "a", encoding="utf-8") as fh:
        fh.write(json.dumps({k: v for k, v in row.items() if not k.startswith("_")}, default=str) + "\n")


def _write_flagged(out_dir, step: int, flagged: list[dict]) -> None:
    """Evidence for the reward-hacking monitor, next to the metrics."""
    if flagged:
        with open(Path(out_dir) / "hacking.jsonl", "a", encoding="utf-8") as fh:
            fh.writelines(json.dumps({"step": step, **f}) + "\n" for f in flagged)


def kl_penalty(cfg: RLRun, strategy: Strategy, ref_model, batch) -> torch.Tensor:
    """Per-sequence KL(pi || pi_ref) [B] summed over completion tokens, for `kl_in: reward`
    (the PPO / REINFORCE++ placement: r <- r - beta * KL)."""
    batch = batch.to(device_of(strategy.module))
    with torch.no_grad():
        logp = token_logprobs(strategy.model, batch, cfg.sampling.temperature)
        ref = token_logprobs(ref_model, batch, cfg.sampling.temperature)
    return (KL_ESTIMATORS.get(cfg.kl_estimator)(logp, ref) * batch.completion_mask).sum(1).cpu()


def train_step(
    cfg: RLRun,
    strategy: Strategy,
    ref_model,
    engine,
    params,
    sampler: PromptSampler,
    step: int = 0,
    norm: RunningNorm | None = None,
    seed: int = 0,
) -> dict:
    t0 = time.perf_counter()
    rollouts, rewards, parts, sampling = sample_groups(
        cfg, engine, params, sampler, step, seed, strategy.dist, policy=(strategy.module, engine.tok)
    )
    t1 = time.perf_counter()
    raw_mean = rewards.mean().item()
    batch = collate(rollouts, engine.tok.pad_token_id)
    extra = {}
    if ref_model is not None and cfg.kl_coef > 0 and cfg.kl_in == "reward":
        seq_kl = kl_penalty(cfg, strategy, ref_model, batch)
        rewards = rewards - cfg.kl_coef * seq_kl
        extra["kl"] = seq_kl.sum().item() / max(batch.completion_mask.sum().item(), 1.0)
    if norm is not None:
        rewards = torch.tensor(norm(rewards.tolist()), dtype=torch.float32)
    adv = ADVANTAGES.get(cfg.advantage)(rewards, cfg.group_size)
    truncated = torch.tensor([r.truncated for r in rollouts])
    if cfg.overlong_filter:  # DAPO overlong filtering: a cut-off answer is not evidence either way
        batch.completion_mask[truncated] = 0.0
    t2 = time.perf_counter()
    strategy.model.train()
    rows = checkpointed(strategy.module)
    aux = sft_term.for_step(cfg, engine.tok, rollouts, sampler, sampling["_prompt_ids"], rows)
    stats = policy_update(cfg, strategy, batch, adv, ref_model, rollouts, aux)
    if hasattr(engine, "on_policy_update"):  # an engine holding a copy of the weights (vllm; hf packed)
        engine.on_policy_update()
    t3 = time.perf_counter()
    lengths = torch.tensor([len(r.completion_ids) for r in rollouts], dtype=torch.float32)
    groups = rewards.view(-1, cfg.group_size)
    metrics = {
        "reward_mean": raw_mean,
        "reward_std": rewards.std().item(),
        **{f"reward/{k}": sum(v) / len(v) for k, v in parts.items()},
        "adv_mean": adv.mean().item(),
        "adv_std": adv.std().item(),
        "adv_max": adv.max().item(),
        "adv_min": adv.min().item(),
        "zero_variance_groups": (groups.std(1) == 0).float().mean().item(),
        "response_length_mean": lengths.mean().item(),
        "response_length_max": lengths.max().item(),
        "truncation_rate": truncated.float().mean().item(),
        "completions_per_s": len(rollouts) / max(t3 - t0, 1e-9),
        "tokens_per_s": lengths.sum().item() / max(t3 - t0, 1e-9),
        "time_rollout_reward_s": t1 - t0,
        "time_advantage_s": t2 - t1,
        "time_train_s": t3 - t2,
        **stats,
        **extra,
        **sampling,
    }
    if "accuracy" in parts:
        metrics["accuracy"] = metrics["reward/accuracy"]
    return {**metrics, **hacking_metrics(parts, rollouts)}
