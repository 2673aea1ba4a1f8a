"""The policy update's work-saving paths change nothing: skipping zero-advantage sequences,
forwarding each prompt once per group, and a prefix common to every prompt once per batch give
the same weights as the plain update."""

import copy

import pytest
import torch

from reasonrl.config.models import RLRun
from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling.batch import collate
from reasonrl.rl.distributed import Dist, make_strategy
from reasonrl.rl.update import policy_update

# a prefix every prompt shares (like a content policy)
SHARED_PREFIX = "Rules: add the two numbers, answer with digits only.\n"


@pytest.fixture(scope="module", params=["", SHARED_PREFIX], ids=["own-prompts", "common-prefix"])
def step_batch(model_cache, request):
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm("embedded:tiny-test")
    prompts = [f"{request.param}Q: {a}+{b}\nA: " for a, b in [(1, 2), (3, 4), (5, 5), (7, 8)]]
    rollouts = HFEngine(model, tok).generate(
        prompts, SamplingParams(n=4, max_new_tokens=20), seeds=[1, 2, 3, 4]
    )
    rewards = torch.tensor([1.0, 0.0, 1.0, 0.0, 1.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0])
    adv = rewards.view(4, 4) - rewards.view(4, 4).mean(1, keepdim=True)  # groups 2 and 3 tie: A = 0
    return model, tok, rollouts, collate(rollouts, tok.pad_token_id), adv.reshape(-1)


def _update(step_batch, sgd: bool = False, **fields):
    model, tok, rollouts, batch, adv = step_batch
    m = copy.deepcopy(model)
    cfg = RLRun(
        group_size=4,
        prompts_per_step=4,
        ppo_epochs=2,
        mini_batch_size=8,
        micro_batch_size=4,
        lr=1e-2,
        **fields,
    )
    strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
    if sgd:  # weight differences then follow gradient differences (Adam rescales each parameter's)
        strategy.optimizer = torch.optim.SGD(m.parameters(), lr=0.5)
    stats = policy_update(cfg, strategy, batch, adv, None, rollouts)
    return m, stats


@pytest.mark.parametrize("shared", [False, True])
def test_skipping_zero_advantage_sequences_is_exact(step_batch, shared):
    """Compared under SGD, as the prefix tests below: the two paths pack different rows together and
    round differently; under AdamW that rounding (1e-7 of a gradient) was amplified past 5e-3 of the
    weights' movement on one boot of the CI-like machine and not on another. Under SGD the weights
    agree to < 1e-5 of their movement; a wrong normalisation of the skipped rows moves them by %."""
    full, full_stats = _update(step_batch, sgd=True, skip_zero_advantage=False, share_prompt_prefix=shared)
    fast, fast_stats = _update(step_batch, sgd=True, skip_zero_advantage=True, share_prompt_prefix=shared)
    assert full_stats["trained_fraction"] == 1.0 and fast_stats["trained_fraction"] == 0.5
    assert fast_stats["optimizer_steps"] == full_stats["optimizer_steps"] == 4.0  # 2 epochs x 2 mini-batches
    _assert_same_update(full, fast, step_batch[0], tol=1e-4)


def _assert_same_update(a_model, b_model, start, tol: float = 5e-3):
    """Equal up to float rounding, which Adam's per-parameter normalisation can amplify to ~1e-5
    after 4 steps at lr 1e-2: the difference must be < tol of how far the weights moved."""
    moved = max(
        (a - s).abs().max().item() for a, s in zip(a_model.parameters(), start.parameters(), strict=True)
    )
    diff = max(
        (a - b).abs().max().item() for a, b in zip(a_model.parameters(), b_model.parameters(), strict=True)
    )
    assert moved > 1e-3 and diff < tol * moved, (diff, moved)


def test_shared_prefix_update_equals_flat_update(step_batch):
    """Compared under SGD: the two paths round differently (the prompt's KV cache is computed once
    instead of per row), and Adam's per-parameter normalisation can turn a 1e-7 gradient
    difference on a parameter with near-zero gradient into a full step; with AdamW the margin
    depended on the CPU's float kernels (it failed at 2.26e-4 vs 2.0e-4 on one machine)."""
    flat, _ = _update(step_batch, sgd=True, share_prompt_prefix=False, skip_zero_advantage=False)
    shared, _ = _update(step_batch, sgd=True, share_prompt_prefix=True, skip_zero_advantage=False)
    _assert_same_update(flat, shared, step_batch[0], tol=1e-4)


def test_the_mini_batch_prefix_runs_once_with_the_same_update(step_batch):
    """rl.batch_prefix_once: the prefix every prompt opens with is forwarded once per mini-batch
    (and once for the frozen old log-probs) instead of once per micro-batch, and back-propagated
    once with the summed gradient of its micro-batches: the same update (under SGD, as above)."""
    from reasonrl.modeling import prefix as prefixes
    from reasonrl.modeling.prefix import common_prefix

    ids = [r.prompt_ids for r in step_batch[2]]
    pre = ids[0][: common_prefix([torch.tensor(i) for i in ids])]  # chat header, policy, "Q: "
    heads, results = {}, {}
    for once in (False, True):
        m = copy.deepcopy(step_batch[0])
        calls = []  # forwards whose first row opens with the policy: the prefix's token work
        m.register_forward_pre_hook(
            lambda mod, args, kw, calls=calls: calls.append(kw["input_ids"][0, : len(pre)].tolist() == pre),
            with_kwargs=True,
        )
        cfg = RLRun(
            group_size=4,
            prompts_per_step=4,
            ppo_epochs=2,
            mini_batch_size=8,
            micro_batch_size=4,
            skip_zero_advantage=False,
            batch_prefix_once=once,
        )
        strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
        strategy.optimizer = torch.optim.SGD(m.parameters(), lr=0.5)
        policy_update(cfg, strategy, step_batch[3], step_batch[4], None, step_batch[2])
        heads[once], results[once] = sum(calls), m
    # 2 epochs x 2 mini-batches x 2 micro-batches, plus the frozen pass's 4 micro-batches: 12
    # forwards carry the policy; once per mini-batch (4) and once for the frozen pass: 5
    shares = len(pre) >= prefixes.MIN_SHARED  # own prompts share only the chat template's header
    assert heads == {False: 12, True: 5 if shares else 12}
    assert shares == step_batch[2][0].prompt.startswith(SHARED_PREFIX)
    _assert_same_update(results[False], results[True], step_batch[0], tol=1e-4)


