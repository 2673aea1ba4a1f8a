"""One optimizer step, shared by every training loop (pretraining, reward model, RL, distillation)."""

from __future__ import annotations


def optimizer_step(model, optimizer, loss, max_grad_norm: float = 1.0) -> float:
    """Backward, clip the global grad norm, step; a non-finite step is skipped rather than
    poisoning the weights. Returns the pre-clip grad norm."""
    import torch

    optimizer.zero_grad(set_to_none=True)
    loss.backward()
    grad_norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_grad_norm)
    if torch.isfinite(grad_norm):
        optimizer.step()
    return float(grad_norm)
