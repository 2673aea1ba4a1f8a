"""Each stage's core function on tiny inputs, chained the way the pipeline chains them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reasonrl.data.filters.pii import PiiRedact
from reasonrl.errors import ConfigError, DataError
from reasonrl.stages.data import compliance_filter, ingest
from reasonrl.stages.gate import gate
from reasonrl.stages.registration import promote, register
from reasonrl.stages.train import distill, evaluate, reward_model_train, rl_train


def _read(path):
    return [json.loads(line) for line in Path(path).read_text().splitlines()]


@pytest.fixture(scope="module")
def chain(tmp_path_factory, model_cache):
    """Run every stage once on the tiny recipe; tests below inspect the outputs."""
    import os

    from reasonrl.config import load_recipe, localize
    from tests.conftest import TINY_RECIPE

    root = tmp_path_factory.mktemp("stages")
    os.environ["REASONRL_TEST_OUT"] = str(root / "out")
    recipe = localize(load_recipe(TINY_RECIPE))
    d = {
        name: root / name
        for name in (
            "raw",
            "data",
            "gate_data",
            "rm",
            "gate_rm",
            "policy",
            "eval_base",
            "eval_policy",
            "gate_policy",
            "student",
            "eval_student",
            "gate_student",
            "reg",
            "promo",
            "reg2",
            "promo2",
        )
    }
    out = {"recipe": recipe, "dirs": d}
    out["ingest"] = ingest(recipe, d["raw"])
    out["filter"] = compliance_filter(recipe, d["raw"], d["data"])
    out["gate_data"] = gate(recipe, "data", {"data": str(d["data"])}, d["gate_data"])
    out["rm"] = reward_model_train(recipe, d["data"], d["rm"], progress=False)
    out["gate_rm"] = gate(recipe, "reward_model", {"reward_model": str(d["rm"])}, d["gate_rm"])
    out["rl"] = rl_train(recipe, d["data"], d["policy"], d["rm"], progress=False, run_id="test-run")
    out["eval_base"] = evaluate(recipe, d["data"], d["eval_base"], recipe.model.base, "base", progress=False)
    out["eval_policy"] = evaluate(
        recipe, d["data"], d["eval_policy"], str(d["policy"]), "policy", progress=False
    )
    out["gate_policy"] = gate(
        recipe,
        "policy",
        {"candidate": str(d["eval_policy"]), "reference": str(d["eval_base"])},
        d["gate_policy"],
    )
    out["distill"] = distill(recipe, d["data"], d["policy"], d["student"], progress=False)
    out["eval_student"] = evaluate(
        recipe, d["data"], d["eval_student"], str(d["student"]), "student", progress=False
    )
    out["gate_student"] = gate(
        recipe,
        "student",
        {"candidate": str(d["eval_student"]), "reference": str(d["eval_policy"])},
        d["gate_student"],
    )
    gates = {k: str(d[f"gate_{k}"]) for k in ("data", "rm", "policy", "student")}
    out["reg"] = register(
        recipe, d["student"], d["data"], d["eval_student"], gates, d["reg"], run_id="test-run"
    )
    out["promo"] = promote(recipe, d["reg"], d["promo"])
    out["promo_again"] = promote(recipe, d["reg"], d["promo2"])
    return out


def test_ingest_counts_add_up_and_quarantine_has_file_and_line(chain):
    c = chain["ingest"]["counts"]
    assert (
        c["read"] == c["records"] + c["unparseable"] + c["withheld_held_out_text"] and c["unparseable"] == 3
    )
    quarantined = _read(chain["dirs"]["raw"] / "quarantine.jsonl")
    bad = [q for q in quarantined if "line" in q]
    assert len(bad) == 3 and all(q["file"].endswith("vendor_sample.jsonl") and q["line"] for q in bad)
    # a training question that is also a test question is withheld from training, never lost
    withheld = [q for q in quarantined if q["reasons"][0].startswith("held_out_text")]
    assert len(withheld) == c["withheld_held_out_text"] and len(quarantined) == 3 + len(withheld)
    splits = {r["split"] for r in _read(chain["dirs"]["raw"] / "records.jsonl")}
    assert splits == {"train", "test"}


def test_filter_redacts_and_quarantines_with_reasons(chain):
    rep = chain["filter"]
    assert rep["counts"]["kept"] + rep["counts"]["quarantined"] == rep["counts"]["read"]
    reasons = [r for q in _read(chain["dirs"]["data"] / "quarantine.jsonl") for r in q["reasons"]]
    assert "licence_denied:LicenseRef-Proprietary" in reasons and "licence_missing" in reasons
    assert "contaminated:gsm8k_test" in reasons and "pii_drop:SECRET" in reasons
    kept = (chain["dirs"]["data"] / "records.jsonl").read_text()
    assert "jane.doe@example.com" not in kept and "<EMAIL>" in kept and "<PHONE>" in kept
    assert "7946" not in (chain["dirs"]["data"] / "quarantine.jsonl").read_text() + kept
    manifest = json.loads((chain["dirs"]["data"] / "manifest.json").read_text())
    assert manifest["policy_hash"] and "dedup" in manifest["filters"]
    assert manifest["filters"]["pii"] == PiiRedact.version  # the filter's own version, bumped with its rules
    assert (
        manifest["upstream"]["data"]
        == json.loads((chain["dirs"]["raw"] / "manifest.json").read_text())["sha256"]
    )


def test_every_stage_writes_its_resolved_config(chain):
    for name in ("raw", "data", "rm", "policy", "eval_base", "student", "reg"):
        cfg = json.loads((chain["dirs"][name] / "config.json").read_text())
        assert cfg["recipe"]["name"] == "tiny" and len(cfg["recipe_hash"]) == 64


def test_gates_pass_on_clean_data_and_write_data_docs(chain):
    for key in ("gate_data", "gate_rm", "gate_policy", "gate_student"):
        assert chain[key]["passed"], chain[key]["summary"]
    assert (chain["dirs"]["gate_data"] / "data_docs" / "index.html").exists()
    # the model gates' rules are warn-only in the tiny recipe: they warn exactly when the value misses
    assert ("min_heldout_accuracy" in chain["gate_rm"]["warnings"]) == (
        chain["rm"]["heldout_accuracy"] < 0.55
    )
    student = chain["gate_student"]["metrics"]
    assert ("min_accuracy_share" in chain["gate_student"]["warnings"]) == (student["accuracy_share"] < 0.85)
    assert ("max_token_share" in chain["gate_student"]["warnings"]) == (student["token_share"] > 0.7)


def test_reward_model_and_policy_are_hf_dirs(chain):
    assert 0.0 <= chain["rm"]["heldout_accuracy"] <= 1.0
    assert (chain["dirs"]["rm"] / "model" / "config.json").exists()
    assert chain["rl"]["steps"] == 2 and (chain["dirs"]["policy"] / "model" / "model.safetensors").exists()
    history = _read(chain["dirs"]["policy"] / "metrics.jsonl")
    assert [h["step"] for h in history] == [1, 2] and all("reward/accuracy" in h for h in history)
    used = json.loads((chain["dirs"]["policy"] / "prompts_used.json").read_text())  # the labels RL spent
    train_ids = {r["id"] for r in _read(chain["dirs"]["data"] / "records.jsonl") if r["split"] == "train"}
    assert 4 <= len(used) == len(set(used)) <= 8 and set(used) <= train_ids


def test_evaluation_metrics_are_consistent(chain):
    for key in ("eval_base", "eval_policy", "eval_student"):
        m = chain[key]
        assert m["n_prompts"] == 8 and m["k"] == 2 and 0 <= m["pass_at_1"] <= m["pass_at_2"] <= 1
        assert m["mean_tokens"] > 0
    assert chain["eval_base"]["eval_set_hash"] == chain["eval_student"]["eval_set_hash"]


def test_register_and_promote_are_idempotent(chain):
    from reasonrl.model_registry.mlflow_registry import alias_version, client

    reg = chain["reg"]
    assert reg["version"] == "1" and reg["gates_passed"]
    assert chain["promo"]["promote"] is True
    again = chain["promo_again"]
    assert again["promote"] is False and again.get("noop") and "already the champion" in again["reason"]
    c = client(reg["tracking_uri"])
    assert alias_version(c, reg["model_name"], "champion")["version"] == "1"
    mv = c.get_model_version(reg["model_name"], "1")
    assert mv.tags["pipeline_run_id"] == "test-run" and mv.tags["gate.data.passed"] == "true"
    assert Path(mv.tags["gate.policy.uri"]).exists() and mv.tags["dataset_sha256"]
    listed = {f.path for f in c.list_artifacts(reg["run_id"], "gates/policy")}
    assert listed == {
        "gates/policy/decision.json",
        "gates/policy/gate.html",
    }  # the evidence travels with the model
    assert mv.tags["gates_evidence"].endswith(f"{reg['run_id']}/artifacts/gates")


def test_mlflow_lineage_you_can_click(chain):
    """The candidate run is nested under the RL run of the same pipeline run; run names carry the
    pipeline run; the experiment opens as model development, not GenAI; the version description
    gives the gate verdicts and links the model card."""
    from reasonrl.model_registry.mlflow_registry import client

    reg = chain["reg"]
    c = client(reg["tracking_uri"])
    candidate = c.get_run(reg["run_id"])
    training = c.get_run(chain["rl"]["mlflow_run_id"])
    assert candidate.data.tags["mlflow.parentRunId"] == training.info.run_id
    assert training.data.tags["pipeline_run_id"] == "test-run" and training.info.run_name.endswith(
        "-rl_train-test-run"
    )
    assert candidate.info.run_name == "reasonrl-tiny-candidate-test-run"
    audit = c.get_run(chain["promo"]["audit_run_id"])  # every run of the pipeline run carries its id
    assert audit.data.tags["pipeline_run_id"] == "test-run" == candidate.data.tags["pipeline_run_id"]
    exp = c.get_experiment(candidate.info.experiment_id)
    assert exp.tags["mlflow.experimentKind"] == "custom_model_development"
    description = c.get_model_version(reg["model_name"], reg["version"]).description
    assert description.startswith("Gates: data passed, rm passed, policy passed, student passed.")
    card = (
        f"(http://localhost:5000/#/experiments/{candidate.info.experiment_id}/runs/{reg['run_id']}"
        "/artifacts/model_card.md?workflowType=machine_learning)"
    )
    assert (
        f"Model card: [model_card.md]{card}" in description
    )  # a link the UI renders (its description is Markdown)


def test_rl_train_resumes_from_checkpoint_without_retraining(chain, tmp_path):
    """A finished run re-invoked on the same output dir resumes at its last step (no silent extra work)."""
    import shutil

    recipe, d = chain["recipe"], chain["dirs"]
    shutil.copytree(d["policy"] / "checkpoints", tmp_path / "checkpoints")
    rep = rl_train(
        recipe.model_copy(update={"rl": recipe.rl.model_copy(update={"steps": 3})}),
        d["data"],
        tmp_path,
        progress=False,
    )
    history = _read(tmp_path / "metrics.jsonl")
    assert rep["steps"] == 3 and [h["step"] for h in history] == [1, 2, 3]


def test_rl_train_refuses_to_resume_under_another_learning_rate(chain, tmp_path):
    """The tiny chain's own checkpoints under a doubled rl.lr: the refusal names the setting."""
    import shutil

    recipe, d = chain["recipe"], chain["dirs"]
    shutil.copytree(d["policy"] / "checkpoints", tmp_path / "checkpoints")
    other = recipe.rl.model_copy(update={"lr": recipe.rl.lr * 2})
    with pytest.raises(ConfigError, match=r"other rl settings: lr: .* -> "):
        rl_train(recipe.model_copy(update={"rl": other}), d["data"], tmp_path, progress=False)


