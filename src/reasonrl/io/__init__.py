"""Where bytes live: URIs (local paths and s3://, uris.py), local files with atomic writes and
JSON/JSONL (files.py), artifact manifests with sha256 (manifest.py), verified transfer (artifacts.py)."""

from reasonrl.io.files import JsonlWriter, atomic_write_text, open_text, read_jsonl, write_json, write_jsonl
from reasonrl.io.manifest import read_manifest, sha256_path, write_manifest
from reasonrl.io.uris import fetch_to_local, is_s3

__all__ = [
    "JsonlWriter",
    "atomic_write_text",
    "fetch_to_local",
    "is_s3",
    "open_text",
    "read_jsonl",
    "write_json",
    "write_jsonl",
    "read_manifest",
    "sha256_path",
    "write_manifest",
]
