"""The lean decode step (generation.lean) against the model's own forward: same logits to float
precision, same greedy tokens and log-probs, same sampled tokens from the same per-row streams, on
the tiny test Qwen2 (q/k/v bias, GQA 2:1) and the real SmolLM2-135M (Llama, GQA 3:1)."""

from __future__ import annotations

import pytest
import torch

from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine, ModelSteps
from reasonrl.generation.lean import LeanDecoder, Linear, unsupported
from reasonrl.modeling.kv import cache_of
from reasonrl.modeling.loading import load_causal_lm
from reasonrl.modeling.prefix import prompt_forward

PROMPTS = ["Q: 12+30\nA: ", "Q: 7*6\nA: The answer", "Q: 100-58\nA: ", "Q: 3+4\nA: Let me think: 3 plus"]
POLICY = "Policy: label a message hateful if it attacks a protected group; else non-hateful.\n" * 3
POLICY_PROMPTS = [POLICY + f"Message: {m}\nLabel:" for m in ("I love you", "you people are vermin", "hi")]


@pytest.fixture(scope="module")
def tiny():
    return load_causal_lm("embedded:tiny-test")


@pytest.fixture(scope="module")
def smollm2():
    return load_causal_lm("embedded:smollm2-135m-instruct")


def _prefill(model, tok, prompts):
    enc = tok(prompts, return_tensors="pt", padding=True, add_special_tokens=False)
    rows = [ids[m.bool()] for ids, m in zip(enc.input_ids, enc.attention_mask, strict=True)]
    return prompt_forward(model, rows, tok.pad_token_id)


def _assert_same_greedy(lean, forward) -> None:
    """The same greedy tokens, and log-probs within float rounding (a wrong cache is whole nats off)."""
    assert [r.completion_ids for r in lean] == [r.completion_ids for r in forward]
    gap = max(
        abs(x - y)
        for r, s in zip(lean, forward, strict=True)
        for x, y in zip(r.logprobs, s.logprobs, strict=True)
    )
    assert gap < 1e-4, gap


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_each_step_gives_the_models_logits(which, request):
    """Teacher-forced: both decoders fed the same 12 tokens per row, after a left-padded prefill."""
    model, tok = request.getfixturevalue(which)
    model.eval()
    assert unsupported(model) is None
    feed = torch.randint(3, min(200, model.config.vocab_size), (len(PROMPTS), 12))
    with torch.no_grad():
        res, attn, pos = _prefill(model, tok, PROMPTS)
        theirs = ModelSteps(model, res, attn, pos)
        res, attn, pos = _prefill(model, tok, PROMPTS)
        ours = LeanDecoder(model, rows=len(PROMPTS))
        ours.start(cache_of(res), attn, pos, max_new_tokens=12)
        worst = 0.0
        for t in range(12):
            if t == 6:  # rows leave the batch mid-way, as finished rows do
                keep = torch.tensor([0, 2, 3])
                theirs.select(keep), ours.select(keep)
                feed = feed[keep]
            a, b = theirs.step(feed[:, t]), ours.step(feed[:, t])
            assert a.shape == b.shape
            worst = max(worst, (a - b).abs().max().item() / a.abs().max().item())
    assert worst < 1e-5, worst


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_generations_match_the_model_forward_loop(which, request):
    model, tok = request.getfixturevalue(which)
    greedy = SamplingParams(n=1, temperature=0.0, max_new_tokens=24)
    a = HFEngine(model, tok, lean=False).generate(PROMPTS, greedy)
    b = HFEngine(model, tok, lean=True).generate(PROMPTS, greedy)
    _assert_same_greedy(b, a)
    # sampled: the same per-row streams draw the same tokens, except where a uniform falls within
    # float rounding of a boundary of the 49k-entry CDF (a token of probability ~1e-6; rare)
    sampled = SamplingParams(n=4, temperature=1.0, max_new_tokens=16)
    a = HFEngine(model, tok, lean=False).generate(PROMPTS, sampled, seeds=[1, 2, 3, 4])
    b = HFEngine(model, tok, lean=True).generate(PROMPTS, sampled, seeds=[1, 2, 3, 4])
    same = sum(r.completion_ids == s.completion_ids for r, s in zip(a, b, strict=True))
    assert same >= 14, same
    assert len({tuple(r.completion_ids) for r in b}) > 4  # and the samples do differ from each other


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_rows_decode_from_a_prefill_of_their_distinct_prompts(which, request):
    """Teacher-forced, with a shared policy prefix (a cascade): the lean step takes the prefill one
    row per distinct prompt and the rows [2, 0, 0, 1, 2] that continue them; the forward loop takes
    the same prefill expanded to those rows. Same logits, also after rows leave."""
    model, tok = request.getfixturevalue(which)
    model.eval()
    prompts = POLICY_PROMPTS
    rows = torch.tensor([2, 0, 0, 1, 2])
    feed = torch.randint(3, min(200, model.config.vocab_size), (len(rows), 10))
    with torch.no_grad():
        res, attn, pos = _prefill(model, tok, prompts)
        cache_of(res).batch_select_indices(rows)
        theirs = ModelSteps(model, res, attn[rows], pos[rows])
        res, attn, pos = _prefill(model, tok, prompts)
        ours = LeanDecoder(model, rows=len(rows))
        ours.start(cache_of(res), attn, pos, max_new_tokens=10, rows=rows)
        assert ours.shared >= 40  # the policy, held once
        worst = 0.0
        for t in range(10):
            if t == 6:
                keep = torch.tensor([0, 2, 3, 4])
                theirs.select(keep), ours.select(keep)
                feed = feed[keep]
            a, b = theirs.step(feed[:, t]), ours.step(feed[:, t])
            worst = max(worst, (a - b).abs().max().item() / a.abs().max().item())
    assert worst < 1e-5, worst


