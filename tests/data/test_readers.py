import json

import pytest

from reasonrl.config.models import SourceConfig
from reasonrl.data.readers import read_source
from reasonrl.errors import DataError
from tests.conftest import REPO, SHARED


def _src(tmp_path, lines, **kw):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\n".join(x if isinstance(x, bytes) else x.encode() for x in lines) + b"\n")
    return SourceConfig(name="t", uri=str(path), task="arithmetic", licence="MIT", **kw), path


def test_bad_rows_are_quarantined_with_file_line_and_field(tmp_path):
    src, path = _src(
        tmp_path,
        [
            json.dumps({"question": "1+2", "answer": "3"}),
            b"{not json",
            json.dumps({"question": 5, "answer": "3"}),
            json.dumps({"answer": "3"}),
            b'{"question": "1+2", "answer": "\xff\xfe"}',
            json.dumps([1, 2]),
            json.dumps({"question": "x" * 3000, "answer": "1"}),
        ],
    )
    res = read_source(src, max_line_bytes=2048)
    assert len(res.records) == 1 and res.rows_read == 7
    assert len(res.records) + len(res.quarantined) == res.rows_read
    by_line = {q["line"]: q for q in res.quarantined}
    assert by_line[2]["reasons"][0].startswith("bad JSON") and by_line[2]["file"] == str(path)
    assert by_line[3]["field"] == "question" and "expected str" in by_line[3]["reasons"][0]
    assert by_line[4]["field"] == "question" and "missing" in by_line[4]["reasons"][0]
    assert by_line[5]["reasons"] == ["invalid UTF-8"]
    assert by_line[6]["reasons"] == ["not a JSON object"]
    assert "longer than 2048" in by_line[7]["reasons"][0]


def test_numeric_answers_are_normalised_and_ids_are_stable(tmp_path):
    src, _ = _src(tmp_path, [json.dumps({"question": "1+2", "answer": 3})])
    first, second = read_source(src), read_source(src)
    assert first.records[0]["answer"] == "3"
    assert first.records[0]["id"] == second.records[0]["id"]
    assert first.records[0]["licence"] == "MIT" and first.records[0]["kind"] == "prompt"


def test_missing_file_is_a_clear_error(tmp_path):
    src = SourceConfig(name="gone", uri=str(tmp_path / "missing.jsonl"))
    with pytest.raises(DataError) as err:
        read_source(src)
    assert "source 'gone' file not found" in str(err.value) and "missing.jsonl" in str(err.value)


def test_real_hh_rlhf_pairs_are_split_into_prompt_and_responses():
    src = SourceConfig(
        name="hh",
        uri=str(SHARED / "data/moderation/hh-rlhf_harmless-base_test.jsonl.gz"),
        record="preference",
        adapter="hh_rlhf",
        licence="MIT",
        limit=20,
    )
    res = read_source(src)
    assert len(res.records) == 20 and not res.quarantined
    rec = res.records[0]
    assert rec["prompt"].rstrip().endswith("Assistant:") and rec["chosen"] and rec["rejected"]
    assert "Human:" not in rec["chosen"][:20]


def test_csv_rows_report_their_line(tmp_path):
    path = tmp_path / "in.csv"
    path.write_text("question,answer\n1+2,3\n,4\n")
    res = read_source(SourceConfig(name="c", uri=str(path), task="arithmetic"))
    assert (
        len(res.records) == 1
        and res.quarantined[0]["line"] == 3
        and res.quarantined[0]["field"] == "question"
    )


def test_synthetic_source_is_deterministic():
    from reasonrl import tasks  # noqa: F401 (the arithmetic task registers its generator)

    src = SourceConfig(
        name="a", kind="synthetic", generator="arithmetic", n=5, task="arithmetic", licence="CC0-1.0"
    )
    assert read_source(src).records == read_source(src).records


def test_vendor_sample_in_the_demo_recipe():
    src = SourceConfig(
        name="v", uri=str(REPO / "pipelines/recipes/data/vendor_sample.jsonl"), task="arithmetic"
    )
    res = read_source(src)
    assert res.rows_read == len(res.records) + len(res.quarantined) == 12
    assert {q["line"] for q in res.quarantined} == {7, 8, 9}
