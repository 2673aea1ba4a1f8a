"""URIs (local paths and s3://), atomic writes, JSONL helpers and artifact manifests."""

from reasonrl.io.manifest import read_manifest, sha256_path, write_manifest
from reasonrl.io.uris import (
    JsonlWriter, atomic_write_text, fetch_to_local, is_s3, open_text, read_jsonl, write_json, write_jsonl,
)

__all__ = [
    "JsonlWriter", "atomic_write_text", "fetch_to_local", "is_s3", "open_text", "read_jsonl", "write_json", "write_jsonl",
    "read_manifest", "sha256_path", "write_manifest",
]
