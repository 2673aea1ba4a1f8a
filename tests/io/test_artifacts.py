"""Artifact directories on a real S3 API (moto_server on loopback): multipart upload, verified
download, and a corrupted or incomplete artifact that must be detected."""

import json
import os

import pytest

from reasonrl.errors import DataError
from reasonrl.io import write_manifest
from reasonrl.io.artifacts import IntegrityError, download_artifact, upload_artifact
from reasonrl.io.uris import s3_client


@pytest.fixture
def artifact(tmp_path):
    d = tmp_path / "model"
    (d / "sub").mkdir(parents=True)
    (d / "model.safetensors").write_bytes(os.urandom(12 * 1024 * 1024))  # > threshold: multipart
    (d / "config.json").write_text(json.dumps({"hidden": 8}))
    (d / "sub" / "notes.txt").write_text("hello")
    write_manifest(d, kind="model", stage="test")
    return d


def test_upload_is_multipart_and_download_verifies(s3_env, artifact, tmp_path):
    s3 = s3_client()
    s3.create_bucket(Bucket="artifacts")
    info = upload_artifact(artifact, "s3://artifacts/runs/1/model", threshold=5 * 1024 * 1024)
    assert info["files"] == 3 and info["bytes"] > 12 * 1024 * 1024
    head = s3.head_object(Bucket="artifacts", Key="runs/1/model/model.safetensors")
    assert head["ETag"].strip('"').endswith("-3")  # 12 MiB in 5 MiB parts
    out = download_artifact("s3://artifacts/runs/1/model", tmp_path / "back")
    assert (out / "model.safetensors").read_bytes() == (artifact / "model.safetensors").read_bytes()
    assert (out / "sub" / "notes.txt").read_text() == "hello"


def test_corrupted_file_is_detected_and_named(s3_env, artifact, tmp_path):
    s3 = s3_client()
    s3.create_bucket(Bucket="artifacts")
    upload_artifact(artifact, "s3://artifacts/m")
    s3.put_object(Bucket="artifacts", Key="m/config.json", Body=b'{"hidden": 9}')  # bit rot / tampering
    with pytest.raises(IntegrityError, match=r"m/config.json: sha256 .* does not match"):
        download_artifact("s3://artifacts/m", tmp_path / "back")


def test_missing_file_and_missing_manifest(s3_env, artifact, tmp_path):
    s3 = s3_client()
    s3.create_bucket(Bucket="artifacts")
    upload_artifact(artifact, "s3://artifacts/m")
    s3.delete_object(Bucket="artifacts", Key="m/sub/notes.txt")
    with pytest.raises(IntegrityError, match="sub/notes.txt is listed in the manifest"):
        download_artifact("s3://artifacts/m", tmp_path / "a")
    s3.delete_object(Bucket="artifacts", Key="m/manifest.json")
    with pytest.raises(DataError, match="has no manifest.json"):
        download_artifact("s3://artifacts/m", tmp_path / "b")


def test_cli_push_and_pull(s3_env, artifact, tmp_path, capsys):
    from reasonrl.cli.main import main

    s3_client().create_bucket(Bucket="artifacts")
    assert main(["artifact", "push", str(artifact), "s3://artifacts/cli/model"]) == 0
    assert main(["artifact", "pull", "s3://artifacts/cli/model", str(tmp_path / "pulled")]) == 0
    assert (tmp_path / "pulled" / "config.json").read_text() == (artifact / "config.json").read_text()
    assert '"verified": true' in capsys.readouterr().out
