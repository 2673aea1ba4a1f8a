"""Evaluate a model on prompt records: k samples per prompt, graded by the task's verifier."""

from __future__ import annotations

import hashlib
import time

from reasonrl import tasks
from reasonrl.config.models import EvalConfig
from reasonrl.data.splits import unit_hash
from reasonrl.eval import moderation as _moderation  # noqa: F401  (registers its task metrics)
from reasonrl.eval.compare import CLUSTER_FIELD
from reasonrl.eval.metrics import breakdown, summarize
from reasonrl.eval.scores import label_scores
from reasonrl.eval.task_metrics import TASK_METRICS
from reasonrl.generation import ENGINES, SamplingParams
from reasonrl.generation.seeding import record_seed

GROUP_FIELDS = ("language", "subject", "held_out")  # record fields that get a per-value breakdown
SHOWN_CHARS = 300  # of the question and gold answer kept with each sample, for the report's sample table


def eval_set_hash(records: list[dict]) -> str:
    """Identifies the prompts evaluated: champion/challenger comparisons require equal hashes."""
    return hashlib.sha256("\n".join(sorted(r["id"] for r in records)).encode()).hexdigest()


def select(
    records: list[dict], limit: int | None, stratify: list[str] | tuple = (), seed: int = 0
) -> list[dict]:
    """At most `limit` records. Unstratified: the first ones. Stratified: the strata (records sharing
    the values of the `stratify` fields) take turns, each in a seeded order, so every held-out set
    and label gets its share and a small stratum is taken whole rather than crowded out."""
    if not limit or len(records) <= limit:
        return records
    if not stratify:
        return records[:limit]
    strata: dict[tuple, list[dict]] = {}
    for r in sorted(records, key=lambda r: unit_hash(str(r["id"]), seed)):
        strata.setdefault(tuple(str(r.get(f)) for f in stratify), []).append(r)
    queues, out = [strata[k] for k in sorted(strata)], []
    for i in range(max(map(len, queues))):
        out += [q[i] for q in queues if i < len(q)]
    return out[:limit]


def evaluate_model(
    model,
    tokenizer,
    records: list[dict],
    cfg: EvalConfig,
    default_task: str,
    seed: int = 0,
    progress: bool = True,
    threshold: float | None = None,
    engine: str = "hf",
) -> tuple[dict, list[dict]]:
    """Returns (metrics, samples). Sample j of a prompt is seeded by (seed, prompt id, j), so two
    models (champion and challenger) are compared on the same prompts and random streams. For a
    classification task each sample also gets `score`, the probability of the positive label at its
    answer (eval.scores); `threshold` (chosen on a validation split) is applied to those scores.
    `engine`: the rollout engine that generates (ENGINES: hf, vllm; the recipe's rl.engine)."""
    from tqdm import tqdm

    records = select(records, cfg.limit, cfg.stratify, seed)
    # items under one content policy (or system prompt) batch together, so their common prefix runs once
    records = sorted(records, key=lambda r: str(r.get("policy") or ""))
    engine = ENGINES.get(engine)(model, tokenizer, batch_size=cfg.batch_size * cfg.samples)
    params = SamplingParams.of(cfg.sampling, n=cfg.samples)
    correct, tokens, truncated, answers, samples = [], [], [], [], []
    t_gen = t_grade = t_score = 0.0
    bar = tqdm(total=len(records), desc="evaluate", unit="item", disable=not progress)  # items, not batches
    for start in range(0, len(records), cfg.batch_size):
        chunk = records[start : start + cfg.batch_size]
        task_of = [tasks.get(r.get("task") or default_task) for r in chunk]
        t0 = time.perf_counter()
        prompts = [t.render(r, tokenizer) for t, r in zip(task_of, chunk, strict=True)]
        rollouts = engine.generate(prompts, params, seeds=[record_seed(seed, r["id"]) for r in chunk])
        t1 = time.perf_counter()
        grades = _grade(task_of, chunk, rollouts, cfg.samples)
        t2 = time.perf_counter()
        scores = _scores(model, tokenizer, task_of, chunk, rollouts, cfg.samples, prompts)
        t_gen, t_grade, t_score = t_gen + t1 - t0, t_grade + t2 - t1, t_score + time.perf_counter() - t2
        for i, (task, rec) in enumerate(zip(task_of, chunk, strict=True)):
            group = rollouts[i * cfg.samples : (i + 1) * cfg.samples]
            correct.append(grades[i * cfg.samples : (i + 1) * cfg.samples])
            tokens.append([len(r.completion_ids) for r in group])
            truncated.append([r.truncated for r in group])
            answers.append([task.answer(r.completion, rec) for r in group])
            mine = scores[i * cfg.samples : (i + 1) * cfg.samples] if scores else [None] * len(group)
            samples += _sample_rows(rec, group, correct[-1], tokens[-1], answers[-1], mine)
        bar.update(len(chunk))
    bar.close()
    metrics = summarize(correct, tokens, truncated, answers)
    _task_metrics(metrics, records, samples, default_task, seed, threshold)
    for field in GROUP_FIELDS:
        if any(field in r for r in records):
            metrics[f"by_{field}"] = breakdown([str(r.get(field, "")) for r in records], correct, tokens)
    metrics.update(
        temperature=cfg.sampling.temperature,
        top_p=cfg.sampling.top_p,
        samples=cfg.samples,
        max_new_tokens=cfg.sampling.max_new_tokens,
        seed=seed,
        eval_set_hash=eval_set_hash(records),
        generation_tokens_per_s=sum(map(sum, tokens)) / max(t_gen, 1e-9),
        answers_graded_per_s=sum(len(c) for c in correct) / max(t_grade, 1e-9),
        time_scoring_s=t_score,
    )
    return metrics, samples


