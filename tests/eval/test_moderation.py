"""Content-policy-conditioned moderation: the content policy file, HateCheck records in all 9
shipped languages, the grader and the over-flagging reward on rows of every language (Arabic and
Mandarin included), and the safety metrics (per-label P/R/F1, macro-F1, FPR, unparseable,
policy-flip rate)."""

import pytest

from reasonrl import rewards, tasks
from reasonrl.errors import ConfigError, DataError
from reasonrl.eval.moderation import label_scores, policy_flip_rate, report
from reasonrl.tasks.moderation import DEFAULT_CONTENT_POLICY, load_content_policy, predicted_label
from reasonrl.tasks.moderation_data import hatecheck_records
from tests.conftest import SHARED

LABELS = ("hateful", "non-hateful")
SAY = {  # a completion that reasons in the message's language and answers with a label or its alias there
    "en": ("The message attacks a protected group.", "hateful", "not hateful"),
    "de": ("Die Nachricht greift eine geschützte Gruppe an.", "hassend", "nicht hassend"),
    "fr": ("Le message attaque un groupe protégé.", "haineux", "non haineux"),
    "es": ("El mensaje ataca a un grupo protegido.", "odioso", "no odioso"),
    "pt": ("A mensagem ataca um grupo protegido.", "odioso", "não odioso"),
    "it": ("Il messaggio attacca un gruppo protetto.", "d'odio", "non d'odio"),
    "nl": ("Het bericht valt een beschermde groep aan.", "haatdragend", "niet haatdragend"),
    "ar": ("الرسالة تهاجم مجموعة محمية.", "كراهية", "ليس كراهية"),
    "zh": ("这条消息攻击了一个受保护的群体。", "仇恨", "非仇恨"),
}


@pytest.fixture(scope="module")
def records():
    return hatecheck_records(SHARED / "data")


def test_the_policy_is_validated_hashed_and_readable(tmp_path):
    content_policy = load_content_policy(DEFAULT_CONTENT_POLICY)
    assert content_policy.labels.violating == "hateful" and len(content_policy.sha256()) == 64
    text = content_policy.text()
    assert "derogation" in text and "counter_speech" in text and "Answer `hateful` if ANY" in text
    bad = tmp_path / "bad.yaml"
    bad.write_text("name: x\nversion: 1\nrules: []\n")
    with pytest.raises(ConfigError, match=r"bad.yaml: invalid moderation policy \(labels: Field required"):
        load_content_policy(str(bad))


def test_every_language_and_functionality_becomes_a_record(records):
    by_lang = {}
    for r in records:
        by_lang[r["language"]] = by_lang.get(r["language"], 0) + 1
    assert set(by_lang) == set(SAY) and min(by_lang.values()) > 3300  # every row of every file maps to a rule
    assert {r["answer"] for r in records} == set(LABELS)
    content_policy = load_content_policy(DEFAULT_CONTENT_POLICY)
    for r in records[::97]:
        category, violating = content_policy.category(r["subject"])
        assert r["category"] == category and (r["answer"] == "hateful") == violating
    counter = [r for r in records if r["category"] == "counter_speech"]
    assert counter and all(r["answer"] == "non-hateful" for r in counter)


@pytest.mark.parametrize("lang", sorted(SAY))
def test_grader_and_rewards_on_every_language(records, lang):
    row_h = next(r for r in records if r["language"] == lang and r["answer"] == "hateful")
    row_n = next(r for r in records if r["language"] == lang and r["answer"] == "non-hateful")
    why, hateful, benign = SAY[lang]
    says_h = f"<think>{why}</think><answer>{hateful}</answer>"
    says_n = f"<think>{why}</think><answer>{benign}</answer>"
    hedge = f"<think>{why}</think><answer>{hateful}</answer><answer>{benign}</answer>"
    task = tasks.get("moderation")
    assert task.grade_batch([says_h, says_n, hedge], [row_h["answer"]] * 3) == [1.0, 0.0, 0.0]
    assert task.grade_batch([says_n, says_h], [row_n["answer"]] * 2) == [1.0, 0.0]
    penalty = rewards.get("over_flagging")(
        [says_h, says_n, says_h], answer=[row_n["answer"], row_n["answer"], row_h["answer"]]
    )
    assert penalty == [-1.0, 0.0, 0.0]  # only benign content flagged costs
    content_policy = load_content_policy(DEFAULT_CONTENT_POLICY)
    assert (
        predicted_label(says_h, content_policy) == "hateful"
        and predicted_label(hedge, content_policy) is None
    )
    # category credit: the right label keeps 0.75, naming the broken rule earns the rest, in any script
    rule = row_h["category"]
    cats = [
        row_h["categories"],
        row_h["categories"],
        row_h["categories"],
        row_n["categories"],
        row_n["categories"],
    ]
    got = rewards.get("policy_label")(
        [
            says_h,
            f"<think>{why}</think><answer>{hateful}：{rule}</answer>",
            f"<think>{why}</think><answer>{hateful}: {rule}, slur_xyz</answer>",
            says_n,
            f"<think>{why}</think><answer>{benign}: {rule}</answer>",
        ],
        answer=[row_h["answer"]] * 3 + [row_n["answer"]] * 2,
        categories=cats,
    )
    assert got == [0.75, 1.0, 0.875, 1.0, 0.75]


def test_the_prompt_carries_the_policy_and_the_language(records):
    row = next(r for r in records if r["language"] == "ar")
    messages = tasks.get("moderation").messages(row)
    assert "Content policy 'hate-speech' (version 1)" in messages[0]["content"]
    assert messages[-1]["content"].startswith("Message (ar): ") and row["question"] in messages[-1]["content"]
    # one worked exchange per label, taken from the content policy, shows the answer format before the message
    shown = [m["content"] for m in messages if m["role"] == "assistant"]
    assert shown == [
        "<think>This applies rule derogation.</think> <answer>hateful: derogation</answer>",
        "<think>No rule applies.</think> <answer>non-hateful</answer>",
    ]
    assert all(tasks.get("moderation").grade(a, g) == 1.0 for a, g in zip(shown, LABELS, strict=True))
    plain = tasks.get("moderation").prompt(row)  # no chat template: the same turns as a transcript
    assert plain.endswith("Assistant: <think>") and plain.count("User: Message (") == 3


def test_label_scores_by_hand():
    gold = ["hateful", "hateful", "hateful", "non-hateful", "non-hateful"]
    pred = ["hateful", "non-hateful", None, "hateful", "non-hateful"]
    s = label_scores(gold, pred, LABELS)
    assert s["precision/hateful"] == 0.5 and s["recall/hateful"] == pytest.approx(1 / 3)
    assert s["f1/hateful"] == pytest.approx(0.4) and s["f1/non-hateful"] == pytest.approx(0.5)
    assert s["macro_f1"] == pytest.approx(0.45) and s["fpr"] == 0.5 and s["unparseable"] == 0.2
    constant = label_scores(gold, ["hateful"] * 5, LABELS)
    assert constant["macro_f1"] == pytest.approx(0.375) and constant["fpr"] == 1.0


def test_the_served_decision_is_the_threshold_when_one_was_chosen():
    """/v1/moderations flags by the label score at the validation threshold: a model whose greedy
    answer is constant `non-hateful` but whose scores rank the items is served as a balanced
    classifier, and the served keys say so; without a threshold the served decision is the answer."""
    gold = ["hateful", "non-hateful"] * 4
    pred = ["non-hateful"] * 8
    scores = [0.30, 0.10, 0.25, 0.12, 0.05, 0.20, 0.28, 0.15]  # 3 of 4 hateful above 0.22, 0 benign
    at = report(gold, pred, [5] * 8, {}, LABELS, scores=scores, threshold=0.22)["overall"]
    assert at["macro_f1"] == pytest.approx(1 / 3) and at["recall/hateful"] == 0.0
    assert at["served_recall/hateful"] == 0.75 and at["served_recall/non-hateful"] == 1.0
    assert at["served_fpr"] == 0.0 and at["served_macro_f1"] == pytest.approx(at["macro_f1_at_threshold"])
    plain = report(gold, pred, [5] * 8, {}, LABELS, scores=scores)["overall"]
    assert plain["served_recall/hateful"] == 0.0 and plain["served_macro_f1"] == plain["macro_f1"]
    unscored = report(gold, ["hateful", "non-hateful"] * 4, [5] * 8, {}, LABELS, threshold=0.5)["overall"]
    assert unscored["served_macro_f1"] == 1.0  # no scores: the answer is what is served
    # ... and an unparseable answer is not flagged: served as allowed, wrong on a hateful item
    half = report(gold, ["hateful", "non-hateful", None, "non-hateful"] * 2, [5] * 8, {}, LABELS)["overall"]
    assert half["served_recall/hateful"] == 0.5 and half["served_recall/non-hateful"] == 1.0
    assert half["served_macro_f1"] == pytest.approx((2 / 3 + 0.8) / 2)  # F1 hateful 2/3, allowed 0.8


