"""Artifact manifests: content sha256, counts, schema, upstream artifacts, config hash.

Every stage writes `manifest.json` into each artifact directory it produces; the model registry
copies them into the model version's lineage, so a model traces back to the exact records.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import Any

from reasonrl import __version__
from reasonrl.io.files import write_json

MANIFEST = "manifest.json"


def file_hashes(path: str | Path) -> dict[str, str]:
    """{relative posix path: sha256} of every file under a directory except the manifest."""
    path = Path(path)
    return {
        f.relative_to(path).as_posix(): sha256_path(f)
        for f in sorted(p for p in path.rglob("*") if p.is_file() and p.name != MANIFEST)
    }


def tree_hash(files: dict[str, str]) -> str:
    """A directory's content hash from its file hashes (the sorted (path, hash) list)."""
    h = hashlib.sha256()
    for rel, digest in sorted(files.items()):
        h.update(f"{rel}\0{digest}\n".encode())
    return h.hexdigest()


def sha256_path(path: str | Path) -> str:
    """sha256 of a file, or of a directory as the sorted (relative path, file hash) list."""
    path = Path(path)
    if path.is_file():
        h = hashlib.sha256()
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(1 << 20), b""):
                h.update(chunk)
        return h.hexdigest()
    return tree_hash(file_hashes(path))


def write_manifest(
    artifact_dir: str | Path,
    *,
    kind: str,
    stage: str,
    counts: dict[str, int] | None = None,
    schema: dict[str, str] | None = None,
    upstream: dict[str, str] | None = None,
    config_hash: str | None = None,
    extra: dict[str, Any] | None = None,
) -> dict:
    """Write `manifest.json` into artifact_dir (after the content is final) and return it.

    upstream maps an input name to that input's content sha256, which links artifacts into a chain.
    """
    artifact_dir = Path(artifact_dir)
    files = file_hashes(artifact_dir)
    manifest = {
        "kind": kind,
        "stage": stage,
        "sha256": tree_hash(files),
        "files": files,  # what a download verifies, file by file
        "counts": counts or {},
        "schema": schema or {},
        "upstream": upstream or {},
        "config_hash": config_hash,
        "reasonrl_version": __version__,
        "created_unix": int(time.time()),
        **(extra or {}),
    }
    write_json(artifact_dir / MANIFEST, manifest)
    return manifest


def read_manifest(artifact_dir: str | Path) -> dict:
    path = Path(artifact_dir) / MANIFEST
    return json.loads(path.read_text()) if path.exists() else {}
