"""Per-token log-probs of sampled tokens, and of groups whose G completions share one prompt forward
(both layouts, and the one pair batcher they come from, live in reasonrl.modeling.batch)."""

from __future__ import annotations

import torch

from reasonrl.generation.base import Rollout
from reasonrl.modeling import cascade
from reasonrl.modeling.batch import Batch, SharedPrefixBatch, collate, collate_pairs
from reasonrl.modeling.device import device_of
from reasonrl.modeling.kv import cache_arg, cache_of
from reasonrl.modeling.prefix import prompt_forward
from reasonrl.rl.kl import entropy_from_logits, entropy_from_logprobs


def tempered(logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """logits / temperature; at 1.0 the logits themselves (the same values: a division of the
    [b, L, V] logits and its backward cost ~0.8 s of a moderation update on 2 cores)."""
    return logits if temperature == 1.0 else logits / temperature


def token_logprobs(model, batch: Batch, temperature: float = 1.0, with_entropy: bool = False):
    """log pi(token_{t+1} | prefix) for every position: [B, L-1] (and entropy [B, L-1]).

    Logits are divided by the sampling temperature so the log-probs are those of the
    distribution the rollouts were drawn from (as verl does). The batch goes to the model's device."""
    batch = batch.to(device_of(model))
    logits = model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1].float()
    logits = tempered(logits, temperature)
    logp = torch.log_softmax(logits, dim=-1).gather(-1, batch.input_ids[:, 1:].unsqueeze(-1)).squeeze(-1)
    if with_entropy:
        with torch.no_grad():
            return logp, entropy_from_logits(logits)
    return logp


def completion_nll(
    model,
    pairs: list[tuple[list[int], list[int]]],
    pad_id: int,
    rows: bool = False,
    reduction: str = "mean",
    prefix=None,
    skips: list[int] | None = None,
) -> torch.Tensor:
    """The SFT loss of (prompt_ids, completion_ids) pairs: the negative log-likelihood of the
    completion tokens, their mean (`reduction` "mean", a scalar), sum ("sum", a scalar) or each
    pair's sum ("rows", [n]). `skips` [n]: how many leading completion tokens of each pair carry no
    loss (a context the model wrote itself, before the tokens it is taught). `rows`: whole padded
    rows ([b, L-1] log-probs; a checkpointed forward returns no KV cache to build on); else each run
    of pairs with the same prompt runs it once and the prompts' common prefix (a content policy)
    once ([b, Lc] log-probs of the completions), or not at all given `prefix`, a SharedPrefix
    already forwarded that every prompt opens with."""
    batch = collate_pairs(pairs, pad_id)
    if rows:
        logp, mask = token_logprobs(model, batch), batch.completion_mask.to(device_of(model))
        starts = [len(p) - 1 for p, _ in pairs]
    else:
        sb = batch.prompt_once(pad_id, prompt_runs([p for p, _ in pairs])).to(device_of(model))
        logp, mask, starts = (
            shared_prefix_logprobs(model, model, sb, prefix=prefix),
            sb.mask,
            [0] * len(pairs),
        )
    if skips is not None and any(skips):
        mask = mask.clone()
        for i, (start, skip) in enumerate(zip(starts, skips, strict=True)):
            mask[i, start : start + skip] = 0.0
    per_row = -(logp * mask).sum(-1)
    if reduction == "rows":
        return per_row
    total = per_row.sum()
    return total if reduction == "sum" else total / mask.sum()


def prompt_runs(prompts: list[list[int]]) -> list[int]:
    """Each row's run index [n]: consecutive rows with the same prompt share one (0, 1, ... in
    order), the row_group a prompt-once layout runs each prompt once by."""
    runs = [0] * len(prompts)
    for i in range(1, len(prompts)):
        runs[i] = runs[i - 1] + (prompts[i] != prompts[i - 1])
    return runs


def shared_prefix_batch(rollouts: list[Rollout], pad_id: int, keep: torch.Tensor) -> SharedPrefixBatch:
    """Rollouts of whole groups (contiguous, same prompt) -> SharedPrefixBatch; keep [b] zeroes
    the loss of dropped rows (overlong filtering)."""
    row_group = prompt_runs([r.prompt_ids for r in rollouts])
    sb = collate(rollouts, pad_id).prompt_once(pad_id, row_group)
    sb.mask = sb.mask * keep.float().unsqueeze(1)
    return sb


def shared_prefix_logprobs(
    prefix_model,
    model,
    sb: SharedPrefixBatch,
    temperature: float = 1.0,
    with_entropy: bool = False,
    packed: bool = False,
    prefix=None,
):
    """Log-probs [b, Lc] (and entropies) of the completion tokens, running each group's prompt
    once: the prompt's KV cache [g, ...] is indexed out to its G rows, and the completions
    attend to it. Same values as `token_logprobs` on the concatenated sequences, with the prompt
    forward (and its backward) done once per group instead of G times, and a prefix common to
    every group (a content policy, few-shot turns) once per batch. `packed`: the completions run
    padding-free (rl.packing), same values. `prefix_model` is the plain module (a DDP wrapper
    must see one forward per backward), `model` the training one. `prefix`: a SharedPrefix already
    forwarded (once per mini-batch, modeling.prefix), used when every prompt opens with it."""
    sb = sb.to(device_of(prefix_model))
    rows = [ids[m.bool()] for ids, m in zip(sb.prompt_ids, sb.prompt_mask, strict=True)]
    head, head_attn, head_pos = prompt_forward(prefix_model, rows, 0, prefix=prefix)  # common prefix once
    first = tempered(
        head.logits[:, -1][sb.row_group].unsqueeze(1).float(), temperature
    )  # each completion's first token
    if packed:
        tail, index = _packed_tail(model, head, head_attn, head_pos, sb)
        logits = tempered(tail.logits.float(), temperature)
    else:
        logits = tempered(_row_tail(model, head, head_attn, head_pos, sb).logits[:, :-1].float(), temperature)
        index = None
    return _completion_logprobs(first, logits, sb.completion_ids, index, with_entropy)


