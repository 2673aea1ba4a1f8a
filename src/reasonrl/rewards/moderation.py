"""Reward terms for content-policy-conditioned moderation (tasks.moderation). With `policy_label`
(the verifier), `format`, `language_consistency` and `kimi_length`/`cosine_length` they make the
reward of Meta's "Scaling RL for Content Moderation" (accuracy + format + length, content policy
in the prompt); `label_balance` holds the predicted-label prior to the batch's gold prior against
collapse. Each term takes the records' `policy` field (their content policy files) under that
name, `policy`."""

from __future__ import annotations

from reasonrl.errors import ConfigError
from reasonrl.rewards.base import REWARDS
from reasonrl.tasks.moderation import (
    DEFAULT_CONTENT_POLICY,
    lenient_label,
    load_content_policy,
    predicted_label,
)
from reasonrl.verify.labels import answer_categories, normalise_label


@REWARDS.register("over_flagging")
def over_flagging(
    completions: list[str], answer: list[str], policy: list[str] | None = None, cost: float = 1.0, **_
) -> list[float]:
    """-cost when benign content (gold: the content policy's allowed label) is flagged as violating, else 0:
    a false positive costs the product too (removed speech, eroded trust), so it is priced on its
    own rather than as just another wrong answer. Missed violations are the label reward's job."""
    out = []
    for i, (completion, gold) in enumerate(zip(completions, answer, strict=True)):
        content_policy = load_content_policy((policy[i] if policy else None) or DEFAULT_CONTENT_POLICY)
        flagged = predicted_label(completion, content_policy) == content_policy.labels.violating
        out.append(-cost if gold == content_policy.labels.allowed and flagged else 0.0)
    return out


@REWARDS.register("label_balance")
def label_balance(
    completions: list[str], answer: list[str], policy: list[str] | None = None, **_
) -> list[float]:
    """A restoring force on the predicted-label prior, over the scored batch (issue 22): a completion
    that names a label earns share_gold(role) - share_said(role), where role is violating/allowed
    under its record's content policy, share_gold the batch's share of gold labels in that role and
    share_said the share of parsed answers naming it; an unparseable answer or a hedge earns the
    lower of the two labels' values (<= 0), never more than a wrong label would.

    Why: when the policy cannot yet tell the classes apart, GRPO's push on the label prior is zero
    in expectation on a balanced batch, so the prior random-walks; once every sample of every group
    says one label, all groups tie and nothing pushes back (an absorbing state: the collapse the
    96-label studies fell into). This term makes the walk mean-reverting: at 80% `violating` on a
    balanced batch, the minority answer earns +0.3 and the majority -0.3; at matched shares it is 0,
    so it never rewards a label over a right one (weight <= 1 keeps right minus wrong positive) and
    only discrimination raises the total. The batch is the trainer's; no completion can move it.
    Unparseable at 0 would be a hack: where the batch over-says a label, naming it earns < 0, so a
    hedge (`<answer>?</answer>`) beat the wrong label in its group (a reward-hacking review)."""
    said, gold = [], []
    for i, (completion, g) in enumerate(zip(completions, answer, strict=True)):
        content_policy = load_content_policy((policy[i] if policy else None) or DEFAULT_CONTENT_POLICY)
        label = predicted_label(completion, content_policy)
        said.append(None if label is None else label == content_policy.labels.violating)
        gold.append(g == content_policy.labels.violating)
    parsed = [x for x in said if x is not None]
    if not parsed:
        return [0.0] * len(completions)
    share_gold = {True: sum(gold) / len(gold), False: 1 - sum(gold) / len(gold)}
    share_said = {True: sum(parsed) / len(parsed), False: 1 - sum(parsed) / len(parsed)}
    value = {x: share_gold[x] - share_said[x] for x in (True, False)}
    return [min(value.values()) if x is None else value[x] for x in said]


