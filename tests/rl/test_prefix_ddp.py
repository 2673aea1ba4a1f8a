"""rl.batch_prefix_once under DDP: 2 gloo ranks under torchrun, each forwarding its mini-batch's
common prompt prefix once and back-propagating it with its last micro-batch, update the weights
exactly as one process that forwards the prefix in every micro-batch (tests/rl/prefix_ddp_worker.py)."""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def test_two_ranks_with_the_prefix_once_equal_one_process_without(tmp_path, model_cache):
    from reasonrl.modeling import load_causal_lm

    load_causal_lm("embedded:tiny-test")  # built into the cache here, not by two ranks at once
    out = tmp_path / "report.json"
    cmd = [sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node=2"]
    subprocess.run([*cmd, str(HERE / "prefix_ddp_worker.py"), str(out)], check=True, timeout=600)
    report = json.loads(out.read_text())
    assert report["world"] == 2 and report["optimizer_steps"] == 1.0
    # the policy's tokens went through the model once on rank 0 (its 2 micro-batches share one
    # prefix forward), 4 times in one process forwarding whole prompts per micro-batch
    assert report["prefix_forwards"] == {"ddp_once": 1, "one_process_per_micro_batch": 4}, report
    assert report["moved"] > 1e-3 and report["diff"] < 1e-4 * report["moved"], report
