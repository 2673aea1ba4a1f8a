"""E-mails, IBANs, cards, IP addresses and US SSNs for v25, their validity tests and the guards."""

import ipaddress
import re
import unicodedata

from . import places

IBAN_COUNTRY = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "en_GB": "GB",
    "en_IE": "IE",
}
# BBAN layout: a = capital letter, n = digit
BBAN = {
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
}
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def ascii_fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if c.isascii() and (c.isalnum() or c in " -'")).lower()


def _mod97(s: str) -> int:
    digits = "".join(str(int(c, 36)) for c in s)
    return int(digits) % 97


def iban_valid(text: str) -> bool:
    s = text.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    return _mod97(s[4:] + s[:4]) == 1


def iban(locale: str, rng, mode: str) -> dict:
    cc = IBAN_COUNTRY[locale]
    bban = "".join(rng.choice(UPPER) if c == "a" else rng.choice("0123456789") for c in BBAN[cc])
    check = 98 - _mod97(bban + cc + "00")
    s = f"{cc}{check:02d}{bban}"
    assert iban_valid(s)
    text = " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "grouped" else s
    return {"kind": "IBAN", "mode": mode, "text": text}


def luhn_ok(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(head: str, length: int, rng) -> str:
    body = head + "".join(rng.choice("0123456789") for _ in range(length - len(head) - 1))
    for last in "0123456789":
        if luhn_ok(body + last):
            return body + last
    raise AssertionError


def card(rng, mode: str) -> dict:
    brand = rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover"])
    if brand == "visa":
        digits = _luhn_complete("4", 16, rng)
    elif brand == "mc":
        digits = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif brand == "mc2":
        digits = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif brand == "amex":
        digits = _luhn_complete(rng.choice(["34", "37"]), 15, rng)
    else:
        digits = _luhn_complete(rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16, rng)
    if len(digits) == 15:
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    sep = {"grouped": " ", "dashed": "-", "compact": ""}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": sep.join(groups)}


def ssn(rng, mode: str) -> dict:
    area = rng.randint(1, 899)
    while area == 666:
        area = rng.randint(1, 899)
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    sep = "-" if mode == "dashed" else " "
    return {"kind": "US_SSN", "mode": mode, "text": f"{area:03d}{sep}{group:02d}{sep}{serial:04d}"}


def ssn_valid(text: str) -> bool:
    m = re.fullmatch(r"(\d{3})([- ])(\d{2})\2(\d{4})", text)
    if not m:
        return False
    area, group, serial = int(m.group(1)), int(m.group(3)), int(m.group(4))
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ipv4(rng, private: bool) -> dict:
    while True:
        if private:
            kind = rng.choice(["10", "172", "192", "192", "192"])
            if kind == "10":
                text = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
            elif kind == "172":
                text = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}"
            else:
                text = f"192.168.{rng.choice([0, 1, 1, 2, 10, 178, 188])}.{rng.randint(2, 254)}"
            if ipaddress.IPv4Address(text).is_private:
                return {"kind": "IP_ADDRESS", "mode": "v4", "text": text}
        else:
            text = ".".join(
                str(x)
                for x in [rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)]
            )
            if ipaddress.IPv4Address(text).is_global:
                return {"kind": "IP_ADDRESS", "mode": "v4", "text": text}


def ipv6(rng) -> dict:
    while True:
        head = rng.choice(
            [
                "2a02:8108",
                "2a01:4f8",
                "2003:e4",
                "2600:1700",
                "2405:201",
                "2804:14c",
                "2a00:23c7",
                "2001:1c00",
                "2a02:a45a",
                "2800:810",
            ]
        )
        rest = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(2)] + ["0"] * rng.randint(2, 3)
        tail = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(8 - len(head.split(":")) - len(rest))]
        addr = ipaddress.IPv6Address(":".join(head.split(":") + rest + tail))
        text = str(addr)
        if addr.is_global and "::" in text:
            return {"kind": "IP_ADDRESS", "mode": "v6", "text": text}


def email(rng, locale: str, lang: str, first: str, last: str, mode: str) -> dict:
    if mode == "role":
        local = rng.choice(places.ROLE_LOCALS[lang])
        domain = rng.choice(places.ORG_SLUGS[locale]) + "." + places.TLD[locale]
    else:
        f = ascii_fold(first).replace(" ", "").replace("'", "") or "mail"
        ln = ascii_fold(last).replace(" ", "").replace("'", "") or "home"
        local = rng.choice(
            [
                f"{f}.{ln}",
                f"{f}{ln}",
                f"{f[0]}.{ln}",
                f"{f}_{ln}",
                f"{ln}.{f}",
                f"{f}.{ln}{rng.randint(1, 99)}",
                f"{f}{rng.randint(70, 99)}",
                f"{f[0]}{ln}",
            ]
        )
        domain = rng.choice(places.MAIL_DOMAINS[locale])
    return {"kind": "EMAIL", "mode": mode, "text": f"{local}@{domain}"}


def email_valid(text: str) -> bool:
    return re.fullmatch(r"[a-z0-9._-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", text) is not None


# ---------------------------------------------------------------- guards on the masked text
_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}")
_SSN = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])")
_QUAD = re.compile(r"(?<![\d.])\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}(?![\d])")
_V6 = re.compile(r"[0-9A-Fa-f:]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:]*")


def mask(text: str, spans: list) -> str:
    chars = list(text)
    for sp in spans:
        for i in range(sp["start"], sp["end"]):
            chars[i] = "\u25a0"
    return "".join(chars)


def guard_hits(masked: str) -> list:
    hits = []
    if "@" in masked:
        hits.append("at-sign")
    for m in _RUN.finditer(masked):
        groups = re.findall(r"\d+", m.group())
        for i in range(len(groups)):
            for j in range(i, len(groups)):
                d = "".join(groups[i : j + 1])
                if 13 <= len(d) <= 19 and luhn_ok(d):
                    hits.append("luhn:" + d)
    for m in _IBAN.finditer(masked):
        s = m.group().replace(" ", "")
        for n in range(15, len(s) + 1):
            if iban_valid(s[:n]):
                hits.append("iban:" + s[:n])
                break
    hits += ["ssn:" + m.group() for m in _SSN.finditer(masked)]
    hits += ["quad:" + m.group() for m in _QUAD.finditer(masked)]
    for m in _V6.finditer(masked):
        tok = m.group().strip(":")
        if not re.search(r"[0-9A-Fa-f]", m.group()):
            continue
        for cand in (m.group(), tok):
            try:
                ipaddress.IPv6Address(cand)
            except ValueError:
                continue
            hits.append("ipv6:" + cand)
            break
    return hits
