"""The `reasonrl` argument parser: one builder per group of subcommands, in the order `--help`
lists them (`SECTIONS`), so each group reads on its own. The handlers are `cli.commands.cmd_*`."""

from __future__ import annotations

import argparse

from reasonrl import __version__

EPILOG = """examples:
  reasonrl run pipelines/recipes/demo.yaml                 # whole pipeline locally (kfp.local)
  reasonrl run pipelines/recipes/demo.yaml rl.steps=10     # with dotted overrides
  reasonrl compile                                         # write pipelines/compiled/reasonrl.yaml
  reasonrl list rewards                                    # what a recipe can name
  reasonrl ingest --recipe R.yaml --out outputs/data       # one stage by hand
"""


def _recipe_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("--recipe", help="recipe YAML (pipelines/recipes/*.yaml)")
    p.add_argument("--recipe-json", help="resolved recipe as a JSON file (what components pass)")
    p.add_argument(
        "--set",
        dest="overrides",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="dotted override, e.g. --set rl.steps=10 (repeatable)",
    )
    p.add_argument("--no-progress", action="store_true", help="disable progress bars")


def _stage(name: str, help_: str, sub, *io: tuple[str, str]):
    p = sub.add_parser(name, help=help_, description=help_)
    _recipe_args(p)
    p.add_argument("--out", required=True, help="output artifact directory (created)")
    for flag, text in io:
        p.add_argument(flag, help=text)
    return p


def _pipeline(sub) -> None:
    """Whole-pipeline commands: run, compile, images, submit, and the inspection ones."""
    run = sub.add_parser(
        "run",
        help="run the whole pipeline locally through kfp.local",
        description="Run the whole pipeline on this machine (kfp.local SubprocessRunner) and "
        "write a run summary. Exit 3 when a gate stops the pipeline.",
    )
    run.add_argument("recipe", help="recipe YAML")
    run.add_argument("overrides", nargs="*", metavar="KEY=VALUE", help="dotted overrides, e.g. rl.steps=10")
    comp = sub.add_parser("compile", help="compile the pipeline to KFP IR YAML")
    comp.add_argument("--out", default="pipelines/compiled/reasonrl.yaml")
    img = sub.add_parser(
        "images",
        help="print the image references a recipe's components run in",
        description="The CPU and GPU image references (cluster.image: <registry>/<repository>:"
        "<package version>-<code hash>-<flavour>) that `submit` compiles into the "
        "pipeline: tag your `docker build` with them.",
    )
    img.add_argument("recipe", help="recipe YAML")
    img.add_argument(
        "overrides", nargs="*", metavar="KEY=VALUE", help="e.g. cluster.image.registry=ghcr.io/acme"
    )
    img.add_argument("--flavour", choices=["cpu", "gpu"], help="print only this one")
    subm = sub.add_parser("submit", help="upload the pipeline version and create a run on a KFP endpoint")
    subm.add_argument("recipe")
    subm.add_argument("overrides", nargs="*", metavar="KEY=VALUE")
    subm.add_argument("--host", required=True, help="KFP API endpoint, e.g. http://ml-pipeline.kubeflow:8888")
    subm.add_argument("--experiment", default="reasonrl")
    lst = sub.add_parser(
        "list",
        help="list registered names: rewards, tasks, filters, splitters, gates, engines, "
        "advantages, losses, backends, distillation methods, GPUs (`reasonrl list rewards`)",
    )
    lst.add_argument("what", nargs="?", default="all")
    boot = sub.add_parser("bootstrap", help="build (or reuse) the embedded tiny model and print its path")
    boot.add_argument("name", nargs="?", default="tiny-arith")
    cfg = sub.add_parser("config", help="print the resolved recipe as YAML")
    _recipe_args(cfg)


def _training_stages(sub) -> None:
    """The stages up to RL, each what a KFP component calls, and the TrainJob worker."""
    _stage("ingest", "read sources; quarantine unparseable rows; assign splits", sub)
    _stage("compliance-filter", "apply the compliance policy's filters", sub, ("--data", "ingest output dir"))
    g = _stage(
        "gate",
        "run a Great Expectations gate and write its decision",
        sub,
        ("--data", "dataset dir (data gate)"),
        ("--reward-model", "reward model dir"),
        ("--candidate", "evaluation dir of the candidate"),
        ("--reference", "evaluation dir to compare with"),
    )
    g.add_argument("--kind", required=True, choices=["data", "reward_model", "policy", "student"])
    g.add_argument("--strict", action="store_true", help="exit 3 when the gate fails")
    _stage(
        "reward-model-train", "train a Bradley–Terry reward model", sub, ("--data", "filtered dataset dir")
    )
    rl = _stage(
        "rl-train",
        "GRPO-family RL of the base model (or, with rl.init: sft, of the SFT baseline)",
        sub,
        ("--data", "filtered dataset dir"),
        ("--reward-model", "reward model dir (lineage / learned reward)"),
        ("--init", "sft-baseline output dir: where RL starts when the recipe says rl.init: sft"),
    )
    rl.add_argument("--run-id", default="local", help="the pipeline run (names and tags its MLflow run)")
    w = sub.add_parser(
        "rl-train-worker",
        help="one rank of rl_train inside a Kubeflow Trainer TrainJob",
        description="Run by torchrun in each TrainJob pod (cluster.launcher: trainjob): fetch the "
        "staged recipe and inputs, train into the shared work volume (resuming from its "
        "checkpoints), and on rank 0 upload the policy for the launcher.",
    )
    w.add_argument("--staging", required=True, help="s3:// prefix the launcher staged the inputs under")
    w.add_argument("--run-id", required=True, help="the pipeline run")
    w.add_argument("--no-progress", action="store_true", help="no progress bars")


