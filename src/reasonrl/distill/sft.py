"""Sequence-level KD: supervised fine-tuning of the student on selected teacher traces, with the
loss on completion tokens only."""

from __future__ import annotations

import torch

from reasonrl.config.models import DistillConfig, SFTBaselineConfig
from reasonrl.distill.loop import supervised_loop
from reasonrl.errors import ConfigError
from reasonrl.generation.base import prompt_text
from reasonrl.modeling.device import checkpointed
from reasonrl.rl.batch import completion_nll
from reasonrl.rl.sft_term import gold_completion_ids


def sft(
    model,
    tok,
    examples: list[tuple[list[int], list[int]]],
    cfg: DistillConfig | SFTBaselineConfig,
    seed: int = 0,
    progress: bool = True,
    desc: str = "distill (sft)",
) -> list[float]:
    """examples: (prompt_ids, completion_ids) pairs, token ids exactly as the teacher produced them
    (re-tokenising decoded text could change them). Returns the loss per step."""

    rows = checkpointed(model)  # a checkpointed forward returns no KV cache to build on

    def batch_loss(idx: list[int], epoch: int) -> torch.Tensor:
        return completion_nll(model, [examples[j] for j in idx], tok.pad_token_id, rows)

    return supervised_loop(model, len(examples), cfg, batch_loss, seed, desc, progress)


def gold_examples(records: list[dict], task, tok) -> list[tuple[list[int], list[int]]]:
    """(prompt_ids, completion_ids) with the task's gold completion (`task.target`) as the
    completion, ended by the end-of-turn token so the model learns to stop: the SFT baseline's
    data, tokenised exactly as the rollout engines tokenise prompts."""
    if task.target is None:
        raise ConfigError(
            f"task '{task.name}' has no gold completion for an SFT baseline",
            hint="use a task with labels (e.g. moderation) or disable sft_baseline",
        )
    return [
        (
            tok(prompt_text(tok, task.render(r, tok)), add_special_tokens=False).input_ids,
            gold_completion_ids(task, r, tok),
        )
        for r in records
    ]
