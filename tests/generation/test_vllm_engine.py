"""The vLLM V1 engine, driven through a fake `vllm` module that follows vLLM's interface
(tests/generation/fake_vllm.py: vLLM cannot be installed on this machine or the GPU check
machine). What is checked: how the engine is started, the colocated sleep/wake cycle, weight
sync after each update through the worker RPC, per-sample seeds, log-probs for rollout
correction, greedy parity with the hf engine, and a GRPO run on it."""

import copy

import pytest
import torch

from reasonrl.errors import ConfigError
from reasonrl.generation import ENGINES, SamplingParams
from reasonrl.generation.hf import HFEngine
from tests.generation import fake_vllm

PROMPTS = ["Q: 3+4\nA: ", "Q: 5+1\nA: "]


@pytest.fixture(scope="module")
def tiny(model_cache):
    from reasonrl.modeling import load_causal_lm

    return load_causal_lm("embedded:tiny-test")


ONE_PROCESS = {
    "RANK": "0",
    "LOCAL_RANK": "0",
    "WORLD_SIZE": "1",
    "MASTER_ADDR": "127.0.0.1",
    "MASTER_PORT": "29555",
}


@pytest.fixture(autouse=True)
def one_process(monkeypatch):
    """As under torchrun, so the engine leaves the environment alone (and later tests find it unchanged)."""
    for key, value in ONE_PROCESS.items():
        monkeypatch.setenv(key, value)


@pytest.fixture
def engine(tiny, monkeypatch):
    fake_vllm.install(monkeypatch)
    model, tok = tiny
    return ENGINES.get("vllm")(copy.deepcopy(model), tok)


def test_started_colocated_in_process_with_processed_logprobs(engine):
    llm = engine.llm
    assert (
        llm.distributed_executor_backend == "external_launcher" and llm.logprobs_mode == "processed_logprobs"
    )
    assert llm.enable_sleep_mode and llm.calls == [("sleep", 2)]  # the GPU is the trainer's until generation


def test_each_generation_syncs_weights_then_sleeps(engine):
    cycle = [
        ("wake_up", ("weights",)),
        ("collective_rpc", "reload_weights"),
        ("collective_rpc", "load_weights_on_worker"),
        ("reset_prefix_cache",),
        ("wake_up", ("kv_cache",)),
    ]
    engine.generate(PROMPTS, SamplingParams(n=2, max_new_tokens=8), seeds=[1, 2])
    assert engine.llm.calls[1:] == [*cycle, ("generate", 4), ("sleep", 2)]
    engine.generate(
        PROMPTS, SamplingParams(n=1, max_new_tokens=8), seeds=[1, 2]
    )  # after level 2: reloaded again
    assert engine.llm.calls[8:] == [*cycle, ("generate", 2), ("sleep", 2)]


def test_without_the_reload_a_level_2_sleep_leaves_vllm_without_its_processed_weights(engine):
    """What the reload is for: loading the policy's state dict alone does not restore what vLLM
    post-processes at load; the fake refuses to generate then, as the real engine would misbehave."""
    llm = engine.llm
    llm.wake_up(tags=["weights"])
    llm.collective_rpc(
        __import__("reasonrl.generation.vllm", fromlist=["x"]).load_weights_on_worker,
        args=([(n, p.detach()) for n, p in engine.model.state_dict().items()],),
    )
    llm.wake_up(tags=["kv_cache"])
    with pytest.raises(RuntimeError, match="without reload_weights"):
        llm.generate([{"prompt_token_ids": [1, 2]}], sampling_params=fake_vllm.SamplingParams(max_tokens=2))


