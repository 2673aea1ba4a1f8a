"""Evaluation: metrics (pass@k, tokens per answer) and benchmark runs over held-out prompts."""
