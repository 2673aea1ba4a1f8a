"""KL(pi || pi_ref) estimators per token (Schulman 2020, "Approximating KL divergence").

Inputs are log-probs of the sampled tokens under the policy and the reference, shape [B, T];
outputs are per-token estimates, shape [B, T].
"""

from __future__ import annotations

import torch

from reasonrl._registry import Registry

KL_ESTIMATORS: Registry = Registry("KL estimator")


@KL_ESTIMATORS.register("k1")
def k1(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """log(pi/pi_ref): unbiased, high variance, can be negative."""
    return logp - ref_logp


@KL_ESTIMATORS.register("k2")
def k2(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """0.5 * log(pi/pi_ref)^2: biased, low variance; its gradient is the true KL gradient."""
    return 0.5 * (logp - ref_logp) ** 2


@KL_ESTIMATORS.register("k3")
def k3(logp: torch.Tensor, ref_logp: torch.Tensor) -> torch.Tensor:
    """pi_ref/pi - log(pi_ref/pi) - 1: unbiased, non-negative (used by GRPO, eq. 4)."""
    log_ratio = ref_logp - logp
    return torch.exp(log_ratio) - log_ratio - 1


def entropy_from_logits(logits: torch.Tensor) -> torch.Tensor:
    """Per-position entropy of softmax(logits); [B, T, V] -> [B, T]."""
    return entropy_from_logprobs(torch.log_softmax(logits.float(), dim=-1))


def entropy_from_logprobs(logp: torch.Tensor) -> torch.Tensor:
    """Per-position entropy from a log-softmax already computed (the update's, for its log-probs:
    a second log-softmax over [B, T, V] is ~10% of the vocabulary-wide work); [B, T, V] -> [B, T]."""
    return -(logp.exp() * logp).sum(-1)
