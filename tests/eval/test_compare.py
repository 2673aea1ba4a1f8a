import pytest

from reasonrl.eval.compare import paired_comparison, per_prompt_scores


def test_per_prompt_scores_average_samples():
    rows = [{"id": "a", "correct": 1.0}, {"id": "a", "correct": 0.0}, {"id": "b", "correct": 1.0}]
    assert per_prompt_scores(rows) == {"a": 0.5, "b": 1.0}


def test_clear_win_is_significant_and_tie_is_not():
    champ = {str(i): 0.0 for i in range(40)}
    better = {str(i): 1.0 if i < 30 else 0.0 for i in range(40)}
    win = paired_comparison(better, champ)
    assert win["n"] == 40 and win["mean_diff"] == pytest.approx(0.75) and win["p_value"] < 0.001
    assert 0.6 < win["ci95"][0] <= win["ci95"][1] <= 0.9
    tie = paired_comparison(champ, champ)
    assert tie["mean_diff"] == 0 and tie["p_value"] == 1.0


def test_exact_sign_flip_p_value_on_a_small_case():
    # diffs +1, +1, -1: of 8 sign patterns, sums >= 1 are (+,+,-), (+,-,+), (-,+,+), (+,+,+) -> 4/8
    res = paired_comparison({"a": 1, "b": 1, "c": 0}, {"a": 0, "b": 0, "c": 1})
    assert res["p_value"] == pytest.approx(0.5) and res["wins"] == 2 and res["losses"] == 1


def test_only_common_prompts_are_compared():
    res = paired_comparison({"a": 1.0, "x": 1.0}, {"a": 0.0, "y": 0.0})
    assert res["n"] == 1 and res["mean_diff"] == 1.0
