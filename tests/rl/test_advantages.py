import pytest
import torch

from reasonrl.rl.advantages import ADVANTAGES


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_grpo_matches_group_formula(seed):
    g = torch.Generator().manual_seed(seed)
    r = torch.rand(12, generator=g)
    adv = ADVANTAGES.get("grpo")(r, 4)
    for k in range(3):
        grp = r[4 * k : 4 * k + 4]
        torch.testing.assert_close(adv[4 * k : 4 * k + 4], (grp - grp.mean()) / (grp.std() + 1e-6))


def test_zero_variance_group_gets_zero_advantage():
    r = torch.tensor([1.0, 1.0, 1.0, 1.0, 0.0, 1.0, 0.0, 1.0])
    adv = ADVANTAGES.get("grpo")(r, 4)
    assert torch.all(adv[:4] == 0) and adv[5] > 0 > adv[4]


def test_dr_grpo_has_no_std_division():
    r = torch.tensor([0.0, 0.0, 0.0, 4.0])
    torch.testing.assert_close(ADVANTAGES.get("dr_grpo")(r, 4), torch.tensor([-1.0, -1.0, -1.0, 3.0]))


def test_rloo_is_leave_one_out():
    r = torch.tensor([1.0, 2.0, 3.0, 6.0])
    expect = torch.stack([r[i] - torch.cat([r[:i], r[i + 1 :]]).mean() for i in range(4)])
    torch.testing.assert_close(ADVANTAGES.get("rloo")(r, 4), expect)


def test_reinforce_pp_is_batch_normalised():
    r = torch.tensor([0.0, 1.0, 1.0, 1.0, 0.0, 0.0, 0.0, 1.0])
    adv = ADVANTAGES.get("reinforce_pp")(r, 4)
    assert abs(adv.mean().item()) < 1e-6 and abs(adv.std().item() - 1) < 1e-4
    base = ADVANTAGES.get("reinforce_pp_baseline")(r, 4)
    assert abs(base[:4].sum().item()) < 1e-5  # group-centred before normalisation


def test_bad_shapes_are_rejected():
    with pytest.raises(ValueError, match="num_prompts"):
        ADVANTAGES.get("grpo")(torch.zeros(5), 4)
