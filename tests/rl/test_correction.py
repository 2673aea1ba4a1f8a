"""Rollout/trainer mismatch correction: the pure weights, and the update on CPU with rollouts
sampled by a deliberately different engine setting (a hotter temperature than the trainer's)."""

import copy
import math

import pytest
import torch

from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling.batch import collate
from reasonrl.rl.correction import rollout_correction, summarize
from reasonrl.rl.distributed import Dist, make_strategy
from reasonrl.rl.update import policy_update


def test_weights_are_capped_ratios_and_bad_sequences_are_masked():
    trainer = torch.log(torch.tensor([[0.5, 0.3, 0.9], [0.2, 0.2, 0.2], [0.5, 0.5, 0.5]]))
    rollout = torch.log(torch.tensor([[0.5, 0.1, 0.9], [0.2, 0.2, 0.2], [0.5, 0.5, 0.01]]))
    mask = torch.tensor([[1.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 1.0, 1.0]])
    w, keep, sums = rollout_correction(trainer, rollout, mask, cap=2.0, low=0.5, high=2.0)
    torch.testing.assert_close(w[0], torch.tensor([1.0, 2.0, 1.0]))  # ratio 3 capped at 2
    torch.testing.assert_close(w[1], torch.tensor([1.0, 1.0, 0.0]))  # off the mask: weight 0
    assert keep.tolist() == [True, True, False]  # row 2: geometric mean 50^(1/3) = 3.7 > 2
    assert sums["tokens"] == 8 and sums["tis_capped"] == 2 and sums["masked_sequences"] == 1
    r = [3.0, 50.0]
    assert sums["kl"] == pytest.approx(sum(x - 1 - math.log(x) for x in r), rel=1e-5)
    m = summarize(sums)
    assert m["mismatch/outside_0.9_1.1"] == pytest.approx(2 / 8) and m[
        "mismatch/masked_sequences"
    ] == pytest.approx(1 / 3)
    assert m["mismatch/ratio_abs_dev"] == pytest.approx((2 + 49) / 8, rel=1e-5)


def test_identical_engines_give_unit_weights():
    lp = torch.randn(4, 6).clamp(max=0)
    w, keep, sums = rollout_correction(lp, lp.clone(), torch.ones(4, 6), 2.0, 0.5, 2.0)
    assert torch.equal(w, torch.ones(4, 6)) and keep.all() and sums["kl"] == 0 and sums["ratio_abs_dev"] == 0


@pytest.fixture(scope="module")
def tiny(model_cache):
    from reasonrl.modeling import load_causal_lm

    return load_causal_lm("embedded:tiny-test")


PROMPTS = [f"Q: {a}+{b}\nA: " for a, b in [(1, 2), (3, 4), (5, 5), (7, 8)]]
ADV = torch.tensor([1.0, -1.0, 0.5, -0.5] * 4)


def _update(model, tok, sample_temperature: float, mode: str, share: bool = True, **rc):
    rollouts = HFEngine(model, tok).generate(
        PROMPTS, SamplingParams(n=4, temperature=sample_temperature, max_new_tokens=16), seeds=[1, 2, 3, 4]
    )
    m = copy.deepcopy(model)
    cfg = RLRun(
        group_size=4,
        prompts_per_step=4,
        lr=1e-2,
        micro_batch_size=8,
        share_prompt_prefix=share,
        sampling={"temperature": 1.0},
        rollout_correction={"mode": mode, **rc},
    )
    strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
    strategy.optimizer = torch.optim.SGD(m.parameters(), lr=0.5)
    return m, policy_update(cfg, strategy, collate(rollouts, tok.pad_token_id), ADV.clone(), None, rollouts)


@pytest.mark.parametrize("share", [True, False])
def test_matching_engines_measure_no_mismatch_and_change_nothing(tiny, share):
    model, tok = tiny
    corrected, stats = _update(model, tok, 1.0, "on", share)
    plain, base = _update(model, tok, 1.0, "off", share)
    assert stats["mismatch/ratio_abs_dev"] < 1e-4 and stats["mismatch/kl"] < 1e-6
    assert stats["mismatch/masked_sequences"] == 0 and "mismatch/kl" not in base
    for a, b in zip(corrected.parameters(), plain.parameters(), strict=True):
        torch.testing.assert_close(a, b, atol=1e-5, rtol=1e-4)


@pytest.mark.parametrize("share", [True, False])
def test_a_hotter_sampler_is_measured_and_corrected(tiny, share):
    model, tok = tiny
    corrected, stats = _update(model, tok, 1.5, "on", share, tis_cap=1.2)
    plain, _ = _update(model, tok, 1.5, "off", share)
    assert stats["mismatch/ratio_abs_dev"] > 0.05 and stats["mismatch/outside_0.9_1.1"] > 0.1
    assert stats["mismatch/kl"] > 0.01 and stats["mismatch/tis_capped"] > 0
    assert 0 < stats["mismatch/masked_sequences"] < 1
    moved = max(
        (a - b).abs().max().item() for a, b in zip(corrected.parameters(), plain.parameters(), strict=True)
    )
    assert moved > 1e-4  # the weights and the masks changed the update


def test_auto_mode_corrects_only_a_foreign_engine_and_needs_logprobs(tiny):
    from reasonrl.rl.update import correction_on

    assert not correction_on(RLRun()) and correction_on(RLRun(engine="vllm"))
    assert not correction_on(RLRun(engine="vllm", rollout_correction={"mode": "off"}))
    model, tok = tiny
    rollouts = HFEngine(model, tok).generate(PROMPTS[:1], SamplingParams(n=4, max_new_tokens=8), seeds=[1])
    for r in rollouts:
        r.logprobs = None
    cfg = RLRun(group_size=4, prompts_per_step=1, rollout_correction={"mode": "on"})
    strategy = make_strategy("none", copy.deepcopy(model), Dist(), lr=1e-3, max_grad_norm=1.0)
    with pytest.raises(ConfigError, match="per-token log-probs"):
        policy_update(cfg, strategy, collate(rollouts, tok.pad_token_id), ADV[:4].clone(), None, rollouts)
