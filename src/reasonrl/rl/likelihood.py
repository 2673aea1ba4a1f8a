"""The policy's own probability of the gold label after its reasoning: a reward for a classifier
that pays what is served, not only which label was sampled.

For rollout i of a classification task (a moderation item), with c_i its completion up to and
including `<answer>` (verify.answers.answer_context: appended where the format failed),

    p_i = softmax_l( log pi(label_l | prompt_i, c_i) )[gold_i]       over the record's labels l,

each label's log-probability the sum over its tokens: the score the evaluation reads and a
moderation endpoint thresholds (eval.scores). RLPR (Yu et al. 2025, arXiv 2506.18254) and VeriFree
(Zhou et al. 2025, arXiv 2505.21493) reward the reference answer's probability under the policy
in the same way, for answers no verifier can check.

Why: a label reward pays 0 or 1 for one sampled answer, so groups tie and most of the step's
information is the sample's luck; p_i is continuous, and it pays reasoning for moving the label
score the threshold reads (benchmarks/results/moderation_rl_from_sft960_validation.md: RL on the
sampled label moved SFT's decision boundary and lowered its ranking). Scored with no gradient; the
policy gradient reaches the reasoning through the advantage like any reward.
"""

from __future__ import annotations

import math

import torch

from reasonrl import tasks
from reasonrl.errors import ConfigError
from reasonrl.modeling import prefix as prefixes
from reasonrl.modeling.batch import collate_pairs
from reasonrl.modeling.device import device_of
from reasonrl.rewards import declared_fields
from reasonrl.rl.batch import shared_prefix_logprobs
from reasonrl.verify.answers import answer_context

SCORED = "gold_label_probability"  # the field a reward term asks for by naming it


def _rows(tok, rollouts, records: list[dict], default_task: str):
    """(prompt ids, context + label ids) per (rollout, label), each rollout's (first row, label
    lengths, context length, gold position), and each row's prompt index in order of appearance."""
    rows, spans, row_group, seen = [], [], [], {}
    for r in rollouts:
        rec = records[r.prompt_index]
        task = tasks.get(rec.get("task") or default_task)
        if task.labels is None:
            raise ConfigError(
                f"the gold label's probability needs a classifier; task '{task.name}' has no labels",
                hint="use label_likelihood on a classification task (e.g. moderation)",
            )
        labels = task.labels(rec)
        if rec["answer"] not in labels:
            raise ConfigError(
                f"record {rec.get('id', '?')}: answer {rec['answer']!r} is none of its labels {labels}"
            )
        ctx = tok(answer_context(r.completion), add_special_tokens=False).input_ids
        ids = [tok(label, add_special_tokens=False).input_ids for label in labels]
        spans.append((len(rows), [len(x) for x in ids], len(ctx), labels.index(rec["answer"])))
        group = seen.setdefault(tuple(r.prompt_ids), len(seen))
        rows += [(r.prompt_ids, ctx + x) for x in ids]
        row_group += [group] * len(ids)
    return rows, spans, row_group


def label_logprobs(
    model, tok, rollouts, records: list[dict], default_task: str, prompts_per_forward: int = 2
) -> tuple[list[list[float]], list[int]]:
    """For rollouts [B] (grouped: a prompt's rollouts contiguous; `records` indexed by each
    rollout's prompt_index): each label's log-probability after the rollout's reasoning (the sum
    over its tokens), and the gold label's position. The prefix every prompt opens with (the content
    policy) runs once; each forward holds the rows of `prompts_per_forward` prompts (its logits are
    rows x width x vocab floats). No gradient; the model's train/eval mode is restored."""
    rows, spans, row_group = _rows(tok, rollouts, records, default_task)
    device, logps = device_of(model), [None] * len(rows)
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            heads = {g: torch.tensor(rows[row_group.index(g)][0], device=device) for g in set(row_group)}
            n = prefixes.common_prefix(list(heads.values())) if len(heads) > 1 else 0
            shared = prefixes.SharedPrefix.run(model, heads[0][:n]) if n >= prefixes.MIN_SHARED else None
            for first in range(0, len(heads), prompts_per_forward):
                idx = [k for k, g in enumerate(row_group) if first <= g < first + prompts_per_forward]
                sb = collate_pairs([rows[k] for k in idx], tok.pad_token_id)
                sb = sb.prompt_once(tok.pad_token_id, [row_group[k] - first for k in idx]).to(device)
                logp = shared_prefix_logprobs(model, model, sb, prefix=shared)  # [b, Lc]
                for b, k in enumerate(idx):
                    logps[k] = logp[b]
    finally:
        if was_training:
            model.train()
    per_label = [
        [float(logps[first + j][ctx : ctx + m].sum()) for j, m in enumerate(lengths)]
        for first, lengths, ctx, _ in spans
    ]
    return per_label, [gold for *_, gold in spans]


def gold_label_probability(
    model, tok, rollouts, records: list[dict], default_task: str, prompts_per_forward: int = 2
) -> list[float]:
    """p_i [B]: the softmax over each rollout's labels of their log-probabilities (label_logprobs)
    at its gold label."""
    per_label, gold = label_logprobs(model, tok, rollouts, records, default_task, prompts_per_forward)
    out = []
    for seq, g in zip(per_label, gold, strict=True):
        top = max(seq)
        weights = [math.exp(v - top) for v in seq]
        out.append(weights[g] / sum(weights))
    return out


def check(cfg, world: int) -> None:
    """Before the first rollout: a reward read from the policy runs in one process. Each rank's
    forwards here depend on its own prompts (how many distinct ones, whether they share a prefix),
    and under sharded parameters (FSDP2, ZeRO-3) every forward is a collective: unequal counts
    would hang."""
    if world > 1 and any(SCORED in declared_fields(t.name)[0] for t in cfg.rewards):
        raise ConfigError(
            f"a reward read from the policy ('{SCORED}') is implemented for one process; this run has "
            f"{world} ranks",
            hint="launch it without torchrun (one process), or drop the term (e.g. label_likelihood)",
        )
