"""reward_model_train, rl_train, evaluate and distill."""

from __future__ import annotations

from pathlib import Path

from reasonrl import reward_model  # noqa: F401 (registers the learned reward terms a recipe's rl.rewards may name)
from reasonrl.config import config_hash
from reasonrl.config.models import Recipe, rl_run
from reasonrl.errors import DataError
from reasonrl.io import write_json, write_jsonl, write_manifest
from reasonrl.io.manifest import read_manifest
from reasonrl.stages.common import (
    METRICS,
    MODEL,
    REPORT,
    labelled_prompts,
    load_model,
    load_records,
    placement,
    prepare_out,
    task_prompts,
    torch_setup,
    upstream,
)


def reward_model_train(recipe: Recipe, data_in, out, progress: bool = True) -> dict:
    """Train a Bradley–Terry reward model on the preference pairs of the train split."""
    from reasonrl.modeling import resolve_model
    from reasonrl.reward_model.train import train_bt

    torch_setup(recipe.seed)
    pairs = load_records(data_in, kind="preference", split="train")
    if len(pairs) < 4:
        raise DataError(
            f"only {len(pairs)} preference pairs in {data_in}", hint="add a source with record: preference"
        )
    out = prepare_out(out, recipe, "reward_model_train", "reward_model")
    metrics = train_bt(
        resolve_model(recipe.reward_model.backbone, progress),
        pairs,
        recipe.reward_model,
        out / MODEL,
        recipe.seed,
        progress,
        place=placement(recipe),
    )
    write_json(out / METRICS, metrics)
    write_manifest(
        out,
        kind="reward_model",
        stage="reward_model_train",
        counts={"pairs": len(pairs)},
        upstream=upstream(data=data_in),
        config_hash=config_hash(recipe.reward_model),
        extra={"metrics": metrics},
    )
    return metrics


def rl_train(
    recipe: Recipe,
    data_in,
    out,
    reward_model_in=None,
    progress: bool = True,
    run_id: str = "local",
    init_in=None,
) -> dict:
    """GRPO-family RL on the labelled train-split prompts (the label budget, labelled_prompts),
    from the base model or, with `rl.init: sft`, from the SFT baseline in `init_in` (trained on the
    same labels); writes an HF model dir, the per-step metrics (metrics.jsonl, and an MLflow run)
    and a training report. Under torchrun every rank runs this; rank 0 writes the outputs."""
    from reasonrl.rl.distributed import Dist
    from reasonrl.rl.trainer import train

    place = placement(recipe)  # before the process group: NCCL binds to this rank's GPU
    dist = Dist.from_env(place.device)
    torch_setup(recipe.seed)
    records = labelled_prompts(recipe, data_in)
    start = init_model(recipe, init_in)
    recipe = _reward_model_terms(recipe, reward_model_in, place)
    out = prepare_out(out, recipe, "rl_train", "rl") if dist.main else Path(out)
    dist.barrier()
    model, tok = load_model(recipe, start, place, trainable=True)
    ref = (
        load_model(recipe, start, place, trainable=False)[0] if recipe.rl.kl_coef > 0 else None
    )  # KL to where RL began
    tracker = _tracker(recipe, "rl_train", run_id) if dist.main else None
    try:
        with place.autocast():
            history, strategy = train(
                model,
                tok,
                records,
                rl_run(recipe),
                out,
                seed=recipe.seed,
                ref_model=ref,
                progress=progress,
                log=tracker,
                dist=dist,
            )
    except BaseException:  # the trainer has written the good steps so far (metrics.jsonl)
        if tracker:
            tracker.close("FAILED")
        raise
    report = {
        "steps": len(history),
        "world_size": dist.world,
        "backend": recipe.rl.distributed.backend if dist.world > 1 else "none",
        "mlflow_run_id": tracker.run_id if tracker else None,
    }
    state = strategy.full_state_dict()  # every rank: sharded parameters gather collectively
    if dist.main:
        inputs = {"data": data_in, "reward_model": reward_model_in}
        if recipe.rl.init == "sft":
            inputs["init"] = init_in
        _write_policy(recipe, out, (model, tok, state), history, report, len(records), upstream(**inputs))
        if tracker:
            tracker.close()
    dist.barrier()
    return report


