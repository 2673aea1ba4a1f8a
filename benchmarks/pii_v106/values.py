"""E-mails, cards, IBANs, IP addresses and US SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban

ROLE = [
    "bookings",
    "claims",
    "racing.office",
    "support",
    "members",
    "syndicate",
    "helpdesk",
    "owners",
    "settlements",
]
DOMAINS = [
    "turfclub-events.example",
    "kioskprizes.example",
    "yardmail.example",
    "bingoclub.example",
    "helpline-care.example",
    "poolsround.example",
    "racedaymail.com",
    "lottopunt.net",
    "gmail.com",
]


def _ascii(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower().replace(" ", "")


def email(rng, fake):
    if rng.random() < 0.55:
        return "role", f"{rng.choice(ROLE)}@{rng.choice(DOMAINS[:-1])}"
    first, last = _ascii(fake.first_name()) or "sam", _ascii(fake.last_name()) or "lee"
    user = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(1, 99)}", f"{last}.{first[0]}"]
    )
    return "personal", f"{user}@{rng.choice(DOMAINS)}"


def luhn_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def card(rng):
    pre = rng.choice(["4", "51", "53", "55", "2221", "37"])
    n = 15 if pre == "37" else 16
    body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
    num = body + luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    if n == 15:
        g = [num[:4], num[4:10], num[10:]]
    else:
        g = [num[i : i + 4] for i in range(0, 16, 4)]
    return mode, {"spaced": " ".join(g), "solid": num, "dashed": "-".join(g)}[mode]


BBAN = {
    "DE": "n18",
    "GB": "a4n14",
    "NL": "a4n10",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "PT": "n21",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "IE": "a4n14",
    "BR": "n23a1c1",
}


def iban(rng, country):
    spec = BBAN[country]
    for _ in range(200000):
        bban, i = "", 0
        while i < len(spec):
            t = spec[i]
            j = i + 1
            while j < len(spec) and spec[j].isdigit():
                j += 1
            k = int(spec[i + 1 : j])
            pool = {
                "n": "0123456789",
                "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
                "c": "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
            }[t]
            bban += "".join(rng.choice(pool) for _ in range(k))
            i = j
        raw = country + "00" + bban
        num = raw[4:] + raw[:4]
        conv = "".join(str(int(c, 36)) for c in num)
        check = 98 - int(conv) % 97
        full = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(full):
            if rng.random() < 0.6:
                return "print", " ".join(full[i : i + 4] for i in range(0, len(full), 4))
            return "electronic", full
    raise RuntimeError(country)


def ip(rng):
    r = rng.random()
    if r < 0.4:
        v = rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
            ]
        )
        return "v4-private", v
    if r < 0.75:
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
            if a.is_global:
                return "v4", str(a)
    groups = ["2001", "db8" if rng.random() < 0.3 else f"{rng.randint(0x100, 0xFFF):x}"]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 6]))]
    s = ":".join(groups) + ("::" + f"{rng.randint(1, 0xFFF):x}" if len(groups) == 4 else "")
    ipaddress.IPv6Address(s)
    return "v6", s


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        if rng.random() < 0.5:
            return "dashed", f"{a:03d}-{g:02d}-{s:04d}"
        return "spaced", f"{a:03d} {g:02d} {s:04d}"
