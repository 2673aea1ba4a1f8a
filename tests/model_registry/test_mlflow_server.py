"""The model registry against real servers on loopback: `mlflow server` (sqlite backend, artifacts
proxied to S3) and moto_server as the S3 API. Register, promote (a loser never moves champion, a
re-run changes nothing, a significant winner does), manual approval, load by alias, lineage
tags that resolve, and a corrupted artifact that must be detected."""

import os
import shutil
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest
from mlflow.exceptions import MlflowException

from reasonrl.io import write_json, write_jsonl, write_manifest
from reasonrl.io.artifacts import IntegrityError
from reasonrl.io.uris import s3_client

N_PROMPTS = 40


@pytest.fixture
def mlflow_server(s3_env, tmp_path):
    from tests.conftest import _free_port

    s3_client().create_bucket(Bucket="mlflow")
    port = _free_port()
    env = {**os.environ, "MLFLOW_S3_ENDPOINT_URL": s3_env}
    exe = Path(sys.executable).with_name("mlflow")
    proc = subprocess.Popen(
        [
            str(exe),
            "server",
            "--backend-store-uri",
            f"sqlite:///{tmp_path}/mlflow.db",
            "--artifacts-destination",
            "s3://mlflow/artifacts",
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--workers",
            "1",
        ],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=open(tmp_path / "mlflow.log", "w"),
    )
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    while True:
        try:
            urllib.request.urlopen(f"{url}/health", timeout=1)
            break
        except OSError:
            assert proc.poll() is None and time.monotonic() < deadline, (tmp_path / "mlflow.log").read_text()[
                -2000:
            ]
            time.sleep(0.3)
    yield url
    proc.terminate()
    proc.wait(timeout=20)


def _candidate(root: Path, name: str, accuracy_of) -> dict[str, Path]:
    """The artifacts a pipeline run hands to `register`: model, data, evaluation, gate decisions."""
    from reasonrl.modeling import resolve_model

    model = root / name / "rl"
    shutil.copytree(resolve_model("embedded:tiny-test"), model / "model")
    write_json(model / "report.json", {"steps": 3, "final": {"reward_mean": 0.5}})
    data = root / name / "data"
    data.mkdir(parents=True)
    write_json(data / "report.json", {"kept": 10, "quarantined": 2, "dropped_by_rule": {"pii": 2}})
    write_manifest(data, kind="dataset", stage="compliance_filter", extra={"policy_hash": "p0"})
    ev = root / name / "eval"
    ev.mkdir(parents=True)
    samples = [{"id": f"q{i}", "correct": float(accuracy_of(i)), "tokens": 10} for i in range(N_PROMPTS)]
    write_jsonl(ev / "samples.jsonl", samples)
    write_json(
        ev / "metrics.json",
        {
            "pass_at_1": sum(s["correct"] for s in samples) / N_PROMPTS,
            "mean_tokens": 10.0,
            "eval_set_hash": "same-prompts",
        },
    )
    gate = root / name / "gate"
    gate.mkdir(parents=True)
    write_json(gate / "decision.json", {"passed": True, "summary": "ok"})
    return {"model": model, "data": data, "eval": ev, "gate": gate}


def _register_and_promote(recipe, root: Path, name: str, accuracy_of) -> dict:
    from reasonrl.stages.registration import promote, register

    art = _candidate(root, name, accuracy_of)
    register(
        recipe,
        art["model"],
        art["data"],
        art["eval"],
        {"data": str(art["gate"])},
        root / name / "reg",
        run_id=f"run-{name}",
    )
    return promote(recipe, root / name / "reg", root / name / "promote")


def _audit_runs(c, experiment: str) -> list:
    exp = c.get_experiment_by_name(f"{experiment}-audit")
    return c.search_runs([exp.experiment_id]) if exp else []


