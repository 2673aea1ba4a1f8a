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
    done = subprocess.run([sys.executable, str(ROOT / "tests" / "dags" / "run_dag.py"), *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=timeout)
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("RESULT ")), None)
    assert done.returncode == 0 and line, (done.stdout[-3000:], done.stderr[-3000:])
    return json.loads(line[len("RESULT "):])


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
    assert found["dags"]["reasonrl_retrain"]["tasks"] == ["apply_promotion", "report", "run_pipeline", "wait_for_batch"]


@pytest.mark.slow
def test_retraining_dag_end_to_end_against_s3(s3_env, tmp_path):
    s3 = s3_client()
    s3.create_bucket(Bucket="reasonrl-data")
    rows = [{"id": f"batch-{i}", "question": f"{i % 10}+{(i * 3) % 10}", "answer": str(i % 10 + (i * 3) % 10)}
            for i in range(30)]
    s3.put_object(Bucket="reasonrl-data", Key="incoming/2026-11-28/batch.jsonl",
                  Body="\n".join(json.dumps(r) for r in rows).encode())
    out = tmp_path / "out"
    conf = {"recipe": "tests/recipes/tiny.yaml", "bucket": "reasonrl-data", "batch_prefix": "incoming",
            "overrides": [f"output_root={out}", f"registry.tracking_uri=sqlite:///{out}/mlflow.db"],
            "report_dir": str(tmp_path / "reports"), "_logical_date": "2026-11-28T00:00:00+00:00"}
    conn = json.dumps({"conn_type": "aws", "extra": {"endpoint_url": s3_env, "region_name": "us-east-1"}})
    env = _env(tmp_path, AIRFLOW_CONN_AWS_DEFAULT=conn)

    first = _run(["test", json.dumps(conf)], env)
    assert first["state"] == "success", first
    assert set(first["tasks"].values()) == {"success"}
    report = (tmp_path / "reports" / "retrain-2026-11-28.md").read_text()
    assert "promotion: promoted" in report and "champion now: version 1" in report

    from mlflow import MlflowClient

    c = MlflowClient(f"sqlite:///{out}/mlflow.db")
    mv = c.get_model_version_by_alias("reasonrl-tiny", "champion")
    assert str(mv.version) == "1" and mv.tags["pipeline_run_id"] == "tiny-retrain-2026-11-28"
    summary = json.loads(next((out / "runs").glob("*/summary.json")).read_text())
    ingest = next(Path(summary["run_dir"]).rglob("ingest*/**/report.json"), None) or next(
        p for p in Path(summary["run_dir"]).rglob("report.json") if "ingest" in str(p))
    assert "batch-0-batch" in json.dumps(json.loads(ingest.read_text()))  # the S3 batch was ingested

    again = _run(["test", json.dumps(conf)], env)  # same logical date: reuse, no new version
    assert again["state"] == "success"
    assert [str(v.version) for v in c.search_model_versions("name='reasonrl-tiny'")] == ["1"]
    assert "reused an earlier result" in (tmp_path / "reports" / "retrain-2026-11-28.md").read_text()
