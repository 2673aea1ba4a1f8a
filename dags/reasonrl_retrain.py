"""
### reasonrl: scheduled retraining

Every day, wait for the day's data batch to land on S3
(`s3://{bucket}/{batch_prefix}/{ds}/*.jsonl`), then run the reasonrl pipeline on the recipe plus
that batch — the batch goes through every compliance filter and gate like any other source —
and apply the promotion rule: the `champion` alias moves only when every gate passed and the
new model wins a paired test on the same held-out prompts. Finally write a short report.

**Modes** (DAG param `mode`): `embedded` runs the pipeline on the worker through kfp.local;
`cluster` uploads the compiled pipeline version (`<reasonrl version>-<recipe hash>`) to the KFP
endpoint `kfp_host`, creates a run and waits for it.

**Data-aware** (Airflow 3 assets): `reasonrl_retrain_on_new_data` runs when an event lands on
the `reasonrl_incoming_batches` asset (an upstream DAG with it as an outlet, or
`POST /api/v2/assets/events` with extra `{"prefix": "incoming/<batch>"}`), without waiting for
the clock; both DAGs emit an event on `reasonrl_registered_models` (extra: version, promoted,
champion) that evaluation or serving DAGs can schedule on.

**Idempotent**: results are keyed by the logical date; a retried task reuses a finished run
instead of training again, and re-applying a promotion changes nothing. S3 credentials come
from the `aws_default` connection (or the worker's AWS_* environment), never from the DAG.
"""

from __future__ import annotations

import os
from datetime import timedelta

import pendulum
from airflow.providers.amazon.aws.sensors.s3 import S3KeySensor
from airflow.sdk import Asset, Param, dag, task

DEFAULT_ARGS = {
    "owner": "reasonrl",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
    "retry_exponential_backoff": True,
}
# where batches land (the asset an upstream producer updates) and what this DAG produces
BATCHES = Asset(
    name="reasonrl_incoming_batches",
    uri=os.environ.get("REASONRL_BATCH_ASSET", "s3://reasonrl-data/incoming"),
)
MODELS = Asset(
    name="reasonrl_registered_models",
    uri=os.environ.get("REASONRL_MODEL_ASSET", "mlflow://reasonrl/registered-models"),
)
PARAMS = {
    "recipe": Param("pipelines/recipes/demo.yaml", type="string", description="recipe YAML on the worker"),
    "overrides": Param([], type="array", description="dotted recipe overrides, e.g. rl.steps=10"),
    "bucket": Param("reasonrl-data", type="string"),
    "batch_prefix": Param("incoming", type="string", description="batches land under <prefix>/<ds>/"),
    "batch_licence": Param("CC-BY-4.0", type="string", description="SPDX licence of rows that carry none"),
    "mode": Param("embedded", enum=["embedded", "cluster"]),
    "kfp_host": Param("", type="string", description="KFP API endpoint (cluster mode)"),
    "report_dir": Param("outputs/reports", type="string"),
    "serve_url": Param(
        "",
        type="string",
        description="the endpoint serving models:/<name>@champion (reasonrl "
        "serve, KServe): after a promotion it must answer with the new version; empty skips the check",
    ),
}


@task(doc_md="Re-apply the promotion rule (idempotent) and read the champion.")
def apply_promotion(result: dict, params=None) -> dict:
    from reasonrl.orchestration.retrain import promotion_status

    return promotion_status(result, params["recipe"], list(params["overrides"]))


@task(
    doc_md="After a promotion, the served endpoint answers with the new champion (skipped without serve_url)."
)
def smoke_test_serving(promotion: dict, params=None) -> dict:
    from reasonrl.orchestration.retrain import smoke_test_endpoint

    return smoke_test_endpoint(params["serve_url"], promotion)


@task(
    doc_md="Write the retraining report, and say on the models asset what was registered.", outlets=[MODELS]
)
def report(result: dict, promotion: dict, params=None, outlet_events=None) -> str:
    from reasonrl.orchestration.retrain import registered_event, write_report

    outlet_events[MODELS].extra = registered_event(result, promotion)
    return str(
        write_report(result, promotion, params["report_dir"], result.get("key") or str(result.get("run_id")))
    )


@dag(
    dag_id="reasonrl_retrain",
    schedule="@daily",
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["reasonrl", "retraining", "mlops"],
    doc_md=__doc__,
    params=PARAMS,
)
def reasonrl_retrain():
    wait_for_batch = S3KeySensor(
        task_id="wait_for_batch",
        bucket_name="{{ params.bucket }}",
        bucket_key="{{ params.batch_prefix }}/{{ ds }}/*.jsonl",
        wildcard_match=True,
        aws_conn_id="aws_default",
        poke_interval=60,
        timeout=6 * 3600,
        mode="reschedule",  # frees the worker slot between pokes
        doc_md="Waits for the logical date's batch of JSONL files.",
    )

    @task(doc_md="Run (embedded) or submit and await (cluster) the pipeline on recipe + batch.")
    def run_pipeline(params=None, ds=None) -> dict:
        from reasonrl.orchestration.retrain import new_batch
        from reasonrl.orchestration.retrain import run_pipeline as run

        batch = new_batch(params["bucket"], f"{params['batch_prefix']}/{ds}")
        return {
            **run(
                params["recipe"],
                list(params["overrides"]),
                batch,
                ds,
                mode=params["mode"],
                kfp_host=params["kfp_host"],
                licence=params["batch_licence"],
            ),
            "key": ds,
        }

    result = run_pipeline()
    wait_for_batch >> result
    promotion = apply_promotion(result)
    report(result, promotion)
    smoke_test_serving(promotion)


@dag(
    dag_id="reasonrl_retrain_on_new_data",
    schedule=[BATCHES],
    start_date=pendulum.datetime(2026, 1, 1, tz="UTC"),
    catchup=False,
    max_active_runs=1,
    default_args=DEFAULT_ARGS,
    tags=["reasonrl", "retraining", "mlops", "assets"],
    doc_md=__doc__,
    params=PARAMS,
)
def reasonrl_retrain_on_new_data():
    @task(doc_md="Run the pipeline on recipe + every batch the triggering asset events announce.")
    def run_pipeline(params=None, triggering_asset_events=None) -> dict:
        from reasonrl.orchestration.retrain import batches_from_events, new_batch
        from reasonrl.orchestration.retrain import run_pipeline as run

        batches = batches_from_events(triggering_asset_events)
        uris = [u for bucket, prefix in batches for u in new_batch(bucket, prefix)]
        key = "+".join(prefix.replace("/", "-") for _, prefix in batches)  # the same batches: the same run
        return {
            **run(
                params["recipe"],
                list(params["overrides"]),
                uris,
                key,
                mode=params["mode"],
                kfp_host=params["kfp_host"],
                licence=params["batch_licence"],
            ),
            "key": key,
        }

    result = run_pipeline()
    promotion = apply_promotion(result)
    report(result, promotion)
    smoke_test_serving(promotion)


reasonrl_retrain()
reasonrl_retrain_on_new_data()
