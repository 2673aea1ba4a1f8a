"""Helpers the stages share, public in one place: output dirs with the resolved config, record
files and splits, the prompts a stage may use, and how a training stage seeds torch, places and
loads a model. Heavy packages (torch, transformers) are imported inside the functions, so a stage
that only reads and writes files pays nothing for them."""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl import model_registry  # noqa: F401 (registers models:/ references with the loader load_model uses)
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.errors import DataError
from reasonrl.io import read_jsonl, read_manifest, write_json

RECORDS, QUARANTINE, REPORT, METRICS = "records.jsonl", "quarantine.jsonl", "report.json", "metrics.json"
MODEL = "model"  # the HF model directory inside a training stage's output


def prepare_out(out: str | Path, recipe: Recipe, stage: str, section: str | None = None) -> Path:
    """Create the artifact dir and write the resolved config beside its outputs."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    cfg = recipe.model_dump(mode="json")
    write_json(
        out / "config.json",
        {
            "stage": stage,
            "recipe_hash": config_hash(recipe),
            "stage_config": cfg.get(section) if section else None,
            "recipe": cfg,
        },
    )
    return out


def load_records(data_dir: str | Path, *, kind: str | None = None, split: str | None = None) -> list[dict]:
    path = Path(data_dir) / RECORDS
    if not path.exists():
        raise DataError(f"no {RECORDS} in {data_dir}", hint="pass the output directory of the previous stage")
    return [
        r
        for r in read_jsonl(path)
        if (kind is None or r.get("kind") == kind) and (split is None or r.get("split") == split)
    ]


def upstream(**dirs: str | Path | None) -> dict[str, str]:
    """{input name: its manifest sha256} for the lineage chain."""
    return {name: read_manifest(d).get("sha256", "") for name, d in dirs.items() if d}


def read_json(path: str | Path) -> dict:
    path = Path(path)
    if not path.exists():
        raise DataError(
            f"expected file not found: {path}", hint="pass the output directory of the previous stage"
        )
    return json.loads(path.read_text())


def task_prompts(data_in, recipe: Recipe, split: str) -> list[dict]:
    """The recipe task's prompt records of one split; none is a data error (a wrong source or
    split), never an empty run."""
    records = [
        r
        for r in load_records(data_in, kind="prompt", split=split)
        if (r.get("task") or recipe.task) == recipe.task
    ]
    if not records:
        raise DataError(
            f"no '{recipe.task}' prompt records in the {split} split of {data_in}",
            hint="check data.sources (task, record kind) and data.eval_fraction",
        )
    return records


def labelled_prompts(recipe: Recipe, data_in) -> list[dict]:
    """The train prompts whose labels this run may spend: with a label budget (rl.labels), chosen
    before training by a pure, seeded, balanced rule, so RL and the SFT baseline get the same ones
    (rl.prompts.labelled_subset); without one, every training prompt."""
    from reasonrl.rl.prompts import labelled_subset

    records = task_prompts(data_in, recipe, "train")
    if recipe.rl.labels is None:
        return records
    return labelled_subset(records, recipe.rl.labels, recipe.rl.sampler.balance_by, recipe.seed)


def torch_setup(seed: int) -> None:
    """Seed torch and cap its threads (a stage shares the machine with its neighbours)."""
    import torch

    torch.manual_seed(seed)
    torch.set_num_threads(max(1, min(torch.get_num_threads(), 8)))


def placement(recipe: Recipe):
    """The process's one Placement (device, precision) from the recipe's model section."""
    from reasonrl.modeling.device import from_config

    return from_config(recipe.model)


def load_model(recipe: Recipe, ref, place, trainable: bool):
    """(model, tokenizer) for `ref`, placed: trainable (fp32 master weights) or frozen (compute dtype)."""
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm(ref, attention=recipe.model.attention)
    return (place.trainable(model) if trainable else place.frozen(model)), tok
