"""reasonrl's SDPA (modeling/attention.py): grouped KV heads stay grouped on the CPU, and the
logits and gradients are transformers' SDPA's."""

import pytest
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from reasonrl.modeling import attention


def _model(impl: str) -> LlamaForCausalLM:
    torch.manual_seed(0)
    cfg = LlamaConfig(
        vocab_size=64,
        hidden_size=48,
        intermediate_size=96,
        num_hidden_layers=2,
        num_attention_heads=6,
        num_key_value_heads=2,  # 3 query heads per KV head, as SmolLM2's 9 over 3
        attn_implementation=impl,
    )
    return LlamaForCausalLM(cfg)


def _run(model, ids, mask):
    out = model(input_ids=ids, attention_mask=mask)
    loss = (out.logits.log_softmax(-1)[..., 5] * mask).sum()
    loss.backward()
    return out.logits.detach(), {n: p.grad.clone() for n, p in model.named_parameters()}


def test_grouped_sdpa_gives_transformers_logits_and_gradients_without_repeating_heads(monkeypatch):
    ids = torch.randint(0, 64, (3, 11))
    mask = torch.ones(3, 11, dtype=torch.long)
    mask[1, :4], mask[2, :7] = 0, 0  # left padding: the mask the update always has
    want_logits, want_grads = _run(_model("sdpa"), ids, mask)

    grouped = []
    real = attention.F.scaled_dot_product_attention

    def spy(q, k, v, **kw):
        grouped.append((kw.get("enable_gqa", False), q.shape[1], k.shape[1]))
        return real(q, k, v, **kw)

    monkeypatch.setattr(attention.F, "scaled_dot_product_attention", spy)
    got_logits, got_grads = _run(_model(attention.NAME), ids, mask)
    assert grouped == [(True, 6, 2)] * 2  # every layer, KV heads never copied
    keep = mask.bool()
    assert torch.allclose(got_logits[keep], want_logits[keep], atol=1e-5)
    for name, g in want_grads.items():
        assert torch.allclose(got_grads[name], g, atol=1e-5), name


class _Layer:
    num_key_value_groups = 3
    is_causal = True


def _qkv(q_len=5, kv_len=9):
    g = torch.Generator().manual_seed(1)
    q = torch.randn(2, 6, q_len, 8, generator=g)
    k, v = torch.randn(2, 2, kv_len, 8, generator=g), torch.randn(2, 2, kv_len, 8, generator=g)
    mask = torch.ones(2, 1, q_len, kv_len, dtype=torch.bool).tril(
        kv_len - q_len
    )  # a cache before the queries
    mask[1, :, :, :3] = False  # left padding
    return q, k, v, mask


@pytest.mark.parametrize(
    "kwargs",
    [{}, {"scaling": 0.5}, {"dropout": 0.3}],  # Granite-style scaling; dropout under the same seed
)
def test_grouped_path_matches_transformers_sdpa_with_every_argument_passed_through(kwargs):
    q, k, v, mask = _qkv()
    torch.manual_seed(0)
    want, _ = attention.sdpa_attention_forward(_Layer(), q, k, v, mask, **kwargs)
    torch.manual_seed(0)
    got, _ = attention.grouped_sdpa(_Layer(), q, k, v, mask, **kwargs)
    assert torch.allclose(got, want, atol=1e-6)
    if kwargs:  # the argument matters: dropping it would fail the comparison above
        torch.manual_seed(0)
        assert not torch.allclose(attention.grouped_sdpa(_Layer(), q, k, v, mask)[0], want, atol=1e-3)


def test_without_a_mask_grouping_or_cpu_it_is_transformers_sdpa(monkeypatch):
    calls = []
    monkeypatch.setattr(
        attention, "sdpa_attention_forward", lambda *a, **k: calls.append(k) or (torch.zeros(1), None)
    )
    q, k, v, mask = _qkv()
    layer = _Layer()
    attention.grouped_sdpa(layer, q, k, v, None)  # no mask: transformers already groups
    attention.grouped_sdpa(layer, q[:, :, :1], k, v, mask[:, :, :1])  # one query token (decode)
    attention.grouped_sdpa(layer, q, k, v, mask, position_bias=torch.zeros(1))
    attention.grouped_sdpa(layer, q, k, v, mask, softcap=30.0)
    meta = [t.to("meta") for t in (q, k, v, mask)]  # any device but the CPU (CUDA's kernels take no mask)
    attention.grouped_sdpa(layer, *meta)
    layer.num_key_value_groups = 1
    attention.grouped_sdpa(layer, q, q, q, mask[:, :, :, :5])
    assert len(calls) == 6 and calls[2]["position_bias"] is not None and calls[3]["softcap"] == 30.0


def test_recipes_sdpa_loads_the_grouped_kernel(tmp_path):
    from reasonrl.modeling.loading import load_causal_lm

    _model("sdpa").save_pretrained(tmp_path)
    from tokenizers import Tokenizer, models
    from transformers import PreTrainedTokenizerFast

    PreTrainedTokenizerFast(
        tokenizer_object=Tokenizer(models.WordLevel({"a": 0, "<unk>": 1}, unk_token="<unk>")), eos_token="a"
    ).save_pretrained(tmp_path)
    model, _ = load_causal_lm(tmp_path, attention="sdpa")
    assert model.config._attn_implementation == attention.NAME
    model, _ = load_causal_lm(tmp_path, attention="eager")
    assert model.config._attn_implementation == "eager"
