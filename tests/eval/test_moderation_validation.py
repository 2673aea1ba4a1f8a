"""The validation comparison (benchmarks/moderation_validation.py): its macro-F1 is scikit-learn's,
and its paired bootstrap finds a real difference on the same items and not a fake one."""

import importlib.util
import random
from pathlib import Path

import pytest

SPEC = importlib.util.spec_from_file_location(
    "moderation_validation", Path(__file__).parents[2] / "benchmarks/moderation_validation.py"
)
val = importlib.util.module_from_spec(SPEC)
SPEC.loader.exec_module(val)


def test_macro_f1_is_scikit_learns():
    from sklearn.metrics import f1_score

    rng = random.Random(3)
    for _ in range(20):
        gold = [rng.random() < 0.5 for _ in range(40)]
        pred = [rng.random() < 0.3 for _ in range(40)]
        want = f1_score(gold, pred, average="macro", zero_division=0)
        assert val.macro_f1(pred, gold) == pytest.approx(want)
    assert val.macro_f1([True] * 4, [True, False, True, False]) == pytest.approx(1 / 3)  # a constant


def test_the_paired_bootstrap_tells_a_real_gain_from_noise():
    rng = random.Random(0)
    gold = [i % 2 == 0 for i in range(100)]
    coin = [rng.random() < 0.5 for _ in gold]
    good = [g if rng.random() < 0.85 else not g for g in gold]
    real = val.paired(good, coin, gold)
    assert real["diff"] > 0.2 and real["ci95"][0] > 0 and real["p"] < 0.01
    same = val.paired(coin, coin, gold)
    assert same["diff"] == 0 and same["p"] == 1.0  # no difference: never "better"


def test_a_cross_fitted_threshold_recovers_a_shifted_score_and_not_noise():
    """A model whose scores rank the items perfectly but all sit below 0.5 answers one label
    greedily (macro-F1 ~0.33); a threshold chosen on the other half recovers it. Scores that do not
    rank stay near a coin however the threshold is chosen."""
    rng = random.Random(1)
    gold = [i % 2 == 0 for i in range(200)]
    shifted = [0.3 + (0.1 if g else 0.0) + rng.uniform(0, 0.05) for g in gold]
    assert val.crossfit_threshold(gold, shifted)["macro_f1"] == 1.0
    assert val.macro_f1([s >= 0.5 for s in shifted], gold) < 0.34
    noise = [rng.random() for _ in gold]
    fit = val.crossfit_threshold(gold, noise)
    assert 0.3 < fit["macro_f1"] < 0.65 and len(fit["thresholds"]) == 2


def test_the_thresholds_paired_test_chooses_them_again_in_every_resample():
    """Copies of one item in a resample share a fold; a better-ranked score beats a coin at
    cross-fitted thresholds, and a score against itself is never better."""
    rng = random.Random(2)
    gold = [i % 2 == 0 for i in range(80)]
    ranked = [0.2 + (0.1 if g else 0.0) + rng.uniform(0, 0.12) for g in gold]
    coin = [rng.random() for _ in gold]
    idx = [rng.randrange(80) for _ in range(80)]  # a resample: some items twice or more
    fit = val.crossfit_threshold([gold[i] for i in idx], [ranked[i] for i in idx], items=idx)
    fold = {}
    assert all(fold.setdefault(i, f) == f for i, f in zip(idx, fit["fold_of"], strict=True))
    assert len(set(fit["fold_of"])) == 2 and len(set(idx)) < 80
    plain = val.crossfit_threshold(gold, ranked)
    assert plain == val.crossfit_threshold(gold, ranked, items=list(range(80)))  # distinct items: as before
    real = val.paired_crossfit(ranked, coin, gold, rounds=300)
    assert real["diff"] > 0.2 and real["ci95"][0] > 0 and real["p"] < 0.01
    same = val.paired_crossfit(coin, coin, gold, rounds=100)
    assert same["diff"] == 0 and same["p"] == 1.0


