"""Self-check of the v3 held-out set; `check_record` raises ValueError on any violation.

Gold values: offsets sorted, in bounds, never overlapping, never running into a neighbouring letter
or digit; text[start:end] is the value inserted; PHONE re-parses to the same valid number (a local
number is the tail of a valid fixed-line number after its geographic area code and starts with
2-9; a number outside the in-scope regions is written internationally; a national number belongs
to the document's region); cards pass Luhn, IBANs mod 97, SSNs the SSA rules, IPs the ipaddress
module, e-mails a plain address pattern.

Unlabelled text (gold spans masked): no Luhn-valid 13-19 digit run (digits joined by single spaces or
hyphens, any run of whole groups), no NNN-NN-NNNN / NNN NN NNNN shape that keeps the SSA rules, no
9-digit run after an SSN cue, no IBAN shape passing mod 97, no valid dotted IPv4 (any four adjacent
parts of a dotted chain), no valid IPv6 token, no e-mail address. Template text holds no digit run
of five or more digits, and every phone-shaped unlabelled number is preceded by a word naming it.
"""

from __future__ import annotations

import re

import phonenumbers as pn
import v3_core as core
import v3_phones as ph
from v3_negatives import PHONE_SHAPED

MASK = "§"
RUN = re.compile(r"\d+(?:[ -]\d+)*")
SSN_SHAPE = re.compile(r"(?<!\d)(\d{3})([- ])(\d{2})\2(\d{4})(?!\d)")
SSN_CUE = re.compile(r"(?i)(ssn|social security|soc\.? ?sec)[^\d§]{0,30}(?<!\d)(\d{9})(?!\d)")
IBAN_START = re.compile(r"(?i)(?=\b([a-z]{2}\d{2}(?: ?[a-z0-9]){11,32}))")
DOTTED = re.compile(r"\d+(?:\.\d+)+")
V6_TOKEN = re.compile(r"[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*")
EMAIL_ANY = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
LITERAL_RUN = re.compile(r"\d(?:[ ./-]?\d)*")
WORD = re.compile(r"[^\W\d_]{2,}")
PHONE_LIKE = re.compile(r"[\d\s().+/#-]+")


def fail(rid: str, why: str) -> None:
    raise ValueError(f"{rid}: {why}")


def _check_phone(rid: str, text: str, val: dict, doc_region: str | None) -> None:
    num = pn.parse(val["e164"])
    region = pn.region_code_for_number(num)
    if not pn.is_valid_number(num):
        fail(rid, f"invalid phone {text}")
    if val["mode"] in ("local-announced", "list-entry"):
        nsn = pn.national_significant_number(num)
        tail = nsn[ph.area_len(num) :]
        if (
            region not in ph.LOCAL_REGIONS
            or re.sub(r"\D", "", text) != tail
            or tail[0] in "01"
            or ph.area_len(num) == 0
            or region != doc_region
        ):
            fail(rid, f"bad local phone {text}")
        return
    if region not in ph.IN_SCOPE and not text.startswith(("+", "00")):
        fail(rid, f"foreign number not international: {text}")
    if val["mode"] == "national" and region != doc_region:
        fail(rid, f"national number of another region: {text}")
    back = ph.reparse(text, region)
    if ph.e164(back) != val["e164"] or not pn.is_valid_number(back):
        fail(rid, f"phone does not re-parse: {text}")


def _check_value(rid: str, kind: str, text: str, val: dict, doc_region: str | None) -> None:
    if kind == "PHONE":
        _check_phone(rid, text, val, doc_region)
    elif kind == "EMAIL":
        if not core.EMAIL_RE.match(text):
            fail(rid, f"bad email {text}")
    elif kind == "CREDIT_CARD":
        digits = re.sub(r"[ -]", "", text)
        if not (digits.isdigit() and 13 <= len(digits) <= 19 and core.luhn_ok(digits)):
            fail(rid, f"bad card {text}")
    elif kind == "IBAN":
        compact = text.replace(" ", "")
        layout = core.IBAN_LAYOUT.get(compact[:2], "")
        want = 4 + sum(int(n) for n in re.findall(r"\d+", layout))
        if len(compact) != want or core.iban_mod97(compact) != 1:
            fail(rid, f"bad iban {text}")
    elif kind == "US_SSN":
        parts = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", text)
        if not parts or not core.ssn_ok(parts.group(1), parts.group(3), parts.group(4)):
            fail(rid, f"bad ssn {text}")
    elif kind == "IP_ADDRESS":
        if not core.ip_ok(text):
            fail(rid, f"bad ip {text}")
    else:
        fail(rid, f"unknown kind {kind}")


