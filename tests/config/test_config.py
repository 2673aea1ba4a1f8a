import json

import pydantic
import pytest

from reasonrl.config import load_recipe, recipe_from_json, recipe_to_json
from reasonrl.config.loader import apply_override, expand_env
from reasonrl.errors import ConfigError
from tests.conftest import REPO


def test_demo_recipe_validates():
    recipe = load_recipe(REPO / "pipelines" / "recipes" / "demo.yaml")
    assert recipe.name == "demo"
    assert [s.name for s in recipe.data.sources][:2] == ["arithmetic", "hh-rlhf-harmless"]


def test_unknown_key_names_its_path_and_the_allowed_keys(tmp_path):
    bad = tmp_path / "r.yaml"
    bad.write_text("rl:\n  stpes: 3\n")
    with pytest.raises(ConfigError) as err:
        load_recipe(bad)
    text = str(err.value)
    assert "rl.stpes: unknown key" in text and "steps" in text and str(bad) in text


def test_unknown_nested_key_inside_a_list(tmp_path):
    bad = tmp_path / "r.yaml"
    bad.write_text(
        "data:\n  sources:\n    - {name: a, kind: synthetic, generator: arithmetic, licnce: MIT}\n"
    )
    with pytest.raises(ConfigError) as err:
        load_recipe(bad)
    assert "data.sources.0.licnce: unknown key" in str(err.value)
    assert "licence" in str(err.value)


def test_wrong_type_names_key_and_value():
    with pytest.raises(ConfigError) as err:
        load_recipe(None, ["rl.steps=many"])
    assert "rl.steps" in str(err.value) and "'many'" in str(err.value)


def test_overrides_parse_yaml_values():
    recipe = load_recipe(None, ["rl.steps=7", "rl.rewards=[{name: format, weight: 0.5}]", "eval.limit=3"])
    assert recipe.rl.steps == 7 and recipe.rl.rewards[0].weight == 0.5 and recipe.eval.limit == 3


def test_override_without_equals_is_explained():
    with pytest.raises(ConfigError, match="key=value"):
        apply_override({}, "rl.steps")


def test_malformed_yaml_names_file_and_line(tmp_path):
    bad = tmp_path / "r.yaml"
    bad.write_text("rl:\n  steps: [1, 2\nname: x\n")
    with pytest.raises(ConfigError) as err:
        load_recipe(bad)
    assert f"{bad}:" in str(err.value) and "not valid YAML" in str(err.value)


def test_missing_recipe_file():
    with pytest.raises(ConfigError, match="recipe file not found"):
        load_recipe("nope/does-not-exist.yaml")


def test_env_expansion_with_default(monkeypatch):
    monkeypatch.delenv("RR_X", raising=False)
    assert expand_env({"a": ["${RR_X:-fallback}/f"]}) == {"a": ["fallback/f"]}
    monkeypatch.setenv("RR_X", "/data")
    assert expand_env("${RR_X}/f") == "/data/f"
    monkeypatch.delenv("RR_X")
    with pytest.raises(ConfigError, match="RR_X"):
        expand_env("${RR_X}")


def test_models_are_frozen_and_json_roundtrips():
    recipe = load_recipe(None, ["rl.steps=3"])
    with pytest.raises(pydantic.ValidationError, match="frozen"):
        recipe.rl.steps = 4  # type: ignore[misc]
    again = recipe_from_json(recipe_to_json(recipe))
    assert again == recipe and json.loads(recipe_to_json(again))["rl"]["steps"] == 3


def test_source_kind_requirements():
    with pytest.raises(ConfigError, match="needs 'uri'"):
        load_recipe(None, ["data.sources=[{name: a}]"])


def test_policy_file_is_the_base_and_inline_keys_override(tmp_path):
    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text("allowed_licences: [MIT]\npii: {redact: [EMAIL], drop: [SECRET]}\n")
    recipe = tmp_path / "r.yaml"
    recipe.write_text(f"compliance:\n  policy_file: {policy_file}\n  pii: {{redact: [PHONE]}}\n")
    cfg = load_recipe(recipe).compliance
    assert cfg.allowed_licences == ["MIT"] and cfg.pii.redact == ["PHONE"] and cfg.pii.drop == ["SECRET"]


def test_policy_file_errors(tmp_path):
    recipe = tmp_path / "r.yaml"
    recipe.write_text("compliance:\n  policy_file: nowhere.yaml\n")
    with pytest.raises(ConfigError, match="policy file not found: nowhere.yaml"):
        load_recipe(recipe)
    bad = tmp_path / "p.yaml"
    bad.write_text("pii: {redact: [PASSPORT]}\n")
    recipe.write_text(f"compliance:\n  policy_file: {bad}\n")
    with pytest.raises(ConfigError, match="compliance.pii.redact.0"):
        load_recipe(recipe)


def test_default_policy_file_validates():
    recipe = load_recipe(None, [f"compliance.policy_file={REPO / 'pipelines/policies/default.yaml'}"])
    assert recipe.compliance.residency == {"EU": ["EU"]} and "decontaminate" in recipe.compliance.filters


def test_keys_in_their_old_place_say_where_they_moved(tmp_path):
    """task and sampling live once at the top; a recipe written for the old layout says where."""
    old = tmp_path / "old.yaml"
    old.write_text(
        "rl: {task: gsm8k, temperature: 0.7, max_new_tokens: 64, steps: 3,"
        " rewards: [{name: overlong, params: {max_len: 64}}]}\n"
        "eval: {temperature: 0.0, max_new_tokens: 32, samples: 1}\n"
    )
    with pytest.raises(ConfigError) as err:
        load_recipe(str(old))
    text = str(err.value)
    assert "rl.task: moved to task" in text and "rl.temperature: moved to sampling.temperature" in text
    assert "rl.max_new_tokens: moved to sampling.max_new_tokens" in text and "rl.steps" not in text
    assert "eval.temperature: moved to eval.sampling.temperature" in text
    assert "eval.max_new_tokens: moved to eval.sampling.max_new_tokens" in text and "eval.samples" not in text
    assert "rl.rewards[0].params.max_len: renamed max_new_tokens" in text
    new = load_recipe(None, ["task=gsm8k", "sampling.temperature=0.7", "sampling.max_new_tokens=64"])
    from reasonrl.config.models import rl_run

    run = rl_run(new)
    assert (run.task, run.sampling, run.steps) == ("gsm8k", new.sampling, new.rl.steps)
    assert (run.sampling.temperature, run.sampling.max_new_tokens) == (0.7, 64)


def test_sections_in_their_old_place_say_where_they_moved(tmp_path):
    """`registry:` was MLflow's section; bare "registry" is the name -> object lookup, so the
    section is the model registry's: a recipe or an override written for the old name says where."""
    old = tmp_path / "old.yaml"
    old.write_text("registry: {model_name: m}\n")
    for path, overrides in ((str(old), []), (None, ["registry.tracking_uri=sqlite:///x.db"])):
        with pytest.raises(ConfigError, match="registry: moved to model_registry") as err:
            load_recipe(path, overrides)
        assert "rename the section" in err.value.hint
    new = load_recipe(None, ["model_registry.model_name=m", "cluster.image.registry=ghcr.io/acme"])
    assert new.model_registry.model_name == "m" and new.cluster.image.registry == "ghcr.io/acme"
    assert "registry" not in type(new).model_fields


def test_sampling_is_declared_once_and_nested_where_used():
    """RL nests the recipe's SamplingConfig (no copied fields); evaluation samples like training
    unless the recipe fixes eval.sampling; RL refuses a greedy group."""
    from reasonrl.config.models import EvalConfig, RLRun, SamplingConfig

    for model in (RLRun, EvalConfig):
        assert not {"temperature", "top_p", "top_k", "stop", "max_new_tokens"} & set(model.model_fields)
        assert model.model_fields["sampling"].annotation is SamplingConfig
    follows = load_recipe(None, ["sampling.max_new_tokens=16", "sampling.top_p=0.9"])
    assert follows.eval.sampling == follows.sampling
    fixed = load_recipe(None, ["sampling.max_new_tokens=16", "eval.sampling.temperature=0"])
    assert fixed.eval.sampling.temperature == 0 and fixed.eval.sampling.max_new_tokens == 48
    assert fixed.sampling.temperature == 1.0
    with pytest.raises(ConfigError, match="sampling.temperature must be > 0 for RL"):
        load_recipe(None, ["sampling.temperature=0"])
    moderation = load_recipe(str(REPO / "pipelines/recipes/moderation.yaml"))
    assert moderation.eval.sampling.temperature == 0 and moderation.sampling.temperature == 1.0
