"""Logit-level distillation: the divergences against their definitions, and KD that pulls a
student's distributions toward the teacher's, on teacher traces and on-policy."""

import math

import pytest
import torch

from reasonrl.config.models import DistillConfig, SamplingConfig
from reasonrl.distill.kd import DIVERGENCES, check_vocab, logit_kd
from reasonrl.errors import ConfigError


def _logits(seed):
    g = torch.Generator().manual_seed(seed)
    return torch.randn(2, 3, 7, generator=g) * 2, torch.randn(2, 3, 7, generator=g) * 2


@pytest.mark.parametrize("seed", range(3))
def test_divergences_match_definitions(seed):
    s, t = _logits(seed)
    ps, pt = s.softmax(-1), t.softmax(-1)
    fkl = (pt * (pt.log() - ps.log())).sum(-1)
    rkl = (ps * (ps.log() - pt.log())).sum(-1)
    torch.testing.assert_close(DIVERGENCES.get("forward_kl")(s, t), fkl)
    torch.testing.assert_close(DIVERGENCES.get("reverse_kl")(s, t), rkl)
    for beta in (0.1, 0.5, 0.9):
        m = beta * pt + (1 - beta) * ps
        jsd = beta * (pt * (pt.log() - m.log())).sum(-1) + (1 - beta) * (ps * (ps.log() - m.log())).sum(-1)
        torch.testing.assert_close(DIVERGENCES.get("jsd")(s, t, beta=beta), jsd)
    half = DIVERGENCES.get("jsd")(s, t, beta=0.5)
    torch.testing.assert_close(half, DIVERGENCES.get("jsd")(t, s, beta=0.5))  # symmetric
    assert bool((half >= 0).all() and (half <= math.log(2) + 1e-6).all())
    assert DIVERGENCES.get("forward_kl")(s, s).abs().max() < 1e-6


def test_jsd_rejects_degenerate_beta():
    s, t = _logits(0)
    with pytest.raises(ConfigError, match="jsd_beta"):
        DIVERGENCES.get("jsd")(s, t, beta=1.0)


@pytest.mark.parametrize(
    "divergence,on_policy", [("forward_kl", False), ("reverse_kl", False), ("jsd", True)]
)
def test_kd_moves_the_student_toward_the_teacher(divergence, on_policy, model_cache):
    from reasonrl.generation.base import SamplingParams
    from reasonrl.generation.hf import HFEngine
    from reasonrl.modeling import load_causal_lm

    teacher, tok = load_causal_lm("embedded:tiny-test")
    student, _ = load_causal_lm("embedded:tiny-test")
    torch.manual_seed(0)
    with torch.no_grad():  # a different student: the same network, perturbed
        for p in student.parameters():
            p.add_(torch.randn_like(p) * 0.2)
    prompts = [f"Q: {a}+{b}\nA: " for a in range(4) for b in range(4)]
    rolls = HFEngine(teacher, tok).generate(
        prompts, SamplingParams(n=1, max_new_tokens=24), seeds=list(range(16))
    )
    examples = [(r.prompt_ids, r.completion_ids) for r in rolls]
    cfg = DistillConfig(
        method="logit", divergence=divergence, on_policy=on_policy, epochs=6, batch_size=8, lr=3e-3
    )
    before = _gap(student, teacher, tok, examples)
    losses = logit_kd(
        student,
        teacher,
        tok,
        examples,
        cfg,
        progress=False,
        prompts=prompts,
        sampling=SamplingConfig(max_new_tokens=24),
    )
    assert len(losses) == 12 and all(math.isfinite(x) for x in losses)
    # measured on the teacher's traces, which on-policy KD never trains on: it moves less there
    assert _gap(student, teacher, tok, examples) < (0.85 if on_policy else 0.7) * before