def check_spans(rid: str, text: str, spans: list[dict], values: list[dict], doc_region: str | None) -> None:
    last_end = 0
    if len(spans) != len(values):
        fail(rid, "spans and values differ in number")
    for span, val in zip(spans, values, strict=True):
        s, e = span["start"], span["end"]
        if not (last_end <= s < e <= len(text)):
            fail(rid, f"span order/bounds {span}")
        if text[s:e] != val["text"] or span["kind"] != val["kind"]:
            fail(rid, f"span text {text[s:e]!r} != {val['text']!r}")
        if (s > 0 and (text[s - 1].isalnum() or text[s - 1] == "+")) or (e < len(text) and text[e].isalnum()):
            fail(rid, f"span runs into a neighbour: {text[max(0, s - 3) : e + 3]!r}")
        _check_value(rid, span["kind"], text[s:e], val, doc_region)
        last_end = e


def masked(text: str, spans: list[dict]) -> str:
    chars = list(text)
    for span in spans:
        for i in range(span["start"], span["end"]):
            chars[i] = MASK
    return "".join(chars)


def _card_hazard(run: str) -> bool:
    groups = re.split(r"[ -]", run)
    for i in range(len(groups)):
        digits = ""
        for j in range(i, len(groups)):
            digits += groups[j]
            if len(digits) > 19:
                break
            if len(digits) >= 13 and core.luhn_ok(digits):
                return True
    return False


def hazards(text: str) -> list[str]:
    """What in this (already masked) text could be taken for a gold value."""
    found = []
    found += [m.group(0) for m in RUN.finditer(text) if _card_hazard(m.group(0))]
    found += [m.group(0) for m in SSN_SHAPE.finditer(text) if core.ssn_ok(m.group(1), m.group(3), m.group(4))]
    found += [m.group(0) for m in SSN_CUE.finditer(text)]
    for m in IBAN_START.finditer(text):
        compact = m.group(1).replace(" ", "").upper()
        found += [
            compact[:n] for n in range(15, min(34, len(compact)) + 1) if core.iban_mod97(compact[:n]) == 1
        ]
    for m in DOTTED.finditer(text):
        parts = m.group(0).split(".")
        for i in range(len(parts) - 3):
            quad = ".".join(parts[i : i + 4])
            if all(len(p) <= 3 for p in parts[i : i + 4]) and core.ip_ok(quad):
                found.append(quad)
    for m in V6_TOKEN.finditer(text):
        token = m.group(0).strip(":.")
        if token.count(":") >= 2 and core.ip_ok(token):
            found.append(token)
    found += [m.group(0) for m in EMAIL_ANY.finditer(text)]
    return found


def check_unlabelled(rid: str, text: str, spans: list[dict], literals, negs) -> None:
    bad = hazards(masked(text, spans))
    if bad:
        fail(rid, f"unlabelled hazard {bad}")
    for s, e in literals:
        for m in LITERAL_RUN.finditer(text[s:e]):
            if sum(c.isdigit() for c in m.group(0)) >= 5:
                fail(rid, f"number in template text: {m.group(0)!r}")
    for s, e, cat in negs:
        value = text[s:e]
        if (
            cat in PHONE_SHAPED
            and PHONE_LIKE.fullmatch(value)
            and sum(c.isdigit() for c in value) >= 7
            and not WORD.search(text[max(0, s - 40) : s])
        ):
            fail(rid, f"unannounced hazard: phone-shaped {cat} {value!r}")
