"""Cards, IBANs, IP addresses and US SSNs for v75 (each checked as it is made)."""

import ipaddress

from stdnum import iban as std_iban

from .negs import luhn

IBAN_BBAN = {  # country: list of (count, alphabet) pieces of the BBAN
    "GB": [(4, "L"), (14, "D")],
    "DE": [(18, "D")],
    "NL": [(4, "L"), (10, "D")],
    "FR": [(23, "D")],
    "ES": [(20, "D")],
    "IT": [(1, "L"), (22, "D")],
    "PT": [(21, "D")],
    "BE": [(12, "D")],
    "AT": [(16, "D")],
    "CH": [(17, "D")],
    "IE": [(4, "L"), (14, "D")],
}
IBAN_OF = {
    "GB": "GB",
    "DE": "DE",
    "NL": "NL",
    "FR": "FR",
    "ES": "ES",
    "IT": "IT",
    "PT": "PT",
    "BE": "BE",
    "AT": "AT",
    "CH": "CH",
    "IE": "IE",
    "AU": "GB",
}


def card(rng):
    for _ in range(1000):
        brand = rng.choice(["visa", "mc", "amex"])
        if brand == "amex":
            body = rng.choice(["34", "37"]) + "".join(rng.choice("0123456789") for _ in range(12))
        elif brand == "mc":
            body = "5" + rng.choice("12345") + "".join(rng.choice("0123456789") for _ in range(13))
        else:
            body = "4" + "".join(rng.choice("0123456789") for _ in range(14))
        for c in "0123456789":
            if luhn(body + c):
                num = body + c
                break
        mode = rng.choice(["spaced", "solid", "dashed"])
        if len(num) == 15:
            parts = [num[:4], num[4:10], num[10:]]
        else:
            parts = [num[i : i + 4] for i in range(0, 16, 4)]
        text = {"spaced": " ".join(parts), "solid": num, "dashed": "-".join(parts)}[mode]
        return text, mode
    raise RuntimeError("card")


def iban(rng, country):
    for _ in range(100000):
        bban = ""
        for n, kind in IBAN_BBAN[country]:
            alpha = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "L" else "0123456789"
            bban += "".join(rng.choice(alpha) for _ in range(n))
        moved = bban + country + "00"
        digits = "".join(str(int(ch, 36)) for ch in moved)
        cd = 98 - int(digits) % 97
        compact = "%s%02d%s" % (country, cd, bban)
        if std_iban.is_valid(compact):
            mode = rng.choice(["print", "electronic"])
            text = std_iban.format(compact) if mode == "print" else compact
            return text, mode
    raise RuntimeError("iban %s" % country)


def ip(rng, mode):
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return str(a)
        elif mode == "v4-private":
            return rng.choice(
                [
                    "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 250)),
                    "10.%d.%d.%d" % (rng.randint(0, 99), rng.randint(0, 254), rng.randint(2, 250)),
                ]
            )
        else:
            groups = ["2a0%d" % rng.randint(0, 9)] + ["%x" % rng.getrandbits(16) for _ in range(7)]
            if rng.random() < 0.4:
                return str(ipaddress.IPv6Address(":".join(groups[:3]) + "::" + groups[7]))
            return ":".join(groups)


def ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area == 666:
            continue
        grp, ser = rng.randint(1, 99), rng.randint(1, 9999)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return "%03d%s%02d%s%04d" % (area, sep, grp, sep, ser), mode
