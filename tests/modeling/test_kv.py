"""The KV cache's keyword and field (modeling.kv) on the installed transformers and on the older
interface (`past_key_values`, transformers 5.17 on the GPU check machine): the same prefill,
decode and GRPO log-probs through both. The older interface is a fake (one transformers can be
installed here): an adapter over the real tiny model that takes and returns only the old name."""

from __future__ import annotations

import inspect

import pytest
import torch

from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling.kv import cache_arg, cache_of
from reasonrl.modeling.loading import load_causal_lm
from reasonrl.rl.batch import shared_prefix_batch, shared_prefix_logprobs


class OldOutput(dict):
    """A model output as transformers builds one: a mapping of the fields set, read as attributes."""

    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


class OldInterface(torch.nn.Module):
    """A causal LM whose forward knows `past_key_values` only, as transformers before the rename:
    passing `cache` is a TypeError, and the output carries the old field name."""

    def __init__(self, model):
        super().__init__()
        self.inner, self.config, self.generation_config = model, model.config, model.generation_config
        self.calls = 0

    def forward(self, input_ids=None, attention_mask=None, position_ids=None, past_key_values=None, **kw):
        self.calls += 1
        out = self.inner(
            input_ids=input_ids,
            attention_mask=attention_mask,
            position_ids=position_ids,
            **cache_arg(self.inner, past_key_values),
            **kw,
        )
        return OldOutput(logits=out.logits, past_key_values=cache_of(out))


POLICY = "You are a careful tutor. Think step by step, then give one final answer in a box.\n"  # shared


@pytest.fixture(scope="module")
def tiny():
    model, tok = load_causal_lm("embedded:tiny-test")
    return model.eval(), tok


def test_the_installed_transformers_takes_the_name_its_forward_declares(tiny):
    model, _ = tiny
    name = next(iter(cache_arg(model, None)))
    assert name in inspect.signature(type(model).forward).parameters
    assert cache_arg(OldInterface(model), None) == {"past_key_values": None}
    wrapped = torch.nn.Module()
    wrapped.module = OldInterface(model)  # DDP and DeepSpeed's engine hold the model as `.module`
    assert cache_arg(wrapped, None) == {"past_key_values": None}


def test_cache_of_reads_either_field():
    assert cache_of({"cache": 1, "logits": 0}) == 1
    assert cache_of({"past_key_values": 2}) == 2
    assert cache_of({"logits": 0}) is None


def test_generation_through_the_old_interface_equals_the_new(tiny):
    """Greedy tokens and log-probs through the model's own forward loop (ModelSteps: lean decode
    refuses a model it does not know), shared prefill on: identical with either keyword; then
    GRPO's log-probs and gradients over those rollouts (shared prefix, padded and packed)."""
    model, tok = tiny
    old = OldInterface(model)
    prompts = [POLICY + "Q: 12+30\nA: ", POLICY + "Q: 7*6\nA: The answer"]
    params = SamplingParams(n=2, temperature=0.0, max_new_tokens=8)
    outs = []
    for m in (model, old):
        engine = HFEngine(m, tok, lean=False)
        outs.append(engine.generate(prompts, params))
    assert old.calls > 8  # the old interface really ran the prefill and every decode step
    for a, b in zip(*outs, strict=True):
        assert a.completion_ids == b.completion_ids
        assert a.logprobs == pytest.approx(b.logprobs, abs=1e-6)
    model.train()
    sb = shared_prefix_batch(outs[0], tok.pad_token_id, torch.ones(len(outs[0]), dtype=torch.bool))
    assert sb.prompt_ids.shape[0] == 2  # one prompt row per group: the cached-prefix path runs
    for packed in (False, True):
        got = []
        for m in (model, old):
            model.zero_grad()
            logp = shared_prefix_logprobs(m, m, sb, packed=packed)
            (logp * sb.mask).sum().backward()
            got.append((logp.detach(), torch.cat([p.grad.reshape(-1) for p in model.parameters()])))
        (la, ga), (lb, gb) = got
        assert torch.equal(la, lb) and torch.equal(ga, gb) and ga.abs().max() > 0
    model.eval()
