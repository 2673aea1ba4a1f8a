import pytest
import torch

from reasonrl.rl.kl import KL_ESTIMATORS, entropy_from_logits
from reasonrl.rl.losses import AGGREGATIONS, POLICY_LOSSES


def _inputs(seed, b=4, t=6):
    g = torch.Generator().manual_seed(seed)
    logp = -torch.rand(b, t, generator=g) * 2
    old = logp + (torch.rand(b, t, generator=g) - 0.5) * 0.8
    adv = torch.randn(b, generator=g)
    mask = (torch.rand(b, t, generator=g) > 0.3).float()
    mask[:, 0] = 1
    return logp, old, adv, mask


@pytest.mark.parametrize("seed", range(4))
@pytest.mark.parametrize("el,eh", [(0.2, 0.2), (0.2, 0.28)])
def test_ppo_clip_matches_reference_formula(seed, el, eh):
    logp, old, adv, mask = _inputs(seed)
    loss, stats = POLICY_LOSSES.get("ppo_clip")(logp, old, adv, mask, eps_low=el, eps_high=eh)
    ratio = torch.exp(logp - old)
    a = adv[:, None]
    ref = torch.maximum(-ratio * a, -torch.clamp(ratio, 1 - el, 1 + eh) * a)
    torch.testing.assert_close(loss, ref)
    assert 0 <= stats["clip_frac_low"] <= 1 and 0 <= stats["clip_frac_high"] <= 1


def test_ppo_clip_gradient_is_zero_outside_the_trust_region():
    logp = torch.tensor([[0.0]], requires_grad=True)
    old = torch.tensor([[-1.0]])  # ratio e > 1.2
    loss, _ = POLICY_LOSSES.get("ppo_clip")(logp, old, torch.tensor([1.0]), torch.ones(1, 1))
    loss.sum().backward()
    assert logp.grad.item() == 0.0


def test_gspo_uses_one_ratio_per_sequence():
    logp, old, adv, mask = _inputs(0)
    logp.requires_grad_(True)
    loss, _ = POLICY_LOSSES.get("gspo")(logp, old, adv, mask, eps_low=10, eps_high=10)  # no clipping
    s = torch.exp(((logp - old) * mask).sum(1) / mask.sum(1))
    torch.testing.assert_close(loss.detach(), (-s[:, None] * adv[:, None]).expand_as(loss).detach())


def test_aggregations_with_global_normalisers_split_exactly():
    """Two halves aggregated with the global normaliser sum to the whole: the N-rank = 1-rank property."""
    loss, mask = torch.rand(6, 5), (torch.rand(6, 5) > 0.4).float()
    for name, kw in [
        ("token_mean", {"num_tokens": mask.sum()}),
        ("seq_mean_token_mean", {"num_seqs": 6}),
        ("seq_mean_token_sum_norm", {"num_seqs": 6, "max_new_tokens": 5}),
    ]:
        agg = AGGREGATIONS.get(name)
        whole = agg(loss, mask, **kw)
        halves = agg(loss[:3], mask[:3], **kw) + agg(loss[3:], mask[3:], **kw)
        torch.testing.assert_close(whole, halves)


def test_kl_estimators():
    logp, ref = torch.tensor([[-1.0, -2.0]]), torch.tensor([[-1.5, -2.0]])
    torch.testing.assert_close(KL_ESTIMATORS.get("k1")(logp, ref), torch.tensor([[0.5, 0.0]]))
    torch.testing.assert_close(KL_ESTIMATORS.get("k2")(logp, ref), torch.tensor([[0.125, 0.0]]))
    k3 = KL_ESTIMATORS.get("k3")(logp, ref)
    assert torch.all(k3 >= 0) and k3[0, 1] == 0


def test_entropy_of_uniform_logits():
    torch.testing.assert_close(entropy_from_logits(torch.zeros(1, 1, 8)), torch.log(torch.tensor([[8.0]])))


@pytest.mark.parametrize("seed", range(4))
def test_dual_clip_matches_verl_formula(seed):
    """verl core_algos.compute_policy_loss with clip_ratio_c (dual-clip PPO)."""
    logp, old, adv, mask = _inputs(seed)
    old = logp - 1.5 * torch.rand(logp.shape, generator=torch.Generator().manual_seed(seed))  # big ratios
    loss, stats = POLICY_LOSSES.get("dual_clip")(logp, old, adv, mask, eps_low=0.2, eps_high=0.28, clip_c=3.0)
    ratio, a = torch.exp(logp - old), adv[:, None]
    pg1, pg2 = -a * ratio, -a * torch.clamp(ratio, 0.8, 1.28)
    clip1 = torch.maximum(pg1, pg2)
    clip2 = torch.minimum(-a * 3.0, clip1)
    torch.testing.assert_close(loss, torch.where(a < 0, clip2, clip1))
    assert stats["clip_frac_dual"] > 0  # the bound was actually exercised


def test_cispo_keeps_gradient_on_clipped_tokens():
    logp = torch.tensor([[0.0, 0.0]], requires_grad=True)
    old = torch.tensor([[-2.0, 0.0]])  # ratio e^2 > 1 + 0.28 on the first token
    loss, _ = POLICY_LOSSES.get("cispo")(logp, old, torch.tensor([1.0]), torch.ones(1, 2), eps_high=0.28)
    loss.sum().backward()
    torch.testing.assert_close(logp.grad, torch.tensor([[-1.28, -1.0]]))  # -clip(r) * A, never zero
