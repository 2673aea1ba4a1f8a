"""Padded training batches of (prompt, completion) token ids, shared by RL, SFT and distillation.

One pair batcher (`collate_pairs`) pads every batch; the two layouts the losses read come from it:
whole sequences (`Batch`: a plain forward, as logit KD and the RL "rows" layout need) and each
prompt once beside its completions (`Batch.prompt_once` -> `SharedPrefixBatch`: SFT and RL groups,
where the prompt is most of the tokens). One padding rule, so the layouts cannot drift apart."""

from __future__ import annotations

from dataclasses import dataclass

import torch


@dataclass
class Batch:
    """input_ids/attention_mask: [B, L] (prompt + completion, right-padded);
    completion_mask: [B, L-1], 1 where target token t+1 is a completion token;
    prompt_lengths: [B] (CPU) where each row's completion starts, set by `collate_pairs` (the
    completion mask alone cannot say it once a row's loss is masked)."""

    input_ids: torch.Tensor
    attention_mask: torch.Tensor
    completion_mask: torch.Tensor
    prompt_lengths: torch.Tensor | None = None

    def select(self, idx: torch.Tensor) -> Batch:
        lengths = None if self.prompt_lengths is None else self.prompt_lengths[idx.cpu()]
        return Batch(self.input_ids[idx], self.attention_mask[idx], self.completion_mask[idx], lengths)

    def to(self, device) -> Batch:
        return Batch(
            self.input_ids.to(device),
            self.attention_mask.to(device),
            self.completion_mask.to(device),
            self.prompt_lengths,
        )

    def prompt_once(self, pad_id: int, row_group: list[int] | None = None) -> SharedPrefixBatch:
        """This batch laid out with each prompt once: rows with the same `row_group` index (default:
        each row its own) share the prompt of the group's first row. Built on the CPU."""
        if self.prompt_lengths is None:
            raise ValueError("prompt_once needs the prompt lengths collate_pairs records")
        ids, ends = self.input_ids.cpu(), self.attention_mask.sum(1).cpu().tolist()
        starts = self.prompt_lengths.tolist()
        row_group = list(range(len(starts))) if row_group is None else row_group
        first = list(dict.fromkeys(row_group))  # groups in order of appearance
        if first != list(range(len(first))):
            raise ValueError(f"row_group must number groups 0.. in order of appearance, got {row_group}")
        heads = [row_group.index(g) for g in first]
        prompts = [ids[i, : starts[i]] for i in heads]
        completions = [ids[i, starts[i] : ends[i]] for i in range(len(starts))]
        return _prompt_once_layout(prompts, completions, row_group, pad_id)


@dataclass
class SharedPrefixBatch:
    """Whole groups whose G completions share one prompt, laid out so the prompt is run once:
    prompt_ids/prompt_mask [g, Lp] (left-padded), completion_ids [b, Lc] (right-padded),
    mask [b, Lc] (1 on completion tokens that carry loss), row_group [b] (each row's prompt),
    lengths [b] (each completion's token count)."""

    prompt_ids: torch.Tensor
    prompt_mask: torch.Tensor
    completion_ids: torch.Tensor
    mask: torch.Tensor
    row_group: torch.Tensor
    lengths: torch.Tensor

    def to(self, device) -> SharedPrefixBatch:
        fields = (self.prompt_ids, self.prompt_mask, self.completion_ids, self.mask, self.row_group)
        return SharedPrefixBatch(*(t.to(device) for t in fields), self.lengths)


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
    return Batch(ids, attn, comp, torch.tensor([len(p) for p, _ in pairs]))


def collate(rollouts, pad_id: int) -> Batch:
    """Rollouts (anything with prompt_ids and completion_ids) -> a Batch."""
    return collate_pairs([(r.prompt_ids, r.completion_ids) for r in rollouts], pad_id)


def _prompt_once_layout(
    prompts: list[torch.Tensor], completions: list[torch.Tensor], row_group: list[int], pad_id: int
) -> SharedPrefixBatch:
    """Prompts left-padded [g, Lp], completions right-padded [b, Lc], each row's prompt index."""
    lp, lc = max(len(p) for p in prompts), max(max(len(c) for c in completions), 1)
    p_ids = torch.full((len(prompts), lp), pad_id, dtype=torch.long)
    p_mask = torch.zeros((len(prompts), lp), dtype=torch.long)
    for i, p in enumerate(prompts):
        p_ids[i, lp - len(p) :], p_mask[i, lp - len(p) :] = p, 1
    c_ids = torch.full((len(completions), lc), pad_id, dtype=torch.long)
    c_mask = torch.zeros((len(completions), lc), dtype=torch.float32)
    for i, c in enumerate(completions):
        c_ids[i, : len(c)], c_mask[i, : len(c)] = c, 1.0
    lengths = torch.tensor([len(c) for c in completions])
    return SharedPrefixBatch(p_ids, p_mask, c_ids, c_mask, torch.tensor(row_group), lengths)
