"""Which prompts a step draws (issue 22): balanced over a record field, hard items replayed, the
state checkpointed; unbalanced sampling draws what it always drew."""

import random
from collections import Counter

import pytest

from reasonrl.errors import DataError
from reasonrl.rl.prompts import PromptSampler


def _records(n_pos=90, n_neg=10):
    return [{"id": f"h{i}", "answer": "hateful"} for i in range(n_pos)] + [
        {"id": f"n{i}", "answer": "non-hateful"} for i in range(n_neg)
    ]


def test_balanced_draws_give_each_label_its_share_whatever_the_prior():
    s = PromptSampler(_records(), seed=0, balance_by="answer")
    for step in range(20):
        drawn = s.next(8, step)
        assert Counter(r["answer"] for r in drawn) == {"hateful": 4, "non-hateful": 4}
    odd = Counter(r["answer"] for step in range(10) for r in s.next(3, step))
    assert odd == {"hateful": 15, "non-hateful": 15}  # the remainder slot rotates between strata
    plain = PromptSampler(_records(), seed=0)
    assert Counter(r["answer"] for r in plain.next(80))["hateful"] > 60  # without balance the prior rules


def test_unbalanced_sampling_draws_what_it_always_drew():
    """One stratum: the historical epoch shuffle (random.Random(seed + epoch)), so old runs replay."""
    recs = [{"id": f"p{i}"} for i in range(7)]
    s = PromptSampler(recs, seed=3)
    order = list(range(7))
    random.Random(3).shuffle(order)
    nxt = list(range(7))
    random.Random(4).shuffle(nxt)
    assert [r["id"] for r in s.next(10)] == [f"p{i}" for i in order + nxt[:3]]


def test_hard_items_come_back_until_answered_and_the_state_round_trips():
    s = PromptSampler(_records(10, 10), seed=1, balance_by="answer", hard_share=0.5, replay_after=2)
    first = s.next(4, step=0)
    wrong = first[0]["id"]
    s.note([(r["id"], 0.0 if r["id"] == wrong else 1.0) for r in first], step=0)
    assert s._due(1, 4) == [] == s._due(2, 4) and s._due(3, 4) == [wrong]  # due replay_after steps later
    s.next(4, step=1), s.next(4, step=2)
    due = s.next(4, step=3)
    assert [r["id"] for r in due].count(wrong) == 1
    assert Counter(r["answer"] for r in due) == {"hateful": 2, "non-hateful": 2}  # replay keeps the balance
    clone = PromptSampler(_records(10, 10), seed=1, balance_by="answer", hard_share=0.5, replay_after=2)
    clone.load(s.state())
    assert clone.next(6, step=5) == s.next(6, step=5)
    s.note([(wrong, 1.0)], step=5)  # now answered right: out of the replay table
    assert wrong not in s.hard


def test_a_balance_field_missing_in_a_record_is_a_data_error():
    with pytest.raises(DataError, match="'answer' is missing in 1 prompt record"):
        PromptSampler([{"id": "a", "answer": "x"}, {"id": "b"}], seed=0, balance_by="answer")
