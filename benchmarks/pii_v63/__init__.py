"""Held-out PII set v63 (transport and logistics); see make_heldout_set.py."""
