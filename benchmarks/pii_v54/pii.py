"""Non-phone values for v54: e-mails, cards, IBANs, IPs and US SSNs (all checked where drawn)."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban

from benchmarks.pii_v54.negs import luhn

ROLES = {
    "en": ["office", "sales", "accounts", "bookings", "herdhealth", "intake", "members"],
    "de": ["buero", "verkauf", "disposition", "mitglieder", "praxis"],
    "fr": ["bureau", "commandes", "cuma", "laiterie", "cabinet"],
    "es": ["oficina", "pedidos", "socios", "lonja", "clinica"],
    "it": ["ufficio", "ordini", "soci", "stalla", "ambulatorio"],
    "nl": ["kantoor", "planning", "leden", "veiling", "praktijk"],
    "pt": ["escritorio", "pedidos", "cooperados", "leilao", "clinica"],
    "hi": ["office", "samiti", "dairy", "info"],
}
FARM_WORDS = [
    "valleyfarms",
    "agri-coop",
    "hillmart",
    "greenacre-vets",
    "riverfeeds",
    "moorland-ring",
    "landbouw-coop",
    "agrarhandel",
    "laiterie-du-val",
    "cooperagro",
    "lacteos-norte",
    "consorzio-agri",
]
TLDS = {
    "en": ["co.uk", "com", "org.uk", "ie"],
    "de": ["de", "at"],
    "fr": ["fr", "be"],
    "es": ["es"],
    "it": ["it"],
    "nl": ["nl", "be"],
    "pt": ["com.br", "pt"],
    "hi": ["in", "co.in"],
}


def _ascii(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return "".join(ch for ch in s.lower() if ch.isalnum())


def email(rng, fake, lang):
    if rng.random() < 0.5:
        return f"{rng.choice(ROLES[lang])}@{rng.choice(FARM_WORDS)}.{rng.choice(TLDS[lang])}", "role"
    first, last = _ascii(fake.first_name()) or "info", _ascii(fake.last_name()) or "farm"
    user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{last}.{first}{rng.randint(1, 99)}"])
    dom = rng.choice(
        [
            "gmail.com",
            "outlook.com",
            "yahoo.com",
            "web.de",
            "orange.fr",
            "libero.it",
            "ziggo.nl",
            "uol.com.br",
            "rediffmail.com",
            "btinternet.com",
            "gmx.net",
        ]
    )
    return f"{user}@{dom}", "personal"


def card(rng):
    while True:
        kind = rng.choice(["visa", "mc", "amex"])
        if kind == "amex":
            body = rng.choice(["34", "37"]) + "".join(str(rng.randrange(10)) for _ in range(12))
        elif kind == "mc":
            body = f"5{rng.randint(1, 5)}" + "".join(str(rng.randrange(10)) for _ in range(13))
        else:
            body = "4" + "".join(str(rng.randrange(10)) for _ in range(14))
        for d in "0123456789":
            if luhn(body + d):
                num = body + d
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        if mode == "solid":
            return num, mode
        sep = " " if mode == "spaced" else "-"
        parts = (
            [num[:4], num[4:10], num[10:]] if len(num) == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
        )
        return sep.join(parts), mode


BBAN = {
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "Ln22",
    "NL": "B4n10",
    "PT": "n21",
    "GB": "B4n14",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "IE": "B4n14",
}
BANKS = {
    "NL": ["RABO", "INGB", "ABNA", "SNSB", "TRIO"],
    "GB": ["BARC", "LOYD", "NWBK", "HBUK"],
    "IE": ["AIBK", "BOFI"],
}
LANG_IBAN = {
    "en": ["GB", "IE"],
    "de": ["DE", "AT", "CH"],
    "fr": ["FR", "BE"],
    "es": ["ES"],
    "it": ["IT"],
    "nl": ["NL", "BE"],
    "pt": ["PT"],
    "hi": ["GB"],
}


def _bban(rng, country):
    spec = BBAN[country]
    if spec.startswith("B4"):
        return rng.choice(BANKS[country]) + "".join(str(rng.randrange(10)) for _ in range(int(spec[3:])))
    if spec.startswith("L"):
        return rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(str(rng.randrange(10)) for _ in range(22))
    return "".join(str(rng.randrange(10)) for _ in range(int(spec[1:])))


def iban(rng, lang):
    country = rng.choice(LANG_IBAN[lang])
    for _ in range(20000):
        bban = _bban(rng, country)
        rearranged = bban + country + "00"
        num = int("".join(str(int(ch, 36)) for ch in rearranged))
        check = f"{98 - num % 97:02d}"
        value = country + check + bban
        if std_iban.is_valid(value):
            if rng.random() < 0.6:
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), "print"
            return value, "electronic"
    raise RuntimeError(country)


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a), mode
        elif mode == "v4-private":
            a = rng.choice(
                [
                    f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}",
                    f"10.{rng.randint(0, 60)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                ]
            )
            return a, mode
        else:
            groups = [rng.choice(["2a02", "2a01", "2001", "2a00", "2c0f"])] + [
                f"{rng.getrandbits(16):x}" for _ in range(7)
            ]
            text = ":".join(groups)
            if rng.random() < 0.4:
                text = ":".join(groups[:4]) + "::" + groups[7]
            a = ipaddress.IPv6Address(text)
            if a.is_global:
                return text, mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", mode