def _sample_rows(
    rec: dict, group: list, correct: list, tokens: list[int], answers: list, scores: list
) -> list[dict]:
    """One row per sample of a record: its completion, grade, length, extracted answer, the question
    and gold shown (cut to SHOWN_CHARS), the classifier score where there is one, and the record's
    group and cluster fields (breakdowns, clustered intervals)."""
    shown = {
        "question": str(rec.get("question", ""))[:SHOWN_CHARS],
        "gold": str(rec.get("answer", ""))[:SHOWN_CHARS],
    }
    return [
        {
            "id": rec["id"],
            "completion": r.completion,
            "correct": c,
            "tokens": n,
            "answer": a,
            **shown,
            **({"score": sc} if sc is not None else {}),
            **{f: rec[f] for f in (*GROUP_FIELDS, CLUSTER_FIELD) if f in rec},
        }
        for r, c, n, a, sc in zip(group, correct, tokens, answers, scores, strict=True)
    ]


def _task_metrics(
    metrics: dict,
    records: list[dict],
    samples: list[dict],
    default_task: str,
    seed: int,
    threshold: float | None = None,
) -> None:
    """Add each task's own metrics (e.g. moderation's macro-F1/FPR by language) under its name."""
    task_of = {r["id"]: r.get("task") or default_task for r in records}
    for name in sorted(set(task_of.values())):
        if name in TASK_METRICS:
            mine = [s for s in samples if task_of[s["id"]] == name]
            metrics[name] = TASK_METRICS.get(name)(
                [r for r in records if task_of[r["id"]] == name], mine, seed, threshold=threshold
            )


def _scores(
    model, tok, task_of, chunk: list[dict], rollouts, k: int, prompts: list[str]
) -> list[float] | None:
    """P(positive label) at each rollout's answer, for a chunk whose tasks are all classifiers;
    None otherwise."""
    if any(t.labels is None for t in task_of):
        return None
    return label_scores(
        model,
        tok,
        [prompts[j // k] for j in range(len(rollouts))],
        [r.completion for r in rollouts],
        [task_of[j // k].labels(chunk[j // k]) for j in range(len(rollouts))],
    )


def _grade(task_of, chunk: list[dict], rollouts, k: int) -> list[float]:
    """Grade a chunk's rollouts, batched per task (verifier pools and sandboxes take batches)."""
    out = [0.0] * len(rollouts)
    by_task: dict[str, list[int]] = {}
    for i, task in enumerate(task_of):
        by_task.setdefault(task.name, []).extend(range(i * k, (i + 1) * k))
    for name, idx in by_task.items():
        task = tasks.get(name)
        scores = task.grade_records([rollouts[j].completion for j in idx], [chunk[j // k] for j in idx])
        for j, s in zip(idx, scores, strict=True):
            out[j] = float(s)
    return out
