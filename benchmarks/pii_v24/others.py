"""Guards for v24: what the masked text of every record must not hold."""

import ipaddress
import re

from .accounts import iban_valid, luhn_ok

RUN = re.compile(r"\d+(?:[ -]\d+)*")
SSN_SHAPE = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")


def mask(text, spans):
    out, last = [], 0
    for s in spans:
        out.append(text[last : s["start"]])
        out.append(" [%s] " % s["kind"])
        last = s["end"]
    out.append(text[last:])
    return "".join(out)


def guard_hits(masked):
    hits = []
    if "@" in masked:
        hits.append("at-sign")
    for m in RUN.finditer(masked):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            total = ""
            for g in groups[i:]:
                total += g
                if 13 <= len(total) <= 19 and luhn_ok(total):
                    hits.append("luhn:" + total)
                if len(total) > 19:
                    break
    for m in IBAN_SHAPE.finditer(masked):
        s = m.group().replace(" ", "")
        for n in range(15, len(s) + 1):
            if iban_valid(s[:n]):
                hits.append("iban:" + s[:n])
    if SSN_SHAPE.search(masked):
        hits.append("ssn-shape")
    if QUAD.search(masked):
        hits.append("dotted-quad")
    for m in V6.finditer(masked):
        tok = m.group().strip(":")
        for cand in (m.group(), tok):
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            hits.append("ipv6:" + cand)
            break
    return hits
