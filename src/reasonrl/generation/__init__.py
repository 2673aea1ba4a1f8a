"""Generation for RL, evaluation and distillation alike: rollout engines turn prompts into
sampled completions (`hf`, our decode loop over a transformers model's KV cache, runs
everywhere; `vllm` needs a GPU and the `gpu` extra; both register in ENGINES and `rl.engine`
picks one), with SamplingParams and one seeding scheme (seeding.py).
"""

from reasonrl.generation import hf, vllm  # noqa: F401  (registers the engines; heavy imports are lazy)
from reasonrl.generation.base import ENGINES, Rollout, RolloutEngine, SamplingParams

__all__ = ["ENGINES", "Rollout", "RolloutEngine", "SamplingParams"]
