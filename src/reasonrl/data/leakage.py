"""How much of each held-out set training has already seen: templates and exact texts.

A held-out figure means something only when its items, and the templates they were filled from,
never appeared in training. Multilingual HateCheck's templates are translations shared across
languages, so an unseen *language* is still full of seen *templates*: its items are split into
those whose template training never saw in any language (`<set>_unseen_template`, the honest
unseen-language figure) and the rest. Pure functions over records with `split`, `held_out`,
`template` and `question`; ingest writes their report, the data gate re-checks it on its own
(compliance.checks.heldout_leaks) and fails closed on a leak.
"""

from __future__ import annotations

import re
from collections import defaultdict

UNSEEN_TEMPLATE = "unseen_template"  # the field, and the suffix of the subset it defines
# held-out sets whose items may legitimately come from trained templates (a new language of known
# templates): they get an `_unseen_template` subset; every other set must not share a template
TEMPLATE_SUBSETS = frozenset({"language"})


def normalise_text(text: str | None) -> str:
    """Exact-text identity up to case and whitespace (a trailing space must not hide a copy)."""
    return re.sub(r"\s+", " ", (text or "").casefold()).strip()


def _trained(records: list[dict]) -> tuple[set[str], set[str]]:
    train = [r for r in records if r.get("split") == "train"]
    return (
        {r["template"] for r in train if r.get("template")},
        {normalise_text(r.get("question")) for r in train if r.get("question")},
    )


def withhold_held_out_texts(records: list[dict]) -> tuple[list[dict], list[dict]]:
    """(kept, quarantined): a training record whose text, up to case and whitespace, is also a
    held-out or validation item is taken out of training (HateCheck repeats a few sentences under
    different templates, and one of OpenAI's samples is a HateCheck sentence). The held-out item
    stays where it is: moving it would put a held-out functionality or content policy into training, and
    moving the training copy to the test side would bring its trained template with it."""
    held = {normalise_text(r.get("question")) for r in records if r.get("split") not in (None, "train")}
    held.discard("")
    kept, withheld = [], []
    for r in records:
        if r.get("split") == "train" and r.get("question") and normalise_text(r["question"]) in held:
            withheld.append(
                {
                    "source": r.get("source"),
                    "id": r.get("id"),
                    "field": "question",
                    "reasons": [
                        "held_out_text: the same text is a held-out or validation item, "
                        "so it is kept out of training"
                    ],
                }
            )
        else:
            kept.append(r)
    return kept, withheld


def mark_unseen_templates(records: list[dict]) -> None:
    """Set `unseen_template` on every held-out record that has a template: True when no training
    record, in any language, was filled from it. In place; training records are left alone."""
    templates, _ = _trained(records)
    for r in records:
        if r.get("held_out") and r.get("template"):
            r[UNSEEN_TEMPLATE] = r["template"] not in templates


def held_out_sets(record: dict) -> list[str]:
    """The held-out sets a record belongs to: its own, and `<own>_unseen_template` when its template
    was never trained (an item of the unseen language on an unseen template is in both)."""
    own = record.get("held_out")
    if not own:
        return []
    return (
        [own, f"{own}_{UNSEEN_TEMPLATE}"]
        if record.get(UNSEEN_TEMPLATE) and own in TEMPLATE_SUBSETS
        else [own]
    )


def leakage_report(records: list[dict]) -> dict[str, dict[str, int]]:
    """Per held-out set: items, distinct templates, how many of those templates and how many of
    its items' exact texts also occur in training."""
    templates, texts = _trained(records)
    out: dict[str, dict[str, int]] = defaultdict(
        lambda: {"items": 0, "templates": 0, "templates_in_train": 0, "texts_in_train": 0}
    )
    seen_templates: dict[str, set[str]] = defaultdict(set)
    for r in records:
        for name in held_out_sets(r):
            row = out[name]
            row["items"] += 1
            row["texts_in_train"] += normalise_text(r.get("question")) in texts
            if r.get("template"):
                seen_templates[name].add(r["template"])
    for name, found in seen_templates.items():
        out[name]["templates"] = len(found)
        out[name]["templates_in_train"] = len(found & templates)
    return {name: dict(row) for name, row in sorted(out.items())}
