"""Held-out PII set v61 (arts and culture); see make_heldout_set.py."""
