"""Per-step training metrics to MLflow: one run per training stage, a `log_batch` per step.

The callback is what the RL loop's `log` hook calls on rank 0; a tracking failure stops the
stage with a clear error rather than training for an hour with metrics going nowhere.
"""

from __future__ import annotations

import math
import time

from reasonrl.model_registry.mlflow_registry import _experiment_id, client

# what the loop's per-step dict carries that is not a metric of its own: the step (MLflow's x-axis)
# and `accuracy` (the same number as `reward/accuracy`, kept for the progress bar)
NOT_METRICS = frozenset({"step", "accuracy"})


class StepTracker:
    """`tracker(step, metrics)` logs every finite numeric metric at that step, except one that has
    not changed yet: a series is held back until its value first moves (then logged with its whole
    history), and one that never moved is recorded once, as a `constant.<name>` param, at close.
    So the run's charts hold no flat lines (lr without a schedule, clip fractions with one PPO
    epoch, dynamic-sampling counters when it is off), and nothing is lost."""

    def __init__(
        self,
        tracking_uri: str,
        experiment: str,
        run_name: str,
        params: dict[str, object],
        tags: dict[str, str],
    ):
        self.client = client(tracking_uri)
        run = self.client.create_run(
            _experiment_id(self.client, experiment, None), tags={"mlflow.runName": run_name, **tags}
        )
        self.run_id = run.info.run_id
        self.pending: dict[str, list] = {}  # name -> its points while its value has not changed
        self.moving: set[str] = set()
        from mlflow.entities import Param

        self.client.log_batch(
            self.run_id, params=[Param(k, str(v)[:6000]) for k, v in sorted(params.items())]
        )

    def __call__(self, step: int, metrics: dict) -> None:
        from mlflow.entities import Metric

        now, batch = int(time.time() * 1000), []
        for k, v in metrics.items():
            if (
                k in NOT_METRICS
                or not isinstance(v, (int, float))
                or isinstance(v, bool)
                or not math.isfinite(v)
            ):
                continue
            point = Metric(k, float(v), now, step)
            held = self.pending.setdefault(k, []) if k not in self.moving else None
            if held is None:
                batch.append(point)
            elif held and held[0].value != point.value:  # it moved: a metric after all, with its history
                batch += self.pending.pop(k) + [point]
                self.moving.add(k)
            else:
                held.append(point)
        self._log(metrics=batch)

    def _log(self, **kwargs) -> None:
        for key, items in kwargs.items():
            for start in range(
                0, len(items), 100
            ):  # under MLflow's per-call limits (1000 metrics, 100 params)
                self.client.log_batch(self.run_id, **{key: items[start : start + 100]})

    def close(self, status: str = "FINISHED") -> None:
        from mlflow.entities import Param

        self._log(
            params=[
                Param(f"constant.{k}", repr(points[0].value))
                for k, points in sorted(self.pending.items())
                if points
            ]
        )
        self.client.set_terminated(self.run_id, status=status)


def flatten(prefix: str, obj) -> dict[str, object]:
    """{'rl.lr': 2e-4, 'rl.guard.window': 3, ...} from a nested dict, for MLflow params."""
    if isinstance(obj, dict):
        out: dict[str, object] = {}
        for k, v in obj.items():
            out.update(flatten(f"{prefix}.{k}" if prefix else str(k), v))
        return out
    return {prefix: obj}
