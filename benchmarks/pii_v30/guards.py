"""Guards run on the masked text: nothing that looks like one of the labelled kinds may be left unlabelled."""

import ipaddress
import re

from .values import luhn_ok

_RUN = re.compile(r"(?<![\dA-Za-z])\d+(?:[ -]\d+)+(?![\dA-Za-z])|(?<![\dA-Za-z])\d{13,19}(?![\dA-Za-z])")
_IBAN = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}")
_SSN = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
_QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?![\d.])")
_V6 = re.compile(r"(?<![0-9A-Za-z:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![0-9A-Za-z:])")


def luhn_runs(text):
    hits = []
    for m in _RUN.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            d = ""
            for j in range(i, len(groups)):
                d += groups[j]
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    hits.append(d)
                if len(d) > 19:
                    break
    return hits


def iban_hits(text):
    out = []
    for m in _IBAN.finditer(text):
        s = m.group().replace(" ", "")
        for ln in range(15, len(s) + 1):
            c = s[:ln]
            num = "".join(str(int(ch, 36)) for ch in c[4:] + c[:4])
            if int(num) % 97 == 1:
                out.append(c)
                break
    return out


def guard_hits(text):
    hits = []
    if "@" in text:
        hits.append("at-sign")
    hits += ["luhn:" + h for h in luhn_runs(text)]
    hits += ["iban:" + h for h in iban_hits(text)]
    hits += ["ssn:" + m.group() for m in _SSN.finditer(text)]
    hits += [
        "quad:" + m.group() for m in _QUAD.finditer(text) if all(int(x) <= 255 for x in m.group().split("."))
    ]
    for m in _V6.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6:" + m.group())
        except ValueError:
            pass
    return hits


def masked(text, spans):
    out, last = [], 0
    for sp in spans:
        out.append(text[last : sp["start"]])
        out.append("\u2588")
        last = sp["end"]
    out.append(text[last:])
    return "".join(out)
