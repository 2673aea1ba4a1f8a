"""Positive values other than phones: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban

from .negs import luhn

ROLE_TLD = {
    "US": "com",
    "GB": "co.uk",
    "IE": "ie",
    "AU": "com.au",
    "IN": "in",
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
FREEMAIL = {
    "US": ["gmail.com", "yahoo.com", "outlook.com"],
    "GB": ["btinternet.com", "gmail.com"],
    "IE": ["eircom.net", "gmail.com"],
    "AU": ["bigpond.com", "gmail.com"],
    "IN": ["rediffmail.com", "gmail.com"],
    "DE": ["gmx.de", "web.de", "t-online.de"],
    "AT": ["gmx.at", "aon.at"],
    "CH": ["bluewin.ch", "gmx.ch"],
    "FR": ["orange.fr", "free.fr", "laposte.net"],
    "BE": ["skynet.be", "telenet.be"],
    "ES": ["telefonica.net", "gmail.com"],
    "IT": ["libero.it", "tiscali.it"],
    "NL": ["ziggo.nl", "kpnmail.nl"],
    "PT": ["sapo.pt", "gmail.com"],
    "BR": ["uol.com.br", "bol.com.br", "gmail.com"],
}
SHOPWORD = {
    "en": ["spokes", "chainline", "freewheel", "crankworks", "velo", "hubandrim", "ridehire"],
    "de": ["radhaus", "speiche", "kettenblatt", "velowerk", "radstation"],
    "fr": ["cyclesdupont", "rayon", "velostation", "roue-libre"],
    "es": ["bicisur", "radio-bike", "pedalea"],
    "it": ["cicli", "raggio", "pedalebici"],
    "nl": ["fietsenmaker", "spaak", "tweewieler", "fietspunt"],
    "pt": ["bikeoficina", "pedal", "raio-bikes"],
    "hi": ["cyclewala", "pedalpoint", "chainstay"],
}


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum())


def role_email(rng, lang, region, role, town=None):
    word = rng.choice(SHOPWORD[lang])
    if town and rng.random() < 0.5:
        word += "-" + ascii_name(town)
    return f"{role}@{word}.{ROLE_TLD[region]}"


def personal_email(rng, region, first, last):
    f, la = ascii_name(first) or "rider", ascii_name(last) or "cyclist"
    user = rng.choice([f"{f}.{la}", f"{f[0]}{la}", f"{f}{la[:1]}{rng.randint(2, 99)}", f"{la}.{f}"])
    return user + "@" + rng.choice(FREEMAIL[region])


def card(rng):
    brand = rng.choice(["visa", "mc", "amex"])
    n = {"visa": 16, "mc": 16, "amex": 15}[brand]
    for _ in range(100):
        p = {"visa": "4", "mc": str(rng.randint(51, 55)), "amex": rng.choice(["34", "37"])}[brand]
        body = p + "".join(rng.choice("0123456789") for _ in range(n - len(p) - 1))
        for c in "0123456789":
            if luhn(body + c):
                digits = body + c
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        if n == 15:
            g = [digits[:4], digits[4:10], digits[10:]]
        else:
            g = [digits[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(g), "solid": digits, "dashed": "-".join(g)}[mode]
        return text, mode
    raise RuntimeError("card")


BBAN = {
    "GB": "LLLLdddddddddddddd",
    "IE": "LLLLdddddddddddddd",
    "DE": "dddddddddddddddddd",
    "AT": "dddddddddddddddd",
    "CH": "ddddddddddddddddd",
    "FR": "ddddddddddddddddddddddd",
    "BE": "dddddddddddd",
    "ES": "dddddddddddddddddddd",
    "IT": "L" + "d" * 22,
    "NL": "LLLLdddddddddd",
    "PT": "ddddddddddddddddddddd",
    "BR": "dddddddddddddddddddddddLd",
}
BANKS = {
    "GB": ["BARC", "LOYD", "HBUK", "MIDL"],
    "IE": ["AIBK", "BOFI"],
    "NL": ["RABO", "INGB", "ABNA", "SNSB"],
}


def iban(rng, country):
    for _ in range(5000):
        s = "".join(
            rng.choice("0123456789") if c == "d" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
            for c in BBAN[country]
        )
        if country in BANKS:
            s = rng.choice(BANKS[country]) + s[4:]
        raw = country + "00" + s
        num = country + std_iban.calc_check_digits(raw) + s
        if std_iban.is_valid(num):
            mode = rng.choice(["print", "print", "electronic"])
            text = " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if mode == "print" else num
            return text, mode
    raise RuntimeError(country)


def ip(rng):
    mode = rng.choices(["v4", "v4-private", "v6"], [4, 3, 3])[0]
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if not a.is_global or a.is_multicast:
                continue
            return str(a), mode
        if mode == "v4-private":
            kind = rng.choice([10, 172, 192])
            if kind == 10:
                t = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            elif kind == 172:
                t = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            else:
                t = f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            return t, mode
        head = rng.choice([0x2A01, 0x2A02, 0x2001, 0x2600, 0x2804, 0x2405])
        groups = [head] + [rng.getrandbits(16) for _ in range(7)]
        if rng.random() < 0.5:
            groups[3:7] = [0, 0, 0, 0]
        a = ipaddress.IPv6Address(":".join(f"{g:x}" for g in groups))
        return a.compressed, mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        g, s = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{area:03d}{sep}{g:02d}{sep}{s:04d}", mode
