import pytest

from reasonrl.compliance.gate import RuleOutcome, decide, validate
from reasonrl.compliance.suites import SUITES
from reasonrl.config import load_recipe


def _o(name, passed, warn=False):
    return RuleOutcome(name, passed, warn, None, 0 if passed else 2, [])


@pytest.mark.parametrize(
    "outcomes,passed,failed,warnings",
    [
        ([_o("a", True), _o("b", True)], True, [], []),
        ([_o("a", True), _o("b", False)], False, ["b"], []),
        ([_o("a", False, warn=True), _o("b", True)], True, [], ["a"]),
        ([], True, [], []),
    ],
)
def test_decide_is_pure_and_honours_warn_only(outcomes, passed, failed, warnings):
    d = decide("g", outcomes)
    assert (d["passed"], d["failed_rules"], d["warnings"]) == (passed, failed, warnings)
    assert ("FAILED" in d["summary"]) is (not passed)


def test_a_failed_metric_rule_reads_in_four_digits_and_names_its_subject():
    """The console line of a stopped gate: the observed value to four significant digits (the
    exact one stays in decision.json) and, where the metric names it, which label of which policy."""
    floor, zero = {"min": 0.3, "max": None}, {"min": 0.0, "max": None}
    recall = RuleOutcome("min_label_recall", False, False, 0.11538461538461539, None, [], floor, "", "p/safe")
    gain = RuleOutcome("min_gain_over_base", False, False, -0.04009196921509517, None, [], zero)
    d = decide("policy", [recall, gain])
    assert d["summary"] == (
        "gate 'policy' FAILED: min_label_recall (observed 0.1154 of p/safe, needs >= 0.3); "
        "min_gain_over_base (observed -0.04009, needs >= 0)"
    )
    assert d["rules"][0]["observed"] == 0.11538461538461539


def _records(**override):
    base = {"id": "1", "kind": "prompt", "source": "s", "licence": "MIT", "question": "1+1", "answer": "2"}
    return [{**base, "id": str(i)} for i in range(12)] + ([{**base, **override}] if override else [])


@pytest.mark.parametrize(
    "poison,rule",
    [
        ({"id": "p", "question": "mail a.b@example.org"}, "no_residual_pii"),
        ({"id": "p", "question": "iban gb82 west 1234 5698 7654 32"}, "no_residual_pii"),
        ({"id": "p", "question": "call +44 20 7946 0958 today"}, "no_residual_pii"),
        ({"id": "p", "licence": "GPL-3.0-only"}, "licence_allowed"),
        ({"id": "p", "source": "needs-consent"}, "consent_given"),
        ({"id": "p", "region": "EU"}, "residency_ok"),
        ({"id": "p", "region": "CN", "source": "eu-only"}, "region_allowed"),
        ({"id": "1"}, "unique_id"),
    ],
)
def test_data_suite_catches_each_kind_of_poison(tmp_path, poison, rule):
    """Each rule rechecked by the gate's own code: consent, region and residency were not checked
    at all before; the filters' detectors are not called."""
    recipe = load_recipe(
        None,
        [
            "gates.data.min_rows=5",
            "compliance.stages={}",
            "compliance.residency={EU: [EU]}",
            "compliance.processing_region=US",
            "compliance.sources={needs-consent: {consent_required: true}, eu-only: {allowed_regions: [EU]}}",
        ],
    )
    df, rules = SUITES.get("data")(recipe, _records(**poison), {})
    decision = decide("data", validate("data", df, rules, tmp_path))
    assert not decision["passed"] and decision["failed_rules"] == [rule]
    assert all(r["observed"] is not None for r in decision["rules"])  # every rule records what it saw
    assert next(r for r in decision["rules"] if r["name"] == rule)["observed"] >= 1
    assert "a.b@example.org" not in str(decision)  # examples are redacted
    assert (tmp_path / "data_docs" / "index.html").exists()


def test_clean_data_passes_and_warn_only_downgrades(tmp_path):
    recipe = load_recipe(
        None, ["gates.data.min_rows=100", "gates.data.warn_only=[row_count]", "compliance.stages={}"]
    )
    df, rules = SUITES.get("data")(recipe, _records(), {})
    decision = decide("data", validate("data", df, rules, tmp_path))
    assert decision["passed"] and decision["warnings"] == ["row_count"]


