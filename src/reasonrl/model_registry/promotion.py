"""The promotion rule, as a pure function everyone can read:

the `champion` alias moves to the challenger only when every gate passed, its metric is a finite
number, the two were evaluated on the same prompts (both eval-set hashes present and equal), and
the challenger beats the champion by more than the margin with a paired test on those prompts
significant at `alpha`. In manual mode a winner waits for a named approver (`reasonrl approve`),
and the approval holds only against the champion it was compared with.
"""

from __future__ import annotations

import math

from reasonrl.config.models import PromotionConfig


def decide_promotion(
    challenger: dict,
    champion: dict | None,
    gates_passed: bool,
    rule: PromotionConfig,
    comparison: dict | None = None,
) -> dict:
    """challenger/champion: {'version': str, 'metrics': {...}, 'eval_set_hash': str};
    comparison: reasonrl.eval.compare.paired_comparison(challenger, champion) on their samples.
    Returns {'promote': bool, 'reason': str, ...}; 'noop' when nothing is to change. The checks
    run in order and the first that refuses decides."""
    metric = rule.metric
    refused = _challenger_refusal(challenger, gates_passed, metric)
    if refused:
        return refused
    ours = _finite(challenger["metrics"][metric])
    if champion is None:
        return _winner(rule, f"no current champion; challenger {metric}={ours:.4f}")
    if champion["version"] == challenger["version"]:
        return {"promote": False, "reason": "challenger is already the champion", "noop": True}
    refused = _pairing_refusal(challenger, champion, metric)
    if refused:
        return refused
    theirs = _finite(champion["metrics"].get(metric, float("-inf")))
    refused = _margin_refusal(ours, theirs, rule, comparison)
    if refused:
        return refused
    p = f", paired p={comparison['p_value']:.4f} on {comparison['n']} prompts" if comparison else ""
    return _winner(rule, f"{metric} {ours:.4f} beats champion {theirs:.4f} by more than {rule.min_margin}{p}")


def _challenger_refusal(challenger: dict, gates_passed: bool, metric: str) -> dict | None:
    """Gates passed and a finite metric: what the challenger needs before any comparison."""
    if not gates_passed:
        return {"promote": False, "reason": "a gate did not pass"}
    if metric not in challenger["metrics"]:
        return {"promote": False, "reason": f"challenger has no metric '{metric}'"}
    if _finite(challenger["metrics"][metric]) is None:
        return {
            "promote": False,
            "reason": f"challenger's {metric} is not a finite number "
            f"({challenger['metrics'][metric]!r}): nothing to promote on",
        }
    return None


def _pairing_refusal(challenger: dict, champion: dict, metric: str) -> dict | None:
    """Both evaluated on the same prompts (two eval-set hashes, present and equal), and a champion
    metric to compare with."""
    hashes = (challenger.get("eval_set_hash"), champion.get("eval_set_hash"))
    if not all(hashes):
        return {
            "promote": False,
            "reason": "an eval-set hash is missing (challenger "
            f"{hashes[0] or 'none'}, champion {hashes[1] or 'none'}): "
            "no proof the two were evaluated on the same prompts",
        }
    if hashes[0] != hashes[1]:
        return {"promote": False, "reason": "champion and challenger were evaluated on different prompts"}
    if _finite(champion["metrics"].get(metric, float("-inf"))) is None:
        return {
            "promote": False,
            "reason": f"the champion's {metric} is not a finite number: re-evaluate it before comparing",
        }
    return None


def _margin_refusal(
    ours: float, theirs: float, rule: PromotionConfig, comparison: dict | None
) -> dict | None:
    """Better by more than the margin, and (alpha < 1) significantly so on the paired prompts."""
    metric = rule.metric
    if ours == theirs:  # said as what it is: "does not beat by more than 0.0" reads like a loss
        return {
            "promote": False,
            "tie": True,
            "reason": f"a tie: {metric} {ours:.4f} equals the champion's; the champion stays",
        }
    if ours - theirs <= rule.min_margin:
        return {
            "promote": False,
            "reason": f"{metric} {ours:.4f} does not beat champion {theirs:.4f} by more "
            f"than {rule.min_margin}",
        }
    if rule.alpha < 1:
        if comparison is None or comparison["n"] == 0:
            return {"promote": False, "reason": "no paired per-prompt scores to test the difference on"}
        if comparison["p_value"] >= rule.alpha:
            return {
                "promote": False,
                "reason": f"{metric} {ours:.4f} vs champion {theirs:.4f} is not significant "
                f"(paired p={comparison['p_value']:.3f} >= {rule.alpha} on "
                f"{comparison['n']} prompts)",
            }
    return None


def _finite(value) -> float | None:
    """The value when it is a real number (-inf: a champion without the metric), else None: a NaN,
    +inf, a string or a bool is no score to promote on."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    return None if math.isnan(value) or value == math.inf else float(value)


def approval_allowed(compared_with: str | None, champion_now: str | None) -> str | None:
    """Why an approval must be refused, or None: a version waiting for approval was compared with
    the champion of that moment ("none" when there was none); once the champion has changed, the
    comparison says nothing about the new one."""
    if compared_with is None:
        return "the version records no champion it was compared with"
    if (champion_now or "none") != compared_with:
        return (
            f"the champion has changed since this version was compared (it was compared with "
            f"{'version ' + compared_with if compared_with != 'none' else 'no champion'}, "
            f"the champion is now {'version ' + champion_now if champion_now else 'none'})"
        )
    return None


def _winner(rule: PromotionConfig, reason: str) -> dict:
    if rule.mode == "manual":
        return {"promote": False, "awaiting_approval": True, "reason": f"{reason}; awaiting manual approval"}
    return {"promote": True, "reason": reason}
