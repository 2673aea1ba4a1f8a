"""The learning test on a GPU (scripts/gpu_check.sh runs it; skipped without CUDA): GRPO on
cuda with bf16 autocast and fp32 master weights raises held-out pass@1 of embedded:tiny-arith by
at least 15 points, as the CPU test (tests/rl/test_learning.py) requires with the demo's settings."""

import pytest

pytestmark = pytest.mark.gpu


def test_grpo_learns_on_cuda_in_bf16(tmp_path, model_cache):
    import torch

    from reasonrl.config.models import EvalConfig, GuardConfig, RewardTerm, RLRun
    from reasonrl.eval.runner import evaluate_model
    from reasonrl.modeling import load_causal_lm
    from reasonrl.modeling.device import placement
    from reasonrl.rl.trainer import train
    from reasonrl.tasks.arithmetic import generate

    place = placement("cuda")
    assert place.device.startswith("cuda") and place.dtype == "bfloat16"
    model, tok = load_causal_lm("embedded:tiny-arith")
    model = place.trainable(model)
    records = generate(2400, 0)
    held, train_records = records[:200], records[200:]
    ev = EvalConfig(samples=4, sampling={"temperature": 1.0, "max_new_tokens": 48})
    cfg = RLRun(
        steps=30,
        prompts_per_step=16,
        group_size=8,
        lr=2e-4,
        sampling={"max_new_tokens": 48},
        rewards=[RewardTerm(name="accuracy"), RewardTerm(name="format", weight=0.1)],
        guard=GuardConfig(),
    )
    with place.autocast():
        base, _ = evaluate_model(model, tok, held, ev, "arithmetic", progress=False)
        history, _ = train(model, tok, train_records, cfg, tmp_path, progress=False)
        after, _ = evaluate_model(model, tok, held, ev, "arithmetic", progress=False)
    assert {p.dtype for p in model.parameters()} == {torch.float32}
    print(f"cuda held-out pass@1 {base['pass_at_1']:.3f} -> {after['pass_at_1']:.3f}")
    assert after["pass_at_1"] - base["pass_at_1"] >= 0.15