def _model_stages(sub) -> None:
    """The stages after RL: evaluate, the SFT baseline, distill, register, promote."""
    e = _stage(
        "evaluate",
        "pass@1 and tokens per answer on the held-out split",
        sub,
        ("--data", "dataset dir"),
        ("--model", "model dir, stage output dir, or embedded:<name>"),
    )
    e.add_argument("--label", default="model")
    _stage(
        "sft-baseline",
        "SFT of the base model on the labels RL may spend (rl.labels), then its evaluation "
        "(what RL bought, at equal labels)",
        sub,
        ("--data", "filtered dataset dir"),
    )
    _stage(
        "distill",
        "shortest-correct sequence-level KD into the student",
        sub,
        ("--data", "dataset dir"),
        ("--teacher", "rl_train output dir"),
    )
    r = _stage(
        "register",
        "register a model version in MLflow with lineage",
        sub,
        ("--model", "model stage dir"),
        ("--data", "filtered dataset dir"),
        ("--evaluation", "evaluation dir of the model"),
    )
    r.add_argument(
        "--gate", action="append", default=[], metavar="NAME=DIR", help="gate decision dirs (repeatable)"
    )
    r.add_argument("--extra-eval", action="append", default=[], metavar="LABEL=DIR")
    r.add_argument("--run-id", default="local")
    _stage(
        "promote",
        "apply the promotion rule (champion alias)",
        sub,
        ("--registration", "register output dir"),
    )


def _eval(sub) -> None:
    """`reasonrl eval`: any model on the benchmark tasks."""
    ev = sub.add_parser(
        "eval",
        help="evaluate any model on benchmark tasks (JSON + HTML report)",
        description="Evaluate a model on benchmark tasks over the shared data: pass@1 with a "
        "bootstrap CI, pass@k, maj@k, mean/p90 tokens, accuracy per 1k tokens, "
        "truncation, per-language and per-subject breakdowns. With --compare-with, a "
        "second model answers the same prompts with the same random streams and a "
        "paired test compares them. Writes report.json and report.html.",
    )
    ev.add_argument(
        "--model",
        required=True,
        help="HF model dir, stage output dir, s3:// URI, models:/name@alias or embedded:<name>",
    )
    ev.add_argument(
        "--task",
        action="append",
        required=True,
        metavar="TASK",
        help="gsm8k, math500, aime24, amc23, humaneval, hatecheck, arithmetic or jsonl:<path> (repeatable)",
    )
    ev.add_argument("--compare-with", help="reference model (e.g. models:/reasonrl-demo@champion)")
    ev.add_argument("--limit", type=int, default=50, help="prompts per task (seeded, stratified by language)")
    ev.add_argument("--samples", type=int, default=4, help="k samples per prompt")
    ev.add_argument("--temperature", type=float, default=1.0)
    ev.add_argument("--max-new-tokens", type=int, default=256)
    ev.add_argument("--batch-size", type=int, default=16, help="prompts per generation batch")
    ev.add_argument(
        "--engine",
        default="hf",
        help="rollout engine that generates: hf (runs everywhere) or vllm (a CUDA GPU with vLLM)",
    )
    ev.add_argument("--seed", type=int, default=0)
    ev.add_argument(
        "--device", default="auto", help="auto (this GPU when CUDA is present, else CPU), cpu, cuda, cuda:N"
    )
    ev.add_argument(
        "--precision",
        default="auto",
        choices=["auto", "fp32", "bf16", "fp16"],
        help="weights and compute dtype (auto: bf16 on a GPU, fp32 on CPU)",
    )
    ev.add_argument(
        "--tracking-uri", help="MLflow tracking URI for models:/ references (or $MLFLOW_TRACKING_URI)"
    )
    ev.add_argument("--out", required=True, help="output directory")
    ev.add_argument("--no-progress", action="store_true")


