"""The policy-flip check (issue: "bring your own policy" must mean the content policy is read): turn
one rule of the content policy into an exemption, ask the same model about the same items under
the edited content policy, and measure whether decisions follow the edit on the items the rule covers
while the others stay put (eval.moderation.policy_flip_rate)."""

from __future__ import annotations

from pathlib import Path

import yaml

from reasonrl.config.models import EvalConfig
from reasonrl.errors import DataError
from reasonrl.eval.moderation import policy_flip_rate
from reasonrl.eval.runner import evaluate_model, select
from reasonrl.tasks.moderation import DEFAULT_CONTENT_POLICY, load_content_policy, predicted_label


def _chosen(records: list[dict], path: str, flip, seed: int) -> tuple[list[dict], list[dict]]:
    """(the records the rule covers, all chosen): up to half of `flip.limit` under the rule, the
    rest outside it stratified by answer, all under the content policy at `path`."""
    mine = [r for r in records if (r.get("policy") or DEFAULT_CONTENT_POLICY) == path]
    covered = select([r for r in mine if r.get("category") == flip.rule], flip.limit // 2, [], seed)
    if not covered:
        raise DataError(
            f"no test record falls under rule '{flip.rule}' of {path}: the policy-flip check would "
            "measure nothing",
            hint="choose a rule the test split covers (eval.policy_flip.rule)",
        )
    rest = [r for r in mine if r.get("category") != flip.rule]
    return covered, covered + select(rest, flip.limit - len(covered), ["answer"], seed)


def policy_flip_check(
    model,
    tokenizer,
    records: list[dict],
    cfg: EvalConfig,
    workdir: Path,
    seed: int = 0,
    progress: bool = True,
    engine: str = "hf",
) -> dict:
    """Evaluate `cfg.policy_flip.limit` records (half covered by the rule, half not, both labels)
    under the original and the edited content policy with the same seeds; the edited one is written
    to `workdir` (it is evidence). Returns policy_flip_rate's figures plus the rule and the content
    policy hashes."""
    flip = cfg.policy_flip
    paths = sorted({r.get("policy") or DEFAULT_CONTENT_POLICY for r in records})
    path = next(
        (p for p in paths if any(rule.id == flip.rule for rule in load_content_policy(p).rules)), paths[0]
    )
    # the records' content policy that has the rule (allow() names the rules if none)
    content_policy = load_content_policy(path)
    edited = content_policy.allow(flip.rule)
    covered, chosen = _chosen(records, path, flip, seed)
    workdir.mkdir(parents=True, exist_ok=True)
    edited_path = workdir / f"{edited.name}-v{edited.version}-allow-{flip.rule}.yaml"
    edited_path.write_text(
        yaml.safe_dump(edited.model_dump(mode="json"), sort_keys=False, allow_unicode=True)
    )
    one = cfg.model_copy(update={"limit": None, "stratify": [], "policy_flip": None})
    _, before = evaluate_model(model, tokenizer, chosen, one, "moderation", seed, progress, engine=engine)
    _, after = evaluate_model(
        model,
        tokenizer,
        [{**r, "policy": str(edited_path)} for r in chosen],
        one,
        "moderation",
        seed,
        progress,
        engine=engine,
    )
    ids = {r["id"] for r in covered}
    labels = (content_policy.labels.violating, content_policy.labels.allowed)
    rates = policy_flip_rate(
        [predicted_label(s["completion"], content_policy) for s in before],
        [predicted_label(s["completion"], edited) for s in after],
        [s["id"] in ids for s in before],
        labels,
    )
    return {
        **rates,
        "rule": flip.rule,
        "policy_sha256": content_policy.sha256(),
        "edited_policy_sha256": edited.sha256(),
        "edited_policy": str(edited_path),
    }
