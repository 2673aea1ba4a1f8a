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

Like the policy loss, the term of an optimizer step covers that mini-batch's own groups, and runs
in chunks of as many prompts as a micro-batch holds groups (memory as a micro-batch's), or, under
a prefix forwarded once, as many prompt-context examples (tails) as it holds rows. Its prompts
open with the mini-batch's shared prefix (the content policy, ~600 tokens), which the update
forwards once: the term runs on that prefix's leaves and its prefix gradient joins the policy
loss's, so the prefix's forward and backward run once a mini-batch, not once more per chunk.

Where the gold answer is taught (`rl.sft_context`, the SFT_CONTEXTS registry):
- "prompt": after the prompt, with an empty thought: the SFT baseline's own target.
- "rollout": after each rollout's own reasoning, up to and including its `<answer>`
  (verify.answers.answer_context), the reasoning carrying no loss: the context a moderation
  endpoint reads its label score in (eval.scores). VeriFree (Zhou et al. 2025, arXiv 2505.21493)
  has such a direct term beside the policy gradient on the reasoning z, grad pi(y* | x, z) =
  pi * grad log pi: weighted by the gold answer's probability (`rl.sft_weighting:
  gold_probability`). Unweighted, as SFT takes it (the default), it pulls hardest after reasoning
  that argued against the gold label (benchmarks/results/moderation_rollout_context_96.md). The same weight
  counts for more here: its mean runs over the answer's tokens alone, not the format tokens the
  prompt context also teaches (their NLL is near 0), and every rollout is one more row to forward.
  A rollout the overlong filter drops (rl.overlong_filter) is not taught either.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

import torch

from reasonrl import tasks
from reasonrl.errors import ConfigError
from reasonrl.generation.stops import end_of_turn_id
from reasonrl.rl.batch import completion_nll
from reasonrl.verify.answers import ANSWER_OPEN, answer_context

Pairs = list[tuple[list[int], list[int]]]  # (prompt_ids, gold completion ids) per group
# (prompt ids, completion ids, how many leading completion tokens carry no loss)
Example = tuple[list[int], list[int], int]


def gold_completion_ids(task, record: dict, tok) -> list[int]:
    """The task's gold completion of `record` (`task.target`) as token ids, ended by the
    end-of-turn token so the model learns to stop."""
    if task.target is None:
        raise ConfigError(f"task '{task.name}' has no gold completion to learn from")
    return tok(task.target(record), add_special_tokens=False).input_ids + [_stop_id(tok)]


def _stop_id(tok) -> int:
    """The end-of-turn token a taught completion ends with (the tokenizer's EOS where it has none)."""
    stop = end_of_turn_id(tok)
    return stop if stop is not None else tok.eos_token_id


def gold_pairs(rollouts, group_size: int, records: list[dict], default_task: str, tok) -> Pairs:
    """One (prompt_ids, gold completion ids) pair per group: rollouts [B] come in groups of
    `group_size` sharing a prompt, records [B / group_size] are those prompts' records in order
    (each scored under its own `task`, else `default_task`); the prompt ids are the ones rolled
    out, never re-tokenised."""
    if len(records) * group_size != len(rollouts):
        raise ValueError(f"{len(records)} records for {len(rollouts)} rollouts in groups of {group_size}")
    return [
        (
            rollouts[i * group_size].prompt_ids,
            gold_completion_ids(tasks.get(rec.get("task") or default_task), rec, tok),
        )
        for i, rec in enumerate(records)
    ]


def gold_answer_ids(task, record: dict, tok) -> list[int]:
    """What follows `<answer>` in the task's gold completion (the label, its categories, the closing
    tag) as token ids, ended by the end-of-turn token."""
    target = task.target(record) if task.target is not None else ""
    at = target.find(ANSWER_OPEN)
    if at < 0:
        raise ConfigError(
            f"task '{task.name}' has no gold `{ANSWER_OPEN}` to teach after a rollout's reasoning",
            hint="use rl.sft_context=prompt, or a task whose target tags its answer (e.g. moderation)",
        )
    return tok(target[at + len(ANSWER_OPEN) :], add_special_tokens=False).input_ids + [_stop_id(tok)]


def prompt_examples(
    rollouts, group_size, records, default_task, tok, drop_truncated: bool = False
) -> list[list[Example]]:
    """rl.sft_context "prompt": one example per group, its gold completion after its prompt (which
    reads no rollout's words, so `drop_truncated` changes nothing)."""
    return [[(p, c, 0)] for p, c in gold_pairs(rollouts, group_size, records, default_task, tok)]


def rollout_examples(
    rollouts, group_size, records, default_task, tok, drop_truncated: bool = False
) -> list[list[Example]]:
    """rl.sft_context "rollout": up to G examples per group, each rollout's own reasoning up to its
    `<answer>` (no loss) then the gold answer, so the label is taught where it is read; with
    `drop_truncated`, none for a rollout cut off at the token limit."""
    if len(records) * group_size != len(rollouts):
        raise ValueError(f"{len(records)} records for {len(rollouts)} rollouts in groups of {group_size}")
    out = []
    for g, rec in enumerate(records):
        gold = gold_answer_ids(tasks.get(rec.get("task") or default_task), rec, tok)
        group = []
        for r in rollouts[g * group_size : (g + 1) * group_size]:
            if drop_truncated and r.truncated:
                continue
            ctx = tok(answer_context(r.completion), add_special_tokens=False).input_ids
            group.append((r.prompt_ids, ctx + gold, len(ctx)))
        out.append(group)
    return out


# (rollouts, group_size, records, default task, tok, drop_truncated) -> examples per group
SFT_CONTEXTS: dict[str, Callable[..., list[list[Example]]]] = {
    "prompt": prompt_examples,
    "rollout": rollout_examples,
}


def sft_term(
    examples: list[list[Example]],
    pad_id: int,
    weight: float,
    rows: bool = False,
    chunk: int = 8,
    by_probability: bool = False,
    shared_chunk: int | None = None,
) -> Callable[..., Iterator[torch.Tensor]]:
    """(model, groups, prefix=None) -> scalar losses with gradients, one per chunk of at most
    `chunk` of the listed groups, that sum to weight * the NLL of the taught tokens (each example's
    completion past its loss-free lead) over those groups' examples (examples[g]: group g's), per
    taught token: each is back-propagated before the next is built (rl.batch.completion_nll).
    `by_probability`: each example's NLL weighted by the probability of its taught tokens, pi =
    exp(-NLL), detached: pi * grad(-log pi) = -grad pi, VeriFree's direct term.
    `prefix`: () -> a SharedPrefix the prompts open with, already forwarded, for each chunk (the
    caller hands out leaves that collect the term's gradient, to carry; modeling.prefix); with one,
    chunks hold `shared_chunk` groups (default `chunk`)."""

    def term(model, groups: list[int], prefix=None) -> Iterator[torch.Tensor]:
        chosen = [examples[g] for g in groups]
        tokens = sum(len(c) - skip for group in chosen for _, c, skip in group)
        if tokens == 0:  # every rollout of these groups dropped: nothing to teach
            return
        size = shared_chunk if prefix is not None and shared_chunk else chunk
        for k in range(0, len(chosen), size):
            part = [ex for group in chosen[k : k + size] for ex in group]
            if not part:
                continue
            shared = prefix() if prefix is not None else None
            pairs, skips = [(p, c) for p, c, _ in part], [skip for *_, skip in part]
            nll = completion_nll(model, pairs, pad_id, rows, reduction="rows", prefix=shared, skips=skips)
            if by_probability:
                nll = torch.exp(-nll.detach()) * nll
            yield weight * nll.sum() / tokens

    return term


def check(cfg, world: int) -> None:
    """Before the first rollout: the term runs in one process, on a task with gold completions."""
    if cfg.sft_weight <= 0:
        return
    if world > 1:
        raise ConfigError(
            f"rl.sft_weight={cfg.sft_weight} is implemented for one process; this run has {world} ranks",
            hint="launch it without torchrun (one process), or set rl.sft_weight=0",
        )
    if tasks.get(cfg.task).target is None:
        raise ConfigError(
            f"rl.sft_weight={cfg.sft_weight} needs gold completions, and task '{cfg.task}' has none",
            hint="use a task with labels (e.g. moderation), or set rl.sft_weight=0",
        )


def for_step(cfg, tok, rollouts, sampler, ids: list, rows: bool):
    """The term on the gold labels of this step's prompts `ids` (in group order), taught where
    rl.sft_context says, or None at rl.sft_weight 0: what rl.update.policy_update takes as `aux`."""
    if cfg.sft_weight <= 0:
        return None
    records = [sampler.record(i) for i in ids]
    build = SFT_CONTEXTS[cfg.sft_context]
    examples = build(rollouts, cfg.group_size, records, cfg.task, tok, drop_truncated=cfg.overlong_filter)
    micro = cfg.micro_batch_size or len(rollouts)
    chunk = max(1, micro // cfg.group_size)  # as many groups as a micro-batch holds: its memory
    # Under a prefix forwarded once, a prompt-context example is one row per group of a prompt's tail
    # and its gold answer: as many as a micro-batch holds rows. Each chunk casts the weights under
    # autocast and back-propagates a dense embedding gradient: one chunk of 8 instead of 4 of 2 saves
    # ~2.5 s a moderation step (moderation_step_sft_chunk.md)
    shared_chunk = micro if cfg.sft_context == "prompt" else chunk
    by_probability = cfg.sft_weighting == "gold_probability"
    return sft_term(examples, tok.pad_token_id, cfg.sft_weight, rows, chunk, by_probability, shared_chunk)
