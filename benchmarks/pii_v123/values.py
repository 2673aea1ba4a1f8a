"""Non-phone values (e-mails, cards, IBANs, IPs, SSNs) and the phone picks per locale."""

import ipaddress

from stdnum import iban as std_iban

from . import numbers as N
from .negs import luhn

# locale -> (language, own region, region for national, list and service numbers)
LOCALES = {
    "en_US": ("en", "US", "US"),
    "en_GB": ("en", "GB", "GB"),
    "en_IN": ("en", "IN", "IN"),
    "en_AU": ("en", "AU", "GB"),
    "en_IE": ("en", "IE", "GB"),
    "de_DE": ("de", "DE", "DE"),
    "de_AT": ("de", "AT", "DE"),
    "de_CH": ("de", "CH", "DE"),
    "fr_FR": ("fr", "FR", "FR"),
    "fr_BE": ("fr", "BE", "FR"),
    "nl_NL": ("nl", "NL", "NL"),
    "nl_BE": ("nl", "BE", "NL"),
    "es_ES": ("es", "ES", "ES"),
    "it_IT": ("it", "IT", "IT"),
    "pt_BR": ("pt", "BR", "BR"),
    "pt_PT": ("pt", "PT", "PT"),
}
LANG_HOME = {"en": "US", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "BR", "hi": "IN"}
IBAN_CC = {
    "en_GB": "GB",
    "en_IE": "IE",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "es_ES": "ES",
    "it_IT": "IT",
    "pt_PT": "PT",
    "pt_BR": "BR",
}
BBAN = {
    "GB": "AAAA" + "9" * 14,
    "IE": "AAAA" + "9" * 14,
    "DE": "9" * 18,
    "AT": "9" * 16,
    "CH": "9" * 17,
    "FR": "9" * 23,
    "BE": "9" * 12,
    "NL": "AAAA" + "9" * 10,
    "ES": "9" * 20,
    "IT": "A" + "9" * 22,
    "PT": "9" * 21,
    "BR": "9" * 23 + "AA",
}


def phone(rng, locale, mode=None):
    """Returns (text, mode, region, e164) for a body or list phone."""
    _, own, nat = LOCALES[locale]
    if mode is None:
        x = rng.random()
        if own != nat:
            mode = "international" if x < 0.5 else "national" if x < 0.85 else "other"
        else:
            mode = "national" if x < 0.6 else "international" if x < 0.8 else "other"
    if mode == "other":
        num = N.service(rng, nat)
        return N.service_form(rng, num), mode, nat, N.e164(num)
    if mode == "international":
        reg = own if rng.random() < 0.8 else rng.choice(["GB", "DE", "NL", "FR", "US", "IT"])
        num = N.mobile(rng, reg) if rng.random() < 0.5 else N.fixed(rng, reg)
        return N.international(rng, num), mode, reg, N.e164(num)
    num = N.mobile(rng, nat) if rng.random() < 0.5 else N.fixed(rng, nat)
    return N.national(rng, num), mode, nat, N.e164(num)


def email(rng, fake):
    if rng.random() < 0.45:
        user = fake.user_name()
        return f"{user}@{fake.free_email_domain()}", "personal"
    role = rng.choice(["finds", "fieldwork", "volunteers", "bookings", "postex", "archive", "rally"])
    return f"{role}@{fake.domain_name()}", "role"


def card(rng):
    while True:
        pre = rng.choice(["4", "51", "53", "55", "2221"])
        body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
        for d in "0123456789":
            if luhn(body + d):
                num = body + d
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        g = [num[i : i + 4] for i in range(0, 16, 4)]
        return {"spaced": " ".join(g), "solid": num, "dashed": "-".join(g)}[mode], mode


def iban(rng, locale):
    cc = IBAN_CC.get(locale, "DE")
    for _ in range(20000):
        bban = "".join(
            rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") if ch == "A" else rng.choice("0123456789")
            for ch in BBAN[cc]
        )
        raw = bban + cc + "00"
        num = int("".join(str(int(ch, 36)) for ch in raw))
        code = f"{cc}{98 - num % 97:02d}{bban}"
        if std_iban.is_valid(code):
            break
    else:
        raise RuntimeError(cc)
    if rng.random() < 0.6:
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4)), "print"
    return code, "electronic"


def ip(rng):
    x = rng.random()
    if x < 0.35:
        return f"192.168.{rng.randint(0, 20)}.{rng.randint(2, 250)}", "v4-private"
    if x < 0.7:
        while True:
            a = ipaddress.ip_address(
                f"{rng.randint(31, 217)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            )
            if a.is_global:
                return str(a), "v4"
    groups = ["2a0" + rng.choice("1235"), f"{rng.randint(1, 0xFFFF):x}"]
    groups += [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.choice([2, 6]))]
    txt = ":".join(groups) + ("::1" if len(groups) < 8 else "")
    return str(ipaddress.ip_address(txt)), "v6"


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
    if rng.random() < 0.5:
        return f"{s[:3]} {s[3:5]} {s[5:]}", "spaced"
    return f"{s[:3]}-{s[3:5]}-{s[5:]}", "dashed"
