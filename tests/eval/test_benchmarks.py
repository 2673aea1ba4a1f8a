"""Benchmark tasks over the real shared files: loading, prompts, and graders on real rows
(reference answers must grade 1.0, wrong ones 0.0)."""

import json

import pytest

from reasonrl import tasks
from reasonrl.tasks.benchmarks import load


@pytest.mark.parametrize(
    "name,size", [("gsm8k", 1319), ("math500", 500), ("aime24", 30), ("amc23", 40), ("humaneval", 164)]
)
def test_benchmarks_load_real_files(name, size):
    rows = load(name)
    assert len(rows) == size and len({r["id"] for r in rows}) == size
    assert all(r["task"] == name and r["question"] and r["answer"] != "" for r in rows)


@pytest.mark.parametrize("name", ["gsm8k", "math500", "aime24", "amc23"])
def test_math_graders_on_real_rows(name):
    rows = load(name, limit=20)
    task = tasks.get(name)
    right = [f"<think>work</think><answer>{r['answer']}</answer>" for r in rows]
    wrong = ["<think>work</think><answer>-987654321</answer>" for _ in rows]
    assert task.grade_batch(right, [r["answer"] for r in rows]) == [1.0] * len(rows)
    assert task.grade_batch(wrong, [r["answer"] for r in rows]) == [0.0] * len(rows)
    assert "<think>" in task.prompt(rows[0]) and rows[0]["question"] in task.prompt(rows[0])


def test_humaneval_grader_runs_canonical_solutions_in_the_sandbox():
    from reasonrl.data.eval_sets import eval_set_path
    from reasonrl.tasks.benchmarks import _jsonl

    canon = {r["task_id"]: r["canonical_solution"] for r in _jsonl(eval_set_path("humaneval"))}
    rows = load("humaneval")[:6]
    task = tasks.get("humaneval")
    good = [
        f"<answer>```python\n{json.loads(r['answer'])['prompt']}{canon[r['id']]}```</answer>" for r in rows
    ]
    bad = ["<answer>```python\ndef nothing():\n    return None\n```</answer>" for _ in rows]
    assert task.grade_batch(good, [r["answer"] for r in rows]) == [1.0] * 6
    assert task.grade_batch(bad, [r["answer"] for r in rows]) == [0.0] * 6


def test_hatecheck_is_multilingual_and_graded_by_label():
    rows = load("hatecheck")
    langs = {r["language"] for r in rows}
    assert {"en", "french", "german", "arabic", "mandarin"} <= langs
    sample = load("hatecheck", limit=18, seed=1)
    assert len({r["language"] for r in sample}) == 9  # a small sample still covers every language
    task = tasks.get("hatecheck")
    r = next(x for x in rows if x["language"] == "german" and x["answer"] == "hateful")
    assert task.grade("<think>...</think><answer>Hateful</answer>", r["answer"]) == 1.0
    assert task.grade("<think>...</think><answer>non-hateful</answer>", r["answer"]) == 0.0


def test_any_jsonl_is_a_benchmark(tmp_path):
    path = tmp_path / "mine.jsonl"
    path.write_text(
        '{"question": "2+2?", "answer": "4", "language": "en"}\n{"question": "3*3?", "answer": "9"}\n'
    )
    rows = load(f"jsonl:{path}")
    assert [r["answer"] for r in rows] == ["4", "9"] and rows[0]["task"] == "jsonl"
    with pytest.raises(Exception, match="unknown benchmark"):
        load("nope")


def test_benchmark_files_come_from_the_one_catalog(tmp_path, monkeypatch):
    """Every file-backed benchmark reads the path data.eval_sets names (the catalog decontamination
    reads), and every catalogued eval set is a benchmark: evaluated and decontaminated alike."""
    from reasonrl.data.eval_sets import EVAL_SETS, EvalSet
    from reasonrl.tasks.benchmarks import EVAL_SET, LOADERS

    assert set(EVAL_SET.values()) == set(EVAL_SETS) and set(EVAL_SET) <= set(LOADERS)
    moved = tmp_path / "data" / "elsewhere" / "amc.jsonl"
    moved.parent.mkdir(parents=True)
    moved.write_text('{"id": 7, "question": "1+1?", "answer": 2.0}\n')
    monkeypatch.setenv("REASONRL_SHARED", str(tmp_path))
    monkeypatch.setitem(EVAL_SETS, "amc23", EvalSet("amc23", "elsewhere/amc.jsonl", ("question",)))
    assert load("amc23") == [{"id": "amc23-7", "question": "1+1?", "answer": "2", "task": "amc23"}]
