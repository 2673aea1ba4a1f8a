"""Guards on masked text: nothing that looks like an unlabelled PII value of the other kinds."""

import ipaddress
import re

from .values import luhn_ok

RUN = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
SSN_SHAPE = re.compile(r"(?<!\d)\d{3}([- ])\d{2}\1\d{4}(?!\d)")
QUAD = re.compile(r"\d{1,3}(?:\.\d{1,3}){3}")
V6 = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")


def guard_hits(text):
    hits = []
    if "@" in text:
        hits.append("at")
    for m in RUN.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            for j in range(i + 1, len(groups) + 1):
                d = "".join(groups[i:j])
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    hits.append("luhn")
    for m in IBAN_SHAPE.finditer(text):
        s = m.group().replace(" ", "")
        for end in range(15, len(s) + 1):
            t = s[:end]
            if int("".join(str(int(c, 36)) for c in t[4:] + t[:4])) % 97 == 1:
                hits.append("iban")
                break
    if SSN_SHAPE.search(text):
        hits.append("ssn")
    if QUAD.search(text):
        hits.append("quad")
    for m in V6.finditer(text):
        tok = m.group().strip(":.")
        for cand in (m.group(), tok):
            try:
                ipaddress.IPv6Address(cand)
                hits.append("ipv6")
                break
            except ValueError:
                pass
    return hits


def mask(text, spans):
    out, last = [], 0
    for s in spans:
        out.append(text[last : s["start"]])
        out.append("\u25a0" * (s["end"] - s["start"]))
        last = s["end"]
    out.append(text[last:])
    return "".join(out)
