"""Guards: the masked text of a document must hold no shape of a value kind outside its spans."""

import ipaddress
import re

from .values import iban_mod, luhn_ok

_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
_SSN = re.compile(r"(?<!\d)\d{3}[ -]\d{2}[ -]\d{4}(?!\d)")
_QUAD = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d])")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")


def mask(text, spans):
    out, last = [], 0
    for sp in spans:
        out.append(text[last : sp["start"]])
        out.append("■" * (sp["end"] - sp["start"]))
        last = sp["end"]
    out.append(text[last:])
    return "".join(out)


def guard_hits(text):
    hits = []
    if "@" in text:
        hits.append("at")
    for m in _RUN.finditer(text):
        groups = re.split(r"[ -]", m.group())
        for i in range(len(groups)):
            tot = ""
            for g in groups[i:]:
                tot += g
                if 13 <= len(tot) <= 19 and luhn_ok(tot):
                    hits.append("luhn:" + tot)
                if len(tot) > 19:
                    break
    for m in _IBAN.finditer(text):
        s = m.group().replace(" ", "")
        for n in range(15, len(s) + 1):
            if iban_mod(s[:n]) == 1:
                hits.append("iban:" + s[:n])
                break
    if _SSN.search(text):
        hits.append("ssn")
    if _QUAD.search(text):
        hits.append("quad")
    for m in _V6.finditer(text):
        tok = m.group().strip(":")
        for cand in (m.group(), tok):
            if not re.search(r"\d", cand):
                continue
            try:
                ipaddress.IPv6Address(cand)
                hits.append("v6:" + cand)
                break
            except ValueError:
                pass
    return hits
