"""Non-phone values for v53: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from stdnum import iban as std_iban

from .negs import luhn

ROLES = {
    "en": ["office", "trips", "pta", "exams", "admissions", "clubs", "finance", "transport"],
    "de": ["sekretariat", "elternbeirat", "kita", "pruefungsamt", "foerderverein"],
    "fr": ["vie.scolaire", "secretariat", "periscolaire", "creche"],
    "es": ["secretaria", "ampa", "extraescolares"],
    "it": ["segreteria", "mensa", "nido"],
    "nl": ["administratie", "ouderraad", "opvang", "mr"],
    "pt": ["secretaria", "coordenacao", "creche"],
    "hi": ["office", "accounts", "transport", "admissions"],
}

# country -> BBAN layout: 'n' digit, 'a' upper letter
BBAN = {
    "DE": "n" * 18,
    "NL": "aaaa" + "n" * 10,
    "FR": "n" * 23,
    "ES": "n" * 20,
    "IT": "a" + "n" * 22,
    "PT": "n" * 21,
    "BE": "n" * 12,
    "AT": "n" * 16,
    "CH": "n" * 17,
    "IE": "aaaa" + "n" * 14,
    "GB": "aaaa" + "n" * 14,
}
IBAN_FOR = {
    "DE": "DE",
    "AT": "AT",
    "CH": "CH",
    "FR": "FR",
    "BE": "BE",
    "ES": "ES",
    "IT": "IT",
    "NL": "NL",
    "PT": "PT",
    "GB": "GB",
    "IE": "IE",
    "AU": "GB",
}


def email(rng, fake, lang, personal, domain):
    if personal:
        user = fake.user_name()
        return f"{user}@{rng.choice(['gmail.com', 'outlook.com', 'yahoo.com', 'web.de', 'hotmail.com'])}"
    return f"{rng.choice(ROLES[lang])}@{domain}"


def card(rng):
    kind = rng.choice(["visa", "mc", "amex"])
    for _ in range(1000):
        if kind == "amex":
            d = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(13))
        elif kind == "mc":
            d = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(14))
        else:
            d = "4" + "".join(rng.choice("0123456789") for _ in range(15))
        if luhn(d):
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return d, mode
    sep = " " if mode == "spaced" else "-"
    if len(d) == 15:
        return sep.join([d[:4], d[4:10], d[10:]]), mode
    return sep.join(d[i : i + 4] for i in range(0, 16, 4)), mode


def iban(rng, country):
    layout = BBAN[country]
    for _ in range(20000):
        bban = "".join(
            rng.choice("0123456789") if c == "n" else rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for c in layout
        )
        if country == "IE" or country == "GB":
            bban = rng.choice(["AIBK", "BOFI", "NWBK", "BARC", "LOYD", "HBUK"]) + bban[4:]
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + bban[4:]
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        ib = f"{country}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(ib):
            break
    else:
        raise RuntimeError(country)
    if rng.random() < 0.6:
        return " ".join(ib[i : i + 4] for i in range(0, len(ib), 4)), "print"
    return ib, "electronic"


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.ip_address(
                f"{rng.choice([31, 62, 81, 84, 91, 145, 185, 193, 212])}.{rng.randint(0, 255)}."
                f"{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            )
            if a.is_global:
                return str(a), mode
        elif mode == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
                ]
            ), mode
        else:
            groups = [rng.choice(["2a01", "2a02", "2001", "2a00", "2003"])] + [
                f"{rng.randint(1, 65535):x}" for _ in range(rng.choice([3, 7]))
            ]
            text = ":".join(groups) + ("::" if len(groups) == 4 else "")
            text = text + ("1" if text.endswith("::") else "")
            a = ipaddress.ip_address(text)
            if a.is_global:
                return text, mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    d = f"{area:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}"
    mode = rng.choice(["spaced", "dashed"])
    return (" " if mode == "spaced" else "-").join(d), mode
