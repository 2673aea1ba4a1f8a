"""Benchmark tasks over the real files in $REASONRL_SHARED/data (see its SOURCES.md).

Each task owns its prompt template and its grader from reasonrl.verify; `load(name)`
turns the file into prompt records {id, task, question, answer, language?, subject?}:

    gsm8k, math500, aime24, amc23  -> verify.math (exact fast path + math-verify)
    humaneval                      -> verify.code (jailed candidate, tests run by the referee, partial credit)
    hatecheck                      -> verify.labels, 9 languages (English + multilingual HateCheck)
    arithmetic                     -> the synthetic task (reasonrl.tasks.arithmetic)
    jsonl:<path>                   -> any JSONL with question/answer fields, graded by `math`
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable

from reasonrl.data.eval_sets import EVAL_SETS, shared_data_root
from reasonrl.errors import ConfigError, DataError
from reasonrl.io import open_text
from reasonrl.tasks.arithmetic import generate
from reasonrl.tasks.base import TASKS, Task, extract_tagged_answer, r1_chat
from reasonrl.tasks.moderation_data import hatecheck_records, hatecheck_rows
from reasonrl.verify.code import humaneval_case, score_many
from reasonrl.verify.labels import verify_labels
from reasonrl.verify.math import verify_math

R1_TEMPLATE = (
    "A conversation between User and Assistant. The Assistant first thinks about the reasoning process "
    "in <think> </think> tags and then gives the final answer in <answer> </answer> tags.\n"
    "User: {question}\nAssistant: <think>"
)


_chat = r1_chat


def _grade_one(batch: Callable) -> Callable[[str, str], float]:
    return lambda completion, answer: batch([completion], [answer])[0]


MATH_FIELDS = {"math500": frozenset({"subject"}), "jsonl": frozenset({"language"})}


def _math_task(name: str) -> Task:
    return Task(
        name,
        lambda r: R1_TEMPLATE.format(question=r["question"]),
        extract_tagged_answer,
        _grade_one(verify_math),
        verify_math,
        _chat(lambda r: r["question"]),
        fields=MATH_FIELDS.get(name, frozenset()),
    )


def _code_prompt(r: dict) -> str:
    return (
        "Complete the Python function. Think in <think> </think> tags, then give the whole function in a "
        "```python block inside <answer> </answer> tags.\n\n```python\n" + r["question"] + "```\n"
    )


def _code_many(completions: list[str], answers: list[str]) -> list[float]:
    """answers are the HumanEval rows' {prompt, test, entry_point} as JSON."""
    rows = [json.loads(a) for a in answers]
    return score_many(
        [
            humaneval_case(r["prompt"], c, r["test"], r["entry_point"])
            for c, r in zip(completions, rows, strict=True)
        ]
    )


def _label_prompt(r: dict) -> str:
    return (
        "Is the following message hateful? Think in <think> </think> tags, then answer `hateful` or "
        f"`non-hateful` in <answer> </answer> tags.\nMessage ({r.get('language', 'en')}): {r['question']}\n"
        "Assistant: <think>"
    )


def _label_many(completions: list[str], answers: list[str]) -> list[float]:
    return verify_labels(completions, answers)


for _name in ("gsm8k", "math500", "aime24", "amc23", "jsonl"):
    TASKS.register(_name)(_math_task(_name))
TASKS.register("humaneval")(
    Task(
        "humaneval",
        _code_prompt,
        extract_tagged_answer,
        _grade_one(_code_many),
        _code_many,
        _chat(
            lambda r: (
                "Complete the Python function; give the whole function in a "
                "```python block inside the answer tags.\n\n```python\n" + r["question"] + "```"
            )
        ),
    )
)
TASKS.register("hatecheck")(
    Task(
        "hatecheck",
        _label_prompt,
        extract_tagged_answer,
        _grade_one(_label_many),
        _label_many,
        _chat(
            lambda r: (
                "Is the following message hateful? Answer `hateful` or "
                f"`non-hateful`.\nMessage ({r.get('language', 'en')}): " + r["question"]
            )
        ),
        fields=frozenset({"language", "subject"}),
    )
)


def _jsonl(path: Path) -> list[dict]:
    with open_text(path) as fh:
        rows = []
        for n, line in enumerate(fh, 1):
            if line.strip():
                try:
                    rows.append(json.loads(line))
                except json.JSONDecodeError as exc:
                    raise DataError(f"{path}:{n}: not valid JSON ({exc.msg})") from None
        return rows


