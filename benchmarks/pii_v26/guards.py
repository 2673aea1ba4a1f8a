"""Guards: what must not be left in a document's text once its labelled spans are masked."""

import ipaddress
import re

from .pii import luhn_ok, mod97_ok

MASK = "\u27e6\u27e7"
RUN = re.compile(r"\d+(?:[ -]\d+)*")
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")
SSN_SHAPE = re.compile(r"(?<!\d)\d{3}[ -]\d{2}[ -]\d{4}(?!\d)")
QUAD = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")


def mask(text, spans):
    out, pos = [], 0
    for sp in spans:
        out.append(text[pos : sp["start"]])
        out.append(MASK)
        pos = sp["end"]
    out.append(text[pos:])
    return "".join(out)


def luhn_runs(text):
    hits = []
    for m in RUN.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            total = ""
            for j in range(i, len(groups)):
                total += groups[j]
                if len(total) > 19:
                    break
                if len(total) >= 13 and luhn_ok(total):
                    hits.append(" ".join(groups[i : j + 1]))
    return hits


def iban_shapes(text):
    hits = []
    for m in IBAN_SHAPE.finditer(text):
        compact = m.group().replace(" ", "")
        for n in range(15, len(compact) + 1):
            if mod97_ok(compact[:n]):
                hits.append(compact[:n])
    return hits


def v6_shapes(text):
    hits = []
    for m in V6.finditer(text):
        tok = m.group().strip(":") if "::" not in m.group() else m.group()
        for cand in {tok, m.group()}:
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            hits.append(cand)
    return sorted(set(hits))


def guard_hits(masked):
    hits = []
    if "@" in masked:
        hits.append("at-sign")
    hits += ["luhn:" + h for h in luhn_runs(masked)]
    hits += ["iban:" + h for h in iban_shapes(masked)]
    hits += ["ssn:" + m.group() for m in SSN_SHAPE.finditer(masked)]
    hits += ["quad:" + m.group() for m in QUAD.finditer(masked)]
    hits += ["ipv6:" + h for h in v6_shapes(masked)]
    return hits