def test_metric_gate_thresholds(tmp_path):
    recipe = load_recipe(None, ["gates.student.min_accuracy_share=0.9", "gates.student.max_token_share=0.7"])
    for share, tokens, ok in [(0.95, 0.5, True), (0.85, 0.5, False), (0.95, 0.8, False)]:
        df, rules = SUITES.get("student")(recipe, [], {"accuracy_share": share, "token_share": tokens})
        assert decide("student", validate("student", df, rules, tmp_path))["passed"] is ok


def test_the_gate_does_not_call_the_filters_detectors(tmp_path, monkeypatch):
    """A bug in a filter's detector must not blind the gate too."""
    import reasonrl.data.filters.decontam as decontam
    import reasonrl.data.filters.pii as pii

    monkeypatch.setattr(pii, "detect_pii", lambda *a, **k: [])
    monkeypatch.setattr(decontam.NgramIndex, "match", lambda *a, **k: None)
    recipe = load_recipe(None, ["gates.data.min_rows=5", "compliance.stages={}"])
    df, rules = SUITES.get("data")(recipe, _records(id="p", question="my card is 4111 1111 1111 1111"), {})
    assert decide("data", validate("data", df, rules, tmp_path))["failed_rules"] == ["no_residual_pii"]


@pytest.mark.parametrize("rule", ["no_residual_pii", "licence_allowed", "consent_given"])
def test_rules_that_protect_people_cannot_be_warn_only_from_a_recipe(rule):
    from reasonrl.errors import ConfigError

    with pytest.raises(ConfigError, match="protect people"):
        load_recipe(None, [f"gates.data.warn_only=[{rule}]"])
    with pytest.raises(ConfigError, match="only be granted by the compliance policy file"):
        load_recipe(
            None, [f"gates.data.warn_only=[{rule}]", f"compliance.gate_exceptions={{{rule}: because}}"]
        )


def test_a_policy_file_exception_is_recorded(tmp_path):
    from reasonrl.io import write_jsonl, write_manifest
    from reasonrl.stages.gate import gate

    policy_file = tmp_path / "policy.yaml"
    policy_file.write_text(
        "gate_exceptions: {licence_allowed: 'legal review LR-12 cleared the GPL sample'}\n"
    )
    recipe = load_recipe(
        None,
        [
            f"compliance.policy_file={policy_file}",
            "gates.data.warn_only=[licence_allowed]",
            "gates.data.min_rows=5",
            "compliance.stages={}",
            f"output_root={tmp_path}",
        ],
    )
    data = tmp_path / "data"
    data.mkdir()
    write_jsonl(data / "records.jsonl", _records(id="p", licence="GPL-3.0-only"))
    write_manifest(data, kind="dataset", stage="test", counts={})
    decision = gate(recipe, "data", {"data": str(data)}, tmp_path / "gate")
    assert decision["passed"] and decision["warnings"] == ["licence_allowed"]
    assert decision["exceptions"] == {"licence_allowed": "legal review LR-12 cleared the GPL sample"}


@pytest.mark.parametrize(
    "text, card",
    [
        ("pay with 4111 1111 1111 1111", True),  # Visa, 16 digits
        ("card 5555-5555-5555-4444", True),  # Mastercard 5-series
        ("card 2223 0031 2200 3222", True),  # Mastercard 2-series, 16 digits
        ("amex 3782 822463 10005", True),
        # a number in a table of measurements from OpenAI's moderation samples: Luhn-valid, prefix 25,
        # but 18 digits, which no brand issues (the audit once failed the data gate on it)
        ("1997 <PHONE>.256684261140000000 1997", False),
        ("4111 1111 1111 1112", False),  # Luhn fails
    ],
)
def test_the_audit_knows_which_lengths_each_card_brand_issues(text, card):
    from reasonrl.compliance.checks import pii_kinds

    assert ("CREDIT_CARD" in pii_kinds(text)) == card


