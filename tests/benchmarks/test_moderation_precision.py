"""benchmarks/moderation_precision.py's figures: the same precision twice gives exact agreement,
bf16 autocast a small but non-zero gradient error, and two disjoint halves of a batch a direction
further apart than that (the scale the bf16 error is read against)."""

from __future__ import annotations

import importlib.util
import random
from pathlib import Path

import torch

from reasonrl.generation.base import Rollout
from reasonrl.modeling.device import Placement
from reasonrl.modeling.loading import load_causal_lm
from reasonrl.rl.batch import shared_prefix_batch

SPEC = importlib.util.spec_from_file_location(
    "moderation_precision", Path(__file__).parents[2] / "benchmarks/moderation_precision.py"
)
mod = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(mod)


def _batch(tok, groups: int = 4, g: int = 4):
    rng = random.Random(0)
    rollouts = []
    for k in range(groups):
        text = f"Policy: one number. Q: {rng.randint(1, 99)} + {k}?"
        prompt = tok(text, add_special_tokens=False).input_ids
        for _ in range(g):
            ids = [rng.randint(3, tok.vocab_size - 1) for _ in range(rng.choice([2, 5, 9]))]
            rollouts.append(Rollout(k, "", prompt, "", ids, False))
    sb = shared_prefix_batch(rollouts, 0, torch.ones(len(rollouts), dtype=torch.bool))
    adv = torch.randn(len(rollouts), generator=torch.Generator().manual_seed(0))
    return sb, adv


def test_cosine_is_exact_on_long_vectors():
    v = torch.rand(10_000_000, generator=torch.Generator().manual_seed(0))
    assert abs(mod._cosine(v, v) - 1.0) < 1e-12  # in fp32: 1.0004 here
    assert abs(mod._cosine(torch.tensor([1.0, 0.0]), torch.tensor([0.0, 2.0]))) < 1e-12


def test_bf16_gradient_error_is_small_nonzero_and_below_the_sampling_scale():
    model, tok = load_causal_lm("embedded:tiny-test")
    model.train()
    sb, adv = _batch(tok)
    fp32, bf16 = Placement("cpu", "float32"), Placement("cpu", "bfloat16")
    same = mod._gradients(model, sb, adv, 4, {"fp32": fp32, "bf16": fp32}, 1, lambda _: None)
    assert same["grad_relative_error"] == 0.0 and same["token_logprob_abs_diff_max"] == 0.0
    assert abs(same["grad_cosine_fp32_bf16"] - 1.0) < 1e-9
    mixed = mod._gradients(model, sb, adv, 4, {"fp32": fp32, "bf16": bf16}, 1, lambda _: None)
    assert 0.0 < mixed["grad_relative_error"] < 0.2
    assert mixed["token_logprob_abs_diff_mean"] > 0.0
    assert mixed["grad_cosine_fp32_bf16"] > mixed["grad_cosine_halves_fp32"]
    assert "bf16 autocast against fp32" in mod.markdown(
        {
            **mixed,
            "rollouts": 16,
            "completion_tokens": int(sb.mask.sum()),
            "prompt_tokens": 40,
            "reward_mean": 0.0,
            "greedy_rows": 1,
            "greedy_identical_rows": 1,
            "greedy_identical_labels": 1,
            "decode_s": {"fp32": [1.0], "bf16": [0.5]},
            "decode_ratio": 2.0,
        }
    )
