"""The one supervised-training loop, for sequence-level KD (SFT on teacher traces) and logit-level
KD alike: epochs of seeded shuffles, mini-batches, one AdamW step each through the shared
optimizer step (reasonrl.modeling.optim). What differs is only the loss of a batch."""

from __future__ import annotations

import random
from typing import Callable

import torch
from tqdm import tqdm

from reasonrl.config.models import DistillConfig, SFTBaselineConfig
from reasonrl.modeling.optim import optimizer_step

BatchLoss = Callable[[list[int], int], torch.Tensor]  # (example indices, epoch) -> scalar loss


def supervised_loop(
    model,
    n_examples: int,
    cfg: DistillConfig | SFTBaselineConfig,
    batch_loss: BatchLoss,
    seed: int = 0,
    desc: str = "distill",
    progress: bool = True,
) -> list[float]:
    """Train `model` for cfg.epochs over n_examples in shuffled batches of cfg.batch_size.
    Returns the loss per step; leaves the model in eval mode."""
    torch.manual_seed(seed)
    rng = random.Random(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr)
    model.train()
    order = list(range(n_examples))
    steps = [(e, i) for e in range(cfg.epochs) for i in range(0, n_examples, cfg.batch_size)]
    losses = []
    for epoch, i in tqdm(steps, desc=desc, disable=not progress):
        if i == 0:
            rng.shuffle(order)
        loss = batch_loss(order[i : i + cfg.batch_size], epoch)
        optimizer_step(model, opt, loss)
        losses.append(loss.item())
    model.eval()
    return losses
