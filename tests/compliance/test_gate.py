import pytest

from reasonrl.compliance.gate import RuleOutcome, decide, evaluate
from reasonrl.compliance.suites import SUITES
from reasonrl.config import load_recipe


def _o(name, passed, warn=False):
    return RuleOutcome(name, passed, warn, None, 0 if passed else 2, [])


@pytest.mark.parametrize("outcomes,passed,failed,warnings", [
    ([_o("a", True), _o("b", True)], True, [], []),
    ([_o("a", True), _o("b", False)], False, ["b"], []),
    ([_o("a", False, warn=True), _o("b", True)], True, [], ["a"]),
    ([], True, [], []),
])
def test_decide_is_pure_and_honours_warn_only(outcomes, passed, failed, warnings):
    d = decide("g", outcomes)
    assert (d["passed"], d["failed_rules"], d["warnings"]) == (passed, failed, warnings)
    assert ("FAILED" in d["summary"]) is (not passed)


def _records(**override):
    base = {"id": "1", "kind": "prompt", "source": "s", "licence": "MIT", "question": "1+1", "answer": "2"}
    return [{**base, "id": str(i)} for i in range(12)] + ([{**base, **override}] if override else [])


@pytest.mark.parametrize("poison,rule", [
    ({"id": "p", "question": "mail a.b@example.org"}, "no_residual_pii"),
    ({"id": "p", "licence": "GPL-3.0-only"}, "licence_allowed"),
    ({"id": "1"}, "unique_id"),
])
def test_data_suite_catches_each_kind_of_poison(tmp_path, poison, rule):
    recipe = load_recipe(None, ["gates.data.min_rows=5", "compliance.stages={}"])
    df, rules = SUITES.get("data")(recipe, _records(**poison), {})
    decision = decide("data", evaluate("data", df, rules, tmp_path))
    assert not decision["passed"] and decision["failed_rules"] == [rule]
    assert "a.b@example.org" not in str(decision)  # examples are redacted
    assert (tmp_path / "data_docs" / "index.html").exists()


def test_clean_data_passes_and_warn_only_downgrades(tmp_path):
    recipe = load_recipe(None, ["gates.data.min_rows=100", "gates.data.warn_only=[row_count]", "compliance.stages={}"])
    df, rules = SUITES.get("data")(recipe, _records(), {})
    decision = decide("data", evaluate("data", df, rules, tmp_path))
    assert decision["passed"] and decision["warnings"] == ["row_count"]


def test_metric_gate_thresholds(tmp_path):
    recipe = load_recipe(None, ["gates.student.min_accuracy_share=0.9", "gates.student.max_token_share=0.7"])
    for share, tokens, ok in [(0.95, 0.5, True), (0.85, 0.5, False), (0.95, 0.8, False)]:
        df, rules = SUITES.get("student")(recipe, [], {"accuracy_share": share, "token_share": tokens})
        assert decide("student", evaluate("student", df, rules, tmp_path))["passed"] is ok
