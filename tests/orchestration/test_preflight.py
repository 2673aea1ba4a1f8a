"""The recipe check before a run: every key that names a registry entry is checked against that
registry (the config holds plain strings; the registries are the one list of choices)."""

from reasonrl.config import load_recipe
from reasonrl.orchestration.preflight import named_choices, problems
from tests.conftest import TINY_RECIPE

BAD = {
    "rl.advantage": "grpoo",
    "rl.loss": "ppo",
    "rl.aggregation": "mean",
    "rl.kl_estimator": "k4",
    "rl.engine": "sglang",
    "distill.method": "dpo",
    "distill.divergence": "tv",
    "distill.selection": "longest",
    "data.split.by": "random",
}


def test_every_registry_named_key_is_checked_with_its_choices(monkeypatch, tmp_path):
    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path / "out"))
    good = load_recipe(TINY_RECIPE)
    assert not [p for p in problems(good) if p[0] in BAD]
    checked = {key for key, _, _ in named_choices(good)}
    assert set(BAD) <= checked and "compliance.filters[0]" in checked
    bad = load_recipe(TINY_RECIPE, [f"{k}={v}" for k, v in BAD.items()] + ["compliance.filters=[pii, piii]"])
    found = dict(problems(bad))
    for key, name in BAD.items():
        assert f"{name!r}" in found[key] and "choose from:" in found[key], key
    assert "'piii'" in found["compliance.filters[1]"] and "compliance.filters[0]" not in found
    assert "grpo" in found["rl.advantage"] and "forward_kl" in found["distill.divergence"]
