"""Non-phone values for v118: e-mails, cards, IBANs, IPs and US SSNs, each made valid by construction."""

import ipaddress
import random

from stdnum import iban as std_iban

from .negs import luhn_ok

IBAN_CC = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "es_ES": "ES",
    "it_IT": "IT",
    "pt_PT": "PT",
    "en_GB": "GB",
    "en_IE": "IE",
}
# BBAN shapes: n digit, a capital letter
BBAN = {
    "DE": "n" * 18,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "NL": "aaaa" + "n" * 10,
    "BE": "n" * 12,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "PT": "n" * 21,
    "GB": "aaaa" + "n" * 14,
    "IE": "aaaa" + "n" * 14,
}
BANKS = {
    "NL": ["RABO", "INGB", "ABNA", "TRIO", "SNSB"],
    "GB": ["BARC", "LOYD", "NWBK", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}
ROLES = [
    "repeater",
    "bureau",
    "fixers",
    "workshop",
    "netcontrol",
    "contest",
    "info",
    "kits",
    "space",
    "secretary",
]


def card(rng: random.Random) -> tuple[str, str]:
    while True:
        pre = rng.choice(["4", "51", "53", "55", "2221", "2720"])
        body = pre + "".join(str(rng.randint(0, 9)) for _ in range(15 - len(pre)))
        for d in range(10):
            if luhn_ok(body + str(d)):
                num = body + str(d)
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        return mode, {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[mode]


def iban(rng: random.Random, locale: str) -> tuple[str, str] | None:
    cc = IBAN_CC.get(locale)
    if not cc:
        return None
    for _ in range(20000):
        bban = ""
        for ch in BBAN[cc]:
            bban += str(rng.randint(0, 9)) if ch == "n" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        if cc in BANKS:
            bban = rng.choice(BANKS[cc]) + bban[4:]
        num = cc + std_iban.calc_check_digits(cc + "00" + bban) + bban
        if std_iban.is_valid(num):
            mode = rng.choice(["print", "electronic"])
            return mode, (" ".join(num[i : i + 4] for i in range(0, len(num), 4)) if mode == "print" else num)
    raise RuntimeError(cc)


def ip(rng: random.Random) -> tuple[str, str]:
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.ip_address(
                "%d.%d.%d.%d"
                % (
                    rng.choice([31, 46, 62, 77, 85, 91, 141, 176, 185, 193, 212, 217]),
                    rng.randint(0, 255),
                    rng.randint(0, 255),
                    rng.randint(1, 254),
                )
            )
            if a.is_global:
                return mode, str(a)
        elif mode == "v4-private":
            return mode, rng.choice(
                [
                    "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                    "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(2, 254)),
                    "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
                ]
            )
        else:
            g = ["%x" % rng.randint(0, 0xFFFF) for _ in range(4)]
            a = ipaddress.ip_address(
                "2a0%d:%s:%s:%s::%x" % (rng.randint(1, 9), g[0], g[1], g[2], rng.randint(1, 0xFFF))
            )
            return mode, str(a)


def ssn(rng: random.Random) -> tuple[str, str]:
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = "%03d%02d%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return mode, s[:3] + sep + s[3:5] + sep + s[5:]


def email(rng: random.Random, fake) -> tuple[str, str]:
    dom = fake.domain_name()
    if rng.random() < 0.5:
        return "role", rng.choice(ROLES) + "@" + dom
    first, last = fake.first_name().lower(), fake.last_name().lower()
    user = rng.choice(
        [f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last[:3]}", f"{last}{rng.randint(1, 99)}"]
    )
    return "personal", "".join(ch for ch in user if ch.isalnum() or ch in "._") + "@" + dom
