"""Cascade attention for training: completions attend to their group's prompt without copying it.

The RL update runs each group's prompt once and its G completions against that prompt's KV cache
(rl.batch). Handing the cache to transformers means materialising it per row: the prompt's keys
and values (~1,500 tokens of a content policy and a message) are gathered out to every completion
row (to every packed bin, for each group the bin holds), concatenated with the completion's own,
masked, and the backward sums the copies back; the attention also runs over every bin's slack and
over the other groups' prompts, masked out. Measured at a moderation update's shape (16 rows, two
groups, 1,440 prompt tokens, SmolLM2's 9/3 heads, forward + backward, one layer): 167 ms packed
that way, 62 ms as below (benchmarks/results/moderation_step_cascade.md has the whole step).

The attention of a query over [its prompt | its completion] splits into two softmaxes over
disjoint keys, merged by their log-sum-exps (the cascade/ring-attention identity; FlashInfer's
cascade inference, Ye et al. 2024; ring attention, Liu et al. 2023):
    out = exp(lse_p - lse) out_p + exp(lse_c - lse) out_c,   lse = logaddexp(lse_p, lse_c)
- the prompt part: one flash call per group, all of that group's completion tokens as one query
  sequence against the group's prompt cache, shared, never copied;
- the completion part: the completions' own keys, causally (a block mask when packed).
The backward runs torch's CPU flash backward on each part with the merged output and log-sum-exp
(what each part's softmax contributes to the whole), so no score matrix is ever stored. Values equal
the masked attention's to float rounding (tests/modeling/test_cascade.py), gradients too.

CPU only (torch's CPU flash kernel returns the log-sum-exp); `usable(model)` says whether a model
runs it, and callers keep the cache path otherwise (a GPU, another attention implementation).
"""

from __future__ import annotations

import torch
from transformers.utils.import_utils import is_torch_greater_or_equal

NAME = "reasonrl_sdpa"  # the attention implementation that runs the cascade (modeling.attention registers it)
GQA = is_torch_greater_or_equal("2.5")  # CPU flash with grouped key/value heads (enable_gqa) from torch 2.5
_FLASH = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu
_FLASH_BACKWARD = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu_backward


class Prompts:
    """What the completion forward attends to besides itself, passed as the model's `prompts`
    keyword (transformers hands extra keywords to the attention function).

    kv: per layer (keys, values) [g, h_kv, Wp, d], each group's prompt cache (with autograd: the
    gradient flows back into the prompt forward); bias [g, 1, 1, Wp] additive, 0 on prompt tokens
    and -inf on padding; own [B, 1, C, C] additive mask among the completion slots (None: causal);
    members[j]: flat indices (into B x C) of the completion tokens of group j; calls: the layers
    that ran the cascade (`forward` checks every layer did).

    A plain class, not a dataclass, on purpose: FSDP2's pre-forward hook sends a module's keywords
    through torch.distributed.utils._apply_to_tensors, which rebuilds dataclasses (and lists) as
    copies, so the layers would count their calls on a copy and `forward` would see none. A plain
    object passes through such hooks as itself."""

    __slots__ = ("kv", "bias", "own", "members", "calls")

    def __init__(self, kv, bias: torch.Tensor, own: torch.Tensor | None, members: list[torch.Tensor]):
        self.kv: list[tuple[torch.Tensor, torch.Tensor]] = kv
        self.bias, self.own, self.members, self.calls = bias, own, members, 0

    @classmethod
    def build(cls, cache, prompt_mask: torch.Tensor, token_group: torch.Tensor, own=None) -> Prompts:
        """cache: the prompts' KV cache ([g, ...] per layer); prompt_mask [g, Wp] (1 on tokens);
        token_group [B, C]: the group of each completion slot (-1: slack, attends to no prompt);
        own [B, 1, C, C] bool (True: may attend) or None for plain causal rows."""
        bias = torch.zeros(prompt_mask.shape, dtype=torch.float32, device=prompt_mask.device)
        bias = bias.masked_fill(prompt_mask == 0, float("-inf"))[:, None, None, :]
        if own is not None:
            own = torch.zeros(own.shape, dtype=torch.float32, device=own.device).masked_fill(
                ~own, float("-inf")
            )
        flat = token_group.reshape(-1)
        members = [(flat == j).nonzero().squeeze(1) for j in range(prompt_mask.shape[0])]
        return cls([(layer.keys, layer.values) for layer in cache.layers], bias, own, members)


def _unwrapped(model):
    for attr in ("module", "_orig_mod"):  # DDP, DeepSpeed's engine; torch.compile
        while hasattr(model, attr):
            model = getattr(model, attr)
    return model


def usable(model) -> bool:
    """The model's attention is reasonrl's SDPA on the CPU without dropout or windows: the
    cascade runs inside it (modeling.attention; torch >= 2.5, whose CPU flash kernel takes
    grouped heads)."""
    model = _unwrapped(model)
    cfg = model.config
    return (
        GQA
        and getattr(cfg, "_attn_implementation", None) == NAME
        and next(model.parameters()).device.type == "cpu"
        and not getattr(cfg, "attention_dropout", 0.0)
        and getattr(cfg, "sliding_window", None) is None
    )


def forward(model, prompts: Prompts, **inputs):
    """model(**inputs) with the completions attending through the cascade; raises if a layer did
    not run it (an attention that drops the `prompts` keyword would silently attend to no prompt)."""
    out = model(**inputs, prompts=prompts, use_cache=False)
    layers = _unwrapped(model).config.num_hidden_layers
    if prompts.calls != layers:
        raise RuntimeError(
            f"the cascade attention ran in {prompts.calls} of {layers} layers: this model's attention "
            "does not route through reasonrl's SDPA; load it with model.attention: sdpa"
        )
    return out


