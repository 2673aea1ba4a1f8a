"""Per-step training metrics to MLflow: one run per training stage, a `log_batch` per step.

The callback is what the RL loop's `log` hook calls on rank 0; a tracking failure stops the
stage with a clear error rather than training for an hour with metrics going nowhere.
"""

from __future__ import annotations

import math
import time

from reasonrl.registry.mlflow_registry import _experiment_id, client


class StepTracker:
    """`tracker(step, metrics)` logs every finite numeric metric at that step."""

    def __init__(self, tracking_uri: str, experiment: str, run_name: str, params: dict[str, object], tags: dict[str, str]):
        self.client = client(tracking_uri)
        run = self.client.create_run(_experiment_id(self.client, experiment, None),
                                     tags={"mlflow.runName": run_name, **tags})
        self.run_id = run.info.run_id
        from mlflow.entities import Param

        self.client.log_batch(self.run_id, params=[Param(k, str(v)[:6000]) for k, v in sorted(params.items())])

    def __call__(self, step: int, metrics: dict) -> None:
        from mlflow.entities import Metric

        now = int(time.time() * 1000)
        batch = [Metric(k, float(v), now, step) for k, v in metrics.items()
                 if isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v)]
        for start in range(0, len(batch), 1000):  # MLflow's per-call limit
            self.client.log_batch(self.run_id, metrics=batch[start:start + 1000])

    def close(self, status: str = "FINISHED") -> None:
        self.client.set_terminated(self.run_id, status=status)


def flatten(prefix: str, obj) -> dict[str, object]:
    """{'rl.lr': 2e-4, 'rl.guard.window': 3, ...} from a nested dict, for MLflow params."""
    if isinstance(obj, dict):
        out: dict[str, object] = {}
        for k, v in obj.items():
            out.update(flatten(f"{prefix}.{k}" if prefix else str(k), v))
        return out
    return {prefix: obj}