def _gap(student, teacher, tok, examples) -> float:
    """Mean forward KL(teacher || student) over the completion tokens of the teacher's traces."""
    from reasonrl.generation.base import Rollout
    from reasonrl.modeling.batch import collate

    batch = collate([Rollout(0, "", p, "", c, False) for p, c in examples], tok.pad_token_id)
    with torch.no_grad():
        s = student(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1]
        t = teacher(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1]
    kl = DIVERGENCES.get("forward_kl")(s, t)
    return float((kl * batch.completion_mask).sum() / batch.completion_mask.sum())


def test_logit_kd_refuses_different_vocabularies():
    a = torch.nn.Module()
    a.get_output_embeddings = lambda: torch.nn.Linear(4, 10)
    b = torch.nn.Module()
    b.get_output_embeddings = lambda: torch.nn.Linear(4, 12)
    with pytest.raises(ConfigError, match="one vocabulary"):
        check_vocab(a, b)


def test_sft_loss_with_a_shared_prefix_equals_plain_cross_entropy(model_cache):
    """SFT runs the prompts' common prefix once (modeling.prefix); its loss equals the token-mean
    cross-entropy of the completions under a plain forward of every whole sequence."""
    import torch

    from reasonrl.modeling import load_causal_lm
    from reasonrl.modeling.batch import collate_pairs
    from reasonrl.rl.batch import shared_prefix_logprobs

    model, tok = load_causal_lm("embedded:tiny-test")
    enc = lambda t: tok(t, add_special_tokens=False).input_ids  # noqa: E731
    content_policy = "Policy: answer with the sum of the two numbers only.\n"
    pairs = [
        (enc(f"{content_policy}Q: {a}+{b}\nA: "), enc(str(a + b))) for a, b in ((1, 2), (13, 4), (5, 55))
    ]
    batch = collate_pairs(pairs, tok.pad_token_id)  # one batcher, both layouts
    sb = batch.prompt_once(tok.pad_token_id)
    shared = -(shared_prefix_logprobs(model, model, sb) * sb.mask).sum() / sb.mask.sum()
    logits = model(input_ids=batch.input_ids, attention_mask=batch.attention_mask).logits[:, :-1]
    nll = torch.nn.functional.cross_entropy(
        logits.reshape(-1, logits.shape[-1]).float(), batch.input_ids[:, 1:].reshape(-1), reduction="none"
    )
    plain = (nll * batch.completion_mask.reshape(-1)).sum() / batch.completion_mask.sum()
    assert torch.allclose(shared, plain, atol=1e-5), (shared, plain)


def test_sft_under_activation_checkpointing_trains_whole_rows_with_the_same_loss(model_cache):
    """A checkpointed forward in train mode returns no KV cache, so the prompt-once layout cannot
    run (it raised before); SFT falls back to whole rows: the same losses, blocks checkpointed."""
    import copy

    from reasonrl.config.models import SFTBaselineConfig
    from reasonrl.distill.sft import sft
    from reasonrl.modeling import load_causal_lm
    from reasonrl.modeling.device import Placement

    model, tok = load_causal_lm("embedded:tiny-test")
    enc = lambda t: tok(t, add_special_tokens=False).input_ids  # noqa: E731
    content_policy = "Policy: answer with the sum of the two numbers only, and nothing else.\n"
    examples = [
        (enc(f"{content_policy}Q: {a}+{b}\nA: "), enc(str(a + b))) for a, b in ((1, 2), (13, 4), (5, 55))
    ]
    cfg = SFTBaselineConfig(epochs=2, batch_size=3, lr=1e-4)
    losses, calls = {}, []
    for ck in (False, True):
        m = Placement("cpu", gradient_checkpointing=ck).trainable(copy.deepcopy(model))
        for layer in m.model.layers:
            f = layer._gradient_checkpointing_func if ck else None
            if f is not None:
                layer._gradient_checkpointing_func = lambda *a, _f=f, **k: calls.append(1) or _f(*a, **k)
        losses[ck] = sft(m, tok, examples, cfg, progress=False)
    assert len(calls) == 2 * len(model.model.layers)  # two steps, every block checkpointed
    assert losses[True] == pytest.approx(losses[False], rel=1e-5)
