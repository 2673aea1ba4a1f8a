"""Reward terms for policy-conditioned moderation (tasks.moderation). With `policy_label` (the verifier),
`format`, `language_consistency` and `kimi_length`/`cosine_length` they make the reward of Meta's
"Scaling RL for Content Moderation" (accuracy + format + length, policy in the prompt)."""

from __future__ import annotations

from reasonrl.rewards.base import REWARDS
from reasonrl.tasks.moderation import DEFAULT_POLICY, lenient_label, load_policy, predicted_label
from reasonrl.verify.labels import answer_categories, normalise_label


@REWARDS.register("over_flagging")
def over_flagging(completions: list[str], answer: list[str], policy: list[str] | None = None,
                  cost: float = 1.0, **_) -> list[float]:
    """-cost when benign content (gold: the policy's allowed label) is flagged as violating, else 0:
    a false positive costs the product too (removed speech, eroded trust), so it is priced on its
    own rather than as just another wrong answer. Missed violations are the label reward's job."""
    out = []
    for i, (completion, gold) in enumerate(zip(completions, answer, strict=True)):
        pol = load_policy((policy[i] if policy else None) or DEFAULT_POLICY)
        flagged = predicted_label(completion, pol) == pol.labels.violating
        out.append(-cost if gold == pol.labels.allowed and flagged else 0.0)
    return out


@REWARDS.register("policy_label")
def policy_label(completions: list[str], answer: list[str], policy: list[str] | None = None,
                 categories: list[list[str]] | None = None, unknown_categories: list[list[str]] | None = None,
                 category_weight: float = 0.25, lenient: bool = False, **_) -> list[float]:
    """The label reward under each record's policy: 1.0 for the gold label or one of the policy's
    aliases in any language, 0 otherwise (hedges too), with category credit (Meta's rubric term,
    "Scaling RL for Content Moderation"): a right label keeps 1 - category_weight and earns the
    rest by the Jaccard overlap of the categories it names ("hateful: threat") with the gold ones;
    on allowed content, naming no category is the full answer. Categories the data leaves unknown
    (OpenAI's missing keys) are neither rewarded nor penalised. `lenient` reads an untagged answer
    by the label it mentions last (tasks.moderation.lenient_label): a bridge for a model that has
    not learned the format yet, to be paired with a format term; evaluation stays strict."""
    out = []
    for i, (completion, gold) in enumerate(zip(completions, answer, strict=True)):
        pol = load_policy((policy[i] if policy else None) or DEFAULT_POLICY)
        if (lenient_label if lenient else predicted_label)(completion, pol) != gold:
            out.append(0.0)
            continue
        if categories is None or categories[i] is None:
            out.append(1.0)  # the data has no categories: the label is the whole answer
            continue
        unknown = {normalise_label(c) for c in (unknown_categories[i] if unknown_categories else None) or []}
        named = answer_categories(completion) - unknown
        truth = {normalise_label(c) for c in categories[i]} - unknown
        overlap = len(named & truth) / len(named | truth) if named | truth else 1.0
        out.append(1.0 - category_weight + category_weight * overlap)
    return out
