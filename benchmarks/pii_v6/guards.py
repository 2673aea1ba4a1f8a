"""Screens for unlabelled text: it may hold no e-mail address, no Luhn-valid 13-19 digit run,
no mod-97-valid IBAN, no SSA-valid 3-2-4 SSN shape, no dotted quad with all parts 0-255 and no
string that parses as an IPv6 address. Phone-like negatives are deliberately not screened."""

from __future__ import annotations

import ipaddress
import re

from .common import luhn_ok
from .values import iban_ok

EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
RUN_RE = re.compile(r"\d+(?:[ \-\u00a0]\d+)*")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){2,8}")
SSN_RE = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
QUAD_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d|\.\d)")
V6_RE = re.compile(r"[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}")


def _luhn_windows(run: str) -> bool:
    groups = re.findall(r"\d+", run)
    for i in range(len(groups)):
        total = ""
        for g in groups[i:]:
            total += g
            if 13 <= len(total) <= 19 and luhn_ok(total):
                return True
            if len(total) > 19:
                break
    return False


def _ssa_ok(area: str, grp: str, serial: str) -> bool:
    a = int(area)
    return a not in (0, 666) and a < 900 and grp != "00" and serial != "0000"


def problems(text: str) -> list[str]:
    """Reasons why `text` (unlabelled) would hold a value of a labelled kind."""
    out = []
    if EMAIL_RE.search(text):
        out.append("email")
    if any(_luhn_windows(m.group()) for m in RUN_RE.finditer(text)):
        out.append("luhn")
    for m in IBAN_RE.finditer(text):
        s = m.group().replace(" ", "")
        if any(iban_ok(s[:n]) for n in range(15, len(s) + 1)):
            out.append("iban")
    if any(_ssa_ok(m.group(1), m.group(3), m.group(4)) for m in SSN_RE.finditer(text)):
        out.append("ssn")
    if any(all(int(p) <= 255 for p in m.groups()) for m in QUAD_RE.finditer(text)):
        out.append("ipv4")
    for m in V6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            out.append("ipv6")
        except ValueError:
            pass
    return out


def masked(text: str, spans: list[dict]) -> str:
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = " "
    return "".join(chars)
