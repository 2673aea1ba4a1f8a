"""A small pool of worker processes that runs a function per item under a hard per-item
timeout, killing and replacing a worker that overruns (math-verify's own timeout relies on
SIGALRM, which only works on the main thread, so the project enforces its own).

    with TimeoutPool(workers=2) as pool:
        results = pool.map("reasonrl.verify.math:verify_one", items, timeout=5.0, default=0.0)

Workers are plain `python -m reasonrl.verify.pool` subprocesses speaking JSON lines on
stdin/stdout, so they work from any caller (a script, a notebook, stdin) and never fork a
process that holds torch threads. Items and results must be JSON values.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import select
import subprocess
import sys
import time
from typing import Any

WORKER_MEMORY = 4 << 30  # bytes of address space per worker


def _resolve(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def serve() -> None:
    """Worker loop: one JSON request per line in, one JSON result per line out."""
    funcs: dict[str, Any] = {}
    for line in sys.stdin:
        req = json.loads(line)
        try:
            func = funcs.get(req["t"]) or funcs.setdefault(req["t"], _resolve(req["t"]))
        except Exception as exc:  # noqa: BLE001 - the function cannot load: every item would fail, say so
            reply = {
                "i": req["i"],
                "fatal": f"cannot load {req['t']} in a worker: {type(exc).__name__}: {exc}",
            }
        else:
            try:
                reply = {"i": req["i"], "v": func(req["x"])}
            except Exception as exc:  # noqa: BLE001 - an item's failure is its result, not the pool's
                reply = {"i": req["i"], "e": f"{type(exc).__name__}: {exc}"}
        sys.stdout.write(json.dumps(reply) + "\n")
        sys.stdout.flush()


class TimeoutPool:
    def __init__(self, workers: int = 2):
        self.size = max(1, workers)
        self.procs: list[subprocess.Popen] = []

    def _spawn(self) -> subprocess.Popen:
        env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONUNBUFFERED": "1"}
        proc = subprocess.Popen(
            [sys.executable, "-m", "reasonrl.verify.pool"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=env,
        )
        # model output decides what the worker computes: a memory cap beside the time limit
        resource.prlimit(proc.pid, resource.RLIMIT_AS, (WORKER_MEMORY, WORKER_MEMORY))
        return proc

    def __enter__(self) -> TimeoutPool:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def close(self) -> None:
        for proc in self.procs:
            proc.kill()
            proc.wait()
        self.procs = []

    def _replace(self, slot: int) -> None:
        self.procs[slot].kill()
        self.procs[slot].wait()
        self.procs[slot] = self._spawn()

    def map(self, target: str, items: list, timeout: float, default: Any = None) -> list:
        """func(item) for every item, in order; an item that raises or overruns `timeout`
        seconds gets `default` (its worker is killed and replaced)."""
        while len(self.procs) < min(self.size, max(1, len(items))):
            self.procs.append(self._spawn())
        results = [default] * len(items)
        pending = list(enumerate(items))[::-1]
        busy: dict[int, tuple[int, float]] = {}  # slot -> (item index, deadline)
        free = list(range(len(self.procs)))
        while pending or busy:
            while pending and free:
                slot = free.pop()
                index, item = pending.pop()
                try:
                    self.procs[slot].stdin.write(json.dumps({"t": target, "i": index, "x": item}) + "\n")
                    self.procs[slot].stdin.flush()
                except BrokenPipeError:  # the worker died: replace it and retry the item
                    self._replace(slot)
                    pending.append((index, item))
                    free.append(slot)
                    continue
                busy[slot] = (index, time.monotonic() + timeout)
            soonest = min(deadline for _, deadline in busy.values())
            fds = {self.procs[slot].stdout.fileno(): slot for slot in busy}
            ready, _, _ = select.select(list(fds), [], [], max(0.0, soonest - time.monotonic()))
            for fd in ready:
                slot = fds[fd]
                line = self.procs[slot].stdout.readline()
                reply = json.loads(line) if line else {"e": "worker died"}
                if "fatal" in reply:  # not an item's failure: scoring everything `default` would hide it
                    self.close()
                    raise RuntimeError(reply["fatal"])
                if line:
                    results[busy[slot][0]] = reply.get("v", default) if "e" not in reply else default
                else:
                    self._replace(slot)
                busy.pop(slot)
                free.append(slot)
            now = time.monotonic()
            for slot, (_index, deadline) in list(busy.items()):
                if now >= deadline:  # overran: kill the worker, replace it, score the default
                    self._replace(slot)
                    del busy[slot]
                    free.append(slot)
        return results


if __name__ == "__main__":
    serve()
