"""Artifact directories on S3: upload with multipart transfers and retries, download with every
file's sha256 verified against the artifact's manifest.

The manifest is uploaded last (it is the commit marker: a half-uploaded artifact has none) and
read first on download. Credentials come from the environment only (AWS_* variables, which is
also how a K8s secret reaches the pod, or the pod's IAM role); nothing here logs them.
"""

from __future__ import annotations

import json
from pathlib import Path

from reasonrl.errors import DataError
from reasonrl.io.manifest import MANIFEST, file_hashes, sha256_path
from reasonrl.io.uris import s3_client, split_s3

MULTIPART_THRESHOLD = 8 * 1024 * 1024  # bytes; larger files go up in parallel 8 MiB parts


class IntegrityError(DataError):
    """A downloaded file does not match the sha256 its manifest recorded."""


def _transfer(threshold: int = MULTIPART_THRESHOLD):
    from boto3.s3.transfer import TransferConfig

    return TransferConfig(multipart_threshold=threshold, multipart_chunksize=threshold, max_concurrency=4)


def upload_artifact(local_dir: str | Path, uri: str, *, threshold: int = MULTIPART_THRESHOLD) -> dict:
    """Upload a directory (with or without a manifest) to an s3:// prefix; the manifest goes last,
    carrying every file's sha256 (one is written into the upload if the directory had none)."""
    local = Path(local_dir)
    bucket, prefix = split_s3(uri.rstrip("/"))
    manifest_path = local / MANIFEST
    manifest = json.loads(manifest_path.read_text()) if manifest_path.exists() else {}
    files = manifest.get("files") or file_hashes(local)
    manifest = {**manifest, "files": files}
    client, config = s3_client(), _transfer(threshold)
    total = 0
    for rel in files:
        client.upload_file(str(local / rel), bucket, f"{prefix}/{rel}", Config=config)
        total += (local / rel).stat().st_size
    client.put_object(Bucket=bucket, Key=f"{prefix}/{MANIFEST}", Body=json.dumps(manifest, indent=2).encode())
    return {"uri": f"s3://{bucket}/{prefix}", "files": len(files), "bytes": total}


def download_artifact(uri: str, dest: str | Path) -> Path:
    """Download an artifact uploaded by `upload_artifact` and verify every file's sha256.
    Raises IntegrityError naming the file on any mismatch or missing file."""
    bucket, prefix = split_s3(uri.rstrip("/"))
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    client, config = s3_client(), _transfer()
    try:
        body = client.get_object(Bucket=bucket, Key=f"{prefix}/{MANIFEST}")["Body"].read()
    except Exception as exc:  # noqa: BLE001 - NoSuchKey and transport errors read the same to a user
        raise DataError(
            f"{uri} has no {MANIFEST} ({exc.__class__.__name__})",
            hint="upload it with reasonrl.io.artifacts.upload_artifact; an upload without a manifest "
            "did not finish",
        ) from None
    manifest = json.loads(body)
    (dest / MANIFEST).write_bytes(body)
    for rel, expected in manifest["files"].items():
        target = dest / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            client.download_file(bucket, f"{prefix}/{rel}", str(target), Config=config)
        except Exception as exc:  # noqa: BLE001
            raise IntegrityError(
                f"{uri}/{rel} is listed in the manifest but cannot be read ({exc.__class__.__name__})",
                hint="the artifact is incomplete: re-run the stage that produced it",
            ) from None
        verify_file(target, expected, f"{uri}/{rel}")
    return dest


def verify_file(path: Path, expected: str, name: str) -> None:
    actual = sha256_path(path)
    if actual != expected:
        raise IntegrityError(
            f"{name}: sha256 {actual[:16]}... does not match the manifest's {expected[:16]}...",
            hint="the stored artifact is corrupted or was modified after it was written; "
            "do not use it — re-run the producing stage or restore it from a backup",
        )
