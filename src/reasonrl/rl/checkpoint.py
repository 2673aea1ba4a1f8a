"""Checkpoints that make a killed run resume where it stopped: model and optimizer (through the
distributed strategy: plain, DDP, FSDP2 full state dicts or DeepSpeed's own format), RNG states,
data cursor, step and the trainer's extra state (the learning rate is a function of the step and
the guard factor kept there). Written into a temp dir and renamed, so a kill mid-save leaves the
previous checkpoint intact; only the newest `keep` are kept. All ranks call save/load (they are
collectives); rank 0 owns the files.
"""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import torch

LATEST = "latest"


def _steps(ckpt_root: Path) -> list[int]:
    return sorted(int(p.name.split("-")[1]) for p in ckpt_root.glob("step-*"))


def save(ckpt_root: Path, step: int, strategy, extra: dict, keep: int = 3) -> Path:
    dist = strategy.dist
    tmp, final = ckpt_root / f".tmp-{step}", ckpt_root / f"step-{step:06d}"
    if dist.main:
        shutil.rmtree(tmp, ignore_errors=True)
        tmp.mkdir(parents=True)
    dist.barrier()
    strategy.save_to(tmp)
    dist.barrier()
    if dist.main:
        torch.save(
            {
                "step": step,
                "extra": extra,
                "rng": {"torch": torch.get_rng_state(), "python": random.getstate()},
            },
            tmp / "state.pt",
        )
        shutil.rmtree(final, ignore_errors=True)
        os.replace(tmp, final)
        # the marker is replaced, not rewritten in place: a kill between truncate and write once left
        # it empty, and the resumed run found no checkpoint (SIGKILL test under load)
        marker = ckpt_root / f".{LATEST}.tmp"
        marker.write_text(final.name)
        os.replace(marker, ckpt_root / LATEST)
        for old in _steps(ckpt_root)[:-keep]:
            shutil.rmtree(ckpt_root / f"step-{old:06d}", ignore_errors=True)
    dist.barrier()
    return final


def latest(ckpt_root: Path) -> Path | None:
    """The checkpoint the marker names; if the marker is missing, empty or names nothing (a run
    killed by an older version mid-write), the newest complete step directory."""
    marker = ckpt_root / LATEST
    name = marker.read_text().strip() if marker.exists() else ""
    if name and (ckpt_root / name / "state.pt").exists():
        return ckpt_root / name
    done = [s for s in _steps(ckpt_root) if (ckpt_root / f"step-{s:06d}" / "state.pt").exists()]
    return ckpt_root / f"step-{done[-1]:06d}" if done else None


def before(ckpt_root: Path, step: int) -> Path | None:
    """The newest checkpoint taken strictly before `step` (what a rollback returns to)."""
    steps = [s for s in _steps(ckpt_root) if s < step]
    return ckpt_root / f"step-{steps[-1]:06d}" if steps else None


def read_state(path: Path) -> dict:
    """The small state (step, RNG, extra) without touching the weights."""
    return torch.load(path / "state.pt", weights_only=False)


def restore(path: Path, strategy) -> dict:
    state = read_state(path)
    strategy.load_from(path)
    torch.set_rng_state(state["rng"]["torch"])
    random.setstate(state["rng"]["python"])
    return state
