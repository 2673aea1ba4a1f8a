"""Accelerators the capacity planner knows, by the name `reasonrl plan --gpu-type` takes.

Figures are the vendors' datasheet numbers for the SXM parts: memory, dense BF16 tensor-core
throughput (no sparsity) and HBM bandwidth. H800 and H20 are the export variants verl's tuning
tables use (docs/perf/device_tuning.rst)."""

from __future__ import annotations

from dataclasses import dataclass

from reasonrl._registry import Registry


@dataclass(frozen=True)
class GPU:
    name: str
    memory_gib: float
    bf16_tflops: float  # dense
    hbm_tbps: float

    @property
    def memory_bytes(self) -> float:
        return self.memory_gib * 2**30


GPUS: Registry[GPU] = Registry("gpu type")
for _gpu in (
    GPU("A100", 80, 312, 2.039),
    GPU("H100", 80, 989, 3.35),
    GPU("H800", 80, 989, 3.35),
    GPU("H200", 141, 989, 4.8),
    GPU("H20", 96, 148, 4.0),
):
    GPUS.register(_gpu.name)(_gpu)
