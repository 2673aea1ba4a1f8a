import pytest

from reasonrl.config.compliance import ComplianceConfig
from reasonrl.data.filters.decontam import Decontaminate, grams, words
from reasonrl.data.filters.dedup import Dedup
from reasonrl.data.filters.language import LanguageFilter, detect_language
from reasonrl.data.filters.licence import Consent, LicenceAllowlist, Region
from reasonrl.data.filters.pii import (
    PiiRedact,
    detect_pii,
    iban_ok,
    luhn_ok,
    normalize_same_length,
    redact_pii,
)
from reasonrl.data.filters.quality import Quality
from reasonrl.data.pipeline import run_filters
from tests.data.pii_cases import NEGATIVE, OVER_BAR_56, POSITIVE

COMPLIANCE = ComplianceConfig(allowed_licences=["MIT", "CC0-1.0"])


def rec(i="1", **kw):
    return {
        "id": i,
        "kind": "prompt",
        "source": "s",
        "licence": "MIT",
        "task": "qa",
        "question": "1+1",
        "answer": "2",
        **kw,
    }


# ---- PII -------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_pii_positive_cases(text, expected):
    found = [(s.kind, text[s.start : s.end]) for s in detect_pii(text)]
    assert found == expected


# versions 45-47 took "12+34=46 and 1234567890 is a big number" (P(phone) 0.09 >= 0.05 under 45: a
# ten-digit run that is a possible US number, a maths "=" before it); version 52's threshold 0.1 refused
# it, through 55; version 56 takes it again (strict: a version that refuses it turns this into a failure)
@pytest.mark.parametrize(
    "text",
    [
        pytest.param(t, marks=pytest.mark.xfail(strict=True, reason=OVER_BAR_56)) if "1234567890" in t else t
        for t in NEGATIVE
    ],
)
def test_pii_hard_negatives(text):
    assert detect_pii(text) == []


def test_pii_precision_and_recall_on_the_labelled_set(capsys):
    tp = fp = fn = 0
    for text, expected in POSITIVE + [(t, []) for t in NEGATIVE]:
        found = {(s.kind, text[s.start : s.end]) for s in detect_pii(text)}
        truth = set(expected)
        tp, fp, fn = tp + len(found & truth), fp + len(found - truth), fn + len(truth - found)
    precision, recall = tp / (tp + fp), tp / (tp + fn)
    with capsys.disabled():
        print(
            f"\nPII labelled set: {tp + fn} spans, {len(NEGATIVE)} hard negatives: "
            f"precision {precision:.3f}, recall {recall:.3f}"
        )
    assert precision >= 0.97 and recall >= 0.97


def test_normalisation_preserves_offsets():
    text = "x ４１１１ y ٣"
    norm = normalize_same_length(text)
    assert len(norm) == len(text) and norm == "x 4111 y 3"


def test_validators():
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert iban_ok("GB82 WEST 1234 5698 7654 32") and not iban_ok("GB00 WEST 1234 5698 7654 32")


def test_redaction_is_typed_and_keeps_the_rest():
    assert redact_pii("mail a@b.io, call +44 20 7946 0958.") == "mail <EMAIL>, call <PHONE>."


def test_pii_filter_redacts_or_drops_per_policy():
    f = PiiRedact(COMPLIANCE)
    res = f.apply(rec(question="ask x@y.com", id="x@y.com"))
    assert res.modified and res.record["question"] == "ask <EMAIL>" and res.record["id"] == "x@y.com"
    dropped = f.apply(rec(question="use AKIAIOSFODNN7EXAMPLE"))
    assert dropped.record is None and dropped.reasons == ["pii_drop:SECRET"]
    assert f.apply(rec()).record == rec()


# ---- metadata rules --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "licence,keep,reason",
    [
        ("MIT", True, None),
        ("mit", True, None),
        ("CC0-1.0", True, None),
        ("GPL-3.0-only", False, "licence_denied:GPL-3.0-only"),
        (None, False, "licence_missing"),
        ("", False, "licence_missing"),
    ],
)
def test_licence_allowlist(licence, keep, reason):
    res = LicenceAllowlist(COMPLIANCE).apply(rec(licence=licence))
    assert (res.record is not None) == keep and res.reasons == ([] if keep else [reason])


