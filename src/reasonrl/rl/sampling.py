"""The rollout half of an RL step: prompts -> G completions each -> rewards, across ranks.

Each rank generates and scores its share of the step's prompts; the groups are gathered so
every rank holds the whole step batch in the same order. Sample j of a prompt is seeded by
(seed, step, draw, prompt position), so what is sampled does not depend on the world size.
"""

from __future__ import annotations

import time
from dataclasses import replace

import torch

from reasonrl import rewards as reward_lib
from reasonrl import tasks
from reasonrl.config.models import RLRun
from reasonrl.errors import ConfigError, DataError
from reasonrl.generation.seeding import rollout_seed
from reasonrl.rewards.monitor import VERIFIERS, hacking_stats, monitored_pair
from reasonrl.rl import likelihood
from reasonrl.rl.distributed import Dist
from reasonrl.rl.prompts import PromptSampler
from reasonrl.rl.prompts import prompt_id as _pid

__all__ = [
    "PromptSampler",
    "sample_groups",
    "score",
    "check_curriculum",
    "check_reward_fields",
    "hacking_metrics",
]

LENGTH_AWARE = {"cosine_length", "kimi_length"}  # rewards that need the verifier's verdicts


# What score() passes every reward term: record fields and what the trainer knows of a rollout.
SUPPLIED_FIELDS = frozenset(
    {
        "answer",
        "task",
        "prompt",
        "lengths",
        "group_size",
        "max_new_tokens",
        "correct",
        likelihood.SCORED,  # a forward of the policy: computed only for a term that asks
    }
)


def record_fields(term, task_name: str) -> tuple[list[str], list[str]]:
    """(fields the term gets from the task's records, required fields nobody supplies) for one
    reward term: its declared parameters that are neither trainer-supplied nor set in its params."""
    required, optional = reward_lib.declared_fields(term.name)
    carried = tasks.get(task_name).fields if task_name in tasks.TASKS else frozenset()
    own = set(SUPPLIED_FIELDS) | set(getattr(term, "params", {}))
    wanted = sorted((required | optional) - own)
    return [f for f in wanted if f in carried], [f for f in sorted(required - own) if f not in carried]


def check_reward_fields(cfg: RLRun) -> None:
    """Fail before training when a reward term asks for a field that neither the trainer nor the
    task's records supply, naming the term and the field (the gold label's probability: only a
    classifier's records have labels)."""
    for term in cfg.rewards:
        if (
            likelihood.SCORED in reward_lib.declared_fields(term.name)[0]
            and tasks.get(cfg.task).labels is None
        ):
            raise ConfigError(
                f"reward term '{term.name}' reads the gold label's probability, and task '{cfg.task}' "
                "is not a classifier (it has no labels)",
                hint="use it on a classification task (e.g. moderation), or drop the term",
            )
        _, missing = record_fields(term, cfg.task)
        if missing:
            raise ConfigError(
                f"reward term '{term.name}' needs the field(s) {missing}, which task '{cfg.task}' "
                f"records do not carry (they carry: {sorted(tasks.get(cfg.task).fields) or 'none'})",
                hint=f"use a task whose records carry {missing}, or set them in the term's params",
            )


def _record_values(cfg: RLRun, recs: list[dict]) -> dict[str, list]:
    """Per-sample record fields the reward terms asked for; a record lacking a required one is a
    data error."""
    out: dict[str, list] = {}
    for term in cfg.rewards:
        for name in record_fields(term, cfg.task)[0]:
            required = name in reward_lib.declared_fields(term.name)[0]
            lacking = [r.get("id", "?") for r in recs if r.get(name) is None]
            if required and lacking:
                raise DataError(
                    f"reward term '{term.name}' needs the record field '{name}', missing in record(s) "
                    f"{lacking[:5]}",
                    hint="fix the records or drop the term",
                )
            out[name] = [r.get(name) for r in recs]
    return out


def score(
    cfg: RLRun, rollouts, records: list[dict], step: int = 0, policy=None
) -> tuple[torch.Tensor, dict[str, list[float]]]:
    """Rewards [B] for rollouts and the per-component scores. Length-aware rewards get the
    completion lengths, the verifier's verdicts (`correct`), the group size and the budget; a term
    asking for `gold_label_probability` gets the policy's (model, tokenizer) `policy` reading of it
    (rl.likelihood)."""
    recs = [records[r.prompt_index] for r in rollouts]
    completions = [r.completion for r in rollouts]
    tasks_of = [rec.get("task") or cfg.task for rec in recs]
    fields = {
        "answer": [rec["answer"] for rec in recs],
        "task": tasks_of,
        "prompt": [r.prompt for r in rollouts],
        "lengths": [len(r.completion_ids) for r in rollouts],
        "group_size": cfg.group_size,
        "max_new_tokens": cfg.sampling.max_new_tokens,
        **_record_values(cfg, recs),
    }
    if any(t.name in LENGTH_AWARE for t in cfg.rewards):  # verdicts cost a verifier call: only when used
        fields["correct"] = [
            tasks.get(t).verdict(c, rec) for t, c, rec in zip(tasks_of, completions, recs, strict=True)
        ]
    if any(likelihood.SCORED in reward_lib.declared_fields(t.name)[0] for t in cfg.rewards):
        if policy is None:
            raise ConfigError(
                f"a reward term needs '{likelihood.SCORED}', and no policy was given to score it"
            )
        model, tok = policy
        fields[likelihood.SCORED] = likelihood.gold_label_probability(model, tok, rollouts, records, cfg.task)
    total, parts = reward_lib.compose(cfg.rewards, completions, step=step, total_steps=cfg.steps, **fields)
    return torch.tensor(total, dtype=torch.float32), parts


