import pytest

from reasonrl import rewards


@pytest.mark.parametrize(
    "completion,gold,aliases,score",
    [
        ("<answer>hateful</answer>", "hateful", None, 1.0),
        ("<answer> HATEFUL. </answer>", "hateful", None, 1.0),
        ("<think>..</think><answer>non-hateful</answer>", "non-hateful", None, 1.0),
        ("<answer>non hateful</answer>", "non-hateful", None, 1.0),
        ("<answer>hateful</answer>", "non-hateful", None, 0.0),
        ("<answer>hassend</answer>", "hateful", {"hateful": ["hassend", "haineux"]}, 1.0),
        ("<answer>HAINEUX</answer>", "hateful", {"hateful": ["hassend", "haineux"]}, 1.0),
        ("<answer>仇恨</answer>", "hateful", {"hateful": ["仇恨"]}, 1.0),
        ("<answer>ｈａｔｅｆｕｌ</answer>", "hateful", None, 1.0),
        ("Verdict:\nhateful", "hateful", None, 1.0),
        ("", "hateful", None, 0.0),
    ],
)
def test_label_reward(completion, gold, aliases, score):
    assert rewards.get("label")([completion], answer=[gold], aliases=[aliases] if aliases else None) == [
        score
    ]


def test_cosine_length_prefers_short_correct_and_long_wrong():
    f = rewards.get("cosine_length")
    short_ok, long_ok, short_bad, long_bad = f(
        [""] * 4, correct=[1, 1, 0, 0], lengths=[0, 100, 0, 100], max_new_tokens=100
    )
    assert (short_ok, long_ok, short_bad, long_bad) == pytest.approx((1.0, 0.5, -0.5, -1.0))
    mid = f([""], correct=[1], lengths=[50], max_new_tokens=100)[0]
    assert mid == pytest.approx(0.75)


def test_kimi_length_penalty_per_group():
    out = rewards.get("kimi_length")(
        [""] * 6, correct=[1, 1, 0, 1, 1, 1], lengths=[10, 30, 20, 5, 5, 5], group_size=3
    )
    assert out[:3] == pytest.approx([0.5, -0.5, 0.0]) and out[3:] == [0.0, 0.0, 0.0]


@pytest.mark.parametrize("length,score", [(10, 0.0), (84, 0.0), (92, -0.5), (100, -1.0), (120, -1.0)])
def test_soft_overlong(length, score):
    assert rewards.get("overlong")([""], lengths=[length], max_new_tokens=100, cache=16) == [
        pytest.approx(score)
    ]


def test_repetition_penalty():
    f = rewards.get("repetition")
    assert f(["a b c d e f"]) == [0.0]
    assert f(["go go go go go go"])[0] == pytest.approx(-0.75)


def test_language_consistency():
    f = rewards.get("language_consistency")
    en = (
        "<think>First I read the question carefully. Then I count the apples in the basket.</think>"
        "<answer>3</answer>"
    )
    mixed = (
        "<think>First I read the question carefully. Dann zähle ich die Äpfel im Korb sehr genau.</think>"
        "<answer>3</answer>"
    )
    assert f([en, mixed], language=["en", "en"]) == [1.0, 0.5]
    assert f(["<think>12+3</think>"], language=["en"]) == [0.0]


def test_language_consistency_does_not_pay_the_message_copied_back():
    """A thought that quotes the message earns nothing for it (found by a reward-hacking review:
    copying a German message into <think> scored 1.0); its own sentences still count."""
    f = rewards.get("language_consistency")
    message = "Ich hasse alle Menschen, die anders sind als wir."
    prompt = f"<|im_start|>user\nMessage (de): {message}\n\nIs this message hateful?<|im_end|>"
    copied = f"<think>{message}</think> <answer>hateful</answer>"
    reason = "Die Nachricht greift eine ganze Gruppe von Menschen an."
    own = f"<think>{message} {reason}</think> <answer>hateful</answer>"
    assert f([copied], language=["de"]) == [1.0]  # without the prompt: no way to tell
    assert f([copied, own], language=["de", "de"], prompt=[prompt, prompt]) == [0.0, 1.0]


def test_schedules_and_params_in_the_composition():
    from reasonrl.config.models import RewardTerm
    from reasonrl.rewards.base import compose, weight_at

    lin = RewardTerm(name="format", weight=1.0, schedule="linear", start_weight=0.0)
    cos = RewardTerm(name="format", weight=1.0, schedule="cosine", start_weight=0.0)
    warm = RewardTerm(name="format", weight=2.0, schedule="warmup", warmup_steps=4)
    assert [weight_at(lin, s, 5) for s in range(5)] == pytest.approx([0, 0.25, 0.5, 0.75, 1.0])
    assert weight_at(cos, 0, 5) == pytest.approx(0.0) and weight_at(cos, 2, 5) == pytest.approx(0.5)
    assert [weight_at(warm, s, 10) for s in (0, 1, 3, 9)] == pytest.approx([0.5, 1.0, 2.0, 2.0])
    terms = [
        RewardTerm(name="overlong", weight=1.0, params={"max_new_tokens": 10, "cache": 4}),
        RewardTerm(name="format", weight=0.5),
    ]
    total, parts = compose(terms, ["<think></think><answer>1</answer>"], lengths=[8])
    assert parts == {"overlong": [-0.5], "format": [1.0]} and total == [0.0]


def test_hacking_monitor_and_wilson_interval():
    from reasonrl.reward_model.train import wilson_interval
    from reasonrl.rewards.monitor import hacking_stats

    stats = hacking_stats([0.1, 0.9, 0.2, 0.95, 0.8], [0.0, 1.0, 0.0, 0.0, 1.0])
    assert stats["flagged"] == [3] and stats["agreement"] == pytest.approx(0.6)  # idx 3 and 4 disagree
    lo, hi = wilson_interval(60, 100)
    assert lo == pytest.approx(0.502, abs=1e-3) and hi == pytest.approx(0.691, abs=1e-3)


def test_running_norm_matches_batch_statistics_and_roundtrips():
    import statistics

    from reasonrl.rewards.normalize import RunningNorm

    norm, xs = RunningNorm(), [0.0, 1.0, 1.0, 0.5, 2.0, 0.0]
    norm.update(xs[:3])
    out = norm(xs[3:])
    assert norm.mean == pytest.approx(statistics.mean(xs)) and norm.std == pytest.approx(statistics.stdev(xs))
    assert out[0] == pytest.approx((0.5 - norm.mean) / (norm.std + 1e-6))
    assert RunningNorm.from_state(norm.state()) == norm


def test_tag_count_pays_a_quarter_per_tag_written_once():
    from reasonrl.rewards import get

    got = get("tag_count")(
        [
            "<think>a</think><answer>1</answer>",
            "<think>a</think> 1",
            "The answer is 1",
            "<answer>1</answer><answer>2</answer>",
        ]
    )
    assert got == [1.0, 0.5, 0.0, 0.0]  # repeated tags earn nothing: no paying for spam
