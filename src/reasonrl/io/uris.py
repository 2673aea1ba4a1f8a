"""Local paths and s3:// URIs behind one small API.

S3 goes through boto3 with credentials from the environment only (AWS_* variables, the
instance/pod role, or AWS_ENDPOINT_URL for MinIO / moto); nothing here ever logs them.
"""

from __future__ import annotations

import gzip
import io
import json
import os
import tempfile
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from reasonrl.errors import DataError


def is_s3(uri: str) -> bool:
    return str(uri).startswith("s3://")


def split_s3(uri: str) -> tuple[str, str]:
    bucket, _, key = uri[len("s3://"):].partition("/")
    return bucket, key


def s3_client(max_attempts: int = 8):
    """boto3 S3 client (credentials from the environment) with adaptive retries on throttling,
    5xx and connection resets."""
    import boto3  # imported lazily: `import reasonrl` stays cheap
    from botocore.config import Config

    return boto3.client("s3", endpoint_url=os.environ.get("AWS_ENDPOINT_URL") or None,
                        config=Config(retries={"max_attempts": max_attempts, "mode": "adaptive"}))


def _cache_dir() -> Path:
    return Path(os.environ.get("REASONRL_CACHE", Path.home() / ".cache" / "reasonrl"))


def fetch_to_local(uri: str, *, what: str = "input") -> Path:
    """Return a local path for `uri`, downloading s3:// objects (or prefixes) into the cache."""
    if not is_s3(uri):
        path = Path(uri)
        if not path.exists():
            raise DataError(f"{what} not found: {path}", hint="check the path in the recipe (relative paths are "
                            "resolved from the directory you run reasonrl in)")
        return path
    bucket, key = split_s3(uri)
    dest = _cache_dir() / "s3" / bucket / key
    client = s3_client()
    try:
        listing = client.list_objects_v2(Bucket=bucket, Prefix=key)
    except Exception as exc:  # noqa: BLE001 - boto raises many types; all mean the same to the user
        raise DataError(f"cannot list {uri}: {exc.__class__.__name__}", hint="check AWS_* credentials and "
                        "AWS_ENDPOINT_URL") from None
    objects = [o["Key"] for o in listing.get("Contents", [])]
    if not objects:
        raise DataError(f"{what} not found: {uri}")
    for obj in objects:
        target = dest if obj == key else dest / obj[len(key):].lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        client.download_file(bucket, obj, str(target))
    return dest


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
