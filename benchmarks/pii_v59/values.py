"""Non-phone values for v59: e-mails, cards (Luhn), IBANs (python-stdnum), IPs (ipaddress), US SSNs."""

import ipaddress
import unicodedata

from stdnum import iban as std_iban
from stdnum import luhn

ROLES = {
    "en": ["conveyancing", "probate", "accounts", "claims", "renewals", "advice", "notary", "payroll"],
    "de": ["kanzlei", "notariat", "schaden", "steuer", "buchhaltung", "beratung"],
    "fr": ["etude", "sinistres", "cabinet", "compta", "contentieux"],
    "es": ["notaria", "siniestros", "asesoria", "despacho"],
    "it": ["studio", "sinistri", "segreteria", "notaio"],
    "nl": ["notaris", "schade", "administratie", "hypotheek", "info.kantoor"],
    "pt": ["cartorio", "sinistros", "contabilidade", "juridico"],
    "hi": ["ca.office", "claims", "notary", "tax"],
}
# BBAN patterns: n = digit, a = upper-case letter
BBAN = {
    "GB": "aaaannnnnnnnnnnnnn",
    "IE": "aaaannnnnnnnnnnnnn",
    "DE": "nnnnnnnnnnnnnnnnnn",
    "AT": "nnnnnnnnnnnnnnnn",
    "CH": "nnnnnnnnnnnnnnnnn",
    "FR": "nnnnnnnnnnnnnnnnnnnnnnn",
    "BE": "nnnnnnnnnnnn",
    "ES": "nnnnnnnnnnnnnnnnnnnn",
    "IT": "annnnnnnnnnnnnnnnnnnnnn",
    "NL": "aaaannnnnnnnnn",
    "PT": "nnnnnnnnnnnnnnnnnnnnn",
    "BR": "nnnnnnnnnnnnnnnnnnnnnnnaa",
}


def ascii_name(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return "".join(c for c in s if c.isalnum() or c == " ").split()


def email(rng, fake_en, lang, personal, name):
    dom = fake_en.domain_name()
    if personal:
        parts = ascii_name(name) or ["client"]
        user = rng.choice([".".join(parts[:2]), parts[0][0] + parts[-1], parts[-1] + "." + parts[0][0]])
        return user + "@" + dom
    return rng.choice(ROLES[lang]) + "@" + dom


def card(rng, mode):
    brand = rng.choice(["4", "51", "52", "53", "54", "55", "34", "37"])
    n = 15 if brand in ("34", "37") else 16
    body = brand + "".join(str(rng.randint(0, 9)) for _ in range(n - len(brand) - 1))
    num = body + luhn.calc_check_digit(body)
    assert luhn.is_valid(num)
    groups = [num[0:4], num[4:10], num[10:]] if n == 15 else [num[i : i + 4] for i in range(0, 16, 4)]
    return {"solid": num, "spaced": " ".join(groups), "dashed": "-".join(groups)}[mode]


def iban(rng, country, mode):
    for _ in range(100000):
        bban = "".join(
            str(rng.randint(0, 9)) if c == "n" else chr(rng.randint(65, 90)) for c in BBAN[country]
        )
        check = std_iban.calc_check_digits(country + "00" + bban)
        full = country + check + bban
        if std_iban.is_valid(full):
            if mode == "electronic":
                return full
            return " ".join(full[i : i + 4] for i in range(0, len(full), 4))
    raise RuntimeError(country)


def ip(rng, mode):
    while True:
        if mode == "v4-private":
            a = rng.choice([f"10.{rng.randint(0, 255)}", "192.168", f"172.{rng.randint(16, 31)}"])
            text = f"{a}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            if ipaddress.ip_address(text).is_private:
                return text
        elif mode == "v4":
            text = ".".join(
                str(x)
                for x in (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            )
            if ipaddress.ip_address(text).is_global:
                return text
        else:
            head = rng.choice(["2a02", "2a01", "2001:4860", "2a00", "2600", "2c0f", "2406"]).split(":")
            groups = head + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(head))]
            if rng.random() < 0.4:
                groups[4:7] = ["0", "0", "0"]
            text = ipaddress.IPv6Address(":".join(groups)).compressed
            if ipaddress.ip_address(text).is_global:
                return text


def ssn(rng, mode):
    area = rng.choice([a for a in range(1, 900) if a != 666])
    text = f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"
    return text if mode == "dashed" else text.replace("-", " ")
