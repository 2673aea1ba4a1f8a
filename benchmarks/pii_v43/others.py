"""Cards, IBANs, IPs, SSNs and e-mail addresses for v43."""

import ipaddress
import unicodedata

from faker import Faker
from stdnum import iban as std_iban

# ---- other kinds -------------------------------------------------------------------------------------


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d *= 2
            d -= 9 if d > 9 else 0
        total += d
    return total % 10 == 0


def card(rng):
    pre, n = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15), ("6011", 16)])
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    for d in "0123456789":
        if luhn_ok(body + d):
            num = body + d
            break
    style = rng.choice(["spaced", "dashed", "solid"])
    if n == 15:
        parts = [num[:4], num[4:10], num[10:]]
    else:
        parts = [num[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": num}[style], style


IBAN_BBAN = {
    "DE": "18n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "PT": "21n",
    "GB": "4a14n",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12c",
    "IE": "4a14n",
}


def iban(rng, country):
    spec = IBAN_BBAN[country]
    for _ in range(1000):
        bban, num = "", ""
        for ch in spec:
            if ch.isdigit():
                num += ch
                continue
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789"}[ch]
            bban += "".join(rng.choice(pool) for _ in range(int(num)))
            num = ""
        check = std_iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if std_iban.is_valid(value):
            style = rng.choice(["print", "print", "electronic"])
            text = " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if style == "print" else value
            return text, style
    raise RuntimeError(country)


def ip(rng):
    style = rng.choice(["v4", "v4", "v4-private", "v6"])
    if style == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randrange(1 << 32))
            if a.is_global and not a.is_multicast:
                return str(a), style
    if style == "v4-private":
        return rng.choice(
            [
                f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
            ]
        ), style
    groups = ["2001", "db8" if rng.random() < 0.3 else f"{rng.randrange(0x4000, 0xFFFF):x}"]
    groups += [f"{rng.randrange(0x10000):x}" for _ in range(6)]
    return str(ipaddress.IPv6Address(":".join(groups))), style


def ssn(rng):
    while True:
        a, g, s = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if a != 666:
            break
    style = rng.choice(["dashed", "dashed", "spaced"])
    sep = "-" if style == "dashed" else " "
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", style


_FAKERS = {}


def _ascii(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if c.isascii() and c.isalpha())


def person(rng, locale):
    fk = _FAKERS.get(locale)
    if fk is None:
        fk = _FAKERS[locale] = Faker(locale if locale != "hi" else "en_IN")
    fk.seed_instance(rng.randrange(1 << 30))
    first, last = fk.first_name(), fk.last_name()
    return first, last


def email(rng, locale, domains, roles):
    if rng.random() < 0.5:
        return f"{rng.choice(roles)}@{rng.choice(domains)}", "role"
    first, last = person(rng, locale)
    f, la = _ascii(first), _ascii(last)
    if not f or not la:
        f, la = "sam", "rivera"
    user = rng.choice(
        [f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}", f"{f}_{la}{rng.randrange(10, 99)}", f"{f}{la[0]}"]
    )
    return f"{user}@{rng.choice(domains)}", "personal"
