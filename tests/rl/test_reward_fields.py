"""Reward terms get the record fields they declare: the label and language-consistency rewards are
usable as RL terms on a task whose records carry those fields, and a recipe naming a term whose
fields nobody supplies fails before training, naming the term and the field."""

import pytest

from reasonrl.config.models import RewardTerm, RLRun
from reasonrl.errors import ConfigError, DataError
from reasonrl.generation.base import Rollout
from reasonrl.rl.sampling import check_reward_fields, record_fields, score

RECORDS = [
    {
        "id": "de-1",
        "question": "Ich hasse euch alle.",
        "answer": "hateful",
        "language": "de",
        "subject": "derog",
    },
    {
        "id": "ar-1",
        "question": "أنا أحب جيراني.",
        "answer": "non-hateful",
        "language": "ar",
        "subject": "counter",
    },
    {
        "id": "zh-1",
        "question": "我讨厌所有这些人。",
        "answer": "hateful",
        "language": "zh",
        "subject": "derog",
    },
]
COMPLETIONS = [
    (
        "<think>Die Nachricht greift eine ganze Gruppe an und ist deshalb klar hasserfüllt.</think>"
        "<answer>hateful</answer>"
    ),
    "<think>الرسالة تعبر عن المحبة للجيران وليست مسيئة لأي مجموعة.</think><answer>hateful</answer>",
    "<think>这条消息表达了对一群人的仇恨，因此属于仇恨言论。</think><answer>hateful</answer>",
]


def _rollouts():
    return [
        Rollout(i, r["question"], [1], c, [1, 2], False)
        for i, (r, c) in enumerate(zip(RECORDS, COMPLETIONS, strict=True))
    ]


def test_label_and_language_terms_train_on_a_task_that_carries_the_fields():
    cfg = RLRun(
        task="hatecheck",
        group_size=2,
        rewards=[RewardTerm(name="label"), RewardTerm(name="language_consistency", weight=0.5)],
    )
    check_reward_fields(cfg)
    assert record_fields(cfg.rewards[1], "hatecheck") == (["language"], [])
    total, parts = score(cfg, _rollouts(), RECORDS)
    assert parts["label"] == [1.0, 0.0, 1.0]  # the Arabic row's gold is non-hateful
    assert all(
        x > 0.5 for x in parts["language_consistency"]
    )  # German, Arabic, Mandarin reasoning in its own language
    assert total.tolist() == pytest.approx(
        [a + 0.5 * b for a, b in zip(parts["label"], parts["language_consistency"], strict=True)]
    )


def test_reasoning_in_another_language_loses_the_consistency_reward():
    cfg = RLRun(task="hatecheck", group_size=2, rewards=[RewardTerm(name="language_consistency")])
    english = [
        Rollout(
            0,
            "",
            [1],
            "<think>This message attacks a whole group of people, so it is hateful.</think>"
            "<answer>hateful</answer>",
            [1],
            False,
        )
    ]
    _, parts = score(cfg, english, RECORDS[:1])
    assert parts["language_consistency"] == [0.0]


def test_a_term_whose_fields_nobody_supplies_fails_before_training():
    cfg = RLRun(
        task="arithmetic", rewards=[RewardTerm(name="accuracy"), RewardTerm(name="language_consistency")]
    )
    with pytest.raises(
        ConfigError, match=r"'language_consistency' needs the field\(s\) \['language'\]"
    ) as err:
        check_reward_fields(cfg)
    assert "arithmetic" in str(err.value) and err.value.hint
    check_reward_fields(
        RLRun(
            task="arithmetic", rewards=[RewardTerm(name="language_consistency", params={"language": ["en"]})]
        )
    )


def test_a_record_lacking_a_required_field_is_named():
    cfg = RLRun(task="hatecheck", group_size=2, rewards=[RewardTerm(name="language_consistency")])
    records = [dict(RECORDS[0]), {k: v for k, v in RECORDS[1].items() if k != "language"}]
    with pytest.raises(DataError, match=r"'language'.*\['ar-1'\]"):
        score(cfg, _rollouts()[:2], records)


def test_preflight_names_the_term_and_the_field(tiny_recipe):
    from reasonrl.orchestration.preflight import problems

    bad = tiny_recipe.model_copy(
        update={
            "rl": tiny_recipe.rl.model_copy(update={"rewards": [RewardTerm(name="language_consistency")]})
        }
    )
    found = dict(problems(bad))
    assert "['language']" in found["rl.rewards[0] (language_consistency)"]
    good = bad.model_copy(update={"task": "hatecheck"})
    assert "rl.rewards[0] (language_consistency)" not in dict(problems(good))
