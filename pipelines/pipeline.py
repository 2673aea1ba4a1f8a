"""The reasonrl pipeline: every stage wired with a gate before what it guards.

    ingest -> compliance_filter -> GATE(data) -> reward_model_train -> GATE(rm)
      -> evaluate(base), sft_baseline on the labels RL may spend (+ its evaluation)
      -> rl_train (from the base model, or from the SFT baseline with rl.init: sft)
      -> evaluate(policy) -> GATE(policy)
      -> distill -> evaluate(student) -> GATE(student) -> register -> promote

Each `dsl.If` nests the rest, so nothing downstream of a failed gate runs.
"""

from kfp import dsl, kubernetes
from reasonrl.components import (
    compare_gate,
    compliance_filter,
    data_gate,
    distill,
    evaluate,
    evaluate_base,
    ingest,
    promote,
    register,
    reward_model_gate,
    reward_model_train,
    rl_train,
    sft_baseline,
)

from reasonrl import __version__
from reasonrl.config.cluster import TrainJobConfig, Volumes

PIPELINE_NAME = "reasonrl"

# Caching and retries, stage by stage, on purpose. Cached (by KFP's key: the component, its
# parameters and its input artifacts): stages that are pure functions of their inputs. Never
# cached: ingest (a source URI's content can change under the same recipe) and anything that
# trains or changes the model registry (a cache hit would silently skip training or a promotion).
# Retried: what a lost pod or a storage hiccup can fail; training resumes from its checkpoint,
# registration and promotion are idempotent.
CACHED = frozenset(
    {"compliance-filter", "data-gate", "reward-model-gate", "evaluate-base", "evaluate", "compare-gate"}
)
RETRIES = {
    "ingest": 2,
    "compliance-filter": 2,
    "reward-model-train": 2,
    "rl-train": 2,
    "sft-baseline": 2,
    "distill": 2,
    "evaluate-base": 1,
    "evaluate": 1,
    "register": 2,
    "promote": 2,
}


# On a cluster every pod mounts the benchmark data decontamination reads and the model cache
# (PVCs of infra/k8s/base/storage.yaml, named as in reasonrl.config.cluster.Volumes), and gets the
# S3 credentials from their Secret; kfp.local ignores these Kubernetes settings.
VOLUMES, MOUNTS = Volumes(), {"shared_data": "/data/shared", "model_cache": "/cache"}
S3_ENV = {k: k for k in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_ENDPOINT_URL")}


def _task(component, **inputs):
    """Call a component with its stage's caching and retry policy and its pod's volumes and secret."""
    task = component(**inputs).set_caching_options(component.name in CACHED)
    if RETRIES.get(component.name):
        task.set_retry(num_retries=RETRIES[component.name], backoff_duration="60s", backoff_factor=2.0)
    for field, path in MOUNTS.items():
        kubernetes.mount_pvc(task, pvc_name=getattr(VOLUMES, field), mount_path=path)
    kubernetes.use_secret_as_env(
        task, secret_name=TrainJobConfig().s3_secret, secret_key_to_env=S3_ENV, optional=True
    )
    return task


@dsl.pipeline(
    name=PIPELINE_NAME, description=f"reasonrl {__version__}: compliance-gated RL for reasoning LLMs"
)
def reasonrl_pipeline(recipe_json: str, run_id: str = "local"):
    r = recipe_json
    raw = _task(ingest, recipe_json=r).set_display_name("ingest")
    data = _task(compliance_filter, recipe_json=r, raw=raw.outputs["data"]).outputs["data"]
    g_data = _task(data_gate, recipe_json=r, data=data).set_display_name("gate: data")
    with dsl.If(g_data.outputs["Output"] == True, name="data-gate-passed"):  # noqa: E712 - KFP condition
        rm = _task(reward_model_train, recipe_json=r, data=data).outputs["reward_model"]
        g_rm = _task(reward_model_gate, recipe_json=r, reward_model=rm).set_display_name("gate: reward model")
        with dsl.If(g_rm.outputs["Output"] == True, name="rm-gate-passed"):  # noqa: E712
            base_eval = _task(evaluate_base, recipe_json=r, data=data).outputs["evaluation"]
            baseline = _task(sft_baseline, recipe_json=r, data=data).set_display_name("sft baseline")
            policy = _task(
                rl_train,
                recipe_json=r,
                run_id=run_id,
                data=data,
                reward_model=rm,
                sft=baseline.outputs["baseline"],
            ).outputs["policy"]
            policy_eval = _task(evaluate, recipe_json=r, label="policy", data=data, model=policy).outputs[
                "evaluation"
            ]
            g_pol = _task(
                compare_gate, recipe_json=r, kind="policy", candidate=policy_eval, reference=base_eval
            ).set_display_name("gate: policy")
            with dsl.If(g_pol.outputs["Output"] == True, name="policy-gate-passed"):  # noqa: E712
                student = _task(distill, recipe_json=r, data=data, teacher=policy).outputs["student"]
                student_eval = _task(
                    evaluate, recipe_json=r, label="student", data=data, model=student
                ).outputs["evaluation"]
                g_st = _task(
                    compare_gate, recipe_json=r, kind="student", candidate=student_eval, reference=policy_eval
                ).set_display_name("gate: student")
                with dsl.If(g_st.outputs["Output"] == True, name="student-gate-passed"):  # noqa: E712
                    reg = _task(
                        register,
                        recipe_json=r,
                        run_id=run_id,
                        model=student,
                        data=data,
                        evaluation=student_eval,
                        base_evaluation=base_eval,
                        teacher_evaluation=policy_eval,
                        data_gate=g_data.outputs["decision"],
                        reward_model_gate=g_rm.outputs["decision"],
                        policy_gate=g_pol.outputs["decision"],
                        student_gate=g_st.outputs["decision"],
                        sft_baseline=baseline.outputs["baseline"],
                    )
                    _task(promote, recipe_json=r, registration=reg.outputs["registration"])
