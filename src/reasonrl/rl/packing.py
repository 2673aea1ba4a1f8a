"""Padding-free completion forwards: the completions of a micro-batch packed into rows of the
longest one's length, kept apart by a block mask, so the layers run on (almost) only real tokens.

Layout (a micro-batch of whole groups whose prompts already ran once, see rl.batch): completions
are placed first-fit-decreasing into bins of capacity C = the longest completion; bin k's KV cache
is the prompt cache of each group it holds, side by side [m groups x Wp]; a token attends to its own
group's prompt (where the prompt mask is 1) and, causally, to its own completion. Positions continue
each prompt's, as in the padded layout, so the log-probs equal the padded forward's (to float
rounding; tests/rl/test_packing.py) and so do the gradients.

TRL's `padding_free` / BFD packing does the same for whole sequences with varlen flash attention on
GPU; on CPU there is no varlen kernel, so bins bound the attention to C x (m Wp + C) per bin.
"""

from __future__ import annotations

import torch


def first_fit(lengths: list[int], capacity: int) -> list[list[int]]:
    """Indices grouped into bins whose lengths sum to <= capacity: first fit, longest first
    (Johnson 1973: at most 11/9 OPT + 1 bins). Every length must be <= capacity."""
    bins: list[list[int]] = []
    room: list[int] = []
    for i in sorted(range(len(lengths)), key=lambda i: -lengths[i]):
        k = next((k for k, r in enumerate(room) if r >= lengths[i]), None)
        if k is None:
            bins.append([]), room.append(capacity)
            k = len(bins) - 1
        bins[k].append(i)
        room[k] -= lengths[i]
    return bins


def padding_share(lengths: list[int], rows: int, width: int) -> float:
    """Share of the token slots of a [rows, width] layout that hold no token."""
    return 1.0 - sum(lengths) / max(rows * width, 1)


def packed_layout(lengths: list[int], row_group: list[int], starts: list[int]):
    """Where each completion token goes. Returns (bins, width C, slot [b] -> (bin, offset),
    positions [nb, C], segment [nb, C] (row index, -1 on slack), group [nb, C])."""
    width = max(max(lengths), 1)
    bins = first_fit(lengths, width)
    positions = torch.zeros((len(bins), width), dtype=torch.long)
    segment = torch.full((len(bins), width), -1, dtype=torch.long)
    group = torch.full((len(bins), width), -1, dtype=torch.long)
    slot = [(0, 0)] * len(lengths)
    for k, members in enumerate(bins):
        offset = 0
        for i in members:
            n = lengths[i]
            slot[i] = (k, offset)
            positions[k, offset : offset + n] = starts[row_group[i]] + torch.arange(n)
            segment[k, offset : offset + n], group[k, offset : offset + n] = i, row_group[i]
            offset += n
    return bins, width, slot, positions, segment, group


def bin_prompts(bins: list[list[int]], row_group: list[int]) -> tuple[torch.Tensor, torch.Tensor]:
    """The groups whose prompts bin k needs: (groups [nb, m], padded by repeating the first, and
    real [nb, m], False on the padding, which must never be attended: it would count twice)."""
    needs = [list(dict.fromkeys(row_group[i] for i in members)) for members in bins]
    m = max(len(n) for n in needs)
    groups = torch.tensor([n + [n[0]] * (m - len(n)) for n in needs], dtype=torch.long)
    real = torch.tensor([[True] * len(n) + [False] * (m - len(n)) for n in needs])
    return groups, real


def packed_mask(prompts, real, prompt_mask, segment, group) -> torch.Tensor:
    """Boolean attention mask [nb, 1, C, m Wp + C]: prompt keys of the token's own group where the
    prompt mask is 1 (prompts/real from `bin_prompts`), then its own completion causally. Slack
    slots attend to themselves only (a row with no key would give NaN); their outputs are never read."""
    nb, width = segment.shape
    wp = prompt_mask.shape[1]
    key_group = prompts.unsqueeze(-1).expand(-1, -1, wp).reshape(nb, -1)  # [nb, m Wp]
    key_ok = (prompt_mask[prompts].bool() & real.unsqueeze(-1)).reshape(nb, -1)  # [nb, m Wp]
    to_prompt = (key_group.unsqueeze(1) == group.unsqueeze(2)) & key_ok.unsqueeze(1)  # [nb, C, m Wp]
    return torch.cat([to_prompt, own_mask(segment)], dim=2).unsqueeze(1)


def own_mask(segment: torch.Tensor) -> torch.Tensor:
    """[nb, C, C] bool: each completion token attends causally to its own completion; slack
    slots attend to themselves only (a row with no key would give NaN)."""
    width = segment.shape[1]
    causal = torch.ones((width, width), dtype=torch.bool, device=segment.device).tril()
    own = (segment.unsqueeze(2) == segment.unsqueeze(1)) & causal & (segment.unsqueeze(2) >= 0)
    return own | torch.eye(width, dtype=torch.bool, device=segment.device)


def packed_cache(cache, prompts: torch.Tensor):
    """A DynamicCache whose bin k holds the prompt caches of groups prompts[k] side by side:
    [g, h, Wp, d] per layer -> [nb, h, m Wp, d] (gathered with autograd: the prompts' backward
    still runs once per group)."""
    from transformers import DynamicCache

    out = DynamicCache()
    nb, m = prompts.shape
    for i, layer in enumerate(cache.layers):
        kv = []
        for t in (layer.keys, layer.values):
            g, h, wp, d = t.shape
            kv.append(t[prompts.reshape(-1)].view(nb, m, h, wp, d).transpose(1, 2).reshape(nb, h, m * wp, d))
        out.update(kv[0], kv[1], i)
    return out
