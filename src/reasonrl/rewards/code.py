"""Code rewards: completions run against unit tests in the sandbox; the reward is the fraction
of test assertions that pass (partial credit), 0.0 when the program cannot even load.

Formats: HumanEval ({prompt, test, entry_point}: a `check(candidate)` function of asserts) and
MBPP ({test_list: ["assert f(1) == 2", ...], test_setup_code}).
"""

from __future__ import annotations

import ast
import re
from concurrent.futures import ThreadPoolExecutor

from reasonrl.rewards.base import REWARDS
from reasonrl.rewards.sandbox import last_json_line, run_python

_FENCE = re.compile(r"```(?:python|py)?\s*\n(.*?)```", re.S)
_COUNTER = "__reasonrl_tests"
TAIL = f"\nimport json as __j\nprint(__j.dumps({_COUNTER}))\n"


def extract_code(completion: str) -> str:
    """The last fenced code block, else the completion itself."""
    blocks = _FENCE.findall(completion)
    return blocks[-1] if blocks else completion


class _CountAsserts(ast.NodeTransformer):
    """assert X  ->  try: assert X; passed += 1  except: pass  (total += 1 either way)."""

    def visit_Assert(self, node: ast.Assert):
        counted = ast.parse(f"{_COUNTER}['total'] += 1\ntry:\n    pass\n    {_COUNTER}['passed'] += 1\n"
                            f"except Exception:\n    pass").body
        counted[1].body[0] = node
        return counted


def counted_tests(test_code: str) -> str:
    tree = _CountAsserts().visit(ast.parse(test_code))
    return f"{_COUNTER} = {{'passed': 0, 'total': 0}}\n" + ast.unparse(ast.fix_missing_locations(tree))


def humaneval_program(prompt: str, completion: str, test: str, entry_point: str) -> str:
    code = extract_code(completion)
    solution = code if f"def {entry_point}" in code else prompt + code
    return f"{solution}\n\n{counted_tests(test)}\ncheck({entry_point})\n{TAIL}"


def mbpp_program(completion: str, test_list: list[str], setup: str = "") -> str:
    return f"{extract_code(completion)}\n\n{setup}\n{counted_tests(chr(10).join(test_list))}\n{TAIL}"


def score_program(program: str, timeout_s: float = 5.0) -> float:
    result = run_python(program, timeout_s=timeout_s)
    counts = last_json_line(result.stdout) if result.status == "ok" else None
    if not counts or not counts.get("total"):
        return 0.0
    return counts["passed"] / counts["total"]


@REWARDS.register("code")
def code_reward(completions: list[str], test: list[str] | None = None, entry_point: list[str] | None = None,
                prompt: list[str] | None = None, test_list: list[list[str]] | None = None,
                test_setup_code: list[str] | None = None, timeout_s: float = 5.0, workers: int = 2, **_) -> list[float]:
    """HumanEval fields (prompt, test, entry_point) or MBPP fields (test_list[, test_setup_code])."""
    if test is not None:
        programs = [humaneval_program(p, c, t, e) for c, p, t, e in zip(completions, prompt, test, entry_point)]
    else:
        setups = test_setup_code or [""] * len(completions)
        programs = [mbpp_program(c, tl, s) for c, tl, s in zip(completions, test_list, setups)]
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda prog: score_program(prog, timeout_s), programs))
