"""A small pool of worker processes that runs a function per item under a hard per-item
timeout, killing and replacing a worker that overruns (math-verify's own timeout relies on
SIGALRM, which only works on the main thread, so the project enforces its own).

    with TimeoutPool(workers=2) as pool:
        results = pool.map("reasonrl.rewards.math:verify_one", items, timeout=5.0, default=0.0)
"""

from __future__ import annotations

import importlib
import multiprocessing as mp
import os
import time
from multiprocessing.connection import Connection, wait
from typing import Any


def _resolve(target: str):
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)


def _worker(conn: Connection) -> None:
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    funcs: dict[str, Any] = {}
    while True:
        msg = conn.recv()
        if msg is None:
            return
        target, index, item = msg
        func = funcs.get(target) or funcs.setdefault(target, _resolve(target))
        try:
            conn.send((index, func(item), None))
        except Exception as exc:  # noqa: BLE001 - an item's failure is its result, not the pool's
            conn.send((index, None, f"{type(exc).__name__}: {exc}"))


class TimeoutPool:
    def __init__(self, workers: int = 2):
        self.ctx = mp.get_context("spawn")  # no fork of a process that may hold torch threads
        self.size = max(1, workers)
        self.slots: list[tuple[Any, Connection]] = []

    def _spawn(self) -> tuple[Any, Connection]:
        parent, child = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker, args=(child,), daemon=True)
        proc.start()
        child.close()
        return proc, parent

    def __enter__(self) -> TimeoutPool:
        return self

    def __exit__(self, *_) -> None:
        self.close()

    def close(self) -> None:
        for proc, conn in self.slots:
            try:
                conn.send(None)
            except OSError:
                pass
            proc.join(timeout=1)
            if proc.is_alive():
                proc.kill()
        self.slots = []

    def map(self, target: str, items: list, timeout: float, default: Any = None) -> list:
        """func(item) for every item, in order; an item that raises or overruns `timeout`
        seconds gets `default` (its worker is killed and replaced)."""
        while len(self.slots) < min(self.size, max(1, len(items))):
            self.slots.append(self._spawn())
        results = [default] * len(items)
        pending = list(enumerate(items))[::-1]
        busy: dict[Connection, tuple[int, float, int]] = {}  # conn -> (item index, deadline, slot)
        free = list(range(len(self.slots)))
        while pending or busy:
            while pending and free:
                slot = free.pop()
                index, item = pending.pop()
                conn = self.slots[slot][1]
                conn.send((target, index, item))
                busy[conn] = (index, time.monotonic() + timeout, slot)
            soonest = min(deadline for _, deadline, _ in busy.values())
            for conn in wait(list(busy), timeout=max(0.0, soonest - time.monotonic())):
                index, value, error = conn.recv()
                results[index] = default if error else value
                free.append(busy.pop(conn)[2])
            now = time.monotonic()
            for conn, (index, deadline, slot) in list(busy.items()):
                if now >= deadline:  # overran: kill the worker, replace it, score the default
                    proc, _ = self.slots[slot]
                    proc.kill()
                    proc.join()
                    self.slots[slot] = self._spawn()
                    del busy[conn]
                    free.append(slot)
        return results
