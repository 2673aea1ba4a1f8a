"""Self-check of the written set: record format, spans, sidecar agreement and value validity.

    nice -n 19 .venv/bin/python -m benchmarks.pii_v6.checks tests/data/pii_heldout_v6.jsonl \
        tests/data/pii_heldout_v6_values.jsonl

PHONE: full numbers (national, international, other) must parse, as written, to a valid number of
the sidecar region whose E.164 equals the sidecar's; subscriber-only numbers (local-announced,
list-entry) must have a valid E.164 whose national number minus its geographic area code
(length_of_geographical_area_code == area_len) is exactly the written digits, not starting with
0 or 1. Other kinds: EMAIL shape, Luhn, mod 97, SSA rules, ipaddress. Unlabelled text must pass
the guards. Exits 1 on any problem.
"""

from __future__ import annotations

import ipaddress
import json
import re
import sys
from collections import Counter

import phonenumbers as pn

from .guards import masked, problems

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"}
MODES = {
    "PHONE": {"international", "national", "local-announced", "list-entry", "other"},
    "EMAIL": {"personal", "role"},
    "CREDIT_CARD": {"grouped", "dashed", "compact"},
    "IBAN": {"grouped", "compact"},
    "US_SSN": {"dashed", "spaced"},
    "IP_ADDRESS": {"v4", "v6"},
}
ID_RE = re.compile(r"^([a-z]{2}_[A-Z]{2}-(pos|neg)-[a-z0-9-]+-\d+|(humaneval|math500|hatecheck)-en-\d+)$")


def _luhn(d: str) -> bool:
    s = 0
    for i, c in enumerate(reversed(d)):
        n = int(c) * (2 if i % 2 else 1)
        s += n - 9 if n > 9 else n
    return s % 10 == 0


def _phone_full(v: dict) -> str | None:
    text = v["text"]
    s = "+" + text[2:] if text.startswith("00") else text
    s = "+" + s[4:] if s.startswith("011 ") else s
    try:
        num = pn.parse(s, v["region"])
    except pn.NumberParseException as exc:
        return f"unparsable {text!r}: {exc}"
    if not pn.is_valid_number_for_region(num, v["region"]):
        return f"not valid for {v['region']}: {text!r}"
    if pn.format_number(num, pn.PhoneNumberFormat.E164) != v["e164"]:
        return f"e164 mismatch {text!r} vs {v['e164']}"
    if v["mode"] == "international" and not (
        text.startswith("+") or text.startswith("00") or text.startswith("011")
    ):
        return f"international without prefix: {text!r}"
    return None


def _phone_sub(v: dict) -> str | None:
    num = pn.parse(v["e164"], None)
    if not pn.is_valid_number_for_region(num, v["region"]):
        return f"e164 not valid: {v['e164']}"
    area = pn.length_of_geographical_area_code(num)
    if area != v["area_len"] or area == 0:
        return f"area_len {v['area_len']} vs {area} for {v['e164']}"
    written = re.sub(r"\D", "", v["text"])
    expect = pn.national_significant_number(num)[area:]
    if written != expect or written[0] in "01":
        return f"subscriber digits {v['text']!r} vs {expect}"
    if re.search(r"[^\d .\-]", v["text"]):
        return f"odd characters in {v['text']!r}"
    return None


def value_problem(v: dict) -> str | None:
    kind, text = v["kind"], v["text"]
    if kind == "PHONE":
        return _phone_sub(v) if v["mode"] in ("local-announced", "list-entry") else _phone_full(v)
    if kind == "EMAIL":
        return (
            None
            if re.fullmatch(r"[A-Za-z0-9._+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+", text)
            else f"email {text!r}"
        )
    if kind == "CREDIT_CARD":
        d = re.sub(r"[ -]", "", text)
        return None if d.isdigit() and 13 <= len(d) <= 19 and _luhn(d) else f"card {text!r}"
    if kind == "IBAN":
        s = text.replace(" ", "")
        r = s[4:] + s[:4]
        ok = s[:2].isalpha() and int("".join(str(int(c, 36)) for c in r)) % 97 == 1
        return None if ok else f"iban {text!r}"
    if kind == "US_SSN":
        m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
        ok = (
            m
            and m.group(1) not in ("000", "666")
            and m.group(1)[0] != "9"
            and m.group(3) != "00"
            and m.group(4) != "0000"
        )
        return None if ok else f"ssn {text!r}"
    try:
        addr = ipaddress.ip_address(text)
    except ValueError:
        return f"ip {text!r}"
    return None if f"v{addr.version}" == v["mode"] else f"ip mode {text!r}"


def record_problems(rec: dict, side: dict) -> list[str]:
    out = []
    if set(rec) != {"id", "locale", "text", "spans"} or not ID_RE.match(rec["id"]):
        out.append("record keys or id")
    spans, vals, text = rec["spans"], side["values"], rec["text"]
    if len(spans) != len(vals):
        return out + ["span/sidecar count"]
    last = 0
    for sp, v in zip(spans, vals, strict=True):
        if sp["start"] < last or sp["end"] <= sp["start"]:
            out.append(f"order/overlap at {sp}")
        last = sp["end"]
        if sp["kind"] not in KINDS or sp["kind"] != v["kind"] or v["mode"] not in MODES[v["kind"]]:
            out.append(f"kind/mode {sp} {v}")
        if text[sp["start"] : sp["end"]] != v["text"] or v["text"] != v["text"].strip():
            out.append(f"text mismatch {v['text']!r}")
        problem = value_problem(v)
        if problem:
            out.append(problem)
    out += [f"unlabelled {p}" for p in problems(masked(text, spans))]
    return out


def main(argv=None) -> int:
    argv = argv if argv is not None else sys.argv[1:]
    recs = [json.loads(x) for x in open(argv[0], encoding="utf-8")]
    sides = [json.loads(x) for x in open(argv[1], encoding="utf-8")]
    bad = [] if len(recs) == len(sides) else ["line counts differ"]
    ids = Counter(r["id"] for r in recs)
    bad += [f"duplicate id {i}" for i, n in ids.items() if n > 1]
    for rec, side in zip(recs, sides, strict=False):
        bad += [f"{rec['id']}: {p}" for p in record_problems(rec, side)]
    n_vals = sum(len(s["values"]) for s in sides)
    for line in bad[:50]:
        print(line)
    print(f"{len(recs)} records, {n_vals} values checked: {'OK' if not bad else f'{len(bad)} problems'}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
