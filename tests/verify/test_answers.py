"""Hedge-proof answers: a final answer offering several candidates where the gold is one value
scores 0 (math, arithmetic, labels), while honest answers of every shape keep their credit."""

import gzip
import json
from pathlib import Path

import pytest

from reasonrl import rewards, tasks
from reasonrl.verify.answers import boxed_contents, count_alternatives, offers_alternatives
from tests.verify import hedge_suite as blind

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
    ("<answer>-2, 1</answer>", "-2,1", 1.0),  # a list gold: as many alternatives as the gold
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
    ("ＨＡＴＥＦＵＬ", "hateful", {}),  # fullwidth
]


@pytest.mark.parametrize("answer,gold,aliases", LABELS)
def test_labels_in_every_script_and_their_hedges(answer, gold, aliases):
    table = {"hateful": aliases.get("hateful", []) + ["hateful"], "non-hateful": ["non-hateful"]}
    assert label_reward([f"<answer>{answer}</answer>"], answer=[gold], aliases=[table]) == [1.0]
    hedges = [
        f"<answer>{answer}</answer><answer>non-hateful</answer>",
        f"<answer>non-hateful</answer><answer>{answer}</answer>",
        f"<answer>{answer} or non-hateful</answer>",
        f"<answer>{answer} / non-hateful</answer>",
        f"<answer>{answer}, non-hateful</answer>",
    ]
    assert label_reward(hedges, answer=[gold] * 5, aliases=[table] * 5) == [0.0] * 5


def test_counting_alternatives():
    assert [
        count_alternatives(t)
        for t in (
            "3",
            "1,234,567",
            "f(x, y)",
            "[1, 10]",
            "\\frac{3}{4}, 5",
            "x \\in \\{2,3\\}",
            "11,\\! 111",
            "41 (or 42)",
            "x = 3",
            "\\{41, 42\\}",
            "41 | 42",
        )
    ] == [1, 1, 1, 1, 2, 2, 1, 2, 1, 2, 2]
    assert count_alternatives("1,5") == 2 and count_alternatives("1,5", decimal_comma=True) == 1
    assert boxed_contents("a \\boxed{\\frac{1}{2}} b \\boxed{3}") == ["\\frac{1}{2}", "3"]


def test_the_blind_hedge_suite():
    """A suite written by someone who had not read the rule (tests/verify/hedge_suite.py): 96
    hedges in shapes of their choosing earn nothing, 60 honest answers keep exactly their credit.
    The previous rule paid 14 of the hedges and mis-scored 9 of the honest answers."""
    assert len(blind.HEDGES) >= 90 and len(blind.HONEST) >= 60
    paid = math_reward([c for c, _ in blind.HEDGES], answer=[g for _, g in blind.HEDGES])
    assert sum(paid) == 0, [c for (c, _), s in zip(blind.HEDGES, paid, strict=True) if s]
    got = math_reward([c for c, _, _ in blind.HONEST], answer=[g for _, g, _ in blind.HONEST])
    assert got == [e for _, _, e in blind.HONEST], [
        (c, e) for (c, _, e), s in zip(blind.HONEST, got, strict=True) if s != e
    ]


def _math_verify_cases() -> list[dict]:
    with gzip.open(
        Path(__file__).parents[1] / "data" / "math_verify_cases.json.gz", "rt", encoding="utf-8"
    ) as fh:
        return json.load(fh)["cases"]


def test_the_hedge_rule_refuses_no_honest_math_verify_case():
    """Math-Verify's own comparison cases (269, vendored from its tests): none it expects to match
    is refused as a hedge (several boxes for a multi-part gold, `11,\\! 111`, `14{,}916`, `6 and 8`
    for a two-value gold, values boxed in the reasoning before the final answer). The previous
    rule refused 22 of them."""
    refused = [c for c in _math_verify_cases() if c["expected"] and offers_alternatives(c["pred"], c["gold"])]
    assert refused == []


def _default_setting(case: dict) -> bool:
    """Cases Math-Verify tests under its default comparison (the one this grader uses), not under
    `expr`-only, `latex`-only, precision 2, strict=False or set-relation settings."""
    cfg = case["config"]
    return cfg.get("helper", "").startswith("verify(") or (
        sorted(cfg.get("match_types", [])) == ["expr", "latex"]
        and cfg.get("precision") == 6
        and cfg.get("strict")
        and not cfg.get("allow_set_relation_comp")
    )


def test_agreement_with_math_verify_on_its_own_cases():
    """The grader (hedge rule + fast path + Math-Verify) agrees with Math-Verify's expected
    verdicts on >= 0.97 of the cases tested under its default setting (measured 148 of 149; the
    rule before this one: 125) and on >= 0.95 of all 269 (measured 260; every miss is a case
    written for another setting, or `1 - 1/e` vs `1 + 1/e`, which its own test expects to match)."""
    cases = _math_verify_cases()
    got = math_reward([c["pred"] for c in cases], answer=[c["gold"] for c in cases])
    agree = [s == c["expected"] for s, c in zip(got, cases, strict=True)]
    default = [a for a, c in zip(agree, cases, strict=True) if _default_setting(c)]
    assert sum(default) / len(default) >= 0.97 and len(default) > 100, (sum(default), len(default))
    assert sum(agree) / len(agree) >= 0.95, sum(agree)
