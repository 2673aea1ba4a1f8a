"""The Task protocol and the tag format shared by R1-Zero style prompts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from reasonrl._registry import Registry
from reasonrl.verify.answers import ANSWER_CLOSE, ANSWER_OPEN, THINK_CLOSE, THINK_OPEN, extract_tagged_answer

__all__ = [
    "ANSWER_CLOSE",
    "ANSWER_OPEN",
    "THINK_CLOSE",
    "THINK_OPEN",
    "TASKS",
    "Task",
    "extract_tagged_answer",
    "R1_SYSTEM",
    "r1_chat",
]

R1_SYSTEM = (
    "You are a helpful assistant. You first think about the reasoning process in <think> </think> tags "
    "and then give the final answer in <answer> </answer> tags, like <think> ... </think><answer> ... "
    "</answer>."
)


def r1_chat(user: Callable[[dict], str]) -> Callable[[dict], list[dict]]:
    """Chat turns for a record: the R1 instructions in the system turn, the question in the user's."""
    return lambda r: [{"role": "system", "content": R1_SYSTEM}, {"role": "user", "content": user(r)}]


@dataclass(frozen=True)
class Task:
    """A task family. `grade` returns a reward in [0, 1]; 1.0 means verified correct.
    `grade_many(completions, answers)` grades a batch at once (a verifier pool, a sandbox pool).
    `prompt(record)` is the plain-text prompt for base models; `messages(record)`, when the task has
    it, the chat turns (R1-style instructions in the system turn) for models with a chat template."""

    name: str
    prompt: Callable[[dict], str]
    extract: Callable[[str], str | None]
    grade: Callable[[str, str], float]
    grade_many: Callable[[list[str], list[str]], list[float]] | None = None
    messages: Callable[[dict], list[dict]] | None = None
    fields: frozenset[str] = (
        frozenset()
    )  # record fields besides id/question/answer (reward terms may ask for them)
    target: Callable[[dict], str] | None = None  # the gold completion an SFT baseline learns (label-only)
    # a classification task: the label a completion decides under its record (None: unparseable);
    # RL logs the predicted-label shares from it and its guard watches them for collapse
    decide: Callable[[str, dict], str | None] | None = None
    # ... and its labels for a record, the positive (violating) one first: evaluation scores them
    labels: Callable[[dict], tuple[str, ...]] | None = None

    def render(self, record: dict, tokenizer) -> str:
        """What the model is given: its chat template over `messages` (ending in the assistant's
        turn) when both exist, else the plain prompt."""
        if self.messages is not None and getattr(tokenizer, "chat_template", None):
            return tokenizer.apply_chat_template(
                self.messages(record), add_generation_prompt=True, tokenize=False
            )
        return self.prompt(record)

    def answer(self, completion: str, record: dict) -> str | None:
        """The answer a completion gives: a classifier's label under the record's own labels
        (`decide`), else `extract`."""
        return self.extract(completion) if self.decide is None else self.decide(completion, record)

    def verdict(self, completion: str, record: dict) -> float:
        """`grade` against the record's answer; a classifier's answer is read under the record's own
        labels (`decide`: a content policy other than the default names them differently)."""
        if self.decide is not None:
            return float(self.decide(completion, record) == record["answer"])
        return self.grade(completion, record["answer"])

    def grade_records(self, completions: list[str], records: list[dict]) -> list[float]:
        """`verdict` of each completion against its record: batched (`grade_batch`) unless the task
        is a classifier, whose answers are read under each record's own labels."""
        if self.decide is None:
            return self.grade_batch(completions, [r["answer"] for r in records])
        return [self.verdict(c, r) for c, r in zip(completions, records, strict=True)]

    def grade_batch(self, completions: list[str], answers: list[str]) -> list[float]:
        if self.grade_many is not None:
            return list(self.grade_many(completions, answers))
        return [self.grade(c, a) for c, a in zip(completions, answers, strict=True)]


TASKS: Registry[Task] = Registry("task")
