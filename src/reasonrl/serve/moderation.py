"""A moderation model's answer in OpenAI's moderation schema.

The served model reads the content policy it was trained on (tasks.moderation: content policy,
worked exchanges, the message), reasons and answers greedily, as in evaluation. Per input:

    flagged          P(violating) at its answer >= the threshold chosen on the validation split at
                     registration (no threshold recorded: the label it answered)
    category_scores  P(violating) x P(rule | violating), each rule of the content policy read right after
                     "<answer>violating: " (eval.scores.label_distribution)
    categories       the rules its answer names, when flagged

plus reasonrl's fields: `label` (what it answered, None when unparseable), `violation_score`, and
with `include_reasoning` its completion.
"""

from __future__ import annotations

from reasonrl.errors import ConfigError


def moderation_prompts(loaded, texts: list[str]) -> list[str]:
    """The task's rendered prompt for each input under the served model's content policy."""
    from reasonrl import tasks
    from reasonrl.data.filters.language import detect_language

    if not loaded.content_policy_path:
        raise ConfigError(
            f"{loaded.id} was not registered with a content policy, so it cannot moderate",
            hint="serve a moderation model, or pass --policy pipelines/policies/moderation/<file>.yaml",
        )
    task = tasks.get("moderation")
    return [
        task.render(
            {
                "id": str(i),
                "question": t,
                "policy": loaded.content_policy_path,
                "language": detect_language(t, min_chars=12) or "unknown",
            },
            loaded.tok,
        )
        for i, t in enumerate(texts)
    ]


def moderation_results(
    loaded, prompts: list[str], completions: list[str], include_reasoning: bool
) -> list[dict]:
    """OpenAI moderation results for completions the model wrote for `prompts`."""
    from reasonrl.eval.scores import label_distribution
    from reasonrl.tasks.moderation import load_content_policy, predicted_label
    from reasonrl.verify.labels import answer_categories, normalise_label

    content_policy = load_content_policy(loaded.content_policy_path)
    v, a = content_policy.labels.violating, content_policy.labels.allowed
    rules = [r.id for r in content_policy.rules]
    violating = [
        d[0]
        for d in label_distribution(loaded.model, loaded.tok, prompts, completions, [(v, a)] * len(prompts))
    ]
    which = (
        label_distribution(
            loaded.model,
            loaded.tok,
            prompts,
            completions,
            [tuple(rules)] * len(prompts),
            after_answer=f"{v}: ",
        )
        if len(rules) > 1
        else [[1.0]] * len(prompts)
    )
    out = []
    for completion, p, dist in zip(completions, violating, which, strict=True):
        label = predicted_label(completion, content_policy)
        flagged = p >= loaded.threshold if loaded.threshold is not None else label == v
        named = {normalise_label(c) for c in answer_categories(completion)} if flagged else set()
        result = {
            "flagged": flagged,
            "categories": {r: normalise_label(r) in named for r in rules},
            "category_scores": {r: p * q for r, q in zip(rules, dist, strict=True)},
            "category_applied_input_types": {r: ["text"] for r in rules},
            "label": label,
            "violation_score": p,
        }
        if include_reasoning:
            result["reasoning"] = completion
        out.append(result)
    return out
