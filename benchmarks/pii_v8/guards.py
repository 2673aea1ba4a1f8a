"""Screens on unlabelled text: what must never appear outside a labelled span.

Phone-like digit groups are deliberately not screened: they are the hard negatives this set is about.
"""

import re

from .validity import iban_ok, ipv4_ok, ipv6_ok, luhn_ok, ssn_ok

DIGIT_GROUPS = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_SHAPE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30}")
SSN_SHAPE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d])")
V6_SHAPE = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")


def luhn_runs(text: str) -> list[str]:
    """Luhn-valid 13-19 digit runs: whole groups of a space/dash-separated run, every contiguous slice."""
    found = []
    for m in DIGIT_GROUPS.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            joined = ""
            for g in groups[i:]:
                joined += g
                if len(joined) > 19:
                    break
                if len(joined) >= 13 and luhn_ok(joined):
                    found.append(joined)
        for g in groups:
            for n in range(13, min(19, len(g)) + 1):
                found += [g[k : k + n] for k in range(len(g) - n + 1) if luhn_ok(g[k : k + n])]
    return found


def ibans(text: str) -> list[str]:
    hits = []
    for m in IBAN_SHAPE.finditer(text):
        s = m.group().replace(" ", "")
        for end in range(len(s), 11, -1):
            if iban_ok(s[:end]):
                hits.append(s[:end])
                break
    return hits


def problems(text: str) -> list[str]:
    """Reasons why unlabelled text is not clean; empty when it is."""
    out = []
    if "@" in text:
        out.append("at-sign")
    out += [f"luhn:{r}" for r in luhn_runs(text)]
    out += [f"iban:{r}" for r in ibans(text)]
    out += [f"ssn:{m.group()}" for m in SSN_SHAPE.finditer(text) if ssn_ok(m.group())]
    out += [f"ipv4:{m.group()}" for m in QUAD.finditer(text) if ipv4_ok(m.group())]
    for m in V6_SHAPE.finditer(text):
        tok = m.group().strip(".:") if not m.group().startswith("::") else m.group().rstrip(".")
        if ipv6_ok(tok) or ipv6_ok(m.group()):
            out.append(f"ipv6:{m.group()}")
    return out


def blank_spans(text: str, spans: list[dict]) -> str:
    """text with each labelled span replaced by a newline-free placeholder of spaces bounded by '|'."""
    pieces, pos = [], 0
    for s in spans:
        pieces.append(text[pos : s["start"]])
        pieces.append(" | ")
        pos = s["end"]
    pieces.append(text[pos:])
    return "".join(pieces)
