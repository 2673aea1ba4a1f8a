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
    """A task family. `grade` returns a reward in [0, 1]; 1.0 means verified correct."""

    name: str
    prompt: Callable[[dict], str]
    extract: Callable[[str], str | None]
    grade: Callable[[str, str], float]


TASKS: Registry[Task] = Registry("task")
