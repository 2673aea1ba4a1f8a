"""Cards, IBANs, SSNs, IPs and e-mails for v67, plus the guards used to screen negatives."""

import ipaddress
import re

from stdnum import iban as std_iban


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        k = int(c) * (2 if i % 2 else 1)
        s += k - 9 if k > 9 else k
    return s % 10 == 0


def card(rng, mode):
    pre, n = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("34", 15), ("37", 15)])
    while True:
        d = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        d += next(c for c in "0123456789" if luhn_ok(d + c))
        if luhn_ok(d):
            break
    groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": d}[mode]


BBAN = {
    "DE": "8n10n",
    "GB": "4a6n8n",
    "NL": "4a10n",
    "AT": "5n11n",
    "FR": "5n5n11n2n",
    "ES": "4n4n2n10n",
    "IT": "1a5n5n12n",
    "PT": "4n4n11n2n",
    "BE": "3n7n2n",
    "CH": "5n12n",
}
BANKS = {"GB": ["NWBK", "LOYD", "BARC", "HBUK"], "NL": ["ABNA", "RABO", "INGB", "SNSB"]}


def iban(rng, country, mode):
    spec = re.findall(r"(\d+)([an])", BBAN[country])
    for _ in range(20000):
        b = ""
        for n, t in spec:
            if t == "a":
                b += (
                    rng.choice(BANKS[country])
                    if country in BANKS
                    else "".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(int(n)))
                )
            else:
                b += "".join(rng.choice("0123456789") for _ in range(int(n)))
        raw = country + "00" + b
        num = int("".join(str(int(c, 36)) for c in b + country + "00"))
        raw = country + "%02d" % (98 - num % 97) + b
        if std_iban.is_valid(raw):
            break
    else:
        raise RuntimeError(country)
    return raw if mode == "electronic" else " ".join(raw[i : i + 4] for i in range(0, len(raw), 4))


def ssn_ok(s):
    d = re.sub(r"\D", "", s)
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and g > 0 and n > 0 and not d.startswith("98765432")


def ssn(rng, mode):
    while True:
        a = rng.randint(1, 899)
        s = "%03d%02d%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        if ssn_ok(s):
            return (
                "%s-%s-%s" % (s[:3], s[3:5], s[5:])
                if mode == "dashed"
                else "%s %s %s" % (s[:3], s[3:5], s[5:])
            )


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and int(str(a).split(".")[0]) < 224:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(2, 254)),
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                ]
            )
        else:
            a = ipaddress.IPv6Address((0x2A00 + rng.randint(0, 0x1FF)) << 112 | rng.getrandbits(112))
            if rng.random() < 0.4:
                a = ipaddress.IPv6Address(int(a) & ~((1 << 64) - 1) | rng.randint(1, 0xFFFF))
            if a.is_global:
                return str(a)


EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
SSN_RE = re.compile(r"(?<!\d)\d{3}[- ]\d{2}[- ]\d{4}(?!\d)")
IPV4_RE = re.compile(r"(?<![\d.])(\d{1,3}\.){3}\d{1,3}(?![\d.])")
IPV6_RE = re.compile(r"(?<![\w:])[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}(?![\w:])")
IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}\b")
RUN_RE = re.compile(r"\d(?:[ -]?\d){12,18}")


def guard_hits(text):
    """Things that look like e-mails, cards, IBANs, IPs or SSNs."""
    hits = []
    if EMAIL_RE.search(text):
        hits.append("email")
    for m in RUN_RE.finditer(text):
        d = re.sub(r"\D", "", m.group())
        if 13 <= len(d) <= 19 and luhn_ok(d):
            hits.append("luhn")
    for m in IBAN_RE.finditer(text):
        if std_iban.is_valid(m.group().replace(" ", "")):
            hits.append("iban")
    for m in IPV4_RE.finditer(text):
        try:
            ipaddress.IPv4Address(m.group())
            hits.append("ipv4")
        except ValueError:
            pass
    for m in IPV6_RE.finditer(text):
        try:
            ipaddress.IPv6Address(m.group())
            hits.append("ipv6")
        except ValueError:
            pass
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group()):
            hits.append("ssn")
    return sorted(set(hits))
