"""Verifiers with no knowledge of tasks or rewards: the bottom layer that tasks grade with and
rewards wrap. math (exact fast path + math-verify in a timeout pool), code (a jailed candidate
whose tests a referee process runs from outside), labels (aliases, any script); answers.py finds
the final answer and refuses hedges. Import the submodule you need; this package imports nothing heavy."""
