import pytest

from reasonrl.config.models import PromotionConfig
from reasonrl.registry.promotion import decide_promotion


def _v(version, acc, h="h1"):
    return {"version": version, "metrics": {"pass_at_1": acc}, "eval_set_hash": h}


@pytest.mark.parametrize("challenger,champion,gates,margin,promote", [
    (_v("2", 0.6), None, True, 0.0, True),
    (_v("2", 0.6), None, False, 0.0, False),
    (_v("2", 0.6), _v("1", 0.5), True, 0.0, True),
    (_v("2", 0.5), _v("1", 0.5), True, 0.0, False),        # a tie does not win
    (_v("2", 0.55), _v("1", 0.5), True, 0.1, False),       # not by the margin
    (_v("2", 0.9), _v("1", 0.5, "other"), True, 0.0, False),  # not comparable
    (_v("1", 0.5), _v("1", 0.5), True, 0.0, False),        # already champion
])
def test_decide_promotion(challenger, champion, gates, margin, promote):
    d = decide_promotion(challenger, champion, gates, PromotionConfig(min_margin=margin))
    assert d["promote"] is promote and d["reason"]
