"""Twelfth independent held-out PII set (tests/data/pii_heldout_v12.jsonl); see make_heldout_set.py."""
