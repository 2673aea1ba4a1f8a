"""The stability guard: pure rule checks, and an injected learning-rate spike that collapses the
policy triggers a rollback to the last good checkpoint, a lower LR, and a recovered run."""

import json
import math

import pytest

from reasonrl.rl.guard import StabilityGuard, TrainingUnstable


@pytest.mark.parametrize(
    "metrics,reason",
    [
        ({"loss": math.nan, "reward_mean": 0.5}, "non_finite_loss"),
        ({"grad_norm": math.inf, "reward_mean": 0.5}, "non_finite_grad_norm"),
        ({"entropy": 0.001, "reward_mean": 0.5}, "entropy_collapse"),
        ({"kl": 9.0, "reward_mean": 0.5}, "kl_blowup"),
        ({"entropy": 0.3, "reward_mean": 0.5}, None),
    ],
)
def test_guard_rules(metrics, reason):
    verdict = StabilityGuard().check(metrics)
    assert (verdict or "").startswith(reason or "") and (verdict is None) == (reason is None)


def test_reward_collapse_needs_a_sustained_drop():
    g = StabilityGuard(window=2, reward_drop=0.5)
    assert StabilityGuard(window=1).check({"reward_mean": 0.05}) is None
    for r in (0.6, 0.8, 0.8):
        assert g.check({"reward_mean": r}) is None
    assert g.check({"reward_mean": 0.5}) is None  # (0.8 + 0.5) / 2 = 0.65 > 0.4
    assert g.check({"reward_mean": 0.0}).startswith("reward_collapse")  # (0.5 + 0.0) / 2 < 0.4


def _spike(at: int, factor: float):
    """LR multiplier that spikes once at step `at` (a fault injected from outside the trainer)."""
    fired = []

    def schedule(step: int) -> float:
        if step == at and not fired:
            fired.append(step)
            return factor
        return 1.0

    return schedule


def _logged_steps(path) -> list[int]:
    return [json.loads(line)["step"] for line in path.read_text().splitlines()]


def _train(chain, tmp_path, schedule, log=None, **guard):
    from reasonrl.config.models import RewardTerm, rl_run
    from reasonrl.modeling import load_causal_lm
    from reasonrl.rl.trainer import train
    from reasonrl.stages.common import load_records

    recipe = chain["recipe"]
    # the format reward is high for the pretrained model, so a broken policy shows as a reward collapse
    terms = [RewardTerm(name="accuracy"), RewardTerm(name="format")]
    cfg = rl_run(recipe).model_copy(
        update={
            "steps": 6,
            "lr": 1e-3,
            "resume": "never",
            "checkpoint_every": 1,
            "rewards": terms,
            "guard": recipe.rl.guard.model_copy(update=guard),
        }
    )
    model, tok = load_causal_lm(recipe.model.base)
    records = load_records(chain["dirs"]["data"], kind="prompt", split="train")
    history, _ = train(
        model, tok, records, cfg, tmp_path, seed=0, progress=False, lr_schedule=schedule, log=log
    )
    return history, model


@pytest.fixture(scope="module")
def chain(tmp_path_factory, model_cache):
    import os

    from reasonrl.config import load_recipe, localize
    from reasonrl.stages.data import compliance_filter, ingest
    from tests.conftest import TINY_RECIPE

    root = tmp_path_factory.mktemp("guard")
    os.environ["REASONRL_TEST_OUT"] = str(root / "out")
    recipe = localize(load_recipe(TINY_RECIPE))
    ingest(recipe, root / "raw")
    compliance_filter(recipe, root / "raw", root / "data")
    return {"recipe": recipe, "dirs": {"data": root / "data"}}


def test_lr_spike_triggers_rollback_and_the_run_recovers(chain, tmp_path):
    on_disk = []  # what metrics.jsonl says when each step is logged: readable while the run goes

    def log(step, _metrics):
        on_disk.append((step, _logged_steps(tmp_path / "metrics.jsonl")))

    history, model = _train(chain, tmp_path, _spike(at=2, factor=3000.0), log=log)
    assert all(steps == list(range(1, step + 1)) for step, steps in on_disk), on_disk
    assert _logged_steps(tmp_path / "metrics.jsonl") == [1, 2, 3, 4, 5, 6]  # the rolled-back step is gone
    events = json.loads((tmp_path / "guard_events.json").read_text())
    assert len(events) >= 1 and events[0]["rolled_back_to"] <= 2 and events[0]["lr_scale"] == 0.5
    assert [h["step"] for h in history] == [1, 2, 3, 4, 5, 6]
    assert history[-1]["reward/format"] > 0.5  # recovered
    assert all(math.isfinite(h["loss"]) and h["entropy"] >= 0.005 for h in history)
    assert all(p.isfinite().all() for p in model.parameters())


