"""Guards on unlabelled text: nothing there may be a valid e-mail, card, IBAN, SSN or IP address.

Phone-like negatives are never screened: they are what the set is meant to test.
"""

from __future__ import annotations

import re

from benchmarks.pii_v7.validity import IBAN_LENGTHS, iban_mod97, ipv4_ok, ipv6_ok, luhn_ok, ssn_parts_ok

EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*")
RUN_RE = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d])")
QUAD_RE = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
V6_RE = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")


def mask(text: str, spans) -> str:
    """Replace labelled spans by a neutral filler of the same length."""
    out = list(text)
    for span in spans:
        for i in range(span["start"], span["end"]):
            out[i] = "~"
    return "".join(out)


def _luhn_runs(text: str) -> list[str]:
    found = []
    for m in RUN_RE.finditer(text):
        groups = re.split(r"[ -]", m.group(0))
        for i in range(len(groups)):
            acc = ""
            for j in range(i, len(groups)):
                acc += groups[j]
                if 13 <= len(acc) <= 19 and luhn_ok(acc):
                    found.append(acc)
                if len(acc) > 19:
                    break
        whole = "".join(groups)
        if 13 <= len(whole) <= 19 and luhn_ok(whole):
            found.append(whole)
    return found


def _ibans(text: str) -> list[str]:
    found = []
    for m in IBAN_RE.finditer(text):
        compact = m.group(0).replace(" ", "")
        want = IBAN_LENGTHS.get(compact[:2])
        lengths = [want] if want else range(15, min(len(compact), 34) + 1)
        for n in lengths:
            if n <= len(compact) and iban_mod97(compact[:n]) == 1:
                found.append(compact[:n])
    return found


def problems(text: str) -> list[str]:
    """Everything in (already masked) text that a guard flags."""
    issues = [f"email {m.group(0)}" for m in EMAIL_RE.finditer(text) if "." in m.group(0).split("@")[1]]
    issues += [f"luhn {d}" for d in _luhn_runs(text)]
    issues += [f"iban {d}" for d in _ibans(text)]
    issues += [f"ssn {m.group(0)}" for m in SSN_RE.finditer(text) if ssn_parts_ok(*m.groups())]
    issues += [f"ipv4 {m.group(0)}" for m in QUAD_RE.finditer(text) if ipv4_ok(m.group(0))]
    for m in V6_RE.finditer(text):
        cand = m.group(0).strip(".:") if m.group(0).count("::") == 0 else m.group(0).rstrip(".")
        if ipv6_ok(cand) or ipv6_ok(m.group(0)):
            issues.append(f"ipv6 {m.group(0)}")
    if "@" in text:
        issues.append("at-sign")
    return issues
