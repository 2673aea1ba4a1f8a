"""Rollout engines: turn prompts into sampled completions.

`hf` (our decode loop over a transformers model's KV cache) runs everywhere; `vllm` needs a
GPU and the `gpu` extra. Both register in ENGINES; `rl.engine` picks one.
"""

from reasonrl.rl.rollout import hf, vllm  # noqa: F401  (registers the engines; heavy imports are lazy)
from reasonrl.rl.rollout.base import ENGINES, Rollout, RolloutEngine, SamplingParams

__all__ = ["ENGINES", "Rollout", "RolloutEngine", "SamplingParams"]
