"""A lean decode step for Llama-family causal LMs (Llama, Qwen2): the same math as transformers'
layers, one token per row, on preallocated KV buffers and prepacked weights.

Why our own step rather than the model's forward: measured on SmolLM2-135M on 2 CPU cores (32 rows
x 64 new tokens), transformers' layer stack spends about a third of decode time outside the
matmuls (building masks and rotary tables, concatenating a growing KV cache every step, module
dispatch), and oneDNN's prepacked fp32 GEMM runs the decode shapes about 1.4x faster than the MKL
GEMM `nn.Linear` calls. The prompt's prefill stays transformers' (`modeling.prefix`); this module
continues from its cache. `benchmarks/decode_speed.py` measures both side by side.

Numerics: the same operations in the same order and dtype, except that the GEMMs accumulate in
a different order (prepacked blocks; q|k|v and gate|up fused into one GEMM each), so logits agree
to ~1e-5, not bit for bit; greedy tokens agree (tests/generation/test_lean.py).

Mixed precision (`gemm_dtype=torch.bfloat16`, what HFEngine asks for under a bf16 autocast, i.e.
`model.precision: bf16` on a CPU): the GEMMs run on a bf16 copy of the weights made once per
generation (the same rounded values autocast casts the fp32 master weights to on every call) with
bf16 inputs; norms, RoPE, attention and the residual stream stay fp32. On CPUs with AMX-BF16 the
decode GEMMs run ~2.6x faster than fp32 (measured at SmolLM2's shapes, 2 cores); logits differ
from the autocast forward's by bf16 rounding (~1e-2 relative), as vLLM's bf16 sampler differs
from an fp32 trainer (rl.correction covers that gap when asked).

Shapes: b rows decoding, S = prompt width + new tokens (the KV buffer), h / g query / key-value
heads, d head dim, H hidden size, V vocabulary.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F

ARCHITECTURES = ("llama", "qwen2")  # pre-norm GQA attention with RoPE (q/k/v bias optional), SwiGLU MLP
STATIC_ROPE = ("default", "linear", "llama3")  # rope types whose frequencies do not depend on length
_FLASH = torch.ops.aten._scaled_dot_product_flash_attention_for_cpu  # returns the log-sum-exp
MIN_CASCADE = 16  # shared prefix tokens below which one attention over each row's whole cache is as cheap


def unsupported(model) -> str | None:
    """Why `model` cannot use the lean step (None when it can): architecture, device, layer
    options this step does not implement."""
    cfg = getattr(model, "config", None)
    rotary = getattr(getattr(model, "model", None), "rotary_emb", None)
    checks = {
        "architecture": getattr(cfg, "model_type", None) in ARCHITECTURES,
        "device": next(model.parameters()).device.type == "cpu",
        "activation": getattr(cfg, "hidden_act", None) == "silu",
        "sliding window": not getattr(cfg, "use_sliding_window", False),
        "rope type": getattr(rotary, "rope_type", None) in STATIC_ROPE,
        "mlp bias": not getattr(cfg, "mlp_bias", False),
    }
    failed = [name for name, ok in checks.items() if not ok]
    return ", ".join(failed) or None


class Linear:
    """y [b, N] = x [b, K] @ W.T + bias, with W prepacked for oneDNN when the build has it
    (`torch.ops.mkldnn._linear_pointwise`, what inductor's CPU backend calls); else F.linear.
    With `gemm_dtype`, W (and bias) are held in that dtype and x is cast to it for the GEMM; y
    comes back in x's dtype."""

    def __init__(self, weight, bias, rows: int, gemm_dtype: torch.dtype | None = None):
        if gemm_dtype is not None:
            weight = weight.to(gemm_dtype)
            bias = None if bias is None else bias.to(gemm_dtype)
        self.weight, self.bias, self.packed, self.gemm_dtype = weight, bias, None, gemm_dtype
        if torch.backends.mkldnn.is_available() and weight.dtype == torch.float32:
            try:
                self.packed = torch.ops.mkldnn._reorder_linear_weight(weight, rows)
            except RuntimeError:  # an op this build lacks: the plain GEMM is always right
                self.packed = None

    def __call__(self, x: torch.Tensor) -> torch.Tensor:
        if self.gemm_dtype is not None and x.dtype != self.gemm_dtype:
            return self._gemm(x.to(self.gemm_dtype)).to(x.dtype)
        return self._gemm(x)

    def _gemm(self, x: torch.Tensor) -> torch.Tensor:
        if self.packed is None:
            return F.linear(x, self.weight, self.bias)
        return torch.ops.mkldnn._linear_pointwise(x, self.packed, self.bias, "none", [], "")


def _fused(modules, rows: int, gemm_dtype: torch.dtype | None) -> Linear:
    """One GEMM for several projections of the same input (q|k|v, gate|up)."""
    weight = torch.cat([m.weight.detach() for m in modules])
    biases = [m.bias for m in modules]
    bias = None if biases[0] is None else torch.cat([b.detach() for b in biases])
    return Linear(weight, bias, rows, gemm_dtype)


def rms_norm(x: torch.Tensor, weight: torch.Tensor, eps: float) -> torch.Tensor:
    """transformers' LlamaRMSNorm, operation for operation (float32 statistics)."""
    h = x.to(torch.float32)
    h = h * torch.rsqrt(h.pow(2).mean(-1, keepdim=True) + eps)
    return weight * h.to(x.dtype)


def rotate(x: torch.Tensor, cos: torch.Tensor, sin: torch.Tensor) -> torch.Tensor:
    """RoPE (Su et al. 2021) in transformers' half-rotation layout: x [b, heads, 1, d]."""
    half = x.shape[-1] // 2
    return x * cos + torch.cat((-x[..., half:], x[..., :half]), dim=-1) * sin


class LeanDecoder:
    """Continues decoding from a transformers prefill: `start` copies its KV cache into buffers
    sized for the whole generation, then `step(tokens [b]) -> logits [b, V]` runs one token per row
    and `select(rows)` drops finished rows. Build one per generation: it packs the current weights.
    `gemm_dtype` (e.g. torch.bfloat16): the GEMMs' dtype when it differs from the weights' (see
    the module's note on mixed precision)."""

    def __init__(self, model, rows: int, gemm_dtype: torch.dtype | None = None):
        gemm_dtype = None if gemm_dtype == model.model.embed_tokens.weight.dtype else gemm_dtype
        self.gemm_dtype = gemm_dtype
        cfg, body = model.config, model.model
        self.heads, self.groups = cfg.num_attention_heads, cfg.num_key_value_heads
        self.head_dim = getattr(cfg, "head_dim", None) or cfg.hidden_size // cfg.num_attention_heads
        self.eps, self.embed = cfg.rms_norm_eps, body.embed_tokens.weight.detach()
        self.inv_freq, self.rope_scale = body.rotary_emb.inv_freq, body.rotary_emb.attention_scaling
        self.layers = [self._layer(layer, rows) for layer in body.layers]
        self.norm = body.norm.weight.detach()
        self.head = Linear(model.lm_head.weight.detach(), None, rows, gemm_dtype)

    def _layer(self, layer, rows: int) -> dict:
        attn, mlp, g = layer.self_attn, layer.mlp, self.gemm_dtype
        return {
            "in_norm": layer.input_layernorm.weight.detach(),
            "qkv": _fused([attn.q_proj, attn.k_proj, attn.v_proj], rows, g),
            "o": Linear(attn.o_proj.weight.detach(), _detached(attn.o_proj.bias), rows, g),
            "post_norm": layer.post_attention_layernorm.weight.detach(),
            "gate_up": _fused([mlp.gate_proj, mlp.up_proj], rows, g),
            "down": Linear(mlp.down_proj.weight.detach(), None, rows, g),
        }

    def start(self, cache, attn: torch.Tensor, pos: torch.Tensor, max_new_tokens: int, rows=None) -> None:
        """Take over a prefill: cache (transformers DynamicCache, one row per distinct prompt [u]),
        its attention mask attn [u, L] and positions pos [u, L]; `rows` [n] (default: each prompt
        once) the prompt every decoding row continues; room for `max_new_tokens` more per row. The
        leading positions every prompt holds alike (a content policy run once by modeling.prefix)
        are kept once, as the prefix [g, P, d] of a cascade (of at least MIN_CASCADE tokens, for two
        rows or more); only the rest is copied out per row (without a cascade, the whole prompt).
        Why per prompt, not per row: a moderation rollout's 64 rows would otherwise each copy its
        prompt's ~700-token cache (~2 GB over SmolLM2's 30 layers) to find and drop the shared 600."""
        rows = torch.arange(attn.shape[0]) if rows is None else torch.as_tensor(rows)
        rows = rows.to(attn.device)
        n, width = len(rows), attn.shape[1]
        shared = _shared_prefix(cache, attn) if n > 1 else 0
        self.shared = shared if shared >= MIN_CASCADE else 0
        self.prefix, self.keys, self.values = [], [], []
        for layer in cache.layers:
            self.prefix.append(
                tuple(t[0, :, : self.shared].to(self.embed.dtype) for t in (layer.keys, layer.values))
            )
            for buf, src in ((self.keys, layer.keys), (self.values, layer.values)):
                # in the weights' dtype: an autocast prefill may have cached bf16 keys
                own = src.new_zeros(
                    (n, self.groups, width - self.shared + max_new_tokens, self.head_dim),
                    dtype=self.embed.dtype,
                )
                own[:, :, : width - self.shared] = src[:, :, self.shared :].index_select(0, rows)
                buf.append(own)
        self.mask = torch.zeros(
            (n, 1, 1, width - self.shared + max_new_tokens), dtype=torch.bool, device=attn.device
        )
        self.mask[:, 0, 0, : width - self.shared] = attn[rows, self.shared :].bool()
        self.length, self.position = width - self.shared, pos[rows, -1]

    def release(self) -> None:
        """Drop the generation's buffers (and the prefill cache its prefix views pin): the packed
        weights stay for the next generation, the ~0.4 GB of a 64-row rollout's KV does not stay
        through the training update."""
        self.prefix, self.keys, self.values, self.mask = [], [], [], None

    def select(self, rows: torch.Tensor) -> None:
        """Keep only `rows` (indices into the current batch) in every buffer (the shared prefix
        is every row's)."""
        self.keys = [k.index_select(0, rows) for k in self.keys]
        self.values = [v.index_select(0, rows) for v in self.values]
        self.mask, self.position = self.mask[rows], self.position[rows]

    def step(self, tokens: torch.Tensor) -> torch.Tensor:
        """Next-token logits [b, V] (float) after feeding tokens [b]."""
        s, self.length = self.length, self.length + 1
        self.position = self.position + 1
        self.mask[:, 0, 0, s] = True
        freqs = self.position[:, None].float() * self.inv_freq[None, :]
        emb = torch.cat((freqs, freqs), dim=-1)[:, None, None, :]  # [b, 1, 1, d]
        dtype = self.embed.dtype
        cos, sin = (emb.cos() * self.rope_scale).to(dtype), (emb.sin() * self.rope_scale).to(dtype)
        x = F.embedding(tokens, self.embed)  # [b, H]
        for i, layer in enumerate(self.layers):
            x = x + self._attend(i, layer, rms_norm(x, layer["in_norm"], self.eps), cos, sin, s)
            h = layer["gate_up"](rms_norm(x, layer["post_norm"], self.eps))
            gate, up = h.chunk(2, dim=-1)
            x = x + layer["down"](F.silu(gate) * up)
        return self.head(rms_norm(x, self.norm, self.eps)).float()

    def _attend(self, i: int, layer: dict, x, cos, sin, s: int) -> torch.Tensor:
        """Self-attention of one new token per row over the row's cache; x [b, H] -> [b, H]."""
        b, d = x.shape[0], self.head_dim
        q, k, v = layer["qkv"](x).split([self.heads * d, self.groups * d, self.groups * d], dim=-1)
        q = rotate(q.view(b, self.heads, 1, d), cos, sin)
        self.keys[i][:, :, s] = rotate(k.view(b, self.groups, 1, d), cos, sin)[:, :, 0]
        self.values[i][:, :, s] = v.view(b, self.groups, d)
        own_k, own_v, mask = (
            self.keys[i][:, :, : s + 1],
            self.values[i][:, :, : s + 1],
            self.mask[..., : s + 1],
        )
        if self.shared:
            out = cascade_attention(q, *self.prefix[i], own_k, own_v, mask[:, 0, 0])
        else:  # fp32 as the cascade's flash calls are (outside autocast's op lists), not autocast's bf16
            with torch.autocast(q.device.type, enabled=False):
                out = F.scaled_dot_product_attention(
                    q, own_k, own_v, attn_mask=mask, scale=d**-0.5, enable_gqa=self.groups != self.heads
                )
        return layer["o"](out.reshape(b, self.heads * d))


def cascade_attention(q, prefix_k, prefix_v, own_k, own_v, own_mask) -> torch.Tensor:
    """Attention of one query per row over a prefix every row shares and the row's own keys
    (cascade inference: FlashInfer, Ye et al. 2024, arXiv:2501.01005; vLLM's cascade attention):
    the prefix is read once for all rows instead of each row reading its own copy of it.

    Two flash calls (torch's CPU kernel, which returns each part's log-sum-exp), merged by their
    log-sum-exps: out = exp(lse_p - lse) out_p + exp(lse_o - lse) out_o, lse = logaddexp(lse_p,
    lse_o) -- the same attention as one softmax over the concatenated cache, to float rounding.
    - prefix: every row's r = h / g queries of key-value head j as one query sequence [b r]
      against that head's prefix keys (one call, no mask);
    - own: each row's r queries against the row's own keys, masked (GQA as r queries per head).
    Why not one matmul + softmax over [prefix | own] scores (what this did first): the [b, h, P+S]
    score matrix is written, concatenated, softmaxed and strided back out every layer; the flash
    kernel keeps it in blocks, and the own part's 3 x S products per row run far below GEMM speed as
    b g tiny batched matmuls. Measured at a moderation rollout's shape (64 rows, 617 prefix tokens,
    S = 85-149, SmolLM2's 9/3 heads, 2 cores): 15-25% faster a call.

    q [b, h, 1, d]; prefix_k/v [g, P, d]; own_k/v [b, g, S, d]; own_mask [b, S] (True: attend;
    every row attends at least its newest key) -> [b, h, 1, d]. Query head j reads key-value head
    j // (h / g), as transformers' GQA does."""
    b, h, _, d = q.shape
    g = prefix_k.shape[0]
    r = h // g
    qg = q.reshape(b, g, r, d)
    out_p, lse_p = _FLASH(
        qg.transpose(0, 1).reshape(1, g, b * r, d), prefix_k[None], prefix_v[None], 0.0, False, scale=d**-0.5
    )  # [1, g, b r, d], [1, g, b r]
    bias = torch.zeros((b, 1, 1, own_mask.shape[1]), dtype=q.dtype, device=q.device)
    bias.masked_fill_(~own_mask[:, None, None, :], float("-inf"))
    out_o, lse_o = _FLASH(qg, own_k, own_v, 0.0, False, attn_mask=bias, scale=d**-0.5)  # [b, g, r, (d)]
    # a row that attends none of its own keys gets lse 0 from the kernel, not -inf: make it weigh
    # nothing (`step` always opens the new key, so this guards the merge, not a case that occurs)
    lse_o = lse_o.masked_fill(~own_mask.any(-1)[:, None, None], float("-inf"))
    out_p = out_p[0].view(g, b, r, d).transpose(0, 1)
    lse_p = lse_p[0].view(g, b, r).transpose(0, 1)
    lse = torch.logaddexp(lse_p, lse_o)
    out = torch.exp(lse_p - lse).unsqueeze(-1) * out_p + torch.exp(lse_o - lse).unsqueeze(-1) * out_o
    return out.to(q.dtype).reshape(b, h, 1, d)


def _shared_prefix(cache, attn: torch.Tensor) -> int:
    """How many leading positions every row of the cache holds alike: attended by every row, and
    the same keys and values in every layer (checked, not assumed: a prompt's prefix shared by
    modeling.prefix's layout is; a left-padded batch without one is not). One row: all it attends
    from its start (its samples share the whole prompt)."""
    same = attn.bool().all(0)  # [L]
    span = int(same.int().cumprod(0).sum())  # leading positions every row attends
    tensors = [t[:, :, :span] for layer in cache.layers for t in (layer.keys, layer.values)]
    if all(torch.equal(t, t[:1].expand_as(t)) for t in tensors):
        return span  # the usual case, a prefix copied to every row: one read, no [n, g, L, d] mask
    for layer in cache.layers:  # else the longest run of positions equal in every row
        for t in (layer.keys, layer.values):
            same &= (t == t[:1]).all(-1).all(1).all(0)  # [n, g, L, d] -> [L]
    return int(same.int().cumprod(0).sum())


def _detached(t: torch.Tensor | None) -> torch.Tensor | None:
    return None if t is None else t.detach()
