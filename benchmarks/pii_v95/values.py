"""Non-phone values (v95): e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from stdnum import iban as stdiban

IBAN_SPEC = {
    "DE": (18, "d"),
    "GB": (18, "gb"),
    "NL": (14, "nl"),
    "FR": (23, "fr"),
    "ES": (20, "d"),
    "IT": (23, "it"),
    "PT": (21, "d"),
    "BR": (25, "br"),
    "AT": (16, "d"),
    "CH": (17, "d"),
    "BE": (12, "d"),
    "IE": (18, "gb"),
}
ROLE = [
    "enquiries",
    "conveyancing",
    "probate",
    "clientcare",
    "accounts",
    "mediation",
    "witness.service",
    "legalaid",
    "clinic",
    "notary",
    "secretariat",
    "kanzlei",
    "cabinet",
    "despacho",
    "studio",
    "juridisch",
    "escritorio",
    "sahayata",
]


def luhn_digit(partial):
    total = 0
    for i, ch in enumerate(reversed(partial)):
        n = int(ch)
        if i % 2 == 0:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def card(rng):
    pre = rng.choice(["4", "51", "53", "55", "2221", "4532"])
    body = pre + "".join(rng.choice("0123456789") for _ in range(15 - len(pre)))
    digits = body + luhn_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    parts = [digits[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(parts), "solid": digits, "dashed": "-".join(parts)}[mode]
    return text, mode


def _bban(rng, cc):
    n, style = IBAN_SPEC[cc]
    d = "0123456789"
    if style == "gb":
        return "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(4)) + "".join(
            rng.choice(d) for _ in range(n - 4)
        )
    if style == "nl":
        return rng.choice(["ABNA", "RABO", "INGB", "TRIO"]) + "".join(rng.choice(d) for _ in range(10))
    if style == "it":
        return rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(rng.choice(d) for _ in range(22))
    if style == "br":
        return "".join(rng.choice(d) for _ in range(23)) + "C1"
    return "".join(rng.choice(d) for _ in range(n))


def iban(rng, cc):
    for _ in range(50000):
        b = _bban(rng, cc)
        s = b + cc + "00"
        num = int("".join(str(int(c, 36)) for c in s))
        check = 98 - num % 97
        value = f"{cc}{check:02d}{b}"
        if stdiban.is_valid(value):
            mode = rng.choice(["print", "electronic"])
            text = " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if mode == "print" else value
            return text, mode
    raise RuntimeError(cc)


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.randrange(1 << 24, 223 << 24))
            if a.is_global:
                return str(a), mode
        elif mode == "v4-private":
            base = rng.choice(["10.{}.{}.{}", "192.168.{}.{}", "172.{}.{}.{}"])
            parts = [rng.randint(0, 254) for _ in range(3)]
            if base.startswith("172"):
                parts[0] = rng.randint(16, 31)
            if base.startswith("192"):
                parts = parts[:2]
            parts[-1] = max(parts[-1], 2)
            return base.format(*parts), mode
        else:
            head = rng.choice(["2a01", "2a02", "2001:4ca0", "2a00", "2604"])
            groups = head.split(":") + [f"{rng.randint(0, 65535):x}" for _ in range(8 - len(head.split(":")))]
            a = ipaddress.IPv6Address(":".join(groups))
            return str(a), mode


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    group, serial = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["spaced", "dashed"])
    sep = " " if mode == "spaced" else "-"
    return f"{area:03d}{sep}{group:02d}{sep}{serial:04d}", mode


def email(rng, fake, name):
    import unicodedata

    domain = fake.domain_name()
    if rng.random() < 0.5:
        base = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower()
        parts = [p for p in base.replace("-", " ").split() if p.isalpha()]
        if len(parts) >= 2:
            user = rng.choice(
                [f"{parts[0]}.{parts[-1]}", f"{parts[0][0]}{parts[-1]}", f"{parts[-1]}.{parts[0][0]}"]
            )
            return f"{user}@{domain}", "personal"
    return f"{rng.choice(ROLE)}@{domain}", "role"