def _draw(
    cfg: RLRun,
    engine,
    params,
    sampler: PromptSampler,
    step: int,
    draw: int,
    seed: int,
    dist: Dist,
    policy=None,
):
    """One draw of prompts_per_step prompts: this rank's share generated and scored, then gathered.
    Returns (rollouts, rewards [P*G], parts, prompt ids [P], seconds spent generating and scoring)
    in global prompt order."""
    records = sampler.next(cfg.prompts_per_step, step)
    mine = dist.shard(len(records))
    local = records[mine]
    prompts = [tasks.get(r.get("task") or cfg.task).render(r, engine.tok) for r in local]
    seeds = [rollout_seed(seed, step, draw, mine.start + i) for i in range(len(local))]
    t0 = time.perf_counter()
    rollouts = engine.generate(prompts, params, seeds=seeds)
    t1 = time.perf_counter()
    rewards, parts = score(cfg, rollouts, local, step, policy)
    seconds = {"time_generate_s": t1 - t0, "time_score_s": time.perf_counter() - t1}
    rollouts = [replace(r, prompt_index=r.prompt_index + mine.start) for r in rollouts]
    shards = dist.gather((rollouts, rewards.tolist(), parts))
    all_rollouts = [r for s in shards for r in s[0]]
    all_rewards = torch.tensor([x for s in shards for x in s[1]], dtype=torch.float32)
    all_parts = {k: [x for s in shards for x in s[2][k]] for k in shards[0][2]}
    return all_rollouts, all_rewards, all_parts, [_pid(r) for r in records], seconds


def sample_groups(
    cfg: RLRun,
    engine,
    params,
    sampler: PromptSampler,
    step: int,
    seed: int = 0,
    dist: Dist | None = None,
    policy=None,
):
    """Rollouts [B = prompts_per_step * G], rewards [B] and reward components for one step, and
    sampling stats (with `_prompt_ids`: the prompts whose groups the update uses). `policy`: the
    trained (model, tokenizer), for a reward read from the policy itself (score).

    With DAPO dynamic sampling (Yu et al. 2025, arXiv:2503.14476, sec. 3.2) a group whose G
    rewards are all equal carries no advantage signal: it is dropped and more prompts are drawn,
    up to `dynamic_sampling_batches` draws; a step that finds too few keeps what it has, padded
    with the last draw's groups so the batch size stays fixed."""
    dist, g = dist or Dist(), cfg.group_size
    clock = {"time_generate_s": 0.0, "time_score_s": 0.0}
    kept: list[tuple] = []  # (group rollouts, group rewards, {name: group scores})
    spare: list[tuple] = []
    draws = dropped = 0
    while len(kept) < cfg.prompts_per_step and draws < (
        cfg.dynamic_sampling_batches if cfg.dynamic_sampling else 1
    ):
        rollouts, rewards, parts, ids, seconds = _draw(
            cfg, engine, params, sampler, step, draws, seed, dist, policy
        )
        clock = {k: clock[k] + seconds[k] for k in clock}
        draws += 1
        _track(sampler, ids, parts, g, step)
        for group in _groups(rollouts, rewards, parts, ids, g):
            tied = cfg.dynamic_sampling and bool((group[1] == group[1][0]).all())
            (spare if tied else kept).append(group)
            dropped += tied
    chosen = (kept + spare)[: cfg.prompts_per_step]
    rollouts = [r for grp in chosen for r in grp[0]]
    rewards = torch.cat([grp[1] for grp in chosen])
    parts = {k: [x for grp in chosen for x in grp[2][k]] for k in chosen[0][2]}
    stats = {
        **clock,
        "sampling/draws": float(draws),
        "sampling/dropped_groups": float(dropped),
        **label_metrics(
            cfg.task,
            [sampler.record(grp[3]) for grp in chosen for _ in grp[0]],
            [r.completion for r in rollouts],
            rewards.tolist(),
            g,
        ),
        "_prompt_ids": [grp[3] for grp in chosen],
    }  # popped by the trainer: the labels this step used
    return (
        rollouts,
        rewards,
        parts,
        {**stats, **(sampler.curriculum.stats(step + 1) if sampler.curriculum else {})},
    )


