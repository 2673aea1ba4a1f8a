"""The reasonrl pipeline: every stage wired with a gate before what it guards.

    ingest -> compliance_filter -> GATE(data) -> reward_model_train -> GATE(rm)
      -> evaluate(base), rl_train -> sft_baseline on the labels RL used (+ its evaluation)
      -> evaluate(policy) -> GATE(policy)
      -> distill -> evaluate(student) -> GATE(student) -> register -> promote

Each `dsl.If` nests the rest, so nothing downstream of a failed gate runs.
"""


from kfp import dsl

from reasonrl import __version__
from reasonrl.components import (
    compare_gate, compliance_filter, data_gate, distill, evaluate, evaluate_base, ingest, promote, register,
    reward_model_gate, reward_model_train, rl_train, sft_baseline,
)

PIPELINE_NAME = "reasonrl"


@dsl.pipeline(name=PIPELINE_NAME, description=f"reasonrl {__version__}: compliance-gated RL for reasoning LLMs")
def reasonrl_pipeline(recipe_json: str, run_id: str = "local"):
    raw = ingest(recipe_json=recipe_json).set_display_name("ingest")
    data = compliance_filter(recipe_json=recipe_json, raw=raw.outputs["data"]).outputs["data"]
    g_data = data_gate(recipe_json=recipe_json, data=data).set_display_name("gate: data")
    with dsl.If(g_data.outputs["Output"] == True, name="data-gate-passed"):  # noqa: E712 - KFP condition
        rm = reward_model_train(recipe_json=recipe_json, data=data).outputs["reward_model"]
        g_rm = reward_model_gate(recipe_json=recipe_json, reward_model=rm).set_display_name("gate: reward model")
        with dsl.If(g_rm.outputs["Output"] == True, name="rm-gate-passed"):  # noqa: E712
            base_eval = evaluate_base(recipe_json=recipe_json, data=data).outputs["evaluation"]
            policy = rl_train(recipe_json=recipe_json, data=data, reward_model=rm).outputs["policy"]
            baseline = sft_baseline(recipe_json=recipe_json, data=data, policy=policy).set_display_name("sft baseline")
            policy_eval = evaluate(recipe_json=recipe_json, label="policy", data=data, model=policy).outputs["evaluation"]
            g_pol = compare_gate(recipe_json=recipe_json, kind="policy", candidate=policy_eval,
                                 reference=base_eval).set_display_name("gate: policy")
            with dsl.If(g_pol.outputs["Output"] == True, name="policy-gate-passed"):  # noqa: E712
                student = distill(recipe_json=recipe_json, data=data, teacher=policy).outputs["student"]
                student_eval = evaluate(recipe_json=recipe_json, label="student", data=data,
                                        model=student).outputs["evaluation"]
                g_st = compare_gate(recipe_json=recipe_json, kind="student", candidate=student_eval,
                                    reference=policy_eval).set_display_name("gate: student")
                with dsl.If(g_st.outputs["Output"] == True, name="student-gate-passed"):  # noqa: E712
                    reg = register(
                        recipe_json=recipe_json, run_id=run_id, model=student, data=data, evaluation=student_eval,
                        base_evaluation=base_eval, teacher_evaluation=policy_eval,
                        data_gate=g_data.outputs["decision"], reward_model_gate=g_rm.outputs["decision"],
                        policy_gate=g_pol.outputs["decision"], student_gate=g_st.outputs["decision"],
                        sft_baseline=baseline.outputs["baseline"])
                    promote(recipe_json=recipe_json, registration=reg.outputs["registration"])
