"""Cards, IBANs, IPs, SSNs and e-mail addresses, each checked before use."""

import ipaddress
import re

from stdnum import iban as stdiban

from .negs import luhn

IBAN_LEN = {
    "DE": 22,
    "NL": 18,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "GB": 22,
    "IE": 22,
    "BR": 29,
}
ROLES = {
    "en": [
        "claims",
        "hardship",
        "mortgages",
        "members",
        "complaints",
        "underwriting",
        "renewals",
        "branch.support",
        "lossadjusting",
        "debtadvice",
        "fraud.disputes",
    ],
    "de": ["schaden", "baufinanzierung", "beratung", "service", "gutachten", "beschwerde"],
    "fr": ["sinistres", "agence", "contestations", "service.client", "expertise"],
    "es": ["siniestros", "oficina", "atencion.cliente"],
    "it": ["sinistri", "filiale", "disconoscimenti"],
    "nl": ["schade", "hypotheken", "klantenservice", "schuldhulp"],
    "pt": ["sinistros", "atendimento", "cooperados"],
    "hi": ["claims", "care", "grievance", "branch.service"],
}


def card(rng):
    pre, n = rng.choice(
        [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]
    )
    while True:
        d = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        for c in "0123456789":
            if luhn(d + c):
                d += c
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        if mode == "solid":
            return d, mode
        groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
        return (" " if mode == "spaced" else "-").join(groups), mode


def iban(rng, country):
    n = IBAN_LEN[country]
    for _ in range(20000):
        if country in ("GB", "IE"):
            bban = "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4))
            bban += "".join(rng.choice("0123456789") for _ in range(n - 8))
        elif country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO", "ASNB"])
            bban += "".join(rng.choice("0123456789") for _ in range(10))
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(n - 4))
            if country == "BR":
                bban = bban[:-2] + "C1"
            if country == "IT":
                bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + bban[1:]
        num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
        s = f"{country}{98 - num % 97:02d}{bban}"
        if stdiban.is_valid(s):
            if rng.random() < 0.6:
                return " ".join(s[i : i + 4] for i in range(0, len(s), 4)), "print"
            return s, "electronic"
    raise RuntimeError(country)


def ip(rng):
    mode = rng.choice(["v4", "v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a), mode
        elif mode == "v4-private":
            net = rng.choice(["10.", "192.168.", "172.%d." % rng.randint(16, 31)])
            rest = [str(rng.randint(0, 255)) for _ in range(4 - net.count("."))]
            rest[-1] = str(rng.randint(2, 254))
            return net + ".".join(rest), mode
        else:
            a = ipaddress.IPv6Address(
                (0x2001 << 112 | rng.getrandbits(112))
                if rng.random() < 0.5
                else (0x2A00 + rng.randint(0, 255)) << 112 | rng.getrandbits(112)
            )
            if a.is_global:
                return a.compressed, mode


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            mode = rng.choice(["spaced", "dashed"])
            sep = " " if mode == "spaced" else "-"
            return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode


def ssn_ok(text):
    m = re.fullmatch(r"(\d{3})[- ](\d{2})[- ](\d{4})", text)
    if not m:
        return False
    a, g, s = m.groups()
    return a not in ("000", "666") and not a.startswith("9") and g != "00" and s != "0000"


def email(rng, fake, role, lang="en"):
    dom = rng.choice([fake.free_email_domain(), fake.domain_name(), fake.domain_name()])
    if role:
        return f"{rng.choice(ROLES[lang])}@{dom}", "role"
    user = rng.choice(["{f}.{l}", "{f}{l}", "{fi}.{l}", "{l}.{f}{n}", "{f}_{l}"]).format(
        f=fake.first_name().lower(),
        l=fake.last_name().lower(),
        fi=fake.first_name()[0].lower(),
        n=rng.randint(1, 99),
    )
    user = re.sub(r"[^a-z0-9._]", "", user) or "kunde"
    return f"{user}@{dom}", "personal"
