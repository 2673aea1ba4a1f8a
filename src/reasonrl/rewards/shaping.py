"""Label, length, repetition and language-consistency rewards. Plain functions over completions
plus per-sample fields; each returns one float per completion."""

from __future__ import annotations

import math
import re

from reasonrl.data.filters.language import detect_language
from reasonrl.rewards.base import REWARDS
from reasonrl.verify.answers import THINK_CLOSE, THINK_OPEN
from reasonrl.verify.labels import verify_labels


@REWARDS.register("label")
def label_reward(
    completions: list[str], answer: list[str], aliases: list[dict[str, list[str]]] | None = None, **_
) -> list[float]:
    """1.0 when the answer names the gold label (the record's `answer`) or one of its aliases
    (a record's `aliases`, when its task carries them; reasonrl.verify.labels)."""
    return verify_labels(completions, answer, aliases)


@REWARDS.register("cosine_length")
def cosine_length(
    completions: list[str],
    correct: list[float],
    lengths: list[int],
    max_new_tokens: int,
    r_correct: tuple[float, float] = (1.0, 0.5),
    r_wrong: tuple[float, float] = (-0.5, -1.0),
    **_,
) -> list[float]:
    """Cosine length scaling (Yeo et al. 2025, arXiv:2502.03373): correct answers earn more when
    short (r_correct[0] at length 0 down to r_correct[1] at max_new_tokens), wrong ones lose less when
    long (r_wrong[0] at 0 to r_wrong[1] at max_new_tokens), encouraging thinking longer only when wrong."""
    out = []
    for ok, n in zip(correct, lengths, strict=True):
        start, end = r_correct if ok else r_wrong
        t = min(n, max_new_tokens) / max_new_tokens
        out.append(end + 0.5 * (start - end) * (1 + math.cos(math.pi * t)))
    return out


@REWARDS.register("kimi_length")
def kimi_length(
    completions: list[str], correct: list[float], lengths: list[int], group_size: int, **_
) -> list[float]:
    """Kimi k1.5 length penalty (arXiv:2501.12599, sec. 2.3.3), within each group of G samples:
    lambda = 0.5 - (len - min) / (max - min); correct answers get lambda, wrong ones min(0, lambda)."""
    out = []
    for g in range(0, len(lengths), group_size):
        ls, ok = lengths[g : g + group_size], correct[g : g + group_size]
        lo, hi = min(ls), max(ls)
        for n, c in zip(ls, ok, strict=True):
            lam = 0.0 if hi == lo else 0.5 - (n - lo) / (hi - lo)
            out.append(lam if c else min(0.0, lam))
    return out


@REWARDS.register("overlong")
def soft_overlong(
    completions: list[str], lengths: list[int], max_new_tokens: int, cache: int = 16, **_
) -> list[float]:
    """DAPO soft overlong punishment (arXiv:2503.14476, eq. 13): 0 up to max_new_tokens - cache, then a
    linear penalty down to -1 at max_new_tokens (and -1 beyond)."""
    out = []
    for n in lengths:
        if n <= max_new_tokens - cache:
            out.append(0.0)
        elif n <= max_new_tokens:
            out.append((max_new_tokens - cache - n) / cache)
        else:
            out.append(-1.0)
    return out


@REWARDS.register("repetition")
def repetition_penalty(completions: list[str], ngram: int = 3, **_) -> list[float]:
    """-(share of repeated word n-grams), in [-1, 0] (the open-r1 repetition penalty's measure)."""
    out = []
    for c in completions:
        words = c.lower().split()
        grams = [tuple(words[i : i + ngram]) for i in range(len(words) - ngram + 1)]
        out.append(0.0 if not grams else -(1 - len(set(grams)) / len(grams)))
    return out


@REWARDS.register("language_consistency")
def language_consistency(
    completions: list[str], language: list[str], prompt: list[str] | None = None, **_
) -> list[float]:
    """DeepSeek-R1's language-consistency reward: the share of the reasoning's sentences written in
    the prompt's language (ISO 639-1), judged by lingua; sentences too short to judge are skipped,
    and so are sentences copied from the `prompt` (the message, the policy, a worked exchange's
    thought): a copy is not reasoning in the language, and a thought that only copied the message
    earned the full term. A thought of nothing but copies earns 0, as one in another language does."""
    out = []
    for i, (c, lang) in enumerate(zip(completions, language, strict=True)):
        given = _folded(prompt[i]) if prompt else ""
        thought = c.split(THINK_OPEN, 1)[-1].split(THINK_CLOSE, 1)[0]
        sentences = re.split(r"(?<=[.!?。！？\n])\s*", thought)
        own = [s for s in sentences if not (given and _folded(s) and _folded(s) in given)]
        judged = [d for d in (detect_language(s, min_chars=12) for s in own) if d]
        out.append(sum(d == lang for d in judged) / len(judged) if judged else 0.0)
    return out


def _folded(text: str) -> str:
    return " ".join(text.casefold().split())