def test_model_registry_on_mlflow_server_with_s3_artifacts(mlflow_server, tiny_recipe, tmp_path):
    from mlflow import MlflowClient

    from reasonrl.model_registry import mlflow_registry as reg
    from reasonrl.modeling import load_causal_lm
    from reasonrl.stages.registration import promote

    recipe = tiny_recipe.model_copy(
        update={
            "model_registry": tiny_recipe.model_registry.model_copy(
                update={"tracking_uri": mlflow_server, "model_name": "moderation-reasoner"}
            )
        }
    )
    c, name = MlflowClient(mlflow_server), "moderation-reasoner"

    first = _register_and_promote(recipe, tmp_path, "v1", lambda i: i % 2 == 0)  # 0.50
    assert first["promote"] and first["version"] == "1"
    loser = _register_and_promote(recipe, tmp_path, "v2", lambda i: i % 4 == 0)  # 0.25
    assert not loser["promote"] and c.get_model_version_by_alias(name, "champion").version == "1"
    assert c.get_model_version_by_alias(name, "challenger").version == "2"
    audits = len(_audit_runs(c, recipe.model_registry.experiment))
    again = promote(recipe, tmp_path / "v2" / "reg", tmp_path / "v2" / "promote-again")  # re-run: no-op
    assert not again["promote"] and "audit_run_id" not in again
    assert len(_audit_runs(c, recipe.model_registry.experiment)) == audits
    assert c.get_model_version_by_alias(name, "champion").version == "1"

    winner = _register_and_promote(recipe, tmp_path, "v3", lambda i: i % 10 != 0)  # 0.90, p < 0.05
    assert winner["promote"] and winner["comparison"]["p_value"] < 0.05 and winner["previous_champion"] == "1"
    assert c.get_model_version_by_alias(name, "champion").version == "3"

    # load by alias: verified files that transformers loads
    local = reg.download_by_alias(mlflow_server, name, "champion", tmp_path / "dl")
    model, _ = load_causal_lm(local)
    assert sum(p.numel() for p in model.parameters()) > 0

    # lineage tags resolve to real artifacts; the model card and the evaluation went up with the run
    mv = c.get_model_version(name, "3")
    assert Path(mv.tags["gate.data.uri"]).exists() and Path(mv.tags["dataset_uri"]).exists()
    assert mv.tags["pipeline_run_id"] == "run-v3" and mv.tags["policy_hash"] == "p0"
    card = Path(c.download_artifacts(mv.run_id, "model_card.md", str(tmp_path / "card"))).read_text()
    assert "## Compliance" in card and "## Evaluation" in card and "## Limits" in card
    arts = {a.path for a in c.list_artifacts(mv.run_id)}
    assert {"model", "evaluation", "model_card.md"} <= arts

    # the artifacts really live in S3; corrupt the weights there and the download must refuse them
    s3 = s3_client()
    keys = [o["Key"] for o in s3.list_objects_v2(Bucket="mlflow", Prefix="artifacts/")["Contents"]]
    weights = next(k for k in keys if mv.run_id in k and k.endswith("model/model.safetensors"))
    s3.put_object(Bucket="mlflow", Key=weights, Body=b"not the weights")
    with pytest.raises(IntegrityError, match="model.safetensors: sha256"):
        reg.download_by_alias(mlflow_server, name, "champion", tmp_path / "dl-corrupt")


def test_manual_approval_records_who_approved(mlflow_server, tiny_recipe, tmp_path, monkeypatch):
    from mlflow import MlflowClient

    from reasonrl.cli.main import main

    reg_cfg = tiny_recipe.model_registry.model_copy(
        update={
            "tracking_uri": mlflow_server,
            "model_name": "gated",
            "promotion": tiny_recipe.model_registry.promotion.model_copy(update={"mode": "manual"}),
        }
    )
    recipe = tiny_recipe.model_copy(update={"model_registry": reg_cfg})
    c = MlflowClient(mlflow_server)
    first = _register_and_promote(recipe, tmp_path, "v1", lambda i: i % 2 == 0)
    assert first["awaiting_approval"] and not first["promote"]
    waiting = _register_and_promote(
        recipe, tmp_path, "v2", lambda i: i % 3 != 0
    )  # also compared with no champion
    assert (
        waiting["awaiting_approval"] and c.get_model_version("gated", "2").tags["compared_champion"] == "none"
    )
    with pytest.raises(MlflowException, match="champion"):
        c.get_model_version_by_alias("gated", "champion")
    assert (
        main(
            [
                "approve",
                "gated",
                "1",
                "--by",
                "alice",
                "--tracking-uri",
                mlflow_server,
                "--experiment",
                recipe.model_registry.experiment,
            ]
        )
        == 0
    )
    mv = c.get_model_version("gated", "1")
    assert c.get_model_version_by_alias("gated", "champion").version == "1"
    assert mv.tags["approved_by"] == "alice" and mv.tags["promotion_status"] == "approved"
    events = [r.data.tags for r in _audit_runs(c, recipe.model_registry.experiment)]
    assert any(t.get("audit.action") == "approve" and t.get("audit.approved_by") == "alice" for t in events)
    assert main(["approve", "gated", "1", "--tracking-uri", mlflow_server]) == 0  # again: a no-op
    # v2 waited while v1 was approved: its comparison says nothing about v1, so it cannot replace it untested
    assert main(["approve", "gated", "2", "--tracking-uri", mlflow_server]) != 0
    assert c.get_model_version_by_alias("gated", "champion").version == "1"
