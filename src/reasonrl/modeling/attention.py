"""SDPA that keeps grouped key/value heads grouped on the CPU (what `model.attention: sdpa` loads).

transformers' SDPA path passes `enable_gqa` to torch only without an attention mask (CUDA's fused
kernels take no mask with it); with a mask it copies every key/value head `heads / kv_heads` times
(`repeat_kv`), and in training the backward then zero-fills and reduces gradients of that size.
The RL update always has a mask (left-padded prompts over a shared prefix, packed completions), so
on SmolLM2 (9 query heads over 3 KV heads) every layer copied K and V threefold across ~1,500 keys:
in a moderation update those copies, fills and sums were about a third of its time
(benchmarks/results/moderation_step_gqa.md). torch's CPU flash kernel takes the mask and the
grouped heads together (the lean decoder already runs it so), so on the CPU this calls it with
`enable_gqa=True`; anywhere else (CUDA, no mask, one query token, no grouping) it is transformers'
own SDPA, unchanged. The outputs are the same attention (tests/modeling/test_attention.py).
"""

from __future__ import annotations

import torch.nn.functional as F
from transformers import AttentionInterface
from transformers.integrations.sdpa_attention import sdpa_attention_forward
from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, AttentionMaskInterface

from reasonrl.modeling.cascade import GQA as _GQA
from reasonrl.modeling.cascade import NAME, cascade_attention


def grouped_sdpa(
    module, query, key, value, attention_mask, dropout=0.0, scaling=None, is_causal=None, **kwargs
):
    """query [b, H, q, d], key/value [b, H_kv, k, d], attention_mask [b, 1, q, k] (bool or additive)
    -> ([b, q, H, d], None), as transformers' attention functions return. With `prompts` (a
    modeling.cascade.Prompts, given only where cascade.usable(model)) the completions attend to
    their group's prompt cache without copying it (modeling.cascade)."""
    prompts = kwargs.pop("prompts", None)
    if prompts is not None:
        return cascade_attention(
            module, query, key, value, prompts, scaling=scaling, dropout=dropout, **kwargs
        )
    groups = getattr(module, "num_key_value_groups", 1)
    plain = (
        not _GQA  # torch < 2.5 has no enable_gqa
        or query.device.type != "cpu"
        or attention_mask is None
        or groups == 1
        or query.shape[2] == 1
        or any(kwargs.get(k) is not None for k in ("position_bias", "softcap"))
    )
    if plain:
        return sdpa_attention_forward(
            module,
            query,
            key,
            value,
            attention_mask,
            dropout=dropout,
            scaling=scaling,
            is_causal=is_causal,
            **kwargs,
        )
    out = F.scaled_dot_product_attention(
        query, key, value, attn_mask=attention_mask, dropout_p=dropout, scale=scaling, enable_gqa=True
    )
    return out.transpose(1, 2).contiguous(), None


AttentionInterface.register(NAME, grouped_sdpa)
# the masks SDPA gets (transformers builds none for an attention name it does not know)
AttentionMaskInterface.register(NAME, ALL_MASK_ATTENTION_FUNCTIONS["sdpa"])
# recipe name -> the registered function a model is loaded with ("transformers-sdpa": theirs, as a
# peer's users get it, for side-by-side benchmarks)
IMPLEMENTATIONS = {"sdpa": NAME, "transformers-sdpa": "sdpa"}