def test_report_groups_and_cis():
    gold = ["hateful", "non-hateful"] * 20
    pred = ["hateful", "non-hateful"] * 15 + ["non-hateful", "hateful"] * 5
    out = report(gold, pred, list(range(40)), {"language": ["en"] * 20 + ["ar"] * 20}, LABELS)
    assert out["by_language"]["en"]["macro_f1"] == 1.0 and out["by_language"]["ar"]["macro_f1"] == 0.5
    lo, hi = out["overall"]["macro_f1_ci95"]
    assert lo < out["overall"]["macro_f1"] < hi and out["overall"]["tokens_p90"] == 36.0


def test_policy_flip_rate_by_hand(records):
    content_policy = load_content_policy(DEFAULT_CONTENT_POLICY)
    edited = content_policy.allow("profanity")
    assert edited.version == 2 and edited.category("profanity_h") == ("profanity", False)
    before = ["hateful", "hateful", "hateful", "non-hateful"]
    after = ["non-hateful", "hateful", "hateful", "non-hateful"]
    got = policy_flip_rate(before, after, [True, True, False, False], LABELS)
    assert got["affected_flipped"] == 0.5 and got["unaffected_stable"] == 1.0
    with pytest.raises(ConfigError, match="no rule 'nudity'"):
        content_policy.allow("nudity")


