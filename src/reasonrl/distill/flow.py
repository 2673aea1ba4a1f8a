"""The distillation flow, from a loaded teacher to a trained student: the teacher samples k
answers per prompt with the policy's own sampling settings on the recipe's rollout engine, one
correct trace per prompt is kept (`select.py`), and the student learns from them by the recipe's
method, chosen by name (METHODS: `sequence`, SFT on the traces; `logit`, KD on the teacher's
token distributions). The distill stage loads the models and writes the artifacts; everything
between is here, so the stage only reads, calls and writes."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from reasonrl import tasks
from reasonrl._registry import Registry
from reasonrl.config.models import Recipe
from reasonrl.distill.kd import logit_kd
from reasonrl.distill.select import Traces, select_traces
from reasonrl.distill.sft import sft
from reasonrl.errors import DataError
from reasonrl.generation import ENGINES, SamplingParams


@dataclass(frozen=True)
class Lesson:
    """What a method trains on: the kept traces of the teacher (`traces`), for the `records` they
    were sampled for; `tok` is the student's tokenizer."""

    recipe: Recipe
    records: list[dict]
    traces: Traces
    student: Any
    teacher: Any
    tok: Any
    progress: bool


METHODS: Registry[Callable[[Lesson], list[float]]] = Registry("distillation method")


@METHODS.register("sequence")
def sequence_kd(lesson: Lesson) -> list[float]:
    """Sequence-level KD: supervised fine-tuning on the traces (works across vocabularies)."""
    cfg = lesson.recipe.distill
    return sft(lesson.student, lesson.tok, lesson.traces.examples, cfg, lesson.recipe.seed, lesson.progress)


@METHODS.register("logit")
def logit(lesson: Lesson) -> list[float]:
    """Logit-level KD on the traces or, on-policy, on the student's own samples of the prompts a
    trace was kept for, generated on the recipe's rollout engine."""
    recipe, task = lesson.recipe, tasks.get(lesson.recipe.task)
    kept = zip(lesson.records, lesson.traces.kept, strict=True)
    prompts = [task.render(r, lesson.tok) for r, ok in kept if ok]
    return logit_kd(
        lesson.student,
        lesson.teacher,
        lesson.tok,
        lesson.traces.examples,
        recipe.distill,
        recipe.seed,
        lesson.progress,
        prompts=prompts,
        sampling=recipe.sampling,
        engine=recipe.rl.engine,
    )


def teacher_traces(recipe: Recipe, records: list[dict], teacher, tok) -> Traces:
    """The teacher's k samples per prompt (the policy's own sampling: the teacher here is the RL
    policy, on the recipe's engine), reduced to one correct trace per prompt. A teacher that
    solved nothing is a data error: there is nothing to learn from."""
    cfg, task = recipe.distill, tasks.get(recipe.task)
    params = SamplingParams.of(recipe.sampling, n=cfg.samples_per_prompt)
    engine = ENGINES.get(recipe.rl.engine)(teacher, tok)
    rollouts = engine.generate([task.render(r, tok) for r in records], params)
    traces = select_traces(
        records, rollouts, cfg.samples_per_prompt, task.grade, cfg.selection, cfg.max_trace_share, recipe.seed
    )
    if not traces.examples:
        raise DataError(
            "the teacher solved none of the distillation prompts", hint="train the teacher longer"
        )
    return traces


@dataclass
class Distilled:
    """The trained student, its tokenizer, the traces it learned from and the loss per step."""

    student: Any
    tok: Any
    traces: Traces
    losses: list[float]

    def report(self, recipe: Recipe, prompts: int) -> dict:
        """What the distill stage reports: how many traces were kept and how long they were
        against the teacher's samples (the point of a short-CoT student), and the final loss."""
        traces, cfg = self.traces, recipe.distill
        return {
            "prompts": prompts,
            "traces_kept": len(traces.examples),
            "selection": cfg.selection,
            "method": cfg.method,
            "teacher_sample_tokens_mean": sum(traces.sample_tokens) / len(traces.sample_tokens),
            "kept_trace_tokens_mean": sum(traces.kept_tokens) / len(traces.kept_tokens),
            "final_loss": self.losses[-1],
            "token_budget": None if traces.budget == float("inf") else traces.budget,
        }


def distill(
    recipe: Recipe, records: list[dict], teacher, tok, load_student: Callable[[], tuple], place, progress=True
) -> Distilled:
    """Traces from the teacher, then the student (loaded by `load_student` only once there are
    traces to learn from) trained on them by `recipe.distill.method` under the placement's
    autocast."""
    traces = teacher_traces(recipe, records, teacher, tok)
    student, stok = load_student()
    lesson = Lesson(recipe, records, traces, student, teacher, stok, progress)
    with place.autocast():
        losses = METHODS.get(recipe.distill.method)(lesson)
    return Distilled(student, stok, traces, losses)
