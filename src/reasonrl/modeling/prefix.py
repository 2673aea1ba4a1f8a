"""One forward over prompts that open with the same tokens (a content policy, a system prompt,
few-shot turns): the common prefix runs once, each prompt only its own suffix, laid out as
[prefix | pad | suffix] with positions that skip the padding. Used by the rollout engine's prefill
and by the RL trainer's prompt forward (there with gradients: the prefix's KV cache is indexed out
to every row, so its backward, too, runs once). The outputs equal a per-prompt forward's."""

from __future__ import annotations

from dataclasses import dataclass

import torch

from reasonrl.errors import ConfigError
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


@dataclass
class SharedPrefix:
    """A prefix every prompt of a mini-batch opens with (a content policy: ~600 tokens of each
    moderation prompt), forwarded once and reused by every micro-batch's prompt forward, instead
    of once per micro-batch. `ids` [S]; `kv` per layer (key, value), each [1, h_kv, S, d].

    With gradients, the micro-batches before the last take `leaves()` (the same values cut from
    the graph, collecting their gradient), and the last takes the graph itself plus `carry(grads)`
    in its loss: one backward then runs the prefix's backward once with the summed gradient, which
    is the gradient of the sum (exact in fp32; the carried sum is kept in fp32 under bf16), and a
    DDP reducer still sees one backward per sync (off under FSDP2 and ZeRO: rl.distributed)."""

    ids: torch.Tensor
    kv: list[tuple[torch.Tensor, torch.Tensor]]

    @classmethod
    def run(cls, model, ids: torch.Tensor) -> SharedPrefix:
        """Forward ids [S] through the plain module (a DDP wrapper must see one forward per backward)."""
        head = model(input_ids=ids.unsqueeze(0), use_cache=True, logits_to_keep=1)
        cache = cache_of(head)
        if cache is None:  # transformers drops the cache of a checkpointed forward in train mode
            raise ConfigError(
                "the shared prompt prefix needs the model's KV cache, and this forward returned none "
                "(gradient checkpointing in train mode does that)",
                hint="set rl.share_prompt_prefix=false, or model.gradient_checkpointing=false",
            )
        return cls(ids, [(layer.keys, layer.values) for layer in cache.layers])

    def leaves(self) -> SharedPrefix:
        return SharedPrefix(self.ids, [tuple(t.detach().requires_grad_() for t in kv) for kv in self.kv])

    def grads(self) -> list[torch.Tensor]:
        """The gradient each leaf collected (zeros where none flowed)."""
        return [t.grad if t.grad is not None else torch.zeros_like(t) for kv in self.kv for t in kv]

    def carry(self, grads: list[torch.Tensor]) -> torch.Tensor:
        """A scalar whose gradient w.r.t. this prefix's tensors is `grads` (summed over the
        micro-batches that ran on leaves): added to the last micro-batch's loss."""
        tensors = (t for kv in self.kv for t in kv)
        return sum((t.float() * g).sum() for t, g in zip(tensors, grads, strict=True))

    def cache(self, model, n: int):
        """A fresh KV cache holding the prefix for n rows (index_select: its backward sums the rows)."""
        from transformers import DynamicCache

        cache = DynamicCache(config=model.config)
        rows = torch.zeros(n, dtype=torch.long, device=self.ids.device)
        for i, (k, v) in enumerate(self.kv):
            cache.update(k.index_select(0, rows), v.index_select(0, rows), i)
        return cache

    def opens(self, rows: list[torch.Tensor]) -> bool:
        """Every row starts with the prefix and has at least one token of its own."""
        s = len(self.ids)
        return all(len(r) > s and torch.equal(r[:s], self.ids) for r in rows)


def prompt_forward(
    model, rows: list[torch.Tensor], pad_id: int, share: bool = True, keep: int = 1, prefix=None
):
    """Forward `rows` (unpadded prompt ids, one tensor each) with a KV cache. Returns (output with
    `.cache` and `.logits` [n, keep, V], the last `keep` columns of the suffix layout (0: all W),
    whose last column is each prompt's next-token logits; attention mask [n, L] and positions
    [n, L] of the cached layout, for continuing to decode). `share=False` runs every row whole.

    Only the kept columns go through the LM head (transformers' `logits_to_keep`): a prompt's
    other logits are never read, and SmolLM2's head (576 x 49152) is ~20% of a token's FLOPs, in
    the forward and, in training, the backward; the shared prefix keeps one column, read by no one.
    `prefix` (a SharedPrefix every row opens with): its cache is used instead of a head forward."""
    device, n = rows[0].device, len(rows)
    if prefix is not None and prefix.opens(rows):
        shared = len(prefix.ids)
    else:
        prefix, shared = None, common_prefix(rows) if n > 1 and share else 0
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
    prefix = prefix or SharedPrefix.run(model, rows[0][:shared])
    attn = torch.cat([torch.ones((n, shared), dtype=torch.long, device=device), mask], 1)
    pos = torch.cat([torch.arange(shared, device=device).expand(n, -1), own], 1)
    out = model(
        input_ids=suffix,
        attention_mask=attn,
        position_ids=own,
        **cache_arg(model, prefix.cache(model, n)),
        use_cache=True,
        logits_to_keep=keep,
    )
    return out, attn, pos
