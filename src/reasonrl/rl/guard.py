"""Stability guard: detect a step that broke training and say why (pure, rule by rule).

Rules: non-finite loss/grad norm, entropy collapse (mean token entropy below a floor), KL
blow-up (above a ceiling), reward collapse (the recent mean reward falls a set fraction below the
best recent mean), label collapse (one label takes more than `max_label_share` of a classification
task's decisions for `window` steps in a row: the constant classifier a policy falls into, issue 22;
by default the decisions are each group's modal answer, a proxy for the greedy one). The trainer
answers a verdict by rolling back to the last good checkpoint with a lower learning rate, and gives
up with a report after `max_rollbacks`.
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
    reward_min_drop: float = 0.1  # and at least this much in absolute terms: low rewards are noisy
    window: int = 3
    max_label_share: float = 0.9
    label_view: str = "mode"  # which label shares: "mode" (each group's modal answer) or "share" (rollouts)
    rewards: list[float] = field(default_factory=list)
    best: float = -math.inf
    label_streak: int = 0  # steps in a row with one label above max_label_share
    label_armed: bool = False  # a model that starts constant is not collapsing: armed once it is not
    prior: str | None = None  # the label the policy answered most at its first classified step

    def check(self, metrics: dict) -> str | None:
        """The first rule the step breaks, or None. Only good steps enter the reward history."""
        for key in ("loss", "grad_norm"):
            if key in metrics and not math.isfinite(metrics[key]):
                return f"non_finite_{key}"
        if metrics.get("entropy", math.inf) < self.min_entropy:
            return f"entropy_collapse ({metrics['entropy']:.4f} < {self.min_entropy})"
        if metrics.get("kl", 0.0) > self.max_kl:
            return f"kl_blowup ({metrics['kl']:.3f} > {self.max_kl})"
        collapsed = self._label_collapse(metrics)
        if collapsed:
            return collapsed
        recent = (self.rewards + [metrics["reward_mean"]])[-self.window :]
        mean = sum(recent) / len(recent)
        if (
            len(recent) == self.window
            and self.best > 0
            and mean < (1 - self.reward_drop) * self.best
            and self.best - mean >= self.reward_min_drop
        ):
            return f"reward_collapse ({mean:.3f} < {(1 - self.reward_drop):.2f} x best {self.best:.3f})"
        self.rewards = recent
        if len(recent) == self.window:
            self.best = max(self.best, mean)
        return None

    def _label_collapse(self, metrics: dict) -> str | None:
        """Label collapse once `window` steps in a row give one label more than max_label_share of
        the decisions (`labels/<label_view>/<label>`, unparseable aside). The streak counts only once
        the policy has been below the line or has moved its top label off the one it started with:
        a base model that already answers one label is what the balanced signal has to move, not a
        collapse training caused and a rollback can undo (the recall gate judges it at the end); a
        flip to the other constant label is one."""
        prefix = f"labels/{self.label_view}/"
        shares = {
            k[len(prefix) :]: v
            for k, v in metrics.items()
            if k.startswith(prefix) and k != prefix + "unparseable"
        }
        if not shares:
            return None
        label, share = max(shares.items(), key=lambda kv: (kv[1], kv[0]))
        self.prior = self.prior if self.prior is not None else label
        if share <= self.max_label_share or label != self.prior:
            self.label_armed = True
        if share <= self.max_label_share:
            self.label_streak = 0
            return None
        if not self.label_armed:
            return None
        if self.label_streak + 1 >= self.window:
            self.label_streak = 0
            what = "groups' modal answers" if self.label_view == "mode" else "rollouts"
            return (
                f"label_collapse ({label!r} in {share:.0%} of {what} for {self.window} steps "
                f"> {self.max_label_share:.0%})"
            )
        self.label_streak += 1
        return None

    def state(self) -> dict:
        return {
            "rewards": self.rewards,
            "best": self.best,
            "label_streak": self.label_streak,
            "label_armed": self.label_armed,
            "prior": self.prior,
        }

    def load(self, state: dict) -> None:
        self.rewards, self.best = list(state["rewards"]), state["best"]
        self.label_streak, self.label_armed = state.get("label_streak", 0), state.get("label_armed", False)
        self.prior = state.get("prior")
