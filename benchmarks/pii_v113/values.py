"""Non-phone values for v113: e-mails, cards, IBANs, IPs, SSNs (all checked)."""

import ipaddress

from stdnum import iban as std_iban

from .negs import _d, _luhn

ROLES = [
    "studyteam",
    "trials",
    "recruitment",
    "ethics",
    "samples",
    "safety",
    "volunteers",
    "research.nurse",
    "ctu",
    "pharmacy.trials",
]
IBAN_LEN = {"DE": 22, "NL": 18, "FR": 27, "ES": 24, "IT": 27, "PT": 25, "GB": 22, "BE": 16, "AT": 20}


def email(rng, fake, role):
    domain = fake.domain_name()
    if role:
        return f"{rng.choice(ROLES)}@{domain}"
    return f"{fake.first_name().lower()}.{fake.last_name().lower()}@{domain}".replace("'", "")


def card(rng):
    for _ in range(1000):
        body = rng.choice(["4", "51", "52", "53", "54", "55"]) + _d(rng, 15)
        body = body[:15]
        for last in "0123456789":
            if _luhn(body + last):
                num = body + last
                break
        style = rng.choice(["spaced", "solid", "dashed"])
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(groups), "solid": num, "dashed": "-".join(groups)}[style]
        return text, style
    raise RuntimeError


def iban(rng, country):
    for _ in range(5000):
        bban = _d(rng, IBAN_LEN[country] - 4)
        if country in ("GB", "NL"):
            bban = (
                rng.choice(["NWBK", "BARC", "LOYD"] if country == "GB" else ["ABNA", "RABO", "INGB"])
                + bban[4:]
            )
        if country == "IT":
            bban = rng.choice("ABCDEFGHIJ") + bban[1:]
        check = std_iban.calc_check_digits(country + "00" + bban)
        value = country + check + bban
        if std_iban.is_valid(value):
            if rng.random() < 0.6:
                return " ".join(value[i : i + 4] for i in range(0, len(value), 4)), "print"
            return value, "electronic"
    raise RuntimeError(country)


def ip(rng, kind):
    while True:
        if kind == "v4":
            a = ipaddress.ip_address(".".join(str(rng.randint(1, 223)) for _ in range(4)))
            if a.is_global:
                return str(a)
        elif kind == "v4-private":
            return rng.choice(
                [
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            )
        else:
            groups = ["2a0" + str(rng.randint(0, 9))] + [f"{rng.randint(1, 65535):x}" for _ in range(7)]
            return str(ipaddress.ip_address(":".join(groups)))


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        text = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
        if rng.random() < 0.5:
            return text, "dashed"
        return text.replace("-", " "), "spaced"
