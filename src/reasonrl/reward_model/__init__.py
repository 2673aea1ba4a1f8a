"""Bradley–Terry reward models: training on preference pairs and batched scoring.

Importing it registers its reward terms with rewards/ (`reward_model`, the learned score, and
`judge`, the generative judge): whoever runs a recipe's rewards imports both rooms (the reasonrl
command, the rl_train stage, preflight)."""

from reasonrl.reward_model import judge, score

__all__ = ["judge", "score"]
