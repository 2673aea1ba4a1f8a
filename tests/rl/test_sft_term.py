"""The SFT term in the RL objective (rl.sft_weight): the gold completion's NLL on the step's own
prompts, computed the same on both layouts, added to the gradient of the same optimizer step as
the policy loss, spending only the labels RL drew; refused where it is not implemented."""

from __future__ import annotations

import copy
import dataclasses

import pytest
import torch

from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError
from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling.batch import collate
from reasonrl.rl.batch import completion_nll
from reasonrl.rl.distributed import Dist, make_strategy
from reasonrl.rl.sft_term import gold_pairs, rollout_examples, sft_term
from reasonrl.rl.update import policy_update
from tests.rl.moderation_runs import hatecheck_prompts, run_tiny_moderation_rl

POLICY = "Rules: add the two numbers, answer with digits only.\n"


@pytest.fixture(scope="module")
def tiny(model_cache):
    from reasonrl.modeling import load_causal_lm

    return load_causal_lm("embedded:tiny-test")


def _pairs(tok, prefix=POLICY):
    sums = [(1, 2), (3, 4), (5, 5)]
    return [(tok(f"{prefix}Q: {a}+{b}\nA: ").input_ids, tok(str(a + b)).input_ids) for a, b in sums]


def _plain_nll(model, pairs) -> float:
    """The reference: each pair forwarded alone, -log p of its completion tokens, token mean."""
    total, count = 0.0, 0
    with torch.no_grad():
        for prompt, completion in pairs:
            ids = torch.tensor([prompt + completion])
            logp = torch.log_softmax(model(input_ids=ids).logits[0, :-1].float(), -1)
            targets = ids[0, 1:]
            picked = logp.gather(-1, targets.unsqueeze(-1)).squeeze(-1)[len(prompt) - 1 :]
            total, count = total - picked.sum().item(), count + len(completion)
    return total / count


@pytest.mark.parametrize("prefix", ["", POLICY], ids=["own-prompts", "common-prefix"])
def test_the_gold_nll_is_the_same_on_rows_and_on_a_shared_prefix(tiny, prefix):
    model, tok = tiny
    pairs = _pairs(tok, prefix)
    want = _plain_nll(model, pairs)
    with torch.no_grad():
        rows = completion_nll(model, pairs, tok.pad_token_id, rows=True).item()
        shared = completion_nll(model, pairs, tok.pad_token_id, rows=False).item()
    assert want > 0.5  # an untrained model: a real loss, not zero
    assert rows == pytest.approx(want, rel=1e-5) and shared == pytest.approx(want, rel=1e-5)


@pytest.fixture(scope="module")
def moderation_records():
    return hatecheck_prompts(200)