def test_packed_linear_equals_the_plain_one_and_falls_back():
    w, bias, x = torch.randn(96, 64), torch.randn(96), torch.randn(5, 64)
    packed = Linear(w, bias, rows=5)
    assert packed.packed is not None  # this CPU build has oneDNN: the packed path is what is measured
    assert torch.allclose(packed(x), torch.nn.functional.linear(x, w, bias), atol=1e-5)
    plain = Linear(w.double(), bias.double(), rows=5)  # not float32: the plain GEMM
    assert plain.packed is None and torch.allclose(
        plain(x.double()), x.double() @ w.double().T + bias.double()
    )


def test_models_it_cannot_run_take_the_forward_path(tiny):
    model, tok = tiny
    model.config.hidden_act = "gelu"
    try:
        assert unsupported(model) == "activation"
        assert HFEngine(model, tok).lean is False
        with pytest.raises(ValueError, match="activation"):
            HFEngine(model, tok, lean=True)
    finally:
        model.config.hidden_act = "silu"
    assert HFEngine(model, tok, sync_done=lambda done: done).lean is False  # sharded parameters: lockstep


def test_dense_prefill_gives_the_same_samples(tiny):
    """share_prefill=False (the benchmark's like-for-like row) prefills every sample's whole prompt:
    more work, the same completions."""
    model, tok = tiny
    params = SamplingParams(n=3, temperature=1.0, max_new_tokens=12)
    shared = HFEngine(model, tok).generate(PROMPTS, params, seeds=[5, 6, 7, 8])
    dense = HFEngine(model, tok, share_prefill=False).generate(PROMPTS, params, seeds=[5, 6, 7, 8])
    assert [r.completion_ids for r in shared] == [r.completion_ids for r in dense]
    assert [r.prompt_ids for r in shared] == [r.prompt_ids for r in dense]


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_under_autocast_the_lean_step_runs_bf16_gemms(which, request):
    """bf16 autocast (model.precision bf16): the lean step runs its GEMMs on a bf16 copy of the
    weights, as the autocast forward does; greedy decoding follows the autocast forward loop's
    (up to a near-tie that bf16 rounding can flip) with log-probs within bf16 rounding."""
    model, tok = request.getfixturevalue(which)
    greedy = SamplingParams(n=1, temperature=0.0, max_new_tokens=16)
    with torch.autocast("cpu", dtype=torch.bfloat16, cache_enabled=False):
        engine = HFEngine(model, tok)
        lean = engine.generate(PROMPTS, greedy)
        forward = HFEngine(model, tok, lean=False).generate(PROMPTS, greedy)
    assert engine._packed[1].gemm_dtype == torch.bfloat16
    assert engine._packed[1].layers[0]["qkv"].weight.dtype == torch.bfloat16
    same = sum(r.completion_ids == s.completion_ids for r, s in zip(lean, forward, strict=True))
    assert same >= len(PROMPTS) - 1, same
    gaps = [
        abs(x - y)
        for r, s in zip(lean, forward, strict=True)
        if r.completion_ids == s.completion_ids
        for x, y in zip(r.logprobs, s.logprobs, strict=True)
    ]
    # measured on SmolLM2: each is ~0.06 nats from the fp32 step at worst, 0.15 from the other (bf16
    # rounding lands in other places: the autocast forward also runs attention and RoPE in bf16);
    # a wrong weight or cache would be off by whole nats
    assert max(gaps) < 0.25, max(gaps)
    fp32 = HFEngine(model, tok).generate(PROMPTS, greedy)  # outside autocast: the fp32 step again
    assert all(isinstance(r.logprobs[0], float) for r in fp32)