def test_gives_up_with_a_report_after_max_rollbacks(chain, tmp_path):
    with pytest.raises(TrainingUnstable, match="guard events") as stopped:
        _train(chain, tmp_path, lambda step: 3000.0 if step >= 1 else 1.0, max_rollbacks=1)
    # what the guard refused is kept (the rolled-back steps leave no other trace), with the good steps so far
    refused = [json.loads(line) for line in (tmp_path / "rejected_steps.jsonl").read_text().splitlines()]
    events = json.loads((tmp_path / "guard_events.json").read_text())
    assert len(refused) == len(events) >= 2, (refused, events)  # one refused step per guard event
    assert [r["guard_reason"] for r in refused] == [e["reason"] for e in events]
    assert all("reward_mean" in r for r in refused)
    kept = [h["step"] for h in stopped.value.history]  # the steps the guard accepted before it gave up
    assert kept == list(range(1, len(kept) + 1)) and kept[-1] < refused[-1]["step"], (kept, refused)
    assert _logged_steps(tmp_path / "metrics.jsonl") == kept  # on disk as they were accepted


def _shares(top: str, share: float, view: str = "mode") -> dict:
    other = "non-hateful" if top == "hateful" else "hateful"
    return {
        "reward_mean": 0.5,
        f"labels/{view}/{top}": share,
        f"labels/{view}/{other}": 1 - share,
        f"labels/{view}/unparseable": 1.0,  # never a label: an unparseable flood is the format reward's
    }


def test_label_collapse_after_a_window_of_one_label_steps():
    from reasonrl.rl.guard import StabilityGuard

    g = StabilityGuard(window=3, max_label_share=0.9)
    step = lambda share: g.check(_shares("hateful", share))  # noqa: E731
    assert [step(s) for s in (1.0, 1.0, 1.0, 1.0)] == [
        None
    ] * 4  # a base model that starts constant is not disarmed...
    assert step(0.6) is None  # ...until it has once been below the line
    assert [step(s) for s in (0.95, 0.97)] == [None, None]
    verdict = step(1.0)
    assert verdict and verdict.startswith("label_collapse ('hateful' in 100% of groups' modal answers")
    assert step(0.95) is None and step(0.5) is None and step(0.95) is None  # a break resets the streak
    saved = g.state()
    h = StabilityGuard(window=3, max_label_share=0.9)
    h.load(saved)
    assert (h.label_streak, h.label_armed, h.prior) == (1, True, "hateful")


def test_a_flip_to_the_other_constant_label_is_a_collapse():
    """The base answers `non-hateful` to everything; the policy jumps straight to `hateful` on every
    group without passing below the line: training caused that constant answer."""
    from reasonrl.rl.guard import StabilityGuard

    g = StabilityGuard(window=2, max_label_share=0.9)
    assert g.check(_shares("non-hateful", 1.0)) is None and not g.label_armed
    assert g.check(_shares("hateful", 1.0)) is None and g.label_armed
    assert g.check(_shares("hateful", 1.0)).startswith("label_collapse ('hateful'")


def test_the_guard_reads_the_view_it_is_given():
    """`mode` (default) reads each group's modal answer; `share` reads the rollouts. A step whose
    rollouts are mixed but whose groups all lean one way trips only the mode view."""
    from reasonrl.rl.guard import StabilityGuard

    metrics = {**_shares("hateful", 1.0, "mode"), **_shares("hateful", 0.8, "share")}
    by_mode, by_share = StabilityGuard(window=1), StabilityGuard(window=1, label_view="share")
    by_mode.prior = by_share.prior = "non-hateful"  # started on the other label
    assert by_mode.check(metrics).startswith("label_collapse")
    assert by_share.check(metrics) is None
