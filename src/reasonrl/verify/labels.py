"""Label verification for judgement tasks (moderation): the answer must name the gold label or
one of its aliases, in any script, and nothing else.

    verify_labels(["<answer>Hassend</answer>"], ["hateful"], [{"hateful": ["hassend"]}]) -> [1.0]

An answer may name categories after the label and a colon ("hateful: threat, slur"); only the
label part is verified here, and `answer_categories` reads the rest for category credit.

Hedges score 0: several different `<answer>` blocks, or an answer listing several labels
("hateful or non-hateful", "hateful / non-hateful") — exact matching after normalisation already
refuses the latter; the former is refused explicitly.
"""

from __future__ import annotations

import re
import unicodedata

from reasonrl.verify.answers import extract_tagged_answer, tagged_answers


def normalise_label(text: str) -> str:
    """Case-, accent-, width- and punctuation-insensitive form of a label, in any script."""
    text = unicodedata.normalize("NFKC", text).casefold()
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    return re.sub(r"[\W_]+", " ", text).strip()


def final_answer(completion: str) -> str:
    """The <answer> content, else the last non-empty line."""
    tagged = extract_tagged_answer(completion)
    if tagged is not None:
        return tagged
    lines = [ln for ln in completion.strip().splitlines() if ln.strip()]
    return lines[-1] if lines else ""


_COLON = re.compile(r"[:：]")


def label_part(answer: str) -> str:
    """The label of an answer, before any `: categories` list."""
    return _COLON.split(answer, maxsplit=1)[0]


def answer_categories(completion: str) -> set[str]:
    """The normalised categories an answer names after its label ("hateful: threat, slur" ->
    {"threat", "slur"}); empty when it names none."""
    parts = _COLON.split(final_answer(completion), maxsplit=1)
    if len(parts) < 2:
        return set()
    return {normalise_label(c) for c in re.split(r"[,;、，/]|\band\b", parts[1]) if normalise_label(c)}


def verify_labels(
    completions: list[str], golds: list[str], aliases: list[dict[str, list[str]]] | None = None
) -> list[float]:
    """1.0 when the answer names the gold label or one of its aliases (e.g. a content policy's
    {"hateful": ["hate", "hassend"], "non-hateful": ["not hateful", "ok"]}), else 0.0."""
    out = []
    for i, (completion, gold) in enumerate(zip(completions, golds, strict=True)):
        if len({normalise_label(label_part(a)) for a in tagged_answers(completion)}) > 1:
            out.append(0.0)  # several different answers: a hedge
            continue
        answer = normalise_label(label_part(final_answer(completion)))
        table = (aliases[i] if aliases else None) or {}
        accepted = {normalise_label(gold)} | {normalise_label(a) for a in table.get(gold, [])}
        out.append(1.0 if answer in accepted else 0.0)
    return out
