"""Running reward normalisation (Welford's online mean/variance), checkpointed with the run."""

from __future__ import annotations

import math
from dataclasses import asdict, dataclass


@dataclass
class RunningNorm:
    count: int = 0
    mean: float = 0.0
    m2: float = 0.0
    eps: float = 1e-6

    def update(self, values: list[float]) -> None:
        for x in values:
            self.count += 1
            delta = x - self.mean
            self.mean += delta / self.count
            self.m2 += delta * (x - self.mean)

    @property
    def std(self) -> float:
        return math.sqrt(self.m2 / (self.count - 1)) if self.count > 1 else 1.0

    def __call__(self, values: list[float]) -> list[float]:
        """Update with this batch, then return it standardised by the running statistics."""
        self.update(values)
        return [(x - self.mean) / (self.std + self.eps) for x in values]

    def state(self) -> dict:
        return asdict(self)

    @classmethod
    def from_state(cls, state: dict) -> RunningNorm:
        return cls(**state)
