"""The format reward pays one think block then one answer block, and nothing a policy can pad."""

import pytest

from reasonrl import rewards


def _format(text: str) -> float:
    return rewards.get("format")([text])[0]


@pytest.mark.parametrize(
    "text",
    [
        "<think>7 x 6</think> <answer>42</answer>",
        "<think></think> <answer>non-hateful</answer>",  # the SFT target's empty thought
        "  <think>a\nb</think>\n<answer>hateful: H1</answer>\n",
        "<think>2 < 3 and a<b></think><answer>x</answer>",  # a '<' that is not a tag
    ],
)
def test_format_pays_one_think_then_one_answer(text):
    assert _format(text) == 1.0


@pytest.mark.parametrize(
    "text",
    [
        # found by a reward-hacking review: the lazy body ran across the blocks
        "<think>x</think><answer>hateful</answer> ANY TEXT <answer>hateful</answer>",
        "<think><answer>hateful</answer></think><answer>non-hateful</answer>",
        "<think>x</think><answer>a</answer><answer>b</answer>",
        "<think>x</think><think>y</think><answer>a</answer>",
        "<think>x</think><answer><think>y</think>a</answer>",
        "<think>x</think><answer></answer>",  # no answer at all
        "<answer>42</answer>",
        "<think>x</think> 42",
        "<think>x</think><answer>42</answer> and more",
    ],
)
def test_format_refuses_repeated_nested_or_missing_blocks(text):
    assert _format(text) == 0.0


def test_accuracy_reads_a_classifier_under_the_records_own_policy():
    oai = "pipelines/policies/moderation/openai-moderation-v1.yaml"
    hate = "pipelines/policies/moderation/hate-speech-v1.yaml"
    said = ["<think>x</think> <answer>unsafe</answer>", "<think>x</think> <answer>ok</answer>"]
    got = rewards.get("accuracy")(
        said + said[:1],
        answer=["flagged", "safe", "hateful"],
        task=["moderation"] * 3,
        policy=[oai, oai, hate],
    )
    assert got == [1.0, 1.0, 0.0]  # `unsafe` is an alias of `flagged` under OpenAI's policy only
    assert rewards.get("accuracy")(["<answer>42</answer>"], answer=["42"], task=["arithmetic"]) == [1.0]
