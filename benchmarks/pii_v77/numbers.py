"""Numbers for v77: phones drawn from prefixes and checked with phonenumbers, written in fresh habits."""

import ipaddress

import phonenumbers as pn
from stdnum import iban as std_iban

FL = pn.PhoneNumberType
FIXED = {FL.FIXED_LINE, FL.FIXED_LINE_OR_MOBILE}
MOBILE = {FL.MOBILE, FL.FIXED_LINE_OR_MOBILE}
OTHER = {FL.TOLL_FREE, FL.SHARED_COST, FL.UAN}

# region -> (fixed prefixes, mobile prefixes, other prefixes) as (prefix, national significant length)
PREFIXES = {
    "US": (
        [("912", 10), ("410", 10), ("207", 10), ("843", 10), ("206", 10), ("831", 10)],
        [("978", 10), ("305", 10), ("360", 10)],
        [("800", 10), ("877", 10), ("888", 10)],
    ),
    "GB": (
        [("131", 10), ("141", 10), ("1752", 10), ("1326", 10), ("20", 10), ("1305", 10)],
        [("77", 10), ("78", 10), ("79", 10), ("74", 10)],
        [("800", 10), ("808", 10)],
    ),
    "DE": (
        [("40", 10), ("431", 10), ("471", 10), ("381", 10), ("4721", 10), ("461", 10)],
        [("151", 11), ("160", 11), ("171", 10), ("172", 11), ("175", 10)],
        [("800", 10)],
    ),
    "FR": ([("2", 9), ("5", 9), ("4", 9)], [("6", 9), ("7", 9)], [("800", 9), ("805", 9)]),
    "ES": ([("986", 9), ("971", 9), ("956", 9), ("942", 9)], [("6", 9)], [("900", 9)]),
    "IT": ([("010", 10), ("081", 10), ("071", 10), ("0187", 10)], [("33", 10), ("34", 10)], [("800", 9)]),
    "NL": ([("10", 9), ("223", 9), ("517", 9), ("118", 9), ("70", 9)], [("6", 9)], [("800", 10)]),
    "PT": ([("21", 9), ("22", 9), ("289", 9), ("291", 9)], [("91", 9), ("93", 9), ("96", 9)], [("800", 9)]),
    "BR": (
        [("13", 10), ("21", 10), ("48", 10), ("47", 10)],
        [("139", 11), ("219", 11), ("489", 11)],
        [("800", 10)],
    ),
    "IN": (
        [("22", 10), ("484", 10), ("891", 10), ("832", 10)],
        [("98", 10), ("94", 10), ("70", 10)],
        [("1800", 11)],
    ),
    "AT": ([("662", 10), ("1", 10), ("512", 10)], [("664", 10), ("676", 10)], []),
    "CH": ([("44", 9), ("41", 9), ("91", 9), ("21", 9)], [("79", 9), ("78", 9)], []),
    "BE": ([("2", 8), ("59", 8), ("50", 8), ("3", 8)], [("47", 9), ("49", 9)], []),
    "IE": ([("1", 8), ("21", 9), ("91", 9)], [("87", 9), ("85", 9), ("86", 9)], []),
    "AU": ([("2", 9), ("3", 9), ("8", 9)], [("4", 9)], []),
}
CC = {r: pn.country_code_for_region(r) for r in PREFIXES}
TRUNK = {"US": "1", "BR": "0", "IN": "0", "ES": "", "IT": "", "PT": "", "CH": "0"}


def draw(rng, region, kind):
    """kind: fixed, mobile or other; returns a valid national significant number of that type."""
    fixed, mobile, other = PREFIXES[region]
    pool = {"fixed": fixed, "mobile": mobile, "other": other}[kind]
    want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    for _ in range(5000):
        pre, length = rng.choice(pool)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if nsn[len(pre)] == "0" and kind != "other":
            continue
        num = pn.parse("+%d%s" % (CC[region], nsn), None)
        if pn.is_valid_number(num) and pn.number_type(num) in want:
            return nsn
    raise RuntimeError("no number for %s %s" % (region, kind))


