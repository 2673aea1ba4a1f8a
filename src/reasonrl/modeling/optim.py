"""The optimizer step every training loop shares (pretraining, reward model, RL strategies, SFT and
distillation): clip the global grad norm, step only when it is finite (a non-finite step is
skipped rather than poisoning the weights), zero the gradients; and the single-process trainer's
sparse embedding gradient."""

from __future__ import annotations

import math

import torch


def sparse_embedding_grad(module) -> bool:
    """Make the input embedding's backward sparse: only the rows looked up, not a dense [V, d].

    Why: nn.Embedding's dense backward zero-fills a [V, d] gradient and scatters into it on every
    backward, and accumulating it into the weight's gradient is another pass over [V, d]. With
    SmolLM2's tied 49152 x 576 embedding an RL update runs ~9 of them (the shared prefix, each
    micro-batch's prompts and completions): ~2 s of a moderation step on 2 cores, against ~0.2 s
    sparse (the LM head's dense gradient of the same tied weight is needed anyway, and a sparse
    gradient adds into it in place). Only for a plain module: DDP, FSDP2 and ZeRO reduce dense
    gradients. `clip_and_step` densifies what is still sparse (AdamW takes no sparse gradient).
    Returns whether it was switched on (an input embedding that is an nn.Embedding)."""
    embedding = module.get_input_embeddings() if hasattr(module, "get_input_embeddings") else None
    if not isinstance(embedding, torch.nn.Embedding) or embedding.max_norm is not None:
        return False
    embedding.sparse = True
    return True


def clip_and_step(parameters, optimizer, max_grad_norm: float) -> float:
    """After backward: clip, step if finite, zero. Returns the pre-clip global grad norm."""
    parameters = list(parameters)
    for p in parameters:  # a sparse embedding gradient (sparse_embedding_grad) that met no dense one
        if p.grad is not None and p.grad.is_sparse:
            p.grad = p.grad.to_dense()
    norm = torch.nn.utils.clip_grad_norm_(parameters, max_grad_norm)
    norm = float(norm.full_tensor() if hasattr(norm, "full_tensor") else norm)  # DTensor under FSDP2
    if math.isfinite(norm):
        optimizer.step()
    optimizer.zero_grad(set_to_none=True)
    return norm


def optimizer_step(model, optimizer, loss, max_grad_norm: float = 1.0) -> float:
    """Backward of `loss`, then clip_and_step over the model's parameters."""
    loss.backward()
    return clip_and_step(model.parameters(), optimizer, max_grad_norm)
