"""Adaptive curriculum: per-prompt pass rates tracked through training; a prompt that every
sample solves, or none does, `patience` visits in a row teaches nothing (its GRPO group ties, its
advantage is 0) and is set aside for `cooldown` steps, then revisited (the policy may have moved
past it or up to it). As in Kimi k1.5's curriculum and prioritised sampling and the pass-rate
filtering of DAPO / Polaris, made deterministic and resumable: its state is a plain dict that
travels in the checkpoint with the prompt sampler.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Curriculum:
    patience: int = 2
    cooldown: int = 20
    # prompt id -> [streak kind (1.0 all solved, 0.0 none solved), streak length, parked until step]
    table: dict[str, list] = field(default_factory=dict)

    def parked(self, prompt_id: str, step: int) -> bool:
        entry = self.table.get(prompt_id)
        return entry is not None and entry[2] > step

    def update(self, visits: list[tuple[str, float]], step: int) -> None:
        """(prompt id, pass rate of its group this step) for every group drawn."""
        for pid, rate in visits:
            kind = rate if rate in (0.0, 1.0) else None
            entry = self.table.setdefault(pid, [None, 0, -1])
            entry[1] = (
                entry[1] + 1 if kind is not None and kind == entry[0] else (1 if kind is not None else 0)
            )
            entry[0] = kind
            if kind is not None and entry[1] >= self.patience:
                entry[1], entry[2] = 0, step + 1 + self.cooldown  # back in the pool after the cooldown

    def stats(self, step: int) -> dict[str, float]:
        parked = [e for e in self.table.values() if e[2] > step]
        return {
            "curriculum/parked": float(len(parked)),
            "curriculum/parked_solved": float(sum(e[0] == 1.0 for e in parked)),
            "curriculum/tracked": float(len(self.table)),
        }

    def state(self) -> dict:
        return {
            "patience": self.patience,
            "cooldown": self.cooldown,
            "table": {k: list(v) for k, v in self.table.items()},
        }

    @classmethod
    def from_state(cls, state: dict) -> Curriculum:
        return cls(state["patience"], state["cooldown"], {k: list(v) for k, v in state["table"].items()})
