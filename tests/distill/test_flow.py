"""The distillation flow (distill.flow): the recipe's method is a registry lookup, the student is
loaded only once the teacher left traces to learn from, and logit KD gets the prompts a trace was
kept for and the recipe's engine. The models here are stand-ins: the flow's wiring is under test,
the training is in test_kd.py and the stage tests."""

import contextlib

import pytest

from reasonrl.config.models import DistillConfig, Recipe
from reasonrl.distill import flow
from reasonrl.distill.select import Traces
from reasonrl.errors import ConfigError, DataError


class _Place:
    def autocast(self):
        return contextlib.nullcontext()


RECORDS = [{"id": str(i), "question": f"{i}+1", "answer": str(i + 1)} for i in range(3)]
TRACES = Traces([([1], [2]), ([3], [4])], [True, False, True], [1, 1], [1, 1, 2, 2, 3, 3], float("inf"))


def test_the_defaults_name_registered_entries_and_an_unknown_method_lists_the_choices():
    """The registries are the one list of choices (preflight checks a recipe against them)."""
    from reasonrl.distill.kd import DIVERGENCES
    from reasonrl.distill.select import SELECTORS

    cfg = DistillConfig()
    assert cfg.method in flow.METHODS and cfg.divergence in DIVERGENCES and cfg.selection in SELECTORS
    with pytest.raises(ConfigError, match="sequence"):
        flow.METHODS.get("dpo")


@pytest.mark.parametrize("method", ["sequence", "logit"])
def test_the_method_is_looked_up_and_logit_kd_gets_the_kept_prompts(method, monkeypatch):
    calls = {}
    monkeypatch.setattr(flow, "teacher_traces", lambda *a: TRACES)
    monkeypatch.setattr(flow, "sft", lambda *a, **k: calls.setdefault("sft", (a, k)) and [0.5])
    monkeypatch.setattr(flow, "logit_kd", lambda *a, **k: calls.setdefault("logit", (a, k)) and [0.25])
    recipe = Recipe(distill={"method": method})
    done = flow.distill(recipe, RECORDS, "teacher", "ttok", lambda: ("student", "stok"), _Place(), False)
    assert set(calls) == {"sft" if method == "sequence" else "logit"} and done.student == "student"
    args, kwargs = calls[set(calls).pop()]
    assert args[:1] == ("student",) and TRACES.examples in args
    if method == "logit":
        assert args[1] == "teacher" and kwargs["prompts"] == ["Q: 0+1\nA: ", "Q: 2+1\nA: "]
        assert kwargs["engine"] == recipe.rl.engine
        assert kwargs["sampling"] == recipe.sampling
    report = done.report(recipe, len(RECORDS))
    assert report["traces_kept"] == 2 and report["method"] == method and report["token_budget"] is None
    assert report["teacher_sample_tokens_mean"] == 2 and report["kept_trace_tokens_mean"] == 1


def test_no_student_is_loaded_when_the_teacher_solved_nothing(monkeypatch):
    def nothing(*a):
        raise DataError("the teacher solved none of the distillation prompts")

    monkeypatch.setattr(flow, "teacher_traces", nothing)
    with pytest.raises(DataError, match="solved none"):
        flow.distill(Recipe(), RECORDS, "teacher", "ttok", lambda: pytest.fail("loaded"), _Place(), False)
