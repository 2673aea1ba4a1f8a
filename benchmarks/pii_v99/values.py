"""E-mails, cards, IBANs, IPs and SSNs for v99 (see make_heldout_set)."""

import ipaddress

from stdnum import iban as std_iban

from .negs import luhn

ROLE = {
    "en": ["viewings", "sales", "offers", "auctions", "newhomes", "progression", "valuations"],
    "de": ["verkauf", "besichtigung", "expose", "kontakt", "neubau"],
    "fr": ["visites", "transaction", "contact", "programme-neuf"],
    "es": ["visitas", "ventas", "oficina"],
    "it": ["vendite", "visite", "agenzia"],
    "nl": ["verkoop", "bezichtiging", "aankoop", "info"],
    "pt": ["vendas", "visitas", "comercial"],
    "hi": ["sales", "bookings", "crm"],
}
FIRM = [
    "homes",
    "estates",
    "property",
    "realty",
    "immobilien",
    "makelaars",
    "imoveis",
    "inmobiliaria",
    "immobiliare",
    "immobilier",
    "residential",
    "propertyhub",
]
TLD = {
    "en": ["co.uk", "com", "ie", "com.au", "in"],
    "de": ["de", "at", "ch"],
    "fr": ["fr", "be", "ch"],
    "es": ["es"],
    "it": ["it"],
    "nl": ["nl", "be"],
    "pt": ["pt", "com.br"],
    "hi": ["in", "co.in"],
}


def email(rng, fake, lang, role):
    if role:
        firm = fake.last_name().lower().replace(" ", "").replace("'", "")
        firm = "".join(c for c in firm if c.isascii() and c.isalpha()) or "kestrel"
        return f"{rng.choice(ROLE[lang])}@{firm}-{rng.choice(FIRM)}.{rng.choice(TLD[lang])}"
    return f"{fake.user_name()}@{fake.free_email_domain()}"


def card(rng):
    """(text, mode): Visa/Mastercard 16 digits or Amex 15, Luhn-valid."""
    brand = rng.choice(["4", "51", "52", "53", "54", "55", "34", "37"])
    n = 15 if brand in ("34", "37") else 16
    while True:
        d = brand + "".join(rng.choice("0123456789") for _ in range(n - len(brand)))
        if luhn(d):
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    groups = [d[:4], d[4:10], d[10:]] if n == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
    return {"spaced": " ".join(groups), "solid": d, "dashed": "-".join(groups)}[mode], mode


BBAN = {
    "DE": "n18",
    "FR": "n10a11n2",
    "ES": "n20",
    "IT": "a1n10a12",
    "NL": "A4n10",
    "PT": "n21",
    "BE": "n12",
    "AT": "n16",
    "CH": "n5a12",
    "GB": "A4n14",
    "IE": "A4n14",
}


def _bban(rng, spec):
    out, i = [], 0
    while i < len(spec):
        t = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        pool = {
            "n": "0123456789",
            "a": "0123456789ABCDEFGHJKLMNPRSTUVWXYZ",
            "A": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        }[t]
        if t == "a" and spec == "a1n10a12" and not out:
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
        out.append("".join(rng.choice(pool) for _ in range(n)))
        i = j
    return "".join(out)


def iban(rng, country):
    for _ in range(100000):
        b = _bban(rng, BBAN[country])
        num = "".join(str(int(c, 36)) for c in b + country + "00")
        check = 98 - int(num) % 97
        s = f"{country}{check:02d}{b}"
        if std_iban.is_valid(s):
            mode = rng.choice(["print", "electronic"])
            return (" ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s), mode
    raise RuntimeError(country)


def ip(rng, mode):
    if mode == "v4-private":
        net = rng.choice(["192.168", "10.0", "10.20", "172.16"])
        return f"{net}.{rng.randint(0, 254)}.{rng.randint(2, 254)}"
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(".".join(str(rng.randint(1, 223)) for _ in range(4)))
            if a.is_global:
                return str(a)
    words = ["2a02", "2001:db8", "2a01", "2a00", "2604"]
    head = rng.choice(words)
    n = 8 - head.count(":") - 1
    tail = ":".join(f"{rng.randint(0, 65535):x}" for _ in range(n))
    return str(ipaddress.IPv6Address(f"{head}:{tail}"))


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return f"{a:03d}{sep}{g:02d}{sep}{s:04d}", mode