def test_outside_torchrun_the_single_process_environment_is_set(tiny, monkeypatch):
    import os

    from reasonrl.generation.vllm import single_process_env

    for key in ONE_PROCESS:
        monkeypatch.delenv(key)
    fake_vllm.install(monkeypatch)
    model, tok = tiny
    try:
        engine = ENGINES.get("vllm")(copy.deepcopy(model), tok, max_num_batched_tokens=4096)
        assert (
            os.environ["WORLD_SIZE"] == "1"
            and os.environ["RANK"] == "0"
            and int(os.environ["MASTER_PORT"]) > 0
        )
        assert engine.llm.max_num_batched_tokens == 4096
    finally:
        for key in ONE_PROCESS:  # set by the engine, not by monkeypatch: removed here
            os.environ.pop(key, None)
    monkeypatch.setenv("RANK", "3")  # under torchrun: left alone
    monkeypatch.setenv("WORLD_SIZE", "4")
    assert single_process_env() == {} and os.environ["RANK"] == "3"


def test_rollouts_are_grouped_seeded_and_carry_logprobs(engine):
    params = SamplingParams(n=4, max_new_tokens=16)
    out = engine.generate(PROMPTS, params, seeds=[1, 2])
    assert [r.prompt_index for r in out] == [0] * 4 + [1] * 4
    assert all(len(r.completion_ids) <= 16 and len(r.logprobs) == len(r.completion_ids) for r in out)
    assert all(lp <= 0 for r in out for lp in r.logprobs)
    again = engine.generate(PROMPTS, params, seeds=[1, 2])
    assert [r.completion_ids for r in out] == [r.completion_ids for r in again]  # seeded per sample
    other = engine.generate(PROMPTS, params, seeds=[7, 8])
    assert [r.completion_ids for r in out] != [r.completion_ids for r in other]
    alone = engine.generate(PROMPTS[1:], params, seeds=[2])  # a prompt's samples do not depend on its batch
    assert [r.completion_ids for r in alone] == [r.completion_ids for r in out[4:]]


def test_updated_weights_reach_the_engine(tiny, monkeypatch):
    fake_vllm.install(monkeypatch)
    model, tok = tiny
    policy = copy.deepcopy(model)
    engine = ENGINES.get("vllm")(policy, tok, sleep=False)  # awake: weights persist between generations
    params = SamplingParams(n=1, temperature=0, max_new_tokens=4)
    engine.generate(PROMPTS, params)
    with torch.no_grad():
        for p in policy.parameters():
            p.add_(0.05 * torch.randn_like(p))
    served = dict(engine.llm.hf.named_parameters())
    engine.generate(PROMPTS, params)  # no update announced: the engine keeps what it has
    assert not any(torch.equal(served[name], p) for name, p in policy.named_parameters())
    engine.on_policy_update()
    engine.generate(PROMPTS, params)
    for name, p in policy.named_parameters():
        assert torch.equal(served[name], p), name


def test_greedy_decoding_matches_the_hf_engine(engine, tiny):
    model, tok = tiny
    params = SamplingParams(n=1, temperature=0, max_new_tokens=12)
    ours = HFEngine(model, tok).generate(PROMPTS, params)
    theirs = engine.generate(PROMPTS, params)
    assert [r.completion_ids for r in theirs] == [r.completion_ids for r in ours]
    assert [r.prompt_ids for r in theirs] == [r.prompt_ids for r in ours]
    for a, b in zip(ours, theirs, strict=True):
        assert a.truncated == b.truncated
        torch.testing.assert_close(torch.tensor(a.logprobs), torch.tensor(b.logprobs), atol=1e-4, rtol=1e-4)


def test_sharded_parameters_are_refused(tiny, monkeypatch):
    fake_vllm.install(monkeypatch)
    model, tok = tiny
    with pytest.raises(ConfigError, match="sharded parameters"):
        ENGINES.get("vllm")(model, tok, sync_done=lambda done: done)


