"""The state of one RL run between steps: what a checkpoint holds, a resume picks up and a
rollback restores (the weights and optimizer through the strategy, the prompt sampler, the history,
the guard and reward normaliser, the learning-rate scale), and the one writer of the learning rate.
rl.trainer runs the steps; this module keeps what survives them.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.rewards.normalize import RunningNorm
from reasonrl.rl import checkpoint, resume_settings
from reasonrl.rl.curriculum import Curriculum
from reasonrl.rl.distributed import Strategy
from reasonrl.rl.guard import StabilityGuard, TrainingUnstable
from reasonrl.rl.sampling import PromptSampler


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


class RunState:
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
