"""Screens for unlabelled text: what a document may not contain outside its labelled spans."""

from __future__ import annotations

import ipaddress
import re

GROUP_RUN = re.compile(r"\d+(?:[ \t-]\d+)*")
IBAN_CAND = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}")
SSN_SHAPE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
DOTTED = re.compile(r"\d+(?:\.\d+){3,}")


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def mod97_ok(compact: str) -> bool:
    s = compact[4:] + compact[:4]
    if not s.isalnum():
        return False
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def ssn_valid(area: str, group: str, serial: str) -> bool:
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def _luhn_hits(text: str) -> list[str]:
    hits = []
    for m in GROUP_RUN.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            joined = ""
            for j in range(i, len(groups)):
                joined += groups[j]
                if j > i and 13 <= len(joined) <= 19 and luhn_ok(joined):
                    hits.append(joined)
        for g in groups:
            for size in range(13, min(19, len(g)) + 1):
                hits += [g[k : k + size] for k in range(len(g) - size + 1) if luhn_ok(g[k : k + size])]
    return hits


def _iban_hits(text: str) -> list[str]:
    hits = []
    for m in IBAN_CAND.finditer(text):
        compact = m.group().replace(" ", "")
        hits += [compact[:n] for n in range(15, min(34, len(compact)) + 1) if mod97_ok(compact[:n])]
    return hits


def _dotted_hits(text: str) -> list[str]:
    hits = []
    for m in DOTTED.finditer(text):
        parts = m.group().split(".")
        for k in range(len(parts) - 3):
            quad = parts[k : k + 4]
            if all(len(p) <= 3 and int(p) <= 255 for p in quad):
                hits.append(".".join(quad))
    return hits


def _ipv6_hits(text: str) -> list[str]:
    hits = []
    for tok in re.split(r"[\s,;()\[\]<>\"']+", text):
        tok = tok.strip(".!?")
        if tok.count(":") >= 2:
            try:
                ipaddress.IPv6Address(tok.split("/")[0].split("%")[0])
                hits.append(tok)
            except ValueError:
                pass
    return hits


def violations(text: str) -> list[str]:
    """Everything in unlabelled text that would look like an unlabelled value."""
    found = ["@"] if "@" in text else []
    found += ["luhn:" + h for h in _luhn_hits(text)]
    found += ["iban:" + h for h in _iban_hits(text)]
    found += ["ssn:" + "".join(m.groups()) for m in SSN_SHAPE.finditer(text) if ssn_valid(*m.group(1, 3, 4))]
    found += ["ipv4:" + h for h in _dotted_hits(text)]
    found += ["ipv6:" + h for h in _ipv6_hits(text)]
    return found


def masked(text: str, spans: list[dict]) -> str:
    out, last = [], 0
    for s in spans:
        out.append(text[last : s["start"]])
        out.append("\n" * (s["end"] - s["start"]))
        last = s["end"]
    out.append(text[last:])
    return "".join(out)
