"""Guards: text outside the labelled spans may hold no e-mail, card, IBAN, SSN or IP address."""

import ipaddress
import re

from .values import iban_ok, luhn_ok, ssn_ok

GROUP_RUN = re.compile(r"\d+(?:[ \t-]{1,3}\d+)*")
SSN_RE = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
IPV4_RE = re.compile(r"(?=(?<!\d)(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?!\d))")
HEX_TOKEN = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
IBAN_START = re.compile(r"(?=([A-Z]{2}\d{2}))")


def mask(text, spans):
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = "■"
    return "".join(out)


def _luhn_hits(text):
    for m in GROUP_RUN.finditer(text):
        groups = re.findall(r"\d+", m.group(0))
        for i in range(len(groups)):
            joined = ""
            for j in range(i, len(groups)):
                joined += groups[j]
                if len(joined) > 19:
                    break
                if len(joined) >= 13 and luhn_ok(joined):
                    return "card " + joined
        for g in groups:
            for n in range(13, min(19, len(g)) + 1):
                for k in range(len(g) - n + 1):
                    if luhn_ok(g[k : k + n]):
                        return "card slice " + g
    return None


def _iban_hits(text):
    for m in IBAN_START.finditer(text):
        i = m.start() + 4
        body = m.group(1)
        while i < len(text) and len(body) < 34:
            c = text[i]
            if c.isascii() and c.isalnum() and (c.isdigit() or c.isupper()):
                body += c
                i += 1
            elif c == " " and i + 1 < len(text) and text[i + 1].isascii() and text[i + 1].isalnum():
                i += 1
            else:
                break
            if len(body) >= 15 and iban_ok(body):
                return "iban " + body
    return None


def problems(text):
    """First problem found in (already masked) text, or None."""
    if "@" in text:
        return "at sign"
    hit = _luhn_hits(text) or _iban_hits(text)
    if hit:
        return hit
    for m in SSN_RE.finditer(text):
        if ssn_ok(*m.groups()):
            return "ssn " + m.group(0)
    for m in IPV4_RE.finditer(text):
        if all(int(p) <= 255 for p in m.groups()):
            return "ipv4 " + ".".join(m.groups())
    for m in HEX_TOKEN.finditer(text):
        tok = m.group(0)
        for cand in {tok, tok.strip(".:"), tok.rstrip(".")}:
            try:
                ipaddress.IPv6Address(cand)
                return "ipv6 " + cand
            except ValueError:
                pass
    return None


def check_record(rec):
    return problems(mask(rec["text"], rec["spans"]))
