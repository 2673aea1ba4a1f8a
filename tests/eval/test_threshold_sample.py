"""The served threshold's sample size (benchmarks/moderation_threshold_sample.py): a threshold chosen
on some templates is scored on the others, and more items choose it better when the score is noisy."""

import importlib.util
import random
import statistics
from pathlib import Path

SPEC = importlib.util.spec_from_file_location(
    "moderation_threshold_sample", Path(__file__).parents[2] / "benchmarks/moderation_threshold_sample.py"
)
mod = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(mod)


def _items(n_templates: int, per_template: int, noise: float, seed: int = 0):
    rng = random.Random(seed)
    gold, scores, templates = [], [], []
    for t in range(n_templates):
        for k in range(per_template):
            g = k % 2 == 0
            gold.append(g)
            scores.append((0.6 if g else 0.4) + rng.gauss(0, noise))
            templates.append(f"t{t}")
    return gold, scores, templates


def test_separable_scores_need_few_items_and_random_scores_stay_at_a_coin():
    gold, scores, templates = _items(40, 4, noise=0.0)
    assert mod.replay(gold, scores, templates, 4, rounds=20) == [1.0] * 20
    rng = random.Random(1)
    noise = [rng.random() for _ in gold]
    assert 0.35 < statistics.mean(mod.replay(gold, noise, templates, 32, rounds=50)) < 0.6


def test_more_items_choose_a_better_threshold_on_noisy_scores():
    """With a weak ranking signal, a threshold chosen on 4 items lands further from the best than one
    chosen on 64: lower macro-F1 on the other templates, and more spread."""
    gold, scores, templates = _items(60, 4, noise=0.25)
    few, many = (mod.replay(gold, scores, templates, n, rounds=150) for n in (4, 64))
    assert statistics.mean(many) > statistics.mean(few) + 0.02
    assert statistics.stdev(many) < statistics.stdev(few)


def test_the_threshold_is_never_chosen_on_the_templates_it_is_scored_on(monkeypatch):
    """Every item that chooses the threshold comes from templates left out of the scoring half."""
    gold, scores, templates = _items(10, 4, noise=0.1)
    from reasonrl.eval import ranking

    chosen_on, scored_on = [], []
    real_best, real_at = ranking.best_threshold, ranking.macro_f1_at

    choosing = []

    def best(y, s):
        chosen_on.append({templates[scores.index(v)] for v in s})
        choosing.append(True)
        try:
            return real_best(y, s)
        finally:
            choosing.pop()

    def at(y, s, t):
        if not choosing:  # the scoring call, not best_threshold's own search
            scored_on.append({templates[scores.index(v)] for v in s})
        return real_at(y, s, t)

    monkeypatch.setattr(ranking, "best_threshold", best)
    monkeypatch.setattr(ranking, "macro_f1_at", at)
    mod.replay(gold, scores, templates, 6, rounds=10)
    assert len(chosen_on) == len(scored_on) == 10
    assert all(not (a & b) for a, b in zip(chosen_on, scored_on, strict=True))
