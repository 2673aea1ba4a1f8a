"""Rollout engines: turn prompts into sampled completions.

`hf` (transformers generate with KV cache) runs everywhere; `vllm` needs a GPU (the `gpu` extra).
"""

from reasonrl.rl.rollout.base import ENGINES, Rollout, RolloutEngine, SamplingParams

__all__ = ["ENGINES", "Rollout", "RolloutEngine", "SamplingParams"]