def test_the_direct_read_is_the_label_score_after_an_empty_reasoning(model_cache):
    """direct_scores reads P(violating) at `<think></think> <answer>` (where SFT's target is
    taught), per item in the order asked, whether or not the rendered prompt opens the thought.
    The task is a stand-in with the real interface (render, labels) and a prompt short enough for
    the tiny model's 256 positions (the moderation prompt's content policy is ~2,000 tokens)."""
    from types import SimpleNamespace

    from reasonrl.eval.scores import label_scores
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm("embedded:tiny-test")
    labels = ("A", "B")  # one character each: the tiny model's character tokens, no length bias
    recs = [{"id": "0", "question": "I hate them all."}, {"id": "1", "question": "Lovely weather."}]
    for opens in ("Assistant: <think>", "Assistant:"):
        task = SimpleNamespace(
            render=lambda r, tok, o=opens: f"Message: {r['question']}\n{o}", labels=lambda r: labels
        )
        got = val.direct_scores(model, tok, task, recs, ["1", "0"])
        prompts = [task.render(r, tok) for r in (recs[1], recs[0])]
        empty = "</think>" if opens.endswith("<think>") else "<think></think>"
        assert got == pytest.approx(label_scores(model, tok, prompts, [empty] * 2, [labels] * 2))
        assert got[0] != pytest.approx(got[1], abs=1e-6) and all(0 < g < 1 for g in got)
        reasoned = label_scores(
            model, tok, prompts, [empty[:-8] + "they are people</think>"] * 2, [labels] * 2
        )
        assert got != pytest.approx(reasoned, abs=1e-6)  # no reasoning is read


def test_a_gain_on_one_template_is_not_significant_when_templates_are_resampled():
    """A model that beats the reference only on the 40 translations of one template wins the item
    bootstrap (40 'independent' wins) but not the cluster bootstrap (one template of 21)."""
    gold = [i % 2 == 0 for i in range(200)]
    clusters = [0] * 40 + [1 + (i % 20) for i in range(160)]
    ref = [not g if i < 40 else g == (i % 4 == 0) for i, g in enumerate(gold)]
    pred = [g if i < 40 else r for i, (g, r) in enumerate(zip(gold, ref, strict=True))]
    items = val.paired(pred, ref, gold, rounds=500)
    whole = val.paired(pred, ref, gold, rounds=500, clusters=clusters)
    assert items["diff"] == whole["diff"] > 0.1
    assert items["p"] < 0.01 and whole["p"] > 0.05 and whole["ci95"][0] <= 0 < items["ci95"][0]


def test_the_figures_take_templates_as_the_unit():
    """_figures: AUROC with a CI over whole templates, thresholds chosen on other templates (each
    template's items sit in one fold); _compare then tests every model against the first."""
    from reasonrl.eval.ranking import auroc

    rng = random.Random(4)
    clusters = [f"t{i // 6}" for i in range(120)]  # 20 templates of 6 items, one label each
    gold = [int(c[1:]) % 2 == 0 for c in clusters]
    good = {"ids": list(range(120)), "gold_violating": gold, "scores": [0.5 * g + rng.random() for g in gold]}
    coin = {"ids": list(range(120)), "gold_violating": gold, "scores": [rng.random() for _ in gold]}
    for m in (good, coin):
        val._figures(m, clusters)
        assert m["auroc"] == auroc(gold, m["scores"])
        lo, hi = m["auroc_template_ci95"]
        assert lo <= m["auroc"] <= hi
        folds = {}
        assert all(
            folds.setdefault(c, f) == f
            for c, f in zip(clusters, m["threshold_crossfit"]["fold_of"], strict=True)
        )
    val._compare({"coin": coin, "good": good}, clusters)
    assert good["vs_coin_crossfit"]["diff"] > 0 and good["vs_coin_crossfit"]["p"] < 0.05
