"""Distillation of a long-CoT teacher into a short-CoT student."""
