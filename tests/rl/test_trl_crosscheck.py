"""Cross-check against TRL 1.16's GRPOTrainer (a test-only dependency) on identical inputs.

A real GRPOTrainer around the embedded tiny model generates completions and scores them with a
reward function that records what it returned; its advantages must equal ours computed from
those rewards, and its `_compute_loss` on that batch (same log-probs, perturbed old log-probs so
ratios clip, a reference for KL) must equal our `policy_loss`: value and gradient, to 1e-5.
"""

import random

import pytest
import torch

trl = pytest.importorskip("trl", reason="TRL is the cross-check peer (pip install -e '.[dev]')")

from reasonrl.config.models import RLRun  # noqa: E402
from reasonrl.modeling.batch import Batch  # noqa: E402
from reasonrl.rl.advantages import ADVANTAGES  # noqa: E402
from reasonrl.rl.batch import token_logprobs  # noqa: E402
from reasonrl.rl.update import policy_loss  # noqa: E402

MAX_LEN, G = 12, 4
# name: (TRL GRPOConfig overrides, our RLConfig fields, our advantage estimator)
SETTINGS = {
    "grpo": ({"loss_type": "grpo"}, {"loss": "ppo_clip", "aggregation": "seq_mean_token_mean"}, "grpo"),
    "bnpo": ({"loss_type": "bnpo"}, {"loss": "ppo_clip", "aggregation": "token_mean"}, "grpo"),
    "dr_grpo": (
        {"loss_type": "dr_grpo", "scale_rewards": "none"},
        {"loss": "ppo_clip", "aggregation": "seq_mean_token_sum_norm"},
        "dr_grpo",
    ),
    "dapo": (
        {"loss_type": "dapo", "epsilon_high": 0.28},
        {"loss": "ppo_clip", "aggregation": "token_mean", "clip_eps_high": 0.28},
        "grpo",
    ),
    "gspo": (
        {"loss_type": "grpo", "importance_sampling_level": "sequence", "epsilon": 3e-4, "epsilon_high": 4e-4},
        {"loss": "gspo", "aggregation": "seq_mean_token_mean", "clip_eps_low": 3e-4, "clip_eps_high": 4e-4},
        "grpo",
    ),
    "cispo": (
        {"loss_type": "cispo", "epsilon_high": 1.5},
        {"loss": "cispo", "aggregation": "token_mean", "clip_eps_high": 0.5},
        "grpo",
    ),
    "batch_std": (
        {"loss_type": "grpo", "scale_rewards": "batch"},
        {"loss": "ppo_clip", "aggregation": "seq_mean_token_mean"},
        "grpo_batch_std",
    ),
    "grpo_kl": (
        {"loss_type": "grpo", "beta": 0.04, "use_bias_correction_kl": False},
        {"loss": "ppo_clip", "aggregation": "seq_mean_token_mean", "kl_coef": 0.04, "kl_estimator": "k3"},
        "grpo",
    ),
    "grpo_kl_v32": (
        {"loss_type": "grpo", "beta": 0.04, "use_bias_correction_kl": True},
        {
            "loss": "ppo_clip",
            "aggregation": "seq_mean_token_mean",
            "kl_coef": 0.04,
            "kl_estimator": "k3",
            "kl_ratio_correction": True,
        },
        "grpo",
    ),
}


class Recorder:
    """A reward function whose (pseudo-random, per-completion) rewards the test can read back."""

    __name__ = "recorded"

    def __init__(self):
        self.last: list[float] = []
        self.rng = random.Random(0)

    def __call__(self, completions, **_):
        self.last = [
            round(self.rng.random() * 3) / 3 for _ in completions
        ]  # ties happen: zero-std groups too
        return self.last


