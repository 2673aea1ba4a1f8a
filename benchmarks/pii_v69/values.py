"""Non-phone values for v69: e-mails, cards (Luhn), IBANs (python-stdnum), IPs, US SSNs."""

import ipaddress

from stdnum import iban as std_iban

FREE = [
    "gmail.com",
    "outlook.com",
    "yahoo.com",
    "icloud.com",
    "hotmail.com",
    "proton.me",
    "web.de",
    "gmx.net",
    "orange.fr",
    "libero.it",
    "ziggo.nl",
    "uol.com.br",
    "sapo.pt",
]
ROLE = ["bookings", "hello", "events", "weddings", "office", "studio", "enquiries", "orders", "info"]
BBAN = {
    "DE": "n" * 18,
    "AT": "n" * 16,
    "BE": "n" * 12,
    "NL": "aaaa" + "n" * 10,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "FR": "n" * 23,
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
    "CH": "n" * 17,
}


def luhn_digit(body):
    tot = 0
    for i, ch in enumerate(reversed(body)):
        x = int(ch)
        if i % 2 == 0:
            x = x * 2 - 9 if x > 4 else x * 2
        tot += x
    return str((10 - tot % 10) % 10)


def email(rng, fk, role):
    domain = fk.domain_word() + rng.choice([".com", ".co", ".events", ".studio", ".net"])
    if role:
        return rng.choice(ROLE) + "@" + domain
    first, last = fk.first_name().lower(), fk.last_name().lower()
    user = rng.choice([f"{first}.{last}", f"{first}{last[:1]}", f"{first[:1]}{last}{rng.randint(1, 99)}"])
    return user + "@" + rng.choice(FREE)


def card(rng):
    kind = rng.choice(["visa", "mc", "amex"])
    if kind == "amex":
        body = rng.choice(["34", "37"]) + "".join(str(rng.randint(0, 9)) for _ in range(12))
    else:
        pre = "4" if kind == "visa" else str(rng.randint(51, 55))
        body = pre + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(pre)))
    num = body + luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return num, mode
    sep = " " if mode == "spaced" else "-"
    if len(num) == 15:
        return sep.join([num[:4], num[4:10], num[10:]]), mode
    return sep.join(num[i : i + 4] for i in range(0, 16, 4)), mode


def iban(rng, country):
    for _ in range(100000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "a" else str(rng.randint(0, 9))
            for c in BBAN[country]
        )
        raw = country + "00" + bban
        check = 98 - int("".join(str(int(ch, 36)) for ch in bban + country + "00")) % 97
        raw = f"{country}{check:02d}{bban}"
        if std_iban.is_valid(raw):
            break
    else:
        raise RuntimeError(country)
    mode = rng.choice(["print", "print", "electronic"])
    if mode == "electronic":
        return raw, mode
    return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)), mode


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.ip_address(".".join(str(rng.randint(1, 223)) for _ in range(4)))
            if a.is_global:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 254)}",
                    f"10.{rng.randint(0, 50)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            ), mode
        else:
            words = ["2a02", "2a01", "2001", "2600", "2804"][rng.randint(0, 4)]
            a = ipaddress.ip_address(words + ":" + ":".join(f"{rng.randint(1, 65535):x}" for _ in range(7)))
            if a.is_global:
                return str(a), mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    mode = rng.choice(["dashed", "spaced"])
    return ("-" if mode == "dashed" else " ").join(s), mode
