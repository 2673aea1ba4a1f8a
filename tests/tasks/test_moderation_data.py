"""Moderation data: OpenAI's moderation samples (a missing key is unknown, not 0) and HateCheck
through their adapters, the moderation splitter through the ingest stage."""

import gzip
import json

from reasonrl import rewards
from reasonrl.config.models import SourceConfig
from reasonrl.data.readers import read_source
from reasonrl.tasks.moderation import load_content_policy
from tests.conftest import SHARED

OPENAI = SHARED / "data/moderation/openai_moderation_samples-1680.jsonl.gz"
OPENAI_CONTENT_POLICY = "pipelines/policies/moderation/openai-moderation-v1.yaml"


def _openai(path=OPENAI, **kw):
    return read_source(
        SourceConfig(
            name="oai",
            uri=str(path),
            adapter="openai_moderation",
            task="moderation",
            licence="MIT",
            params={"policy": OPENAI_CONTENT_POLICY},
            **kw,
        )
    )


def test_openai_samples_missing_keys_are_unknown_not_zero():
    got = _openai()
    rows = [json.loads(line) for line in gzip.open(OPENAI, "rt")]
    keys = ("S", "H", "V", "HR", "SH", "S3", "H2", "V2")
    flagged = [r for r in rows if any(r.get(k) == 1 for k in keys)]
    safe = [r for r in rows if all(r.get(k) == 0 for k in keys)]  # every key present and 0
    assert len(got.records) + len(got.quarantined) == len(rows) == 1680
    assert sum(r["answer"] == "flagged" for r in got.records) == len(flagged) == 522
    assert sum(r["answer"] == "safe" for r in got.records) == len(safe)
    # a row with no category at 1 but keys missing is not "safe": it is quarantined, naming a key
    assert len(got.quarantined) == 1680 - len(flagged) - len(safe) > 0
    q = got.quarantined[0]
    assert q["field"] in keys and "label unknown" in q["reasons"][0] and q["line"] >= 1
    partial = next(r for r in got.records if r["unknown_categories"])
    assert partial["answer"] == "flagged" and set(partial["categories"]).isdisjoint(
        partial["unknown_categories"]
    )


def test_category_credit_ignores_unknown_categories():
    rec = next(r for r in _openai().records if r["unknown_categories"] and r["categories"])
    known, unknown = rec["categories"][0], rec["unknown_categories"][0]
    say = lambda cats: f"<think>x</think><answer>flagged: {cats}</answer>"  # noqa: E731
    got = rewards.get("policy_label")(
        [say(known), say(f"{known}, {unknown}"), "<answer>safe</answer>"],
        answer=["flagged"] * 3,
        policy=[OPENAI_CONTENT_POLICY] * 3,
        categories=[rec["categories"]] * 3,
        unknown_categories=[rec["unknown_categories"]] * 3,
    )
    full = 1.0 if len(rec["categories"]) == 1 else 0.75 + 0.25 / len(rec["categories"])
    assert got == [full, full, 0.0]  # naming an unknown category neither earns nor costs


