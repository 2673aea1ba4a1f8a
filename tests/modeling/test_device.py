"""Device and precision placement, run on this CPU: the resolution rules (pure), a meta-device
placement of a whole model and a forward through it, bf16 autocast training with fp32 master
weights, gradient checkpointing, and the end-of-turn stop. The GPU half is scripts/gpu_check.sh."""

import copy
import warnings

import pytest
import torch

from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling import device as device_module
from reasonrl.modeling.batch import collate
from reasonrl.modeling.device import (
    Placement,
    cpu_has_native_bf16,
    placement,
    process_group_backend,
    resolve_device,
    resolve_precision,
)
from reasonrl.rl.batch import token_logprobs
from reasonrl.rl.distributed import Dist, make_strategy
from reasonrl.rl.update import policy_update


@pytest.mark.parametrize(
    "spec,rank,gpus,want",
    [
        ("auto", 0, 0, "cpu"),
        ("auto", 3, 4, "cuda:3"),
        ("auto", 5, 4, "cuda:1"),
        ("cuda", 2, 4, "cuda:2"),
        ("cuda:1", 0, 2, "cuda:1"),
        ("cpu", 1, 8, "cpu"),
        ("meta", 0, 0, "meta"),
    ],
)
def test_each_rank_gets_its_local_gpu(spec, rank, gpus, want):
    assert resolve_device(spec, rank, gpus) == want


@pytest.mark.parametrize(
    "spec,gpus,words",
    [("cuda", 0, "no CUDA"), ("cuda:2", 2, "GPU 2 requested"), ("tpu", 1, "unknown model.device")],
)
def test_impossible_devices_say_what_to_do(spec, gpus, words):
    with pytest.raises(ConfigError, match=words) as err:
        resolve_device(spec, 0, gpus)
    assert err.value.hint


def test_native_bf16_is_read_from_the_cpu_flags():
    assert cpu_has_native_bf16("processor\t: 0\nflags\t\t: fpu avx2 avx512f avx512_bf16\n") is True
    assert cpu_has_native_bf16("flags\t\t: fpu avx2 amx_tile amx_bf16\n") is True
    assert cpu_has_native_bf16("Features\t: fp asimd bf16 i8mm\n") is True  # Arm
    assert cpu_has_native_bf16("flags\t\t: fpu avx2 avx512f\n") is False


def test_bf16_on_a_cpu_without_it_warns_and_says_what_to_do(monkeypatch):
    monkeypatch.setattr(device_module, "cpu_has_native_bf16", lambda: False)
    with pytest.warns(RuntimeWarning, match="set model.precision: fp32"):
        assert placement("cpu", "bf16").dtype == "bfloat16"
    monkeypatch.setattr(device_module, "cpu_has_native_bf16", lambda: True)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        placement("cpu", "bf16")
        placement("cpu", "fp32")


def test_precision_and_backend_follow_the_device():
    assert resolve_precision("auto", "cpu", False) == "float32"
    assert resolve_precision("auto", "cuda:0", True) == "bfloat16"
    assert resolve_precision("auto", "cuda:0", False) == "float32"  # pre-Ampere GPUs: no bf16
    assert resolve_precision("bf16", "cpu", False) == "bfloat16"
    with pytest.raises(ConfigError, match="fp16 needs a GPU"):
        resolve_precision("fp16", "cpu", False)
    assert process_group_backend("cuda:1") == "nccl" and process_group_backend("cpu") == "gloo"


def test_a_gpu_rank_joins_nccl_and_reduces_on_its_gpu(monkeypatch):
    # NCCL cannot run without GPUs: this records the call torch.distributed would get, nothing more
    import torch.distributed as td

    seen = {}
    monkeypatch.setenv("WORLD_SIZE", "2")
    monkeypatch.setattr(td, "is_initialized", lambda: False)
    monkeypatch.setattr(td, "init_process_group", lambda backend: seen.setdefault("backend", backend))
    monkeypatch.setattr(td, "get_rank", lambda: 1)
    monkeypatch.setattr(td, "get_world_size", lambda: 2)
    dist = Dist.from_env("cuda:1")
    assert seen["backend"] == "nccl" and dist == Dist(1, 2, "cuda:1")
    seen.clear()
    assert Dist.from_env("cpu").device == "cpu" and seen["backend"] == "gloo"


