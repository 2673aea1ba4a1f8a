"""Built-in rewards. Each is a plain function over completions plus per-sample fields."""

from __future__ import annotations

import re

from reasonrl import tasks
from reasonrl.rewards.base import REWARDS
from reasonrl.tasks.base import ANSWER_CLOSE, ANSWER_OPEN, THINK_CLOSE, THINK_OPEN

_TAGS = (THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE)
# a block's body holds no tag: a lazy `.*?` would run across `</answer> ... <answer>` and pay a
# completion of several answer blocks (text smuggled between them) or a think nested in the answer
_BODY = "(?:(?!" + "|".join(map(re.escape, _TAGS)) + ").)"
_FORMAT = re.compile(
    r"^\s*"
    + re.escape(THINK_OPEN)
    + _BODY
    + "*"
    + re.escape(THINK_CLOSE)
    + r"\s*"
    + re.escape(ANSWER_OPEN)
    + _BODY
    + "+"
    + re.escape(ANSWER_CLOSE)
    + r"\s*$",
    re.S,
)


@REWARDS.register("tag_count")
def tag_count(completions: list[str], **_) -> list[float]:
    """0.25 for each of <think>, </think>, <answer>, </answer> written exactly once (open-r1's
    tag_count_reward): a graded signal a model that has never seen the format can climb, where the
    all-or-nothing `format` reward ties every group at 0."""
    return [sum(0.25 for t in _TAGS if c.count(t) == 1) for c in completions]


@REWARDS.register("accuracy")
def accuracy(
    completions: list[str], answer: list[str], task: list[str], policy: list[str] | None = None, **_
) -> list[float]:
    """1.0 when the task's verifier accepts the completion's answer, else 0.0. A classifier's
    answer is read under the record's own content policy (`policy`): its labels and aliases."""
    return [
        tasks.get(t).verdict(c, {"answer": a, "policy": policy[i] if policy else None})
        for i, (c, a, t) in enumerate(zip(completions, answer, task, strict=True))
    ]


@REWARDS.register("format")
def format_reward(completions: list[str], **_) -> list[float]:
    """1.0 for exactly `<think>...</think><answer>...</answer>` (DeepSeek-R1's format reward): one
    block of each, in that order, no tag inside either (the thought may be empty)."""
    return [1.0 if _FORMAT.match(c) else 0.0 for c in completions]