def test_stage_errors_name_what_is_wrong(chain, tmp_path):
    with pytest.raises(DataError, match="no records.jsonl"):
        compliance_filter(chain["recipe"], tmp_path / "nowhere", tmp_path / "out")
    with pytest.raises(ConfigError, match="unknown gate 'nope'"):
        gate(chain["recipe"], "nope", {}, tmp_path / "g")


def test_rl_train_with_scheduled_length_aware_rewards(chain, tmp_path):
    from reasonrl.config.models import RewardTerm

    recipe, d = chain["recipe"], chain["dirs"]
    terms = [
        RewardTerm(name="accuracy"),
        RewardTerm(name="kimi_length", weight=0.1, schedule="warmup", warmup_steps=2),
        RewardTerm(name="overlong", weight=0.5, params={"cache": 8}),
        RewardTerm(name="repetition", weight=0.1),
    ]
    rl = recipe.rl.model_copy(update={"rewards": terms, "resume": "never"})
    rl_train(recipe.model_copy(update={"rl": rl}), d["data"], tmp_path, progress=False)
    history = _read(tmp_path / "metrics.jsonl")
    assert {"reward/kimi_length", "reward/overlong", "reward/repetition"} <= set(history[-1])


def test_learned_reward_in_rl_with_the_hacking_monitor(chain, tmp_path):
    """The pipeline's own reward model as a reward term beside the verifier; the monitor logs
    agreement and writes the completions the RM rates high but the verifier fails."""
    from reasonrl.config.models import RewardTerm

    recipe, d = chain["recipe"], chain["dirs"]
    rl = recipe.rl.model_copy(
        update={
            "rewards": [RewardTerm(name="accuracy"), RewardTerm(name="reward_model", weight=0.1)],
            "resume": "never",
        }
    )
    rl_train(recipe.model_copy(update={"rl": rl}), d["data"], tmp_path, d["rm"], progress=False)
    history = _read(tmp_path / "metrics.jsonl")
    assert all(0.0 <= h["hacking/agreement"] <= 1.0 for h in history) and "reward/reward_model" in history[0]
    flagged = sum(h["hacking/flagged"] for h in history)
    written = _read(tmp_path / "hacking.jsonl") if (tmp_path / "hacking.jsonl").exists() else []
    assert len(written) == flagged and all(w["accuracy"] < 1.0 for w in written)
    assert (
        chain["rm"]["heldout_accuracy_ci95_low"]
        <= chain["rm"]["heldout_accuracy"]
        <= chain["rm"]["heldout_accuracy_ci95_high"]
    )


