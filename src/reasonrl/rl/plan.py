"""How one RL step's batch is cut: B sequences into mini-batches (one optimizer step each),
sharded over the ranks, and each rank's share into micro-batches (gradient accumulation).

    plan_batches(8, 4, 2, dist).mini_batches -> [[[0, 1], [2, 3]], [[4, 5], [6, 7]]]  (one rank)

Pure index arithmetic: rl/update runs the plan, rl/trainer asks it how many optimizer steps a
step will take.
"""

from __future__ import annotations

from dataclasses import dataclass

from reasonrl.rl.distributed import Dist


@dataclass(frozen=True)
class Plan:
    """Global sequence indices: mini_batches[i] is this rank's list of micro-batches (index lists)
    of mini-batch i; `members[i]` all of mini-batch i's indices over every rank."""

    mini_batches: list[list[list[int]]]
    members: list[list[int]]


def plan_batches(
    total: int,
    mini: int | None,
    micro: int | None,
    dist: Dist,
    lengths: list[int] | None = None,
    unit: int = 1,
    active: list[bool] | None = None,
) -> Plan:
    """Split B sequences into mini-batches (sharded over ranks) and micro-batches. With `lengths`,
    a rank's sequences are sorted by length before they are cut into micro-batches, so each
    micro-batch pads to a similar length (the loss is a sum over micro-batches: grouping does
    not change it). `unit` > 1 keeps runs of that many sequences (a prompt's group) together.
    `active` (one process only) leaves out units none of whose sequences is active."""
    mini = mini or total
    if total % mini or mini % dist.world:
        raise ValueError(
            f"rl.mini_batch_size={mini} must divide the step batch ({total} sequences) and be a "
            f"multiple of the world size ({dist.world})"
        )
    per_rank = mini // dist.world
    micro = min(micro or per_rank, per_rank)
    if per_rank % micro or micro % unit:
        raise ValueError(
            f"rl.micro_batch_size={micro} must divide the per-rank mini-batch ({per_rank} sequences)"
        )
    minis, members = [], []
    for start in range(0, total, mini):
        mine = list(range(start + dist.rank * per_rank, start + (dist.rank + 1) * per_rank))
        units = [mine[k : k + unit] for k in range(0, per_rank, unit)]
        if active is not None:
            units = [u for u in units if any(active[i] for i in u)]
        if lengths is not None:
            units.sort(key=lambda u: max(lengths[i] for i in u))
        mine = [i for u in units for i in u]
        minis.append([mine[k : k + micro] for k in range(0, len(mine), micro)])
        members.append(list(range(start, start + mini)))
    return Plan(minis, members)
