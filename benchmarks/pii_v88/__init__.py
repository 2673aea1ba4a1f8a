"""Held-out PII set v88 (photography, arts and crafts); see make_heldout_set.py."""