# benchmark -> its file's entry in data.eval_sets, the one catalog of the shared benchmark files
# (decontamination reads the same entries, so what is evaluated is what training is checked against)
EVAL_SET = {
    "gsm8k": "gsm8k_test",
    "math500": "math500",
    "aime24": "aime24",
    "amc23": "amc23",
    "humaneval": "humaneval",
}


def _rows(root: Path, benchmark: str) -> list[dict]:
    """The rows of a file-backed benchmark, read from the path data.eval_sets names for it."""
    return _jsonl(root / EVAL_SETS[EVAL_SET[benchmark]].path)


def _gsm8k(root: Path) -> list[dict]:
    return [
        {"id": f"gsm8k-{i}", "question": r["question"], "answer": r["answer"].split("####")[-1].strip()}
        for i, r in enumerate(_rows(root, "gsm8k"))
    ]


def _math500(root: Path) -> list[dict]:
    return [
        {
            "id": r.get("unique_id") or f"math500-{i}",
            "question": r["problem"],
            "answer": str(r["answer"]),
            "subject": r.get("subject", ""),
            "level": r.get("level"),
        }
        for i, r in enumerate(_rows(root, "math500"))
    ]


def _aime24(root: Path) -> list[dict]:
    return [
        {"id": f"aime24-{r['id']}", "question": r["problem"], "answer": str(r["answer"])}
        for r in _rows(root, "aime24")
    ]


def _amc23(root: Path) -> list[dict]:
    def num(x):  # 27.0 -> "27"
        return str(int(x)) if isinstance(x, float) and x.is_integer() else str(x)

    return [
        {"id": f"amc23-{r['id']}", "question": r["question"], "answer": num(r["answer"])}
        for r in _rows(root, "amc23")
    ]


def _humaneval(root: Path) -> list[dict]:
    return [
        {
            "id": r["task_id"],
            "question": r["prompt"],
            "answer": json.dumps({k: r[k] for k in ("prompt", "test", "entry_point")}),
        }
        for r in _rows(root, "humaneval")
    ]


def _hatecheck(root: Path) -> list[dict]:
    rows = []
    for lang, i, r in hatecheck_rows(root):
        text, gold = r.get("test_case") or r.get("case_templ"), r.get("label_gold")
        if text and gold:
            rows.append(
                {
                    "id": r.get("mhc_case_id") or r.get("case_id") or f"{lang}-{i}",
                    "question": text,
                    "answer": gold,
                    "language": lang,
                    "subject": r.get("functionality", ""),
                }
            )
    return rows


LOADERS: dict[str, Callable[[Path], list[dict]]] = {
    "gsm8k": _gsm8k,
    "math500": _math500,
    "aime24": _aime24,
    "amc23": _amc23,
    "humaneval": _humaneval,
    "hatecheck": _hatecheck,
    "moderation": hatecheck_records,  # HateCheck under the default content policy
}


def load(name: str, limit: int | None = None, seed: int = 0) -> list[dict]:
    """Prompt records of a benchmark; `limit` takes an even, seeded sample (stratified by language
    when the benchmark has several), so a quick run still covers every language."""
    import random

    if name.startswith("jsonl:"):
        path = Path(name.split(":", 1)[1])
        rows = [
            {
                "id": r.get("id", f"{path.stem}-{i}"),
                "question": r["question"],
                "answer": str(r["answer"]),
                **({"language": r["language"]} if "language" in r else {}),
            }
            for i, r in enumerate(_jsonl(path))
        ]
        task = "jsonl"
    elif name == "arithmetic":
        rows, task = generate(limit or 200, seed=seed + 1000), "arithmetic"
    elif name in LOADERS:
        root = shared_data_root()
        if not root.exists():
            raise DataError(
                f"benchmark data not found under {root}", hint="set REASONRL_SHARED to the shared folder"
            )
        rows, task = LOADERS[name](root), name
    else:
        raise ConfigError(
            f"unknown benchmark '{name}'",
            hint=f"choose one of: {', '.join([*LOADERS, 'arithmetic'])} or jsonl:<path>",
        )
    rows = [{**r, "task": task} for r in rows]
    if limit and len(rows) > limit:
        by_lang: dict[str, list[dict]] = {}
        for r in rows:
            by_lang.setdefault(r.get("language", ""), []).append(r)
        rng, per = random.Random(seed), max(1, limit // len(by_lang))
        rows = [r for group in by_lang.values() for r in rng.sample(group, min(per, len(group)))][:limit]
    return rows
