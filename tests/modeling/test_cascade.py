"""Cascade attention (modeling/cascade.py): completions attend to their group's prompt cache
without copies, with the values and gradients of the masked attention over the copies."""

import random

import pytest
import torch
import torch.nn.functional as F

from reasonrl.generation.base import Rollout
from reasonrl.modeling import cascade
from reasonrl.modeling import prefix as prefixes
from reasonrl.modeling.loading import load_causal_lm
from reasonrl.modeling.prefix import SharedPrefix
from reasonrl.rl import packing
from reasonrl.rl.batch import shared_prefix_batch, shared_prefix_logprobs


class _Layer(torch.nn.Module):
    layer_idx = 0


class _Cache:
    def __init__(self, k, v):
        self.layers = [type("L", (), {"keys": k, "values": v})()]


def _tensors(b, g, heads, kv_heads, c, wp, d=16, seed=0):
    gen = torch.Generator().manual_seed(seed)
    shapes = (
        (b, heads, c, d),
        (b, kv_heads, c, d),
        (b, kv_heads, c, d),
        (g, kv_heads, wp, d),
        (g, kv_heads, wp, d),
    )
    return [torch.randn(s, generator=gen).requires_grad_() for s in shapes]


def _reference(q, k, v, kp, vp, prompt_mask, token_group, own):
    """The attention the cache path computes: every slot's keys = all groups' prompts side by side
    (gathered copies) then its own completion, under a boolean mask."""
    b, _, c, _ = q.shape
    g, h, wp, d = kp.shape
    side_by_side = [t.transpose(0, 1).reshape(1, h, g * wp, d).expand(b, -1, -1, -1) for t in (kp, vp)]
    keys, values = torch.cat([side_by_side[0], k], 2), torch.cat([side_by_side[1], v], 2)
    key_group = torch.arange(g).repeat_interleave(wp)
    to_prompt = (key_group.view(1, 1, -1) == token_group.unsqueeze(-1)) & prompt_mask.reshape(-1).bool()
    mask = torch.cat([to_prompt, own], 2).unsqueeze(1)
    return F.scaled_dot_product_attention(q, keys, values, attn_mask=mask, enable_gqa=True)


def _grads(out, tensors, weight):
    for t in tensors:
        t.grad = None
    (out * weight).sum().backward()
    return [t.grad.clone() for t in tensors]


@pytest.mark.parametrize("layout", ["rows", "packed"])
def test_cascade_equals_the_masked_attention_over_copies_in_values_and_gradients(layout):
    """Two groups, grouped heads (6 over 2), left padding inside a prompt, and in the packed layout
    bins holding both groups' completions plus slack slots that attend to nothing but themselves."""
    prompt_mask = torch.ones(2, 23, dtype=torch.long)
    prompt_mask[1, 9:14] = 0  # [prefix | pad | suffix]: the padding is never attended
    if layout == "rows":
        token_group = torch.tensor([0, 0, 0, 1, 1]).unsqueeze(1).expand(5, 7)
        segment = torch.arange(5).unsqueeze(1).expand(5, 7)
        own, own_arg = torch.ones(7, 7, dtype=torch.bool).tril().expand(5, 7, 7), None
    else:
        lengths, groups = [7, 3, 5, 2, 6, 4], [0, 0, 0, 1, 1, 1]
        bins, _, _, _, segment, group = packing.packed_layout(lengths, groups, [23, 23])
        token_group = torch.where(segment >= 0, group, -1)
        own = packing.own_mask(segment)
        own_arg = own.unsqueeze(1)
        assert (segment < 0).any() and any(len({groups[i] for i in b}) == 2 for b in bins)
    q, k, v, kp, vp = tensors = _tensors(token_group.shape[0], 2, 6, 2, token_group.shape[1], 23)
    weight = torch.randn(q.shape[0], token_group.shape[1], 6, 16) * (segment >= 0).unsqueeze(-1).unsqueeze(-1)
    want = _reference(q, k, v, kp, vp, prompt_mask, token_group, own).transpose(1, 2)
    want_grads = _grads(want, tensors, weight)
    prompts = cascade.Prompts.build(_Cache(kp, vp), prompt_mask, token_group, own_arg)
    got, _ = cascade.cascade_attention(_Layer(), q, k, v, prompts)
    got_grads = _grads(got, tensors, weight)
    real = (segment >= 0).unsqueeze(-1).unsqueeze(-1)
    assert ((got - want) * real).abs().max() < 1e-5
    for name, a, b in zip("q k v kp vp".split(), got_grads, want_grads, strict=True):
        assert (a - b).abs().max() < 1e-5 * max(b.abs().max(), 1), name
        assert b.abs().max() > 0, name


def _rollouts(tok, seed: int) -> list[Rollout]:
    rng = random.Random(seed)
    policy = tok(
        "Policy: flag hateful messages, allow the rest. Think first.\n", add_special_tokens=False
    ).input_ids
    out = []
    for k in range(3):
        prompt = (
            policy + tok(f"Message {k}: " + "word " * rng.randint(1, 9), add_special_tokens=False).input_ids
        )
        for _ in range(4):
            ids = [rng.randint(3, tok.vocab_size - 1) for _ in range(rng.choice([1, 3, 8, 15]))]
            out.append(Rollout(k, "", prompt, "", ids, False))
    return out


def _logprobs_and_grads(model, sb, packed, weights, prefix_ids=None):
    model.zero_grad()
    prefix = None if prefix_ids is None else SharedPrefix.run(model, prefix_ids)  # fresh graph each time
    logp = shared_prefix_logprobs(model, model, sb, temperature=0.7, packed=packed, prefix=prefix)
    (logp * weights * sb.mask).sum().backward()
    return logp.detach() * sb.mask, torch.cat(
        [p.grad.reshape(-1) for p in model.parameters() if p.grad is not None]
    )


