"""GRPO-family RL: pure tensor functions (advantages, losses, kl), rollout engines, the trainer."""
