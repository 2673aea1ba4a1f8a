"""One GRPO update under torchrun through the DDP strategy on this rank's GPU (NCCL), checked
against the same update without DDP: the launcher path (LOCAL_RANK -> cuda:N, NCCL process group,
DDP bound to the rank's device) that a multi-GPU TrainJob takes. With one GPU the world has one
rank, so the DDP strategy is built explicitly (make_strategy would choose the plain one for N=1).

    torchrun --nproc_per_node=1 scripts/gpu_check/ddp_step.py --out ddp.json
"""

from __future__ import annotations

import argparse
import copy
import json
import time

import torch
import torch.distributed as dist

from reasonrl.config.models import RLRun
from reasonrl.generation import SamplingParams
from reasonrl.generation.hf import HFEngine
from reasonrl.modeling import load_causal_lm
from reasonrl.modeling.batch import collate
from reasonrl.modeling.device import placement, process_group_backend
from reasonrl.rl.distributed import STRATEGIES, Dist
from reasonrl.rl.update import policy_update


def _sync() -> None:
    if torch.cuda.is_available():
        torch.cuda.synchronize()


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    place = placement("auto")
    dist.init_process_group(process_group_backend(place.device))
    d = Dist(dist.get_rank(), dist.get_world_size(), place.device)
    model, tok = load_causal_lm("embedded:tiny-test")
    model = place.trainable(model)
    cfg = RLRun(group_size=4, prompts_per_step=2, lr=1e-3, micro_batch_size=8)
    with place.autocast():
        rollouts = HFEngine(model, tok).generate(
            ["Q: 2+2\nA: ", "Q: 3+5\nA: "], SamplingParams(n=4, max_new_tokens=8), seeds=[1, 2]
        )
    adv = torch.tensor([1.0, -1.0, 0.5, -0.5, 1.0, -1.0, 1.0, -1.0])
    results = {}
    for name in ("ddp", "none"):
        m = copy.deepcopy(model)
        strategy = STRATEGIES.get(name)(m, d, lr=cfg.lr, max_grad_norm=cfg.max_grad_norm)
        _sync()
        t = time.perf_counter()
        with place.autocast():
            stats = policy_update(
                cfg, strategy, collate(rollouts, tok.pad_token_id), adv.clone(), None, rollouts
            )
        _sync()
        results[name] = {
            "stats": stats,
            "seconds": time.perf_counter() - t,
            "wrapper": type(strategy.model).__name__,
            "params": [p.detach().float().cpu() for p in m.parameters()],
        }
    diff = max(
        (a - b).abs().max().item()
        for a, b in zip(results["ddp"]["params"], results["none"]["params"], strict=True)
    )
    report = {
        "device": place.device,
        "dtype": place.dtype,
        "backend": dist.get_backend(),
        "world": d.world,
        "ddp_wrapper": results["ddp"]["wrapper"],
        "max_param_diff_ddp_vs_plain": diff,
        "grad_norm": results["ddp"]["stats"]["grad_norm"],
        "ok": diff < 1e-5,
    }
    if d.main:
        with open(args.out, "w") as fh:
            json.dump(report, fh, indent=2)
        print(json.dumps(report))
    dist.destroy_process_group()


if __name__ == "__main__":
    main()