def test_a_metric_rule_records_the_value_it_checked_and_its_threshold(tmp_path):
    """decision.json and the Data Docs page show the observed value and the threshold of every
    metric rule (they once showed "0% unexpected" and observed null), and name the run."""
    recipe = load_recipe(None, ["gates.student.min_accuracy_share=0.9", "gates.student.max_token_share=0.7"])
    df, rules = SUITES.get("student")(recipe, [], {"accuracy_share": 0.815, "token_share": 0.4375})
    decision = decide("student", validate("student", df, rules, tmp_path, run_name="demo gate:student"))
    by = {r["name"]: r for r in decision["rules"]}
    assert by["min_accuracy_share"]["observed"] == 0.815 and by["min_accuracy_share"]["threshold"] == {
        "min": 0.9,
        "max": None,
    }
    assert by["max_token_share"]["observed"] == 0.4375 and by["max_token_share"]["threshold"] == {
        "min": None,
        "max": 0.7,
    }
    assert not decision["passed"] and decision["failed_rules"] == ["min_accuracy_share"]
    assert "min_accuracy_share (observed 0.815, needs >= 0.9)" in decision["summary"]
    pages = "".join(p.read_text(errors="replace") for p in (tmp_path / "data_docs").rglob("*.html"))
    assert "0.815" in pages and "0.4375" in pages and "demo gate:student" in pages


def test_data_docs_name_the_data_asset_and_one_site_holds_every_gate(tmp_path):
    """GE's page said "Data asset: None" (fluent data sources leave it out of the batch spec); and
    each gate made its own site. `build_site` merges the stores the gates wrote into one."""
    import re

    from reasonrl.compliance.gate import build_site

    recipe = load_recipe(
        None, ["gates.student.min_accuracy_share=0.9", "gates.data.min_rows=5", "compliance.stages={}"]
    )
    df, rules = SUITES.get("student")(recipe, [], {"accuracy_share": 0.95, "token_share": 0.5})
    validate("student", df, rules, tmp_path / "student", run_name="demo gate:student")
    df, rules = SUITES.get("data")(recipe, _records(), {})
    validate("data", df, rules, tmp_path / "data", run_name="demo gate:data")
    page = next((tmp_path / "student" / "data_docs" / "validations").rglob("*.html")).read_text()
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", page))
    assert "Data asset: student gate input (1 rows)" in text and "Data asset: None" not in text

    index = build_site([tmp_path / "student" / "ge_store", tmp_path / "data" / "ge_store"], tmp_path / "run")
    pages = [
        p.relative_to(index.parent / "validations").as_posix()
        for p in (index.parent / "validations").rglob("*.html")
    ]
    assert sorted(p.split("/")[0] for p in pages) == ["data_gate", "student_gate"]
    assert "demo gate:student" in index.read_text() and "demo gate:data" in index.read_text()


def test_a_held_out_item_that_training_has_seen_fails_the_data_gate(tmp_path):
    """The gate re-derives leaks from the records alone: a template (iid) or an exact text (the
    unseen language on an unseen template) shared with training fails no_heldout_leak; the unseen
    language's items on trained templates are allowed (that is what its subset separates)."""
    recipe = load_recipe(None, ["gates.data.min_rows=5", "compliance.stages={}"])
    train = [
        {
            "id": f"t{i}",
            "kind": "prompt",
            "source": "s",
            "licence": "MIT",
            "split": "train",
            "template": f"T{i}",
            "question": f"training sentence number {i}",
            "answer": "x",
        }
        for i in range(8)
    ]
    test = [
        {"id": "leak-template", "held_out": "iid", "template": "T3", "question": "a fresh sentence"},
        {"id": "known-template", "held_out": "language", "template": "T4", "question": "une phrase"},
        {
            "id": "leak-text",
            "held_out": "language",
            "template": "T99",
            "question": "Training  sentence NUMBER 5",
        },
        {"id": "clean", "held_out": "functionality", "template": "T50", "question": "never seen"},
    ]
    records = train + [
        {"kind": "prompt", "source": "s", "licence": "MIT", "split": "test", "answer": "x", **r} for r in test
    ]
    df, rules = SUITES.get("data")(recipe, records, {})
    decision = decide("data", validate("data", df, rules, tmp_path))
    rule = next(r for r in decision["rules"] if r["name"] == "no_heldout_leak")
    assert decision["failed_rules"] == ["no_heldout_leak"] and rule["observed"] == 2
    assert any("template T3 is in training" in e for e in rule["examples"])
    assert any("language_unseen_template: its exact text" in e for e in rule["examples"])
    clean = [r for r in records if r["id"] not in ("leak-template", "leak-text")]
    df, rules = SUITES.get("data")(recipe, clean, {})
    assert decide("data", validate("data", df, rules, tmp_path / "clean"))["passed"]


