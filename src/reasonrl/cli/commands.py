"""Handlers for each subcommand: parse, call the core, print. No logic of their own."""

from __future__ import annotations

import json

from reasonrl.cli.common import load, pairs, print_json
from reasonrl.errors import GateFailed


def cmd_ingest(args):
    from reasonrl.stages.data import ingest

    print_json(ingest(load(args), args.out))


def cmd_compliance_filter(args):
    from reasonrl.stages.data import compliance_filter

    print_json(compliance_filter(load(args), args.data, args.out))


def cmd_gate(args):
    from reasonrl.stages.gate import gate

    inputs = {
        "data": args.data,
        "reward_model": args.reward_model,
        "candidate": args.candidate,
        "reference": args.reference,
    }
    decision = gate(load(args), args.kind, {k: v for k, v in inputs.items() if v}, args.out)
    print(decision["summary"])
    if args.strict and not decision["passed"]:
        raise GateFailed(decision["summary"], hint=f"see {args.out}/decision.json and its Data Docs")


def cmd_reward_model_train(args):
    from reasonrl.stages.train import reward_model_train

    print_json(reward_model_train(load(args), args.data, args.out, progress=not args.no_progress))


def cmd_rl_train(args):
    recipe = load(args)
    if recipe.cluster.launcher == "trainjob":  # this pod launches and follows a Kubeflow Trainer TrainJob
        from reasonrl.orchestration.trainjob import launch

        print_json(launch(recipe, args.data, args.reward_model, args.out, args.run_id, init_in=args.init))
        return
    from reasonrl.stages.train import rl_train

    print_json(
        rl_train(
            recipe,
            args.data,
            args.out,
            args.reward_model,
            progress=not args.no_progress,
            run_id=args.run_id,
            init_in=args.init,
        )
    )


def cmd_rl_train_worker(args):
    from reasonrl.orchestration.trainjob import worker

    print_json(worker(args.staging, args.run_id, progress=not args.no_progress))


def cmd_evaluate(args):
    from reasonrl.stages.train import evaluate

    recipe = load(args)
    print_json(
        evaluate(
            recipe,
            args.data,
            args.out,
            args.model or recipe.model.base,
            args.label,
            progress=not args.no_progress,
        )
    )


def cmd_sft_baseline(args):
    from reasonrl.stages.baseline import sft_baseline

    print_json(sft_baseline(load(args), args.data, args.out, progress=not args.no_progress))


def cmd_distill(args):
    from reasonrl.stages.train import distill

    print_json(distill(load(args), args.data, args.teacher, args.out, progress=not args.no_progress))


def cmd_register(args):
    from reasonrl.stages.registration import register

    print_json(
        register(
            load(args),
            args.model,
            args.data,
            args.evaluation,
            pairs(args.gate),
            args.out,
            run_id=args.run_id,
            extra_evals=pairs(args.extra_eval),
        )
    )


def cmd_promote(args):
    from reasonrl.stages.registration import promote

    print_json(promote(load(args), args.registration, args.out))


def cmd_config(args):
    import yaml

    print(yaml.safe_dump(load(args).model_dump(mode="json"), sort_keys=False))


def cmd_list(args):
    from reasonrl import rewards, tasks
    from reasonrl.compliance.suites import SUITES
    from reasonrl.data.filters import FILTERS
    from reasonrl.data.splits import SPLITTERS
    from reasonrl.distill.select import SELECTORS
    from reasonrl.modeling.loading import URI_SCHEMES
    from reasonrl.plan.hardware import GPUS

    groups = {
        "rewards": rewards.names,
        "tasks": tasks.names,
        "filters": FILTERS.names,
        "splitters": SPLITTERS.names,
        "gates": SUITES.names,
        "selections": SELECTORS.names,
        "model-uris": URI_SCHEMES.names,
        "gpus": GPUS.names,
    }
    try:
        from reasonrl.distill.flow import METHODS
        from reasonrl.distill.kd import DIVERGENCES
        from reasonrl.generation import ENGINES
        from reasonrl.rl.advantages import ADVANTAGES
        from reasonrl.rl.distributed import STRATEGIES
        from reasonrl.rl.kl import KL_ESTIMATORS
        from reasonrl.rl.losses import AGGREGATIONS, POLICY_LOSSES

        groups.update(
            advantages=ADVANTAGES.names,
            losses=POLICY_LOSSES.names,
            aggregations=AGGREGATIONS.names,
            kl=KL_ESTIMATORS.names,
            engines=ENGINES.names,
            backends=STRATEGIES.names,
            divergences=DIVERGENCES.names,
            **{"distill-methods": METHODS.names},
        )
    except ImportError:  # torch missing: list what does not need it
        pass
    chosen = groups if args.what == "all" else {args.what: groups.get(args.what)}
    if None in chosen.values():
        from reasonrl.errors import ConfigError

        raise ConfigError(
            f"nothing called '{args.what}' to list", hint=f"choose one of: all, {', '.join(groups)}"
        )
    for name, fn in chosen.items():
        print(f"{name}: {', '.join(fn())}")


