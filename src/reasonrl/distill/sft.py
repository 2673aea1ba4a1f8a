"""Sequence-level KD: supervised fine-tuning of the student on selected teacher traces, with the
loss on completion tokens only."""

from __future__ import annotations

import random

from reasonrl.config.models import DistillConfig


def sft(model, tok, examples: list[tuple[list[int], list[int]]], cfg: DistillConfig, seed: int = 0,
        progress: bool = True) -> list[float]:
    """examples: (prompt_ids, completion_ids) pairs, token ids exactly as the teacher produced them
    (re-tokenising decoded text could change them). Returns the loss per step."""
    import torch
    from tqdm import tqdm

    from reasonrl.modeling.optim import optimizer_step
    from reasonrl.rl.batch import collate
    from reasonrl.rl.rollout.base import Rollout

    torch.manual_seed(seed)
    rng = random.Random(seed)
    opt = torch.optim.AdamW(model.parameters(), lr=cfg.lr)
    model.train()
    losses = []
    order = list(range(len(examples)))
    steps = [(e, i) for e in range(cfg.epochs) for i in range(0, len(order), cfg.batch_size)]
    for epoch, i in tqdm(steps, desc="distill (sft)", disable=not progress):
        if i == 0:
            rng.shuffle(order)
        chunk = [examples[j] for j in order[i:i + cfg.batch_size]]
        batch = collate([Rollout(0, "", p, "", c, False) for p, c in chunk], tok.pad_token_id)
        logits = model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1]
        nll = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]).float(),
                                                batch.input_ids[:, 1:].reshape(-1), reduction="none")
        mask = batch.completion_mask.reshape(-1)
        loss = (nll * mask).sum() / mask.sum()
        optimizer_step(model, opt, loss)
        losses.append(loss.item())
    model.eval()
    return losses