def _write_policy(recipe, out, policy, history, report: dict, n_records: int, lineage: dict) -> None:
    """Rank 0's outputs of rl_train: the HF model dir of `policy` (model, tokenizer, full state dict),
    the training report, report.json and the manifest with its lineage (`upstream` dirs)."""
    from reasonrl.report.training import write_training_report

    model, tok, state = policy
    model.save_pretrained(out / MODEL, state_dict=state)
    tok.save_pretrained(out / MODEL)
    report.update(write_training_report(out, history))
    write_json(out / REPORT, report)
    write_manifest(
        out,
        kind="model",
        stage="rl_train",
        counts={"steps": len(history), "prompts": n_records},
        upstream=lineage,
        config_hash=config_hash(rl_run(recipe)),
        extra={"base_model": recipe.model.base, "init": recipe.rl.init, "labels": n_records},
    )


def init_model(recipe: Recipe, init_in) -> str:
    """Where RL starts: the base model, or with rl.init: sft the SFT baseline's weights."""
    if recipe.rl.init == "base":
        return recipe.model.base
    if not init_in or not (Path(init_in) / MODEL).exists():
        raise DataError(
            f"rl.init is sft but there is no SFT model in {init_in or '(no --init given)'}",
            hint="pass the sft_baseline output dir as --init (the pipeline runs sft_baseline first), "
            "or --set rl.init=base to start from the base model",
        )
    return str(Path(init_in) / MODEL)


def _reward_model_terms(recipe: Recipe, reward_model_in, place) -> Recipe:
    """`reward_model` terms score on the policy's device and dtype; one without a path uses this
    pipeline's reward model."""

    def complete(t):
        if t.name != "reward_model":
            return t
        params = {"device": place.device, "dtype": place.dtype, **t.params}
        if reward_model_in and "path" not in params:
            params["path"] = str(Path(reward_model_in) / MODEL)
        return t.model_copy(update={"params": params})

    terms = [complete(t) for t in recipe.rl.rewards]
    return recipe.model_copy(update={"rl": recipe.rl.model_copy(update={"rewards": terms})})


def _tracker(recipe: Recipe, stage: str, run_id: str):
    """An MLflow run for a training stage's per-step metrics (None when tracking is off), named and
    tagged with the pipeline run, so runs of different pipeline runs never share a name."""
    if not recipe.model_registry.track_training:
        return None
    from reasonrl.model_registry.tracking import StepTracker, flatten

    return StepTracker(
        recipe.model_registry.tracking_uri,
        recipe.model_registry.experiment,
        f"{recipe.name}-{stage}-{run_id}",
        params=flatten("rl", rl_run(recipe).model_dump(mode="json")),
        tags={
            "reasonrl.stage": stage,
            "reasonrl.config_hash": config_hash(rl_run(recipe)),
            "pipeline_run_id": run_id,
        },
    )


