"""Non-phone values for v56: e-mails, cards, IBANs, IPs and US SSNs."""

import ipaddress
import re
import unicodedata

from stdnum import iban as std_iban

from .negs import luhn_ok

ROLES = [
    "reservations",
    "frontdesk",
    "stay",
    "bookings",
    "hello",
    "guestservices",
    "groups",
    "concierge",
    "welcome",
    "tours",
    "transfers",
    "lostproperty",
]


def _ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", s.lower())


def email(rng, fake, role):
    domain = fake.domain_name()
    if role:
        return rng.choice(ROLES) + "@" + domain, "role"
    first, last = _ascii(fake.first_name()), _ascii(fake.last_name())
    user = rng.choice(
        [f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}{rng.randint(2, 99)}", f"{last}_{first}"]
    )
    return user + "@" + fake.free_email_domain(), "personal"


CARD_PREFIXES = [
    ("4", 16),
    ("51", 16),
    ("53", 16),
    ("55", 16),
    ("2221", 16),
    ("2720", 16),
    ("34", 15),
    ("37", 15),
    ("6011", 16),
    ("4", 13),
]


def card(rng):
    pre, n = rng.choice(CARD_PREFIXES)
    while True:
        body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        for d in "0123456789":
            if luhn_ok(body + d):
                num = body + d
                break
        if n == 15:
            groups = [num[:4], num[4:10], num[10:]]
        elif n == 13:
            groups = [num[:4], num[4:7], num[7:10], num[10:]]
        else:
            groups = [num[i : i + 4] for i in range(0, n, 4)]
        mode = rng.choice(["spaced", "solid", "dashed"])
        text = {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[mode]
        return text, mode


BBAN = {
    "DE": "18n",
    "FR": "10n11n2n",
    "ES": "20n",
    "IT": "1a10n12n",
    "NL": "4a10n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "5n12n",
    "GB": "4a14n",
    "IE": "4a14n",
    "BR": "23n1a1n",
}


def _bban(rng, spec):
    out = []
    for cnt, t in re.findall(r"(\d+)([an])", spec):
        alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if t == "a" else "0123456789"
        out.append("".join(rng.choice(alpha) for _ in range(int(cnt))))
    return "".join(out)


def iban(rng, country):
    for _ in range(100000):
        bban = _bban(rng, BBAN[country])
        check = std_iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if std_iban.is_valid(value):
            if rng.random() < 0.6:
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), "print"
            return value, "electronic"
    raise RuntimeError(country)


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            ), mode
        else:
            a = ipaddress.IPv6Address((0x2A00 + rng.randint(0, 0xFF) << 112) | rng.getrandbits(112))
            if a.is_global:
                return str(a), mode


def ssn_ok(text):
    d = re.sub(r"\D", "", text)
    a, g, s = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a != "000" and a != "666" and a[0] != "9" and g != "00" and s != "0000"


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode
