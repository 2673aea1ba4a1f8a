"""Run in a fresh process by test_dags.py: Airflow reads AIRFLOW_HOME and its config at import
time, so each check gets its own interpreter, temp home and freshly migrated metadata DB.

    python tests/dags/run_dag.py check            -> JSON: import errors, tags/owners/retries per DAG
    python tests/dags/run_dag.py test CONF_JSON   -> JSON: the dag.test() run's state and task states
"""

import json
import os
import sys
from pathlib import Path

DAGS = Path(__file__).resolve().parents[2] / "dags"


def _airflow():
    os.environ.setdefault("AIRFLOW__CORE__LOAD_EXAMPLES", "False")
    os.environ["AIRFLOW__CORE__DAGS_FOLDER"] = str(DAGS)
    from airflow.utils import db

    db.resetdb()
    from airflow.dag_processing.dagbag import DagBag

    return DagBag(dag_folder=str(DAGS))


def check() -> dict:
    bag = _airflow()
    dags = {}
    for dag_id, dag in bag.dags.items():
        tasks = list(dag.tasks)
        dags[dag_id] = {
            "tags": sorted(dag.tags),
            "doc_md": bool(dag.doc_md),
            "owners": sorted({t.owner for t in tasks}),
            "retries": sorted({t.retries for t in tasks}),
            "tasks": sorted(t.task_id for t in tasks),
            "schedule": str(getattr(dag.timetable, "asset_condition", None) or dag.timetable),
            "outlets": sorted(o.uri for t in tasks for o in getattr(t, "outlets", []) or []),
        }
    return {"import_errors": {k: str(v) for k, v in bag.import_errors.items()}, "dags": dags}


def test(conf: dict) -> dict:
    import pendulum

    bag = _airflow()
    dag = bag.get_dag("reasonrl_retrain")
    run = dag.test(logical_date=pendulum.parse(conf.pop("_logical_date")), run_conf=conf)
    from airflow.models.asset import AssetEvent, AssetModel
    from airflow.utils.session import create_session

    with create_session() as session:  # what the run announced on its outlet assets
        events = [
            {"uri": uri, "extra": extra}
            for uri, extra in session.query(AssetModel.uri, AssetEvent.extra).join(
                AssetEvent, AssetEvent.asset_id == AssetModel.id
            )
        ]
    return {
        "state": str(run.state),
        "tasks": {ti.task_id: str(ti.state) for ti in run.get_task_instances()},
        "asset_events": events,
    }


if __name__ == "__main__":
    result = check() if sys.argv[1] == "check" else test(json.loads(sys.argv[2]))
    print("RESULT " + json.dumps(result))