def cascade_attention(module, query, key, value, prompts: Prompts, scaling=None, dropout=0.0, **kwargs):
    """query [B, H, C, d], key/value [B, H_kv, C, d] (the completions' own) -> ([B, C, H, d], None),
    attending to the group's prompt (prompts.kv[module.layer_idx]) and to its own completion.
    Refuses what its flash calls would silently leave out (dropout, softcapping, sinks, windows)."""
    unsupported = [
        k for k in ("softcap", "s_aux", "sliding_window", "position_bias") if kwargs.get(k) is not None
    ]
    if dropout or unsupported or query.device.type != "cpu":
        raise RuntimeError(
            f"cascade attention: unsupported here (dropout={dropout}, {unsupported}, {query.device.type}); "
            "set rl.share_prompt_prefix=false"
        )
    prompts.calls += 1
    k_prompt, v_prompt = prompts.kv[module.layer_idx]
    scale = scaling if scaling is not None else query.shape[-1] ** -0.5
    dtype = torch.get_autocast_dtype("cpu") if torch.is_autocast_enabled("cpu") else query.dtype
    q, k, v, kp, vp = (
        t.to(dtype) for t in (query, key, value, k_prompt, v_prompt)
    )  # as autocast casts SDPA's
    out = _Cascade.apply(q, k, v, kp, vp, prompts, scale)
    return out.transpose(1, 2).contiguous(), None


def _flat(t: torch.Tensor) -> torch.Tensor:
    """[B, H, C, ...] -> [B C, H, ...]"""
    return t.transpose(1, 2).reshape(t.shape[0] * t.shape[2], t.shape[1], *t.shape[3:])


def _seq(t: torch.Tensor, idx: torch.Tensor) -> torch.Tensor:
    """Rows idx of a flat [N, H, ...] as one sequence [1, H, n, ...]."""
    return t[idx].transpose(0, 1).unsqueeze(0).contiguous()


class _Cascade(torch.autograd.Function):
    @staticmethod
    def forward(ctx, q, k, v, k_prompt, v_prompt, prompts: Prompts, scale: float):
        b, h, c, d = q.shape
        own = None if prompts.own is None else prompts.own.to(q.dtype)
        out_c, lse_c = _FLASH(q, k, v, 0.0, own is None, attn_mask=own, scale=scale)
        qf = _flat(q)
        out_p = qf.new_zeros((b * c, h, v.shape[-1]))
        lse_p = torch.full((b * c, h), float("-inf"), dtype=lse_c.dtype, device=q.device)
        for j, idx in enumerate(prompts.members):
            if idx.numel():
                o, lse = _FLASH(
                    _seq(qf, idx), k_prompt[j : j + 1], v_prompt[j : j + 1], 0.0, False,
                    attn_mask=prompts.bias[j : j + 1].to(q.dtype), scale=scale,
                )  # fmt: skip
                out_p[idx], lse_p[idx] = o[0].transpose(0, 1), lse[0].transpose(0, 1)
        out_p = out_p.view(b, c, h, v.shape[-1]).transpose(1, 2)
        lse_p = lse_p.view(b, c, h).transpose(1, 2)
        lse = torch.logaddexp(lse_c, lse_p)  # [B, H, C]
        out = (
            torch.exp(lse_c - lse).unsqueeze(-1) * out_c + torch.exp(lse_p - lse).unsqueeze(-1) * out_p
        ).to(q.dtype)
        ctx.save_for_backward(q, k, v, k_prompt, v_prompt, out, lse)
        ctx.prompts, ctx.scale, ctx.own = prompts, scale, own
        return out

    @staticmethod
    @torch.autograd.function.once_differentiable
    def backward(ctx, grad_out):
        q, k, v, k_prompt, v_prompt, out, lse = ctx.saved_tensors
        prompts, scale, own = ctx.prompts, ctx.scale, ctx.own
        b, h, c, d = q.shape
        grad_out = grad_out.contiguous()
        dq, dk, dv = _FLASH_BACKWARD(
            grad_out, q, k, v, out, lse, 0.0, own is None, attn_mask=own, scale=scale
        )  # each part's backward with the merged output and lse: its share of the whole softmax
        qf, of, gf, lf = _flat(q), _flat(out), _flat(grad_out), _flat(lse.unsqueeze(-1)).squeeze(-1)
        dqf = torch.zeros_like(qf)
        dk_prompt, dv_prompt = torch.zeros_like(k_prompt), torch.zeros_like(v_prompt)
        for j, idx in enumerate(prompts.members):
            if idx.numel():
                dqj, dk_prompt[j : j + 1], dv_prompt[j : j + 1] = _FLASH_BACKWARD(
                    _seq(gf, idx), _seq(qf, idx), k_prompt[j : j + 1], v_prompt[j : j + 1], _seq(of, idx),
                    lf[idx].transpose(0, 1).unsqueeze(0).contiguous(), 0.0, False,
                    attn_mask=prompts.bias[j : j + 1].to(q.dtype), scale=scale,
                )  # fmt: skip
                dqf[idx] = dqj[0].transpose(0, 1)
        dq = dq + dqf.view(b, c, h, d).transpose(1, 2)
        return dq, dk, dv, dk_prompt, dv_prompt, None, None
