"""Built-in evaluation sets over the real files in the shared data folder (see SOURCES.md).

The one catalog of the benchmark files: decontamination (data.filters.decontam and the gate's
compliance.checks) and the benchmark tasks (tasks.benchmarks.EVAL_SET) read their paths here, so
the file a model is evaluated on is the file its training data is checked against. The root is
$REASONRL_SHARED/data (default ../shared/data, the layout this project ships with)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class EvalSet:
    name: str
    path: str  # relative to the shared data root
    fields: tuple[str, ...]  # text fields that identify a problem


EVAL_SETS = {
    s.name: s
    for s in [
        EvalSet("gsm8k_test", "math/gsm8k_test.jsonl", ("question",)),
        EvalSet("math500", "math/math500_test.jsonl", ("problem",)),
        EvalSet("aime24", "math/aime24_test.jsonl", ("problem",)),
        EvalSet("amc23", "math/amc23_test.jsonl", ("question",)),
        EvalSet("humaneval", "code/HumanEval.jsonl.gz", ("prompt",)),
    ]
}


def shared_data_root() -> Path:
    return Path(os.environ.get("REASONRL_SHARED", "../shared")) / "data"


def eval_set_path(name: str) -> Path:
    return shared_data_root() / EVAL_SETS[name].path