def _groups(rollouts: list, rewards, parts: dict, ids: list, g: int) -> list[tuple]:
    """One draw cut into its prompts' groups: (G rollouts, rewards [G], {name: G scores}, prompt id)."""
    return [
        (
            rollouts[i * g : (i + 1) * g],
            rewards[i * g : (i + 1) * g],
            {k: v[i * g : (i + 1) * g] for k, v in parts.items()},
            ids[i],
        )
        for i in range(len(rewards) // g)
    ]


def label_metrics(
    task_name: str, records: list[dict], completions: list[str], rewards: list[float], group: int = 1
) -> dict:
    """For a classification task (one with `decide`), per step: the share of rollouts predicting
    each label (`labels/share/<label>`, unparseable included) and the largest (`labels/max_share`);
    the share of groups whose most frequent parsed label is each label (`labels/mode/<label>`, a tie
    counts for none) and the largest (`labels/mode_max_share`); the mean reward per gold label
    (`labels/reward/<gold>`). Records are per rollout, `group` consecutive rollouts per prompt.

    Why the group mode: a group's modal answer approximates the greedy decision on that prompt, and
    the greedy decision is what a deployed classifier returns. Sampled at temperature 1, a policy
    can say `hateful` in 84% of rollouts while its greedy answer is `hateful` on every item (issue
    22's study): the rollout share hid that collapse; the mode share shows it. {} otherwise."""
    decide = [getattr(tasks.get(r.get("task") or task_name), "decide", None) for r in records]
    if not records or any(d is None for d in decide):
        return {}
    said = [d(c, r) for d, c, r in zip(decide, completions, records, strict=True)]
    n = len(said)
    shares = {label: sum(x == label for x in said) / n for label in {x for x in said if x is not None}}
    out = {f"labels/share/{label}": v for label, v in sorted(shares.items())}
    out["labels/share/unparseable"] = sum(x is None for x in said) / n
    out["labels/max_share"] = max(shares.values(), default=0.0)
    modes = [_mode(said[i : i + group]) for i in range(0, n, group)]
    mode_shares = {label: modes.count(label) / len(modes) for label in shares}
    out |= {f"labels/mode/{label}": v for label, v in sorted(mode_shares.items())}
    out["labels/mode_max_share"] = max(mode_shares.values(), default=0.0)
    for gold in sorted({r["answer"] for r in records}):
        mine = [x for x, r in zip(rewards, records, strict=True) if r["answer"] == gold]
        out[f"labels/reward/{gold}"] = sum(mine) / len(mine)
    return out


def _mode(labels: list[str | None]) -> str | None:
    """The most frequent parsed label of one group; None on a tie or when nothing parsed."""
    counts = sorted(((labels.count(x), x) for x in set(labels) if x is not None), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] == counts[1][0]):
        return None
    return counts[0][1]


def _track(sampler: PromptSampler, ids: list[str], parts: dict[str, list[float]], g: int, step: int) -> None:
    """Each drawn group's pass rate under the first verifier term, into the curriculum and the
    sampler's hard-item replay."""
    verifier = next((v for v in VERIFIERS if v in parts), None)
    if verifier is None:
        return
    scores = parts[verifier]
    visits = [(pid, sum(1.0 for x in scores[i * g : (i + 1) * g] if x > 0) / g) for i, pid in enumerate(ids)]
    if sampler.curriculum is not None:
        sampler.curriculum.update(visits, step)
    sampler.note(visits, step)


def check_curriculum(cfg: RLRun) -> None:
    """A curriculum needs pass rates: a verifier term among the rewards."""
    if cfg.curriculum.enabled and not any(t.name in VERIFIERS for t in cfg.rewards):
        raise ConfigError(
            "rl.curriculum needs a verifier reward term to measure pass rates",
            hint=f"add one of {', '.join(VERIFIERS)} to rl.rewards (weight 0 keeps it out of the reward)",
        )


def hacking_metrics(parts: dict[str, list[float]], rollouts) -> dict:
    """With a learned reward beside a verifier: their agreement, and (under `_flagged`, written
    to hacking.jsonl by the loop) the completions the learned reward rates high but that fail."""
    pair = monitored_pair(parts)
    if pair is None:
        return {}
    learned, verifier = pair
    found = hacking_stats(parts[learned], parts[verifier])
    return {
        "hacking/agreement": found["agreement"],
        "hacking/flagged": float(len(found["flagged"])),
        "_flagged": [
            {
                "prompt": rollouts[i].prompt,
                "completion": rollouts[i].completion,
                learned: parts[learned][i],
                verifier: parts[verifier][i],
            }
            for i in found["flagged"]
        ],
    }
