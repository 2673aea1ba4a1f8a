"""Sources on s3:// read through boto3 against a real S3 API (moto_server on loopback)."""

import gzip
import json

import boto3
import pytest

from reasonrl.config.models import SourceConfig
from reasonrl.data.readers import read_source
from reasonrl.errors import DataError


@pytest.fixture
def bucket(s3_env):
    s3 = boto3.client("s3", endpoint_url=s3_env)
    s3.create_bucket(Bucket="raw")
    rows = [{"question": f"{i}+1", "answer": str(i + 1), "licence": "MIT"} for i in range(5)]
    body = gzip.compress(("\n".join(json.dumps(r) for r in rows) + "\n{broken\n").encode())
    s3.put_object(Bucket="raw", Key="batches/2026-11-29/prompts.jsonl.gz", Body=body)
    return s3


def test_read_source_from_s3_quarantines_bad_rows(bucket):
    src = SourceConfig(name="s3src", uri="s3://raw/batches/2026-11-29/prompts.jsonl.gz", task="arithmetic")
    res = read_source(src)
    assert len(res.records) == 5 and res.rows_read == 6
    assert res.quarantined[0]["file"] == src.uri and res.quarantined[0]["line"] == 6


def test_missing_s3_object_is_a_clear_error(bucket):
    with pytest.raises(DataError, match="source 's3src' file not found: s3://raw/nope.jsonl"):
        read_source(SourceConfig(name="s3src", uri="s3://raw/nope.jsonl"))


def test_bad_credentials_do_not_leak(bucket, monkeypatch):
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "very-secret-value")
    monkeypatch.setenv("AWS_ENDPOINT_URL", "http://127.0.0.1:9")  # nothing listens there
    with pytest.raises(DataError) as err:
        read_source(SourceConfig(name="x", uri="s3://raw/batches/a.jsonl"))
    assert "very-secret-value" not in str(err.value) and "AWS_ENDPOINT_URL" in str(err.value)
