"""Stability guard: detect a step that broke training and say why (pure, rule by rule).

Rules: non-finite loss/grad norm, entropy collapse (mean token entropy below a floor), KL
blow-up (above a ceiling), reward collapse (the recent mean reward falls a set fraction below the
best recent mean). The trainer answers a verdict by rolling back to the last good checkpoint
with a lower learning rate, and gives up with a report after `max_rollbacks`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

from reasonrl.errors import ReasonRLError


class TrainingUnstable(ReasonRLError):
    """Raised after too many rollbacks; carries the guard's event log."""


@dataclass
class StabilityGuard:
    min_entropy: float = 0.005
    max_kl: float = 5.0
    reward_drop: float = 0.5
    reward_min_drop: float = 0.1   # and at least this much in absolute terms: low rewards are noisy
    window: int = 3
    rewards: list[float] = field(default_factory=list)
    best: float = -math.inf

    def check(self, metrics: dict) -> str | None:
        """The first rule the step breaks, or None. Only good steps enter the reward history."""
        for key in ("loss", "grad_norm"):
            if key in metrics and not math.isfinite(metrics[key]):
                return f"non_finite_{key}"
        if metrics.get("entropy", math.inf) < self.min_entropy:
            return f"entropy_collapse ({metrics['entropy']:.4f} < {self.min_entropy})"
        if metrics.get("kl", 0.0) > self.max_kl:
            return f"kl_blowup ({metrics['kl']:.3f} > {self.max_kl})"
        recent = (self.rewards + [metrics["reward_mean"]])[-self.window:]
        mean = sum(recent) / len(recent)
        if (len(recent) == self.window and self.best > 0 and mean < (1 - self.reward_drop) * self.best
                and self.best - mean >= self.reward_min_drop):
            return f"reward_collapse ({mean:.3f} < {(1 - self.reward_drop):.2f} x best {self.best:.3f})"
        self.rewards = recent
        if len(recent) == self.window:
            self.best = max(self.best, mean)
        return None

    def state(self) -> dict:
        return {"rewards": self.rewards, "best": self.best}

    def load(self, state: dict) -> None:
        self.rewards, self.best = list(state["rewards"]), state["best"]