@pytest.fixture(scope="module")
def trainers(tmp_path_factory, model_cache):
    from datasets import Dataset
    from trl import GRPOConfig, GRPOTrainer

    from reasonrl.modeling import load_causal_lm

    made = {}
    ds = Dataset.from_list([{"prompt": f"{i}+{i + 3}="} for i in range(16)])
    for name, (overrides, _, _) in SETTINGS.items():
        model, tok = load_causal_lm("embedded:tiny-test")
        rec = Recorder()
        args = GRPOConfig(
            output_dir=str(tmp_path_factory.mktemp(name)),
            use_cpu=True,
            report_to=[],
            num_generations=G,
            per_device_train_batch_size=4 * G,
            max_completion_length=MAX_LEN,
            logging_steps=1,
            save_strategy="no",
            **{"beta": 0.0, **overrides},
        )
        tr = GRPOTrainer(model=model, reward_funcs=rec, args=args, train_dataset=ds, processing_class=tok)
        tr.current_gradient_accumulation_steps = 1  # set by Trainer.train(); we call the loss directly
        made[name] = (tr, rec, [ds[i] for i in range(4)])
    return made


def _ours(tr, inputs):
    """Our per-token log-probs and entropies [B, C] over TRL's layout (left-padded prompt +
    completion). (TRL 1.16 computes its own through transformers' fused LM head, which on this
    model differs from a plain fp32 log_softmax by up to ~0.04 on some rows, so both losses are
    fed these same log-probs: the check is of the loss math, on identical inputs.)"""
    ids = torch.cat([inputs["prompt_ids"], inputs["completion_ids"]], 1)
    attn = torch.cat([inputs["prompt_mask"], inputs["completion_mask"]], 1)
    p = inputs["prompt_ids"].shape[1]
    logp, ent = token_logprobs(
        tr.model,
        Batch(ids, attn, torch.zeros(ids.shape[0], ids.shape[1] - 1)),
        tr.temperature,
        with_entropy=True,
    )
    return logp[:, p - 1 :], ent[:, p - 1 :]


@pytest.mark.parametrize("seed", [0, 1, 2])
@pytest.mark.parametrize("name", list(SETTINGS))
def test_matches_trl_grpo_trainer(trainers, name, seed):
    tr, rec, prompts = trainers[name]
    _, fields, estimator = SETTINGS[name]
    torch.manual_seed(seed)
    tr.model.train()
    inputs = tr._generate_and_score_completions(prompts)

    # advantages: TRL's, from the rewards it was given, vs ours from the same rewards
    rewards = torch.tensor(rec.last)
    ours_adv = ADVANTAGES.get(estimator)(rewards, G, **({} if estimator == "dr_grpo" else {"eps": 1e-4}))
    torch.testing.assert_close(inputs["advantages"], ours_adv, rtol=1e-5, atol=1e-5)

    mask = inputs["completion_mask"].float()
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        logp, ent = _ours(tr, inputs)
    noise = 1e-4 if name == "gspo" else 0.3  # GSPO's trust region is +-4e-4 on the sequence ratio
    inputs["old_per_token_logps"] = (
        logp + noise * torch.randn(logp.shape, generator=g) * mask
    )  # ratios != 1: clipping
    ref = logp + 0.2 * torch.randn(logp.shape, generator=g) * mask
    if tr.beta:
        inputs["ref_per_token_logps"] = ref

    # identical log-probs into both losses (a leaf, so the gradients compare directly)
    theirs_in, ours_in = logp.clone().requires_grad_(), logp.clone().requires_grad_()
    tr._get_per_token_logps_and_entropies = lambda *a, **k: (theirs_in, ent, None)
    theirs = tr._compute_loss(tr.model, inputs)
    theirs.backward()
    cfg = RLRun(sampling={"max_new_tokens": MAX_LEN}, **fields)
    ours, _ = policy_loss(
        cfg,
        ours_in,
        inputs["old_per_token_logps"],
        inputs["advantages"],
        mask,
        ref_logp=ref if tr.beta else None,
    )
    ours.backward()
    torch.testing.assert_close(ours, theirs, rtol=1e-5, atol=1e-5)
    torch.testing.assert_close(ours_in.grad * mask, theirs_in.grad * mask, rtol=1e-5, atol=1e-5)
    assert theirs_in.grad.abs().sum() > 0 or bool((inputs["advantages"] == 0).all())
