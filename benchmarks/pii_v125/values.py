"""Non-phone values for v125: e-mails, cards, IBANs, IPs, SSNs."""

from __future__ import annotations

import ipaddress
import random

from faker import Faker
from stdnum import iban as std_iban

from .negs import luhn

SLUGS = [
    "moonwell-tarot",
    "silverbirch-reiki",
    "stillwater-retreats",
    "quartzandsage",
    "seventhhouse-astro",
    "lotusgong",
    "hazelcircle",
    "amethyst-lane",
    "northnode-studio",
    "emberandbowl",
]
ROLES = ["bookings", "readings", "hello", "retreat", "stands", "healing", "shop", "charts"]
TLD = {
    "en_US": "com",
    "en_GB": "co.uk",
    "en_IN": "in",
    "en_AU": "com.au",
    "en_IE": "ie",
    "de_DE": "de",
    "de_AT": "at",
    "de_CH": "ch",
    "fr_FR": "fr",
    "fr_BE": "be",
    "es_ES": "es",
    "it_IT": "it",
    "nl_NL": "nl",
    "nl_BE": "be",
    "pt_PT": "pt",
    "pt_BR": "com.br",
}
IBAN_BBAN = {
    "DE": "n18",
    "NL": "a4n10",
    "GB": "a4n14",
    "AT": "n16",
    "CH": "n17",
    "IE": "a4n14",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "PT": "n21",
    "BE": "n12",
}
IBAN_COUNTRY = {
    "de": ["DE", "AT", "CH"],
    "nl": ["NL", "BE"],
    "en": ["GB", "IE"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "pt": ["PT"],
}


class Values:
    def __init__(self, rng: random.Random, seed: int) -> None:
        self.rng = rng
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)

    def email(self, locale: str) -> tuple[str, str]:
        if self.rng.random() < 0.55:
            return "%s@%s.%s" % (self.rng.choice(ROLES), self.rng.choice(SLUGS), TLD[locale]), "role"
        return "%s@%s" % (self.fake.user_name(), self.fake.free_email_domain()), "personal"

    def card(self) -> tuple[str, str]:
        r = self.rng
        kind = r.choice(["visa", "mc", "amex"])
        if kind == "amex":
            body, size = r.choice(["34", "37"]), 15
        elif kind == "mc":
            body, size = "5" + str(r.randint(1, 5)), 16
        else:
            body, size = "4", 16
        while True:
            num = body + "".join(str(r.randint(0, 9)) for _ in range(size - len(body) - 1))
            for d in "0123456789":
                if luhn(num + d):
                    num += d
                    break
            break
        mode = r.choice(["spaced", "solid", "dashed"])
        groups = [num[:4], num[4:10], num[10:]] if size == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[mode]
        return text, mode

    def iban(self, lang: str) -> tuple[str, str]:
        r = self.rng
        cc = r.choice(IBAN_COUNTRY[lang])
        spec = IBAN_BBAN[cc]
        for _ in range(100000):
            bban = ""
            for part in spec.replace("a", " a").replace("n", " n").split():
                k = int(part[1:])
                pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if part[0] == "a" else "0123456789"
                bban += "".join(r.choice(pool) for _ in range(k))
            num = cc + "00" + bban
            check = 98 - int("".join(str(int(c, 36)) for c in bban + cc + "00")) % 97
            num = cc + "%02d" % check + bban
            if std_iban.is_valid(num):
                break
        else:
            raise RuntimeError("no IBAN for " + cc)
        mode = r.choice(["print", "print", "electronic"])
        text = " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if mode == "print" else num
        return text, mode

    def ip(self) -> tuple[str, str]:
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        if mode == "v4":
            while True:
                a = ipaddress.IPv4Address(r.getrandbits(32))
                if a.is_global and not a.is_multicast and str(a).split(".")[0] not in ("0", "255"):
                    return str(a), mode
        if mode == "v4-private":
            t = r.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.%d.%d.%d"])
            if t.startswith("172"):
                return t % (r.randint(16, 31), r.randint(0, 255), r.randint(1, 254)), mode
            if t.startswith("10"):
                return t % (r.randint(0, 255), r.randint(0, 255), r.randint(1, 254)), mode
            return t % (r.randint(0, 255), r.randint(1, 254)), mode
        a = ipaddress.IPv6Address((0x2A00 + r.randint(0, 15)) << 112 | r.getrandbits(112))
        return (a.compressed if r.random() < 0.5 else a.exploded), mode

    def ssn(self) -> tuple[str, str]:
        r = self.rng
        area = r.choice([x for x in range(1, 900) if x != 666])
        g, s = r.randint(1, 99), r.randint(1, 9999)
        mode = r.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        return "%03d%s%02d%s%04d" % (area, sep, g, sep, s), mode


def ssn_ok(text: str) -> bool:
    d = text.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0
