import pytest

from reasonrl.eval.compare import paired_comparison, per_prompt_scores


def test_per_prompt_scores_average_samples():
    rows = [{"id": "a", "correct": 1.0}, {"id": "a", "correct": 0.0}, {"id": "b", "correct": 1.0}]
    assert per_prompt_scores(rows) == {"a": 0.5, "b": 1.0}


def test_clear_win_is_significant_and_tie_is_not():
    champ = {str(i): 0.0 for i in range(40)}
    better = {str(i): 1.0 if i < 30 else 0.0 for i in range(40)}
    win = paired_comparison(better, champ)
    assert win["n"] == 40 and win["mean_diff"] == pytest.approx(0.75) and win["p_value"] < 0.001
    assert 0.6 < win["ci95"][0] <= win["ci95"][1] <= 0.9
    tie = paired_comparison(champ, champ)
    assert tie["mean_diff"] == 0 and tie["p_value"] == 1.0


def test_exact_sign_flip_p_value_on_a_small_case():
    # diffs +1, +1, -1: of 8 sign patterns, sums >= 1 are (+,+,-), (+,-,+), (-,+,+), (+,+,+) -> 4/8
    res = paired_comparison({"a": 1, "b": 1, "c": 0}, {"a": 0, "b": 0, "c": 1})
    assert res["p_value"] == pytest.approx(0.5) and res["wins"] == 2 and res["losses"] == 1


def test_only_common_prompts_are_compared():
    res = paired_comparison({"a": 1.0, "x": 1.0}, {"a": 0.0, "y": 0.0})
    assert res["n"] == 1 and res["mean_diff"] == 1.0


def _item_level(challenger, champion, n_boot=2000, n_perm=5000, seed=0):
    """The comparison before templates were its unit, kept here as the reference for prompts
    without one (the same random stream, so the same figures)."""
    import random

    from reasonrl.eval.compare import _sign_flip_p

    common = sorted(set(challenger) & set(champion))
    diffs = [challenger[k] - champion[k] for k in common]
    n, rng = len(diffs), random.Random(seed)
    boots = sorted(sum(diffs[rng.randrange(n)] for _ in range(n)) / n for _ in range(n_boot))
    return [boots[int(0.025 * n_boot)], boots[int(0.975 * n_boot) - 1]], _sign_flip_p(diffs, n_perm, rng)


def test_prompts_without_a_template_are_compared_as_before():
    import random

    rng = random.Random(7)
    a = {str(i): float(rng.random() < 0.6) for i in range(50)}
    b = {str(i): float(rng.random() < 0.5) for i in range(50)}
    ci, p = _item_level(a, b)
    for clusters in (None, {}, {"999": "t"}):
        got = paired_comparison(a, b, clusters=clusters)
        assert got["ci95"] == pytest.approx(ci) and got["p_value"] == p and got["units"] == 50


def test_a_win_on_one_template_is_one_unit_not_thirty():
    """The challenger wins on the 30 translations of one template and ties elsewhere: counted by
    prompts that is significant, counted by templates (1 of 11) it is not."""
    from reasonrl.eval.compare import prompt_clusters

    champ = {str(i): 0.0 for i in range(60)}
    better = {str(i): 1.0 if i < 30 else 0.0 for i in range(60)}
    for i in (31, 40, 50):  # a few losses elsewhere
        better[str(i)], champ[str(i)] = 0.0, 1.0
    samples = [{"id": str(i), "template": "t0" if i < 30 else f"t{1 + i % 10}"} for i in range(60)]
    clusters = prompt_clusters(samples + [{"id": "x"}])
    assert clusters["0"] == "t0" and "x" not in clusters
    by_prompt = paired_comparison(better, champ)
    by_template = paired_comparison(better, champ, clusters=clusters)
    assert by_prompt["mean_diff"] == by_template["mean_diff"] and by_template["units"] == 11
    assert by_prompt["p_value"] < 0.001 and by_template["p_value"] > 0.05
