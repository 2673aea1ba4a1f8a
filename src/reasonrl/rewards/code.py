"""The `code` reward: the share of a task's unit-test assertions the completion's code passes,
counted by the referee, outside the sandbox the code runs in (reasonrl.verify.code)."""

from __future__ import annotations

from reasonrl.rewards.base import REWARDS
from reasonrl.verify.code import humaneval_case, mbpp_case, score_many


@REWARDS.register("code")
def code_reward(
    completions: list[str],
    test: list[str] | None = None,
    entry_point: list[str] | None = None,
    prompt: list[str] | None = None,
    test_list: list[list[str]] | None = None,
    test_setup_code: list[str] | None = None,
    timeout_s: float = 5.0,
    workers: int = 2,
    **_,
) -> list[float]:
    """HumanEval fields (prompt, test, entry_point) or MBPP fields (test_list[, test_setup_code])."""
    if test is not None:
        cases = [
            humaneval_case(p, c, t, e)
            for c, p, t, e in zip(completions, prompt, test, entry_point, strict=True)
        ]
    else:
        setups = test_setup_code or [""] * len(completions)
        cases = [mbpp_case(c, tl, s) for c, tl, s in zip(completions, test_list, setups, strict=True)]
    return score_many(cases, timeout_s, workers)
