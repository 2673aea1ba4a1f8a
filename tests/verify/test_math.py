import json

import pytest

from reasonrl import rewards
from reasonrl.data.eval_sets import eval_set_path
from reasonrl.verify.math import fast_verdict
from reasonrl.verify.pool import TimeoutPool

math_reward = rewards.get("math")


@pytest.mark.parametrize(
    "completion,gold,score",
    [
        ("so she makes \\boxed{18} dollars", "18", 1.0),
        ("Janet sells 9 eggs at $2.\n#### 18", "18", 1.0),
        ("The answer is 18.", "18", 1.0),
        ("<think>16-3-4=9, 9*2=18</think><answer>18</answer>", "18", 1.0),
        ("<think>..</think><answer>$1,800$</answer>", "1800", 1.0),
        ("\\boxed{025}", "25", 1.0),  # AIME zero padding
        ("the answer is \\boxed{27}", "27.0", 1.0),  # AMC floats
        ("\\boxed{\\dfrac{14}{3}}", "\\frac{14}{3}", 1.0),
        ("so x = \\boxed{0.5}", "\\frac{1}{2}", 1.0),
        ("It is \\boxed{5\\text{ cm}}.", "5", 1.0),
        ("The result is \\boxed{10\\%}", "10\\%", 1.0),
        ("\\boxed{2\\sqrt{3}}", "2\\sqrt{3}", 1.0),
        ("\\boxed{(1, 2)}", "(1,2)", 1.0),
        ("#### 17", "18", 0.0),
        ("<answer>19</answer>", "18", 0.0),
        ("\\boxed{\\frac{13}{3}}", "\\frac{14}{3}", 0.0),
        ("I do not know.", "18", 0.0),
        ("", "18", 0.0),
    ],
)
def test_math_reward_table(completion, gold, score):
    assert math_reward([completion], answer=[gold]) == [score]


def test_fast_path_only_decides_plain_numbers():
    assert fast_verdict("#### 1,234", "1234") is True and fast_verdict("\\boxed{7}", "8") is False
    assert fast_verdict("\\boxed{\\frac{1}{2}}", "0.5") is None and fast_verdict("18", "\\frac{1}{2}") is None
    assert fast_verdict("<answer>-2,1</answer>", "-2,1") is None  # a list, not a thousands separator
    assert fast_verdict("Hence the answer is 33%... rounded.\n#### 33", "33") is True


def _gsm8k(n):
    rows = [json.loads(line) for line in eval_set_path("gsm8k_test").read_text().splitlines()[:n]]
    return [r["answer"] for r in rows], [r["answer"].split("####")[-1].strip() for r in rows]


def _math500(n):
    rows = [json.loads(line) for line in eval_set_path("math500").read_text().splitlines()[:n]]
    return [r["solution"] for r in rows], [r["answer"] for r in rows]


@pytest.mark.parametrize("loader,n,floor", [(_gsm8k, 300, 1.0), (_math500, 150, 0.95)])
def test_agreement_with_reference_solutions(loader, n, floor, capsys):
    """Real worked solutions (GSM8K '#### n', MATH-500 '\\boxed{}') must verify against their answers."""
    completions, golds = loader(n)
    scores = math_reward(completions, answer=golds)
    agreement = sum(scores) / len(scores)
    with capsys.disabled():
        print(f"\n{loader.__name__}: agreement {agreement:.3f} on {n} reference solutions")
    assert agreement >= floor
    wrong = math_reward(completions[:50], answer=golds[1:51])  # shifted golds must mostly fail
    assert sum(wrong) <= 3


def test_pool_times_out_and_recovers():
    with TimeoutPool(workers=2) as pool:
        # 10 s: a 0.01 s item must finish in time even on a loaded 2-core box (it once took > 1 s
        # there); the 30 s item still overruns and its worker is replaced
        out = pool.map("time:sleep", [0.01, 30, 0.01, "bad"], timeout=10.0, default="timeout")
    assert out == [None, "timeout", None, "timeout"]


def test_pool_refuses_a_function_workers_cannot_load():
    """A target that fails to import in the workers (a missing module, a circular import) must be
    an error, not every item silently scored the default."""
    with TimeoutPool(workers=2) as pool:
        with pytest.raises(RuntimeError, match="cannot load reasonrl.no_such_module:verify"):
            pool.map("reasonrl.no_such_module:verify", [1, 2, 3], timeout=5.0, default=0.0)
