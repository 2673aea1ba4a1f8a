"""Turn rollouts into padded tensors and compute per-token log-probs of the sampled tokens."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from reasonrl.rl.rollout.base import Rollout


@dataclass
class Batch:
    """input_ids/attention_mask: [B, L] (prompt + completion, right-padded);
    completion_mask: [B, L-1], 1 where target token t+1 is a completion token."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    completion_mask: torch.Tensor

    def select(self, idx: torch.Tensor) -> Batch:
        return Batch(self.input_ids[idx], self.attention_mask[idx], self.completion_mask[idx])


def collate(rollouts: list[Rollout], pad_id: int) -> Batch:
    seqs = [r.prompt_ids + r.completion_ids for r in rollouts]
    length = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), length), pad_id, dtype=torch.long)
    attn = torch.zeros((len(seqs), length), dtype=torch.long)
    comp = torch.zeros((len(seqs), length - 1), dtype=torch.float32)
    for i, (r, s) in enumerate(zip(rollouts, seqs)):
        ids[i, : len(s)] = torch.tensor(s)
        attn[i, : len(s)] = 1
        p = len(r.prompt_ids)
        comp[i, p - 1: len(s) - 1] = 1.0  # position t predicts token t+1
    return Batch(ids, attn, comp)


def token_logprobs(model, batch: Batch, temperature: float = 1.0, with_entropy: bool = False):
    """log pi(token_{t+1} | prefix) for every position: [B, L-1] (and entropy [B, L-1]).

    Logits are divided by the sampling temperature so the log-probs are those of the
    distribution the rollouts were drawn from (as verl does)."""
    from reasonrl.rl.kl import entropy_from_logits

    logits = model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1].float()
    logits = logits / temperature
    logp = torch.log_softmax(logits, dim=-1).gather(-1, batch.input_ids[:, 1:].unsqueeze(-1)).squeeze(-1)
    if with_entropy:
        with torch.no_grad():
            return logp, entropy_from_logits(logits)
    return logp
