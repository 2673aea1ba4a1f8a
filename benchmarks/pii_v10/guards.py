"""Screens for unlabelled text: nothing outside a span may be a real value of another kind."""

from __future__ import annotations

import ipaddress
import re

from .values import luhn_ok, mod97_ok, ssn_ok

RUN = re.compile(r"\d+(?:[ -]\d+)*")
SSN = re.compile(r"(?<![\d-])(\d{3})[- ](\d{2})[- ](\d{4})(?![\d])")
QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3,}(?![\d])")
IBANISH = re.compile(r"[A-Z]{2}\d{2}[A-Z0-9 ]{11,40}")


def mask(text: str, spans: list[tuple[int, int]]) -> str:
    out = list(text)
    for s, e in spans:
        out[s:e] = "|" * (e - s)
    return "".join(out)


def _luhn_hit(run: str) -> bool:
    groups = re.split(r"[ -]", run)
    for i in range(len(groups)):
        acc = ""
        for j in range(i, len(groups)):
            acc += groups[j]
            if len(acc) > 19:
                break
            if len(acc) >= 13 and luhn_ok(acc):
                return True
    for g in groups:
        for n in range(13, min(19, len(g)) + 1):
            for k in range(len(g) - n + 1):
                if luhn_ok(g[k : k + n]):
                    return True
    return False


def problems(text: str) -> list[str]:
    """Reasons this (already masked) text could hold an unlabelled value; empty when clean."""
    out = []
    if "@" in text:
        out.append("at-sign")
    for m in RUN.finditer(text):
        if sum(c.isdigit() for c in m.group()) >= 13 and _luhn_hit(m.group()):
            out.append("luhn:" + m.group())
    for m in SSN.finditer(text):
        if ssn_ok(int(m.group(1)), int(m.group(2)), int(m.group(3))):
            out.append("ssn:" + m.group())
    for m in QUAD.finditer(text):
        parts = m.group().split(".")
        for k in range(len(parts) - 3):
            if all(int(p) <= 255 for p in parts[k : k + 4]):
                out.append("ipv4:" + m.group())
                break
    for m in IBANISH.finditer(text):
        flat = m.group().replace(" ", "")
        for n in range(15, min(34, len(flat)) + 1):
            if mod97_ok(flat[:n]):
                out.append("iban:" + flat[:n])
                break
    for tok in text.split():
        tok = tok.strip(".,;()[]\"'<>").split("/")[0]
        if ":" in tok:
            try:
                ipaddress.IPv6Address(tok)
                out.append("ipv6:" + tok)
            except ValueError:
                pass
    return out
