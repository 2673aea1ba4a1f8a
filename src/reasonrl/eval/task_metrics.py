"""Task-specific evaluation metrics, by task name: (records, samples, seed) -> dict, added to an
evaluation's metrics under the task's name (moderation: macro-F1 and FPR by language, ...)."""

from reasonrl._registry import Registry

TASK_METRICS: Registry = Registry("task metrics")
