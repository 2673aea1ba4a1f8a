"""Ranking metrics against scikit-learn's (an independent implementation) on scores with ties,
and the label probability at the answer against a plain per-sequence forward."""

import math
import random

import pytest
from sklearn.metrics import average_precision_score, roc_auc_score

from reasonrl.eval.ranking import (
    auroc,
    average_precision,
    best_threshold,
    bootstrap,
    fpr_at_recall,
    macro_f1_at,
)
from reasonrl.verify.answers import answer_context


@pytest.mark.parametrize("seed", range(5))
def test_auroc_and_average_precision_match_scikit_learn(seed):
    rng = random.Random(seed)
    y = [rng.random() < 0.4 for _ in range(60)]
    s = [round(rng.random() + 0.4 * t, 1) for t in y]  # rounded: many ties
    assert auroc(y, s) == pytest.approx(roc_auc_score(y, s))
    assert average_precision(y, s) == pytest.approx(average_precision_score(y, s))
    lo, hi = bootstrap(auroc, y, s, rounds=200, seed=seed)
    assert lo < auroc(y, s) < hi


def test_fpr_at_recall_and_the_threshold_chosen_for_macro_f1():
    y = [True, True, True, True, False, False, False, False]
    s = [0.9, 0.8, 0.7, 0.2, 0.75, 0.3, 0.1, 0.05]
    assert fpr_at_recall(y, s, 0.75) == 0.25  # threshold 0.7 catches 3 of 4 and one benign item
    assert fpr_at_recall(y, s, 1.0) == 0.5
    t = best_threshold(y, s)
    assert macro_f1_at(y, s, t) == max(macro_f1_at(y, s, c) for c in s + [1.0])
    assert math.isnan(auroc([True, True], [0.1, 0.2]))


@pytest.mark.parametrize(
    "completion, context",
    [
        ("<think>rule 2</think> <answer>hateful: threat</answer>", "<think>rule 2</think> <answer>"),
        ("<think>no rule</think> then non-hateful", "<think>no rule</think> <answer>"),
        ("no tags at all  ", "no tags at all <answer>"),
    ],
)
def test_the_answer_context_is_the_completion_up_to_its_answer(completion, context):
    assert answer_context(completion) == context


@pytest.mark.parametrize("items", [1, 3])
def test_label_scores_equal_a_plain_forward_per_sequence(items, model_cache):
    import torch

    from reasonrl import tasks
    from reasonrl.eval.scores import label_scores
    from reasonrl.generation.base import prompt_text
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm("embedded:tiny-test")
    task = tasks.get("moderation")
    recs = [
        {"id": str(i), "question": q, "answer": "hateful", "language": "en"}
        for i, q in enumerate(["I hate them all.", "Lovely weather today.", "They should all die."][:items])
    ]
    prompts = [task.render(r, tok) for r in recs]
    completions = ["<think>x</think> <answer>hateful</answer>", "<think>y</think>", "z"][:items]
    labels = [("hateful", "non-hateful")] * items
    got = label_scores(model, tok, prompts, completions, labels)

    def logp(ctx, label):
        c = tok(ctx, add_special_tokens=False).input_ids
        ids = tok(label, add_special_tokens=False).input_ids
        with torch.no_grad():
            out = torch.log_softmax(model(input_ids=torch.tensor([c + ids])).logits[0].float(), -1)
        return sum(out[len(c) - 1 + i, t].item() for i, t in enumerate(ids))

    for p, c, g in zip(prompts, completions, got, strict=True):
        ctx = prompt_text(tok, p) + answer_context(c)
        a, b = logp(ctx, "hateful"), logp(ctx, "non-hateful")
        assert g == pytest.approx(1 / (1 + math.exp(b - a)), abs=1e-4) and 0 < g < 1


def test_a_cluster_bootstrap_draws_whole_clusters_and_widens_the_ci_of_correlated_items():
    """Items copied within a cluster (one template's translations) are one draw: each resample holds
    whole clusters, as many as there are, and the CI is wider than the item bootstrap's, which
    counts every copy as evidence. Without clusters the resamples are the item bootstrap's."""
    from reasonrl.eval.ranking import resample

    clusters = [c for c in range(12) for _ in range(c % 3 + 1)]  # sizes 1, 2, 3
    rng = random.Random(0)
    for _ in range(20):
        idx = resample(len(clusters), rng, clusters)
        drawn = [clusters[i] for i in idx]
        sizes = {c: clusters.count(c) for c in set(clusters)}
        assert all(drawn.count(c) % sizes[c] == 0 for c in set(drawn))
        assert sum(drawn.count(c) // sizes[c] for c in set(drawn)) == 12
    a, b = random.Random(5), random.Random(5)
    assert resample(30, a) == [b.randrange(30) for _ in range(30)]

    rng = random.Random(1)
    y, s, cl = [], [], []
    for c in range(16):  # 16 clusters of 10 near-identical items: 16 draws of evidence, not 160
        pos, score = c % 2 == 0, rng.random()
        y += [pos] * 10
        s += [score + rng.uniform(0, 1e-3) for _ in range(10)]
        cl += [c] * 10
    lo_i, hi_i = bootstrap(auroc, y, s, rounds=300)
    lo_c, hi_c = bootstrap(auroc, y, s, rounds=300, clusters=cl)
    assert hi_c - lo_c > 1.8 * (hi_i - lo_i)
