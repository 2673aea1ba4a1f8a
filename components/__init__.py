"""KFP v2 components: typed interfaces only. Each runs `reasonrl <stage>` in the reasonrl image
(infra/docker/Dockerfile) through `reasonrl.orchestration.runtime.call`; all logic lives in the
core library. Imported as `reasonrl.components` (see pyproject's package-dir).

The gate components return their decision as the single `Output` parameter because
kfp.local (2.17) resolves `dsl.If` conditions only on a task's `Output`, not on named outputs.
"""

import os

from kfp import dsl
from kfp.dsl import Artifact, Dataset, Input, Metrics, Model, Output

from reasonrl import __version__

# set at compile time from the recipe's cluster.image (orchestration.versioning.image_refs)
IMAGE = os.environ.get("REASONRL_IMAGE", f"reasonrl:{__version__}-cpu")
GPU_IMAGE = os.environ.get("REASONRL_IMAGE_GPU", f"reasonrl:{__version__}-gpu")
component = dsl.component(base_image=IMAGE, install_kfp_package=False)
gpu_component = dsl.component(base_image=GPU_IMAGE, install_kfp_package=False)  # stages that run a model


@component
def ingest(recipe_json: str, data: Output[Dataset]):
    from reasonrl.orchestration.runtime import call

    call("ingest", recipe_json, out=data.path)


@component
def compliance_filter(recipe_json: str, raw: Input[Dataset], data: Output[Dataset]):
    from reasonrl.orchestration.runtime import call

    call("compliance-filter", recipe_json, data=raw.path, out=data.path)


@component
def data_gate(recipe_json: str, data: Input[Dataset], decision: Output[Artifact]) -> bool:
    from reasonrl.orchestration.runtime import call_gate

    return call_gate("data", recipe_json, decision.path, data=data.path)


@gpu_component
def reward_model_train(recipe_json: str, data: Input[Dataset], reward_model: Output[Model]):
    from reasonrl.orchestration.runtime import call

    call("reward-model-train", recipe_json, data=data.path, out=reward_model.path)


@component
def reward_model_gate(recipe_json: str, reward_model: Input[Model], decision: Output[Artifact]) -> bool:
    from reasonrl.orchestration.runtime import call_gate

    return call_gate("reward_model", recipe_json, decision.path, reward_model=reward_model.path)


@gpu_component
def rl_train(
    recipe_json: str,
    run_id: str,
    data: Input[Dataset],
    reward_model: Input[Model],
    sft: Input[Model],
    policy: Output[Model],
):
    from reasonrl.orchestration.runtime import call

    call(
        "rl-train",
        recipe_json,
        data=data.path,
        reward_model=reward_model.path,
        init=sft.path,
        run_id=run_id,
        out=policy.path,
    )


@gpu_component
def evaluate_base(recipe_json: str, data: Input[Dataset], evaluation: Output[Metrics]):
    from reasonrl.orchestration.runtime import call

    call("evaluate", recipe_json, data=data.path, label="base", out=evaluation.path)


@gpu_component
def evaluate(
    recipe_json: str, label: str, data: Input[Dataset], model: Input[Model], evaluation: Output[Metrics]
):
    from reasonrl.orchestration.runtime import call

    call("evaluate", recipe_json, data=data.path, model=model.path, label=label, out=evaluation.path)


@gpu_component
def sft_baseline(recipe_json: str, data: Input[Dataset], baseline: Output[Model]):
    from reasonrl.orchestration.runtime import call

    call("sft-baseline", recipe_json, data=data.path, out=baseline.path)


@component
def compare_gate(
    recipe_json: str,
    kind: str,
    candidate: Input[Metrics],
    reference: Input[Metrics],
    decision: Output[Artifact],
) -> bool:
    from reasonrl.orchestration.runtime import call_gate

    return call_gate(kind, recipe_json, decision.path, candidate=candidate.path, reference=reference.path)


@gpu_component
def distill(recipe_json: str, data: Input[Dataset], teacher: Input[Model], student: Output[Model]):
    from reasonrl.orchestration.runtime import call

    call("distill", recipe_json, data=data.path, teacher=teacher.path, out=student.path)


@component
def register(
    recipe_json: str,
    run_id: str,
    model: Input[Model],
    data: Input[Dataset],
    evaluation: Input[Metrics],
    base_evaluation: Input[Metrics],
    teacher_evaluation: Input[Metrics],
    data_gate: Input[Artifact],
    reward_model_gate: Input[Artifact],
    policy_gate: Input[Artifact],
    student_gate: Input[Artifact],
    sft_baseline: Input[Model],
    registration: Output[Artifact],
):
    import os

    from reasonrl.orchestration.runtime import call

    extra = [f"base={base_evaluation.path}", f"teacher={teacher_evaluation.path}"]
    if os.path.exists(os.path.join(sft_baseline.path, "evaluation", "metrics.json")):  # absent when disabled
        extra.append(f"sft={os.path.join(sft_baseline.path, 'evaluation')}")
    call(
        "register",
        recipe_json,
        model=model.path,
        data=data.path,
        evaluation=evaluation.path,
        run_id=run_id,
        gate=[
            f"data={data_gate.path}",
            f"reward_model={reward_model_gate.path}",
            f"policy={policy_gate.path}",
            f"student={student_gate.path}",
        ],
        extra_eval=extra,
        out=registration.path,
    )


@component
def promote(recipe_json: str, registration: Input[Artifact], promotion: Output[Artifact]):
    from reasonrl.orchestration.runtime import call

    call("promote", recipe_json, registration=registration.path, out=promotion.path)