def test_a_step_with_every_group_tied_still_reports_entropy(step_batch):
    """Ties everywhere is what an entropy collapse looks like: nothing to train, but the guard must
    still see the entropy."""
    model, tok, rollouts, batch, _ = step_batch
    m = copy.deepcopy(model)
    cfg = RLRun(group_size=4, prompts_per_step=4, micro_batch_size=4)
    strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
    stats = policy_update(cfg, strategy, batch, torch.zeros(16), None, rollouts)
    assert stats["trained_fraction"] == 0.0 and stats["entropy"] > 0 and stats["loss"] == 0.0


def test_a_common_prefix_runs_once_with_the_same_outputs(model_cache):
    """Greedy rollouts and their log-probs with the common prefix run once equal a per-prompt prefill's."""
    from reasonrl.modeling import load_causal_lm, prefix

    model, tok = load_causal_lm("embedded:tiny-test")
    prompts = [f"{SHARED_PREFIX}Q: {a}+{b}\nA: " for a, b in [(1, 2), (13, 4), (5, 55)]] + [
        SHARED_PREFIX + "Q: 9+9="
    ]
    rows = [torch.tensor(tok(p, add_special_tokens=False).input_ids) for p in prompts]
    assert (
        prefix.common_prefix(rows) == len(SHARED_PREFIX) + 3
    )  # "Q: " too, and every row keeps a token of its own
    params = SamplingParams(n=2, temperature=0.0, max_new_tokens=12)
    shared = HFEngine(model, tok).generate(prompts, params)
    old, prefix.MIN_SHARED = prefix.MIN_SHARED, 10**9
    try:
        plain = HFEngine(model, tok).generate(prompts, params)
    finally:
        prefix.MIN_SHARED = old
    assert [r.completion_ids for r in shared] == [r.completion_ids for r in plain]
    assert (
        max(
            abs(a - b)
            for x, y in zip(shared, plain, strict=True)
            for a, b in zip(x.logprobs, y.logprobs, strict=True)
        )
        < 1e-4
    )


def test_the_sparse_embedding_gradient_gives_the_same_update(step_batch, monkeypatch):
    """The single-process trainer's tied embedding takes a sparse gradient (modeling.optim): only the
    rows looked up, summed into the LM head's dense gradient of the same weight. The same update as
    the dense backward (under SGD, as above), and every lookup of the sparse run asked for it."""
    model, _, rollouts, batch, adv = step_batch
    assert model.get_input_embeddings().weight is model.get_output_embeddings().weight  # tied, as SmolLM2's
    cfg = RLRun(group_size=4, prompts_per_step=4, mini_batch_size=8, micro_batch_size=4)
    lookup, asked = torch.nn.functional.embedding, []

    def spy(*args, **kwargs):
        out = lookup(*args, **kwargs)
        if out.requires_grad:  # a training forward, not the frozen log-probs
            asked.append(args[-1] if len(args) == 7 else kwargs.get("sparse", False))
        return out

    monkeypatch.setattr(torch.nn.functional, "embedding", spy)
    results, kinds = {}, {}
    for sparse in (False, True):
        m = copy.deepcopy(model)
        strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
        assert m.get_input_embeddings().sparse  # the single-process strategy switched it on
        m.get_input_embeddings().sparse = sparse
        strategy.optimizer = torch.optim.SGD(m.parameters(), lr=0.5)
        asked.clear()
        policy_update(cfg, strategy, batch, adv, None, rollouts)
        results[sparse], kinds[sparse] = m, set(asked)
    assert kinds == {False: {False}, True: {True}}
    _assert_same_update(results[False], results[True], model, tol=1e-4)


def test_a_gradient_left_sparse_is_made_dense_before_the_step():
    """An untied embedding's gradient stays sparse (no LM head gradient to meet): AdamW takes no
    sparse gradient, so clip_and_step densifies it; the step equals the dense one."""
    from reasonrl.modeling.optim import clip_and_step

    steps = {}
    for sparse in (False, True):
        torch.manual_seed(0)
        emb = torch.nn.Embedding(50, 8, sparse=sparse)
        opt = torch.optim.AdamW(emb.parameters(), lr=0.1)
        emb(torch.tensor([[1, 2, 2, 7]])).pow(2).sum().backward()
        assert emb.weight.grad.is_sparse == sparse
        norm = clip_and_step(emb.parameters(), opt, 1.0)
        steps[sparse] = (norm, emb.weight.detach().clone())
    assert abs(steps[True][0] - steps[False][0]) < 1e-5
    assert torch.allclose(steps[True][1], steps[False][1], atol=1e-6)
