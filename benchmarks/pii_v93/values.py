"""Non-phone values: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from faker import Faker
from stdnum import iban as std_iban

from . import negs

BBAN = {
    "DE": "18n",
    "GB": "NWBK14n",
    "NL": "ABNA10n",
    "FR": "23n",
    "ES": "20n",
    "IT": "X22n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "IE": "AIBK14n",
}
IBAN_FOR = {"US": "GB", "IN": "GB", "AU": "GB", "BR": "PT"}
FIRMS = [
    "packright-removals",
    "vanloft",
    "harbourmoves",
    "boxhaven",
    "stowaway-storage",
    "relocare",
    "umzug-lindner",
    "demenag-express",
    "verhuisgroep-noord",
    "mudancas-atlantico",
    "trasteros-sol",
    "traslochi-rapidi",
    "globalhome-shipping",
]
ROLES = ["bookings", "claims", "storage", "accounts", "moves", "survey", "dispatch", "relocation", "info"]
TLD = {
    "US": "com",
    "GB": "co.uk",
    "IN": "in",
    "AU": "com.au",
    "IE": "ie",
    "DE": "de",
    "AT": "at",
    "CH": "ch",
    "FR": "fr",
    "BE": "be",
    "ES": "es",
    "IT": "it",
    "NL": "nl",
    "PT": "pt",
    "BR": "com.br",
}


class Values:
    def __init__(self, rng, seed):
        self.rng = rng
        self.fake = Faker("en_US")
        self.fake.seed_instance(seed)

    def email(self, personal, region):
        r = self.rng
        if personal:
            user = self.fake.user_name()
            dom = self.fake.free_email_domain()
            return "%s@%s" % (user, dom)
        return "%s@%s.%s" % (r.choice(ROLES), r.choice(FIRMS), TLD.get(region, "com"))

    def card(self):
        r = self.rng
        for _ in range(1000):
            kind = r.choice(["visa", "mc", "amex"])
            if kind == "visa":
                d = "4" + "".join(r.choice("0123456789") for _ in range(14))
            elif kind == "mc":
                d = r.choice(["51", "52", "53", "54", "55"]) + "".join(
                    r.choice("0123456789") for _ in range(13)
                )
            else:
                d = r.choice(["34", "37"]) + "".join(r.choice("0123456789") for _ in range(12))
            for c in "0123456789":
                if negs.luhn(d + c):
                    d += c
                    break
            mode = r.choice(["spaced", "solid", "dashed"])
            if len(d) == 15:
                groups = [d[:4], d[4:10], d[10:]]
            else:
                groups = [d[i : i + 4] for i in range(0, 16, 4)]
            text = {"spaced": " ".join(groups), "solid": d, "dashed": "-".join(groups)}[mode]
            return text, mode
        raise RuntimeError

    def iban(self, region):
        r = self.rng
        country = IBAN_FOR.get(region, region)
        if country not in BBAN:
            country = "DE"
        pat = BBAN[country]
        for _ in range(2000):
            prefix = pat.rstrip("0123456789n")
            n = int(pat[len(prefix) : -1])
            bban = prefix + "".join(r.choice("0123456789") for _ in range(n))
            check = std_iban.calc_check_digits(country + "00" + bban)
            code = country + check + bban
            if std_iban.is_valid(code):
                mode = r.choice(["print", "electronic"])
                text = " ".join(code[i : i + 4] for i in range(0, len(code), 4)) if mode == "print" else code
                return text, mode
        raise RuntimeError(country)

    def ip(self, mode):
        r = self.rng
        while True:
            if mode == "v4":
                a = ipaddress.IPv4Address(r.getrandbits(32))
                if a.is_global and not a.is_multicast:
                    return str(a)
            elif mode == "v4-private":
                return r.choice(
                    [
                        "10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                        "192.168.%d.%d" % (r.randint(0, 255), r.randint(2, 254)),
                        "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254)),
                    ]
                )
            else:
                a = ipaddress.IPv6Address((0x2A02 << 112) | r.getrandbits(112))
                return str(a)

    def ssn(self):
        r = self.rng
        while True:
            d = "%03d%02d%04d" % (r.randint(1, 899), r.randint(1, 99), r.randint(1, 9999))
            if negs.ssn_ok(d):
                mode = r.choice(["dashed", "spaced"])
                sep = "-" if mode == "dashed" else " "
                return "%s%s%s%s%s" % (d[:3], sep, d[3:5], sep, d[5:]), mode
