"""The non-phone values: e-mails, cards (Luhn), IBANs (python-stdnum), IPs (ipaddress), US SSNs."""

import ipaddress
import unicodedata

from faker import Faker
from stdnum import iban as stdiban

from .negs import luhn

IBAN_FAKER = {
    "DE": "de_DE",
    "FR": "fr_FR",
    "ES": "es_ES",
    "IT": "it_IT",
    "NL": "nl_NL",
    "PT": "pt_PT",
    "GB": "en_GB",
    "BE": "nl_BE",
    "AT": "de_AT",
    "CH": "de_CH",
    "IE": "en_IE",
}


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in s if ch.isalpha())


class Values:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fk_en = Faker("en_US")
        self.fk_en.seed_instance(seed)
        self.fk_iban = {}
        for i, (reg, loc) in enumerate(sorted(IBAN_FAKER.items())):
            fk = Faker(loc)
            fk.seed_instance(seed + 100 + i)
            self.fk_iban[reg] = fk

    def domain(self):
        return self.fk_en.domain_name()

    def email(self, roles, personal):
        if personal:
            user = (
                ascii_name(self.fk_en.first_name())
                + self.rng.choice([".", "_", ""])
                + ascii_name(self.fk_en.last_name())
            )
        else:
            user = self.rng.choice(roles)
        return user + "@" + self.domain(), "personal" if personal else "role"

    def card(self):
        rng = self.rng
        kind = rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
        if kind == "amex":
            pre, n = rng.choice(["34", "37"]), 15
        else:
            pre = {
                "visa": "4",
                "mc": str(rng.randint(51, 55)),
                "mc2": str(rng.randint(2221, 2720)),
                "disc": "6011",
            }[kind]
            n = 16
        while True:
            body = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
            for c in "0123456789":
                if luhn(body + c):
                    digits = body + c
                    break
            if len(set(digits)) > 3:
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        if n == 15:
            groups = [digits[:4], digits[4:10], digits[10:]]
        else:
            groups = [digits[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(groups), "solid": digits, "dashed": "-".join(groups)}[mode]
        return text, mode

    def iban(self, region):
        fk = self.fk_iban.get(region, self.fk_iban["GB"])
        for _ in range(200):
            v = fk.iban()
            if stdiban.is_valid(v):
                break
        else:
            raise RuntimeError("no IBAN for " + region)
        mode = self.rng.choice(["print", "print", "electronic"])
        text = " ".join(v[i : i + 4] for i in range(0, len(v), 4)) if mode == "print" else v
        return text, mode

    def ip(self):
        rng = self.rng
        mode = rng.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(".".join(str(rng.randint(1, 223)) for _ in range(4)))
                if a.is_global:
                    return str(a), mode
            elif mode == "v4-private":
                t = rng.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.%d.%d.%d"])
                if t.startswith("172"):
                    s = t % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
                elif t.startswith("10"):
                    s = t % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
                else:
                    s = t % (rng.randint(0, 255), rng.randint(1, 254))
                return s, mode
            else:
                groups = ["2%03x" % rng.randint(0, 0xFFF)] + ["%x" % rng.randint(0, 0xFFFF) for _ in range(7)]
                if rng.random() < 0.4:
                    groups[4:7] = ["0", "0", "0"]
                a = ipaddress.IPv6Address(":".join(groups))
                if a.is_global:
                    return a.compressed, mode

    def ssn(self):
        rng = self.rng
        while True:
            a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
            if a != 666:
                break
        mode = rng.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode
