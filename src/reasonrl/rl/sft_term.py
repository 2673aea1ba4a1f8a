"""An SFT term in the RL objective: the negative log-likelihood of the task's gold completion on the
step's own prompts, added to the policy loss before the same optimizer step (`rl.sft_weight`):

    L = L_policy + w * mean over gold tokens of -log pi(gold_t | prompt, gold_<t)

Why: at a small label budget, RL from the base model moves the label prior more than the
judgement, and RL from the SFT weights drifts off what SFT learned
(benchmarks/results/moderation_rl_from_sft_96.md). One objective keeps the supervised signal of the
labels RL already draws while the policy gradient shapes the sampled answers (GTA, arXiv
2509.12108: SFT and GRPO in one loss beat either alone on text classification; SRFT, arXiv
2506.19767, mixes the two the same way). It spends no label beyond RL's budget: the targets are the
gold labels of the prompts this step sampled, label-only like the SFT baseline's (stages.baseline).
"""

from __future__ import annotations

from collections.abc import Callable

import torch

from reasonrl.errors import ConfigError
from reasonrl.generation.stops import end_of_turn_id
from reasonrl.rl.batch import completion_nll


def gold_completion_ids(task, record: dict, tok) -> list[int]:
    """The task's gold completion of `record` (`task.target`) as token ids, ended by the
    end-of-turn token so the model learns to stop."""
    if task.target is None:
        raise ConfigError(
            f"task '{task.name}' has no gold completion to learn from",
            hint="use a task with labels (e.g. moderation), or set rl.sft_weight=0 / disable sft_baseline",
        )
    stop = end_of_turn_id(tok)
    stop = stop if stop is not None else tok.eos_token_id
    return tok(task.target(record), add_special_tokens=False).input_ids + [stop]


def gold_pairs(
    rollouts, group_size: int, records: list[dict], task, tok
) -> list[tuple[list[int], list[int]]]:
    """One (prompt_ids, gold completion ids) pair per group: rollouts [B] come in groups of
    `group_size` sharing a prompt, records [B / group_size] are those prompts' records in order;
    the prompt ids are the ones rolled out (never re-tokenised)."""
    if len(records) * group_size != len(rollouts):
        raise ValueError(f"{len(records)} records for {len(rollouts)} rollouts in groups of {group_size}")
    return [
        (rollouts[i * group_size].prompt_ids, gold_completion_ids(task, rec, tok))
        for i, rec in enumerate(records)
    ]


def sft_term(
    pairs: list[tuple[list[int], list[int]]], pad_id: int, weight: float, rows: bool = False
) -> Callable[[torch.nn.Module], torch.Tensor]:
    """model -> weight * the mean gold-token NLL of `pairs` (a scalar with gradients), the term
    `policy_update` adds to each optimizer step (reasonrl.rl.batch.completion_nll)."""

    def term(model) -> torch.Tensor:
        return weight * completion_nll(model, pairs, pad_id, rows)

    return term
