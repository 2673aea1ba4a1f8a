"""Non-phone values for the v119 set: cards (Luhn), IBANs (python-stdnum), IPs (ipaddress), SSNs (SSA
rules)."""

import ipaddress

from stdnum import iban, luhn

BBAN = {  # country: list of (kind, length) with n = digits, a = capital letters
    "DE": [("n", 18)],
    "AT": [("n", 16)],
    "CH": [("n", 17)],
    "FR": [("n", 23)],
    "BE": [("n", 12)],
    "ES": [("n", 20)],
    "IT": [("a", 1), ("n", 22)],
    "NL": [("a", 4), ("n", 10)],
    "PT": [("n", 21)],
    "GB": [("a", 4), ("n", 14)],
    "IE": [("a", 4), ("n", 14)],
}


def card(rng):
    brand = rng.choice(["visa", "mc", "amex"])
    if brand == "amex":
        body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
    elif brand == "mc":
        body = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
    else:
        body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
    num = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "solid", "dashed"])
    sizes = [4, 6, 5] if len(num) == 15 else [4, 4, 4, 4]
    parts, i = [], 0
    for k in sizes:
        parts.append(num[i : i + k])
        i += k
    text = {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": num}[mode]
    return text, mode


def make_iban(rng, country):
    for _ in range(20000):
        bban = ""
        for kind, n in BBAN[country]:
            alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "a" else "0123456789"
            bban += "".join(rng.choice(alphabet) for _ in range(n))
        num = int("".join(str(int(c, 36)) for c in bban + country + "00"))
        full = country + "%02d" % (98 - num % 97) + bban
        if iban.is_valid(full):
            mode = rng.choice(["print", "electronic"])
            text = " ".join(full[i : i + 4] for i in range(0, len(full), 4)) if mode == "print" else full
            return text, mode
    raise RuntimeError("no IBAN for " + country)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            base = rng.choice(["10.%d.%d.%d", "192.168.%d.%d", "172.%d.%d.%d"])
            if base.startswith("172"):
                s = base % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254))
            elif base.startswith("10"):
                s = base % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
            else:
                s = base % (rng.randint(0, 255), rng.randint(1, 254))
            return s
        else:
            hextets = ["2a0%x" % rng.randint(0, 15)] + ["%x" % rng.getrandbits(16) for _ in range(7)]
            a = ipaddress.IPv6Address(":".join(hextets))
            if a.is_global:
                return str(a)


def ssn_ok(s):
    d = s.replace("-", "").replace(" ", "")
    area, group, serial = d[:3], d[3:5], d[5:]
    return (
        len(d) == 9
        and d.isdigit()
        and area not in ("000", "666")
        and area[0] != "9"
        and group != "00"
        and serial != "0000"
    )


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        a, g, s = "%03d" % area, "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        return ("%s-%s-%s" if mode == "dashed" else "%s %s %s") % (a, g, s), mode
