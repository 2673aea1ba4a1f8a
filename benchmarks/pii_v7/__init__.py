"""Seventh independent held-out PII set (see make_heldout_set.py for how it was built)."""
