"""Non-phone values: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from faker import Faker
from stdnum import iban as std_iban

from .checks_core import luhn, ssn_ok

ROLES = ["panel", "fieldwork", "recruit", "rewards", "qc", "press", "tables", "testers", "studio", "support"]
IBAN_LOCALES = {
    "de": ["de_DE", "de_AT"],
    "fr": ["fr_FR"],
    "es": ["es_ES"],
    "it": ["it_IT"],
    "nl": ["nl_NL", "nl_BE"],
    "pt": ["pt_PT"],
    "en": ["en_GB", "en_IE"],
    "hi": ["en_GB"],
}


class Values:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)
        self.ibans = {}
        for locs in IBAN_LOCALES.values():
            for loc in locs:
                if loc not in self.ibans:
                    f = Faker(loc)
                    f.seed_instance(seed + len(self.ibans))
                    self.ibans[loc] = f

    def email(self, role):
        dom = self.fake.domain_name()
        if role:
            return "%s@%s" % (self.rng.choice(ROLES), dom), "role"
        return "%s@%s" % (self.fake.user_name(), dom), "personal"

    def card(self):
        r = self.rng
        pre, n = r.choice([("4", 16), ("51", 16), ("53", 16), ("55", 16), ("37", 15), ("34", 15)])
        while True:
            body = pre + "".join(str(r.randrange(10)) for _ in range(n - len(pre) - 1))
            for d in range(10):
                if luhn(body + str(d)):
                    digits = body + str(d)
                    break
            mode = r.choice(["spaced", "solid", "dashed"])
            if mode == "solid":
                return digits, mode
            cuts = [4, 10] if n == 15 else [4, 8, 12]
            parts, last = [], 0
            for c in cuts + [n]:
                parts.append(digits[last:c])
                last = c
            return (" " if mode == "spaced" else "-").join(parts), mode

    def iban(self, lang):
        for _ in range(200):
            loc = self.rng.choice(IBAN_LOCALES[lang])
            value = self.ibans[loc].iban()
            if std_iban.is_valid(value):
                break
        else:
            raise RuntimeError("no IBAN for %s" % lang)
        if self.rng.random() < 0.55:
            return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), "print"
        return value, "electronic"

    def ip(self):
        r = self.rng
        mode = r.choice(["v4", "v4-private", "v6"])
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(r.randrange(1 << 32))
                if a.is_global and not a.is_multicast:
                    return str(a), mode
            elif mode == "v4-private":
                net = r.choice(["10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"])
                n = ipaddress.IPv4Network(net)
                a = n[r.randrange(1, n.num_addresses - 1)]
                if str(a).split(".")[-1] not in ("0", "255"):
                    return str(a), mode
            else:
                a = ipaddress.IPv6Address((0x2A0 + r.randrange(16)) << 116 | r.getrandbits(116))
                if a.is_global:
                    return str(a), mode

    def ssn(self):
        r = self.rng
        while True:
            text = "%03d-%02d-%04d" % (r.randrange(1, 900), r.randrange(1, 100), r.randrange(1, 10000))
            if ssn_ok(text):
                if r.random() < 0.5:
                    return text.replace("-", " "), "spaced"
                return text, "dashed"