@pytest.fixture(scope="module")
def tiny(model_cache):
    from reasonrl.modeling import load_causal_lm

    return load_causal_lm("embedded:tiny-test")


def test_meta_placement_moves_every_tensor_and_a_forward_follows(tiny):
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm("embedded:tiny-test", attention="eager")  # SDPA's mask check reads a value
    on_meta = Placement("meta", "bfloat16").frozen(copy.deepcopy(model))
    assert {p.device.type for p in on_meta.parameters()} == {"meta"}
    assert {b.device.type for b in on_meta.buffers()} <= {"meta"}
    assert {p.dtype for p in on_meta.parameters()} == {torch.bfloat16}
    assert not any(p.requires_grad for p in on_meta.parameters()) and not on_meta.training
    trained = Placement("meta", "bfloat16").trainable(copy.deepcopy(model))
    assert {p.dtype for p in trained.parameters()} == {torch.float32}  # master weights stay fp32
    batch = collate(
        HFEngine(model, tok).generate(["Q: 1+2\nA: "], SamplingParams(n=2, max_new_tokens=6), seeds=[0]),
        tok.pad_token_id,
    )
    logp = token_logprobs(on_meta, batch)  # the CPU batch is moved to the model's device
    assert logp.device.type == "meta" and logp.shape == batch.completion_mask.shape


