"""Held-out PII set v72 (security and facilities); see make_heldout_set.py."""