def _row_tail(model, head, head_attn, head_pos, sb: SharedPrefixBatch):
    """The completions [b, Lc] forwarded after their group's prompt: through the cascade attention
    where the model runs it (the prompt cache shared, modeling.cascade), else with the cache
    indexed out to every row."""
    start = (head_pos[:, -1] + 1)[sb.row_group].unsqueeze(1)
    positions = start + torch.arange(sb.completion_ids.shape[1], device=start.device).unsqueeze(0)
    if cascade.usable(model):
        group = sb.row_group.unsqueeze(1).expand_as(sb.completion_ids)
        prompts = cascade.Prompts.build(cache_of(head), head_attn, group)
        return cascade.forward(model, prompts, input_ids=sb.completion_ids, position_ids=positions)
    cache = cache_of(head)
    cache.batch_select_indices(sb.row_group)
    attn = torch.cat([head_attn[sb.row_group], torch.ones_like(sb.completion_ids)], 1)
    return model(
        input_ids=sb.completion_ids,
        attention_mask=attn,
        position_ids=positions,
        **cache_arg(model, cache),
        use_cache=True,
    )


def _packed_tail(model, head, head_attn, head_pos, sb: SharedPrefixBatch):
    """The packed completion forward, and index [b, Lc - 1] into its flattened positions of the
    logits that predict completion token j + 1 of each row."""
    from reasonrl.rl import packing

    lengths, groups = sb.lengths.tolist(), sb.row_group.tolist()
    starts = (head_pos[:, -1] + 1).tolist()
    bins, width, slot, positions, segment, group = packing.packed_layout(lengths, groups, starts)
    prompts, real = packing.bin_prompts(bins, groups)
    device = sb.completion_ids.device
    ids = torch.zeros((len(bins), width), dtype=torch.long, device=device)
    index = torch.full((len(lengths), sb.completion_ids.shape[1] - 1), -1, dtype=torch.long)  # -1: padding
    for i, (k, offset) in enumerate(slot):
        ids[k, offset : offset + lengths[i]] = sb.completion_ids[i, : lengths[i]]
        index[i, : max(lengths[i] - 1, 0)] = k * width + offset + torch.arange(max(lengths[i] - 1, 0))
    segment, group, prompts, real = (t.to(device) for t in (segment, group, prompts, real))
    if cascade.usable(model):  # each group's prompt once, shared by its tokens in every bin
        token_group = torch.where(segment >= 0, group, -1)
        shared = cascade.Prompts.build(
            cache_of(head), head_attn, token_group, packing.own_mask(segment).unsqueeze(1)
        )
        tail = cascade.forward(model, shared, input_ids=ids, position_ids=positions.to(device))
        return tail, index.to(device)
    tail = model(
        input_ids=ids,
        attention_mask=packing.packed_mask(prompts, real, head_attn, segment, group),
        position_ids=positions.to(device),
        **cache_arg(model, packing.packed_cache(cache_of(head), prompts)),
        use_cache=True,
    )
    return tail, index.to(device)


def _completion_logprobs(first, logits, completion_ids, index, with_entropy: bool):
    """log pi(completion token j) [b, Lc] (and entropies) from the first token's logits [b, 1, V]
    and the tail's: [b, Lc - 1, V] in row layout (index None), or packed [nb, C, V], whose position
    index[i, j] predicts token j + 1 of row i (the vocabulary-wide work runs on packed tokens only)."""
    if index is None:
        parts = [
            _scored(first, completion_ids[:, :1], with_entropy),
            _scored(logits, completion_ids[:, 1:], with_entropy),
        ]
    else:
        nxt = torch.zeros(logits.shape[:2], dtype=torch.long, device=logits.device).view(-1)
        real = index >= 0
        nxt[index[real]] = completion_ids[:, 1:][real]  # what each packed position predicts
        lp, ent = _scored(logits, nxt.view(logits.shape[:2]), with_entropy)
        at = index.clamp(min=0)  # padding reads position 0: any value, it carries no loss
        rest = (lp.reshape(-1)[at], None if ent is None else ent.reshape(-1)[at])
        parts = [_scored(first, completion_ids[:, :1], with_entropy), rest]
    logp = torch.cat([parts[0][0], parts[1][0]], 1)
    return (logp, torch.cat([parts[0][1], parts[1][1]], 1)) if with_entropy else logp


def _scored(logits, targets, with_entropy: bool) -> tuple:
    """(log-prob of targets [..], entropy [..] or None) for logits [.., V]."""
    every = torch.log_softmax(logits, dim=-1)
    logp = every.gather(-1, targets.unsqueeze(-1)).squeeze(-1)
    if not with_entropy:
        return (logp, None)
    with torch.no_grad():
        return (logp, entropy_from_logprobs(every))
