import json

import pytest

from reasonrl.cli.main import main
from tests.conftest import TINY_RECIPE


def test_help_explains_commands(capsys):
    with pytest.raises(SystemExit) as exc:
        main(["--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    for word in ("run", "compile", "submit", "ingest", "rl-train", "promote", "examples:"):
        assert word in out


def test_missing_recipe_is_a_clear_error(capsys):
    assert main(["run", "no/such/recipe.yaml"]) == 2
    err = capsys.readouterr().err
    assert "recipe file not found: no/such/recipe.yaml" in err and "hint:" in err and "Traceback" not in err


def test_mistyped_key_is_a_clear_error(tmp_path, capsys):
    bad = tmp_path / "bad.yaml"
    bad.write_text("eval:\n  sampels: 3\n")
    assert main(["config", "--recipe", str(bad)]) == 2
    err = capsys.readouterr().err
    assert "eval.sampels: unknown key" in err and "samples" in err


def test_missing_input_file_names_the_file(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path))
    code = main(
        [
            "ingest",
            "--recipe",
            str(TINY_RECIPE),
            "--set",
            "data.sources=[{name: gone, uri: /nope/missing.jsonl}]",
            "--out",
            str(tmp_path / "o"),
        ]
    )
    assert code == 2
    err = capsys.readouterr().err
    assert "source 'gone' file not found: /nope/missing.jsonl" in err


def test_malformed_rows_are_reported_not_fatal(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("REASONRL_TEST_OUT", str(tmp_path))
    src = tmp_path / "rows.jsonl"
    src.write_text('{"question": "1+1", "answer": "2"}\n{"question": \n')
    code = main(
        [
            "ingest",
            "--recipe",
            str(TINY_RECIPE),
            "--set",
            f"data.sources=[{{name: s, uri: {src}, task: arithmetic, licence: MIT}}]",
            "--out",
            str(tmp_path / "o"),
        ]
    )
    assert code == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["counts"]["read"], report["counts"]["records"], report["counts"]["unparseable"]) == (
        2,
        1,
        1,
    )
    bad = json.loads((tmp_path / "o" / "quarantine.jsonl").read_text().splitlines()[0])
    assert bad["file"] == str(src) and bad["line"] == 2 and "bad JSON" in bad["reasons"][0]


def test_list_shows_registries(capsys):
    assert main(["list"]) == 0
    out = capsys.readouterr().out
    rewards_line = next(line for line in out.splitlines() if line.startswith("rewards:"))
    assert {"accuracy", "format", "math", "code"} <= set(rewards_line[len("rewards: ") :].split(", "))
    assert "advantages:" in out and "grpo" in out and "gates:" in out and "decontaminate" in out
    listed = {line.split(":")[0] for line in out.splitlines()}
    assert {"splitters", "model-uris", "gpus", "distill-methods", "engines"} <= listed
    assert "label_balance" in rewards_line
    assert main(["list", "nothing"]) == 2


def test_a_missing_source_file_is_named_within_seconds(tmp_path, capsys):
    """Checked before anything starts: every broken input is named with its key path."""
    import time

    from tests.conftest import TINY_RECIPE

    bad = tmp_path / "bad.yaml"
    bad.write_text(
        TINY_RECIPE.read_text()
        .replace("pipelines/recipes/data/vendor_sample.jsonl", "no/such/file.jsonl")
        .replace("rl: {steps: 2", "rl: {rewards: [{name: accurasy}], steps: 2")
    )
    t0 = time.monotonic()
    code = main(["run", str(bad)])
    err = capsys.readouterr().err
    assert code == 2 and time.monotonic() - t0 < 20
    assert "data.sources[2] (vendor-sample).uri: file not found" in err and "no/such/file.jsonl" in err
    assert "rl.rewards[0] (accurasy): unknown reward" in err and "nothing was started" in err


def test_eval_on_a_gpu_this_machine_lacks_says_what_to_do(tmp_path, capsys, monkeypatch):
    import torch

    from reasonrl.cli.main import main

    monkeypatch.setattr(
        torch.cuda, "is_available", lambda: False
    )  # as on this CPU machine, also where CUDA is present
    code = main(
        [
            "eval",
            "--model",
            "embedded:tiny-test",
            "--task",
            "arithmetic",
            "--device",
            "cuda",
            "--out",
            str(tmp_path / "eval"),
        ]
    )
    err = capsys.readouterr().err
    assert code == 2 and "device 'cuda' requested" in err and "no CUDA GPU" in err and "use auto" in err
