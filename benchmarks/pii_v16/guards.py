"""v16's guards, written afresh to the rules v15 describes. With the labelled spans masked, a text may hold
no '@', no Luhn-valid 13-19 digit run (every run of whole digit groups joined by spaces, tabs or dashes,
and every 13-19 digit slice of one group), no mod-97-valid IBAN (any 15-34 character prefix after two
capitals and two digits, spaces inside skipped), no SSA-valid 3-2-4 SSN shape (dashes or spaces), no four
consecutive dotted parts of 0-255 and no token that parses as IPv6. Phones are never screened."""

import ipaddress
import re

from .iban import mod97
from .values import luhn_ok, ssn_ok

MASK = "¤"
_GROUP = re.compile(r"\d+")
_JOIN = re.compile(r"[ \t-]+")
_IBAN_START = re.compile(r"(?=[A-Z]{2}\d{2})")
_SSN = re.compile(r"(?<!\d)(\d{3})[- ](\d{2})[- ](\d{4})(?!\d)")
_DOTTED = re.compile(r"\d+(?:\.\d+)+")
_V6 = re.compile(r"[0-9A-Fa-f:.%]+")


def mask(text, spans):
    chars = list(text)
    for s, e in spans:
        for i in range(s, e):
            chars[i] = MASK
    return "".join(chars)


def _digit_runs(text):
    runs, cur, last_end = [], [], None
    for m in _GROUP.finditer(text):
        if cur and _JOIN.fullmatch(text[last_end : m.start()] or "x"):
            cur.append(m.group())
        else:
            if cur:
                runs.append(cur)
            cur = [m.group()]
        last_end = m.end()
    if cur:
        runs.append(cur)
    return runs


def luhn_hits(text):
    hits = []
    for run in _digit_runs(text):
        for i in range(len(run)):
            joined = ""
            for j in range(i, len(run)):
                joined += run[j]
                if 13 <= len(joined) <= 19 and luhn_ok(joined):
                    hits.append(joined)
                if len(joined) > 19:
                    break
        for g in run:
            for n in range(13, min(19, len(g)) + 1):
                for k in range(len(g) - n + 1):
                    if luhn_ok(g[k : k + n]):
                        hits.append(g[k : k + n])
    return hits


def iban_hits(text):
    hits = []
    for m in _IBAN_START.finditer(text):
        compact, i = [], m.start()
        while i < len(text) and len(compact) < 34:
            ch = text[i]
            if ch.isdigit() or "A" <= ch <= "Z":
                compact.append(ch)
            elif not (
                ch == " " and i + 1 < len(text) and (text[i + 1].isdigit() or "A" <= text[i + 1] <= "Z")
            ):
                break
            i += 1
        s = "".join(compact)
        for n in range(15, len(s) + 1):
            if mod97(s[:n]):
                hits.append(s[:n])
    return hits


def ssn_hits(text):
    return [
        m.group() for m in _SSN.finditer(text) if ssn_ok(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    ]


def ipv4_hits(text):
    hits = []
    for m in _DOTTED.finditer(text):
        parts = m.group().split(".")
        for i in range(len(parts) - 3):
            window = parts[i : i + 4]
            if all(len(p) <= 3 and int(p) <= 255 for p in window):
                hits.append(".".join(window))
    return hits


def ipv6_hits(text):
    hits = []
    for m in _V6.finditer(text):
        tok = m.group()
        if tok.count(":") < 2:
            continue
        for cand in dict.fromkeys([tok, tok.rstrip(".:"), tok.strip(".")]):
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            hits.append(cand)
    return hits


def problems(text, spans=()):
    """Guard findings in text with the given (start, end) spans masked; empty when clean."""
    t = mask(text, spans)
    out = []
    if "@" in t:
        out.append("at-sign")
    out += ["luhn:" + h for h in luhn_hits(t)]
    out += ["iban:" + h for h in iban_hits(t)]
    out += ["ssn:" + h for h in ssn_hits(t)]
    out += ["ipv4:" + h for h in ipv4_hits(t)]
    out += ["ipv6:" + h for h in ipv6_hits(t)]
    return out
