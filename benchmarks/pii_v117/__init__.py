"""Held-out PII test set v117 (disability and accessibility services); see make_heldout_set."""
