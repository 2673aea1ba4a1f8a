"""The learned reward as a reward term: batched Bradley–Terry scores of prompt + completion,
z-normalised with the constants saved beside the model at training time."""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from reasonrl.errors import ConfigError
from reasonrl.modeling.device import Placement
from reasonrl.modeling.loading import load_tokenizer
from reasonrl.reward_model.train import NORMALISATION, score
from reasonrl.rewards.base import REWARDS


@lru_cache(maxsize=2)
def _load(path: str, device: str = "cpu", dtype: str = "float32"):
    from transformers import AutoModelForSequenceClassification

    model_dir = Path(path)
    if not (model_dir / "config.json").exists():
        raise ConfigError(
            f"no reward model at {path}", hint="point params.path at a reward_model_train output's model/"
        )
    norm = json.loads((model_dir / NORMALISATION).read_text()) if (model_dir / NORMALISATION).exists() else {}
    tok = load_tokenizer(model_dir)
    tok.padding_side = "right"
    model = Placement(device, dtype).frozen(AutoModelForSequenceClassification.from_pretrained(model_dir))
    return model, tok, norm


@REWARDS.register("reward_model")
def reward_model(
    completions: list[str],
    prompt: list[str],
    path: str,
    normalize: bool = True,
    batch_size: int = 32,
    device: str = "cpu",
    dtype: str = "float32",
    **_,
) -> list[float]:
    """Scalar preference score per completion (z-scored by the training-time mean/std), with the
    model on `device` in `dtype` (rl_train passes its placement)."""
    import torch

    model, tok, norm = _load(str(path), device, dtype)
    texts = [p + " " + c for p, c in zip(prompt, completions, strict=True)]
    with torch.no_grad():
        scores = score(model, tok, texts, norm.get("max_length", 256), batch_size).tolist()
    if normalize and norm:
        scores = [(s - norm["score_mean"]) / (norm["score_std"] or 1.0) for s in scores]
    return scores
