"""Bradley–Terry reward-model training (Bradley & Terry 1952; Ouyang et al. 2022, eq. 1):

    loss = -log sigmoid(r(x, y_chosen) - r(x, y_rejected) - margin)

on any HF backbone with a scalar head (AutoModelForSequenceClassification, num_labels=1).
"""

from __future__ import annotations

import json
import math
import random
from pathlib import Path

from reasonrl.config.models import RewardModelConfig
from reasonrl.modeling.device import Placement, device_of
from reasonrl.modeling.loading import load_tokenizer

NORMALISATION = "reward_normalisation.json"


def _texts(pairs: list[dict], which: str) -> list[str]:
    return [p["prompt"] + " " + p[which] for p in pairs]


def score(model, tok, texts: list[str], max_length: int, batch_size: int = 64):
    """Scalar rewards [N] for texts (truncated from the left: the response end matters most)."""
    import torch

    out = []
    tok.truncation_side = "left"
    for i in range(0, len(texts), batch_size):
        enc = tok(
            texts[i : i + batch_size],
            return_tensors="pt",
            padding=True,
            truncation=True,
            max_length=max_length,
        )
        out.append(model(**enc.to(device_of(model))).logits.squeeze(-1).float())
    return torch.cat(out) if out else torch.zeros(0)


def pairwise_accuracy(model, tok, pairs: list[dict], max_length: int) -> float:
    import torch

    with torch.no_grad():
        return (
            (
                score(model, tok, _texts(pairs, "chosen"), max_length)
                > score(model, tok, _texts(pairs, "rejected"), max_length)
            )
            .float()
            .mean()
            .item()
        )


def train_bt(
    backbone_dir: Path,
    pairs: list[dict],
    cfg: RewardModelConfig,
    out_dir: Path,
    seed: int = 0,
    progress: bool = True,
    place=None,
) -> dict:
    """Train, evaluate held-out pairwise accuracy, save an HF sequence-classification dir.
    `place` (a modeling.device.Placement; default CPU fp32) puts the model and its forwards."""
    import torch
    from transformers import AutoModelForSequenceClassification

    torch.manual_seed(seed)
    rng = random.Random(seed)
    pairs = list(pairs[: cfg.max_pairs] if cfg.max_pairs else pairs)
    rng.shuffle(pairs)
    n_held = max(1, int(len(pairs) * cfg.heldout_fraction))
    held, train = pairs[:n_held], pairs[n_held:]
    tok = load_tokenizer(backbone_dir)
    tok.padding_side = "right"
    place = place or Placement()
    model = place.trainable(AutoModelForSequenceClassification.from_pretrained(backbone_dir, num_labels=1))
    model.config.pad_token_id = tok.pad_token_id
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr)
    with place.autocast():
        return _train(model, tok, opt, held, train, cfg, out_dir, seed, progress)


def _train(
    model, tok, opt, held, train, cfg: RewardModelConfig, out_dir: Path, seed: int, progress: bool
) -> dict:
    """Epochs of BT updates (resumable per epoch), then held-out accuracy and score normalisers."""
    import torch

    before = pairwise_accuracy(model.eval(), tok, held, cfg.max_length)
    ckpt = out_dir.parent / "checkpoints" / "reward_model.pt"
    start_epoch, losses = 0, []
    if ckpt.exists():  # resume after the last finished epoch
        state = torch.load(ckpt, weights_only=False, map_location="cpu")
        model.load_state_dict(state["model"])
        opt.load_state_dict(state["optimizer"])
        start_epoch, losses = state["epoch"] + 1, state["losses"]
    model.train()
    for epoch in range(start_epoch, cfg.epochs):
        losses += _epoch(
            model, tok, opt, train, cfg, seed + epoch, f"reward_model_train epoch {epoch + 1}", progress
        )
        ckpt.parent.mkdir(parents=True, exist_ok=True)
        torch.save(
            {"epoch": epoch, "model": model.state_dict(), "optimizer": opt.state_dict(), "losses": losses},
            ckpt.with_suffix(".tmp"),
        )
        ckpt.with_suffix(".tmp").replace(ckpt)
    model.eval()
    after = pairwise_accuracy(model, tok, held, cfg.max_length)
    with torch.no_grad():
        train_scores = score(
            model, tok, _texts(train[:256], "chosen") + _texts(train[:256], "rejected"), cfg.max_length
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(out_dir)
    tok.save_pretrained(out_dir)
    lo, hi = wilson_interval(round(after * len(held)), len(held))
    norm = {
        "score_mean": train_scores.mean().item(),
        "score_std": train_scores.std().item(),
        "max_length": cfg.max_length,
    }
    (out_dir / NORMALISATION).write_text(json.dumps(norm))  # travels with the model: RL rewards are z-scores
    return {
        "heldout_accuracy": after,
        "heldout_accuracy_ci95_low": lo,
        "heldout_accuracy_ci95_high": hi,
        "heldout_accuracy_before": before,
        "train_pairs": len(train),
        "heldout_pairs": len(held),
        "final_loss": sum(losses[-10:]) / max(len(losses[-10:]), 1),
        **norm,
    }


def _epoch(
    model, tok, opt, train: list, cfg: RewardModelConfig, seed: int, desc: str, progress: bool
) -> list:
    """One pass over `train` in an order seeded by `seed`: a Bradley-Terry step per batch,
    -log sigmoid(r(chosen) - r(rejected) - margin) (Ouyang et al. 2022, eq. 1; the margin as in
    Touvron et al. 2023, Llama 2 sec. 3.2.2). Returns the losses."""
    import torch
    from tqdm import tqdm

    from reasonrl.modeling.optim import optimizer_step

    order = list(range(len(train)))
    random.Random(seed).shuffle(order)
    losses = []
    for i in tqdm(range(0, len(train), cfg.batch_size), desc=desc, disable=not progress):
        batch = [train[j] for j in order[i : i + cfg.batch_size]]
        margin = score(model, tok, _texts(batch, "chosen"), cfg.max_length) - score(
            model, tok, _texts(batch, "rejected"), cfg.max_length
        )
        loss = -torch.nn.functional.logsigmoid(margin - cfg.margin).mean()
        optimizer_step(model, opt, loss)
        losses.append(loss.item())
    return losses


def wilson_interval(successes: int, n: int, z: float = 1.96) -> tuple[float, float]:
    """Wilson score interval for a binomial proportion (95% by default)."""
    if n == 0:
        return 0.0, 1.0
    p = successes / n
    centre = (p + z * z / (2 * n)) / (1 + z * z / n)
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / (1 + z * z / n)
    return max(0.0, centre - half), min(1.0, centre + half)
