"""The policies the learned phone reading may ship with, and how one is chosen: pairs of thresholds
on P(phone), one for any number and a lower one for a number the rules called a phone, judged
per writer held out in turn against issue 24's goals (phone_model_train validates; this module
only chooses and reports).

    meets(cell) -> bool                     one writer's figures meet the goals
    choose(table, allowed) -> (t, ruled)    the allowed policy under which the most writers meet them
    report(table, rule, policy) -> str      the Markdown validation report
    policy_arg("0.2,0.05") -> (0.2, 0.05)   --policy's parser
"""

from __future__ import annotations

import argparse

import numpy as np

# the thresholds on P(phone) tried: for a number the rules did not call a phone, and (RULED, or
# the same) for one they did; a policy is a pair (threshold, ruled threshold <= threshold)
THRESHOLDS = (0.02, 0.03, 0.05, 0.1, 0.15, 0.2, 0.3, 0.5)
RULED = (0.005, 0.01, 0.02, 0.05)
POLICIES = tuple(sorted({(t, r) for t in THRESHOLDS for r in (*RULED, t) if r <= t}))
# issue 24's goals, met by a writer's set when its phone recall and precision reach them and no
# context-announced local number is left; the policy is the one under which most writers meet them
RECALL_GOAL, PRECISION_GOAL = 0.99, 0.9


def meets(cell: dict) -> bool:
    """Whether one writer's validation figures meet issue 24's goals: recall, precision, and no
    context-announced number left (where its sidecar says which they are)."""
    return (
        cell["recall"] >= RECALL_GOAL
        and cell["precision"] >= PRECISION_GOAL
        and not cell.get("announced_left", 0)
    )


def choose(
    table: dict[str, dict[tuple[float, float], dict]], allowed: tuple[tuple[float, float], ...] = POLICIES
) -> tuple[float, float]:
    """The policy (threshold, ruled threshold) of `allowed` under which the most writers held out
    in turn meet the goals (`meets`), the highest of those tied (precision is what a higher one
    buys). `allowed`: the policies under which the model takes none of the trainer's guarded
    negatives (phone_model_train.GUARDS, since session 18: versions 48 and 49 were validated to a
    policy, one writer of 70-74 ahead, that took a log line's worker id and an invoice number).
    Until version 42 it was one threshold, the highest whose mean recall reached 0.99: a mean can
    reach it while few writers do."""
    if not allowed:
        raise ValueError("no policy allowed: every one takes a guarded negative")
    return max(allowed, key=lambda p: (sum(meets(table[n][p]) for n in table), p))


def report(
    table: dict[str, dict[tuple, dict]],
    rule: dict[str, dict],
    policy: tuple[float, float],
    given: bool = False,
    allowed: tuple[tuple[float, float], ...] = POLICIES,
) -> str:
    """Markdown: per set held out, the rules' phone recall / precision (/ announced numbers left)
    and the model's under the chosen policy and at each threshold alone, their means; then how
    many writers meet the goals under each policy."""
    columns = [policy] + [(t, t) for t in THRESHOLDS]
    names = [f"**{policy[0]:g} / {policy[1]:g}**"] + [f"{t:g}" for t in THRESHOLDS]
    rows = ["| set | rules | " + " | ".join(names) + " |", "|" + "---|" * (len(columns) + 2)]
    means = {p: _mean([table[n][p] for n in table]) for p in columns}
    for name, cells, base in [
        *((n, table[n], rule[n]) for n in table),
        ("mean", means, _mean(list(rule.values()))),
    ]:
        rows.append(f"| {name} | {_rp(base)} | " + " | ".join(_rp(cells[p]) for p in columns) + " |")
    met = [sum(meets(table[n][p]) for n in table) for p in columns]
    rows.append(f"| goals met | {sum(map(meets, rule.values()))} | " + " | ".join(map(str, met)) + " |")
    grid = ["| threshold \\ ruled | " + " | ".join(f"{r:g}" for r in RULED) + " | the same |"]
    grid.append("|" + "---|" * (len(RULED) + 2))
    for t in THRESHOLDS:
        cells = [_met(table, (t, r), allowed) if r <= t else "" for r in (*RULED, t)]
        grid.append(f"| {t:g} | " + " | ".join(map(str, cells)) + " |")
    chosen = "{:g} / {:g}".format(*choose(table, allowed)) if allowed else "none (all take a guard)"
    why = f"Policy: threshold {policy[0]:g}, ruled threshold {policy[1]:g} " + (
        f"(given with --policy; validation would choose {chosen})."
        if given
        else "(chosen: of those taking no guarded negative, the most writers meeting the goals, the highest"
        " of those tied)."
    )
    return "\n".join(rows) + (
        f"\n\nCells: phone recall / precision / context-announced numbers left (where the set's sidecar"
        f" says which they are); a column names its threshold (/ ruled threshold). Goals: recall >="
        f" {RECALL_GOAL}, precision >= {PRECISION_GOAL}, none left.\n\nWriters meeting the goals under"
        f" each policy ({len(table)} held out in turn; ×: the model takes a guarded negative under it):\n\n"
        + "\n".join(grid)
        + f"\n\n{why}\n"
    )


def _met(table: dict, policy: tuple[float, float], allowed: tuple) -> str:
    count = str(sum(meets(table[n][policy]) for n in table))
    return count if policy in allowed else f"{count} ×"


def _mean(cells: list[dict]) -> dict:
    return {k: float(np.mean([c[k] for c in cells])) for k in ("recall", "precision")}


def _rp(cell: dict) -> str:
    left = f" / {cell['announced_left']}" if "announced_left" in cell else ""
    return f"{cell['recall']:.3f} / {cell['precision']:.3f}{left}"


def policy_arg(text: str) -> tuple[float, float]:
    """--policy's "T,R": threshold T for any number, R <= T for one the rules called a phone."""
    try:
        t, r = (float(x) for x in text.split(","))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not two numbers T,R (e.g. 0.2,0.05)") from None
    if not 0 < r <= t < 1:
        raise argparse.ArgumentTypeError(f"{text!r}: want 0 < R <= T < 1 (R is for the rules' phones)")
    return t, r
