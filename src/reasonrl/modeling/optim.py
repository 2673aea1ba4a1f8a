"""The optimizer step every training loop shares (pretraining, reward model, RL strategies, SFT and
distillation): clip the global grad norm, step only when it is finite (a non-finite step is
skipped rather than poisoning the weights), zero the gradients."""

from __future__ import annotations

import math

import torch


def clip_and_step(parameters, optimizer, max_grad_norm: float) -> float:
    """After backward: clip, step if finite, zero. Returns the pre-clip global grad norm."""
    norm = torch.nn.utils.clip_grad_norm_(parameters, max_grad_norm)
    norm = float(norm.full_tensor() if hasattr(norm, "full_tensor") else norm)  # DTensor under FSDP2
    if math.isfinite(norm):
        optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return norm


def optimizer_step(model, optimizer, loss, max_grad_norm: float = 1.0) -> float:
    """Backward of `loss`, then clip_and_step over the model's parameters."""
    loss.backward()
    return clip_and_step(model.parameters(), optimizer, max_grad_norm)