def test_licence_per_source_override():
    compliance = ComplianceConfig(
        allowed_licences=["MIT"], sources={"partner": {"allowed_licences": ["CC-BY-4.0"]}}
    )
    assert LicenceAllowlist(compliance).apply(rec(source="partner", licence="CC-BY-4.0")).record is not None
    assert LicenceAllowlist(compliance).apply(rec(source="other", licence="CC-BY-4.0")).record is None


@pytest.mark.parametrize(
    "region,keep,reason",
    [
        ("US", True, None),
        ("EU", False, "residency:EU->US"),
        (None, False, "region_missing"),
        ("CN", False, "region_denied:CN"),
    ],
)
def test_region_and_residency(region, keep, reason):
    compliance = ComplianceConfig(
        allowed_regions=["US", "EU"], residency={"EU": ["EU"]}, processing_region="US"
    )
    res = Region(compliance).apply(rec(region=region))
    assert (res.record is not None) == keep and res.reasons == ([] if keep else [reason])


def test_consent_required_globally_or_per_source():
    compliance = ComplianceConfig(consent_required=True, sources={"open": {"consent_required": False}})
    assert Consent(compliance).apply(rec(consent=True)).record is not None
    assert Consent(compliance).apply(rec(consent="yes")).reasons == ["consent_missing"]
    assert Consent(compliance).apply(rec(source="open")).record is not None


# ---- content rules ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "question,reason",
    [
        ("", "quality:too_short"),
        ("x" * 200, "quality:too_long"),
        ("bad \x00 byte", "quality:control_chars"),
        ("same\nsame\nsame\nsame\nother", "quality:repetition"),
        ("broken \ufffd text", "quality:encoding"),
    ],
)
def test_quality_bounds(question, reason):
    compliance = ComplianceConfig(quality={"min_chars": 3, "max_chars": 100})
    assert Quality(compliance).apply(rec(question=question, answer="")).reasons == [reason]
    assert Quality(compliance).apply(rec(question="a fine question?", answer="4")).record is not None


@pytest.mark.parametrize(
    "text,lang",
    [
        ("The quick brown fox jumps over the lazy dog near the river bank.", "en"),
        ("Der schnelle braune Fuchs springt über den faulen Hund am Flussufer.", "de"),
        ("Le renard brun rapide saute par-dessus le chien paresseux près de la rivière.", "fr"),
        ("12 + 34 = ?", None),
    ],
)
def test_language_detection(text, lang):
    assert detect_language(text) == lang


def test_language_filter_per_task():
    compliance = ComplianceConfig(
        languages={"allowed": ["en"], "per_task": {"moderation": ["en", "de"], "arithmetic": ["*"]}}
    )
    de = "Der schnelle braune Fuchs springt über den faulen Hund am Flussufer."
    f = LanguageFilter(compliance)
    assert f.apply(rec(question=de, task="qa")).reasons == ["language:de"]
    assert f.apply(rec(question=de, task="moderation")).record["language"] == "de"
    assert f.apply(rec(question=de, task="arithmetic")).record is not None


def test_ngram_helpers():
    assert words("Hello, World! 42") == ["hello", "world", "42"]
    assert grams(["a", "b", "c"], 2) == {("a", "b"), ("b", "c")} and grams(["a"], 3) == {("a",)}


def test_decontamination_catches_real_gsm8k_test_questions_and_paraphrase_padding():
    import json

    from reasonrl.data.eval_sets import eval_set_path

    q = json.loads(eval_set_path("gsm8k_test").read_text().splitlines()[7])["question"]
    f = Decontaminate(ComplianceConfig())
    assert f.apply(rec(question=q, task="gsm8k")).reasons == ["contaminated:gsm8k_test"]
    padded = "Here is a problem for you. " + q.upper() + " Think step by step."
    assert f.apply(rec(question=padded, task="qa")).reasons == ["contaminated:gsm8k_test"]
    assert (
        f.apply(
            rec(question="Tom has 3 apples and buys 4 more. How many apples does he have now?", task="gsm8k")
        ).record
        is not None
    )


def test_decontamination_on_math500_with_short_n():
    import json

    from reasonrl.data.eval_sets import eval_set_path

    problem = json.loads(eval_set_path("math500").read_text().splitlines()[0])["problem"]
    assert Decontaminate(ComplianceConfig()).apply(rec(question=problem[:120], task="math")).record is None


