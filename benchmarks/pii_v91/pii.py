"""Non-phone values of v91: e-mails, cards, IBANs, IPs, SSNs."""

import ipaddress

from stdnum import iban as std_iban

DIGITS = "0123456789"


def luhn_ok(d):
    total = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        total += v
    return total % 10 == 0


def card(rng):
    kind = rng.choice(["visa", "visa", "mc", "amex"])
    pre = {"visa": "4", "mc": rng.choice(["51", "53", "55", "2221"]), "amex": rng.choice(["34", "37"])}[kind]
    length = 15 if kind == "amex" else 16
    body = pre + "".join(rng.choice(DIGITS) for _ in range(length - len(pre) - 1))
    for c in DIGITS:
        if luhn_ok(body + c):
            digits = body + c
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    if kind == "amex":
        groups = [digits[:4], digits[4:10], digits[10:]]
    else:
        groups = [digits[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "solid": digits, "dashed": "-".join(groups)}[mode]
    return mode, text


BBAN = {
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "NL": "A4n10",
    "PT": "n21",
    "GB": "A4n14",
    "BE": "n12",
    "AT": "n16",
    "CH": "n17",
    "IE": "A4n14",
}
BANKS = {
    "NL": ["INGB", "RABO", "ABNA", "SNSB", "TRIO"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def _bban(rng, cc):
    spec = BBAN[cc]
    out = ""
    i = 0
    while i < len(spec):
        t = spec[i]
        j = i + 1
        while j < len(spec) and spec[j].isdigit():
            j += 1
        n = int(spec[i + 1 : j])
        if t == "n":
            out += "".join(rng.choice(DIGITS) for _ in range(n))
        elif t == "A":
            out += rng.choice(BANKS[cc])
        else:
            out += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        i = j
    return out


def iban(rng, cc):
    for _ in range(2000):
        bban = _bban(rng, cc)
        raw = bban + cc + "00"
        num = int("".join(str(int(c, 36)) for c in raw))
        check = 98 - num % 97
        value = f"{cc}{check:02d}{bban}"
        if std_iban.is_valid(value):
            mode = rng.choice(["print", "print", "electronic"])
            text = " ".join(value[i : i + 4] for i in range(0, len(value), 4)) if mode == "print" else value
            return mode, text
    raise RuntimeError(cc)


def ip(rng):
    mode = rng.choice(["v4", "v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.randrange(1 << 32))
            if a.is_global and not a.is_multicast:
                return mode, str(a)
        elif mode == "v4-private":
            net = rng.choice(["10.0.0.0/8", "192.168.0.0/16", "172.16.0.0/12"])
            n = ipaddress.IPv4Network(net)
            a = n[rng.randrange(1, n.num_addresses - 1)]
            if str(a).split(".")[-1] not in ("0", "255"):
                return mode, str(a)
        else:
            head = rng.choice(["2a02", "2001", "2a01", "2600", "2c0f", "2404"])
            groups = [head] + [format(rng.randrange(1 << 16), "x") for _ in range(7)]
            if rng.random() < 0.4:
                groups = groups[:4]
                return mode, ":".join(groups) + "::" + format(rng.randrange(1, 1 << 16), "x")
            return mode, ":".join(groups)


def ssn(rng):
    while True:
        area = rng.randrange(1, 900)
        if area == 666:
            continue
        g, s = rng.randrange(1, 100), rng.randrange(1, 10000)
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return mode, f"{area:03d}{sep}{g:02d}{sep}{s:04d}"


def ssn_ok(text):
    d = "".join(c for c in text if c.isdigit())
    if len(d) != 9:
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0