@pytest.mark.parametrize("packed", [False, True])
@pytest.mark.parametrize("shared", [False, True])
def test_the_update_through_the_cascade_equals_the_cache_path(packed, shared, monkeypatch):
    """shared_prefix_logprobs on a real (tiny) model: log-probs and every parameter's gradient equal
    the cache path's (the cascade switched off), also when the policy prefix is a SharedPrefix
    forwarded once (its gradient flows through the prompt cache into the cascade), and the cascade
    ran in every layer."""
    model, tok = load_causal_lm("embedded:tiny-test")
    model.train()
    rollouts = _rollouts(tok, 3)
    sb = shared_prefix_batch(rollouts, 0, torch.ones(12, dtype=torch.bool))
    prefix_ids = torch.tensor(
        rollouts[0].prompt_ids[: prefixes.common_prefix([torch.tensor(r.prompt_ids) for r in rollouts])]
    )
    assert not shared or len(prefix_ids) >= prefixes.MIN_SHARED
    weights = torch.randn(sb.mask.shape, generator=torch.Generator().manual_seed(0))
    calls = []
    real_apply = cascade._Cascade.apply
    monkeypatch.setattr(cascade._Cascade, "apply", lambda *a: calls.append(1) or real_apply(*a))
    results = []
    for on in (True, False):
        monkeypatch.setattr(cascade, "usable", lambda m, on=on: on)
        results.append(_logprobs_and_grads(model, sb, packed, weights, prefix_ids if shared else None))
        if on:
            assert len(calls) == model.config.num_hidden_layers
    (a, ga), (b, gb) = results
    assert (a - b).abs().max() < 5e-5
    assert (ga - gb).abs().max() < 1e-4 * gb.abs().max() and gb.abs().max() > 0


def test_under_bf16_autocast_the_cascade_is_as_close_as_the_cache_path(monkeypatch):
    """Training runs under a bf16 autocast on CPUs that have it: the cascade casts as autocast casts
    SDPA, so it stays as close to the fp32 figures as the cache path does."""
    model, tok = load_causal_lm("embedded:tiny-test")
    sb = shared_prefix_batch(_rollouts(tok, 4), 0, torch.ones(12, dtype=torch.bool))
    weights = torch.randn(sb.mask.shape, generator=torch.Generator().manual_seed(1))
    fp32, _ = _logprobs_and_grads(model, sb, True, weights)
    out = {}
    for on in (True, False):
        monkeypatch.setattr(cascade, "usable", lambda m, on=on: on)
        with torch.autocast("cpu", dtype=torch.bfloat16):
            out[on] = _logprobs_and_grads(model, sb, True, weights)
    (a, ga), (b, gb) = out[True], out[False]
    assert (a - fp32).abs().max() <= 1.5 * (b - fp32).abs().max() + 1e-3
    assert (ga - gb).norm() < 0.05 * gb.norm()


def test_a_model_that_drops_the_prompts_is_refused_not_trained_blind(monkeypatch):
    """transformers' own SDPA takes the `prompts` keyword and ignores it: the completions would
    attend to no prompt. The forward counts the layers that ran the cascade and refuses."""
    model, tok = load_causal_lm("embedded:tiny-test", attention="transformers-sdpa")
    monkeypatch.setattr(cascade, "usable", lambda m: True)
    sb = shared_prefix_batch(_rollouts(tok, 5), 0, torch.ones(12, dtype=torch.bool))
    with pytest.raises(RuntimeError, match="ran in 0 of"):
        shared_prefix_logprobs(model, model, sb, packed=True)


def test_the_cascade_survives_hooks_that_rebuild_keywords():
    """FSDP2's pre-forward hook on every sharded layer sends its keywords through
    torch.distributed.utils._apply_to_tensors, which rebuilds dataclasses and lists as copies (the
    CI failure of fsdp2 training: the layers counted their cascade calls on copies, `forward` saw 0
    and refused). The same hook on each layer here: the update runs, with the same log-probs."""
    from torch.distributed.utils import _apply_to_tensors

    model, tok = load_causal_lm("embedded:tiny-test")
    sb = shared_prefix_batch(_rollouts(tok, 5), 0, torch.ones(12, dtype=torch.bool))
    want = shared_prefix_logprobs(model, model, sb, packed=True)
    for layer in model.model.layers:  # what fully_shard(layer) does to the keywords
        layer.register_forward_pre_hook(
            lambda m, a, kw: _apply_to_tensors(lambda t: t.clone(), (a, kw)), with_kwargs=True
        )
    got = shared_prefix_logprobs(model, model, sb, packed=True)
    assert torch.equal(got, want)


def test_what_the_flash_calls_cannot_do_is_refused():
    q, k, v, kp, vp = _tensors(2, 1, 4, 2, 3, 5)
    prompts = cascade.Prompts.build(
        _Cache(kp, vp), torch.ones(1, 5, dtype=torch.long), torch.zeros(2, 3, dtype=torch.long)
    )
    for kwargs in ({"dropout": 0.1}, {"softcap": 30.0}, {"sliding_window": 4}):
        with pytest.raises(RuntimeError, match="unsupported"):
            cascade.cascade_attention(_Layer(), q, k, v, prompts, **kwargs)


def test_only_reasonrls_cpu_sdpa_runs_the_cascade():
    sdpa, _ = load_causal_lm("embedded:tiny-test")
    eager, _ = load_causal_lm("embedded:tiny-test", attention="eager")
    assert cascade.usable(sdpa) and not cascade.usable(eager)
    sdpa.config.attention_dropout = 0.1  # the flash calls here take no dropout
    assert not cascade.usable(sdpa)