def _moderation_eval(recall_v, recall_a, f1=0.5):
    overall = {"macro_f1": f1, "served_recall/hateful": recall_v, "served_recall/non-hateful": recall_a}
    return {
        "pass_at_1": f1,
        "mean_tokens": 10.0,
        "moderation": {"policy": {"name": "hate-speech"}, "overall": overall},
    }


def test_the_gates_judge_the_decision_that_is_served(tmp_path):
    """A model that answers `non-hateful` to everything but whose label scores, at the threshold
    chosen on validation, flag most hateful items is served as a classifier that passes the recall
    floor; the same answers without a threshold are served as a constant and stop. Metrics come from
    the real report (eval.moderation.report), as the evaluate stage writes them."""
    import json

    from reasonrl.eval.moderation import report
    from reasonrl.stages.gate import gate

    recipe = load_recipe(None, ["task=moderation", "gates.policy.metric=moderation.overall.served_macro_f1"])
    gold = ["hateful", "non-hateful"] * 10
    scores = [0.3 if g == "hateful" else 0.1 for g in gold]
    scores[0], scores[1] = 0.05, 0.35  # one of each on the wrong side of the threshold
    answers = ["non-hateful"] * 20
    dirs = {}
    for name, threshold in {"served_at_threshold": 0.2, "served_as_answered": None}.items():
        mod = report(
            gold, answers, [5] * 20, {}, ("hateful", "non-hateful"), scores=scores, threshold=threshold
        )
        ev = {"pass_at_1": 0.0, "mean_tokens": 5.0, "moderation": {"policy": {"name": "hate-speech"}, **mod}}
        (tmp_path / name).mkdir()
        (tmp_path / name / "metrics.json").write_text(json.dumps(ev))
        dirs[name] = str(tmp_path / name)
    ok = gate(
        recipe,
        "policy",
        {"candidate": dirs["served_at_threshold"], "reference": dirs["served_as_answered"]},
        tmp_path / "ok",
    )
    assert ok["passed"] and ok["metrics"]["min_label_recall"] == 0.9
    assert ok["metrics"]["pass_at_1"] == pytest.approx(0.9) and ok["metrics"]["gain_over_base"] > 0.5
    bad = gate(
        recipe,
        "policy",
        {"candidate": dirs["served_as_answered"], "reference": dirs["served_at_threshold"]},
        tmp_path / "bad",
    )
    assert set(bad["failed_rules"]) == {"min_label_recall", "min_gain_over_base"}
    assert bad["metrics"]["min_label_recall"] == 0.0
    assert bad["metrics"]["min_label_recall_of"] == "hate-speech/hateful"


def test_a_constant_classifier_fails_the_policy_and_student_gates(tmp_path):
    """Every label's recall on the held-out items must reach the floor (issue 22): a model that
    says `hateful` to everything has the better macro-F1 of the two here and still stops."""
    import json

    from reasonrl.errors import ConfigError
    from reasonrl.stages.gate import gate

    recipe = load_recipe(
        None,
        [
            "task=moderation",
            "gates.policy.metric=moderation.overall.macro_f1",
            "gates.student.metric=moderation.overall.macro_f1",
            "gates.student.min_accuracy_share=0.5",
            "gates.student.max_token_share=2.0",
        ],
    )
    dirs = {}
    for name, ev in {
        "constant": _moderation_eval(1.0, 0.0, 0.33),
        "base": _moderation_eval(0.0, 1.0, 0.30),
        "balanced": _moderation_eval(0.7, 0.4, 0.55),
    }.items():
        (tmp_path / name).mkdir()
        (tmp_path / name / "metrics.json").write_text(json.dumps(ev))
        dirs[name] = str(tmp_path / name)
    for kind in ("policy", "student"):
        bad = gate(
            recipe, kind, {"candidate": dirs["constant"], "reference": dirs["base"]}, tmp_path / f"{kind}-bad"
        )
        assert (
            bad["failed_rules"] == ["min_label_recall"]
            and bad["metrics"]["min_label_recall_of"] == "hate-speech/non-hateful"
        )
        assert "min_label_recall (observed 0 of hate-speech/non-hateful, needs >= 0.3)" in bad["summary"]
        good = gate(
            recipe, kind, {"candidate": dirs["balanced"], "reference": dirs["base"]}, tmp_path / f"{kind}-ok"
        )
        assert good["passed"] and good["metrics"]["min_label_recall"] == 0.4
    with pytest.raises(ConfigError, match="cannot be warn-only"):
        gate(
            recipe.model_copy(
                update={
                    "gates": recipe.gates.model_copy(
                        update={
                            "policy": recipe.gates.policy.model_copy(
                                update={"warn_only": ["min_label_recall"]}
                            )
                        }
                    )
                }
            ),
            "policy",
            {"candidate": dirs["constant"], "reference": dirs["base"]},
            tmp_path / "warn",
        )
    (tmp_path / "bare").mkdir()
    (tmp_path / "bare" / "metrics.json").write_text(json.dumps({"pass_at_1": 0.5, "mean_tokens": 3.0}))
    with pytest.raises(ConfigError, match="classifier but its evaluation has no per-label recall"):
        gate(
            load_recipe(None, ["task=moderation"]),
            "policy",
            {"candidate": str(tmp_path / "bare"), "reference": dirs["base"]},
            tmp_path / "bare-gate",
        )