def evaluate(recipe: Recipe, data_in, out, model: str, label: str, progress: bool = True) -> dict:
    """pass@1 over k samples and tokens per answer on the held-out (test) split."""
    from reasonrl.eval.runner import evaluate_model
    from reasonrl.report.eval_page import eval_html

    torch_setup(recipe.seed)
    records = task_prompts(data_in, recipe, "test")
    out = prepare_out(out, recipe, "evaluate", "eval")
    place = placement(recipe)
    lm, tok = load_model(recipe, model, place, trainable=False)  # a stage output dir resolves to its model/
    chosen = _validation_threshold(recipe, data_in, lm, tok, progress)
    metrics, samples = evaluate_model(
        lm,
        tok,
        records,
        recipe.eval,
        recipe.task,
        recipe.seed,
        progress,
        threshold=chosen["threshold"] if chosen else None,
        engine=recipe.rl.engine,
    )
    if chosen:
        metrics["threshold_selection"] = chosen
    if recipe.eval.policy_flip:
        from reasonrl.eval.policy_flip import policy_flip_check

        metrics["policy_flip"] = policy_flip_check(
            lm, tok, records, recipe.eval, out / "policy_flip", recipe.seed, progress, engine=recipe.rl.engine
        )
    metrics["label"] = label
    metrics["model"] = str(model)
    metrics["precision"] = place.dtype  # what the scores and the threshold were computed in (serve loads it)
    write_json(out / METRICS, metrics)
    write_jsonl(out / "samples.jsonl", samples)
    (out / "report.html").write_text(eval_html(metrics, samples), encoding="utf-8")
    write_manifest(
        out,
        kind="evaluation",
        stage="evaluate",
        counts={"prompts": metrics["n_prompts"]},
        upstream=upstream(data=data_in, model=model if Path(model).is_dir() else None),
        config_hash=config_hash(recipe.eval),
        extra={"metrics": metrics},
    )
    return metrics


def _validation_threshold(recipe: Recipe, data_in, lm, tok, progress: bool) -> dict | None:
    """With eval.validation_limit and a classification task: the score threshold with the best
    macro-F1 on validation items (a split carved from training; never a test set)."""
    from reasonrl import tasks
    from reasonrl.eval.ranking import best_threshold, macro_f1_at
    from reasonrl.eval.runner import evaluate_model

    task = tasks.get(recipe.task)
    if not recipe.eval.validation_limit or task.labels is None:
        return None
    records = task_prompts(data_in, recipe, "validation")
    cfg = recipe.eval.model_copy(
        update={"limit": recipe.eval.validation_limit, "stratify": ["answer"], "policy_flip": None}
    )
    _, samples = evaluate_model(
        lm, tok, records, cfg, recipe.task, recipe.seed, progress, engine=recipe.rl.engine
    )
    by_id = {r["id"]: r for r in records}
    positive = [by_id[s["id"]]["answer"] == task.labels(by_id[s["id"]])[0] for s in samples]
    scores = [s["score"] for s in samples]
    threshold = best_threshold(positive, scores)
    return {
        "threshold": threshold,
        "chosen_on": "validation",
        "items": len(samples),
        "macro_f1_validation": macro_f1_at(positive, scores, threshold),
    }


def distill(recipe: Recipe, data_in, teacher_in, out, progress: bool = True) -> dict:
    """Teacher samples k answers per train prompt; keep one correct trace per prompt (shortest by
    default) and train the student on them by distill.method (distill.flow)."""
    from reasonrl.distill.flow import distill as distill_flow

    torch_setup(recipe.seed)
    cfg, place = recipe.distill, placement(recipe)
    records = task_prompts(data_in, recipe, "train")[: cfg.max_prompts]
    out = prepare_out(out, recipe, "distill", "distill")
    teacher, tok = load_model(recipe, Path(teacher_in) / MODEL, place, trainable=False)
    done = distill_flow(
        recipe,
        records,
        teacher,
        tok,
        lambda: load_model(recipe, recipe.model.student, place, trainable=True),
        place,
        progress,
    )
    del teacher
    done.student.save_pretrained(out / MODEL)
    done.tok.save_pretrained(out / MODEL)
    report = done.report(recipe, len(records))
    write_json(out / REPORT, report)
    write_manifest(
        out,
        kind="model",
        stage="distill",
        counts={"traces": len(done.traces.examples)},
        upstream=upstream(data=data_in, teacher=teacher_in),
        config_hash=config_hash(cfg),
        extra={
            "student_init": recipe.model.student,
            "teacher_manifest": read_manifest(teacher_in).get("sha256"),
        },
    )
    return report
