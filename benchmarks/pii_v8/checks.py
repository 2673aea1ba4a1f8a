"""Check a held-out file and its sidecar: python -m benchmarks.pii_v8.checks RECORDS SIDECAR."""

import json
import sys

from .guards import blank_spans, problems
from .validity import email_ok, full_number_ok, iban_ok, ipv4_ok, ipv6_ok, luhn_ok, ssn_ok, subscriber_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"}
PHONE_MODES = {"international", "national", "local-announced", "list-entry", "other"}
MODES = {
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
    "IP_ADDRESS": {"v4", "v6"},
}


def phone_ok(v: dict) -> bool:
    if v["mode"] not in PHONE_MODES or not {"region", "e164", "area_len"} <= set(v):
        return False
    if v["mode"] in ("local-announced", "list-entry") and subscriber_ok(
        v["text"], v["region"], v["e164"], v["area_len"]
    ):
        return True
    return full_number_ok(v["text"], v["region"], v["e164"], v["mode"] == "international")


def value_ok(v: dict) -> bool:
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        return phone_ok(v)
    if v["mode"] not in MODES[kind]:
        return False
    if kind == "EMAIL":
        return email_ok(text)
    if kind == "CREDIT_CARD":
        digits = text.replace(" ", "").replace("-", "")
        return digits.isdigit() and 13 <= len(digits) <= 19 and luhn_ok(digits)
    if kind == "IBAN":
        return iban_ok(text)
    if kind == "US_SSN":
        return ssn_ok(text)
    return ipv4_ok(text) if v["mode"] == "v4" else ipv6_ok(text)


def record_errors(rec: dict, side: dict) -> list[str]:
    errs, text, spans, vals = [], rec["text"], rec["spans"], side["values"]
    if set(rec) != {"id", "locale", "text", "spans"}:
        errs.append("record keys")
    if len(spans) != len(vals):
        return errs + ["sidecar length"]
    prev_end = -1
    for s, v in zip(spans, vals, strict=True):
        if s["kind"] not in KINDS or s["kind"] != v["kind"]:
            errs.append(f"kind {s['kind']}/{v['kind']}")
        if s["start"] < prev_end or s["start"] >= s["end"]:
            errs.append(f"order/overlap at {s['start']}")
        prev_end = s["end"]
        if text[s["start"] : s["end"]] != v["text"]:
            errs.append(f"offset {s} != {v['text']!r}")
        elif not value_ok(v):
            errs.append(f"invalid {v}")
    errs += [f"guard {p}" for p in problems(blank_spans(text, spans))]
    return errs


def main(argv: list[str]) -> int:
    with open(argv[0], encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh]
    with open(argv[1], encoding="utf-8") as fh:
        sidecar = [json.loads(line) for line in fh]
    bad = 0
    if len(records) != len(sidecar):
        print(f"{len(records)} records but {len(sidecar)} sidecar lines")
        return 1
    ids = [r["id"] for r in records]
    if len(set(ids)) != len(ids):
        print("duplicate ids")
        bad += 1
    for rec, side in zip(records, sidecar, strict=True):
        for err in record_errors(rec, side):
            print(f"{rec['id']}: {err}")
            bad += 1
    n_vals = sum(len(s["values"]) for s in sidecar)
    print(f"{len(records)} records, {n_vals} values, {bad} problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
