"""What a moderation team would otherwise ship: a fine-tuned encoder classifier on the same labels.

The packaged MiniLM backbone (the reward model's, `embedded:minilm`) with a two-way head, trained
with cross-entropy on the message alone (it cannot read a content policy: one first seen at
test time is where it is expected to fail), then read like the generative models: a label per
item and the probability of the violating one. Compared in benchmarks/moderation_study.py.
"""

from __future__ import annotations

import random
from typing import Callable

from reasonrl.modeling.loading import load_tokenizer, resolve_model

Roles = Callable[[dict], tuple[str, str]]  # record -> (violating, allowed) in its content policy's words


def train_encoder(
    backbone: str,
    records: list[dict],
    roles: Roles,
    epochs: int = 3,
    lr: float = 5e-5,
    batch_size: int = 16,
    max_length: int = 96,
    seed: int = 0,
):
    """(model, tokenizer) fine-tuned on records' messages -> violating? (class 1) or allowed (class 0)."""
    import torch
    from transformers import AutoModelForSequenceClassification

    from reasonrl.modeling.optim import optimizer_step

    torch.manual_seed(seed)
    path = resolve_model(backbone, progress=False)
    tok = load_tokenizer(path)
    model = AutoModelForSequenceClassification.from_pretrained(path, num_labels=2)
    model.config.pad_token_id = tok.pad_token_id
    opt = torch.optim.AdamW(model.parameters(), lr=lr)
    target = [int(r["answer"] == roles(r)[0]) for r in records]
    model.train()
    for epoch in range(epochs):
        order = list(range(len(records)))
        random.Random(seed + epoch).shuffle(order)
        for i in range(0, len(order), batch_size):
            idx = order[i : i + batch_size]
            enc = tok(
                [str(records[j]["question"]) for j in idx],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=max_length,
            )
            loss = torch.nn.functional.cross_entropy(
                model(**enc).logits, torch.tensor([target[j] for j in idx])
            )
            optimizer_step(model, opt, loss)
    return model.eval(), tok


def encoder_samples(
    model, tok, records: list[dict], roles: Roles, max_length: int = 96, batch_size: int = 64
) -> list[dict]:
    """One sample per record, shaped like an evaluation's: the decided label as a completion the
    moderation report reads, `score` = P(violating), 0 generated tokens."""
    import torch

    out = []
    with torch.no_grad():
        for i in range(0, len(records), batch_size):
            chunk = records[i : i + batch_size]
            enc = tok(
                [str(r["question"]) for r in chunk],
                return_tensors="pt",
                padding=True,
                truncation=True,
                max_length=max_length,
            )
            probs = torch.softmax(model(**enc).logits.float(), -1)[:, 1].tolist()
            for r, p in zip(chunk, probs, strict=True):
                label = roles(r)[0] if p >= 0.5 else roles(r)[1]
                out.append(
                    {"id": r["id"], "completion": f"<answer>{label}</answer>", "tokens": 0, "score": p}
                )
    return out
