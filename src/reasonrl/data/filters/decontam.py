"""Benchmark decontamination: drop training records sharing an n-gram with an evaluation set.

Words are lower-cased \\w+ tokens; n is 13 by default (GPT-3, Llama 2 practice) and 8 for short
maths problems, whose 13-grams would miss paraphrased copies. Eval texts shorter than n words
contribute their whole word sequence as one gram, so short questions are matched exactly.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import lru_cache
from pathlib import Path

from reasonrl.config.compliance import DecontaminationRules, EvalTarget
from reasonrl.data.eval_sets import EVAL_SETS, eval_set_path
from reasonrl.data.filters.base import FILTERS, Filter, FilterResult, record_text
from reasonrl.errors import DataError

_WORD = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def grams(tokens: list[str], n: int) -> set[tuple[str, ...]]:
    if len(tokens) < n:
        return {tuple(tokens)} if tokens else set()
    return {tuple(tokens[i : i + n]) for i in range(len(tokens) - n + 1)}


def _target_texts(target: str | EvalTarget) -> tuple[str, list[str]]:
    if isinstance(target, str):
        if target not in EVAL_SETS:
            raise DataError(
                f"unknown decontamination target '{target}'",
                hint=f"use one of {', '.join(EVAL_SETS)} or {{name, uri, fields}}",
            )
        name, path, fields = target, eval_set_path(target), EVAL_SETS[target].fields
    else:
        name, path, fields = target.name, Path(target.uri), tuple(target.fields)
    if not path.exists():
        raise DataError(
            f"decontamination target '{name}' not found: {path}",
            hint="set REASONRL_SHARED to the folder holding data/ (see SOURCES.md)",
        )
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        rows = [json.loads(line) for line in fh if line.strip()]
    return name, [str(r[f]) for r in rows for f in fields if r.get(f)]


class NgramIndex:
    """For each n: the set of eval n-grams, and which eval set each came from."""

    def __init__(self, rules: DecontaminationRules):
        self.rules = rules
        self.index: dict[int, dict[tuple[str, ...], str]] = {rules.n: {}, rules.n_short: {}}
        for target in rules.targets:
            name, texts = _target_texts(target)
            for text in texts:
                toks = words(text)
                for n, table in self.index.items():
                    for g in grams(toks, n):
                        table.setdefault(g, name)

    def match(self, text: str, n: int) -> str | None:
        """Name of the first eval set sharing an n-gram with text, else None."""
        table = self.index[n]
        toks = words(text)
        for g in grams(toks, n) if len(toks) >= n else [tuple(toks)]:
            if g in table:
                return table[g]
        return None


@lru_cache(maxsize=4)
def _index_for(rules_json: str) -> NgramIndex:
    return NgramIndex(DecontaminationRules.model_validate_json(rules_json))


def _index(rules: DecontaminationRules) -> NgramIndex:
    """Built once per process and set of rules (the filter and the gate share it)."""
    return _index_for(rules.model_dump_json())


@FILTERS.register("decontaminate")
class Decontaminate(Filter):
    name, version = "decontaminate", "1"

    def apply(self, record: dict) -> FilterResult:
        p = self.compliance.decontamination
        n = p.n_short if (record.get("task") or "") in p.short_tasks else p.n
        hit = _index(p).match(record_text(record), n)
        return FilterResult.drop(f"contaminated:{hit}") if hit else FilterResult(record)