def grp(digits, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(digits[i : i + s])
        i += s
    if i < len(digits):
        out.append(digits[i:])
    return sep.join(x for x in out if x)


def area_len(region, nsn):
    return pn.length_of_geographical_area_code(pn.parse("+%d%s" % (CC[region], nsn), None))


def national(rng, region, nsn, kind):
    """Fresh national habits; the caller parses each back."""
    a = area_len(region, nsn) if kind == "fixed" else 0
    head, rest = nsn[:a], nsn[a:]
    r = rng.random()
    if region == "US":
        if kind == "other":
            return rng.choice(["%s.%s.%s", "%s-%s-%s", "1.%s.%s.%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        return rng.choice(["%s.%s.%s", "%s-%s-%s", "(%s)%s-%s", "1.%s.%s.%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
    if region == "GB":
        if kind == "mobile":
            return rng.choice(["0" + nsn, "0" + grp(nsn, [3, 3, 4]), "0%s-%s" % (nsn[:4], nsn[4:])])
        if kind == "other":
            return rng.choice(["0%s %s %s", "0%s-%s-%s"]) % (nsn[:3], nsn[3:6], nsn[6:])
        if a == 2:
            return rng.choice(
                [
                    "0%s%s %s %s" % (head, rest[0], rest[1:4], rest[4:]),
                    "(0%s) %s %s" % (head, rest[:4], rest[4:]),
                ]
            )
        return rng.choice(
            [
                "0%s %s" % (head, grp(rest, [3, 4])),
                "0%s-%s" % (head, grp(rest, [3, 4], "-")),
                "0%s %s" % (head, rest),
            ]
        )
    if region == "DE":
        if kind == "fixed":
            return rng.choice(
                ["0%s %s" % (head, rest), "(0%s) %s" % (head, pairs(rest)), "0%s-%s" % (head, rest)]
            )
        if kind == "mobile":
            return rng.choice(["0%s %s" % (nsn[:3], nsn[3:]), "0%s-%s" % (nsn[:3], nsn[3:])])
        return rng.choice(["0800 %s %s" % (nsn[3:6], nsn[6:]), "0800-" + nsn[3:]])
    if region == "FR":
        if kind == "other":
            return rng.choice(
                ["08 " + grp(nsn[1:], [2, 2, 2, 2]), "0%s %s" % (nsn[:3], grp(nsn[3:], [2, 2, 2]))]
            )
        return rng.choice(["0" + grp(nsn, [1, 2, 2, 2, 2]), "0" + grp(nsn, [1, 2, 2, 2, 2], ".")])
    if region == "ES":
        if kind == "other":
            return rng.choice([grp(nsn, [3, 3, 3]), grp(nsn, [3, 3, 3], "-")])
        if kind == "mobile":
            return rng.choice([grp(nsn, [3, 2, 2, 2]), grp(nsn, [3, 3, 3], "-"), nsn])
        return rng.choice([grp(nsn, [3, 2, 2, 2]), nsn])
    if region == "IT":
        if kind == "other":
            return rng.choice([grp(nsn, [3, 3, 3]), grp(nsn, [3, 3, 3], ".")])
        if kind == "mobile":
            return rng.choice([grp(nsn, [3, 3, 4]), "%s.%s" % (nsn[:3], nsn[3:])])
        h = 4 if nsn.startswith("0187") else 3
        return rng.choice(["%s %s" % (nsn[:h], grp(nsn[h:], [3, 4])), "%s.%s" % (nsn[:h], nsn[h:])])
    if region == "NL":
        if kind == "mobile":
            return rng.choice(["06 " + grp(nsn[1:], [2, 2, 2, 2]), "06-%s %s" % (nsn[1:5], nsn[5:])])
        if kind == "other":
            return "0800 %s %s" % (nsn[3:6], nsn[6:])
        sub = grp(rest, [3, 4]) if len(rest) == 7 else grp(rest, [2, 2, 2])
        return rng.choice(["0%s %s" % (head, sub), "(0%s) %s" % (head, pairs(rest))])
    if region == "PT":
        return rng.choice([grp(nsn, [3, 3, 3]), nsn]) if kind != "other" else grp(nsn, [3, 2, 2, 2])
    if region == "BR":
        if kind == "other":
            return rng.choice(["0800 %s %s" % (nsn[3:6], nsn[6:]), "0800 " + nsn[3:]])
        if kind == "mobile":
            return rng.choice(
                ["(%s) %s-%s" % (nsn[:2], nsn[2:7], nsn[7:]), "%s %s.%s" % (nsn[:2], nsn[2:7], nsn[7:])]
            )
        return rng.choice(
            ["(%s) %s %s" % (head, rest[:4], rest[4:]), "%s %s.%s" % (head, rest[:4], rest[4:])]
        )
    if region == "IN":
        if kind == "mobile":
            return rng.choice([grp(nsn, [5, 5]), "0%s-%s" % (nsn[:5], nsn[5:])])
        if kind == "other":
            return rng.choice([nsn, "%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:])])
        return rng.choice(["0%s %s" % (head, rest), "(0%s) %s" % (head, grp(rest, [len(rest) - 4, 4]))])
    raise ValueError(region + str(r))


def pairs(digits):
    """German and Dutch habit: pairs counted from the right."""
    out = []
    while len(digits) > 2:
        out.insert(0, digits[-2:])
        digits = digits[:-2]
    out.insert(0, digits)
    return " ".join(out)


def international(rng, region, nsn, kind):
    cc = "+%d" % CC[region]
    a = area_len(region, nsn) if kind == "fixed" else 0
    if region == "US":
        return rng.choice(["%s-%s-%s-%s", "%s %s-%s-%s", "%s.%s.%s.%s"]) % (cc, nsn[:3], nsn[3:6], nsn[6:])
    if region in ("GB", "DE", "NL", "AT", "CH", "BE", "IE", "AU", "FR"):
        if region == "FR" or (region in ("CH", "BE") and kind == "fixed"):
            body = grp(nsn, [1 if region != "CH" else 2, 2, 2, 2, 2])
            if region == "CH":
                body = grp(nsn, [2, 3, 2, 2])
            if region == "BE":
                body = grp(nsn, [a, 3, 2, 2]) if a == 1 else grp(nsn, [a, 2, 2, 2])
        elif kind == "fixed" and a:
            rest = nsn[a:]
            body = "%s %s" % (
                nsn[:a],
                grp(rest, [3, 4]) if len(rest) == 7 else grp(rest, [4, 4]) if len(rest) == 8 else rest,
            )
        else:
            cut = {"GB": 4, "DE": 3, "NL": 1, "AT": 3, "CH": 2, "BE": 3, "IE": 2, "AU": 3}[region]
            tail = {"AU": [3, 3], "IE": [3, 4], "CH": [3, 2, 2], "BE": [2, 2, 2]}.get(region)
            body = "%s %s" % (nsn[:cut], grp(nsn[cut:], tail) if tail else nsn[cut:])
        if region != "US" and rng.random() < 0.45:
            return "%s (0)%s" % (cc, body)
        return "%s %s" % (cc, body)
    if region == "BR":
        return rng.choice(["%s %s %s-%s", "%s %s %s %s"]) % (cc, nsn[:2], nsn[2:-4], nsn[-4:])
    if region == "IN":
        if kind == "mobile":
            return "%s %s %s" % (cc, nsn[:5], nsn[5:])
        return "%s %s %s" % (cc, nsn[:a], grp(nsn[a:], [len(nsn) - a - 4, 4]))
    if region in ("ES", "PT", "IT"):
        if region == "ES":
            return "%s %s" % (cc, grp(nsn, [3, 2, 2, 2]) if kind == "fixed" else grp(nsn, [3, 3, 3]))
        if region == "IT":
            return "%s %s" % (cc, grp(nsn, [3, 3, 4]))
        return "%s %s" % (cc, grp(nsn, [3, 3, 3]))
    raise ValueError(region)


def local_form(rng, region, sub):
    """The subscriber part of a fixed number, as it is written for callers inside the area."""
    n = len(sub)
    if region == "US":
        return rng.choice([sub[:3] + "." + sub[3:], sub])
    if region == "GB":
        return rng.choice([sub[:3] + " " + sub[3:], sub[:3] + "-" + sub[3:]]) if n == 7 else sub
    if region == "DE":
        return rng.choice([pairs(sub), sub])
    if region == "NL":
        return (
            rng.choice([sub[:2] + " " + sub[2:4] + " " + sub[4:], sub[:3] + " " + sub[3:]])
            if n == 7
            else (rng.choice([pairs(sub), sub]))
        )
    if region == "BR":
        return rng.choice([sub[:4] + "." + sub[4:], sub])
    if region == "IN":
        return rng.choice([sub, sub[: n - 4] + "-" + sub[n - 4 :]]) if n > 6 else sub
    raise ValueError(region)


def put_back(region, area, local):
    """National form of a local number: trunk prefix and area code put back."""
    digits = "".join(c for c in local if c.isdigit())
    trunk = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}[region]
    if region == "BR":
        return "0" + area + digits
    return trunk + area + digits


def e164(region, nsn):
    return "+%d%s" % (CC[region], nsn)


def luhn_ok(d):
    s = 0
    for i, c in enumerate(reversed(d)):
        v = int(c)
        if i % 2:
            v = v * 2 - 9 if v > 4 else v * 2
        s += v
    return s % 10 == 0


def card(rng):
    brand = rng.choice(["visa", "mc", "amex"])
    pre, n = {
        "visa": ("4", 16),
        "mc": (rng.choice("12345").join(["5", ""]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
    }[brand]
    while True:
        d = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if luhn_ok(d):
            break
    mode = rng.choice(["spaced", "solid", "dashed"])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    text = {"spaced": grp(d, sizes), "solid": d, "dashed": grp(d, sizes, "-")}[mode]
    return text, mode


IBAN_BBAN = {
    "DE": "n18",
    "NL": "a4n10",
    "AT": "n16",
    "CH": "n17",
    "BE": "n12",
    "FR": "n23",
    "ES": "n20",
    "IT": "a1n22",
    "PT": "n21",
    "GB": "a4n14",
    "IE": "a4n14",
}
BANK_LETTERS = {
    "NL": ["ABNA", "INGB", "RABO", "SNSB", "TRIO"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def mod97(text):
    return int("".join(str(int(c, 36)) for c in text)) % 97


def iban(rng, country):
    spec = IBAN_BBAN[country]
    while True:
        if spec.startswith("a4"):
            bban = rng.choice(BANK_LETTERS[country]) + "".join(
                rng.choice("0123456789") for _ in range(int(spec[3:]))
            )
        elif spec.startswith("a1"):
            bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(22)
            )
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(int(spec[1:])))
        raw = country + "00" + bban
        check = 98 - mod97(raw[4:] + raw[:4])
        full = country + "%02d" % check + bban
        if std_iban.is_valid(full):
            break
    mode = rng.choice(["print", "electronic"])
    return (grp(full, [4] * 8) if mode == "print" else full), mode


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    mode = rng.choice(["spaced", "dashed"])
    sep = " " if mode == "spaced" else "-"
    return "%03d%s%02d%s%04d" % (a, sep, g, sep, s), mode


def ssn_ok(text):
    d = text.replace("-", "").replace(" ", "")
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g > 0 and s > 0


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
            if a.is_global:
                return str(a), mode
    if mode == "v4-private":
        return rng.choice(
            [
                "192.168.%d.%d" % (rng.randint(0, 254), rng.randint(2, 254)),
                "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254)),
                "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254)),
            ]
        ), mode
    groups = ["2a0%d" % rng.randint(1, 9)] + ["%x" % rng.randint(0, 0xFFFF) for _ in range(3)]
    if rng.random() < 0.5:
        return ":".join(groups) + "::" + "%x" % rng.randint(1, 0xFFFF), mode
    return ":".join(groups + ["%x" % rng.randint(0, 0xFFFF) for _ in range(4)]), mode
