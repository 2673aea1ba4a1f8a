"""Helpers every stage uses: output dirs with the resolved config, record files, splits."""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.errors import DataError
from reasonrl.io import read_jsonl, read_manifest, write_json

RECORDS, QUARANTINE, REPORT, METRICS = "records.jsonl", "quarantine.jsonl", "report.json", "metrics.json"


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
