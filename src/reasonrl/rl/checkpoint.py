"""Checkpoints that make a killed run resume where it stopped: model, optimizer, scheduler,
RNG states, data cursor and step, written atomically (temp dir + rename)."""

from __future__ import annotations

import os
import random
import shutil
from pathlib import Path

import torch

LATEST = "latest"


def save(ckpt_root: Path, step: int, model, optimizer, scheduler, extra: dict) -> Path:
    ckpt_root.mkdir(parents=True, exist_ok=True)
    tmp = ckpt_root / f".tmp-{step}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    torch.save({
        "step": step,
        "model": model.state_dict(),
        "optimizer": optimizer.state_dict(),
        "scheduler": scheduler.state_dict(),
        "rng": {"torch": torch.get_rng_state(), "python": random.getstate()},
        "extra": extra,
    }, tmp / "state.pt")
    final = ckpt_root / f"step-{step:06d}"
    shutil.rmtree(final, ignore_errors=True)
    os.replace(tmp, final)
    (ckpt_root / LATEST).write_text(final.name)
    return final


def load_latest(ckpt_root: Path) -> dict | None:
    marker = ckpt_root / LATEST
    if not marker.exists():
        return None
    return torch.load(ckpt_root / marker.read_text().strip() / "state.pt", weights_only=False)


def load_before(ckpt_root: Path, step: int) -> dict | None:
    """The newest checkpoint taken strictly before `step` (what a rollback returns to)."""
    steps = sorted(int(p.name.split("-")[1]) for p in ckpt_root.glob("step-*") if int(p.name.split("-")[1]) < step)
    return torch.load(ckpt_root / f"step-{steps[-1]:06d}" / "state.pt", weights_only=False) if steps else None


def restore(state: dict, model, optimizer, scheduler) -> None:
    model.load_state_dict(state["model"])
    optimizer.load_state_dict(state["optimizer"])
    scheduler.load_state_dict(state["scheduler"])
    torch.set_rng_state(state["rng"]["torch"])
    random.setstate(state["rng"]["python"])
