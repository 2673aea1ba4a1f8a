"""The DAG folder loads cleanly, every DAG is documented, owned, tagged and retried, and the
retraining DAG runs end to end with dag.test() against moto's S3 on the embedded pipeline:
it waits for the batch, trains, registers and promotes; a second run for the same date reuses
the result and changes nothing."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reasonrl.io.uris import s3_client

ROOT = Path(__file__).resolve().parents[2]


def _run(args: list[str], env: dict, timeout: int = 900) -> dict:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "dags" / "run_dag.py"), *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert done.returncode == 0 and line, (done.stdout[-3000:], done.stderr[-3000:])
    return json.loads(line[len("RESULT ") :])


def _env(tmp_path, **extra) -> dict:
    home = tmp_path / "airflow"
    home.mkdir(exist_ok=True)
    return {**os.environ, "AIRFLOW_HOME": str(home), "AIRFLOW__CORE__LOAD_EXAMPLES": "False", **extra}


def test_dag_folder_loads_and_every_dag_is_owned_tagged_retried(tmp_path):
    found = _run(["check"], _env(tmp_path))
    assert found["import_errors"] == {}
    assert "reasonrl_retrain" in found["dags"]
    for dag_id, d in found["dags"].items():
        assert d["tags"] and d["doc_md"], dag_id
        assert d["owners"] == ["reasonrl"] and min(d["retries"]) >= 1, dag_id
    assert found["dags"]["reasonrl_retrain"]["tasks"] == [
        "apply_promotion",
        "report",
        "run_pipeline",
        "smoke_test_serving",
        "wait_for_batch",
    ]
    on_data = found["dags"]["reasonrl_retrain_on_new_data"]  # Airflow 3 data-aware scheduling
    assert on_data["tasks"] == ["apply_promotion", "report", "run_pipeline", "smoke_test_serving"]
    assert (
        "reasonrl_incoming_batches" in on_data["schedule"]
        or "s3://reasonrl-data/incoming" in on_data["schedule"]
    )
    for dag_id in ("reasonrl_retrain", "reasonrl_retrain_on_new_data"):
        assert found["dags"][dag_id]["outlets"] == ["mlflow://reasonrl/registered-models"]


def test_the_batches_come_from_the_triggering_asset_events():
    from dataclasses import dataclass
    from types import SimpleNamespace as NS

    from reasonrl.errors import DataError
    from reasonrl.orchestration.retrain import batches_from_events, registered_event

    @dataclass(frozen=True)
    class AssetKey:  # what Airflow keys triggering_asset_events by: hashable, with the asset's uri
        uri: str

    asset = AssetKey("s3://reasonrl-data/incoming")
    events = {
        asset: [
            NS(extra={"prefix": "incoming/2026-11-30"}),
            NS(extra={"prefix": "incoming/2026-11-29"}),
            NS(extra={"prefix": "incoming/2026-11-30"}),
        ]
    }
    assert batches_from_events(events) == [
        ("reasonrl-data", "incoming/2026-11-29"),
        ("reasonrl-data", "incoming/2026-11-30"),
    ]
    assert batches_from_events({asset: [NS(extra={})]}) == [
        ("reasonrl-data", "incoming")
    ]  # the asset is the batch
    with pytest.raises(DataError, match="name no s3:// batch"):
        batches_from_events({AssetKey("mlflow://x"): [NS(extra={})]})
    with pytest.raises(DataError):
        batches_from_events(
            {}
        )  # a manual run of the asset DAG without events: say so, do not train on nothing
    result = {
        "completed": True,
        "run_id": "r",
        "registration": {"model_name": "m", "version": "3", "gates_passed": True},
    }
    assert registered_event(result, {"promoted": True, "champion": "3"}) == {
        "run_id": "r",
        "model": "m",
        "version": "3",
        "promoted": True,
        "champion": "3",
    }
    assert registered_event({"completed": False, "run_id": "r"}, {})["version"] is None


@pytest.mark.slow
def test_retraining_dag_end_to_end_against_s3(s3_env, tmp_path):
    s3 = s3_client()
    s3.create_bucket(Bucket="reasonrl-data")
    rows = [
        {"id": f"batch-{i}", "question": f"{i % 10}+{(i * 3) % 10}", "answer": str(i % 10 + (i * 3) % 10)}
        for i in range(30)
    ]
    s3.put_object(
        Bucket="reasonrl-data",
        Key="incoming/2026-11-28/batch.jsonl",
        Body="\n".join(json.dumps(r) for r in rows).encode(),
    )
    out = tmp_path / "out"
    conf = {
        "recipe": "tests/recipes/tiny.yaml",
        "bucket": "reasonrl-data",
        "batch_prefix": "incoming",
        "overrides": [f"output_root={out}", f"model_registry.tracking_uri=sqlite:///{out}/mlflow.db"],
        "report_dir": str(tmp_path / "reports"),
        "_logical_date": "2026-11-28T00:00:00+00:00",
    }
    conn = json.dumps({"conn_type": "aws", "extra": {"endpoint_url": s3_env, "region_name": "us-east-1"}})
    env = _env(tmp_path, AIRFLOW_CONN_AWS_DEFAULT=conn)

    first = _run(["test", json.dumps(conf)], env)
    assert first["state"] == "success", first
    assert set(first["tasks"].values()) == {"success"}
    announced = [e for e in first["asset_events"] if e["uri"] == "mlflow://reasonrl/registered-models"]
    assert [e["extra"]["version"] for e in announced] == ["1"] and announced[0]["extra"]["promoted"] is True
    report = (tmp_path / "reports" / "retrain-2026-11-28.md").read_text()
    assert "promotion: promoted" in report and "champion now: version 1" in report

    from mlflow import MlflowClient

    c = MlflowClient(f"sqlite:///{out}/mlflow.db")
    mv = c.get_model_version_by_alias("reasonrl-tiny", "champion")
    assert str(mv.version) == "1" and mv.tags["pipeline_run_id"] == "tiny-retrain-2026-11-28"
    summary = json.loads(next((out / "runs").glob("*/summary.json")).read_text())
    ingest = next(Path(summary["run_dir"]).rglob("ingest*/**/report.json"), None) or next(
        p for p in Path(summary["run_dir"]).rglob("report.json") if "ingest" in str(p)
    )
    assert "batch-0-batch" in json.dumps(json.loads(ingest.read_text()))  # the S3 batch was ingested

    again = _run(["test", json.dumps(conf)], env)  # same logical date: reuse, no new version
    assert again["state"] == "success"
    assert [str(v.version) for v in c.search_model_versions("name='reasonrl-tiny'")] == ["1"]
    assert "reused an earlier result" in (tmp_path / "reports" / "retrain-2026-11-28.md").read_text()