def test_reward_normalisation_state_survives_resume(chain, tmp_path):
    import torch

    recipe, d = chain["recipe"], chain["dirs"]
    rl = recipe.rl.model_copy(update={"reward_norm": True, "steps": 2, "checkpoint_every": 1})
    rl_train(recipe.model_copy(update={"rl": rl}), d["data"], tmp_path, progress=False)
    state = torch.load(tmp_path / "checkpoints" / "step-000002" / "state.pt", weights_only=False)
    assert state["extra"]["reward_norm"]["count"] == 2 * rl.prompts_per_step * rl.group_size


def test_reward_model_training_resumes_from_its_epoch_checkpoint(chain, tmp_path):
    import shutil

    import torch

    recipe, d = chain["recipe"], chain["dirs"]
    shutil.copytree(d["rm"] / "checkpoints", tmp_path / "checkpoints")
    before = torch.load(tmp_path / "checkpoints" / "reward_model.pt", weights_only=False)
    two = recipe.model_copy(update={"reward_model": recipe.reward_model.model_copy(update={"epochs": 2})})
    reward_model_train(two, d["data"], tmp_path, progress=False)
    after = torch.load(tmp_path / "checkpoints" / "reward_model.pt", weights_only=False)
    assert before["epoch"] == 0 and after["epoch"] == 1 and len(after["losses"]) == 2 * len(before["losses"])