def test_an_evaluation_reports_the_safety_metrics(records, model_cache):
    """The evaluation runner adds the moderation report (by language, category, functionality)."""
    from reasonrl.config.models import EvalConfig
    from reasonrl.eval.runner import evaluate_model
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm("embedded:tiny-test")
    picked = [
        next(r for r in records if r["language"] == lang and r["answer"] == label)
        for lang in ("en", "ar", "zh")
        for label in LABELS
    ]
    metrics, samples = evaluate_model(
        model,
        tok,
        [{**r, "task": "moderation"} for r in picked],
        EvalConfig(samples=2, sampling={"max_new_tokens": 8}),
        "moderation",
        progress=False,
    )
    mod = metrics["moderation"]
    assert all(0.0 < s["score"] < 1.0 for s in samples)
    assert [s["template"] for s in samples] == [r["template"] for r in picked for _ in range(2)]  # the unit
    assert mod["policy"]["name"] == "hate-speech" and len(mod["policy"]["sha256"]) == 64
    assert set(mod["by_language"]) == {"en", "ar", "zh"} and mod["overall"]["n"] == 12.0
    assert mod["overall"]["unparseable"] == 1.0  # a model that never names a label is not scored as right
    assert {"macro_f1", "fpr", "tokens_p90", "macro_f1_ci95"} <= set(mod["by_language"]["zh"])
    # scores, not only labels: the label probability at the answer ranks items even when unparseable
    assert 0.0 <= mod["overall"]["auroc"] <= 1.0 and len(mod["overall"]["auprc_ci95"]) == 2
    assert "fpr_at_recall_0.8" in mod["by_language"]["en"] and "threshold" not in mod["overall"]
    threshold = sorted(s["score"] for s in samples)[len(samples) // 2]
    again, _ = evaluate_model(
        model,
        tok,
        [{**r, "task": "moderation"} for r in picked],
        EvalConfig(samples=2, sampling={"max_new_tokens": 8}),
        "moderation",
        progress=False,
        threshold=threshold,
    )
    at = again["moderation"]["overall"]
    assert (
        at["threshold"] == threshold
        and 0.0 <= at["macro_f1_at_threshold"] <= 1.0
        and 0.0 <= at["fpr_at_threshold"] <= 1.0
    )


def test_splits_hold_out_a_language_functionalities_and_templates(records):
    from reasonrl.tasks.moderation_data import UNSEEN_FUNCTIONALITIES, split

    parts = split(records, unseen_language="ar", seed=3)
    assert sum(map(len, parts.values())) == len(records)
    train = parts["train"]
    assert not any(r["language"] == "ar" for r in train) and {
        r["language"] for r in parts["test_unseen_language"]
    } == {"ar"}
    assert not any(r["subject"] in UNSEEN_FUNCTIONALITIES for r in train)
    assert {r["answer"] for r in parts["test_unseen_functionality"]} == set(LABELS)  # both labels held out
    assert not {r["template"] for r in train} & {r["template"] for r in parts["test_iid"]}
    assert 0.05 < len(parts["test_iid"]) / (len(train) + len(parts["test_iid"])) < 0.15
    assert split(records, seed=3)["test_iid"] == parts["test_iid"]  # deterministic under a seed


def test_hatecheck_files_enter_the_pipeline_through_an_adapter():
    from reasonrl.config.models import SourceConfig
    from reasonrl.data.readers import read_source
    from reasonrl.eval.moderation import moderation_metrics

    src = SourceConfig(
        name="mhc-ar",
        uri=str(SHARED / "data/moderation/multilingual_hatecheck/hatecheck_cases_final_arabic.csv"),
        adapter="hatecheck",
        task="moderation",
        licence="CC-BY-4.0",
        limit=30,
        params={"language": "ar", "policy": DEFAULT_CONTENT_POLICY},
    )
    got = read_source(src)
    assert len(got.records) == 30 and not got.quarantined
    rec = got.records[0]
    assert rec["language"] == "ar" and rec["task"] == "moderation" and rec["kind"] == "prompt"
    assert (
        rec["answer"] in LABELS
        and rec["subject"]
        and rec["policy"] == DEFAULT_CONTENT_POLICY
        and rec["id"].startswith("mhc-ar-")
    )
    assert "Message (ar): " + rec["question"] in tasks.get("moderation").messages(rec)[-1]["content"]
    samples = [
        {"id": r["id"], "completion": f"<answer>{r['answer']}</answer>", "tokens": 3} for r in got.records
    ]
    out = moderation_metrics(got.records, samples)
    assert (
        out["overall"]["macro_f1"] == 1.0 and "unmapped" not in out["by_category"]
    )  # categories from the content policy


def test_a_stratified_limit_gives_every_stratum_its_share():
    from reasonrl.eval.runner import select

    recs = [{"id": f"a{i}", "held_out": "iid", "answer": "hateful"} for i in range(50)]
    recs += [{"id": f"b{i}", "held_out": "language", "answer": "non-hateful"} for i in range(3)]
    recs += [{"id": f"c{i}", "held_out": "language", "answer": "hateful"} for i in range(20)]
    got = select(recs, 12, ["held_out", "answer"], seed=0)
    counts = {k: sum(r["id"][0] == k for r in got) for k in "abc"}
    assert counts == {"a": 5, "b": 3, "c": 4} and len({r["id"] for r in got}) == 12  # the small stratum whole
    assert select(recs, 12, ["held_out", "answer"], seed=0) == got and select(recs, 12, [], 0) == recs[:12]
    assert select(recs, 12, ["held_out", "answer"], seed=1) != got


def test_the_policy_flip_check_reasks_under_the_edited_policy(records, tmp_path, model_cache):
    from reasonrl.config.models import EvalConfig
    from reasonrl.eval.policy_flip import policy_flip_check
    from reasonrl.modeling import load_causal_lm

    model, tok = load_causal_lm("embedded:tiny-test")
    en = [{**r, "task": "moderation"} for r in records if r["language"] == "en"][::40]
    cfg = EvalConfig(samples=1, policy_flip={"rule": "threat", "limit": 8}, sampling={"max_new_tokens": 4})
    got = policy_flip_check(model, tok, en, cfg, tmp_path, progress=False)
    assert got["affected"] == 4 and got["unaffected"] == 4  # half the items covered by the edited rule
    edited = load_content_policy(got["edited_policy"])
    assert edited.category("threat_dir_h") == ("threat", False) and edited.version == 2
    assert got["edited_policy_sha256"] == edited.sha256() != got["policy_sha256"]
    assert (
        "threat: Threatens"
        in tasks.get("moderation").messages({**en[0], "policy": got["edited_policy"]})[0]["content"]
    )
    with pytest.raises(DataError, match="no test record falls under rule 'slur'"):
        policy_flip_check(
            model,
            tok,
            [r for r in en if r["category"] != "slur"],
            EvalConfig(samples=1, policy_flip={"rule": "slur", "limit": 4}, sampling={"max_new_tokens": 4}),
            tmp_path,
            progress=False,
        )


@pytest.mark.parametrize(
    "completion, label",
    [
        (
            "This message is not `hateful` under the policy.",
            "non-hateful",
        ),  # an alias outranks the label inside it
        ("The message is not `hateful` but rather `non-hateful_profanity`.", "non-hateful"),
        ("Die Nachricht ist hassend.", "hateful"),
        ("这是仇恨言论", "hateful"),
        ("这不是仇恨", "non-hateful"),  # no spaces between Chinese words
        ("الرسالة ليس كراهية", "non-hateful"),
        ("كراهية", "hateful"),
        ("<answer>non-hateful</answer> hateful", "non-hateful"),  # a tagged answer is the answer
        ("<answer>hateful</answer><answer>non-hateful</answer>", None),  # tagged hedges stay hedges
        ("<answer>hateful or non-hateful</answer>", None),
        ("<think>x</think> <answer>hateful", "hateful"),  # cut off inside its answer: still lenient
        ("The policy is:", None),
        ("xhateful", None),
    ],
)
def test_lenient_reading_takes_the_label_mentioned_last(completion, label):
    from reasonrl.tasks.moderation import lenient_label

    assert lenient_label(completion, load_content_policy(DEFAULT_CONTENT_POLICY)) == label
    reward = rewards.get("policy_label")([completion], answer=["non-hateful"], lenient=True)[0]
    assert reward == (1.0 if label == "non-hateful" else 0.0)
    assert rewards.get("policy_label")([completion], answer=["non-hateful"])[0] == (
        1.0 if label == "non-hateful" and completion.startswith("<answer>") else 0.0
    )


def test_items_under_two_policies_are_reported_per_policy(records):
    from reasonrl.eval.moderation import moderation_metrics

    oai = "pipelines/policies/moderation/openai-moderation-v1.yaml"
    hate = [r for r in records if r["language"] == "en"][:6]
    other = [
        {"id": f"o{i}", "question": "q", "answer": a, "policy": oai, "language": "en"}
        for i, a in enumerate(["flagged", "safe", "safe"])
    ]
    samples = [
        {"id": r["id"], "completion": f"<answer>{r['answer']}</answer>", "tokens": 4} for r in hate + other
    ]
    samples[-1]["completion"] = (
        "<answer>flagged</answer>"  # one false positive under the OpenAI content policy
    )
    out = moderation_metrics(hate + other, samples)
    assert (
        out["policy"]["name"] == "hate-speech"
        and out["overall"]["n"] == 6
        and out["overall"]["macro_f1"] == 1.0
    )
    theirs = out["by_policy"]["openai-moderation"]["overall"]
    assert theirs["n"] == 3 and theirs["fpr"] == 0.5


def test_pass_at_1_and_answers_read_each_item_under_its_own_policy(records):
    """Evaluation's correctness and majority answers take the item's own content policy: the OpenAI
    policy's `flagged`/`safe` and their aliases were read with the hate-speech policy's, so every
    OpenAI item counted wrong (found by a reward-hacking review; the macro-F1 was right)."""
    from types import SimpleNamespace

    from reasonrl.eval.runner import _grade

    oai = "pipelines/policies/moderation/openai-moderation-v1.yaml"
    hate = next(r for r in records if r["language"] == "en" and r["answer"] == "hateful")
    items = [
        {"id": "o1", "question": "q", "answer": "flagged", "policy": oai, "language": "en"},
        {"id": "o2", "question": "q", "answer": "safe", "policy": oai, "language": "en"},
        hate,
    ]
    said = ["unsafe: harassment", "ok", "hateful"]
    rollouts = [SimpleNamespace(completion=f"<think>x</think> <answer>{s}</answer>") for s in said]
    task = tasks.get("moderation")
    assert _grade([task] * 3, items, rollouts, 1) == [1.0, 1.0, 1.0]
    assert [task.answer(r.completion, i) for r, i in zip(rollouts, items, strict=True)] == [
        "flagged",
        "safe",
        "hateful",
    ]
    swapped = [SimpleNamespace(completion=f"<think>x</think> <answer>{s}</answer>") for s in ("ok", "unsafe")]
    assert _grade([task] * 2, items[:2], swapped, 1) == [0.0, 0.0]


def test_the_safety_report_resamples_whole_templates(records):
    """moderation_metrics reads each record's template: the CIs resample templates, so a template
    whose translations are all answered wrong is one draw, not twenty. The same answers with every
    template distinct get the narrower item-level CI."""
    from reasonrl.eval.moderation import moderation_metrics

    en = [r for r in records if r["language"] == "en" and r["answer"] in LABELS][:120]
    flip = {LABELS[0]: LABELS[1], LABELS[1]: LABELS[0]}
    samples = [  # the items of the first template (of 6) all wrong: errors that move together
        {
            "id": r["id"],
            "completion": f"<answer>{flip[r['answer']] if i < 20 else r['answer']}</answer>",
            "tokens": 3,
        }
        for i, r in enumerate(en)
    ]
    shared = moderation_metrics([{**r, "template": f"t{i // 20}"} for i, r in enumerate(en)], samples)[
        "overall"
    ]
    distinct = moderation_metrics([{**r, "template": r["id"]} for r in en], samples)["overall"]
    assert shared["macro_f1"] == distinct["macro_f1"]
    (lo_s, hi_s), (lo_d, hi_d) = shared["macro_f1_ci95"], distinct["macro_f1_ci95"]
    assert hi_s - lo_s > 1.5 * (hi_d - lo_d)
