"""Cards, IBANs, e-mail addresses, IP addresses and US SSNs."""

import ipaddress
import unicodedata

CARD_BRANDS = ("visa", "mastercard", "mastercard2", "amex", "discover")


def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def _luhn_complete(prefix, length, rng):
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


def card(rng, brand, mode):
    if brand == "visa":
        num = _luhn_complete("4" + rng.choice("0123456789"), 16, rng)
    elif brand == "mastercard":
        num = _luhn_complete(str(rng.randint(51, 55)), 16, rng)
    elif brand == "mastercard2":
        num = _luhn_complete(str(rng.randint(2221, 2720)), 16, rng)
    elif brand == "amex":
        num = _luhn_complete(rng.choice(("34", "37")), 15, rng)
    else:
        head = rng.choice(("6011", "65" + str(rng.randint(10, 99)), str(rng.randint(644, 649))))
        num = _luhn_complete(head, 16, rng)
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i : i + 4] for i in range(0, 16, 4)]
    if mode == "grouped":
        return " ".join(groups)
    if mode == "dashed":
        return "-".join(groups)
    return num


IBAN_SPECS = {  # country: list of (kind, length) pieces of the BBAN; "b" = bank letters from the list
    "DE": [("n", 18)],
    "AT": [("n", 16)],
    "CH": [("n", 17)],
    "BE": [("n", 12)],
    "ES": [("n", 20)],
    "FR": [("n", 23)],
    "IT": [("L", 1), ("n", 22)],
    "NL": [("b", 4), ("n", 10)],
    "GB": [("b", 4), ("n", 14)],
    "IE": [("b", 4), ("n", 14)],
    "BR": [("n", 23), ("L", 1), ("n", 1)],
    "PT": [("n", 21)],
}
BANKS = {
    "NL": ("ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB", "KNAB"),
    "GB": ("NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "CPBK"),
    "IE": ("AIBK", "BOFI", "IPBS", "ULSB"),
}


def iban_check(country, bban):
    s = bban + country + "00"
    n = int("".join(str(int(ch, 36)) for ch in s))
    return f"{98 - n % 97:02d}"


def mod97_ok(iban):
    s = iban[4:] + iban[:4]
    try:
        return int("".join(str(int(ch, 36)) for ch in s)) % 97 == 1
    except ValueError:
        return False


def iban(rng, country, mode):
    parts = []
    for kind, n in IBAN_SPECS[country]:
        if kind == "n":
            parts.append("".join(rng.choice("0123456789") for _ in range(n)))
        elif kind == "b":
            parts.append(rng.choice(BANKS[country]))
        else:
            parts.append("".join(rng.choice("ABCDEFGHIJKLMNOPRSTUVWXZ") for _ in range(n)))
    bban = "".join(parts)
    if country == "BR":
        bban = bban[:-2] + "C1"
    code = country + iban_check(country, bban) + bban
    assert mod97_ok(code)
    if mode == "grouped":
        return " ".join(code[i : i + 4] for i in range(0, len(code), 4))
    return code


def ascii_slug(text):
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "".join(ch for ch in t if ch.isalnum())


PERSONAL_DOMAINS = {
    "US": ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "comcast.net"),
    "GB": ("btinternet.com", "gmail.com", "hotmail.co.uk", "sky.com", "virginmedia.com", "yahoo.co.uk"),
    "IN": ("gmail.com", "rediffmail.com", "yahoo.co.in", "outlook.com"),
    "DE": ("web.de", "gmx.de", "t-online.de", "posteo.de", "gmail.com", "freenet.de"),
    "AT": ("gmx.at", "aon.at", "chello.at"),
    "CH": ("bluewin.ch", "gmx.ch", "sunrise.ch"),
    "FR": ("orange.fr", "free.fr", "laposte.net", "sfr.fr", "wanadoo.fr"),
    "BE": ("skynet.be", "telenet.be"),
    "ES": ("gmail.com", "yahoo.es", "hotmail.es", "telefonica.net"),
    "IT": ("libero.it", "tiscali.it", "virgilio.it"),
    "NL": ("ziggo.nl", "kpnmail.nl", "hotmail.nl", "xs4all.nl", "planet.nl"),
    "BR": ("uol.com.br", "bol.com.br", "terra.com.br", "gmail.com"),
    "AU": ("bigpond.com", "optusnet.com.au"),
    "IE": ("eircom.net", "gmail.com"),
}
ORG_TLD = {
    "US": ".org",
    "GB": ".org.uk",
    "IN": ".in",
    "DE": ".de",
    "AT": ".at",
    "CH": ".ch",
    "FR": ".fr",
    "BE": ".be",
    "ES": ".es",
    "IT": ".it",
    "NL": ".nl",
    "BR": ".org.br",
    "AU": ".org.au",
    "IE": ".ie",
}


def personal_email(rng, first, last, region):
    f, la = ascii_slug(first), ascii_slug(last)
    local = rng.choice(
        (
            f"{f}.{la}",
            f"{f[0]}{la}",
            f"{la}.{f}",
            f"{f}{la}{rng.randint(1, 99)}",
            f"{f}_{la}",
            f"{f}.{la[0]}{rng.randint(60, 99)}",
        )
    )
    return local + "@" + rng.choice(PERSONAL_DOMAINS[region])


def role_email(rng, role_word, org_words, region):
    dom = "-".join(ascii_slug(w) for w in org_words if ascii_slug(w))[:28].strip("-")
    return f"{role_word}@{dom}{ORG_TLD[region]}"


def ipv4(rng, private):
    while True:
        if private:
            kind = rng.choice(("10", "172", "192"))
            if kind == "10":
                ip = f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            elif kind == "172":
                ip = f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            else:
                ip = f"192.168.{rng.choice((0, 1, 2, 4, 10, 20, 50, 100, 178))}.{rng.randint(2, 254)}"
            return ip
        ip = f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
        if ipaddress.ip_address(ip).is_global:
            return ip


def ipv6(rng):
    heads = ("2a00", "2a01", "2a02", "2a03", "2a05", "2001", "2600", "2603", "2604", "2406", "2405", "2c0f")
    while True:
        h = [rng.choice(heads)] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(2, 3))]
        tail = [f"{rng.randint(1, 0xFFFF):x}" for _ in range(rng.randint(1, 2))]
        addr = ipaddress.IPv6Address(":".join(h) + "::" + ":".join(tail))
        text = addr.compressed
        if addr.is_global and "::" in text:
            return text


def ssn(rng, mode):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        s = f"{area:03d}{rng.randint(1, 99):02d}{rng.randint(1, 9999):04d}"
        sep = "-" if mode == "dashed" else " "
        return f"{s[:3]}{sep}{s[3:5]}{sep}{s[5:]}"


def ssn_ok(text):
    d = "".join(ch for ch in text if ch.isdigit())
    if len(d) != 9:
        return False
    area, group, serial = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < area < 900 and area != 666 and group > 0 and serial > 0
