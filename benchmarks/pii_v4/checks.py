"""Self-check of held-out set v4: gold spans are exact and valid; unlabelled text holds no PII."""

from __future__ import annotations

import re

import phonenumbers as pn

from benchmarks.pii_v4.values import EMAIL_RE, iban_ok, ip_ok, luhn_ok, ssn_ok

KINDS = {"PHONE", "EMAIL", "CREDIT_CARD", "IBAN", "US_SSN", "IP_ADDRESS"}
MASK = "\u00a4"
DIGIT_RUN = re.compile(r"(?<![\d])\d(?:[ \-\u00a0]?\d){12,18}(?!\d)")
SSN_SHAPE = re.compile(r"(?<![\d-])\d{3}[- ]\d{2}[- ]\d{4}(?![\d-])")
IBAN_SHAPE = re.compile(r"[A-Z]{2}\d{2}[ A-Z0-9]{10,40}")
IPV4 = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\.?\d)")
IPV6 = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(?::[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
EMAILISH = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
INTL_RUN = re.compile(r"(?:\+|\b00)\d[\d \-./()\u00a0\u2013]{5,}\d")
PAREN_RUN = re.compile(r"\(\d{2,5}\)[ \-\u00a0]?\d[\d \-./\u00a0\u2013]{3,}\d")


def _phone_ok(text: str, meta: dict, region_of_doc: str) -> str | None:
    num = pn.parse(meta["e164"], None)
    if not pn.is_valid_number(num):
        return "invalid number"
    nsn = pn.national_significant_number(num)
    cc = str(num.country_code)
    digits = re.sub(r"\D", "", text.replace("(0)", ""))
    mode = meta["mode"]
    if mode == "international":
        ok = digits in (cc + nsn, "00" + cc + nsn, "001" + nsn) and text[0] in "+0"
        return None if ok else "international digits"
    if mode in ("local-announced", "list-entry"):
        area = meta["area_len"]
        if area != pn.length_of_geographical_area_code(num) or area == 0:
            return "area code"
        return None if digits == nsn[area:] and digits[0] not in "01" else "local digits"
    if digits not in (nsn, "0" + nsn, "1" + nsn):
        return "national digits"
    again = pn.parse(text, meta["region"])
    if pn.format_number(again, pn.PhoneNumberFormat.E164) != meta["e164"]:
        return "reparse " + pn.format_number(again, pn.PhoneNumberFormat.E164)
    return None


def value_ok(kind: str, text: str, meta: dict, region: str) -> str | None:
    if kind == "PHONE":
        return _phone_ok(text, meta, region)
    if kind == "EMAIL":
        return None if EMAIL_RE.match(text) else "email"
    if kind == "CREDIT_CARD":
        d = re.sub(r"[ \-\u00a0]", "", text)
        return None if d.isdigit() and 13 <= len(d) <= 19 and luhn_ok(d) else "card"
    if kind == "IBAN":
        return None if iban_ok(text) else "iban"
    if kind == "US_SSN":
        return None if ssn_ok(text) else "ssn"
    if kind == "IP_ADDRESS":
        return None if ip_ok(text) else "ip"
    return "kind"


def masked(text: str, spans: list[dict]) -> str:
    out = list(text)
    for s in spans:
        for i in range(s["start"], s["end"]):
            out[i] = MASK
    return "".join(out)


def hazards(text: str, region: str | None = None) -> list[str]:
    """PII-looking values in text that carries no label (spans already masked)."""
    found = []
    for m in DIGIT_RUN.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if luhn_ok(d):
            found.append("luhn:" + m.group())
    found += ["ssn:" + m.group() for m in SSN_SHAPE.finditer(text) if ssn_ok(m.group())]
    for m in IBAN_SHAPE.finditer(text):
        s = m.group()
        for end in range(len(s), 11, -1):
            if s[end - 1] != " " and iban_ok(s[:end]):
                found.append("iban:" + s[:end])
                break
    found += ["ipv4:" + m.group() for m in IPV4.finditer(text) if ip_ok(m.group())]
    found += [
        "ipv6:" + m.group() for m in IPV6.finditer(text) if m.group().count(":") >= 2 and ip_ok(m.group())
    ]
    found += ["email:" + m.group() for m in EMAILISH.finditer(text)]
    for m in INTL_RUN.finditer(text):
        try:
            num = pn.parse(m.group() if m.group()[0] == "+" else "+" + m.group()[2:], None)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num):
            found.append("intl-phone:" + m.group())
    if region:
        for m in PAREN_RUN.finditer(text):
            try:
                if pn.is_valid_number(pn.parse(m.group(), region)):
                    found.append("paren-phone:" + m.group())
            except pn.NumberParseException:
                continue
    return found


def check_record(rec: dict, vals: list[dict], region: str | None) -> list[str]:
    errs = []
    text, spans = rec["text"], rec["spans"]
    if len(spans) != len(vals):
        errs.append("values/spans length")
    prev = 0
    for s, v in zip(spans, vals, strict=False):
        st, en = s["start"], s["end"]
        piece = text[st:en]
        if s["kind"] not in KINDS or s["kind"] != v["kind"] or not (prev <= st < en <= len(text)):
            errs.append(f"span order/kind {s}")
        if piece != v["text"] or piece != piece.strip():
            errs.append(f"span text {piece!r} != {v['text']!r}")
        if st > 0 and text[st - 1].isalnum() or en < len(text) and text[en].isalnum():
            errs.append(f"span touches a neighbour {piece!r}")
        bad = value_ok(s["kind"], piece, v, region or "")
        if bad:
            errs.append(f"{s['kind']} {piece!r}: {bad}")
        prev = en
    errs += ["unlabelled " + h for h in hazards(masked(text, spans), region)]
    return errs
