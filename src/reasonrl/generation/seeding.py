"""Every random stream of generation is seeded here, from integers that say what is sampled, so
a sample does not depend on which rank, batch or process drew it (an N-rank run samples what a
1-rank run samples; champion and challenger answer the same prompts with the same streams).

    prompt-level seed (one per kind of run)      -> sample_seed(prompt, j) -> torch.Generator seed
    rollout_seed(seed, step, draw, index)  RL: the index-th prompt of a step's draw
    record_seed(seed, record_id)           evaluation: a record, whatever its position
    distill_seed(seed, epoch, index)       on-policy distillation: an example in an epoch
"""

from __future__ import annotations

import hashlib

_MIX = (1 << 61) - 1  # Mersenne prime: mixes (prompt seed, sample) into a generator seed


def sample_seed(prompt_seed: int, j: int) -> int:
    """The generator seed of sample j of a prompt."""
    return (prompt_seed * 1_000_003 + j * 7919 + 1) % _MIX


def rollout_seed(seed: int, step: int, draw: int, index: int) -> int:
    return ((seed * 1_000_003 + step) * 10_007 + draw) * 100_003 + index


def record_seed(seed: int, record_id: str) -> int:
    return int(hashlib.sha256(f"{seed}:{record_id}".encode()).hexdigest()[:12], 16)


def distill_seed(seed: int, epoch: int, index: int) -> int:
    return seed * 1_000_003 + epoch * 7919 + index