def test_dedup_exact_and_near():
    f = Dedup(ComplianceConfig())
    base = " ".join(
        f"sentence {i} says that clips were sold to friend number {i * 7} in month {i % 12}"
        for i in range(12)
    )
    assert f.apply(rec("a", question=base)).record is not None
    assert f.apply(rec("b", question="  " + base.upper() + " ")).reasons == ["duplicate:exact:a"]
    near = f.apply(rec("c", question=base.replace("friend number 35", "friend number 36")))
    assert near.record is None and near.reasons[0].startswith("duplicate:near:")
    assert f.apply(
        rec("d", question="A completely different question about trains leaving stations at dawn")
    ).record


# ---- the pipeline ----------------------------------------------------------------------------


def test_run_filters_quarantines_with_reasons_and_counts_add_up():
    records = [
        rec("1"),
        rec("2", licence="Proprietary", question="mail me@x.com"),
        rec("3", question="mail me@x.com"),
        rec("4", licence=None),
        rec("5", question="key AKIAIOSFODNN7EXAMPLE"),
        rec("6"),  # exact duplicate of 1
        rec(
            "7", licence="Proprietary", question="key AKIAIOSFODNN7EXAMPLE, what is 9 + 9?"
        ),  # fails two rules
        rec("8", question="key AKIAIOSFODNN7EXAMPLE, what is 9 + 9?"),  # 7's twin, but 7 never entered dedup
    ]
    rep = run_filters(records, COMPLIANCE)
    assert len(rep.kept) + len(rep.quarantined) == len(records)
    assert [r["id"] for r in rep.kept] == ["1", "3"] and rep.kept[1]["question"] == "mail <EMAIL>"
    assert rep.dropped_by_rule == {"licence_allowlist": 3, "pii": 2, "dedup": 1} and rep.modified_by_rule == {
        "pii": 1
    }
    assert rep.failed_by_rule == {"licence_allowlist": 3, "pii": 3, "dedup": 1}
    q = {r["id"]: r for r in rep.quarantined}
    assert q["2"]["reasons"] == ["licence_denied:Proprietary"] and q["2"]["question"] == "mail <EMAIL>"
    assert q["5"]["reasons"] == ["pii_drop:SECRET"] and "AKIA" not in q["5"]["question"]
    assert q["6"]["reasons"] == ["duplicate:exact:1"]
    assert q["7"]["reasons"] == [
        "licence_denied:Proprietary",
        "pii_drop:SECRET",
    ]  # every reason, not the first
    assert q["8"]["reasons"] == ["pii_drop:SECRET"]


def test_person_names_through_a_spacy_pipeline(tmp_path):
    """The NER backend contract: any spaCy pipeline whose PERSON entities count as PII. A
    rule-based pipeline (entity_ruler) stands in for a statistical model such as en_core_web_sm."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": "PERSON", "pattern": [{"LOWER": "jane"}, {"LOWER": "doe"}]}]
    )
    nlp.to_disk(tmp_path / "ner")
    compliance = ComplianceConfig(
        pii={"redact": ["EMAIL", "PERSON"], "drop": [], "ner_model": str(tmp_path / "ner")}
    )
    res = PiiRedact(compliance).apply(rec(question="Jane Doe wrote to jd@example.com"))
    assert res.record["question"] == "<PERSON> wrote to <EMAIL>"
    with pytest.raises(Exception, match="no NER backend"):
        PiiRedact(ComplianceConfig(pii={"redact": ["PERSON"]})).apply(rec())


def test_streaming_mode_matches_list_mode():
    records = [
        rec(str(i), question=q)
        for i, q in enumerate(["1+1", "mail a@b.io", "1+1", "key AKIAIOSFODNN7EXAMPLE"])
    ]
    listed = run_filters(records, COMPLIANCE)
    kept, dropped = [], []
    streamed = run_filters(iter(records), COMPLIANCE, keep=kept.append, quarantine=dropped.append)
    assert kept == listed.kept and dropped == listed.quarantined and streamed.kept == []
    assert streamed.summary() == listed.summary() and streamed.n_kept + streamed.n_quarantined == len(records)
