"""Guards that keep unlabelled text free of values that would count as PII under the conventions.

Only the non-phone kinds are checked (e-mail, Luhn-valid card-length digit runs, mod-97-valid
IBANs, SSA-valid dashed SSNs, dotted quads within 0-255). Phone-like negatives are wanted and
are never screened, so no phone detector shapes the negatives.
"""

import re

from .values import iban_valid, luhn_ok

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
CARD_RUN = re.compile(r"(?<![\d])(?:\d[ -]?){12,18}\d(?![\d])")
IBAN_LIKE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b")
SSN_LIKE = re.compile(r"(?<![\d-])(\d{3})-(\d{2})-(\d{4})(?![\d-])")
QUAD = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d])")


def ssn_ok(area, group, serial):
    return area not in ("000", "666") and area[0] != "9" and group != "00" and serial != "0000"


def masked(text, spans):
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\x00"
    return "".join(chars)


def problems(text, spans=()):
    """Values in the unlabelled parts of text that the conventions would label."""
    t = masked(text, spans)
    out = [f"email {m.group(0)!r}" for m in EMAIL.finditer(t)]
    for m in CARD_RUN.finditer(t):
        digits = re.sub(r"\D", "", m.group(0))
        if 13 <= len(digits) <= 19 and luhn_ok(digits):
            out.append(f"luhn {m.group(0)!r}")
    for m in IBAN_LIKE.finditer(t):
        cand = m.group(0).replace(" ", "")
        if 15 <= len(cand) <= 34 and iban_valid(cand):
            out.append(f"iban {m.group(0)!r}")
    out += [f"ssn {m.group(0)!r}" for m in SSN_LIKE.finditer(t) if ssn_ok(*m.groups())]
    out += [f"ipv4 {m.group(0)!r}" for m in QUAD.finditer(t) if all(int(g) <= 255 for g in m.groups())]
    return out
