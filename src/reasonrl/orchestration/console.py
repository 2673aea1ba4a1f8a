"""A quiet console for kfp.local runs: one line per task on the terminal, each task's whole log in
a file beside its outputs, and on failure the task's own error repeated at the end.

kfp.local (2.17) prints everything a task does to sys.stdout: its executor input (the whole
resolved recipe, again for every task), the stage's own output, the outputs it wrote. During a
run `TaskConsole` stands in for sys.stdout and routes those lines by the task that is running,
which kfp.local announces with "Executing task 'name'" and closes with "Task 'name' finished
with status SUCCESS|FAILURE" (the only lines of kfp's format it relies on).

Progress while a task runs. Every long loop of a stage (pretraining the tiny model, reward-model
and SFT/distillation epochs, RL steps, evaluation batches) already counts itself with a tqdm bar;
that bar is the one progress channel every stage has, so nothing in the stages changes. For the
run, `PROGRESS_ENV` (tqdm reads `TQDM_*` variables as its defaults) makes each bar print one plain
line per refresh, at most one a second, ending in a newline:

    rl_train [progress 5/12 212s eta 170s, reward=0.500, acc=0.312, len=41.000]

A newline-terminated line matters: kfp.local reads the task's output line by line, so a bar
redrawn with a bare carriage return would reach the console one redraw late. Such lines reach
`TaskConsole` like any other output; it keeps the latest one of the running task, and a timer
thread shows it with the task's elapsed time:

- on a terminal, one live line redrawn in place about once a second (``\\r`` and erase-line),
  replaced by the task's usual result line when it ends;
- elsewhere (a CI log, a pipe, a file), a plain line every `every` seconds (30 by default) while
  a task runs, so an 11-minute task adds ~22 lines, not one per step.

In the task's log file a bar's successive lines fold into its latest, so logs hold no bar spam.
A stage started with progress bars off (REASONRL_NO_PROGRESS=1) still gets the live line, with
the task's elapsed time only.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import shutil
import sys
import threading
import time
from dataclasses import dataclass
from pathlib import Path

_ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")  # colours, and the cursor moves of nested tqdm bars
_START = re.compile(r"Executing task '([^']+)'")
_END = re.compile(r"Task '([^']+)' finished with status (\w+)")
LOG_NAME = "task.log"

# tqdm's defaults in the stage processes of a run: one newline-ended, parseable line per refresh
# (no {bar}, and a width that never trims it), at most one a second
PROGRESS_ENV = {
    "TQDM_BAR_FORMAT": "{desc} [progress {n}/{total} {elapsed_s:.0f}s eta {remaining_s:.0f}s{postfix}]\n",
    "TQDM_MININTERVAL": "1",
    "TQDM_NCOLS": "1000",
}
_PROGRESS = re.compile(
    r"^(?P<desc>.*?) ?\[progress (?P<n>[\d.]+)/(?P<total>[\d.]+|None) (?P<elapsed>\d+)s "
    r"eta (?P<eta>\d+)s(?:, )?(?P<postfix>.*)\]\s*$"
)


@dataclass(frozen=True)
class Progress:
    """A running task's latest progress line, and when it arrived (time.monotonic)."""

    desc: str
    n: float
    total: float | None
    eta: float  # seconds left when the line was written (0 while tqdm has no rate yet)
    postfix: str  # "reward=0.500, acc=0.312", as the stage set it
    seen: float

    def describe(self, now: float) -> str:
        """'rl_train 5/12, eta 2m50s, reward=0.500', the ETA counted down since the line came."""
        count = f"{_num(self.n)}/{_num(self.total)}" if self.total else f"{_num(self.n)}"
        parts = [f"{self.desc} {count}".strip()]
        if self.total and 0 < self.n < self.total and self.eta > 0:
            parts.append(f"eta {_duration(max(0.0, self.eta - (now - self.seen)))}")
        if self.postfix:
            parts.append(self.postfix)
        return ", ".join(parts)


def parse_progress(line: str, now: float | None = None) -> Progress | None:
    """The Progress a PROGRESS_ENV-formatted tqdm line carries, None for any other line."""
    m = _PROGRESS.match(line)
    if m is None:
        return None
    total = None if m["total"] == "None" else float(m["total"])
    return Progress(
        m["desc"].strip(),
        float(m["n"]),
        total,
        float(m["eta"]),
        m["postfix"].strip(),
        time.monotonic() if now is None else now,
    )


def _num(x: float | None) -> str:
    return "?" if x is None else str(int(x)) if float(x).is_integer() else f"{x:g}"


def _duration(seconds: float) -> str:
    s = int(round(seconds))
    if s < 60:
        return f"{s}s"
    if s < 3600:
        return f"{s // 60}m{s % 60:02d}s"
    return f"{s // 3600}h{s % 3600 // 60:02d}m"


