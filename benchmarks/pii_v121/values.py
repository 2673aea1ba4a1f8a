"""Non-phone values for v121: e-mails, cards, IBANs, IPs, SSNs (all checked before use)."""

import ipaddress

from stdnum import iban as stdiban

from .negs import luhn_ok

ROLES = {
    "en": ["yard", "orders", "sales", "dispatch", "office", "pellets", "nursery", "timber"],
    "de": ["holzhof", "bestellung", "verkauf", "dispo", "buero", "pellets", "fbg"],
    "nl": ["houtwerf", "bestellingen", "planning", "kwekerij", "info"],
    "fr": ["bois", "commandes", "secretariat", "chantier", "ventes"],
    "es": ["aserradero", "pedidos", "oficina", "obra"],
    "it": ["legna", "ordini", "segreteria", "aste"],
    "pt": ["serraria", "pedidos", "viveiro", "escritorio"],
    "hi": ["depot", "orders", "nursery", "sawmill"],
}
DOMAINS = [
    "holzhof-schwarz.de",
    "pinewoodsawmill.co.uk",
    "fbg-hochsauerland.de",
    "bosgroep-oost.nl",
    "boisdesvosges.fr",
    "maderasdelnorte.es",
    "legnamicadore.it",
    "serrariaaraucaria.com.br",
    "timberlinehaul.com",
    "oakridgenursery.com",
    "kaashtdepot.in",
    "pelletdirect.eu",
]
FREE = ["gmail.com", "outlook.com", "web.de", "yahoo.fr", "hotmail.com", "proton.me"]


def email(rng, fake, lang, personal):
    if personal:
        user = fake.user_name().lower().replace("_", ".")
        return user + "@" + rng.choice(FREE)
    return rng.choice(ROLES[lang]) + "@" + rng.choice(DOMAINS)


def card(rng):
    while True:
        pre = rng.choice(["4", "51", "53", "55", "2221", "4"])
        body = pre + "".join(str(rng.randrange(10)) for _ in range(15 - len(pre)))
        for c in "0123456789":
            if luhn_ok(body + c):
                d = body + c
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        sep = {"spaced": " ", "solid": "", "dashed": "-"}[mode]
        return sep.join(d[i : i + 4] for i in range(0, 16, 4)), mode


IBAN_LEN = {
    "DE": 22,
    "NL": 18,
    "FR": 27,
    "ES": 24,
    "IT": 27,
    "PT": 25,
    "GB": 22,
    "BE": 16,
    "AT": 20,
    "CH": 21,
    "IE": 22,
}


def iban(rng, country):
    n = IBAN_LEN[country]
    for _ in range(5000):
        if country in ("NL", "GB", "IE"):
            bank = rng.choice(["RABO", "INGB", "ABNA"] if country == "NL" else ["NWBK", "BARC", "AIBK"])
            rest = "".join(str(rng.randrange(10)) for _ in range(n - 8))
            if country in ("GB", "IE"):
                rest = rest[:6] + rest[6:]
            bban = bank + rest
        elif country == "IT":
            bban = rng.choice("ABCDEFGHJK") + "".join(str(rng.randrange(10)) for _ in range(22))
        else:
            bban = "".join(str(rng.randrange(10)) for _ in range(n - 4))
        cand = country + "00" + bban
        t = bban + country + "00"
        num = int("".join(str(int(c, 36)) for c in t))
        cand = f"{country}{98 - num % 97:02d}{bban}"
        if stdiban.is_valid(cand):
            if rng.random() < 0.6:
                return " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)), "print"
            return cand, "electronic"
    raise RuntimeError(country)


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randrange(256)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"192.168.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                    f"172.{rng.randrange(16, 32)}.{rng.randrange(256)}.{rng.randrange(1, 255)}",
                ]
            ), mode
        else:
            a = ipaddress.IPv6Address((0x2A00 + rng.randrange(0x10)) << 112 | rng.getrandbits(112))
            if a.is_global:
                return str(a), mode


def ssn(rng):
    while True:
        a, b, c = rng.randrange(1, 900), rng.randrange(1, 100), rng.randrange(1, 10000)
        if a == 666:
            continue
        mode = rng.choice(["spaced", "dashed"])
        sep = " " if mode == "spaced" else "-"
        return f"{a:03d}{sep}{b:02d}{sep}{c:04d}", mode


def ssn_ok(text):
    d = text.replace("-", "").replace(" ", "")
    a, b, c = int(d[:3]), int(d[3:5]), int(d[5:])
    return len(d) == 9 and 0 < a < 900 and a != 666 and b > 0 and c > 0
