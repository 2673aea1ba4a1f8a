"""ingest and compliance_filter."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from reasonrl import tasks as _tasks  # noqa: F401  (tasks register their splitters)
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe
from reasonrl.data.leakage import leakage_report, mark_unseen_templates, withhold_held_out_texts
from reasonrl.data.pipeline import filter_versions, run_filters
from reasonrl.data.readers import read_source
from reasonrl.data.splits import SPLITTERS
from reasonrl.errors import ConfigError, DataError
from reasonrl.io import JsonlWriter, read_jsonl, write_json, write_jsonl, write_manifest
from reasonrl.stages.common import QUARANTINE, RECORDS, REPORT, prepare_out, upstream

SCHEMA = {
    "id": "str",
    "kind": "prompt|preference",
    "source": "str",
    "licence": "spdx",
    "split": "train|validation|test",
}


def ingest(recipe: Recipe, out: str | Path) -> dict:
    """Read every source; unparseable rows go to quarantine with file/line/field; assign splits;
    training copies of held-out texts go to quarantine too, and the report says, per held-out set,
    how many of its templates and texts training has seen (data.leakage)."""
    if not recipe.data.sources:
        raise ConfigError(
            "the recipe has no data.sources", hint="add at least one source (see pipelines/recipes/demo.yaml)"
        )
    out = prepare_out(out, recipe, "ingest", "data")
    records, quarantined, per_source = [], [], {}
    split = recipe.data.split
    splitter = SPLITTERS.get(split.by)
    for source in recipe.data.sources:
        res = read_source(source, recipe.data.max_line_bytes)
        for r in res.records:
            r["split"], held_out = splitter(r, recipe.data.eval_fraction, recipe.seed, **split.params)
            if held_out:
                r["held_out"] = held_out
        records += res.records
        quarantined += res.quarantined
        per_source[source.name] = {
            "read": res.rows_read,
            "records": len(res.records),
            "unparseable": len(res.quarantined),
        }
    records, withheld = withhold_held_out_texts(records)
    quarantined += withheld
    mark_unseen_templates(records)
    write_jsonl(out / RECORDS, records)
    write_jsonl(out / QUARANTINE, quarantined)
    counts = {
        "read": sum(s["read"] for s in per_source.values()),
        "records": len(records),
        "unparseable": len(quarantined) - len(withheld),
        "withheld_held_out_text": len(withheld),
        **Counter(f"{r['kind']}_{r['split']}" for r in records),
        **Counter(f"held_out_{r['held_out']}" for r in records if r.get("held_out")),
    }
    report = {
        "stage": "ingest",
        "counts": counts,
        "per_source": per_source,
        "leakage": leakage_report(records),
    }
    write_json(out / REPORT, report)
    write_manifest(
        out,
        kind="dataset",
        stage="ingest",
        counts=counts,
        schema=SCHEMA,
        config_hash=config_hash(recipe.data),
    )
    return report


def compliance_filter(recipe: Recipe, data_in: str | Path, out: str | Path) -> dict:
    """Apply the compliance policy's filters; dropped records go to quarantine with reasons (PII redacted)."""
    source = Path(data_in) / RECORDS
    if not source.exists():
        raise DataError(f"no {RECORDS} in {data_in}", hint="pass the output directory of the ingest stage")
    out = prepare_out(out, recipe, "compliance_filter", "compliance")
    read = 0

    def stream():
        nonlocal read
        for record in read_jsonl(source):
            read += 1
            yield record

    with JsonlWriter(out / RECORDS) as kept, JsonlWriter(out / QUARANTINE) as quarantined:
        result = run_filters(stream(), recipe.compliance, keep=kept.write, quarantine=quarantined.write)
    counts = {"read": read, "kept": result.n_kept, "quarantined": result.n_quarantined}
    if counts["kept"] + counts["quarantined"] != read:
        raise RuntimeError(f"filters lost records: {counts}")
    report = {
        "stage": "compliance_filter",
        "counts": counts,
        **result.summary(),
        "artifacts": [str(Path(out) / RECORDS), str(Path(out) / QUARANTINE)],
    }
    write_json(out / REPORT, report)
    write_manifest(
        out,
        kind="dataset",
        stage="compliance_filter",
        counts=counts,
        schema=SCHEMA,
        upstream=upstream(data=data_in),
        config_hash=config_hash(recipe.compliance),
        extra={"policy_hash": config_hash(recipe.compliance), "filters": filter_versions(recipe.compliance)},
    )
    return report