def cmd_bootstrap(args):
    from reasonrl.modeling import resolve_model

    print(resolve_model(f"embedded:{args.name}"))


def cmd_compile(args):
    from reasonrl.orchestration.local import compile_pipeline

    print(compile_pipeline(args.out))


def cmd_run(args):
    from reasonrl.orchestration.local import run_local

    return run_local(args.recipe, args.overrides)


def cmd_plan(args):
    from reasonrl.config import load_recipe
    from reasonrl.plan.recipe import plan, render, shape_for

    recipe = load_recipe(args.recipe, args.overrides)
    out = plan(recipe, shape_for(recipe, args.model_config), args.gpus, args.gpu_type, args.prompt_tokens)
    print(json.dumps(out, indent=2) if args.json else render(out))
    return 0 if out["fits"] else 4


def cmd_images(args):
    from reasonrl.config import load_recipe
    from reasonrl.orchestration.versioning import image_refs

    refs = image_refs(load_recipe(args.recipe, args.overrides))
    print(refs[args.flavour] if args.flavour else "\n".join(f"{k}\t{v}" for k, v in refs.items()))


def cmd_submit(args):
    from reasonrl.orchestration.submit import submit

    print_json(submit(args.recipe, args.overrides, host=args.host, experiment=args.experiment))


def cmd_approve(args):
    import os

    from reasonrl.errors import ConfigError
    from reasonrl.model_registry.mlflow_registry import approve

    uri = args.tracking_uri or os.environ.get("MLFLOW_TRACKING_URI")
    if not uri:
        raise ConfigError("no tracking URI", hint="pass --tracking-uri or set MLFLOW_TRACKING_URI")
    print_json(approve(uri, args.experiment, args.model, args.version, args.by))


def cmd_eval(args):
    import os
    from pathlib import Path

    from reasonrl.config.models import EvalConfig
    from reasonrl.eval.suite import run_eval
    from reasonrl.modeling.device import placement

    if args.tracking_uri:
        os.environ["MLFLOW_TRACKING_URI"] = args.tracking_uri
    cfg = EvalConfig(
        samples=args.samples,
        sampling={"temperature": args.temperature, "max_new_tokens": args.max_new_tokens},
        limit=args.limit,
        batch_size=args.batch_size,
    )
    report = run_eval(
        args.model,
        args.task,
        cfg,
        Path(args.out),
        compare_with=args.compare_with,
        seed=args.seed,
        progress=not args.no_progress,
        place=placement(args.device, args.precision),
        engine=args.engine,
    )
    keys = ("pass_at_1", "pass_at_1_ci95", "mean_tokens", "p90_tokens")
    summary = {
        name: {label: m if label == "comparison" else {k: m[k] for k in keys} for label, m in entry.items()}
        for name, entry in report["tasks"].items()
    }
    print_json({"report": str(Path(args.out) / "report.html"), "tasks": summary})


def cmd_artifact(args):
    from reasonrl.io.artifacts import download_artifact, upload_artifact

    if args.action == "push":
        print_json(upload_artifact(args.source, args.dest))
    else:
        print_json({"dir": str(download_artifact(args.source, args.dest)), "verified": True})


def cmd_serve(args):
    import os

    from reasonrl.serve.model import ModelServer, pick_engine
    from reasonrl.serve.run import serve_forever

    tracking = args.tracking_uri or os.environ.get("MLFLOW_TRACKING_URI")
    server = ModelServer(
        args.model,
        tracking,
        task=args.task,
        content_policy=args.content_policy,
        engine=pick_engine(args.engine),
        max_batch=args.max_batch,
    )
    serve_forever(server, args.host, args.port, args.reload_every)
