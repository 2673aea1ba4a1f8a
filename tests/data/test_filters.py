import pytest

from reasonrl.config.models import ComplianceConfig
from reasonrl.data.filters.licence import LicenceAllowlist
from reasonrl.data.filters.pii import PiiRedact, detect_pii, redact_pii
from reasonrl.data.pipeline import run_filters

POLICY = ComplianceConfig(allowed_licences=["MIT", "CC0-1.0"])


@pytest.mark.parametrize("licence,keep,reason", [
    ("MIT", True, None), ("mit", True, None), ("CC0-1.0", True, None),
    ("GPL-3.0-only", False, "licence_denied:GPL-3.0-only"), (None, False, "licence_missing"), ("", False, "licence_missing"),
])
def test_licence_allowlist(licence, keep, reason):
    res = LicenceAllowlist(POLICY).apply({"id": "1", "licence": licence})
    assert (res.record is not None) == keep
    assert res.reasons == ([] if keep else [reason])


@pytest.mark.parametrize("text,found", [
    ("mail jane.doe@example.com now", ["jane.doe@example.com"]),
    ("a+b@sub.example.co.uk, c_d@x.io", ["a+b@sub.example.co.uk", "c_d@x.io"]),
    ("no address here @ all", []),
    ("user@localhost is not routable", []),
    ("price 3@4.5 each", []),
])
def test_detect_email(text, found):
    assert [text[s.start:s.end] for s in detect_pii(text)] == found
    assert all(s.kind == "EMAIL" for s in detect_pii(text))


def test_redact_uses_typed_placeholders():
    assert redact_pii("write to a@b.org or c@d.net.") == "write to <EMAIL> or <EMAIL>."


def test_pii_filter_redacts_text_fields_only():
    rec = {"id": "x@y.com", "kind": "prompt", "question": "ask x@y.com", "answer": "2"}
    res = PiiRedact(POLICY).apply(rec)
    assert res.modified and res.record["question"] == "ask <EMAIL>" and res.record["id"] == "x@y.com"


def test_run_filters_quarantines_with_reasons_and_counts_add_up():
    records = [
        {"id": "1", "kind": "prompt", "source": "s", "licence": "MIT", "question": "1+1", "answer": "2"},
        {"id": "2", "kind": "prompt", "source": "s", "licence": "Proprietary", "question": "mail me@x.com", "answer": "2"},
        {"id": "3", "kind": "prompt", "source": "t", "licence": "MIT", "question": "mail me@x.com", "answer": "2"},
        {"id": "4", "kind": "prompt", "source": "t", "question": "1+1", "answer": "2"},
    ]
    rep = run_filters(records, POLICY)
    assert len(rep.kept) + len(rep.quarantined) == len(records)
    assert [r["id"] for r in rep.kept] == ["1", "3"] and rep.kept[1]["question"] == "mail <EMAIL>"
    assert rep.dropped_by_rule == {"licence_allowlist": 2} and rep.modified_by_rule == {"pii_redact": 1}
    q = {r["id"]: r for r in rep.quarantined}
    assert q["2"]["reasons"] == ["licence_denied:Proprietary"] and q["2"]["question"] == "mail <EMAIL>"
    assert q["4"]["reasons"] == ["licence_missing"]