@REWARDS.register("policy_label")
def policy_label(
    completions: list[str],
    answer: list[str],
    policy: list[str] | None = None,
    categories: list[list[str]] | None = None,
    unknown_categories: list[list[str]] | None = None,
    category_weight: float = 0.25,
    lenient: bool = False,
    tp: float = 1.0,
    tn: float = 1.0,
    fp_cost: float = 0.0,
    fn_cost: float = 0.0,
    unparseable_cost: float | None = None,
    class_weights: dict[str, float] | None = None,
    **_,
) -> list[float]:
    """The label reward under each record's content policy, as a cost matrix over (gold, predicted):

        right violating (TP) -> tp,  right allowed (TN) -> tn,
        allowed flagged (FP) -> -fp_cost,  violating missed (FN) -> -fn_cost,
        no label or a hedge  -> -unparseable_cost (default max(fp_cost, fn_cost):
                                never better than a wrong label),

    times `class_weights[role]` of the gold label's role ("violating" / "allowed"). With the
    defaults (1, 1, 0, 0) it is the plain 0/1 label reward. With prices on both errors and labels
    drawn balanced (rl.sampler.balance_by: answer), a constant answer earns what a coin earns
    (tp = tn = fp_cost = fn_cost = 1: 0 on average), so the prior cannot be exploited.

    A right label keeps 1 - category_weight of its reward and earns the rest by the Jaccard overlap
    of the categories it names ("hateful: threat") with the gold ones (Meta's rubric term, "Scaling
    RL for Content Moderation"); on allowed content, naming no category is the full answer.
    Categories the data leaves unknown (OpenAI's missing keys) are neither rewarded nor penalised.
    `lenient` reads an untagged answer by the label it mentions last (tasks.moderation.lenient_label):
    a bridge for a model that has not learned the format yet; evaluation stays strict."""
    missing_cost = max(fp_cost, fn_cost) if unparseable_cost is None else unparseable_cost
    weights = class_weights or {}
    out = []
    for i, (completion, gold) in enumerate(zip(completions, answer, strict=True)):
        content_policy = load_content_policy((policy[i] if policy else None) or DEFAULT_CONTENT_POLICY)
        role = "violating" if gold == content_policy.labels.violating else "allowed"
        said = (lenient_label if lenient else predicted_label)(completion, content_policy)
        if said is None:
            value = -missing_cost
        elif said != gold:
            value = -(fn_cost if role == "violating" else fp_cost)
        else:
            value = (tp if role == "violating" else tn) * _category_credit(
                completion, i, categories, unknown_categories, category_weight
            )
        out.append(value * weights.get(role, 1.0))
    return out


def _category_credit(
    completion: str, i: int, categories, unknown_categories, category_weight: float
) -> float:
    """1 - w + w x Jaccard(named categories, gold categories), unknown ones left out; 1 without categories."""
    if categories is None or categories[i] is None:
        return 1.0  # the data has no categories: the label is the whole answer
    unknown = {normalise_label(c) for c in (unknown_categories[i] if unknown_categories else None) or []}
    named = answer_categories(completion) - unknown
    truth = {normalise_label(c) for c in categories[i]} - unknown
    overlap = len(named & truth) / len(named | truth) if named | truth else 1.0
    return 1.0 - category_weight + category_weight * overlap


@REWARDS.register("label_likelihood")
def label_likelihood(
    completions: list[str], gold_label_probability: list[float], rule: str = "brier", **_
) -> list[float]:
    """The policy's own probability p of the gold label after its reasoning, normalised over the
    item's labels: what a moderation endpoint thresholds. The trainer reads it from the policy
    with no gradient (rl.likelihood). `rule`: "brier" (default) pays 1 - (1 - p)^2, a proper
    scoring rule for two labels (the expected reward is highest when p is the true probability),
    so the label score stays a ranking, not a 0/1; "probability" pays p (RLPR, arXiv 2506.18254;
    VeriFree, arXiv 2505.21493), which is maximised by all mass on the likelier label. Both read
    only the gold label's p: proper for the two labels of a moderation policy, not for more.
    A completion without an answer block is read as if it had opened one after its reasoning: pair
    it with `format`. Unlike the sampled label's 0 or 1 it differs between a group's completions,
    and a model that puts the same mass on one label for every item earns a coin's expectation
    over balanced labels."""
    if len(gold_label_probability) != len(completions):
        raise ValueError(f"{len(gold_label_probability)} probabilities for {len(completions)} completions")
    if rule not in _RULES:
        raise ConfigError(f"label_likelihood: unknown rule {rule!r}", hint=f"one of {sorted(_RULES)}")
    return [_RULES[rule](float(p)) for p in gold_label_probability]


_RULES = {"probability": lambda p: p, "brier": lambda p: 1.0 - (1.0 - p) ** 2}