class TaskConsole(io.TextIOBase):
    """File-like: what kfp.local prints goes to `<run dir>/<task>/task.log`; `out` gets one line
    per finished task and, while a task runs, its progress: a live line when `out` is a terminal,
    else a plain line every `every` seconds (see the module docstring). `run_dir()` finds the kfp
    run directory once the first task starts. `start()`/`stop()` run the timer thread
    (`redirected` does both)."""

    def __init__(self, out, run_dir, every: float = 30.0, tick: float = 1.0, live: bool | None = None):
        self.out, self.find_run_dir = out, run_dir
        self.buf, self.task, self.lines, self.started = "", None, None, 0.0
        self.results: list[dict] = []
        self.every, self.tick = every, tick
        self.live = bool(getattr(out, "isatty", lambda: False)()) if live is None else live
        self.progress: Progress | None = None
        self.shown = ""  # the live line now on the terminal
        self.next_plain = 0.0
        self.folding = False  # the last log line is a progress line (the next of its bar replaces it)
        self.blanks: list[str] = []  # blank lines not yet logged
        self.lock = threading.RLock()
        self._stopped = threading.Event()
        self._timer: threading.Thread | None = None

    def writable(self) -> bool:
        return True

    def write(self, text: str) -> int:
        with self.lock:
            self.buf += text
            while "\n" in self.buf:
                line, self.buf = self.buf.split("\n", 1)
                self._line(_ANSI.sub("", line))
        return len(text)

    def start(self) -> None:
        if self._timer is None:
            self._stopped.clear()
            self._timer = threading.Thread(target=self._run_timer, name="task-console", daemon=True)
            self._timer.start()

    def stop(self) -> None:
        self._stopped.set()
        if self._timer is not None:
            self._timer.join()
            self._timer = None
        with self.lock:
            self._erase()

    def _run_timer(self) -> None:
        while not self._stopped.wait(self.tick):
            self.refresh()

    def refresh(self, now: float | None = None) -> None:
        """Show the running task's progress: redraw the live line, or print a plain line when
        `every` seconds have passed since the last (or since the task began)."""
        with self.lock:
            if self.task is None:
                return
            now = time.monotonic() if now is None else now
            text = self._status(now)
            if self.live:
                width = max(20, shutil.get_terminal_size((100, 24)).columns - 1)
                text = text[:width]  # a wrapped line could not be redrawn in place
                if text != self.shown:
                    self.out.write("\r\x1b[K" + text)
                    self.out.flush()
                    self.shown = text
            elif now >= self.next_plain:
                self.out.write(text + "\n")
                self.out.flush()
                self.next_plain = now + self.every

    def _status(self, now: float) -> str:
        text = f"  {'..':<6} {self.task:<24} {now - self.started:7.1f}s"
        return f"{text}  {self.progress.describe(now)}" if self.progress else text

    def _erase(self) -> None:
        if self.shown:
            self.out.write("\r\x1b[K")
            self.out.flush()
            self.shown = ""

    def _line(self, line: str) -> None:
        if m := _START.search(line):
            self._open(m.group(1))
        if self.lines is not None:  # kfp's banner before the first task is not kept
            self._keep(line)
        if (m := _END.search(line)) and m.group(1) == self.task:
            self._close(m.group(2))

    def _keep(self, line: str) -> None:
        """Into the task's log; a bar's progress lines fold into its latest, and the blank lines
        tqdm's redraws leave around them are dropped."""
        if not line.strip():  # held until the next line says whose it is
            if not self.folding:
                self.blanks.append(line)
            return
        progress = parse_progress(line) if self.task is not None else None
        if progress is None:
            self.lines += [*self.blanks, line]
            self.blanks, self.folding = [], False
            return
        if self.folding and self.progress is not None and self.progress.desc == progress.desc:
            self.lines[-1] = line
        else:
            self.lines.append(line)
        self.blanks, self.folding, self.progress = [], True, progress

    def _open(self, task: str) -> None:
        self.task, self.started, self.lines = task, time.monotonic(), []
        self.progress, self.folding, self.blanks = None, False, []
        self.next_plain = self.started + self.every

    def _close(self, status: str) -> None:
        # written when the task ends: kfp.local creates the run directory only after the first
        # task is announced
        path = Path(self.find_run_dir()) / self.task / LOG_NAME
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("\n".join(self.lines + self.blanks) + "\n", encoding="utf-8")
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
        self._erase()  # the live line gives way to the result
        self.out.write(f"  {mark:<6} {self.task:<24} {result['seconds']:7.1f}s  {counts}\n")
        self.out.flush()
        self.task, self.lines, self.progress, self.folding = None, None, None, False

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
    """sys.stdout is the console for the duration, its timer running."""
    saved, sys.stdout = sys.stdout, console
    console.start()
    try:
        yield console
    finally:
        console.write("\n")
        console.stop()
        sys.stdout = saved
