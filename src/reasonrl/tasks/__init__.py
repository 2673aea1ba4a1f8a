"""Task families: each owns its prompt template, answer extraction and verifier.

task = reasonrl.tasks.get("arithmetic")
task.prompt(record) -> str;  task.extract(completion) -> str | None;  task.grade(completion, answer) -> float
"""

# Importing the modules registers their tasks.
from reasonrl.tasks import arithmetic as _arithmetic  # noqa: E402,F401
from reasonrl.tasks import benchmarks as _benchmarks  # noqa: E402,F401
from reasonrl.tasks import moderation as _moderation  # noqa: E402,F401
from reasonrl.tasks import moderation_data as _moderation_data  # noqa: E402,F401
from reasonrl.tasks.base import TASKS, Task, extract_tagged_answer


def get(name: str) -> Task:
    return TASKS.get(name)


def names() -> list[str]:
    return TASKS.names()


__all__ = ["TASKS", "Task", "extract_tagged_answer", "get", "names"]