def test_a_bad_category_value_is_quarantined_with_its_field(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(
        json.dumps({"prompt": "hi", "S": 0, "H": "yes", "V": 0, "HR": 0, "SH": 0, "S3": 0, "H2": 0, "V2": 0})
        + "\n"
    )
    got = _openai(bad)
    assert (
        not got.records
        and got.quarantined[0]["field"] == "H"
        and "expected 0 or 1" in got.quarantined[0]["reasons"][0]
    )


def test_a_policy_that_covers_less_quarantines_the_rest(tmp_path):
    import yaml

    content_policy = yaml.safe_load(open("pipelines/policies/moderation/hate-speech-v1.yaml"))
    content_policy["rules"] = [r for r in content_policy["rules"] if r["id"] != "threat"]
    path = tmp_path / "no-threats.yaml"
    path.write_text(yaml.safe_dump(content_policy))
    got = read_source(
        SourceConfig(
            name="hc",
            uri=str(SHARED / "data/moderation/hatecheck_en_test_suite_cases.csv"),
            adapter="hatecheck",
            task="moderation",
            licence="CC-BY-4.0",
            params={"policy": str(path)},
        )
    )
    threats = [q for q in got.quarantined if "threat_" in q["reasons"][0]]
    assert (
        threats
        and len(threats) == len(got.quarantined)
        and all(q["field"] == "functionality" for q in threats)
    )
    assert load_content_policy(str(path)).category("threat_dir_h") is None


def test_ingest_holds_out_a_language_and_functionalities(tmp_path):
    from reasonrl.config.models import Recipe
    from reasonrl.io import read_jsonl
    from reasonrl.stages.data import ingest

    mhc = SHARED / "data/moderation/multilingual_hatecheck"
    recipe = Recipe.model_validate(
        {
            "task": "moderation",
            "seed": 1,
            "data": {
                "split": {
                    "by": "moderation",
                    "params": {
                        "unseen_language": "zh",
                        "unseen_functionalities": ["threat_norm_h"],
                        "unseen_policies": [OPENAI_CONTENT_POLICY],
                    },
                },
                "sources": [
                    {
                        "name": f"hc-{lang}",
                        "uri": str(mhc / f"hatecheck_cases_final_{name}.csv"),
                        "adapter": "hatecheck",
                        "task": "moderation",
                        "licence": "CC-BY-4.0",
                        "params": {"language": lang},
                    }
                    for lang, name in (("zh", "mandarin"), ("de", "german"))
                ]
                + [
                    {
                        "name": "oai",
                        "uri": str(OPENAI),
                        "adapter": "openai_moderation",
                        "task": "moderation",
                        "licence": "MIT",
                        "params": {"policy": OPENAI_CONTENT_POLICY},
                        "limit": 50,
                    }
                ],
            },
        }
    )
    report = ingest(recipe, tmp_path)
    recs = list(read_jsonl(tmp_path / "records.jsonl"))
    train = [r for r in recs if r["split"] == "train"]
    assert train and all(r["language"] == "de" and r["subject"] != "threat_norm_h" for r in train)
    assert {r["held_out"] for r in recs if r["source"] == "oai"} == {
        "policy"
    }  # a content policy first seen at test time
    assert {r["held_out"] for r in recs if r["language"] == "zh"} == {"language"}
    assert {r["held_out"] for r in recs if r["language"] == "de" and r["split"] == "test"} == {
        "iid",
        "functionality",
    }
    assert report["counts"]["held_out_language"] == sum(r["language"] == "zh" for r in recs)


def _ingest_hatecheck(
    tmp_path, langs=(("en", None), ("es", "spanish"), ("fr", "french"), ("ar", "arabic")), seed=0
):
    from reasonrl.config.models import Recipe
    from reasonrl.io import read_jsonl
    from reasonrl.stages.data import ingest

    mhc = SHARED / "data/moderation/multilingual_hatecheck"
    uri = {
        lang: (
            SHARED / "data/moderation/hatecheck_en_test_suite_cases.csv"
            if name is None
            else mhc / f"hatecheck_cases_final_{name}.csv"
        )
        for lang, name in langs
    }
    recipe = Recipe.model_validate(
        {
            "task": "moderation",
            "seed": seed,
            "data": {
                "split": {
                    "by": "moderation",
                    "params": {"unseen_language": "ar", "validation_fraction": 0.05},
                },
                "sources": [
                    {
                        "name": f"hc-{lang}",
                        "uri": str(uri[lang]),
                        "adapter": "hatecheck",
                        "task": "moderation",
                        "licence": "CC-BY-4.0",
                        "params": {"language": lang},
                    }
                    for lang, _ in langs
                ],
            },
        }
    )
    report = ingest(recipe, tmp_path)
    return (
        report,
        list(read_jsonl(tmp_path / "records.jsonl")),
        list(read_jsonl(tmp_path / "quarantine.jsonl")),
    )


def test_translations_of_a_template_are_all_on_one_side_and_no_held_out_set_leaks(tmp_path):
    """Cut by template across languages (issue 22): the i.i.d. set and the unseen language on
    unseen templates share no template and no exact text with training; the report says so, and
    the old per-language key would have leaked (so the check can fail)."""
    from reasonrl.data.leakage import leakage_report, mark_unseen_templates

    report, recs, quarantined = _ingest_hatecheck(tmp_path)
    sides: dict[str, set] = {}
    for r in recs:
        if r["language"] != "ar":
            sides.setdefault(r["template"], set()).add(r["split"])
    assert sides and all(len(s) == 1 for s in sides.values())  # one side per template, every language
    leak = report["leakage"]
    for name in ("iid", "functionality", "language_unseen_template"):
        assert (
            leak[name]["items"] > 50 and leak[name]["templates_in_train"] == 0 == leak[name]["texts_in_train"]
        )
    assert (
        leak["language"]["templates_in_train"] > 0
        and leak["language"]["items"] > leak["language_unseen_template"]["items"]
    )
    assert {r["split"] for r in recs} == {"train", "validation", "test"}
    withheld = [q for q in quarantined if q["reasons"][0].startswith("held_out_text")]
    assert report["counts"]["withheld_held_out_text"] == len(withheld)
    # under the old per-language key every Arabic item looked like an unseen template
    old = [{**r, "template": f"{r['language']}-{r['template']}"} for r in recs]
    mark_unseen_templates(old)
    assert (
        leakage_report(old)["language_unseen_template"]["items"]
        == leak["language"]["items"]
        > 2 * leak["language_unseen_template"]["items"]
    )


def test_training_copies_of_a_held_out_text_are_withheld_to_quarantine():
    from reasonrl.data.leakage import withhold_held_out_texts

    recs = [
        {"id": "a", "split": "train", "question": "Same  words"},
        {"id": "b", "split": "test", "question": "same words"},
        {"id": "c", "split": "train", "question": "other"},
        {"id": "d", "split": "validation", "question": "OTHER"},
        {"id": "e", "split": "train", "question": "kept"},
    ]
    kept, withheld = withhold_held_out_texts(recs)
    assert [r["id"] for r in kept] == ["b", "d", "e"] and [w["id"] for w in withheld] == ["a", "c"]
    assert all(w["field"] == "question" and "held_out_text" in w["reasons"][0] for w in withheld)
