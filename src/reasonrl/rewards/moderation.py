"""Reward terms for policy-conditioned moderation (tasks.moderation). With `label` (the verifier),
`format`, `language_consistency` and `kimi_length`/`cosine_length` they make the reward of Meta's
"Scaling RL for Content Moderation" (accuracy + format + length, policy in the prompt)."""

from __future__ import annotations

from reasonrl.rewards.base import REWARDS
from reasonrl.tasks.moderation import DEFAULT_POLICY, load_policy, predicted_label


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
