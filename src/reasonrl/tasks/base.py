"""The Task protocol and the tag format shared by R1-Zero style prompts."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable

from reasonrl._registry import Registry

THINK_OPEN, THINK_CLOSE, ANSWER_OPEN, ANSWER_CLOSE = "<think>", "</think>", "<answer>", "</answer>"
_ANSWER = re.compile(re.escape(ANSWER_OPEN) + r"(.*?)" + re.escape(ANSWER_CLOSE), re.S)


def extract_tagged_answer(completion: str) -> str | None:
    """The content of the last `<answer>...</answer>` block, stripped; None when absent."""
    found = _ANSWER.findall(completion)
    return found[-1].strip() if found else None


@dataclass(frozen=True)
class Task:
    """A task family. `grade` returns a reward in [0, 1]; 1.0 means verified correct.
    `grade_many(completions, answers)` grades a batch at once (a verifier pool, a sandbox pool)."""

    name: str
    prompt: Callable[[dict], str]
    extract: Callable[[str], str | None]
    grade: Callable[[str, str], float]
    grade_many: Callable[[list[str], list[str]], list[float]] | None = None

    def grade_batch(self, completions: list[str], answers: list[str]) -> list[float]:
        if self.grade_many is not None:
            return list(self.grade_many(completions, answers))
        return [self.grade(c, a) for c, a in zip(completions, answers)]


TASKS: Registry[Task] = Registry("task")
