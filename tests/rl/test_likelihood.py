"""The gold label's probability under the policy as a reward (rl.likelihood, reward
`label_likelihood`): the same value as a plain forward of each [prompt | reasoning | label] row,
however the rows are grouped; only for a classifier; end to end in an RL run."""

from __future__ import annotations

import math

import pytest
import torch

from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.generation.base import Rollout, SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.rl.likelihood import gold_label_probability, label_logprobs
from reasonrl.rl.sampling import check_reward_fields, score
from reasonrl.tasks import get as get_task
from reasonrl.verify.answers import answer_context
from tests.rl.moderation_runs import hatecheck_prompts, run_tiny_moderation_rl


@pytest.fixture(scope="module")
def tiny(model_cache):
    from reasonrl.modeling import load_causal_lm

    return load_causal_lm("embedded:tiny-test")


@pytest.fixture(scope="module")
def records():
    return hatecheck_prompts(150)


def _plain(model, tok, rollout, record) -> list[float]:
    """The reference: each label's row [prompt | reasoning | label] forwarded alone, its tokens'
    log-probs summed."""
    labels = get_task("moderation").labels(record)
    ctx = tok(answer_context(rollout.completion), add_special_tokens=False).input_ids
    seq = []
    with torch.no_grad():
        for label in labels:
            lab = tok(label, add_special_tokens=False).input_ids
            ids = torch.tensor([rollout.prompt_ids + ctx + lab])
            logp = torch.log_softmax(model(input_ids=ids).logits[0].float(), -1)
            at = ids.shape[1] - len(lab)
            seq.append(sum(float(logp[at - 1 + j, t]) for j, t in enumerate(lab)))
    return seq


def test_the_label_logprobs_are_a_plain_forwards_however_the_rows_are_grouped(tiny, records):
    model, tok = tiny
    picked = [next(r for r in records if r["answer"] == a) for a in ("hateful", "non-hateful", "hateful")]
    task = get_task("moderation")
    prompts = [task.render(r, tok) for r in picked]
    rollouts = HFEngine(model, tok).generate(prompts, SamplingParams(n=2, max_new_tokens=6), seeds=[1, 2, 3])
    # one completion with its answer block opened (the others never open it)
    rollouts[0] = Rollout(
        0, rollouts[0].prompt, rollouts[0].prompt_ids, "<think>x</think> <answer>hat", [5], False
    )
    want = [_plain(model, tok, r, picked[r.prompt_index]) for r in rollouts]
    assert len({round(v, 3) for seq in want for v in seq}) > 6  # real, distinct log-probs
    for per_forward in (1, 2, 3):
        got, gold = label_logprobs(
            model, tok, rollouts, picked, "moderation", prompts_per_forward=per_forward
        )
        for g, w in zip(got, want, strict=True):
            assert g == pytest.approx(w, rel=1e-4, abs=1e-3), per_forward
        assert gold == [0, 0, 1, 1, 0, 0]  # (hateful, non-hateful): each record's answer
    p = gold_label_probability(model, tok, rollouts, picked, "moderation")
    for q, w, g in zip(p, want, gold, strict=True):
        assert q == pytest.approx(math.exp(w[g]) / sum(math.exp(v) for v in w), abs=1e-6)
    for training in (True, False):  # scored in eval mode, the caller's mode restored
        model.train(training)
        gold_label_probability(model, tok, rollouts[:2], picked, "moderation")
        assert model.training is training


def test_the_reward_term_reads_it_and_only_for_a_classifier(tiny, records):
    model, tok = tiny
    rec = next(r for r in records if r["answer"] == "hateful")
    prompt = get_task("moderation").render(rec, tok)
    rollouts = HFEngine(model, tok).generate([prompt], SamplingParams(n=3, max_new_tokens=6), seeds=[4])
    cfg = RLRun(task="moderation", group_size=3, rewards=[{"name": "label_likelihood"}])
    rewards, parts = score(cfg, rollouts, [rec], policy=(model, tok))
    want = gold_label_probability(model, tok, rollouts, [rec], "moderation")
    assert rewards.tolist() == pytest.approx(want) and parts["label_likelihood"] == pytest.approx(want)
    with pytest.raises(ConfigError, match="no policy was given"):
        score(cfg, rollouts, [rec])
    with pytest.raises(ConfigError, match="task 'arithmetic' is not a classifier"):
        check_reward_fields(cfg.model_copy(update={"task": "arithmetic"}))
    check_reward_fields(cfg)


def test_rl_on_the_gold_probability_runs_end_to_end(records, tmp_path, model_cache):
    rewards = [{"name": "label_likelihood"}, {"name": "format", "weight": 0.2}]
    rows = run_tiny_moderation_rl(records, tmp_path, steps=2, lr=1e-3, rewards=rewards)
    got = [r["reward/label_likelihood"] for r in rows]
    assert len(got) == 2 and all(0.0 < v < 1.0 for v in got), got


def test_the_brier_rule_is_proper_and_the_probability_rule_is_not():
    """For two labels, the gold one with true probability q: the expected Brier reward is highest
    at p = q (the score stays calibrated); the plain probability's is highest at p = 1."""
    from reasonrl.rewards import get

    term = get("label_likelihood")
    grid = [i / 100 for i in range(101)]

    def best(rule: str, q: float) -> float:
        # the gold label is the one at p with probability q, the other one (at 1 - p) otherwise
        def expected(p: float) -> float:
            gold, other = term(["", ""], [p, 1 - p], rule=rule)
            return q * gold + (1 - q) * other

        return max(grid, key=expected)

    assert best("brier", 0.7) == pytest.approx(0.7) and best("brier", 0.2) == pytest.approx(0.2)
    assert best("probability", 0.7) == 1.0
    assert term(["a"], [0.5]) == [0.75] and term(["a"], [0.5], rule="probability") == [0.5]
    with pytest.raises(ConfigError, match="unknown rule 'log'"):
        term(["a"], [0.5], rule="log")
    with pytest.raises(ValueError, match="1 probabilities for 2 completions"):
        term(["a", "b"], [0.5])


def test_a_reward_read_from_the_policy_runs_in_one_process():
    from reasonrl.rl import likelihood
    from reasonrl.rl.distributed import Dist
    from reasonrl.rl.trainer import _check_layout

    cfg = RLRun(task="moderation", group_size=2, prompts_per_step=2, rewards=[{"name": "label_likelihood"}])
    with pytest.raises(ConfigError, match="implemented for one process; this run has 2 ranks"):
        _check_layout(cfg, Dist(rank=0, world=2))
    likelihood.check(cfg, 1)
    likelihood.check(RLRun(task="moderation", rewards=[{"name": "policy_label"}]), 2)
