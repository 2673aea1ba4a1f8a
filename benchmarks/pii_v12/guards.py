"""Screens for unlabelled text: what a document outside its labelled spans may not hold."""

import ipaddress
import re

from .iban import mod97_ok
from .values import luhn_ok

_GROUPS = re.compile(r"\d+(?:[ \t-]\d+)*")
_QUAD = re.compile(r"(?<!\d)(?=(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d))")
_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d])")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,32}")


def _luhn_trip(text):
    for m in _GROUPS.finditer(text):
        groups = re.split(r"[ \t-]", m.group())
        for i in range(len(groups)):
            run = ""
            for g in groups[i:]:
                run += g
                if 13 <= len(run) <= 19 and luhn_ok(run):
                    return run
                if len(run) > 19:
                    break
        for g in groups:
            for n in range(13, min(19, len(g)) + 1):
                for s in range(len(g) - n + 1):
                    if luhn_ok(g[s : s + n]):
                        return g
    return None


def _ssn_trip(text):
    for m in _SSN.finditer(text):
        area, group, serial = int(m.group(1)), int(m.group(3)), int(m.group(4))
        if 0 < area < 900 and area != 666 and group and serial:
            return m.group()
    return None


def _ipv6_trip(text):
    for tok in re.split(r"[\s,;()\[\]<>\"'«»„“”]+", text):
        tok = tok.strip(".:!?")
        if ":" in tok:
            try:
                ipaddress.IPv6Address(tok)
                return tok
            except ValueError:
                continue
    return None


def _iban_trip(text):
    for m in _IBAN.finditer(text):
        compact = m.group().replace(" ", "")
        for n in range(15, len(compact) + 1):
            if mod97_ok(compact[:n]):
                return compact
    return None


def trips(text):
    """The first thing that would make this unlabelled text a labelling error, or None."""
    if "@" in text:
        return "@"
    for m in _QUAD.finditer(text):
        if all(int(g) <= 255 for g in m.groups()):
            return ".".join(m.groups())
    return _luhn_trip(text) or _ssn_trip(text) or _ipv6_trip(text) or _iban_trip(text)


def unlabelled(text, spans):
    """The text with every labelled span blanked out by a NUL (so no run joins across a value)."""
    out, pos = [], 0
    for s in spans:
        out.append(text[pos : s["start"]])
        out.append("\0")
        pos = s["end"]
    out.append(text[pos:])
    return "".join(out)
