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
from reasonrl.rl import likelihood, sft_term
from reasonrl.rl.advantages import ADVANTAGES
from reasonrl.rl.batch import token_logprobs
from reasonrl.rl.distributed import Dist, Strategy, make_strategy
from reasonrl.rl.guard import TrainingUnstable
from reasonrl.rl.kl import KL_ESTIMATORS
from reasonrl.rl.plan import plan_batches
from reasonrl.rl.run_state import RunState
from reasonrl.rl.sampling import (
    PromptSampler,
    check_curriculum,
    check_reward_fields,
    hacking_metrics,
    sample_groups,
)
from reasonrl.rl.update import policy_update

PROMPTS_USED = "prompts_used.json"
METRICS_LOG = "metrics.jsonl"  # one row per good step, as the run goes


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
    run = RunState(strategy, records, cfg, out_dir, seed, lr_schedule)
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


def _refuse(run: RunState, metrics: dict, reason: str, lr: float, out_dir, dist: Dist) -> None:
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


def _accept(run: RunState, metrics: dict, lr: float, out_dir, dist: Dist, log) -> None:
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
