import math
from itertools import combinations

import pytest

from reasonrl.eval.metrics import pass_at_k, summarize


@pytest.mark.parametrize(
    "n,c,k", [(4, 0, 1), (4, 1, 1), (4, 2, 2), (5, 3, 2), (6, 1, 3), (3, 3, 3), (6, 5, 4)]
)
def test_pass_at_k_equals_enumeration(n, c, k):
    outcomes = [1] * c + [0] * (n - c)
    subsets = list(combinations(outcomes, k))
    assert math.isclose(pass_at_k(n, c, k), sum(any(s) for s in subsets) / len(subsets))


def test_pass_at_k_rejects_k_above_n():
    with pytest.raises(ValueError):
        pass_at_k(2, 1, 3)


def test_summarize():
    m = summarize([[1, 0], [0, 0]], [[10, 20], [30, 40]], [[False, False], [True, False]])
    assert m["pass_at_1"] == 0.25 and m["pass_at_2"] == 0.5 and m["mean_tokens"] == 25
    assert m["truncation_rate"] == 0.25 and m["accuracy_per_1k_tokens"] == 10.0


from reasonrl.eval.metrics import bootstrap_ci, breakdown, maj_at_k, percentile  # noqa: E402


@pytest.mark.parametrize(
    "answers,correct,expected",
    [
        (["4", "4", "5"], [1, 1, 0], 1.0),  # clear majority, right
        (["5", "5", "4"], [0, 0, 1], 0.0),  # clear majority, wrong
        (["4", "5"], [1, 0], 0.5),  # tie of two: expected accuracy of a random tie-break
        (["4", "5", "6", "4", "5"], [1, 0, 0, 1, 0], 0.5),
        ([None, None, "4"], [0, 0, 1], 1.0),  # unanswered samples do not vote
        ([None, None], [0, 0], 0.0),
    ],
)
def test_maj_at_k_and_ties(answers, correct, expected):
    assert maj_at_k(answers, correct) == pytest.approx(expected)


def test_percentile_matches_numpy_linear():
    import numpy as np

    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    assert percentile(xs, 90) == pytest.approx(float(np.percentile(xs, 90)))


def test_bootstrap_ci_brackets_the_mean_and_shrinks_with_n():
    small = bootstrap_ci([1.0, 0.0] * 10)
    large = bootstrap_ci([1.0, 0.0] * 200)
    assert small[0] < 0.5 < small[1] and large[0] < 0.5 < large[1]
    assert large[1] - large[0] < small[1] - small[0]


def test_breakdown_per_language():
    out = breakdown(["en", "fr", "en"], [[1.0, 1.0], [0.0, 1.0], [0.0, 0.0]], [[2, 4], [3, 3], [1, 1]])
    assert out["en"]["pass_at_1"] == 0.5 and out["en"]["n_prompts"] == 2 and out["fr"]["pass_at_1"] == 0.5
    assert out["en"]["mean_tokens"] == 2.0
