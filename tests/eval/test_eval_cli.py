"""`reasonrl eval` end to end on the tiny model: two benchmark tasks, a reference model on the
same prompts with a paired comparison, and the JSON + HTML report."""

import json

from reasonrl.cli.main import main


def test_eval_two_models_on_benchmarks(tmp_path, model_cache, capsys):
    from reasonrl.modeling import resolve_model

    model_dir = resolve_model("embedded:tiny-test")
    code = main(
        [
            "eval",
            "--model",
            str(model_dir),
            "--compare-with",
            "embedded:tiny-test",
            "--task",
            "arithmetic",
            "--task",
            "hatecheck",
            "--limit",
            "18",
            "--samples",
            "2",
            "--max-new-tokens",
            "16",
            "--out",
            str(tmp_path),
            "--no-progress",
        ]
    )
    assert code == 0
    printed = capsys.readouterr()
    assert "Loading weights" not in printed.err  # --no-progress quiets transformers' bars too
    report = json.loads((tmp_path / "report.json").read_text())
    assert set(report["tasks"]) == {"arithmetic", "hatecheck"}
    hc = report["tasks"]["hatecheck"]
    assert len(hc["model"]["by_language"]) == 9 and hc["model"]["n_prompts"] == 18
    for key in (
        "pass_at_1",
        "pass_at_1_ci95",
        "pass_at_2",
        "maj_at_2",
        "mean_tokens",
        "p90_tokens",
        "accuracy_per_1k_tokens",
        "truncation_rate",
        "temperature",
        "seed",
        "answers_graded_per_s",
    ):
        assert key in hc["model"], key
    # the same weights, the same prompts and seeds: identical answers, so no difference at all
    cmp = report["tasks"]["arithmetic"]["comparison"]
    assert cmp["n"] == 18 and cmp["mean_diff"] == 0 and cmp["p_value"] == 1.0
    assert (
        report["tasks"]["arithmetic"]["model"]["pass_at_1"]
        == report["tasks"]["arithmetic"]["reference"]["pass_at_1"]
    )
    page = (tmp_path / "report.html").read_text()
    assert "paired p" in page and page.count("<img") == 2  # accuracy vs tokens + per-language bars
    assert (tmp_path / "model" / "hatecheck" / "samples.jsonl").exists()
    assert "report.html" in printed.out
