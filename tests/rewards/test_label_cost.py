"""The moderation label reward as a cost matrix (issue 22): on balanced labels a constant answer
earns what a coin earns, hedges and missing labels are never better than a wrong label, and the
per-step label metrics show a collapse."""

import itertools
import random

import pytest

from reasonrl import rewards
from reasonrl.rl.sampling import label_metrics

CONTENT_POLICY = "pipelines/policies/moderation/hate-speech-v1.yaml"
V, A = "hateful", "non-hateful"
PRICED = {"fp_cost": 1.0, "fn_cost": 1.0}


def _say(label):
    return f"<think>x</think> <answer>{label}</answer>" if label else "<think>no idea</think>"


def _reward(said, gold, **params):
    return rewards.get("policy_label")(
        [_say(s) for s in said], answer=gold, policy=[CONTENT_POLICY] * len(gold), **params
    )


def test_a_constant_answer_earns_no_more_than_chance_on_balanced_labels():
    gold = [V, A] * 50
    rng = random.Random(0)
    coin = [rng.choice([V, A]) for _ in gold]
    for const in (V, A):
        assert sum(_reward([const] * len(gold), gold, **PRICED)) / len(gold) == 0.0  # a coin's expectation
        assert abs(sum(_reward(coin, gold, **PRICED)) / len(gold)) < 0.25
        assert sum(_reward([const] * len(gold), gold)) / len(gold) == 0.5  # unpriced 0/1: half for nothing
    assert sum(_reward(gold, gold, **PRICED)) / len(gold) == 1.0


def test_the_matrix_prices_each_cell_and_class_weights_scale_the_gold_class():
    got = _reward(
        [V, A, V, A, None, f"{V} or {A}"], [V, A, A, V, V, A], tp=2.0, tn=1.0, fp_cost=0.5, fn_cost=3.0
    )
    assert got == [2.0, 1.0, -0.5, -3.0, -3.0, -3.0]  # TP, TN, FP, FN, no label, a hedge
    weighted = _reward([A, V], [A, A], fp_cost=1.0, class_weights={"allowed": 0.25})
    assert weighted == [0.25, -0.25]
    assert _reward([None], [V], fp_cost=1.0, fn_cost=2.0, unparseable_cost=5.0) == [-5.0]


def test_label_metrics_show_a_collapse_and_the_reward_per_gold_label():
    recs = [
        {"id": str(i), "answer": V if i % 2 else A, "policy": CONTENT_POLICY, "task": "moderation"}
        for i in range(8)
    ]
    said = [V] * 7 + [None]
    got = label_metrics(
        "moderation", recs, [_say(s) for s in said], [1.0 if r["answer"] == V else -1.0 for r in recs]
    )
    assert (
        got["labels/share/hateful"] == got["labels/max_share"] == 7 / 8
        and got["labels/share/unparseable"] == 1 / 8
    )
    assert got["labels/reward/hateful"] == 1.0 and got["labels/reward/non-hateful"] == -1.0
    assert label_metrics("arithmetic", [{"id": "1", "answer": "2"}], ["2"], [1.0]) == {}  # not a classifier


def test_the_group_mode_shows_a_greedy_collapse_the_rollout_share_hides():
    """Two groups of 4: 3 of 4 rollouts say `hateful` in each (75% of rollouts, under a 0.9 line),
    but both groups' modal answer is `hateful` (100%); a tied group counts for no label."""
    recs = [
        {"id": str(i // 4), "answer": V, "policy": CONTENT_POLICY, "task": "moderation"} for i in range(8)
    ]
    said = [V, V, V, A, A, V, V, V]
    got = label_metrics("moderation", recs, [_say(s) for s in said], [0.0] * 8, group=4)
    assert got["labels/max_share"] == 0.75 and got["labels/mode_max_share"] == 1.0
    assert got["labels/mode/non-hateful"] == 0.0
    tied = label_metrics("moderation", recs[:4], [_say(s) for s in (V, V, A, A)], [0.0] * 4, group=4)
    assert tied["labels/mode/hateful"] == tied["labels/mode/non-hateful"] == 0.0


def _balance(said, gold):
    return rewards.get("label_balance")(
        [_say(s) for s in said], answer=gold, policy=[CONTENT_POLICY] * len(gold)
    )


def test_label_balance_pulls_a_skewed_prior_back_and_is_zero_at_matched_shares():
    gold = [V, A] * 5
    skewed = _balance([V] * 8 + [A] * 2, gold)  # 80% violating said on a balanced batch
    assert skewed == pytest.approx([0.5 - 0.8] * 8 + [0.5 - 0.2] * 2)
    assert _balance([A, V] * 5, gold) == [0.0] * 10  # matched shares: nothing, right or wrong
    assert _balance([None, None], [V, A]) == [0.0, 0.0]  # nothing said: no prior to pull


def test_label_balance_never_pays_a_hedge_more_than_a_wrong_label():
    """An unparseable answer (a hedge, `<answer>?</answer>`) earns the lower label's value, so in a
    batch that over-says one label it cannot beat the wrong label it stands in for: at 0 it did
    (60 of 64 said violating, the hedges beat `violating` on allowed items by 0.5)."""
    assert _balance([None, V], [V, A]) == pytest.approx([-0.5, -0.5])
    for said in itertools.product([V, A, None], repeat=6):
        if all(x is None for x in said):
            continue
        gold = [V, A, V, A, A, A]
        bal = _balance(list(said), gold)
        named = [b for b, x in zip(bal, said, strict=True) if x is not None]  # a label not said earns >= 0
        hedges = [b for b, x in zip(bal, said, strict=True) if x is None]
        assert all(h <= min(0.0, *named) + 1e-12 for h in hedges)


def test_label_balance_never_makes_a_wrong_label_pay_more_than_a_right_one():
    """Within a group (one prompt, one gold label) a right answer minus a wrong one stays positive
    with the balance term added at weight 1, however skewed the batch."""
    for k in range(1, 10):  # k of 10 said violating
        said = [V] * k + [A] * (10 - k)
        bal = _balance(said, [V] * 5 + [A] * 5)
        says_v, says_a = bal[0], bal[-1]  # what naming each label earns in this batch
        right, wrong = _reward([V, A], [V, V], **PRICED)  # on a violating item
        assert (right + says_v) - (wrong + says_a) > 0
        right, wrong = _reward([A, V], [A, A], **PRICED)  # on an allowed item
        assert (right + says_a) - (wrong + says_v) > 0
