"""Screens for unlabelled text: nothing outside a span may look like one of the labelled kinds.

Unlabelled text may hold no '@', no Luhn-valid 13-19 digit run (every run of whole digit groups joined
by spaces, tabs or dashes, and every 13-19 digit slice of one group), no mod-97-valid IBAN, no SSA-valid
3-2-4 SSN shape, no dotted quad with four parts 0-255 and no token that parses as IPv6. Phone-like
text is never screened as a phone: the hard negatives are meant to look like numbers.
"""

from __future__ import annotations

import ipaddress
import re

from .values import IBAN_LEN, iban_valid, luhn_ok, ssn_valid

_GROUP_RUN = re.compile(r"\d+(?:[ \t\u00a0\u202f-]+\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){8,32}")
_SSN = re.compile(r"(?<![\d-])(\d{3})([- ])(\d{2})\2(\d{4})(?![\d-])")
_DOTTED = re.compile(r"\d+(?:\.\d+){3,}")
_STRIP = "()[]{}<>,;.!?\"'`*|"


def luhn_hits(text: str) -> list[str]:
    hits = []
    for m in _GROUP_RUN.finditer(text):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            joined = ""
            for g in groups[i:]:
                joined += g
                if len(joined) > 19:
                    break
                if len(joined) >= 13 and luhn_ok(joined):
                    hits.append(joined)
        for g in groups:
            for size in range(13, 20):
                for j in range(0, len(g) - size + 1):
                    if luhn_ok(g[j : j + size]):
                        hits.append(g[j : j + size])
    return hits


def iban_hits(text: str) -> list[str]:
    hits = []
    for m in _IBAN.finditer(text):
        compact = m.group().replace(" ", "")
        lengths = [IBAN_LEN[compact[:2]]] if compact[:2] in IBAN_LEN else range(15, 35)
        hits += [compact[:n] for n in lengths if n <= len(compact) and iban_valid(compact[:n])]
    return hits


def ssn_hits(text: str) -> list[str]:
    return [m.group() for m in _SSN.finditer(text) if ssn_valid(int(m[1]), int(m[3]), int(m[4]))]


def ipv4_hits(text: str) -> list[str]:
    hits = []
    for m in _DOTTED.finditer(text):
        parts = m.group().split(".")
        for i in range(len(parts) - 3):
            quad = parts[i : i + 4]
            if all(len(p) <= 3 and int(p) <= 255 for p in quad):
                hits.append(".".join(quad))
    return hits


def ipv6_hits(text: str) -> list[str]:
    hits = []
    for tok in text.split():
        tok = tok.strip(_STRIP)
        if ":" not in tok:
            continue
        for cand in {tok, tok.split("/")[0], tok.split("%")[0]}:
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            hits.append(cand)
    return hits


def problems(text: str) -> list[str]:
    """What the guards find in a piece of unlabelled text (empty when it is clean)."""
    out = []
    if "@" in text:
        out.append("at-sign")
    out += [f"luhn:{h}" for h in luhn_hits(text)]
    out += [f"iban:{h}" for h in iban_hits(text)]
    out += [f"ssn:{h}" for h in ssn_hits(text)]
    out += [f"ipv4:{h}" for h in ipv4_hits(text)]
    out += [f"ipv6:{h}" for h in ipv6_hits(text)]
    return out


def unlabelled_pieces(text: str, spans: list[tuple[int, int]]) -> list[str]:
    """The text between spans, piece by piece (spans are sorted and do not overlap)."""
    pieces, pos = [], 0
    for start, end in spans:
        pieces.append(text[pos:start])
        pos = end
    pieces.append(text[pos:])
    return pieces


def document_problems(text: str, spans: list[tuple[int, int]]) -> list[str]:
    return [p for piece in unlabelled_pieces(text, spans) for p in problems(piece)]
