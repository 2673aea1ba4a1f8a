"""Rollout/trainer mismatch correction: truncated importance sampling (TIS) and sequence masking.

When rollouts come from another engine (vLLM's kernels) or precision (bf16 sampling, fp32
training) than the trainer's forward, the policy that sampled a token is not the one whose
log-probs the loss uses, and the update is silently off-policy (Yao et al. 2025, "Your efficient
RL framework secretly brings you off-policy RL training"; Liu et al. 2025, "When speed kills
stability"). The correction, as in verl's rollout correction and TRL's `vllm_importance_sampling`:

    rho_t  = pi_trainer(y_t | y_<t) / pi_rollout(y_t | y_<t)        per token
    w_t    = min(rho_t, C)                                           token-level TIS, weight on the loss
    keep_i = low <= exp(mean_t log rho_t) <= high                    sequence-level masking (geometric mean)

pi_trainer is the trainer's recomputed old policy (no gradient), so w is a constant factor on
each token's policy-gradient loss. Sequences outside the band (a token the trainer finds far
less likely than the sampler did, e.g. a sampler bug or a precision cliff) carry no loss.
"""

from __future__ import annotations

import torch

from reasonrl.errors import ConfigError


def rollout_correction(
    trainer_logp: torch.Tensor,
    rollout_logp: torch.Tensor,
    mask: torch.Tensor,
    cap: float,
    low: float,
    high: float,
) -> tuple[torch.Tensor, torch.Tensor, dict[str, float]]:
    """trainer_logp, rollout_logp, mask: [B, T]. Returns (token weights [B, T] (detached, 0 off
    the mask), keep [B] bool, sums) where `sums` are token- or sequence-summed statistics (divide
    by `tokens` / `sequences` after summing over micro-batches and ranks)."""
    mask = mask.float()
    log_ratio = (trainer_logp.detach().float() - rollout_logp.float()) * mask
    ratio = torch.exp(log_ratio)
    weights = ratio.clamp(max=cap) * mask
    n = mask.sum(1)
    geo = torch.exp(log_ratio.sum(1) / n.clamp(min=1))
    keep = (geo >= low) & (geo <= high) | (n == 0)
    k3 = (ratio - 1 - log_ratio) * mask  # KL(pi_rollout || pi_trainer), unbiased under rollout samples
    sums = {
        "tokens": float(n.sum()),
        "sequences": float((n > 0).sum()),
        "ratio_abs_dev": float(((ratio - 1).abs() * mask).sum()),
        "outside_0.9_1.1": float((((ratio < 0.9) | (ratio > 1.1)).float() * mask).sum()),
        "kl": float(k3.sum()),
        "tis_capped": float(((ratio > cap).float() * mask).sum()),
        "masked_sequences": float((~keep & (n > 0)).sum()),
    }
    return weights, keep, sums


SEQUENCE_STATS = ("masked_sequences",)
STATS = ("ratio_abs_dev", "outside_0.9_1.1", "kl", "tis_capped", "masked_sequences")


def summarize(sums: dict[str, float]) -> dict[str, float]:
    """Per-token means (and the share of masked sequences) from summed statistics, as `mismatch/*`
    metrics; NaN when nothing was measured (every group tied and no sequence was trained)."""
    tokens, seqs = sums.get("tokens", 0.0), sums.get("sequences", 0.0)
    if not tokens:
        return {f"mismatch/{k}": float("nan") for k in STATS}
    return {f"mismatch/{k}": sums[k] / (seqs if k in SEQUENCE_STATS else tokens) for k in STATS}


def behaviour_logprobs(rollouts, idx: list[int], starts: list[int], like: torch.Tensor) -> torch.Tensor:
    """The rollout engine's per-token log-probs of rows `idx` [b], row j's first completion token at
    column starts[j], laid out like the loss mask `like` [b, T] (what rollout_correction compares)."""
    out = torch.zeros_like(like, dtype=torch.float32)
    for row, (i, start) in enumerate(zip(idx, starts, strict=True)):
        lp = rollouts[i].logprobs
        if lp is None:
            raise ConfigError(
                "rollout correction needs the engine's per-token log-probs, and this engine gave none",
                hint="use an engine that reports them (hf, vllm) or set rl.rollout_correction.mode=off",
            )
        out[row, start : start + len(lp)] = torch.tensor(lp[: out.shape[1] - start], dtype=torch.float32)
    return out