def test_dapo_dynamic_sampling_keeps_only_informative_groups(chain, tmp_path):
    recipe, d = chain["recipe"], chain["dirs"]
    rl = recipe.rl.model_copy(
        update={"dynamic_sampling": True, "dynamic_sampling_batches": 3, "steps": 3, "resume": "never"}
    )
    rl_train(recipe.model_copy(update={"rl": rl}), d["data"], tmp_path, progress=False)
    history = _read(tmp_path / "metrics.jsonl")
    assert sum(h["sampling/dropped_groups"] for h in history) > 0
    for h in history:
        assert h["sampling/draws"] in (1.0, 2.0, 3.0)
        if h["sampling/draws"] < 3:  # it found enough informative groups: none of the batch is dead weight
            assert h["zero_variance_groups"] == 0


def test_promotion_fails_closed_when_the_champion_cannot_be_read(chain, tmp_path, monkeypatch):
    """A model registry outage during the champion lookup is an error, never "no champion" (which would
    promote the challenger without the paired test). Before: every exception read as None."""
    from mlflow import MlflowClient
    from mlflow.exceptions import MlflowException

    from reasonrl.errors import ModelRegistryError
    from reasonrl.model_registry.mlflow_registry import alias_version, client

    def outage(self, name, alias):
        raise MlflowException("API request failed: connection reset", error_code="TEMPORARILY_UNAVAILABLE")

    monkeypatch.setattr(MlflowClient, "get_model_version_by_alias", outage)
    reg = chain["reg"]
    with pytest.raises(ModelRegistryError, match="cannot read alias 'champion'"):
        promote(chain["recipe"], chain["dirs"]["reg"], tmp_path / "promo")
    assert not (tmp_path / "promo" / "promotion.json").exists()
    monkeypatch.undo()
    c = client(reg["tracking_uri"])
    assert alias_version(c, reg["model_name"], "champion")["version"] == "1"  # nothing moved
    assert alias_version(c, reg["model_name"], "no-such-alias") is None  # a real absence is still None


def test_an_unreachable_model_registry_is_an_error():
    import os

    from reasonrl.errors import ModelRegistryError
    from reasonrl.model_registry.mlflow_registry import alias_version, client

    os.environ["MLFLOW_HTTP_REQUEST_MAX_RETRIES"] = "0"
    try:
        with pytest.raises(ModelRegistryError):
            alias_version(client("http://127.0.0.1:9"), "m", "champion")
    finally:
        del os.environ["MLFLOW_HTTP_REQUEST_MAX_RETRIES"]


