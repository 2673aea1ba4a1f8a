"""Non-phone positives: e-mails, cards (Luhn), IBANs (mod 97 + stdnum), IPs, US SSNs."""

import ipaddress

from stdnum import iban as std_iban

from .negs import luhn_digit

IBAN_SHAPE = {
    "DE": ("", 18),
    "AT": ("", 16),
    "CH": ("", 17),
    "FR": ("", 23),
    "BE": ("", 12),
    "ES": ("", 20),
    "IT": ("A", 22),
    "NL": ("AAAA", 10),
    "PT": ("", 21),
    "GB": ("AAAA", 14),
    "IE": ("AAAA", 14),
}
BANKS = {
    "NL": ["INGB", "RABO", "ABNA", "TRIO"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}
ROLES = [
    "support",
    "helpdesk",
    "servicedesk",
    "porting",
    "billing",
    "noc",
    "it-support",
    "facilities",
    "kundenservice",
    "assistance",
    "soporte",
    "assistenza",
    "klantenservice",
    "suporte",
]


def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def card(rng):
    brand = rng.choice(["visa", "mc", "amex", "visa", "mc"])
    body = {
        "visa": "4" + digits(rng, 14),
        "mc": str(rng.randint(51, 55)) + digits(rng, 13),
        "amex": rng.choice(["34", "37"]) + digits(rng, 12),
    }[brand]
    n = body + luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    sizes = [4, 6, 5] if brand == "amex" else [4, 4, 4, 4]
    parts, i = [], 0
    for s in sizes:
        parts.append(n[i : i + s])
        i += s
    return {"spaced": " ".join(parts), "solid": n, "dashed": "-".join(parts)}[mode], mode


def iban(rng, cc):
    pre, n = IBAN_SHAPE[cc]
    for _ in range(100000):
        if pre == "AAAA":
            lead = rng.choice(BANKS[cc])
        elif pre == "A":
            lead = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        else:
            lead = ""
        bban = lead + digits(rng, n)
        num = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
        s = cc + f"{98 - int(num) % 97:02d}" + bban
        if std_iban.is_valid(s):
            break
    else:
        raise RuntimeError(cc)
    mode = rng.choice(["print", "print", "electronic"])
    return (" ".join(s[i : i + 4] for i in range(0, len(s), 4)) if mode == "print" else s), mode


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    if mode == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 254)}.{rng.randint(1, 254)}",
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}",
            ]
        ), mode
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(
                f"{rng.randint(1, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"
            )
            if a.is_global and not a.is_multicast:
                return str(a), mode
    groups = ["2a02", f"{rng.randint(0x100, 0xFFF):x}"] + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(2)]
    groups += (
        ["0", "0", "0", f"{rng.randint(1, 0xFFF):x}"]
        if rng.random() < 0.6
        else [f"{rng.randint(1, 0xFFFF):x}" for _ in range(4)]
    )
    return ipaddress.IPv6Address(":".join(groups)).compressed, mode


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = (f"{a:03d}", f"{rng.randint(1, 99):02d}", f"{rng.randint(1, 9999):04d}")
    mode = rng.choice(["spaced", "dashed"])
    return (" " if mode == "spaced" else "-").join(s), mode


def email_personal(rng, fake):
    first = fake.first_name().lower().replace(" ", "")
    last = fake.last_name().lower().replace(" ", "").replace("'", "")
    user = rng.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}{rng.randint(1, 99)}"])
    return f"{user}@{fake.free_email_domain()}", "personal"


def email_role(rng, fake):
    return f"{rng.choice(ROLES)}@{fake.domain_name()}", "role"
