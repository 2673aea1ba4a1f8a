"""Held-out PII set v76 (childcare and parenting); see make_heldout_set.py."""
