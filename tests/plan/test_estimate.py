"""The capacity planner against figures computed by hand, and against a published configuration
(verl's minimum for full-parameter GRPO of a 14B Qwen model: 4 x H800 with parameter and optimizer
offload, docs/perf/device_tuning.rst and examples/tuning/14b/qwen2_14b_grpo_4_h800_fsdp_vllm.sh)."""

import json
from dataclasses import replace

import pytest

from reasonrl.plan.estimate import (
    GIB,
    HEADROOM,
    Setup,
    Shape,
    activation_bytes,
    fits,
    memory,
    smallest_fit,
    state_bytes,
    step_seconds,
)
from reasonrl.plan.hardware import GPUS
from tests.conftest import REPO

SMOLLM2_17B = json.loads((REPO / "scripts/gpu_check/models/llama-1.7b/config.json").read_text())
QWEN25_14B = Shape(
    layers=48, hidden=5120, heads=40, kv_heads=8, head_dim=128, intermediate=13824, vocab=152064, tied=False
)  # Qwen2.5-14B's config.json
TOY = Shape(layers=2, hidden=8, heads=2, kv_heads=1, head_dim=4, intermediate=16, vocab=10, tied=True)


def test_parameters_from_a_config_by_hand():
    # embeddings 49152*2048 (tied) + 24 layers * (4*2048^2 attention + 3*2048*8192 MLP + 2*2048 norms) + 2048
    assert Shape.from_config(SMOLLM2_17B).params == 100_663_296 + 24 * 67_112_960 + 2048 == 1_711_376_384
    # TOY: 10*8 + 2 * (8*8 + 2*8*4 + 8*8 + 3*8*16 + 2*8) + 8 = 80 + 2*592 + 8
    assert TOY.params == 1272 and TOY.kv_bytes_per_token() == 2 * 2 * 1 * 4 * 2


@pytest.mark.parametrize(
    "stage, offload, expected",
    [
        (0, False, (2.0, 2.0, 12.0)),
        (1, False, (2.0, 2.0, 1.5)),
        (2, False, (2.0, 0.25, 1.5)),
        (3, False, (0.25, 0.25, 1.5)),
        (2, True, (2.0, 0.0, 0.0)),
        (3, True, (0.0, 0.0, 0.0)),
    ],
)
def test_zero_stages_shard_16_bytes_per_parameter(stage, offload, expected):
    s = Setup(
        gpus=8,
        prompts=1,
        group=1,
        prompt_tokens=1,
        max_new_tokens=1,
        micro_batch=1,
        zero_stage=stage,
        offload=offload,
    )
    got = state_bytes(10**9, s)
    assert (got["weights"] / 1e9, got["gradients"] / 1e9, got["optimizer"] / 1e9) == expected


def test_activations_by_hand():
    # no recomputation: (2 layers + 1 for the backward) * 34*8 bytes per token, + 12*vocab for the logits
    assert activation_bytes(TOY, 100, False) == 100 * 3 * 272 + 100 * 10 * 12
    # full recomputation: each layer's input (2*8 bytes) + one layer recomputed and its gradients
    assert activation_bytes(TOY, 100, True) == 100 * (2 * 16 + 2 * 272) + 100 * 10 * 12


