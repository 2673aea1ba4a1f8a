import math
from itertools import combinations

import pytest

from reasonrl.eval.metrics import pass_at_k, summarize


@pytest.mark.parametrize("n,c,k", [(4, 0, 1), (4, 1, 1), (4, 2, 2), (5, 3, 2), (6, 1, 3), (3, 3, 3), (6, 5, 4)])
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
