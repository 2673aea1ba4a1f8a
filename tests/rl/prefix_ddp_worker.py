"""Run under torchrun with 2 gloo ranks by tests/rl/test_prefix_ddp.py (not a test itself): one
GRPO update through DDP with the mini-batch's common prompt prefix forwarded once and carried into
the last micro-batch's backward (rl.batch_prefix_once), against one process that forwards the
prefix in every micro-batch, on the same global batch, under SGD. Rank 0 writes the largest
weight difference and how far the weights moved."""

from __future__ import annotations

import copy
import json
import sys

import torch

from reasonrl.config.models import RLRun
from reasonrl.generation.base import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling import load_causal_lm
from reasonrl.modeling.batch import collate
from reasonrl.modeling.prefix import common_prefix
from reasonrl.rl.distributed import STRATEGIES, Dist
from reasonrl.rl.update import policy_update

POLICY = "Rules: add the two numbers, think briefly, then answer with digits only.\n"


def _update(model, d: Dist, backend: str, once: bool, rollouts, batch, adv):
    """(trained copy, stats, forwards that opened with the prompts' common prefix)."""
    m = copy.deepcopy(model)
    ids = [r.prompt_ids for r in rollouts]
    pre = ids[0][: common_prefix([torch.tensor(i) for i in ids])]
    opened = []
    m.register_forward_pre_hook(
        lambda mod, args, kw: opened.append(kw["input_ids"][0, : len(pre)].tolist() == pre), with_kwargs=True
    )
    cfg = RLRun(
        group_size=4,
        prompts_per_step=4,
        mini_batch_size=16,
        micro_batch_size=4,  # 2 micro-batches per rank under 2 ranks, 4 in one process
        skip_zero_advantage=False,
        batch_prefix_once=once,
        lr=1e-2,
    )
    strategy = STRATEGIES.get(backend)(m, d, lr=cfg.lr, max_grad_norm=100.0)
    strategy.optimizer = torch.optim.SGD(strategy.module.parameters(), lr=0.5)
    stats = policy_update(cfg, strategy, batch, adv.clone(), None, rollouts)
    return m, stats, sum(opened)


def main(out: str) -> None:
    d = Dist.from_env("cpu")
    model, tok = load_causal_lm("embedded:tiny-test")
    prompts = [f"{POLICY}Q: {a}+{b}\nA: " for a, b in [(1, 2), (3, 4), (5, 5), (7, 8)]]
    rollouts = HFEngine(model, tok).generate(
        prompts, SamplingParams(n=4, max_new_tokens=12), seeds=[1, 2, 3, 4]
    )
    adv = torch.linspace(-1.0, 1.0, 16)
    batch = collate(rollouts, tok.pad_token_id)
    ddp, stats, opened = _update(model, d, "ddp", True, rollouts, batch, adv)
    if d.main:
        one, _, one_opened = _update(model, Dist(0, 1, "cpu"), "none", False, rollouts, batch, adv)
        pairs = list(zip(ddp.parameters(), one.parameters(), model.parameters(), strict=True))
        report = {
            "world": d.world,
            "optimizer_steps": stats["optimizer_steps"],
            "prefix_forwards": {"ddp_once": opened, "one_process_per_micro_batch": one_opened},
            "diff": max((a - b).abs().max().item() for a, b, _ in pairs),
            "moved": max((b - s).abs().max().item() for _, b, s in pairs),
        }
        with open(out, "w") as fh:
            json.dump(report, fh)
    torch.distributed.destroy_process_group()


if __name__ == "__main__":
    main(sys.argv[1])
