"""Values of the v23 set other than phone numbers (cards, IBANs, SSNs, IPs, e-mails), their validators, and
the guards that keep unlabelled look-alikes out of the masked text."""

import ipaddress
import re

# ---- cards, IBANs, SSNs, IPs, e-mails -------------------------------------------------------------------


def luhn_ok(d):
    tot = 0
    for i, ch in enumerate(reversed(d)):
        k = int(ch) * (2 if i % 2 else 1)
        tot += k - 9 if k > 9 else k
    return tot % 10 == 0


def make_card(rng, mode):
    mc = rng.choice(["51", "52", "53", "54", "55"])
    brand, pre, n = rng.choice(
        [
            ("visa", "4", 16),
            ("visa", "4", 16),
            ("mc", mc, 16),
            ("mc", str(rng.randint(2221, 2720)), 16),
            ("amex", rng.choice(["34", "37"]), 15),
            ("discover", "6011", 16),
        ]
    )
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    d = next(body + c for c in "0123456789" if luhn_ok(body + c))
    groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
    text = {"grouped": " ".join(groups), "dashed": "-".join(groups), "compact": d}[mode]
    return text


IBAN_LEN = {
    "DE": 22,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "NL": 18,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "PT": 25,
    "IE": 22,
    "BR": 29,
}


def mod97(s):
    s = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in s)) % 97


def make_iban(rng, country, mode):
    d = lambda n: "".join(rng.choice("0123456789") for _ in range(n))  # noqa: E731
    bban = {
        "DE": lambda: d(18),
        "FR": lambda: d(23),
        "ES": lambda: d(20),
        "BE": lambda: d(12),
        "AT": lambda: d(16),
        "PT": lambda: d(21),
        "CH": lambda: d(17),
        "IT": lambda: rng.choice("ABCDEFGHKLMNPRSTX") + d(22),
        "NL": lambda: rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB", "BUNQ"]) + d(10),
        "GB": lambda: rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + d(14),
        "IE": lambda: rng.choice(["AIBK", "BOFI"]) + d(14),
        "BR": lambda: d(23) + "C" + rng.choice("123"),
    }[country]()
    raw = country + "00" + bban
    check = 98 - mod97(raw)
    iban = f"{country}{check:02d}{bban}"
    assert mod97(iban) == 1 and len(iban) == IBAN_LEN[country]
    return " ".join(iban[i : i + 4] for i in range(0, len(iban), 4)) if mode == "grouped" else iban


def ssn_ok(d):
    a, g, s = d[:3], d[3:5], d[5:]
    return (
        len(d) == 9
        and a not in ("000", "666")
        and a < "900"
        and g != "00"
        and s != "0000"
        and not ("987654320" <= d <= "987654329")
        and d not in ("078051120", "219099999")
    )


def make_ssn(rng, mode):
    while True:
        d = f"{rng.randint(1, 899):03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        if ssn_ok(d):
            sep = "-" if mode == "dashed" else " "
            return f"{d[:3]}{sep}{d[3:5]}{sep}{d[5:]}"


def make_ipv4(rng, private):
    if private:
        return rng.choice(
            [
                lambda: f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                lambda: f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                lambda: f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        )()
    while True:
        ip = f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def make_ipv6(rng):
    while True:
        groups = [f"{rng.choice([0x2001, 0x2A00, 0x2A01, 0x2A02, 0x2600, 0x2804, 0x2406, 0x2003]):x}"]
        groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(2, 3))]
        tail = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(1, 2))]
        text = ":".join(groups) + "::" + ":".join(tail)
        ip = ipaddress.IPv6Address(text)
        if ip.is_global and str(ip) == text:
            return text


EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")

# ---- guards ------------------------------------------------------------------------------------------------
_RUN = re.compile(r"\d+(?:[ -]\d+)*")
_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,32}")
_SSN = re.compile(r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d])")
_QUAD = re.compile(r"(?<![\d.])\d{1,3}(?:\.\d{1,3}){3}(?!\d)")
_V6 = re.compile(r"(?<![\w:.])[0-9A-Fa-f]*:[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*")


def guard_hits(text):
    """What must never stand unlabelled in a text: '@', a Luhn-valid 13-19 digit run (grouped by single spaces
    or hyphens, any run of whole groups), a mod-97-valid IBAN shape, an SSN shape, a dotted quad, an IPv6."""
    hits = []
    if "@" in text:
        hits.append("at-sign")
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
        c = m.group().replace(" ", "")
        if any(mod97(c[:n]) == 1 for n in range(15, min(34, len(c)) + 1) if c[:n].isalnum()):
            hits.append("iban:" + c)
    hits += ["ssn:" + m.group() for m in _SSN.finditer(text)]
    hits += ["quad:" + m.group() for m in _QUAD.finditer(text)]
    for m in _V6.finditer(text):
        cand = m.group().rstrip(".:")
        try:
            ipaddress.IPv6Address(cand)
            hits.append("ipv6:" + cand)
        except ValueError:
            pass
    return hits
