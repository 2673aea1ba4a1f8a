import pytest

from reasonrl.config.models import PromotionConfig
from reasonrl.model_registry.promotion import decide_promotion


def _v(version, acc, h="h1"):
    return {"version": version, "metrics": {"pass_at_1": acc}, "eval_set_hash": h}


@pytest.mark.parametrize(
    "challenger,champion,gates,margin,promote",
    [
        (_v("2", 0.6), None, True, 0.0, True),
        (_v("2", 0.6), None, False, 0.0, False),
        (_v("2", 0.6), _v("1", 0.5), True, 0.0, True),
        (_v("2", 0.5), _v("1", 0.5), True, 0.0, False),  # a tie does not win
        (_v("2", 0.55), _v("1", 0.5), True, 0.1, False),  # not by the margin
        (_v("2", 0.9), _v("1", 0.5, "other"), True, 0.0, False),  # not comparable
        (_v("1", 0.5), _v("1", 0.5), True, 0.0, False),  # already champion
    ],
)
def test_decide_promotion(challenger, champion, gates, margin, promote):
    significant = {"n": 50, "p_value": 0.001, "mean_diff": 0.1}
    d = decide_promotion(challenger, champion, gates, PromotionConfig(min_margin=margin), significant)
    assert d["promote"] is promote and d["reason"]


def test_a_better_mean_without_significance_does_not_promote():
    d = decide_promotion(
        _v("2", 0.56),
        _v("1", 0.5),
        True,
        PromotionConfig(alpha=0.05),
        {"n": 20, "p_value": 0.3, "mean_diff": 0.06},
    )
    assert d["promote"] is False and "not significant" in d["reason"]
    assert decide_promotion(_v("2", 0.56), _v("1", 0.5), True, PromotionConfig(), None)["promote"] is False
    assert (
        decide_promotion(_v("2", 0.56), _v("1", 0.5), True, PromotionConfig(alpha=1.0), None)["promote"]
        is True
    )


def test_manual_mode_waits_for_approval():
    d = decide_promotion(
        _v("2", 0.9),
        _v("1", 0.5),
        True,
        PromotionConfig(mode="manual"),
        {"n": 50, "p_value": 0.001, "mean_diff": 0.4},
    )
    assert d["promote"] is False and d["awaiting_approval"] is True


def test_a_tie_is_called_a_tie():
    d = decide_promotion(
        _v("2", 0.5), _v("1", 0.5), True, PromotionConfig(), {"n": 50, "p_value": 1.0, "mean_diff": 0.0}
    )
    assert (
        d["promote"] is False
        and d["tie"] is True
        and d["reason"].startswith("a tie: pass_at_1 0.5000 equals")
    )
    assert "tie" not in decide_promotion(_v("2", 0.45), _v("1", 0.5), True, PromotionConfig(), None)


@pytest.mark.parametrize(
    "ours, theirs", [(float("nan"), 0.5), ("0.9", 0.5), (float("inf"), 0.5), (0.9, float("nan"))]
)
def test_a_metric_that_is_not_a_finite_number_is_never_promoted(ours, theirs):
    significant = {"n": 50, "p_value": 0.001, "mean_diff": 0.1}
    d = decide_promotion(_v("2", ours), _v("1", theirs), True, PromotionConfig(), significant)
    assert d["promote"] is False and "not a finite number" in d["reason"]
    if ours != ours:  # NaN beats nothing, even with no champion at all
        assert decide_promotion(_v("2", ours), None, True, PromotionConfig(), None)["promote"] is False


def test_two_missing_eval_set_hashes_are_not_equal():
    significant = {"n": 50, "p_value": 0.001, "mean_diff": 0.4}
    for a, b in ((None, None), ("", ""), ("h1", None)):
        d = decide_promotion(_v("2", 0.9, a), _v("1", 0.5, b), True, PromotionConfig(), significant)
        assert d["promote"] is False and "eval-set hash is missing" in d["reason"]


def test_an_approval_is_bound_to_the_champion_it_was_compared_with():
    from reasonrl.model_registry.promotion import approval_allowed

    assert approval_allowed("3", "3") is None and approval_allowed("none", None) is None
    assert "has changed" in approval_allowed("3", "4") and "now version 4" in approval_allowed("none", "4")
    assert "records no champion" in approval_allowed(None, "3")
