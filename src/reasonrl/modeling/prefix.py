"""One forward over prompts that open with the same tokens (a content policy, a system prompt,
few-shot turns): the common prefix runs once, each prompt only its own suffix, laid out as
[prefix | pad | suffix] with positions that skip the padding. Used by the rollout engine's prefill
and by the RL trainer's prompt forward (there with gradients: the prefix's KV cache is indexed out
to every row, so its backward, too, runs once). The outputs equal a per-prompt forward's."""

from __future__ import annotations

import torch

from reasonrl.modeling.kv import cache_arg, cache_of

MIN_SHARED = 16  # tokens: below this a second forward costs more than it saves


def common_prefix(rows: list[torch.Tensor]) -> int:
    """Tokens every row [L_i] opens with, leaving each row at least one token of its own (the
    suffix pass produces each row's last logits)."""
    n = min(len(r) for r in rows) - 1
    for r in rows[1:]:
        if n <= 0:
            return 0
        n = int((r[:n] == rows[0][:n]).int().cumprod(0).sum())
    return max(n, 0)


def prompt_forward(model, rows: list[torch.Tensor], pad_id: int, share: bool = True, keep: int = 1):
    """Forward `rows` (unpadded prompt ids, one tensor each) with a KV cache. Returns (output with
    `.cache` and `.logits` [n, keep, V], the last `keep` columns of the suffix layout (0: all W),
    whose last column is each prompt's next-token logits; attention mask [n, L] and positions
    [n, L] of the cached layout, for continuing to decode). `share=False` runs every row whole.

    Only the kept columns go through the LM head (transformers' `logits_to_keep`): a prompt's
    other logits are never read, and SmolLM2's head (576 x 49152) is ~20% of a token's FLOPs, in
    the forward and, in training, the backward; the shared prefix keeps one column, read by no one."""
    device, n = rows[0].device, len(rows)
    shared = common_prefix(rows) if n > 1 and share else 0
    if shared < MIN_SHARED:
        shared = 0
    width = max(len(r) for r in rows) - shared
    suffix = torch.full((n, width), pad_id, dtype=torch.long, device=device)
    mask = torch.zeros((n, width), dtype=torch.long, device=device)
    for k, r in enumerate(rows):
        suffix[k, width - len(r) + shared :], mask[k, width - len(r) + shared :] = r[shared:], 1
    own = shared + (mask.cumsum(-1) - 1).clamp(min=0)  # left padding: a row's own tokens start at `shared`
    if not shared:
        out = model(
            input_ids=suffix, attention_mask=mask, position_ids=own, use_cache=True, logits_to_keep=keep
        )
        return out, mask, own
    head = model(input_ids=rows[0][:shared].unsqueeze(0), use_cache=True, logits_to_keep=1)
    cache_of(head).batch_select_indices(torch.zeros(n, dtype=torch.long, device=device))
    attn = torch.cat([torch.ones((n, shared), dtype=torch.long, device=device), mask], 1)
    pos = torch.cat([torch.arange(shared, device=device).expand(n, -1), own], 1)
    out = model(
        input_ids=suffix,
        attention_mask=attn,
        position_ids=own,
        **cache_arg(model, cache_of(head)),
        use_cache=True,
        logits_to_keep=keep,
    )
    return out, attn, pos
