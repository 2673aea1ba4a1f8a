"""Scores, not only labels: the probability a model gives each label at its answer, after its own
reasoning. A moderation team ranks by such a score and picks the threshold (eval/ranking.py).

For a completion "<think>...</think> <answer>hateful: threat</answer>" the context is the prompt
plus the completion up to and including `<answer>`; each label's log-probability is the sum over
its tokens there, and the score is P(first label) normalised over the labels (a softmax of the
sequence log-probabilities). A completion that never wrote `<answer>` is read as if it had, right
after its reasoning (or its end): the model's leaning is measured even where its format failed.
"""

from __future__ import annotations

import math

from reasonrl.generation.base import prompt_text
from reasonrl.modeling.device import device_of
from reasonrl.verify.answers import answer_context

ROWS_PER_FORWARD = 16  # rows of [context | label] per forward: logits are rows x width x vocab floats


def label_scores(
    model, tok, prompts: list[str], completions: list[str], labels: list[tuple[str, ...]]
) -> list[float]:
    """P(labels[i][0]) for item i [N]: prompt i + answer_context(completion i), each of its labels
    scored by the sum of its token log-probs, normalised over its labels (a softmax)."""
    return [d[0] for d in label_distribution(model, tok, prompts, completions, labels)]


def label_distribution(
    model,
    tok,
    prompts: list[str],
    completions: list[str],
    labels: list[tuple[str, ...]],
    after_answer: str = "",
) -> list[list[float]]:
    """For item i, the softmax over labels[i] of their sequence log-probs after prompt i +
    answer_context(completion i) + `after_answer` (e.g. "hateful: " to read which rule the model
    would name)."""
    rows, spans = [], []  # one row per (item, label): (context ids, label ids)
    for prompt, completion, names in zip(prompts, completions, labels, strict=True):
        ctx = tok(
            prompt_text(tok, prompt) + answer_context(completion) + after_answer, add_special_tokens=False
        ).input_ids
        spans.append((len(rows), len(names)))
        rows += [(ctx, tok(name, add_special_tokens=False).input_ids) for name in names]
    logps: list[float] = []
    for start in range(0, len(rows), ROWS_PER_FORWARD):
        logps += _sequence_logprobs(model, tok, rows[start : start + ROWS_PER_FORWARD])
    out = []
    for first, n in spans:
        mine = logps[first : first + n]
        top = max(mine)
        weights = [math.exp(v - top) for v in mine]
        out.append([w / sum(weights) for w in weights])
    return out


def _sequence_logprobs(model, tok, rows: list[tuple[list[int], list[int]]]) -> list[float]:
    """Sum of log p(label tokens | context) for each (context ids, label ids) row. Rows that open
    alike (the content policy, worked exchanges) run their common prefix once (modeling.prefix),
    when every row keeps the token before its label in its own part."""
    import torch

    from reasonrl.modeling.prefix import common_prefix, prompt_forward

    device = device_of(model)
    full = [torch.tensor(c + label, device=device) for c, label in rows]
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            shared = common_prefix(full) if len(full) > 1 else 0
            keep = (
                max(len(label) for _, label in rows) + 1
            )  # the columns that predict a label (right-aligned)
            if len(full) > 1 and shared <= min(len(c) for c, _ in rows) - 1:
                logits = prompt_forward(model, full, tok.pad_token_id, keep=keep)[0].logits  # [n, keep, V]
            else:
                logits = _plain_forward(model, full, tok.pad_token_id, keep)
            width, out = logits.shape[1], []
            for k, (_, label) in enumerate(rows):  # the positions that predict the label: [len(label), V]
                logp = torch.log_softmax(logits[k, width - len(label) - 1 : width - 1].float(), -1)
                at = torch.arange(len(label), device=device)
                out.append(float(logp[at, torch.tensor(label, device=device)].sum()))
    finally:
        if was_training:
            model.train()
    return out


def _plain_forward(model, rows, pad_id: int, keep: int = 0):
    """Logits [n, keep, V] (0: all W columns) of left-padded rows (one forward, no shared prefix)."""
    import torch

    width = max(len(r) for r in rows)
    ids = torch.full((len(rows), width), pad_id, dtype=torch.long, device=rows[0].device)
    mask = torch.zeros_like(ids)
    for k, r in enumerate(rows):
        ids[k, width - len(r) :], mask[k, width - len(r) :] = r, 1
    pos = (mask.cumsum(-1) - 1).clamp(min=0)
    return model(input_ids=ids, attention_mask=mask, position_ids=pos, logits_to_keep=keep).logits
