"""Synthetic multi-digit addition: the embedded demo's verifiable RL task.

A completion shows column-wise work inside <think> (optional, three verbosity levels in the
pretraining corpus) and the sum inside <answer>. Short chains of thought are harder for a tiny
model, which is what makes RL (longer, more careful reasoning) and shortest-correct
distillation (shorter answers) both visible on CPU in minutes.
"""

from __future__ import annotations

import random

from reasonrl.config.models import SourceConfig
from reasonrl.data.sources import GENERATORS
from reasonrl.tasks.base import (
    ANSWER_CLOSE,
    ANSWER_OPEN,
    TASKS,
    THINK_CLOSE,
    THINK_OPEN,
    Task,
    extract_tagged_answer,
    r1_chat,
)
from reasonrl.verify.answers import offers_alternatives

STYLES = ("verbose", "compact", "direct")


def make_prompt(a: int, b: int) -> str:
    return f"Q: {a}+{b}\nA: "


def columns(a: int, b: int) -> list[tuple[int, int, int, int]]:
    """(digit_a, digit_b, carry_in, column_sum) from the least significant column up."""
    out, carry = [], 0
    while a or b or carry:
        x, y = a % 10, b % 10
        s = x + y + carry
        out.append((x, y, carry, s))
        carry, a, b = s // 10, a // 10, b // 10
    return out


def solution(a: int, b: int, style: str) -> str:
    """A correct completion in the given style (the text after the prompt)."""
    cols = columns(a, b)
    if style == "verbose":
        work = ";".join(f"{x}+{y}+{c}={s}" if c else f"{x}+{y}={s}" for x, y, c, s in cols)
    elif style == "compact":
        work = ";".join(str(s) for *_, s in cols)
    else:
        work = ""
    return f"{THINK_OPEN}{work}{THINK_CLOSE}{ANSWER_OPEN}{a + b}{ANSWER_CLOSE}"


def generate(n: int, seed: int, digits: tuple[int, int] = (2, 2)) -> list[dict]:
    """n problems (deterministic under seed) as prompt records with their reference answers."""
    rng = random.Random(seed)
    rows = []
    for i in range(n):
        da, db = rng.randint(*digits), rng.randint(*digits)
        a, b = rng.randint(10 ** (da - 1), 10**da - 1), rng.randint(10 ** (db - 1), 10**db - 1)
        rows.append(
            {"id": f"arith-{seed}-{i}", "task": "arithmetic", "question": f"{a}+{b}", "answer": str(a + b)}
        )
    return rows


@GENERATORS.register("arithmetic")
def synthetic_source(source: SourceConfig) -> list[dict]:
    """The synthetic source `generator: arithmetic`: two-digit addition prompts with verifiable
    answers (the embedded demo's RL task)."""
    digits = tuple(source.params.get("digits", (2, 2)))
    return generate(source.n, seed=int(source.params.get("seed", 7)), digits=digits)


def _prompt(record: dict) -> str:
    return f"Q: {record['question'].strip()}\nA: "


def _grade(completion: str, answer: str) -> float:
    if offers_alternatives(completion, answer):
        return 0.0
    got = extract_tagged_answer(completion)
    return 1.0 if got is not None and got.lstrip("0") == str(answer).strip().lstrip("0") else 0.0


# A model with a chat template (SmolLM2-Instruct) gets the question as a chat turn; the embedded
# tiny models have no template and keep the plain prompt they were pretrained on.
TASKS.register("arithmetic")(
    Task(
        "arithmetic",
        _prompt,
        extract_tagged_answer,
        _grade,
        messages=r1_chat(lambda r: f"What is {r['question'].strip()}?"),
    )
)