def test_packed_weights_follow_an_optimizer_step(tiny):
    """The packed weights are reused across calls, and repacked once a parameter changes in place
    (as the RL trainer's optimizer step does): generations follow the updated model."""
    import copy

    model, tok = tiny
    model = copy.deepcopy(model)
    engine, params = HFEngine(model, tok), SamplingParams(n=1, temperature=0.0, max_new_tokens=8)
    engine.generate(PROMPTS, params)
    first = engine._packed[1]
    engine.generate(PROMPTS, params)
    assert engine._packed[1] is first  # unchanged weights: packed once
    loss = sum(p.sum() for p in model.parameters())
    loss.backward()
    torch.optim.SGD(model.parameters(), lr=0.5).step()
    after = engine.generate(PROMPTS, params)
    forward = HFEngine(model, tok, lean=False).generate(PROMPTS, params)
    assert [r.completion_ids for r in after] == [r.completion_ids for r in forward]


def test_packed_weights_follow_a_write_through_data(tiny):
    """DeepSpeed's ZeRO writes updated weights through `.data`, which bumps no version counter: the
    trainer's on_policy_update is what tells the engine to repack (without it the lean step would
    keep sampling from the old weights, as two-rank ZeRO runs once did)."""
    import copy

    model, tok = tiny
    model = copy.deepcopy(model)
    engine, params = HFEngine(model, tok), SamplingParams(n=1, temperature=0.0, max_new_tokens=8)
    before = engine.generate(PROMPTS, params)
    for p in model.parameters():
        p.data.mul_(-1.0)
    engine.on_policy_update()
    after = engine.generate(PROMPTS, params)
    forward = HFEngine(model, tok, lean=False).generate(PROMPTS, params)
    assert [r.completion_ids for r in after] == [r.completion_ids for r in forward]
    assert [r.completion_ids for r in after] != [r.completion_ids for r in before]


@pytest.mark.parametrize(
    "b, s, dtype, tol",
    [(5, 11, torch.float32, 1e-5), (1, 1, torch.float32, 1e-5), (5, 11, torch.bfloat16, 2e-2)],
)
def test_cascade_attention_is_attention_over_the_whole_cache(b, s, dtype, tol):
    """The prefix every row shares, read once, plus each row's own keys: the same output as one
    attention over [prefix | own] (GQA 3:1, holes in the rows' own masks; one row with one key of
    its own, as after rows leave the batch; bf16 buffers, to bf16 rounding)."""
    import torch.nn.functional as F

    from reasonrl.generation.lean import cascade_attention

    torch.manual_seed(0)
    g, h, d, p = 3, 9, 16, 24
    q = torch.randn(b, h, 1, d)
    pk, pv = torch.randn(g, p, d), torch.randn(g, p, d)
    ok, ov = torch.randn(b, g, s, d), torch.randn(b, g, s, d)
    mask = torch.rand(b, s) > 0.3
    mask[:, -1] = True  # the new token always sees itself
    keys = torch.cat([pk.expand(b, -1, -1, -1), ok], 2)
    values = torch.cat([pv.expand(b, -1, -1, -1), ov], 2)
    full = torch.cat([torch.ones(b, p, dtype=torch.bool), mask], 1)[:, None, None, :]
    want = F.scaled_dot_product_attention(q, keys, values, attn_mask=full, scale=d**-0.5, enable_gqa=True)
    got = cascade_attention(*(t.to(dtype) for t in (q, pk, pv, ok, ov)), mask)
    assert got.dtype == dtype
    torch.testing.assert_close(got.float(), want, atol=tol, rtol=tol)


