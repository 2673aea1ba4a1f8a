"""Non-phone values: e-mails, cards (Luhn), IBANs (python-stdnum), IPs (ipaddress), US SSNs (SSA rules)."""

import ipaddress
import string

from stdnum import iban as stdiban

ROLE = [
    "samples",
    "lab.bookings",
    "qa-lab",
    "coldchain",
    "fieldteam",
    "calibration",
    "biosafety",
    "techservice",
    "datalogger",
    "volunteers",
    "sequencing",
    "stores",
    "chemstores",
    "airwatch",
]
SUFFIX = ["-labs.org", "-analytics.com", "-science.net", "-instruments.com", "-survey.org", "-lab.io"]


def email(rng, fake, role):
    dom = fake.domain_word() + rng.choice(SUFFIX)
    if role:
        return rng.choice(ROLE) + "@" + dom
    first, last = fake.first_name().lower(), fake.last_name().lower()
    first = "".join(c for c in first if c in string.ascii_lowercase) or "kim"
    last = "".join(c for c in last if c in string.ascii_lowercase) or "lee"
    return (
        rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first[0]}", f"{first}_{last}"])
        + "@"
        + dom
    )


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2:
            v *= 2
            v -= 9 if v > 9 else 0
        s += v
    return s % 10 == 0


def card(rng, mode):
    pre, n = rng.choice([("4", 16), ("51", 16), ("53", 16), ("2221", 16), ("37", 15), ("6011", 16)])
    body = pre + "".join(rng.choice(string.digits) for _ in range(n - len(pre) - 1))
    d = next(body + c for c in string.digits if luhn_ok(body + c))
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    parts, i = [], 0
    for k in sizes:
        parts.append(d[i : i + k])
        i += k
    return {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": d}[mode]


IBAN_BBAN = {  # country: pattern of the BBAN (d digit, A upper letter)
    "DE": "d" * 18,
    "NL": "AAAA" + "d" * 10,
    "FR": "d" * 23,
    "ES": "d" * 20,
    "IT": "A" + "d" * 22,
    "PT": "d" * 21,
    "BE": "d" * 12,
    "AT": "d" * 16,
    "CH": "d" * 17,
    "GB": "AAAA" + "d" * 14,
    "IE": "AAAA" + "d" * 14,
}
BANKS = {
    "NL": ["ABNA", "RABO", "INGB", "TRIO", "SNSB"],
    "GB": ["NWBK", "BARC", "LOYD", "HBUK"],
    "IE": ["AIBK", "BOFI"],
}


def iban(rng, country, mode):
    pat = IBAN_BBAN[country]
    for _ in range(100000):
        bban = "".join(
            rng.choice(string.digits) if c == "d" else rng.choice(string.ascii_uppercase) for c in pat
        )
        if country in BANKS:
            bban = rng.choice(BANKS[country]) + bban[4:]
        num = "".join(str(int(c, 36)) for c in bban + country + "00")
        chk = 98 - int(num) % 97
        val = f"{country}{chk:02d}{bban}"
        if stdiban.is_valid(val):
            if mode == "electronic":
                return val
            return " ".join(val[i : i + 4] for i in range(0, len(val), 4))
    raise RuntimeError(country)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ]
            )
        else:
            hi = rng.choice([0x2001, 0x2A00, 0x2A02, 0x2600, 0x2C0F, 0x2406])
            a = ipaddress.IPv6Address((hi << 112) | rng.getrandbits(112))
            if a.is_global:
                return str(a)


def ssn_ok(area, group, serial):
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0


def ssn(rng, mode):
    while True:
        a, b, c = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if (
            ssn_ok(a, b, c)
            and not (a == 78 and b == 5 and c == 1120)
            and not (a == 219 and b == 9 and c == 9999)
        ):
            sep = " " if mode == "spaced" else "-"
            return f"{a:03d}{sep}{b:02d}{sep}{c:04d}"
