"""The GRPO benchmark's accounting (benchmarks/rl_vs_trl.py): MFU is each step's executed model
FLOPs over that step's own time, a figure above 100% stops the run, and the report's table has
the three rows with their ratios to TRL."""

import importlib.util
from argparse import Namespace
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "rl_vs_trl", Path(__file__).parents[2] / "benchmarks/rl_vs_trl.py"
)
bench = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(bench)

ARGS = Namespace(group=4, prompts=8)


def test_each_step_is_divided_by_its_own_time():
    run = {"step_s": [2.0, 1.0], "completion_tokens": [1000.0, 1000.0], "trained_fraction": [1.0, 0.5]}
    mfu = bench.step_mfu("reasonrl", run, ARGS, n_params=1_000_000, prompt_tokens=2000.0, peak=1e11)
    shared = 2000.0 / 4
    first = (2e6 * (shared + 1000) + 6e6 * 1.0 * (shared + 1000)) / 2.0 / 1e11
    second = (2e6 * (shared + 1000) + 6e6 * 0.5 * (shared + 1000)) / 1.0 / 1e11
    assert mfu == pytest.approx([first, second])
    dense = bench.step_mfu("reasonrl-dense", run, ARGS, n_params=1_000_000, prompt_tokens=2000.0, peak=1e11)
    assert dense[0] > mfu[0]  # the dense row prefills every sample's prompt: more work in the same time


def test_a_figure_above_100_percent_is_refused():
    run = {"step_s": [0.001], "completion_tokens": [1000.0]}
    with pytest.raises(RuntimeError, match="> 100%"):
        bench.step_mfu("trl", run, ARGS, n_params=100_000_000, prompt_tokens=2000.0, peak=1e11)


def test_the_table_has_three_rows_and_the_curves_side_by_side():
    row = {
        "completions_per_s": 2.0,
        "median_step_s": 16.0,
        "mfu_executed": 0.3,
        "trained_fraction": 1.0,
        "reward_first": 0.1,
        "reward_last": 0.2,
        "reward_curve": [0.1, 0.15, 0.2],
    }
    report = {
        "model": "m",
        "threads": 2,
        "device": "cpu",
        "peak_flops": 1e11,
        "settings": {
            "prompts": 8,
            "group": 4,
            "max_new_tokens": 64,
            "reward": "math",
            "lr": 1e-5,
            "steps": 3,
            "rounds": 2,
        },
        "trl": row,
        "reasonrl-dense": {**row, "completions_per_s": 3.0},
        "reasonrl": {**row, "completions_per_s": 7.0, "trained_fraction": 0.6},
    }
    md = bench.markdown(report)
    assert "| reasonrl-dense | 3.00 | 1.50x |" in md and "| reasonrl | 7.00 | 3.50x |" in md
    assert "| 3 | 0.200 | 0.200 | 0.200 |" in md
