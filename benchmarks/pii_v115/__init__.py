"""Held-out PII test set v115 (market research and polling)."""
