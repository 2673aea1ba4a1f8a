"""Read sources row by row; every row that cannot be used becomes a quarantine entry naming the
file, line and field, and the run goes on. Only a missing/unreadable file stops the run."""

from __future__ import annotations

import csv
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from reasonrl.config.models import SourceConfig
from reasonrl.data.schema import validate_record
from reasonrl.data.sources import ADAPTERS, GENERATORS, RowRejected
from reasonrl.errors import DataError
from reasonrl.io.files import open_text
from reasonrl.io.uris import fetch_to_local


@dataclass
class ReadResult:
    records: list[dict] = field(default_factory=list)
    quarantined: list[dict] = field(default_factory=list)
    rows_read: int = 0


def _bad(source: SourceConfig, where: str, line: int, fld: str | None, reason: str, raw: str) -> dict:
    return {
        "source": source.name,
        "file": where,
        "line": line,
        "field": fld,
        "reasons": [reason],
        "raw": raw[:500],
    }


def _rows(path: Path, fmt: str, max_bytes: int) -> Iterator[tuple[int, str, dict | None, str | None]]:
    """Yield (line_no, raw_text, parsed_row_or_None, parse_error_or_None)."""
    if fmt == "auto":
        fmt = "csv" if ".csv" in path.suffixes else "jsonl"
    with open_text(path) as fh:
        if fmt == "csv":
            for i, row in enumerate(csv.DictReader(fh), start=2):  # line 1 is the header
                yield i, json.dumps(row, ensure_ascii=False), dict(row), None
            return
        for i, line in enumerate(fh, start=1):
            if not line.strip():
                continue
            if len(line.encode("utf-8", "surrogateescape")) > max_bytes:
                yield i, line[:200], None, f"line longer than {max_bytes} bytes"
                continue
            try:
                line.encode("utf-8")
            except UnicodeEncodeError:
                yield (
                    i,
                    line.encode("utf-8", "surrogateescape").decode("utf-8", "replace"),
                    None,
                    "invalid UTF-8",
                )
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield i, line, None, f"bad JSON: {exc.msg} at column {exc.colno}"
                continue
            yield (
                i,
                line,
                row if isinstance(row, dict) else None,
                None if isinstance(row, dict) else "not a JSON object",
            )


def _to_record(source: SourceConfig, row: dict, where: str, line: int) -> dict:
    """Map source columns to our fields (source.fields), stamp source metadata and a stable id."""
    rec = {ours: row.get(theirs) for ours, theirs in source.fields.items()}
    rec.update({k: v for k, v in row.items() if k not in source.fields.values() and k not in rec})
    rec.setdefault("task", source.task)
    rec["source"] = source.name
    if source.licence and not rec.get("licence"):
        rec["licence"] = source.licence
    if source.region and not rec.get("region"):
        rec["region"] = source.region
    if not rec.get("id"):
        rec["id"] = f"{source.name}-{hashlib.sha256(f'{where}:{line}'.encode()).hexdigest()[:12]}"
    if isinstance(rec.get("answer"), (int, float)) and not isinstance(rec.get("answer"), bool):
        rec["answer"] = str(rec["answer"])
    return rec


def read_source(source: SourceConfig, max_line_bytes: int = 1_000_000) -> ReadResult:
    if source.kind == "synthetic":
        rows = GENERATORS.get(source.generator)(source)
        records = [
            {**_to_record(source, r, "synthetic", i), "kind": source.record} for i, r in enumerate(rows)
        ]
        return ReadResult(records=records, rows_read=len(rows))
    path = fetch_to_local(source.uri, what=f"source '{source.name}' file")
    if path.is_dir():
        raise DataError(f"source '{source.name}': {source.uri} is a directory", hint="point uri at one file")
    out = ReadResult()
    for line, raw, row, err in _rows(path, source.format, max_line_bytes):
        if source.limit and len(out.records) >= source.limit:
            break
        out.rows_read += 1
        if err:
            out.quarantined.append(_bad(source, source.uri, line, None, err, raw))
            continue
        if source.adapter:
            try:
                row = ADAPTERS.get(source.adapter)(row, source)
            except RowRejected as exc:
                out.quarantined.append(_bad(source, source.uri, line, exc.field, str(exc), raw))
                continue
        rec = _to_record(source, row, source.uri, line)
        problem = validate_record(rec, source.record)
        if problem:
            out.quarantined.append(
                _bad(source, source.uri, line, problem[0], f"{problem[0]}: {problem[1]}", raw)
            )
            continue
        rec["kind"] = source.record
        out.records.append(rec)
    return out
