"""A quiet console for kfp.local runs: one line per task on the terminal, each task's whole log in
a file beside its outputs, and on failure the task's own error repeated at the end.

kfp.local (2.17) prints everything a task does to sys.stdout: its executor input (the whole
resolved recipe, again for every task), the stage's own output, the outputs it wrote. During a
run `TaskConsole` stands in for sys.stdout and routes those lines by the task that is running,
which kfp.local announces with "Executing task 'name'" and closes with "Task 'name' finished
with status SUCCESS|FAILURE" (the only lines of kfp's format it relies on).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import sys
import time
from pathlib import Path

_ANSI = re.compile(r"\x1b\[[0-9;]*m")
_START = re.compile(r"Executing task '([^']+)'")
_END = re.compile(r"Task '([^']+)' finished with status (\w+)")
LOG_NAME = "task.log"


class TaskConsole(io.TextIOBase):
    """File-like: what kfp.local prints goes to `<run dir>/<task>/task.log`; `out` gets one line
    per finished task. `run_dir()` finds the kfp run directory once the first task starts."""

    def __init__(self, out, run_dir) -> None:
        self.out, self.find_run_dir = out, run_dir
        self.buf, self.task, self.lines, self.started = "", None, None, 0.0
        self.results: list[dict] = []

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        self.buf += text
        while "\n" in self.buf:
            line, self.buf = self.buf.split("\n", 1)
            self._line(_ANSI.sub("", line))
        return len(text)

    def _line(self, line: str) -> None:
        if m := _START.search(line):
            self._open(m.group(1))
        if self.lines is not None:  # kfp's banner before the first task is not kept
            self.lines.append(line)
        if (m := _END.search(line)) and m.group(1) == self.task:
            self._close(m.group(2))

    def _open(self, task: str) -> None:
        self.task, self.started, self.lines = task, time.monotonic(), []

    def _close(self, status: str) -> None:
        # written when the task ends: kfp.local creates the run directory only after the first
        # task is announced
        path = Path(self.find_run_dir()) / self.task / LOG_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(self.lines) + "\n", encoding="utf-8")
        result = {
            "task": self.task,
            "status": status,
            "seconds": time.monotonic() - self.started,
            "log": str(path),
            "counts": _counts(path.parent),
        }
        self.results.append(result)
        counts = ", ".join(f"{k} {v}" for k, v in list(result["counts"].items())[:3])
        mark = "ok" if status == "SUCCESS" else "FAILED"
        self.out.write(f"  {mark:<6} {self.task:<24} {result['seconds']:7.1f}s  {counts}\n")
        self.out.flush()
        self.task, self.lines = None, None

    def failure(self) -> dict | None:
        return next((r for r in self.results if r["status"] != "SUCCESS"), None)


def _counts(task_dir: Path) -> dict:
    """The key counts of a task's outputs (their manifests), or a gate's verdict."""
    found: dict = {}
    for manifest in sorted(task_dir.glob("*/manifest.json")):
        try:
            data = json.loads(manifest.read_text())
        except (OSError, ValueError):
            continue
        found.update({k: v for k, v in (data.get("counts") or {}).items() if isinstance(v, (int, float))})
        if "passed" in (data.get("extra") or data):
            found["passed"] = (data.get("extra") or data)["passed"]
    return found


def error_tail(log: str | Path, lines: int = 12) -> str:
    """The stage's own error from a task log: its `reasonrl: error:` message (with the hint), else
    the traceback's last lines."""
    return own_error(Path(log).read_text(encoding="utf-8", errors="replace"), lines)


def own_error(log_text: str, lines: int = 12) -> str:
    """error_tail for a log held as text (a TrainJob pod's, read through the Kubernetes API)."""
    text = log_text.splitlines()
    own = [i for i, ln in enumerate(text) if "reasonrl: error:" in ln or "reasonrl: gate" in ln]
    if own:
        start = own[-1]
        end = next(
            (j for j in range(start + 1, len(text)) if not text[j].strip().startswith(("hint:", "  "))),
            len(text),
        )
        return "\n".join(ln.strip().removeprefix("reasonrl: error: ") for ln in text[start:end])
    body = [ln for ln in text if ln.strip() and "KFP Executor" not in ln and "INFO - " not in ln]
    return "\n".join(ln.rstrip() for ln in body[-lines:])


@contextlib.contextmanager
def redirected(console: TaskConsole):
    """sys.stdout is the console for the duration."""
    saved, sys.stdout = sys.stdout, console
    try:
        yield console
    finally:
        console.write("\n")
        sys.stdout = saved