def test_mlflow_signature_settings_as_params_and_no_duplicate_or_constant_metrics(chain):
    """The model version has a signature (MLmodel beside the weights); evaluation settings (k,
    seed, temperature...) are params, not metrics; the training run logs no copy of a metric
    (`accuracy` = `reward/accuracy`, `step`) and no flat line (a value that never changed is a
    `constant.` param)."""
    import mlflow

    from reasonrl.model_registry.mlflow_registry import client

    reg = chain["reg"]
    c = client(reg["tracking_uri"])
    candidate = c.get_run(reg["run_id"])
    assert {"k", "seed", "temperature", "n_prompts"}.isdisjoint(candidate.data.metrics)
    assert candidate.data.params["eval.k"] == "2" and "pass_at_1" in candidate.data.metrics
    info = mlflow.models.get_model_info(f"runs:/{reg['run_id']}/model")
    assert info.signature.inputs.input_names() == ["prompt"] and info.signature.outputs.input_names() == [
        "completion"
    ]
    assert {p.name for p in info.signature.params.params} == {"max_new_tokens", "temperature", "top_p"}

    training = c.get_run(chain["rl"]["mlflow_run_id"])
    logged = training.data.metrics
    assert "accuracy" not in logged and "step" not in logged
    for name in logged:
        values = {m.value for m in c.get_metric_history(training.info.run_id, name)}
        assert len(values) > 1, f"{name} is a flat line"
    history = _read(chain["dirs"]["policy"] / "metrics.jsonl")
    flat = {
        k
        for k in history[0]
        if k not in ("step", "accuracy")
        and isinstance(history[0][k], float)
        and len({h.get(k) for h in history}) == 1
    }
    assert flat and {f"constant.{k}" for k in flat} <= set(training.data.params)  # nothing lost


def test_stage_pages_open_offline_with_their_evidence(chain):
    """Every gate writes a self-contained evidence page (observed value, threshold, verdict per
    rule); every evaluation writes a page with its samples and the wrong-answer filter."""
    import re

    for key in ("gate_data", "gate_rm", "gate_policy", "gate_student"):
        decision = chain[key]
        html = (chain["dirs"][key] / "gate.html").read_text()
        assert not re.search(r"<(script|link)\b|src=['\"]https?:", html)
        for rule in decision["rules"]:
            assert f"<td>{rule['name']}</td>" in html
        assert decision["run_name"] in html
    student_gate = (chain["dirs"]["gate_student"] / "gate.html").read_text()
    share = chain["gate_student"]["metrics"]["accuracy_share"]
    assert f"{share:.4f}" in student_gate and "≥ 0.85" in student_gate
    page = (chain["dirs"]["eval_student"] / "report.html").read_text()
    samples = _read(chain["dirs"]["eval_student"] / "samples.jsonl")
    assert page.count("<tr class='wrong'>") == sum(s["correct"] < 1 for s in samples)
    assert "id='wrong-only'" in page and samples[0]["gold"] in page


def test_the_run_report_of_a_whole_run(chain, tmp_path):
    """One page: stages, every gate's rules with observed values, the models, the registered
    version with MLflow links, the training curves; one Data Docs site for every gate."""
    import re

    from reasonrl.report.summary import write_summary

    root = chain["dirs"]["raw"].parent
    out = write_summary(chain["recipe"], "test-run", root, tmp_path / "run")
    html = Path(out["html"]).read_text()
    assert not re.search(r"<(script|link)\b|src=['\"]https?:", html)
    for key, name in (
        ("gate_data", "data"),
        ("gate_rm", "reward_model"),
        ("gate_policy", "policy"),
        ("gate_student", "student"),
    ):
        assert (tmp_path / "run" / "gates" / f"{name}.html").exists()
        for rule in chain[key]["rules"]:
            assert f"<td>{rule['name']}</td>" in html
    assert "the distilled student" in html and "data:image/png;base64," in html
    reg = chain["reg"]
    assert (
        f"http://localhost:5000/#/models/{reg['model_name']}/versions/{reg['version']}?workflowType=machine_learning"
        in html
    )
    assert f"/runs/{reg['run_id']}" in html and f"/runs/{chain['rl']['mlflow_run_id']}" in html
    assert "promoted to champion" in html
    site = (tmp_path / "run" / "data_docs" / "index.html").read_text()
    assert all(f"{g}_gate" in site for g in ("data", "reward_model", "policy", "student"))