def _plan_and_artifact(sub) -> None:
    """Capacity planning and S3 artifact transfer."""
    pl = sub.add_parser(
        "plan",
        help="estimate GPU memory and step time of a recipe's RL step; suggest what fits",
        description="Capacity planning before a cluster run: memory per GPU (weights, gradients and "
        "optimizer state per ZeRO stage, activations with and without checkpointing, "
        "logits, the rollout engine's weights and KV cache) and seconds per step (rollout "
        "decode against HBM bandwidth, training FLOPs against peak at a stated "
        "efficiency). Conservative: every response is taken to reach max_new_tokens. When "
        "the setup does not fit it says so and suggests the smallest that does (fewest "
        "GPUs, then fastest). Exit 4 when it does not fit.",
    )
    pl.add_argument("recipe", help="recipe YAML (rl, sampling and model sections are read)")
    pl.add_argument(
        "overrides", nargs="*", metavar="KEY=VALUE", help="dotted overrides, e.g. rl.group_size=16"
    )
    pl.add_argument("--gpus", type=int, default=8, help="GPUs for training and rollouts (colocated)")
    pl.add_argument("--gpu-type", default="H100", help="A100, H100, H800, H200 or H20")
    pl.add_argument(
        "--prompt-tokens", type=int, default=512, help="prompt length (the recipe does not fix it)"
    )
    pl.add_argument(
        "--model-config",
        help="HF config.json (or its dir) of the model to plan for; default: the "
        "recipe's model.base, resolved locally",
    )
    pl.add_argument("--json", action="store_true", help="print the plan as JSON")
    art = sub.add_parser(
        "artifact",
        help="copy an artifact directory to or from S3, sha256-verified",
        description="push: upload a stage output directory to an s3:// prefix (multipart, retried; "
        "the manifest with every file's sha256 goes last). pull: download one and verify "
        "every file against its manifest. Credentials come from AWS_* only.",
    )
    art.add_argument("action", choices=["push", "pull"])
    art.add_argument("source", help="local dir (push) or s3:// URI (pull)")
    art.add_argument("dest", help="s3:// URI (push) or local dir (pull)")


def _serve(sub) -> None:
    """`reasonrl serve`: the OpenAI-shaped HTTP server."""
    sv = sub.add_parser(
        "serve",
        help="serve a model behind the OpenAI API (chat, completions, moderations)",
        description="Start an HTTP server with OpenAI's API shapes: /v1/chat/completions (stream "
        "too), /v1/completions, /v1/moderations (OpenAI's moderation schema under the "
        "content policy the model was trained on; category scores from the label "
        "probabilities), /v1/models and /health. A model registry alias is re-resolved on "
        "SIGHUP and every --reload-every seconds, so a promotion changes what answers "
        "without a restart; every response names the model version. Example: "
        "reasonrl serve models:/reasonrl-demo@champion --tracking-uri "
        "sqlite:///outputs/mlflow.db",
    )
    sv.add_argument(
        "model",
        help="models:/name@alias, models:/name/version, a stage output dir, an HF model dir, "
        "s3:// or embedded:<name>",
    )
    sv.add_argument(
        "--tracking-uri",
        default=None,
        help="MLflow tracking URI for models:/ refs (default: $MLFLOW_TRACKING_URI)",
    )
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (0.0.0.0 in a container)")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument(
        "--task", default=None, help="override the task the model registry recorded (e.g. moderation)"
    )
    sv.add_argument(
        "--content-policy",
        "--policy",  # the old name, still accepted
        dest="content_policy",
        default=None,
        help="content policy file for /v1/moderations (default: the one the model was registered with)",
    )
    sv.add_argument(
        "--engine",
        default="auto",
        choices=["auto", "hf", "vllm"],
        help="auto: vllm where it is installed and a GPU is present, else hf",
    )
    sv.add_argument("--max-batch", type=int, default=16, help="most prompts decoded together")
    sv.add_argument(
        "--reload-every",
        type=float,
        default=None,
        metavar="SECONDS",
        help="re-resolve the model ref this often (a model registry alias follows promotions)",
    )


def _approve(sub) -> None:
    """`reasonrl approve`: manual approval of a waiting version."""
    ap = sub.add_parser(
        "approve",
        help="manual-approval mode: make a waiting version the champion",
        description="Move the `champion` alias to a model version the promotion rule marked "
        "awaiting_approval, recording who approved and when in the version tags and "
        "the audit trail (<experiment>-audit).",
    )
    ap.add_argument("model", help="registered model name")
    ap.add_argument("version", help="model version to approve")
    ap.add_argument("--by", help="approver (default: $REASONRL_APPROVER or the login name)")
    ap.add_argument(
        "--tracking-uri", default=None, help="MLflow tracking URI (default: $MLFLOW_TRACKING_URI)"
    )
    ap.add_argument(
        "--experiment", default="reasonrl", help="experiment whose audit trail records the approval"
    )


# in the order `--help` lists the subcommands
SECTIONS = (_pipeline, _training_stages, _model_stages, _eval, _plan_and_artifact, _serve, _approve)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="reasonrl",
        formatter_class=argparse.RawDescriptionHelpFormatter,
        epilog=EPILOG,
        description="Compliance-gated RL for reasoning LLMs: ingest -> filter -> gates -> reward model -> "
        "GRPO -> evaluate -> distill -> register -> promote, as a Kubeflow pipeline.",
    )
    parser.add_argument("--version", action="version", version=f"reasonrl {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for section in SECTIONS:
        section(sub)
    return parser