def test_the_kv_cache_takes_what_is_left_and_decodes_in_waves():
    gpu = GPUS.get("H100")
    s = Setup(
        gpus=1, prompts=512, group=16, prompt_tokens=1024, max_new_tokens=3072, micro_batch=4, zero_stage=3
    )
    m = memory(QWEN25_14B, s, gpu)
    resident = 16 * QWEN25_14B.params
    assert m["peak"] >= resident  # 236 GB of states: nothing fits on one GPU
    assert not fits(QWEN25_14B, s, gpu)
    small = Shape.from_config(SMOLLM2_17B)
    m = memory(small, s, gpu)
    needed = 512 * 16 * 4096 * small.kv_bytes_per_token()
    pool = HEADROOM * gpu.memory_bytes - 16 * small.params - 2 * small.params
    assert m["kv_cache"] == pytest.approx(pool) and m["kv_waves"] == -(-needed // pool)
    assert (
        step_seconds(small, s, gpu)["rollout_s"] > step_seconds(small, replace(s, gpus=8), gpu)["rollout_s"]
    )


def test_training_time_by_hand():
    gpu = GPUS.get("A100")
    s = Setup(
        gpus=4,
        prompts=8,
        group=4,
        prompt_tokens=100,
        max_new_tokens=100,
        micro_batch=1,
        checkpointing=True,
        reference=True,
    )
    # (6 fwd+bwd + 2 recompute + 2 reference) * N * 32 sequences * 200 tokens / (4 GPUs * 312e12 * 0.35)
    expected = 10 * TOY.params * 32 * 200 / (4 * 312e12 * 0.35)
    assert step_seconds(TOY, s, gpu)["train_s"] == pytest.approx(expected)


def test_a_published_minimum_configuration():
    """verl ran Qwen2.5-14B GRPO on 4 x H800 with FSDP, parameter and optimizer offload, gradient
    checkpointing, vLLM TP=4, 1024+1024 tokens, 16 sequences per micro-batch. The planner agrees
    that 4 GPUs need offload, and (assuming every response is 1024 tokens long, where verl removes
    padding and GSM8K answers are far shorter) asks for micro-batch 8 rather than 16."""
    gpu = GPUS.get("H800")
    verl = Setup(
        gpus=4,
        prompts=1024,
        group=5,
        prompt_tokens=1024,
        max_new_tokens=1024,
        micro_batch=16,
        zero_stage=3,
        checkpointing=True,
        offload=True,
        reference=True,
        rollout_tp=4,
    )
    assert not fits(QWEN25_14B, replace(verl, offload=False), gpu)  # 16 B/param / 4 = 55 GiB of states alone
    assert memory(QWEN25_14B, replace(verl, offload=False), gpu)["train_phase"] / GIB > 100
    assert not fits(QWEN25_14B, verl, gpu) and fits(QWEN25_14B, replace(verl, micro_batch=8), gpu)


def test_the_suggestion_is_the_smallest_that_fits():
    gpu = GPUS.get("A100")
    s = Setup(
        gpus=1, prompts=64, group=8, prompt_tokens=512, max_new_tokens=2048, micro_batch=16, zero_stage=0
    )
    best = smallest_fit(QWEN25_14B, s, gpu)
    assert best is not None and fits(QWEN25_14B, best, gpu)
    fewer = (
        [
            replace(best, gpus=best.gpus // 2, zero_stage=z, checkpointing=c, offload=o, micro_batch=1)
            for z in (1, 2, 3)
            for c in (False, True)
            for o in (False, True)
        ]
        if best.gpus > 1
        else []
    )
    assert not any(fits(QWEN25_14B, f, gpu) for f in fewer)  # not even the leanest setup on half the GPUs


def test_the_cli_says_when_it_does_not_fit_and_what_would(tmp_path, capsys):
    from reasonrl.cli.main import main

    cfg = tmp_path / "config.json"
    cfg.write_text(
        json.dumps(
            {
                "num_hidden_layers": 48,
                "hidden_size": 5120,
                "num_attention_heads": 40,
                "num_key_value_heads": 8,
                "intermediate_size": 13824,
                "vocab_size": 152064,
            }
        )
    )
    rc = main(
        [
            "plan",
            "pipelines/recipes/smollm2.yaml",
            "--gpus",
            "1",
            "--gpu-type",
            "A100",
            "--model-config",
            str(cfg),
        ]
    )
    out = capsys.readouterr().out
    assert rc == 4 and "DOES NOT FIT" in out and "smallest that fits:" in out and "14.77B parameters" in out
    rc = main(
        [
            "plan",
            "pipelines/recipes/smollm2.yaml",
            "--gpus",
            "1",
            "--gpu-type",
            "H200",
            "--json",
            "--model-config",
            str(REPO / "scripts/gpu_check/models/llama-1.7b"),
        ]
    )
    got = json.loads(capsys.readouterr().out)
    assert (
        rc == 0
        and got["fits"]
        and got["gpu"]["name"] == "H200"
        and got["memory_gib"]["peak"] < 141 * HEADROOM
    )
