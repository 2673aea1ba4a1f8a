"""What the scheduled-retraining DAG does, as plain functions (the DAG stays a thin shell).

1. find the new data batch on S3 (`new_batch`), 2. run the pipeline on the recipe plus that batch,
locally through kfp.local (embedded mode) or as a run on a KFP endpoint (cluster mode), 3. read
and re-apply the promotion decision (idempotent), 4. write a report. Each step is keyed by the
schedule's logical date, so a retried or re-run task finds its earlier result instead of
training twice.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from reasonrl.config import load_recipe, localize
from reasonrl.config.models import Recipe, SourceConfig
from reasonrl.errors import DataError, ReasonRLError
from reasonrl.io.uris import s3_client
from reasonrl.model_registry import mlflow_registry as reg
from reasonrl.model_registry.lifecycle import promote_version, registration_of_run
from reasonrl.orchestration.local import run_recipe_local
from reasonrl.orchestration.submit import submit_recipe


def new_batch(bucket: str, prefix: str) -> list[str]:
    """s3:// URIs of the JSONL files of a batch (what the sensor waited for), sorted."""
    listing = s3_client().list_objects_v2(Bucket=bucket, Prefix=prefix.rstrip("/") + "/")
    keys = sorted(o["Key"] for o in listing.get("Contents", []) if o["Key"].endswith((".jsonl", ".jsonl.gz")))
    if not keys:
        raise DataError(
            f"no .jsonl files under s3://{bucket}/{prefix}", hint="the sensor fired on another key?"
        )
    return [f"s3://{bucket}/{k}" for k in keys]


def with_batch(recipe: Recipe, uris: list[str], licence: str | None = None) -> Recipe:
    """The recipe with the batch's files added as prompt sources (they go through every filter)."""
    added = [
        SourceConfig(name=f"batch-{i}-{Path(u).stem}", uri=u, task=recipe.task, licence=licence)
        for i, u in enumerate(uris)
    ]
    return recipe.model_copy(
        update={"data": recipe.data.model_copy(update={"sources": [*recipe.data.sources, *added]})}
    )


def run_key(recipe: Recipe, key: str) -> str:
    """The pipeline run of a scheduled run: the recipe and the logical date (daily) or the batches
    (asset-triggered runs have no logical date)."""
    return f"{recipe.name}-retrain-{_slug(key)}"


def _slug(key: str) -> str:
    return "".join(c for c in key.replace("/", "-") if c.isalnum() or c in "-_.")[:60]


def run_pipeline(
    recipe_path: str,
    overrides: list[str],
    batch: list[str],
    logical_date: str,
    *,
    mode: str = "embedded",
    kfp_host: str = "",
    licence: str | None = None,
    wait_timeout_s: int = 6 * 3600,
) -> dict:
    """Run (embedded) or submit and wait for (cluster) the pipeline; idempotent per logical date."""
    recipe = with_batch(load_recipe(recipe_path, overrides), batch, licence)
    key = run_key(recipe, logical_date)
    if mode == "cluster":
        return _run_cluster(recipe, key, kfp_host, wait_timeout_s)
    recipe = localize(recipe)
    done = Path(recipe.output_root) / "runs" / key / "summary.json"
    if done.exists():  # a retry after the run finished: report it, do not train again
        return {**json.loads(done.read_text()), "reused": True}
    run_recipe_local(recipe, run_id=key, source=f"{recipe_path} + {len(batch)} batch file(s)")
    return json.loads(done.read_text())


def _run_cluster(recipe: Recipe, key: str, host: str, timeout_s: int) -> dict:
    """Submit, follow to the end, and read back what the run registered (its artifacts stay on
    the cluster; the model registry is shared): the result carries the registration when there is one."""
    import kfp

    if not host:
        raise ReasonRLError("cluster mode needs a KFP endpoint", hint="set the DAG param kfp_host")
    submitted = submit_recipe(recipe, host, run_id=key)
    run = kfp.Client(host=host).wait_for_run_completion(submitted["run_id"], timeout=timeout_s)
    state = str(getattr(run, "state", "UNKNOWN"))
    completed = state.upper().endswith("SUCCEEDED")
    return {
        **submitted,
        "run_id": key,
        "kfp_run_id": submitted["run_id"],
        "state": state,
        "completed": completed,
        "registration": registration_of_run(recipe, key) if completed else None,
    }


def promotion_status(result: dict, recipe_path: str, overrides: list[str]) -> dict:
    """The promotion of the run's registered version, re-applied through the model registry (idempotent:
    a second application changes nothing), plus the champion now. A local run's registration is
    in its run dir; a cluster run's is read back from the model registry by its pipeline run id."""
    recipe = localize(load_recipe(recipe_path, overrides))
    info = _registration(result)
    if not result.get("completed") or info is None:
        why = "a gate failed" if result.get("completed") else f"the run ended {result.get('state', 'early')}"
        return {
            "promoted": False,
            "reason": f"the pipeline stopped before registration ({why})",
            "gates": result.get("gates"),
        }
    out = Path(recipe.output_root) / "runs" / str(result.get("run_id", "run")) / "promote-airflow"
    applied = promote_version(recipe, info, out)
    champion = reg.alias_version(reg.client(info["tracking_uri"]), info["model_name"], reg.CHAMPION)
    now = champion["version"] if champion else None
    return {
        "promoted": now == info["version"],
        "version": info["version"],
        "reason": applied["reason"],
        "reapplied": applied["reason"],
        "champion": now,
        "model_name": info["model_name"],
    }


