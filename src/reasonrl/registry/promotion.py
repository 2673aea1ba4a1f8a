"""The promotion rule, as a pure function everyone can read:

the `champion` alias moves to the challenger only when every gate passed, the two were
evaluated on the same prompts, and the challenger beats the champion by more than the margin
with a paired test on those prompts significant at `alpha`. In manual mode a winner waits for
a named approver (`reasonrl approve`).
"""

from __future__ import annotations

from reasonrl.config.models import PromotionConfig


def decide_promotion(challenger: dict, champion: dict | None, gates_passed: bool, policy: PromotionConfig,
                     comparison: dict | None = None) -> dict:
    """challenger/champion: {'version': str, 'metrics': {...}, 'eval_set_hash': str};
    comparison: reasonrl.eval.compare.paired_comparison(challenger, champion) on their samples.
    Returns {'promote': bool, 'reason': str, ...}; 'noop' when nothing is to change."""
    metric = policy.metric
    if not gates_passed:
        return {"promote": False, "reason": "a gate did not pass"}
    if metric not in challenger["metrics"]:
        return {"promote": False, "reason": f"challenger has no metric '{metric}'"}
    ours = challenger["metrics"][metric]
    if champion is None:
        return _winner(policy, f"no current champion; challenger {metric}={ours:.4f}")
    if champion["version"] == challenger["version"]:
        return {"promote": False, "reason": "challenger is already the champion", "noop": True}
    if champion.get("eval_set_hash") != challenger.get("eval_set_hash"):
        return {"promote": False, "reason": "champion and challenger were evaluated on different prompts"}
    theirs = champion["metrics"].get(metric, float("-inf"))
    if ours == theirs:  # said as what it is: "does not beat by more than 0.0" reads like a loss
        return {"promote": False, "tie": True, "reason": f"a tie: {metric} {ours:.4f} equals the champion's; "
                                                        "the champion stays"}
    if ours - theirs <= policy.min_margin:
        return {"promote": False, "reason": f"{metric} {ours:.4f} does not beat champion {theirs:.4f} by more "
                                            f"than {policy.min_margin}"}
    if policy.alpha < 1:
        if comparison is None or comparison["n"] == 0:
            return {"promote": False, "reason": "no paired per-prompt scores to test the difference on"}
        if comparison["p_value"] >= policy.alpha:
            return {"promote": False, "reason": f"{metric} {ours:.4f} vs champion {theirs:.4f} is not significant "
                                                f"(paired p={comparison['p_value']:.3f} >= {policy.alpha} on "
                                                f"{comparison['n']} prompts)"}
    p = f", paired p={comparison['p_value']:.4f} on {comparison['n']} prompts" if comparison else ""
    return _winner(policy, f"{metric} {ours:.4f} beats champion {theirs:.4f} by more than {policy.min_margin}{p}")


def _winner(policy: PromotionConfig, reason: str) -> dict:
    if policy.mode == "manual":
        return {"promote": False, "awaiting_approval": True, "reason": f"{reason}; awaiting manual approval"}
    return {"promote": True, "reason": reason}