def test_grpo_trains_on_vllm_rollouts_with_correction(tiny, monkeypatch, tmp_path):
    from reasonrl.config.models import RLRun
    from reasonrl.rl.trainer import train
    from reasonrl.tasks.arithmetic import generate

    fake_vllm.install(monkeypatch)
    model, tok = tiny
    policy = copy.deepcopy(model)
    cfg = RLRun(
        engine="vllm",
        steps=2,
        prompts_per_step=2,
        group_size=4,
        sampling={"max_new_tokens": 12},
        lr=1e-3,
        checkpoint_every=5,
        guard={"enabled": False},
        skip_zero_advantage=False,
    )
    history, _ = train(policy, tok, generate(20, 0, (1, 1)), cfg, tmp_path, progress=False)
    assert len(history) == 2
    for step in history:  # correction is on (auto) and the fake samples with the trainer's fp32 numerics
        assert step["mismatch/ratio_abs_dev"] < 1e-3 and step["mismatch/masked_sequences"] == 0
    moved = max(
        (a - b).abs().max().item() for a, b in zip(policy.parameters(), model.parameters(), strict=True)
    )
    assert moved > 0


class _Counted(ENGINES.get("vllm")):
    """The vllm engine, remembering each instance: which sites built one, and what they asked."""

    built: list = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _Counted.built.append(self)


if "counted-vllm" not in ENGINES:
    ENGINES.register("counted-vllm")(_Counted)


def _generated(engine) -> int:
    return sum(c[1] for c in engine.llm.calls if c[0] == "generate")


def test_evaluation_distillation_and_the_judge_generate_on_the_recipes_engine(tiny, monkeypatch):
    """Every generation site takes its engine by name (a GPU recipe's rl.engine=vllm evaluates,
    distils and judges with vLLM): evaluation gives the hf engine's greedy answers, on-policy
    distillation re-syncs the student's weights before each batch, the local judge replies."""
    from reasonrl.config.models import DistillConfig, EvalConfig, SamplingConfig
    from reasonrl.distill.kd import logit_kd
    from reasonrl.eval.runner import evaluate_model
    from reasonrl.reward_model.judge import _local_replies
    from reasonrl.tasks.arithmetic import generate

    fake_vllm.install(monkeypatch)
    model, tok = tiny
    records = generate(6, 0, (1, 1))
    cfg = EvalConfig(samples=1, batch_size=4, sampling={"temperature": 0, "max_new_tokens": 12})
    _Counted.built.clear()
    ours, ours_samples = evaluate_model(model, tok, records, cfg, "arithmetic", progress=False)
    theirs, theirs_samples = evaluate_model(
        model, tok, records, cfg, "arithmetic", progress=False, engine="counted-vllm"
    )
    assert len(_Counted.built) == 1 and _generated(_Counted.built[0]) == 6
    assert [s["completion"] for s in theirs_samples] == [s["completion"] for s in ours_samples]
    assert theirs["pass_at_1"] == ours["pass_at_1"]

    student = copy.deepcopy(model)
    examples = [(tok(r["question"]).input_ids, tok(" 1").input_ids) for r in records]
    kd = DistillConfig(method="logit", on_policy=True, epochs=1, batch_size=3, lr=1e-3)
    logit_kd(
        student,
        model,
        tok,
        examples,
        kd,
        progress=False,
        prompts=[r["question"] for r in records],
        sampling=SamplingConfig(max_new_tokens=8),
        engine="counted-vllm",
    )
    engine = _Counted.built[1]
    syncs = [c for c in engine.llm.calls if c == ("collective_rpc", "load_weights_on_worker")]
    assert _generated(engine) == 6 and len(syncs) == 2  # two batches, each after a fresh weight sync

    replies = _local_replies(
        str(model.name_or_path), [[{"role": "user", "content": "Q: 3+4\nA: "}]], "counted-vllm"
    )
    assert len(_Counted.built) == 3 and len(replies) == 1 and _generated(_Counted.built[2]) == 1


def test_no_site_outside_generation_builds_an_engine_class_directly():
    """Engines are built through ENGINES by name, so a recipe's engine reaches every site."""
    import ast
    from pathlib import Path

    import reasonrl

    root = Path(reasonrl.__file__).parent
    direct = []
    for path in root.rglob("*.py"):
        if path.parent.name == "generation":
            continue
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.Call) and getattr(node.func, "id", None) in {"HFEngine", "VLLMEngine"}:
                direct.append(f"{path.relative_to(root)}:{node.lineno}")
    assert direct == []
