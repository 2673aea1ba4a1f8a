"""Which prompts an RL step draws: a deterministic, checkpointed cursor over the prompt records,
optionally balanced over the values of a record field, with hard items replayed.

Why balance: on an imbalanced label set a small policy's rare right answer on a majority-class
item earns a large normalised advantage, and the net push is toward always saying the majority
label (the collapse of issue 22; `shared/research/moderation-rl.md`). Drawing each label equally
often per step takes the prior out of the gradient. Why replay: items the policy gets wrong are
where the signal is (GuardReasoner-Omni mines them before RL, arXiv 2602.03328); here they come
back `replay_after` steps later, for up to `hard_share` of a draw, until the policy gets them
right. Both compose with the adaptive curriculum (rl.curriculum), whose parked prompts are passed
over.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from reasonrl.errors import DataError
from reasonrl.rl.curriculum import Curriculum


def prompt_id(record: dict) -> str:
    return str(record.get("id") or record.get("question"))


def strata(records: list[dict], field: str | None) -> dict[str, list[int]]:
    """Record indices by the value of `field` (one stratum "" without a field), in record order."""
    out: dict[str, list[int]] = {}
    for i, r in enumerate(records):
        out.setdefault(str(r.get(field)) if field else "", []).append(i)
    return out


@dataclass
class _Stratum:
    """An epoch-shuffled cursor over one stratum's records (indices into the sampler's list)."""

    members: list[int]
    key: str
    epoch: int = 0
    pos: int = 0
    order: list[int] = field(default_factory=list)

    def shuffle(self, seed: int, balanced: bool) -> None:
        # one stratum keeps the historical int seed, so unbalanced runs draw what they always drew
        rng = random.Random(f"{seed}:{self.epoch}:{self.key}" if balanced else seed + self.epoch)
        self.order = list(self.members)
        rng.shuffle(self.order)

    def take(self, seed: int, balanced: bool) -> int:
        if not self.order:
            self.shuffle(seed, balanced)
        if self.pos >= len(self.order):
            self.epoch, self.pos = self.epoch + 1, 0
            self.shuffle(seed, balanced)
        self.pos += 1
        return self.order[self.pos - 1]


@dataclass
class PromptSampler:
    """Every rank holds the same sampler and draws the same prompts.

    balance_by: a record field (e.g. `answer`); each draw of n gives its strata (the field's
    values) n/k slots each, the remainder rotating from draw to draw. hard_share > 0: prompts whose
    last group scored a pass rate below `hard_below` are replayed after `replay_after` steps, up to
    that share of a draw, each in its own stratum's slot (so replay does not unbalance a draw)."""

    records: list[dict]
    seed: int
    curriculum: Curriculum | None = None
    balance_by: str | None = None
    hard_share: float = 0.0
    hard_below: float = 0.5
    replay_after: int = 2
    rotation: int = 0
    hard: dict[str, int] = field(default_factory=dict)  # prompt id -> the step it is due back
    _strata: list[_Stratum] = field(default_factory=list, repr=False)
    _index: dict[str, int] = field(default_factory=dict, repr=False)  # prompt id -> record index
    _stratum_of: dict[int, int] = field(default_factory=dict, repr=False)  # record index -> stratum

    def __post_init__(self) -> None:
        lacking = [prompt_id(r) for r in self.records if self.balance_by and r.get(self.balance_by) is None]
        if lacking:
            raise DataError(
                f"rl.sampler.balance_by: '{self.balance_by}' is missing in {len(lacking)} prompt record(s), "
                f"e.g. {lacking[:3]}",
                hint="balance by a field every training record carries (e.g. answer)",
            )
        groups = strata(self.records, self.balance_by)
        self._strata = [_Stratum(groups[k], k) for k in sorted(groups)]
        self._index = {prompt_id(r): i for i, r in enumerate(self.records)}
        self._stratum_of = {i: s for s, stratum in enumerate(self._strata) for i in stratum.members}

    def record(self, pid: str) -> dict:
        """The record of a prompt id this sampler drew."""
        return self.records[self._index[pid]]

    def next(self, n: int, step: int = 0) -> list[dict]:
        k, balanced = len(self._strata), self.balance_by is not None
        slots = [(self.rotation + i) % k for i in range(n)]
        self.rotation = (self.rotation + n) % k
        replay = self._due(step, int(self.hard_share * n))
        out = []
        for s in slots:
            mine = [pid for pid in replay if self._stratum_of.get(self._index.get(pid, -1)) == s]
            if mine:
                replay.remove(mine[0])
                self.hard[mine[0]] = step + self.replay_after  # replayed: due again only if still wrong
                out.append(self.record(mine[0]))
                continue
            out.append(self.records[self._fresh(self._strata[s], step, balanced)])
        return out

    def _fresh(self, stratum: _Stratum, step: int, balanced: bool) -> int:
        """The stratum's next record that the curriculum has not parked (a parked one after a whole
        pass finds none: revisited early rather than starve)."""
        for _ in range(len(stratum.members)):
            i = stratum.take(self.seed, balanced)
            if not (self.curriculum and self.curriculum.parked(prompt_id(self.records[i]), step)):
                return i
        return stratum.take(self.seed, balanced)

    def _due(self, step: int, most: int) -> list[str]:
        if most <= 0:
            return []
        due = sorted((when, pid) for pid, when in self.hard.items() if when <= step)
        return [pid for _, pid in due[:most]]

    def note(self, visits: list[tuple[str, float]], step: int) -> None:
        """(prompt id, pass rate of its group) for every group drawn at `step`: a hard one is due
        back `replay_after` steps later; one the policy now gets right leaves the replay table."""
        if self.hard_share <= 0:
            return
        for pid, rate in visits:
            if rate < self.hard_below:
                self.hard.setdefault(pid, step + 1 + self.replay_after)
            else:
                self.hard.pop(pid, None)

    def state(self) -> dict:
        return {
            "strata": {s.key: [s.epoch, s.pos] for s in self._strata},
            "rotation": self.rotation,
            "hard": dict(self.hard),
            "curriculum": self.curriculum.state() if self.curriculum else None,
        }

    def load(self, state: dict) -> None:
        balanced = self.balance_by is not None
        for s in self._strata:
            s.epoch, s.pos = state["strata"][s.key]
            s.shuffle(self.seed, balanced)
        self.rotation, self.hard = state["rotation"], dict(state["hard"])
        if self.curriculum is not None and state.get("curriculum"):
            self.curriculum = Curriculum.from_state(state["curriculum"])


def labelled_subset(records: list[dict], n: int, balance_by: str | None, seed: int) -> list[dict]:
    """The `n` training records whose labels a run may spend (the label budget), chosen before
    training so RL and the SFT baseline it is compared with see exactly the same labels, and RL
    can start from that baseline. Seeded; balanced over `balance_by` (strata take turns, a small
    stratum is taken whole) when given. Pure, and prefix-stable: a larger budget keeps every label
    a smaller one chose (raising rl.steps to continue a run only adds labels)."""
    groups, queues = strata(records, balance_by), []
    for key in sorted(groups):
        queue = [records[i] for i in groups[key]]
        random.Random(f"labels:{seed}:{key}").shuffle(queue)
        queues.append(queue)
    out: list[dict] = []
    for i in range(max(map(len, queues))):
        out += [q[i] for q in queues if i < len(q)]
    return out[:n]
