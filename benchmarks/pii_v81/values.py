"""Non-phone PII values for v81: e-mails, cards (Luhn), IBANs (mod 97), US SSNs (SSA rules), IPs."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban

from .negs import _luhn_ok

ROLE = {
    "en": (
        ["arrangements", "office", "funerals", "condolences", "flowers", "memorials", "probate", "chapel"],
        ["-funerals", "memorials", "-flowers", "-and-sons", "-bereavement"],
    ),
    "de": (
        ["info", "trauer", "buero", "bestattung", "floristik", "steinmetz"],
        ["-bestattungen", "-grabmale"],
    ),
    "fr": (["contact", "accueil", "obseques", "fleurs", "marbrerie"], ["-pompes-funebres", "-marbrerie"]),
    "es": (["info", "atencion", "tanatorio", "flores"], ["-funeraria", "-floristeria"]),
    "it": (["info", "ufficio", "onoranze", "fiori"], ["-onoranze", "-marmi"]),
    "nl": (["info", "uitvaart", "bloemen", "steenhouwerij"], ["-uitvaartzorg", "-steenhouwers"]),
    "pt": (["contato", "atendimento", "funeraria", "flores"], ["-funeraria", "-flores"]),
    "hi": (["seva", "office", "antim.sanskar", "info"], ["-funeral-services", "-mokshdham"]),
}
TLD = {
    "en_US": ".com",
    "en_GB": ".co.uk",
    "en_IN": ".in",
    "en_IE": ".ie",
    "en_AU": ".com.au",
    "de_DE": ".de",
    "de_AT": ".at",
    "de_CH": ".ch",
    "fr_FR": ".fr",
    "fr_BE": ".be",
    "fr_CH": ".ch",
    "es_ES": ".es",
    "it_IT": ".it",
    "nl_NL": ".nl",
    "nl_BE": ".be",
    "pt_BR": ".com.br",
    "pt_PT": ".pt",
}
FREE = {
    "en_US": ["gmail.com", "outlook.com", "icloud.com"],
    "en_GB": ["btinternet.com", "gmail.com"],
    "en_IN": ["yahoo.co.in", "rediffmail.com", "gmail.com"],
    "de_DE": ["web.de", "gmx.de", "t-online.de"],
    "fr_FR": ["orange.fr", "free.fr", "laposte.net"],
    "nl_NL": ["ziggo.nl", "kpnmail.nl", "hotmail.nl"],
    "pt_BR": ["uol.com.br", "bol.com.br", "gmail.com"],
    "it_IT": ["libero.it", "virgilio.it"],
    "es_ES": ["telefonica.net", "gmail.com"],
    "pt_PT": ["sapo.pt", "gmail.com"],
}


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum())


def email(rng, fake, lang, locale, personal):
    last = slug(fake.last_name()) or "smith"
    if personal:
        first = slug(fake.first_name()) or "anna"
        user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}{rng.randint(10, 99)}"])
        return f"{user}@{rng.choice(FREE.get(locale, ['gmail.com', 'outlook.com']))}"
    users, sufs = ROLE[lang]
    return f"{rng.choice(users)}@{last}{rng.choice(sufs)}{TLD.get(locale, '.com')}"


def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "amex"])
    prefix = {"visa": "4", "mc": str(rng.randint(51, 55)), "amex": rng.choice(["34", "37"])}[brand]
    length = 15 if brand == "amex" else 16
    while True:
        d = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if _luhn_ok(d):
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    groups = [d[:4], d[4:10], d[10:]] if length == 15 else [d[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": d}[mode]
    return mode, text


BBAN = {
    "DE": "nnnnnnnnnnnnnnnnnn",
    "GB": "aaaannnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
}


def iban(rng, country):
    for _ in range(100000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if c == "a" else rng.choice("0123456789")
            for c in BBAN[country]
        )
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + bban[4:]
        if country == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL"]) + bban[4:]
        if country == "IE":
            bban = rng.choice(["AIBK", "BOFI"]) + bban[4:]
        num = country + std_iban.calc_check_digits(country + "00" + bban) + bban
        if std_iban.is_valid(num):
            mode = rng.choice(["print", "electronic"])
            text = " ".join(num[i : i + 4] for i in range(0, len(num), 4)) if mode == "print" else num
            return mode, text
    raise RuntimeError(country)


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed", "spaced"])
    sep = "-" if mode == "dashed" else " "
    return mode, f"{a:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(text):
    d = text.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDFFFFFFF))
            if a.is_global:
                return mode, str(a)
    if mode == "v4-private":
        net = rng.choice(["10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"])
        n = ipaddress.IPv4Network(net)
        return mode, str(n.network_address + rng.randint(1, n.num_addresses - 2))
    hextets = (
        [rng.choice(["2a02", "2a01", "2001", "2600", "2405"])]
        + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(3)]
        + ["0", "0", f"{rng.randint(1, 0xFFFF):x}", "1"]
    )
    return mode, str(ipaddress.IPv6Address(":".join(hextets)))
