"""The promotion rule, as a pure function everyone can read:

the `champion` alias moves to the challenger only when every gate passed, the two were
evaluated on the same prompts, and the challenger beats the champion by more than the margin.
"""

from __future__ import annotations

from reasonrl.config.models import PromotionConfig


def decide_promotion(challenger: dict, champion: dict | None, gates_passed: bool, policy: PromotionConfig) -> dict:
    """challenger/champion: {'version': str, 'metrics': {...}, 'eval_set_hash': str}.
    Returns {'promote': bool, 'reason': str, ...}."""
    metric = policy.metric
    if not gates_passed:
        return {"promote": False, "reason": "a gate did not pass"}
    if metric not in challenger["metrics"]:
        return {"promote": False, "reason": f"challenger has no metric '{metric}'"}
    ours = challenger["metrics"][metric]
    if champion is None:
        return {"promote": True, "reason": f"no current champion; challenger {metric}={ours:.4f}"}
    if champion["version"] == challenger["version"]:
        return {"promote": False, "reason": "challenger is already the champion", "noop": True}
    if champion.get("eval_set_hash") != challenger.get("eval_set_hash"):
        return {"promote": False, "reason": "champion and challenger were evaluated on different prompts"}
    theirs = champion["metrics"].get(metric, float("-inf"))
    if ours - theirs > policy.min_margin:
        return {"promote": True, "reason": f"{metric} {ours:.4f} beats champion {theirs:.4f} by more than {policy.min_margin}"}
    return {"promote": False, "reason": f"{metric} {ours:.4f} does not beat champion {theirs:.4f} by more than {policy.min_margin}"}
