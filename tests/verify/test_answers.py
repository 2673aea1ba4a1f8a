"""Hedge-proof answers: a final answer offering several candidates where the gold is one value
scores 0 (math, arithmetic, labels), while honest answers of every shape keep their credit."""

import pytest

from reasonrl import rewards, tasks
from reasonrl.verify.answers import boxed_contents, count_alternatives, offers_alternatives

math_reward, label_reward = rewards.get("math"), rewards.get("label")

HEDGES = [  # (completion, gold): all but the set and the sentence scored 1.0 before the hedge check
    ("<answer>\\pm 2</answer>", "2"),
    ("<answer>2; 3</answer>", "3"),
    ("<answer>3 and 4</answer>", "4"),
    ("<answer>either 7 or 8</answer>", "8"),
    ("<answer>2 \\text{ or } 3</answer>", "3"),
    ("\\boxed{2} or \\boxed{3}", "3"),
    ("<answer>3</answer><answer>2</answer>", "2"),
    ("<answer>x = 1 \\lor x = 2</answer>", "2"),
    ("<answer>\\{1, 2, 3, 4, 5\\}</answer>", "3"),
    ("<answer>1, 2, 3</answer>", "3"),
    ("So the answer is 5 or 6", "6"),
]
HONEST = [  # (completion, gold, score)
    ("<answer>3</answer>", "3", 1.0),
    ("<answer>1,000</answer>", "1000", 1.0),
    ("<answer>-2, 1</answer>", "-2,1", 1.0),          # a list gold: as many alternatives as the gold
    ("<answer>(1, 2)</answer>", "(1,2)", 1.0),
    ("<answer>\\{1, 2\\}</answer>", "\\{1,2\\}", 1.0),
    ("<answer>\\pm 2</answer>", "\\pm 2", 1.0),
    ("<answer>\\frac{1}{2}</answer>", "0.5", 1.0),
    ("<answer>3</answer> wait, <answer>3</answer>", "3", 1.0),  # repeating one answer is not a hedge
    ("I tried 3, then 4, and 5.\n#### 6", "6", 1.0),  # numbers in the reasoning are not alternatives
    ("<answer>4</answer>", "3", 0.0),
]


@pytest.mark.parametrize("completion,gold", HEDGES)
def test_hedged_math_answers_score_zero(completion, gold):
    assert offers_alternatives(completion, gold)
    assert math_reward([completion], answer=[gold]) == [0.0]


@pytest.mark.parametrize("completion,gold,score", HONEST)
def test_honest_math_answers_keep_their_credit(completion, gold, score):
    assert math_reward([completion], answer=[gold]) == [score]


def test_arithmetic_refuses_two_answer_blocks():
    grade = tasks.get("arithmetic").grade
    assert grade("<think>..</think><answer>42</answer>", "42") == 1.0
    assert grade("<answer>41</answer><answer>42</answer>", "42") == 0.0


LABELS = [  # (answer text, gold, aliases) in every shipped language, non-Latin scripts included
    ("hateful", "hateful", {}),
    ("Hassend", "hateful", {"hateful": ["hassend"]}),
    ("haineux", "hateful", {"hateful": ["haineux"]}),
    ("odioso", "hateful", {"hateful": ["odioso"]}),
    ("haatdragend", "hateful", {"hateful": ["haatdragend"]}),
    ("بغيض", "hateful", {"hateful": ["بغيض"]}),
    ("仇恨", "hateful", {"hateful": ["仇恨"]}),
    ("ＨＡＴＥＦＵＬ", "hateful", {}),          # fullwidth
]


@pytest.mark.parametrize("answer,gold,aliases", LABELS)
def test_labels_in_every_script_and_their_hedges(answer, gold, aliases):
    table = {"hateful": aliases.get("hateful", []) + ["hateful"], "non-hateful": ["non-hateful"]}
    assert label_reward([f"<answer>{answer}</answer>"], answer=[gold], aliases=[table]) == [1.0]
    hedges = [f"<answer>{answer}</answer><answer>non-hateful</answer>",
              f"<answer>non-hateful</answer><answer>{answer}</answer>",
              f"<answer>{answer} or non-hateful</answer>", f"<answer>{answer} / non-hateful</answer>",
              f"<answer>{answer}, non-hateful</answer>"]
    assert label_reward(hedges, answer=[gold] * 5, aliases=[table] * 5) == [0.0] * 5


def test_counting_alternatives():
    assert [count_alternatives(t) for t in ("3", "1,234,567", "f(x, y)", "[1, 10]", "\\frac{3}{4}, 5", "x \\in \\{2,3\\}")] \
        == [1, 1, 1, 1, 2, 2]
    assert boxed_contents("a \\boxed{\\frac{1}{2}} b \\boxed{3}") == ["\\frac{1}{2}", "3"]
