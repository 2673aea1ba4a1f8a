"""The adaptive curriculum: pass-rate streaks park prompts that teach nothing, they come back after
the cooldown, the sampler passes over parked prompts (and revisits early rather than starve), and
the state travels in the checkpoint so a resumed run parks the same prompts."""

import pytest

from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.rl.curriculum import Curriculum
from reasonrl.rl.sampling import PromptSampler, check_curriculum


def test_extremes_are_parked_after_patience_and_come_back():
    c = Curriculum(patience=2, cooldown=5)
    c.update([("easy", 1.0), ("hard", 0.0), ("useful", 0.5)], step=0)
    assert not any(c.parked(p, 1) for p in ("easy", "hard", "useful"))  # one visit is not a streak
    c.update([("easy", 1.0), ("hard", 0.0), ("useful", 1.0)], step=1)
    assert c.parked("easy", 2) and c.parked("hard", 2) and not c.parked("useful", 2)
    assert c.parked("easy", 6) and not c.parked("easy", 7)  # cooldown of 5 steps after step 1
    c.update([("mixed", 1.0)], step=2)
    c.update([("mixed", 0.0)], step=3)  # solved then failed: no streak
    assert not c.parked("mixed", 4)
    assert c.stats(2) == {
        "curriculum/parked": 2.0,
        "curriculum/parked_solved": 1.0,
        "curriculum/tracked": 4.0,
    }


def test_the_sampler_skips_parked_prompts_and_never_starves():
    records = [{"id": f"p{i}"} for i in range(6)]
    c = Curriculum(patience=1, cooldown=100)
    sampler = PromptSampler(records, seed=0, curriculum=c)
    c.update([("p0", 1.0), ("p1", 0.0), ("p2", 1.0), ("p3", 0.0)], step=0)
    for _ in range(4):  # epoch after epoch, only the unparked two are drawn
        assert {r["id"] for r in sampler.next(2, step=1)} == {"p4", "p5"}
    assert len(sampler.next(5, step=1)) == 5  # more than are unparked: a full pass, then parked ones early
    c.update([("p4", 1.0), ("p5", 0.0)], step=1)
    assert len(sampler.next(3, step=2)) == 3  # everything parked: revisited early, not an endless loop


def test_curriculum_state_round_trips_through_the_sampler_checkpoint():
    records = [{"id": f"p{i}"} for i in range(4)]
    a = PromptSampler(records, seed=1, curriculum=Curriculum(patience=1, cooldown=3))
    a.curriculum.update([("p0", 1.0)], step=0)
    a.next(2, step=1)
    b = PromptSampler(records, seed=1, curriculum=Curriculum())
    b.load(a.state())
    assert b.curriculum.state() == a.curriculum.state() and b.next(3, step=1) == a.next(3, step=1)


def test_a_curriculum_needs_a_verifier_term():
    check_curriculum(RLRun(curriculum={"enabled": True}))  # accuracy is the default term
    with pytest.raises(ConfigError, match="verifier reward term"):
        check_curriculum(RLRun(curriculum={"enabled": True}, rewards=[{"name": "format"}]))


def test_training_with_a_curriculum_records_it(tmp_path, model_cache):
    from reasonrl.modeling import load_causal_lm
    from reasonrl.rl import checkpoint
    from reasonrl.rl.trainer import train
    from reasonrl.tasks.arithmetic import generate

    model, tok = load_causal_lm("embedded:tiny-test")
    cfg = RLRun(
        steps=3,
        prompts_per_step=4,
        group_size=4,
        sampling={"max_new_tokens": 12},
        checkpoint_every=1,
        curriculum={"enabled": True, "patience": 1, "cooldown_steps": 10},
        guard={"enabled": False},
    )
    history, _ = train(model, tok, generate(12, 0, (1, 1)), cfg, tmp_path, progress=False)
    assert all("curriculum/parked" in h for h in history)
    assert history[-1]["curriculum/tracked"] > 0
    state = checkpoint.read_state(checkpoint.latest(tmp_path / "checkpoints"))
    saved = state["extra"]["sampler"]["curriculum"]
    assert saved["patience"] == 1 and len(saved["table"]) == history[-1]["curriculum/tracked"]