def _step(model, tok, place: Placement, **rl):
    model = place.trainable(copy.deepcopy(model))
    cfg = RLRun(group_size=4, prompts_per_step=2, lr=1e-3, micro_batch_size=8, **rl)
    strategy = make_strategy("none", model, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
    dtypes = []
    hook = model.get_output_embeddings().register_forward_hook(lambda m, i, o: dtypes.append(o.dtype))
    with place.autocast():
        rollouts = HFEngine(model, tok).generate(
            ["Q: 2+2\nA: ", "Q: 3+5\nA: "], SamplingParams(n=4, max_new_tokens=8), seeds=[1, 2]
        )
        adv = torch.tensor([1.0, -1.0, 0.5, -0.5, 1.0, -1.0, 1.0, -1.0])
        model.train()  # as the trainer runs the update (checkpointing acts only in train mode)
        checkpointed = []
        for layer in model.model.layers:  # count the blocks that ran through the checkpoint function
            if getattr(layer, "_gradient_checkpointing_func", None) is not None:
                f = layer._gradient_checkpointing_func
                layer._gradient_checkpointing_func = lambda *a, _f=f, **k: (
                    checkpointed.append(1) or _f(*a, **k)
                )
        stats = policy_update(cfg, strategy, collate(rollouts, tok.pad_token_id), adv, None, rollouts)
    hook.remove()
    stats["checkpointed_blocks"] = len(checkpointed)
    return model, stats, set(dtypes)


def test_bf16_autocast_trains_fp32_master_weights(tiny):
    model, tok = tiny
    trained, stats, dtypes = _step(model, tok, Placement("cpu", "bfloat16"))
    assert dtypes == {torch.bfloat16}  # the forwards ran in bf16 ...
    assert {p.dtype for p in trained.parameters()} == {torch.float32}  # ... the weights stayed fp32
    assert all(s == s for s in (stats["loss"], stats["grad_norm"])) and stats["grad_norm"] > 0
    moved = max(
        (a - b).abs().max().item() for a, b in zip(trained.parameters(), model.parameters(), strict=True)
    )
    assert moved > 1e-5  # an fp32 update smaller than bf16's resolution near 1 would still land
    _, _, fp32 = _step(model, tok, Placement("cpu", "float32"))
    assert fp32 == {torch.float32}


def test_a_long_autocast_context_sees_every_optimizer_step():
    """The stages hold one autocast context around a whole training loop: a forward after an
    in-place update must run the updated weights (torch's autocast cache would keep the first
    bf16 cast of each leaf for the context's lifetime)."""
    layer = torch.nn.Linear(8, 8)
    x = torch.rand(2, 8) + 0.5  # every row sums to >= 4
    with Placement("cpu", "bfloat16").autocast():
        before = layer(x)
        with torch.no_grad():
            layer.weight.add_(1.0)
        after = layer(x)
    assert before.dtype == torch.bfloat16
    assert (after - before).abs().min().item() > 1.0  # + x @ ones moved every output by >= 4


def test_gradient_checkpointing_gives_the_same_update(tiny):
    model, tok = tiny
    # whole rows, the layout a checkpointed update falls back to (Adam's first step is a sign step:
    # another layout's float order could flip a near-zero gradient)
    plain, s1, _ = _step(model, tok, Placement("cpu"), share_prompt_prefix=False)
    ckpt, s2, _ = _step(model, tok, Placement("cpu", gradient_checkpointing=True))

    def on(m):  # transformers 5.2x renamed it
        return (
            m.is_activation_checkpointing
            if hasattr(type(m), "is_activation_checkpointing")
            else m.is_gradient_checkpointing
        )

    assert on(ckpt) and not on(plain)
    # every block of the update's one forward (a micro-batch of all 8 rows) ran checkpointed: the
    # update falls back from the packed layout, which builds on a prompt KV cache that a
    # checkpointed forward never returns (it raised AttributeError on None before)
    assert s2["checkpointed_blocks"] == len(ckpt.model.layers) and s1["checkpointed_blocks"] == 0
    assert s1["grad_norm"] == pytest.approx(s2["grad_norm"], rel=1e-4)
    for a, b in zip(plain.parameters(), ckpt.parameters(), strict=True):
        torch.testing.assert_close(a, b, atol=1e-6, rtol=1e-4)


def test_generation_stops_on_every_end_token(tiny):
    """Llama 3 style: the generation config lists end tokens besides the tokenizer's EOS."""
    model, tok = tiny
    params = SamplingParams(n=1, temperature=0, max_new_tokens=12)
    free = HFEngine(model, tok).generate(["Q: 12+30\nA: "], params)[0]
    assert len(free.completion_ids) >= 3
    stop_at = free.completion_ids[2]
    other = copy.deepcopy(model)
    other.generation_config.eos_token_id = [tok.eos_token_id, stop_at]
    cut = HFEngine(other, tok).generate(["Q: 12+30\nA: "], params)[0]
    first = free.completion_ids.index(stop_at)
    assert cut.completion_ids == free.completion_ids[: first + 1] and not cut.truncated
    assert len(cut.logprobs) == len(cut.completion_ids) and all(lp <= 0 for lp in cut.logprobs)


def test_the_chat_templates_end_of_turn_is_found(tiny):
    from reasonrl.generation.stops import end_of_turn_id, end_token_ids

    _, tok = tiny
    tok = copy.deepcopy(tok)
    assert end_of_turn_id(tok) is None  # no template: EOS alone
    tok.add_special_tokens({"additional_special_tokens": ["<|eot|>"]})
    tok.chat_template = (
        "{% for m in messages %}<|{{ m.role }}|>{{ m.content }}<|eot|>\n{% endfor %}"
        "{% if add_generation_prompt %}<|assistant|>{% endif %}"
    )
    eot = tok.convert_tokens_to_ids("<|eot|>")
    assert end_of_turn_id(tok) == eot != tok.eos_token_id
    assert end_token_ids(tok) == sorted({tok.eos_token_id, eot})
    tok.chat_template = "{% for m in messages %}{{ m.content }}\n\n{% endfor %}"  # turns end in plain text
    assert end_of_turn_id(tok) is None