def test_the_gate_rechecks_national_numbers_of_the_policy_regions():
    """A national number left in the data is residual PII to the gate (its own check, VALID
    numbers written as phone numbers), and so is any number a phone word announces, local or not;
    arithmetic, quantities and numbers a document word announces are not."""
    from reasonrl.compliance.checks import pii_kinds

    regions = ["US", "GB", "DE", "FR"]
    for text in (
        "Ruf mich an unter 04171 41183.",
        "call (212) 555-0199 now",
        "tél : 01 42 68 53 00",
        "Tel. 4565792",  # a local number: no region's VALID rules see it, the phone word does
        "Handy: 0171 2345678, abends",
        "mobile 467 3395.",
    ):
        assert pii_kinds(text, regions) == {"PHONE"}, text
        assert pii_kinds(text) == set(), text  # without regions only international numbers count
    for text in (
        "we sold 2125550199 units",
        "960-480-120 = 360",
        "4000/2000 = 2",
        "Order 2024-118-7731",
        "Invoice 0711-3432-7209",
        "Job no. 72-650-0360 booked",
        "Tel. 12.03.2024",
        "Tel. 12 500 EUR",
        "Tel. <PHONE>",
    ):
        assert pii_kinds(text, regions) == set(), text


def test_the_gate_reads_an_indian_mobile_in_its_two_halves():
    """India prints a mobile as two groups of five ("98765 43210"); a review found the filter
    (versions 13-16) leaving such numbers after initials and the gate missing them."""
    from reasonrl.compliance.checks import pii_kinds

    assert pii_kinds("Team leads: RK 98765 43210, SM 91234 56789", ["IN"]) == {"PHONE"}
    assert pii_kinds("Total 12345 67890 items", ["IN"]) == set()  # no mobile's range
    assert pii_kinds("ID 98765 43210", ["IN"]) == set()  # a document word before it


def test_a_residual_local_number_in_a_policy_region_fails_the_data_gate(tmp_path):
    """The filter missed "Tel. 4565792" (or was never run): the gate's own re-check, reading it in
    the compliance policy's region DE, fails the data; a region libphonenumber does not know fails closed
    rather than letting national numbers through unchecked."""
    overrides = ["gates.data.min_rows=5", "compliance.stages={}", "compliance.pii.phone_regions=[DE]"]
    df, rules = SUITES.get("data")(
        load_recipe(None, overrides), _records(id="p", question="Bitte zurückrufen: Tel. 4565792"), {}
    )
    decision = decide("data", validate("data", df, rules, tmp_path))
    assert not decision["passed"] and decision["failed_rules"] == ["no_residual_pii"]

    from reasonrl.errors import ConfigError

    unknown = load_recipe(None, [*overrides[:2], "compliance.pii.phone_regions=[DE, XX]"])
    with pytest.raises(ConfigError, match="unknown to libphonenumber"):
        SUITES.get("data")(unknown, _records(), {})
