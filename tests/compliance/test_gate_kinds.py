"""Gate kinds by name (compliance.kinds): every kind has a suite, and each derives the metrics its
gate checks from the upstream evaluations, purely."""

import pytest

from reasonrl.compliance.kinds import GATE_KINDS
from reasonrl.compliance.suites import SUITES
from reasonrl.errors import ConfigError


def _eval(score: float, tokens: float = 10.0, **extra) -> dict:
    return {"pass_at_1": score, "mean_tokens": tokens, **extra}


def test_every_gate_kind_has_a_suite_and_names_its_inputs():
    assert GATE_KINDS.names() == SUITES.names()
    assert GATE_KINDS.get("data").inputs == ("data",) and GATE_KINDS.get("data").metrics({}, "x") == {}
    assert [k for k in GATE_KINDS.names() if GATE_KINDS.get(k).compares_models] == ["policy", "student"]


def test_policy_and_student_metrics_from_their_evaluations():
    evals = {"candidate": _eval(0.6, 5.0), "reference": _eval(0.8, 20.0)}
    policy = GATE_KINDS.get("policy").metrics(evals, "pass_at_1")
    assert policy == {"pass_at_1": 0.6, "gain_over_base": pytest.approx(-0.2), "metric": "pass_at_1"}
    student = GATE_KINDS.get("student").metrics(evals, "pass_at_1")
    assert student["accuracy_share"] == pytest.approx(0.75) and student["token_share"] == 0.25
    zero = {"candidate": _eval(0.0, 0.0), "reference": _eval(0.0, 0.0)}
    assert GATE_KINDS.get("student").metrics(zero, "pass_at_1")["accuracy_share"] == 1.0
    rm = {"reward_model": {"pair_accuracy": 0.9}}
    assert GATE_KINDS.get("reward_model").metrics(rm, "pass_at_1") == {"pair_accuracy": 0.9}


def test_a_dotted_metric_path_and_the_lowest_label_recall():
    overall = {"macro_f1": 0.7, "served_recall/yes": 0.9, "served_recall/no": 0.4, "recall/no": 0.1}
    report = {"policy": {"name": "p"}, "overall": overall}
    evals = {"candidate": _eval(0.5, moderation=report), "reference": _eval(0.5, moderation=report)}
    got = GATE_KINDS.get("policy").metrics(evals, "moderation.overall.macro_f1")
    assert got["pass_at_1"] == 0.7 and got["min_label_recall"] == 0.4 and got["min_label_recall_of"] == "p/no"
    with pytest.raises(ConfigError, match="no metric 'moderation.overall.auroc'"):
        GATE_KINDS.get("policy").metrics(evals, "moderation.overall.auroc")
