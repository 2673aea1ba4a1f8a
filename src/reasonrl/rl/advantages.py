"""Advantage estimators for outcome rewards, chosen by registry name.

All take `rewards` of shape [B] where B = num_prompts * G and the G samples of a prompt are
contiguous (the layout rollout engines return), and return advantages of shape [B]; the
trainer broadcasts them over each completion's tokens.
"""

from __future__ import annotations

from typing import Callable

import torch

from reasonrl._registry import Registry

AdvantageFn = Callable[..., torch.Tensor]
ADVANTAGES: Registry[AdvantageFn] = Registry("advantage estimator")


def _groups(rewards: torch.Tensor, group_size: int) -> torch.Tensor:
    if rewards.ndim != 1 or rewards.numel() % group_size:
        raise ValueError(f"rewards must be [num_prompts*G], got {tuple(rewards.shape)} with G={group_size}")
    return rewards.view(-1, group_size)


@ADVANTAGES.register("grpo")
def grpo(rewards: torch.Tensor, group_size: int, eps: float = 1e-6) -> torch.Tensor:
    """GRPO (Shao et al. 2024, arXiv:2402.03300, eq. 3): (r - mean_group) / (std_group + eps).
    std is the unbiased sample std, as in TRL's GRPOTrainer and verl's core_algos."""
    g = _groups(rewards, group_size)
    return ((g - g.mean(1, keepdim=True)) / (g.std(1, keepdim=True) + eps)).reshape(-1)


@ADVANTAGES.register("dr_grpo")
def dr_grpo(rewards: torch.Tensor, group_size: int) -> torch.Tensor:
    """Dr. GRPO (Liu et al. 2025, arXiv:2503.20783): r - mean_group, no std division (removes the
    question-difficulty bias); pair it with a constant length normaliser in the aggregation."""
    g = _groups(rewards, group_size)
    return (g - g.mean(1, keepdim=True)).reshape(-1)


@ADVANTAGES.register("rloo")
def rloo(rewards: torch.Tensor, group_size: int) -> torch.Tensor:
    """RLOO (Ahmadian et al. 2024, arXiv:2402.14740): r_i - mean_{j != i} r_j
    = G/(G-1) * (r_i - mean_group)."""
    g = _groups(rewards, group_size)
    return (group_size / (group_size - 1) * (g - g.mean(1, keepdim=True))).reshape(-1)


@ADVANTAGES.register("reinforce_pp")
def reinforce_pp(rewards: torch.Tensor, group_size: int, eps: float = 1e-6) -> torch.Tensor:
    """REINFORCE++ (Hu 2025, arXiv:2501.03262): global batch normalisation, no group baseline."""
    _groups(rewards, group_size)
    return (rewards - rewards.mean()) / (rewards.std() + eps)


@ADVANTAGES.register("reinforce_pp_baseline")
def reinforce_pp_baseline(rewards: torch.Tensor, group_size: int, eps: float = 1e-6) -> torch.Tensor:
    """REINFORCE++-baseline: subtract the group mean, then normalise over the whole batch."""
    centred = dr_grpo(rewards, group_size)
    return centred / (centred.std() + eps)


@ADVANTAGES.register("grpo_batch_std")
def grpo_batch_std(rewards: torch.Tensor, group_size: int, eps: float = 1e-6) -> torch.Tensor:
    """Group-mean baseline, batch-level std (TRL `scale_rewards="batch"`; Liu et al. 2025,
    "Part I: Tricks or Traps?", arXiv:2508.08221): robust when a group's std is tiny."""
    centred = dr_grpo(rewards, group_size)
    return centred / (rewards.std() + eps)
