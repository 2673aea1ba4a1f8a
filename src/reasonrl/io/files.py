"""Local files: text that may be gzipped, atomic writes, JSON and JSONL."""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator


def open_text(path: str | Path) -> IO[str]:
    """Open a local text file, transparently gunzipping `.gz`; bytes that are not UTF-8 are kept
    as surrogates so the reader can quarantine that row instead of failing the file."""
    path = Path(path)
    raw = gzip.open(path, "rb") if path.suffix == ".gz" else open(path, "rb")
    return io.TextIOWrapper(raw, encoding="utf-8", errors="surrogateescape", newline="")


def atomic_write_text(path: str | Path, text: str) -> None:
    """Write via a temp file + rename so a killed process never leaves half a file."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    with os.fdopen(fd, "w", encoding="utf-8") as fh:
        fh.write(text)
    os.replace(tmp, path)


def write_json(path: str | Path, obj: Any) -> None:
    atomic_write_text(path, json.dumps(obj, indent=2, sort_keys=True, default=str) + "\n")


def write_jsonl(path: str | Path, rows: Iterable[dict]) -> int:
    lines = [json.dumps(r, ensure_ascii=False, sort_keys=True) for r in rows]
    atomic_write_text(path, "".join(line + "\n" for line in lines))
    return len(lines)


class JsonlWriter:
    """Append rows to a JSONL file as they come; the file appears (atomically) on close.

    with JsonlWriter(out / "records.jsonl") as w:
        w.write(row)
    """

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, self._tmp = tempfile.mkstemp(dir=self.path.parent, prefix=f".{self.path.name}.")
        self._fh = os.fdopen(fd, "w", encoding="utf-8")
        self.count = 0

    def write(self, row: dict) -> None:
        self._fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
        self.count += 1

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(self, exc_type, *_) -> None:
        self._fh.close()
        if exc_type is None:
            os.replace(self._tmp, self.path)
        else:
            os.unlink(self._tmp)


def read_jsonl(path: str | Path) -> Iterator[dict]:
    """Read a JSONL file that reasonrl itself wrote (trusted); untrusted input goes through data.readers."""
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)
