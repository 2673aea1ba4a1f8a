"""Training curves people can read: spikes found and marked (the grad-norm spike to 52.3 among
values near 0.4 once flattened its panel unflagged), one panel per metric group with units."""

from __future__ import annotations

import pytest

from reasonrl.report.plots import panel_keys, spikes
from reasonrl.report.training import write_training_report


def _history(n: int = 20, spike_at: int | None = 11) -> list[dict]:
    rows = []
    for i in range(n):
        rows.append(
            {
                "step": i + 1,
                "reward_mean": 0.2 + 0.02 * i,
                "reward/accuracy": 0.1 + 0.02 * i,
                "reward/format": 0.9,
                "loss": 0.05 - 0.001 * i,
                "kl": 0.001 * i,
                "entropy": 1.0 - 0.01 * i,
                "clip_frac_high": 0.01 * (i % 3),
                "grad_norm": 52.3 if i == spike_at else 0.4 + 0.01 * (i % 4),
                "response_length_mean": 30 + i,
                "accuracy": 0.1 + 0.02 * i,
            }
        )
    return rows


def test_a_spike_is_found_and_ordinary_variation_is_not():
    values = [h["grad_norm"] for h in _history()]
    assert spikes(values) == [11]
    assert spikes([0.4 + 0.01 * (i % 4) for i in range(20)]) == []
    assert spikes([1.0, 1.0, 1.0, 1.0, 1.0, 1.0]) == []  # constant: no spread, no spike
    assert spikes([1.0, 1.0, 1.0, 1.0, 1.0, 1.0000001]) == []  # a wobble on a flat line is not a spike
    assert spikes([0.4, 52.3]) == []  # too few points to tell
    assert spikes([0.0] * 20 + [0.0078]) == []  # a mostly-zero rate: its events are not spikes
    assert spikes([1.0] * 10 + [52.0]) == [10]  # a jump off a flat line is


def test_panels_group_metrics_with_units_and_add_evaluation_when_it_ran():
    panels = {title: (unit, keys) for title, unit, keys in panel_keys(_history())}
    assert panels["reward terms"][1] == ["reward/accuracy", "reward/format"]
    assert panels["KL to reference"][0] == "nats per token" and panels["grad norm"][1] == ["grad_norm"]
    assert "held-out evaluation" not in panels
    with_eval = _history() + [{"step": 21, "eval/pass_at_1": 0.4}]
    assert {t: k for t, _, k in panel_keys(with_eval)}["held-out evaluation"] == ["eval/pass_at_1"]


def test_the_training_report_flags_the_spike_in_markdown_and_html(tmp_path):
    summary = write_training_report(tmp_path, _history())
    assert summary["spikes"] == [{"metric": "grad_norm", "step": 12, "value": pytest.approx(52.3)}]
    html = (tmp_path / "training_report.html").read_text()
    assert (
        "grad_norm = 52.3 at step 12" in html and "data:image/png;base64," in html and "<script" not in html
    )
    assert "spike: grad_norm = 52.3 at step 12" in (tmp_path / "training_report.md").read_text()
    assert (tmp_path / "training_curves.png").stat().st_size > 5000


def test_label_panels_show_a_collapse_and_the_reward_per_gold_label():
    from reasonrl.report.plots import panel_keys

    history = [
        {
            "step": i,
            "reward_mean": 0.1,
            "labels/share/hateful": 0.5 + i / 20,
            "labels/share/non-hateful": 0.4,
            "labels/reward/hateful": 0.2,
            "zero_variance_groups": 0.25,
        }
        for i in range(1, 6)
    ]
    panels = {title: keys for title, _, keys in panel_keys(history)}
    assert panels["predicted labels"] == ["labels/share/hateful", "labels/share/non-hateful"]
    assert panels["reward per gold label"] == ["labels/reward/hateful"] and panels["tied groups"] == [
        "zero_variance_groups"
    ]
    assert "reward terms" not in panels  # labels/reward/* is not a reward term
