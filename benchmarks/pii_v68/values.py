"""Non-phone values: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from faker import Faker
from stdnum import iban as std_iban

from .negs import luhn_ok

ROLES = [
    "newsdesk",
    "tips",
    "press",
    "studio",
    "audience",
    "podcast",
    "pictures",
    "feedback",
    "planning",
    "redaktion",
    "presse",
    "redazione",
    "redaccion",
    "redactie",
    "imprensa",
    "media",
]
IBAN_LOCALE = {
    "DE": "de_DE",
    "AT": "de_AT",
    "CH": "de_CH",
    "FR": "fr_FR",
    "BE": "nl_BE",
    "NL": "nl_NL",
    "ES": "es_ES",
    "IT": "it_IT",
    "PT": "pt_PT",
    "GB": "en_GB",
}


class Values:
    def __init__(self, rng, seed):
        self.rng = rng
        self.en = Faker("en_US")
        self.en.seed_instance(seed)
        self.fakers = {}
        for region, loc in IBAN_LOCALE.items():
            f = Faker(loc)
            f.seed_instance(seed + len(self.fakers) + 1)
            self.fakers[region] = f

    def email(self, role):
        dom = self.en.domain_name()
        if role:
            return self.rng.choice(ROLES) + "@" + dom
        first, last = self.en.first_name().lower(), self.en.last_name().lower()
        user = self.rng.choice(
            [f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{self.rng.randint(1, 99)}"]
        )
        return user + "@" + self.rng.choice([dom, self.en.free_email_domain()])

    def card(self):
        kind = self.rng.choice(["visa", "mc", "amex"])
        pre, n = {"visa": ("4", 16), "mc": (str(self.rng.randint(51, 55)), 16), "amex": ("37", 15)}[kind]
        while True:
            body = pre + "".join(self.rng.choice("0123456789") for _ in range(n - len(pre)))
            if luhn_ok(body):
                break
        mode = self.rng.choice(["spaced", "solid", "dashed"])
        if kind == "amex":
            groups = [body[:4], body[4:10], body[10:]]
        else:
            groups = [body[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(groups), "solid": body, "dashed": "-".join(groups)}[mode]
        return text, mode

    def iban(self, region):
        f = self.fakers.get(region, self.fakers["DE"])
        while True:
            raw = f.iban()
            if std_iban.is_valid(raw):
                break
        mode = self.rng.choice(["print", "print", "electronic"])
        if mode == "print":
            return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)), mode
        return raw, mode

    def ipv4(self, private):
        while True:
            if private:
                a = self.rng.choice(["10", "192.168", "172"])
                if a == "10":
                    ip = (
                        f"10.{self.rng.randint(0, 255)}.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
                    )
                elif a == "172":
                    b, c = self.rng.randint(16, 31), self.rng.randint(0, 255)
                    ip = f"172.{b}.{c}.{self.rng.randint(1, 254)}"
                else:
                    ip = f"192.168.{self.rng.randint(0, 255)}.{self.rng.randint(1, 254)}"
                return ip, "v4-private"
            ip = ".".join(str(self.rng.randint(1, 254)) for _ in range(4))
            if ipaddress.IPv4Address(ip).is_global:
                return ip, "v4"

    def ipv6(self):
        while True:
            head = self.rng.choice(["2a01", "2a02", "2001:4860", "2600", "2a03:2880", "2c0f"])
            rest = ":".join(f"{self.rng.randint(0, 65535):x}" for _ in range(8 - head.count(":") - 1))
            addr = ipaddress.IPv6Address(head + ":" + rest)
            if addr.is_global:
                return str(addr), "v6"

    def ssn(self):
        while True:
            area = self.rng.randint(1, 899)
            if area != 666:
                break
        group, serial = self.rng.randint(1, 99), self.rng.randint(1, 9999)
        mode = self.rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", mode
