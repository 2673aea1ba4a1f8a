"""Padded training batches of (prompt, completion) token ids, shared by RL, SFT and distillation."""

from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass
class Batch:
    """input_ids/attention_mask: [B, L] (prompt + completion, right-padded);
    completion_mask: [B, L-1], 1 where target token t+1 is a completion token."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    completion_mask: torch.Tensor

    def select(self, idx: torch.Tensor) -> Batch:
        return Batch(self.input_ids[idx], self.attention_mask[idx], self.completion_mask[idx])

    def to(self, device) -> Batch:
        return Batch(
            self.input_ids.to(device), self.attention_mask.to(device), self.completion_mask.to(device)
        )


def collate_pairs(pairs: list[tuple[list[int], list[int]]], pad_id: int) -> Batch:
    """(prompt_ids, completion_ids) pairs -> a right-padded Batch; loss only on completion tokens."""
    seqs = [p + c for p, c in pairs]
    length = max(len(s) for s in seqs)
    ids = torch.full((len(seqs), length), pad_id, dtype=torch.long)
    attn = torch.zeros((len(seqs), length), dtype=torch.long)
    comp = torch.zeros((len(seqs), length - 1), dtype=torch.float32)
    for i, ((prompt, _), s) in enumerate(zip(pairs, seqs, strict=True)):
        ids[i, : len(s)] = torch.tensor(s)
        attn[i, : len(s)] = 1
        comp[i, len(prompt) - 1 : len(s) - 1] = 1.0  # position t predicts token t+1
    return Batch(ids, attn, comp)


def collate(rollouts, pad_id: int) -> Batch:
    """Rollouts (anything with prompt_ids and completion_ids) -> a Batch."""
    return collate_pairs([(r.prompt_ids, r.completion_ids) for r in rollouts], pad_id)
