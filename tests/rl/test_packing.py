"""Padding-free completion forwards (rl.packing): the same log-probs, entropies and gradients as
the padded layout, on fewer token slots."""

from __future__ import annotations

import random

import pytest
import torch

from reasonrl.generation.base import Rollout
from reasonrl.modeling.loading import load_causal_lm
from reasonrl.rl.batch import shared_prefix_batch, shared_prefix_logprobs
from reasonrl.rl.packing import first_fit, packed_layout, padding_share


@pytest.fixture(scope="module")
def tiny():
    model, tok = load_causal_lm("embedded:tiny-test")
    return model, tok


def test_first_fit_places_every_item_once_within_capacity():
    rng = random.Random(0)
    for _ in range(50):
        lengths = [rng.randint(1, 40) for _ in range(rng.randint(1, 30))]
        cap = max(lengths)
        bins = first_fit(lengths, cap)
        assert sorted(i for b in bins for i in b) == list(range(len(lengths)))
        assert all(sum(lengths[i] for i in b) <= cap for b in bins)
        lower = -(-sum(lengths) // cap)  # no packing can use fewer bins
        assert len(bins) <= 11 * lower / 9 + 1


def _rollouts(tok, groups: int, g: int, seed: int) -> list[Rollout]:
    """Groups of g completions of varied length; prompts open alike (a shared prefix) and differ."""
    rng = random.Random(seed)
    preamble = tok(
        "Policy: answer with one number. Show your work briefly.\n", add_special_tokens=False
    ).input_ids
    out = []
    for k in range(groups):
        prompt = (
            preamble
            + tok(
                f"Q: {rng.randint(1, 99)} + {rng.randint(1, 999)} ?" * (k + 1), add_special_tokens=False
            ).input_ids
        )
        for _ in range(g):
            n = rng.choice([1, 2, 5, 9, 17, 30])
            ids = [rng.randint(3, tok.vocab_size - 1) for _ in range(n)]
            out.append(Rollout(k, "", prompt, "", ids, False))
    return out


def _grads(model, loss):
    model.zero_grad()
    loss.backward()
    return torch.cat([p.grad.reshape(-1) for p in model.parameters() if p.grad is not None])


def test_packed_equals_padded_in_values_entropies_and_gradients(tiny):
    model, tok = tiny
    model.train()
    rollouts = _rollouts(tok, groups=3, g=4, seed=1)
    keep = torch.ones(len(rollouts), dtype=torch.bool)
    keep[5] = False  # an overlong-filtered row: no loss, in either layout
    sb = shared_prefix_batch(rollouts, 0, keep)
    weights = torch.randn(sb.mask.shape)  # an arbitrary per-token loss, so gradients are compared fully
    out = {}
    for packed in (False, True):
        logp, ent = shared_prefix_logprobs(
            model, model, sb, temperature=0.7, with_entropy=True, packed=packed
        )
        loss = (logp * weights * sb.mask).sum()
        out[packed] = (logp.detach() * sb.mask, ent * sb.mask, _grads(model, loss))
    (a, ea, ga), (b, eb, gb) = out[False], out[True]
    assert (a - b).abs().max() < 5e-5  # log-probs down to -20: float rounding
    assert (ea - eb).abs().max() < 1e-4
    assert (ga - gb).abs().max() < 1e-4 * ga.abs().max()
    assert ga.abs().max() > 0


def test_packing_removes_most_padding():
    lengths = [1, 2, 5, 9, 17, 30, 30, 4, 3, 12, 8, 30]
    bins, width, *_ = packed_layout(lengths, [i // 4 for i in range(12)], [10, 20, 30])
    before = padding_share(lengths, len(lengths), max(lengths))
    after = padding_share(lengths, len(bins), width)
    assert width == 30 and len(bins) == 6
    assert before > 0.55 and after < 0.17, (before, after)  # 6 bins is the fewest possible: 1 - 151/180