def _registration(result: dict) -> dict | None:
    if result.get("registration") and "gates_passed" in result["registration"]:
        return result["registration"]  # cluster mode, or a summary that carries it
    found = next(Path(result["run_dir"]).rglob("registration.json"), None) if result.get("run_dir") else None
    return json.loads(found.read_text()) if found else None


def write_report(result: dict, promotion: dict, out_dir: str | Path, logical_date: str) -> Path:
    """A short markdown report per scheduled run, next to the pipeline's own summary."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    evals = result.get("evals", {})
    lines = [
        f"# reasonrl retraining {logical_date}",
        "",
        f"- run: `{result.get('run_id', '?')}`"
        + (" (reused an earlier result)" if result.get("reused") else ""),
        f"- gates: {json.dumps(result.get('gates'))}",
        *[
            f"- {label}: pass@1 {e.get('pass_at_1', float('nan')):.3f}, "
            f"mean tokens {e.get('mean_tokens', 0):.1f}"
            for label, e in evals.items()
        ],
        (
            f"- promotion: {'promoted' if promotion.get('promoted') else 'not promoted'} — "
            f"{promotion.get('reason')}"
        ),
        f"- champion now: version {promotion.get('champion')}",
        f"- written {time.strftime('%Y-%m-%d %H:%M:%S')}",
    ]
    path = out / f"retrain-{_slug(logical_date)}.md"
    path.write_text("\n".join(lines) + "\n")
    return path


def batches_from_events(events) -> list[tuple[str, str]]:
    """(bucket, prefix) of each batch announced by the asset events that triggered a run (Airflow 3
    data-aware scheduling): an event's `extra` names its batch as {"prefix": "incoming/2026-11-30"}
    (and may name another "bucket"); without one, the asset's own s3:// URI is the batch. Sorted,
    without repeats, so a retry sees the same batches. Pure."""
    from reasonrl.io.uris import split_s3

    found = set()
    for asset, items in dict(events or {}).items():
        uri = getattr(asset, "uri", None) or str(asset)
        bucket, prefix = split_s3(uri) if uri.startswith("s3://") else ("", "")
        for event in items:
            extra = dict(getattr(event, "extra", None) or {})
            found.add((extra.get("bucket", bucket), extra.get("prefix", prefix)))
    if not found or any(not b or not p for b, p in found):
        raise DataError(
            "the triggering asset events name no s3:// batch",
            hint='emit the event on the s3:// asset with extra {"prefix": "<prefix of the batch>"}',
        )
    return sorted(found)


def registered_event(result: dict, promotion: dict) -> dict:
    """What the model asset's event says about this run: the version it registered, if any, and
    whether it became the champion. Pure."""
    reg_info = _registration(result) if result.get("completed") else None
    return {
        "run_id": result.get("run_id"),
        "model": reg_info.get("model_name") if reg_info else None,
        "version": reg_info.get("version") if reg_info else None,
        "promoted": bool(promotion.get("promoted")),
        "champion": promotion.get("champion"),
    }


def smoke_test_endpoint(url: str, promotion: dict, timeout_s: float = 600, poll_s: float = 5) -> dict:
    """After a promotion, the served endpoint answers with the new champion: wait until its /health
    names the promoted version (the server re-resolves its alias on an interval or SIGHUP), then
    one real request, whose response must name that version too. No endpoint, or no promotion:
    skipped, and said why. A wrong or silent endpoint raises (the task fails and is retried)."""
    import urllib.request

    if not url:
        return {"skipped": True, "why": "no serve_url: nothing serves the champion from this DAG's view"}
    if not promotion.get("promoted"):
        return {"skipped": True, "why": "no new champion to check"}
    base, want = url.rstrip("/"), str(promotion["version"])
    deadline, seen = time.monotonic() + timeout_s, None
    while True:
        try:
            with urllib.request.urlopen(f"{base}/health", timeout=30) as resp:
                seen = json.loads(resp.read()).get("version")
        except OSError as exc:
            seen = f"unreachable ({exc})"
        if seen == want or time.monotonic() > deadline:
            break
        time.sleep(poll_s)
    if seen != want:
        raise ReasonRLError(
            f"{base} serves version {seen}, not the promoted version {want}, after {timeout_s:.0f} s",
            hint="check the server's --reload-every (or send it SIGHUP) and its model registry access",
        )
    health = json.loads(urllib.request.urlopen(f"{base}/health", timeout=30).read())
    route, body = (
        ("/v1/moderations", {"input": "Have a nice day."})
        if health.get("task") == "moderation"
        else ("/v1/completions", {"prompt": "1+1=", "max_tokens": 4, "temperature": 0})
    )
    req = urllib.request.Request(
        f"{base}{route}", data=json.dumps(body).encode(), headers={"Content-Type": "application/json"}
    )
    with urllib.request.urlopen(req, timeout=300) as resp:
        answered, version = json.loads(resp.read()), resp.headers.get("X-Model-Version")
    if version != want:
        raise ReasonRLError(f"{base}{route} answered with version {version}, not {want}")
    return {"skipped": False, "version": version, "route": route, "model": answered.get("model")}