def test_a_row_that_attends_none_of_its_own_keys_reads_the_prefix_alone():
    """The flash kernel gives a fully masked part log-sum-exp 0, not -inf: the merge must not
    weigh that part's zero output in (the prefix alone is the whole attention then)."""
    import torch.nn.functional as F

    from reasonrl.generation.lean import cascade_attention

    torch.manual_seed(1)
    q, pk, pv = torch.randn(2, 9, 1, 16), torch.randn(3, 24, 16), torch.randn(3, 24, 16)
    ok, ov = torch.randn(2, 3, 4, 16), torch.randn(2, 3, 4, 16)
    mask = torch.tensor([[True, False, True, True], [False, False, False, False]])
    got = cascade_attention(q, pk, pv, ok, ov, mask)
    alone = F.scaled_dot_product_attention(
        q[1:], pk[None], pv[None], scale=16**-0.5, enable_gqa=True
    )  # row 1: the prefix only
    torch.testing.assert_close(got[1:], alone, atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_a_shared_prompt_prefix_is_kept_once_and_decodes_the_same(which, request):
    """Prompts that open with the same policy text: the lean step keeps that prefix once (a
    cascade) and decodes what the model's forward loop decodes."""
    model, tok = request.getfixturevalue(which)
    prompts = POLICY_PROMPTS
    greedy = SamplingParams(n=2, temperature=0.0, max_new_tokens=12)
    engine = HFEngine(model, tok)
    lean = engine.generate(prompts, greedy)
    forward = HFEngine(model, tok, lean=False).generate(prompts, greedy)
    assert engine._packed[1].shared >= 40  # the policy's tokens, held once
    _assert_same_greedy(lean, forward)


@pytest.mark.parametrize("which", ["tiny", "smollm2"])
def test_the_samples_of_one_prompt_share_all_of_it(which, request):
    """One prompt, n samples: the prefill runs it once and the lean step holds its whole cache once
    (each row copies out nothing of it) and decodes what the forward loop decodes, greedy and
    sampled (rows leaving the batch as they finish). A prompt under MIN_CASCADE tokens: no cascade,
    every row its own copy, the same tokens."""
    model, tok = request.getfixturevalue(which)
    prompt = "Policy: label a message hateful if it attacks a protected group.\nMessage: hi\nLabel:"
    greedy = SamplingParams(n=3, temperature=0.0, max_new_tokens=10)
    engine = HFEngine(model, tok)
    lean = engine.generate([prompt], greedy)
    forward = HFEngine(model, tok, lean=False).generate([prompt], greedy)
    assert engine._packed[1].shared == len(lean[0].prompt_ids)
    _assert_same_greedy(lean, forward)
    sampled = SamplingParams(n=6, temperature=1.0, max_new_tokens=12, stop=["+", ".", "\n"])
    lean = engine.generate([prompt], sampled, seeds=[5])
    forward = HFEngine(model, tok, lean=False).generate([prompt], sampled, seeds=[5])
    assert sum(r.completion_ids == s.completion_ids for r, s in zip(lean, forward, strict=True)) >= 5
    assert len({len(r.completion_ids) for r in lean}) > 1  # rows stopped at different steps and left
    short = engine.generate(["Q: 12+30\nA: "], greedy)
    assert engine._packed[1].shared == 0
    assert [r.completion_ids for r in short] == [
        r.completion_ids for r in HFEngine(model, tok, lean=False).generate(["Q: 12+30\nA: "], greedy)
    ]


def test_the_shared_prefix_is_the_longest_run_every_row_holds_alike():
    """A prefix copied to every row is taken whole in one comparison; rows that differ inside the
    span every row attends (a cache computed per row, a perturbed layer) fall back to the longest
    run of positions equal in every row and every layer."""
    from types import SimpleNamespace

    from reasonrl.generation.lean import _shared_prefix

    torch.manual_seed(0)
    n, g, width, d = 4, 3, 20, 8
    base = torch.randn(2, 1, g, width, d)
    layers = [
        SimpleNamespace(keys=b.expand(n, -1, -1, -1).clone(), values=b.expand(n, -1, -1, -1).clone())
        for b in base
    ]
    cache = SimpleNamespace(layers=layers)
    attn = torch.ones(n, width, dtype=torch.long)
    attn[1, 12] = 0  # a hole in one row: the span every row attends ends at 12
    assert _shared_prefix(cache, attn) == 12
    layers[1].values[2, 1, 7] += 1e-6  # one row, one layer, position 7 differs
    assert _shared_prefix(cache, attn) == 7
    layers[0].keys[3, 0, 2, 5] = float("nan")  # NaN equals nothing, as in the row-wise comparison
    assert _shared_prefix(cache, attn) == 2
    # one distinct prompt (its samples decode from it): all it attends from its start is shared
    one = SimpleNamespace(layers=[SimpleNamespace(keys=x.keys[:1], values=x.values[:1]) for x in layers])
    attn = torch.ones(1, width, dtype=torch.long)
    attn[0, 15] = 0
    assert _shared_prefix(one, attn) == 15
