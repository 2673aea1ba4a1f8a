"""Policy-gradient losses and loss aggregation, chosen by registry name.

Per-token losses take log-probs of the sampled tokens `logp`, `old_logp` of shape [B, T],
advantages `adv` of shape [B] and a 0/1 completion `mask` [B, T]; they return the per-token
loss [B, T] plus clip statistics. Aggregations reduce [B, T] to a scalar; their normalisers are
arguments so an N-rank run can pass the global token/sequence counts and equal a 1-rank run.
"""

from __future__ import annotations

import torch

from reasonrl._registry import Registry

POLICY_LOSSES: Registry = Registry("policy loss")
AGGREGATIONS: Registry = Registry("loss aggregation")


def _masked_mean(x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
    return (x * mask).sum() / mask.sum().clamp(min=1)


@POLICY_LOSSES.register("ppo_clip")
def ppo_clip(logp, old_logp, adv, mask, eps_low: float = 0.2, eps_high: float = 0.2, **_):
    """PPO clipped surrogate (Schulman et al. 2017) with decoupled bounds: eps_high > eps_low is
    DAPO's clip-higher (Yu et al. 2025, arXiv:2503.14476). Loss = -min(r*A, clip(r, 1-el, 1+eh)*A)."""
    ratio = torch.exp(logp - old_logp)
    a = adv.unsqueeze(1)
    unclipped, clipped = ratio * a, torch.clamp(ratio, 1 - eps_low, 1 + eps_high) * a
    loss = -torch.minimum(unclipped, clipped)
    stats = {
        "clip_frac_low": _masked_mean(((ratio < 1 - eps_low) & (a < 0)).float(), mask).item(),
        "clip_frac_high": _masked_mean(((ratio > 1 + eps_high) & (a > 0)).float(), mask).item(),
    }
    return loss, stats


@POLICY_LOSSES.register("dual_clip")
def dual_clip(
    logp, old_logp, adv, mask, eps_low: float = 0.2, eps_high: float = 0.2, clip_c: float = 3.0, **_
):
    """Dual-clip PPO (Ye et al. 2020, arXiv:1912.09729; verl `clip_ratio_c`): for A < 0 the clipped
    surrogate is further bounded by -c*A, so a huge ratio on a bad token cannot blow up the step."""
    loss, stats = ppo_clip(logp, old_logp, adv, mask, eps_low, eps_high)
    a = adv.unsqueeze(1)
    bounded = torch.minimum(loss, -clip_c * a)
    stats["clip_frac_dual"] = _masked_mean(((loss > -clip_c * a) & (a < 0)).float(), mask).item()
    return torch.where(a < 0, bounded, loss), stats


@POLICY_LOSSES.register("cispo")
def cispo(logp, old_logp, adv, mask, eps_low: float = 0.2, eps_high: float = 4.0, **_):
    """CISPO (MiniMax-M1, arXiv:2506.13585, eq. 4): clip the importance-sampling weight, not the
    update: loss = -sg(min(r, 1 + eps_high)) * A * logp, so every token keeps a gradient."""
    ratio = torch.exp(logp - old_logp)
    weight = torch.clamp(ratio, max=1 + eps_high).detach()
    a = adv.unsqueeze(1)
    stats = {
        "clip_frac_low": 0.0,
        "clip_frac_high": _masked_mean(((ratio > 1 + eps_high) & (a > 0)).float(), mask).item(),
    }
    return -weight * a * logp, stats


@POLICY_LOSSES.register("gspo")
def gspo(logp, old_logp, adv, mask, eps_low: float = 3e-4, eps_high: float = 4e-4, **_):
    """GSPO (Zheng et al. 2025, arXiv:2507.18071): one sequence-level ratio
    s = exp(mean_t(logp - old_logp)) clipped per sequence, broadcast to tokens with a
    straight-through token gradient (s_t = sg(s) * exp(logp_t - sg(logp_t)))."""
    seq_log_ratio = ((logp - old_logp) * mask).sum(1) / mask.sum(1).clamp(min=1)
    token_ratio = torch.exp(seq_log_ratio.detach().unsqueeze(1) + logp - logp.detach())
    a = adv.unsqueeze(1)
    loss = -torch.minimum(token_ratio * a, torch.clamp(token_ratio, 1 - eps_low, 1 + eps_high) * a)
    s = torch.exp(seq_log_ratio)
    stats = {
        "clip_frac_low": ((s < 1 - eps_low) & (adv < 0)).float().mean().item(),
        "clip_frac_high": ((s > 1 + eps_high) & (adv > 0)).float().mean().item(),
    }
    return loss, stats


@AGGREGATIONS.register("token_mean")
def token_mean(loss: torch.Tensor, mask: torch.Tensor, num_tokens: float | None = None, **_) -> torch.Tensor:
    """Sum over all completion tokens / total token count (DAPO). `num_tokens` is the global
    count when the batch is split across ranks or micro-batches."""
    denom = mask.sum() if num_tokens is None else num_tokens
    return (loss * mask).sum() / max(float(denom), 1.0)


@AGGREGATIONS.register("seq_mean_token_mean")
def seq_mean_token_mean(
    loss: torch.Tensor, mask: torch.Tensor, num_seqs: float | None = None, **_
) -> torch.Tensor:
    """Mean over tokens within each sequence, then over sequences (original GRPO)."""
    per_seq = (loss * mask).sum(1) / mask.sum(1).clamp(min=1)
    return per_seq.sum() / (per_seq.numel() if num_seqs is None else num_seqs)


@AGGREGATIONS.register("seq_mean_token_sum_norm")
def seq_mean_token_sum_norm(
    loss: torch.Tensor,
    mask: torch.Tensor,
    max_new_tokens: int | None = None,
    num_seqs: float | None = None,
    **_,
) -> torch.Tensor:
    """Token sum per sequence divided by a constant (the generation budget), then mean over
    sequences: Dr. GRPO's length-unbiased aggregation."""
    norm = float(max_new_tokens if max_new_tokens is not None else mask.shape[1])
    per_seq = (loss * mask).sum(1) / norm
    return per_seq.sum() / (per_seq.numel() if num_seqs is None else num_seqs)
