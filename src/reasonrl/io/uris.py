"""Local paths and s3:// URIs behind one small API.

S3 goes through boto3 with credentials from the environment only (AWS_* variables, the
instance/pod role, or AWS_ENDPOINT_URL for MinIO / moto); nothing here ever logs them.
"""

from __future__ import annotations

import os
from pathlib import Path

from reasonrl.errors import DataError


def is_s3(uri: str) -> bool:
    return str(uri).startswith("s3://")


def split_s3(uri: str) -> tuple[str, str]:
    bucket, _, key = uri[len("s3://") :].partition("/")
    return bucket, key


def s3_client(max_attempts: int = 8):
    """boto3 S3 client (credentials from the environment) with adaptive retries on throttling,
    5xx and connection resets."""
    import boto3  # imported lazily: `import reasonrl` stays cheap
    from botocore.config import Config

    return boto3.client(
        "s3",
        endpoint_url=os.environ.get("AWS_ENDPOINT_URL") or None,
        config=Config(retries={"max_attempts": max_attempts, "mode": "adaptive"}),
    )


def _cache_dir() -> Path:
    return Path(os.environ.get("REASONRL_CACHE", Path.home() / ".cache" / "reasonrl"))


def fetch_to_local(uri: str, *, what: str = "input") -> Path:
    """Return a local path for `uri`, downloading s3:// objects (or prefixes) into the cache."""
    if not is_s3(uri):
        path = Path(uri)
        if not path.exists():
            raise DataError(
                f"{what} not found: {path}",
                hint="check the path in the recipe (relative paths are "
                "resolved from the directory you run reasonrl in)",
            )
        return path
    bucket, key = split_s3(uri)
    dest = _cache_dir() / "s3" / bucket / key
    client = s3_client()
    try:
        listing = client.list_objects_v2(Bucket=bucket, Prefix=key)
    except Exception as exc:  # noqa: BLE001 - boto raises many types; all mean the same to the user
        raise DataError(
            f"cannot list {uri}: {exc.__class__.__name__}",
            hint="check AWS_* credentials and AWS_ENDPOINT_URL",
        ) from None
    objects = [o["Key"] for o in listing.get("Contents", [])]
    if not objects:
        raise DataError(f"{what} not found: {uri}")
    for obj in objects:
        target = dest if obj == key else dest / obj[len(key) :].lstrip("/")
        target.parent.mkdir(parents=True, exist_ok=True)
        client.download_file(bucket, obj, str(target))
    return dest