def test_one_gold_pair_per_group_on_the_prompt_as_rolled_out(tiny, moderation_records):
    from reasonrl.generation.base import Rollout

    _, tok = tiny
    recs = [next(r for r in moderation_records if r["answer"] == a) for a in ("hateful", "non-hateful")]
    rollouts = [
        Rollout(i // 2, f"p{i // 2}", [7, i // 2, 9], "x", [5], False) for i in range(4)
    ]  # groups of 2: the prompt ids are taken, never re-tokenised
    pairs = gold_pairs(rollouts, 2, recs, "moderation", tok)
    assert [p for p, _ in pairs] == [[7, 0, 9], [7, 1, 9]]
    hateful, allowed = (tok.decode(c[:-1]) for _, c in pairs)
    assert hateful.endswith(f"<answer>hateful: {recs[0]['category']}</answer>")
    assert allowed.endswith("<answer>non-hateful</answer>") and pairs[0][1][-1] == tok.eos_token_id
    with pytest.raises(ValueError, match="1 records for 4 rollouts"):
        gold_pairs(rollouts, 2, recs[:1], "moderation", tok)
    with pytest.raises(ConfigError, match="task 'arithmetic' has no gold completion"):
        gold_pairs(rollouts, 2, [{**r, "task": "arithmetic"} for r in recs], "moderation", tok)


def _taught_nll(model, triples) -> float:
    """The reference for a loss-free lead: each (prompt, completion, skip) forwarded alone, -log p
    of the completion tokens past the first `skip`, token mean."""
    total, count = 0.0, 0
    with torch.no_grad():
        for prompt, completion, skip in triples:
            ids = torch.tensor([prompt + completion])
            logp = torch.log_softmax(model(input_ids=ids).logits[0, :-1].float(), -1)
            picked = logp.gather(-1, ids[0, 1:].unsqueeze(-1)).squeeze(-1)[len(prompt) - 1 + skip :]
            total, count = total - picked.sum().item(), count + len(completion) - skip
    return total / count


@pytest.mark.parametrize("rows", [True, False], ids=["rows", "shared-prefix"])
def test_a_loss_free_lead_is_context_only_on_both_layouts(tiny, rows):
    """Pairs whose completions open with a context the model wrote (`skips`), two of them on one
    prompt (run once on the shared layout): the loss is the NLL of the rest alone."""
    model, tok = tiny
    prompt = tok(f"{POLICY}Q: 1+2\nA: ").input_ids
    other = tok(f"{POLICY}Q: 3+4\nA: ").input_ids
    ctx = [tok(" I add them.").input_ids, tok(" one plus two is").input_ids, tok(" so").input_ids]
    gold = [tok(" 3").input_ids, tok(" 3").input_ids, tok(" 7").input_ids]
    triples = [(p, c + g, len(c)) for p, c, g in zip([prompt, prompt, other], ctx, gold, strict=True)]
    with torch.no_grad():
        got = completion_nll(
            model,
            [(p, c) for p, c, _ in triples],
            tok.pad_token_id,
            rows=rows,
            skips=[s for *_, s in triples],
        ).item()
        whole = completion_nll(model, [(p, c) for p, c, _ in triples], tok.pad_token_id, rows=rows).item()
    assert got == pytest.approx(_taught_nll(model, triples), rel=1e-5)
    assert abs(got - whole) > 1e-3  # the lead really is left out


def test_the_rollout_context_teaches_the_gold_answer_after_each_rollouts_own_reasoning(
    tiny, moderation_records
):
    from reasonrl.generation.base import Rollout

    _, tok = tiny
    recs = [next(r for r in moderation_records if r["answer"] == a) for a in ("hateful", "non-hateful")]
    said = ["<think>a slur</think> <answer>non-hateful</answer>", "no tags at all", "<think>x</think>"]
    rollouts = [Rollout(i // 2, f"p{i // 2}", [7, i // 2, 9], said[i % 3], [5], False) for i in range(4)]
    examples = rollout_examples(rollouts, 2, recs, "moderation", tok)
    assert [len(g) for g in examples] == [2, 2]
    flat = [ex for g in examples for ex in g]
    assert [p for p, _, _ in flat] == [[7, 0, 9], [7, 0, 9], [7, 1, 9], [7, 1, 9]]
    contexts = [tok.decode(c[:skip]) for _, c, skip in flat]
    # the rollout's own words up to its <answer>; "<answer>" appended where it wrote none
    assert contexts == [
        "<think>a slur</think> <answer>",
        "no tags at all <answer>",
        "<think>x</think> <answer>",
        "<think>a slur</think> <answer>",
    ]
    taught = [tok.decode(c[skip:-1]) for _, c, skip in flat]
    assert taught[0] == f"hateful: {recs[0]['category']}</answer>" and taught[2] == "non-hateful</answer>"
    assert all(c[-1] == tok.eos_token_id for _, c, _ in flat)  # it learns to stop after the answer
    # under the overlong filter a rollout cut off at the token limit teaches nothing
    rollouts[1] = dataclasses.replace(rollouts[1], truncated=True)
    kept = rollout_examples(rollouts, 2, recs, "moderation", tok, drop_truncated=True)
    assert [len(g) for g in kept] == [1, 2] and kept[0][0] == flat[0]
    term = sft_term([[], []], tok.pad_token_id, 1.0)
    assert list(term(None, [0, 1])) == []  # nothing left to teach: no loss, no division by zero
    with pytest.raises(ConfigError, match="no gold `<answer>`"):
        rollout_examples(rollouts, 2, [{**r, "task": "arithmetic"} for r in recs], "moderation", tok)


def test_weighted_by_probability_the_term_is_the_gradient_of_the_gold_probability(tiny):
    """rl.sft_weighting gold_probability: sum_i pi_i * NLL_i with pi_i = exp(-NLL_i) detached has
    the gradient of -sum_i pi_i (VeriFree's direct term), per taught token, and the value of the
    weighted NLL; unweighted it is the plain NLL per taught token."""
    model, tok = tiny
    prompt = tok(f"{POLICY}Q: 1+2\nA: ").input_ids
    examples = [[(prompt, tok(" I add. 3").input_ids, 3), (prompt, tok(" so 4").input_ids, 2)]]
    taught = sum(len(c) - skip for _, c, skip in examples[0])
    weights = [p for p in model.parameters() if p.requires_grad][-1]

    def grad_of(loss):
        model.zero_grad()
        loss.backward()
        return weights.grad.clone()

    (weighted,) = list(sft_term(examples, tok.pad_token_id, 1.0, by_probability=True)(model, [0]))
    got = grad_of(weighted)
    pairs, skips = [(p, c) for p, c, _ in examples[0]], [s for *_, s in examples[0]]
    nll = completion_nll(model, pairs, tok.pad_token_id, reduction="rows", skips=skips)
    assert weighted.item() == pytest.approx(float((torch.exp(-nll) * nll).sum().detach()) / taught, rel=1e-5)
    want = grad_of(-torch.exp(-nll).sum() / taught)
    assert want.abs().max() > 0 and torch.allclose(got, want, rtol=1e-4, atol=1e-8)
    (plain,) = list(sft_term(examples, tok.pad_token_id, 1.0)(model, [0]))
    assert plain.item() == pytest.approx(_taught_nll(model, examples[0]), rel=1e-5)
    model.zero_grad()


SUMS = [(1, 2), (3, 4)]


@pytest.fixture(scope="module")
def step(tiny):
    model, tok = tiny
    prompts = [f"{POLICY}Q: {a}+{b}\nA: " for a, b in SUMS]
    rollouts = HFEngine(model, tok).generate(prompts, SamplingParams(n=4, max_new_tokens=12), seeds=[1, 2])
    adv = torch.tensor([1.0, -1.0, 0.5, -0.5, 1.0, 1.0, -1.0, -1.0])
    pairs = [(r.prompt_ids, tok(str(a + b)).input_ids) for r, (a, b) in zip(rollouts[::4], SUMS, strict=True)]
    return rollouts, collate(rollouts, tok.pad_token_id), adv, pairs


def _update(
    tiny, step, weight: float, manual: bool = False, adv=None, sgd_lr: float = 0.5, widths=None, **fields
):
    """SGD optimizer steps of the policy loss; the SFT term (in chunks of one pair) either passed
    to policy_update or, manual, back-propagated by hand as one mean into the same gradient first.
    `widths` collects the token width of every forward of the update."""
    model, tok = tiny
    rollouts, batch, default_adv, pairs = step
    m = copy.deepcopy(model)
    if widths is not None:
        m.register_forward_pre_hook(
            lambda _, args, kw: widths.append(kw["input_ids"].shape[-1]), with_kwargs=True
        )
    fields = {"micro_batch_size": 4, **fields}
    cfg = RLRun(group_size=4, prompts_per_step=2, lr=1e-2, max_grad_norm=1e9, **fields)
    strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
    strategy.optimizer = torch.optim.SGD(m.parameters(), lr=sgd_lr)  # weights move with the gradient
    if manual:
        (weight * completion_nll(m, pairs, tok.pad_token_id)).backward()
    examples = [[(p, c, 0)] for p, c in pairs]
    term = None if manual else sft_term(examples, tok.pad_token_id, weight, chunk=1)
    stats = policy_update(cfg, strategy, batch, default_adv if adv is None else adv, None, rollouts, term)
    return m, stats


def _params(m):
    return list(m.parameters())


@pytest.mark.parametrize("micro", [4, 8], ids=["two-micro-batches", "one-micro-batch"])
def test_the_sft_gradient_joins_the_policy_gradient_in_one_step(tiny, step, micro):
    """The term's gradient, through the mini-batch's shared prefix (the policy text, forwarded once
    for the term and every micro-batch), equals the term back-propagated alone by hand."""
    widths = []
    joint, stats = _update(tiny, step, 0.5, micro_batch_size=micro, widths=widths)
    # the 56-token policy prefix is forwarded once, not again in each of the term's two chunks
    assert sum(w >= 56 for w in widths) == 1, widths
    by_hand, _ = _update(tiny, step, 0.5, manual=True, micro_batch_size=micro)
    pure, _ = _update(tiny, step, 0.0, manual=True, micro_batch_size=micro)
    moved = max((a - b).abs().max().item() for a, b in zip(_params(joint), _params(pure), strict=True))
    diff = max((a - b).abs().max().item() for a, b in zip(_params(joint), _params(by_hand), strict=True))
    assert moved > 1e-4 and diff < 1e-4 * moved, (diff, moved)  # the term counts, once, in this step
    assert stats["aux_loss"] == pytest.approx(0.5 * _plain_nll(tiny[0], step[3]), rel=1e-4)  # w x NLL
    # and it teaches the gold answers: after the joint step they are likelier than after pure RL's
    assert _plain_nll(joint, step[3]) < _plain_nll(pure, step[3])


def test_each_optimizer_step_takes_the_term_of_its_own_groups(tiny, step):
    """Two mini-batches (one group each) x two epochs: four optimizer steps, each with the term
    of its own mini-batch's group, as the policy loss takes its own sequences."""
    calls = []

    def recording(model, groups, prefix=None):
        calls.append(groups)
        yield from ()

    rollouts, batch, adv, _ = step
    m = copy.deepcopy(tiny[0])
    cfg = RLRun(group_size=4, prompts_per_step=2, mini_batch_size=4, ppo_epochs=2, lr=1e-3)
    strategy = make_strategy("none", m, Dist(), lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
    stats = policy_update(cfg, strategy, batch, adv, None, rollouts, recording)
    assert calls == [[0], [1], [0], [1]] and stats["optimizer_steps"] == 4.0


def test_a_step_whose_groups_all_tie_still_learns_the_gold_answers(tiny, step):
    """Every advantage 0 (all groups tied, nothing for the policy gradient to do): the SFT term
    alone moves the weights, towards the gold answers."""
    tied = torch.zeros(8)
    still, _ = _update(tiny, step, 0.0, manual=True, adv=tied)
    taught, stats = _update(tiny, step, 1.0, adv=tied, sgd_lr=0.01)  # grad norm ~13: a small step
    assert all(torch.equal(a, b) for a, b in zip(_params(still), _params(tiny[0]), strict=True))
    assert stats["trained_fraction"] == 0.0 and stats["aux_loss"] > 0
    assert _plain_nll(taught, step[3]) < stats["aux_loss"]


def test_refused_where_it_cannot_run_before_the_first_rollout():
    from reasonrl.rl.trainer import _check_layout

    cfg = RLRun(group_size=2, prompts_per_step=2, sft_weight=0.5)
    with pytest.raises(ConfigError, match="rl.sft_weight=0.5 is implemented for one process"):
        _check_layout(cfg, Dist(rank=0, world=2))
    assert _check_layout(cfg.model_copy(update={"sft_weight": 0.0}), Dist(rank=0, world=2)) == 1
    with pytest.raises(ConfigError, match="task 'arithmetic' has none"):
        _check_layout(cfg.model_copy(update={"task": "arithmetic"}), Dist())


def test_rl_with_the_sft_term_trains_on_the_gold_labels_it_drew(moderation_records, tmp_path, model_cache):
    """End to end on the tiny model: every step logs the term, and the gold answers' NLL falls."""
    rows = run_tiny_moderation_rl(
        moderation_records, tmp_path, steps=3, lr=3e-3, sft_weight=1.0, rewards=[{"name": "policy_label"}]
    )
    nll = [r["aux_loss"] for r in rows]
    assert len(nll) == 3 and all(v > 0 for v in nll) and nll[-1] < nll[0], nll


def test_rl_with_the_rollout_context_teaches_the_gold_label_after_its_own_reasoning(
    moderation_records, tmp_path, model_cache
):
    """End to end on the tiny model with rl.sft_context=rollout: the term runs every step and the
    gold answers' NLL after the rollouts' reasoning falls."""
    rows = run_tiny_moderation_rl(
        moderation_records,
        tmp_path,
        steps=3,
        lr=3e-3,
        sft_weight=1.0,
        sft_context="rollout",
        rewards=[{"name": "policy_label"}],
    )
    nll = [r["aux_loss"] for r in rows]
    assert len(nll) == 3 and all(v > 0 for v in nll) and nll[-1] < nll[0], nll


def test_the_terms_prefix_gradient_is_summed_in_fp32_over_fresh_leaves(tiny):
    """Each chunk of the term gets its own leaves of the mini-batch's prefix; their gradients are
    summed in fp32. One bf16 leaf shared by the chunks would round the sum at every add
    (1 + 1/1000 is 1 in bf16)."""
    from reasonrl.modeling.prefix import SharedPrefix
    from reasonrl.rl.update import _aux_backward

    model, _ = tiny
    kv = torch.zeros(1, 1, 2, 2, dtype=torch.bfloat16)
    shared = SharedPrefix(torch.tensor([1, 2]), [(kv, kv.clone())])
    handed = []

    def term(model, groups, prefix=None):
        for scale in (1.0, 1e-3):
            leaves = prefix()
            handed.append(leaves)
            yield (leaves.kv[0][0].float() * scale).sum()

    strategy = make_strategy("none", copy.deepcopy(model), Dist(), lr=1e-3, max_grad_norm=1.0)
    value, carried = _aux_backward(strategy, term, [0, 1], group_size=2, shared=shared)
    assert len(handed) == 2 and handed[0] is not handed[1]  # fresh leaves per chunk
    assert carried[0].dtype == torch.float32 and torch.allclose(
        carried[0], torch.full_like(carried[0], 1.001)
    )
    assert value == 0.0 and torch.equal(carried[1], torch.zeros(1, 1, 2, 2))


def test_under_a_shared_prefix_a_chunk_holds_as_many_prompt_tails_as_a_micro_batch_holds_rows(monkeypatch):
    """Without a prefix a chunk holds micro / G groups (whole prompts: a micro-batch's memory); under a
    prefix forwarded once, a prompt-context chunk holds micro examples (tails), a rollout-context one
    still micro / G groups. The chunks' losses sum to the same term either way."""
    from types import SimpleNamespace

    from reasonrl.rl import sft_term as mod

    sizes = []

    def nll(model, pairs, pad, rows, reduction, prefix, skips):
        sizes.append(len(pairs))
        return torch.ones(len(pairs))

    monkeypatch.setattr(mod, "completion_nll", nll)
    examples = [[([1, 2], [3, 4], 0)] for _ in range(8)]  # 8 groups, one prompt-context example each
    monkeypatch.setitem(mod.SFT_CONTEXTS, "prompt", lambda *a, **k: examples)
    monkeypatch.setitem(mod.SFT_CONTEXTS, "rollout", lambda *a, **k: examples)
    sampler, tok = SimpleNamespace(record=lambda i: {}), SimpleNamespace(pad_token_id=0)
    totals = {}
    for context in ("prompt", "rollout"):
        cfg = RLRun(
            task="moderation",
            sft_weight=1.0,
            sft_context=context,
            group_size=8,
            prompts_per_step=8,
            micro_batch_size=16,
        )
        term = mod.for_step(cfg, tok, [None] * 64, sampler, list(range(8)), rows=False)
        for prefix in (None, lambda: "prefix"):
            sizes.clear()
            totals[context, prefix is None] = sum(float(x) for x in term(None, list(range(8)), prefix=prefix))
            assert sizes == ([8] if prefix and context == "prompt" else [2, 2, 2, 2]), (context, sizes)
    assert len(set(totals.values())) == 1  # weight * 16 taught tokens / 16 tokens, however chunked
