"""Writing habits: how people in these trades print or type a number (all new against v48)."""

import phonenumbers as pn

from . import phones


def pairs(s):
    """'12345678' -> '12 34 56 78'; odd length keeps three digits in front."""
    head = s[:3] if len(s) % 2 else s[:2]
    rest = s[len(head) :]
    return " ".join([head] + [rest[i : i + 2] for i in range(0, len(rest), 2)])


def split(num):
    nsn = pn.national_significant_number(num)
    n = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return nsn[:n], nsn[n:]


# national forms of fixed lines, by region: f(area, rest)
NAT_FIXED = {
    "US": [
        lambda a, r: f"{a}.{r[:3]}.{r[3:]}",
        lambda a, r: f"({a})-{r[:3]}-{r[3:]}",
        lambda a, r: f"1.{a}.{r[:3]}.{r[3:]}",
        lambda a, r: f"({a}) {r[:3]} {r[3:]}",
    ],
    "GB": [
        lambda a, r: f"0{a} {r[:3]} {r[3:]}" if len(r) == 6 else f"0{a} {r}",
        lambda a, r: f"(0{a}) {r}",
        lambda a, r: f"0{a}.{r}" if len(r) == 6 else f"(0{a}) {r}",
    ],
    "DE": [
        lambda a, r: f"0{a} / {r}",
        lambda a, r: f"0{a} / {r[:3]} {r[3:5]} {r[5:]}",
        lambda a, r: f"0{a} {r[:3]} {r[3:5]} {r[5:]}",
    ],
    "NL": [
        lambda a, r: f"(0{a}) {r[:3]} {r[3:5]} {r[5:]}",
        lambda a, r: f"0{a}-{r}",
        lambda a, r: f"0{a} {r[:3]} {r[3:]}",
    ],
    "BR": [
        lambda a, r: f"{a} {r[:4]}.{r[4:]}",
        lambda a, r: f"({a}){r[:4]}-{r[4:]}",
        lambda a, r: f"(0{a}) {r[:4]}-{r[4:]}",
    ],
    "IN": [
        lambda a, r: f"0{a} - {r}",
        lambda a, r: f"0{a}-{r[:4]} {r[4:]}" if len(r) == 8 else f"0{a}-{r}",
        lambda a, r: f"0{a} {r[:3]} {r[3:5]} {r[5:]}" if len(r) == 7 else f"0{a} {r[:4]}-{r[4:]}",
    ],
    "FR": [lambda a, r: f"0{a}." + ".".join(r[i : i + 2] for i in range(0, 8, 2))],
    "ES": [
        lambda a, r: f"{(a + r)[:3]} {(a + r)[3:5]} {(a + r)[5:7]} {(a + r)[7:]}",
        lambda a, r: f"{(a + r)[:3]}.{(a + r)[3:6]}.{(a + r)[6:]}",
    ],
    "IT": [lambda a, r: f"{a} {r}", lambda a, r: f"{a} {r[:4]} {r[4:]}" if len(r) >= 7 else f"{a} {r}"],
    "PT": [lambda a, r: f"{(a + r)[:3]} {(a + r)[3:6]} {(a + r)[6:]}"],
}
NAT_MOBILE = {
    "GB": [lambda n: f"0{n[:4]} {n[4:]}", lambda n: f"0{n}"],
    "DE": [lambda n: f"0{n[:3]} / {n[3:6]} {n[6:]}", lambda n: f"0{n[:3]} {n[3:]}"],
    "NL": [lambda n: "06 " + " ".join(n[i : i + 2] for i in range(1, 9, 2)), lambda n: f"(06) {n[1:]}"],
    "BR": [lambda n: f"({n[:2]}) {n[2:7]}.{n[7:]}", lambda n: f"({n[:2]}){n[2:7]}-{n[7:]}"],
    "IN": [lambda n: n],
    "FR": [lambda n: "0" + ".".join([n[0]] + [n[i : i + 2] for i in range(1, 9, 2)])],
    "ES": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}"],
    "IT": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}", lambda n: f"{n[:3]}.{n[3:]}"],
    "PT": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"],
}
SERVICE = {
    "US": [lambda n: f"{n[:3]}.{n[3:6]}.{n[6:]}", lambda n: f"1.{n[:3]}.{n[3:6]}.{n[6:]}"],
    "GB": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}"],
    "DE": [lambda n: f"0{n[:3]} / {n[3:]}", lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}"],
    "NL": [lambda n: f"0{n[:3]} {n[3:]}"],
    "BR": [lambda n: f"0{n[:3]} {n[3:6]} {n[6:]}"],
    "IN": [lambda n: f"{n[:4]} {n[4:7]} {n[7:]}"],
    "FR": [lambda n: "0" + ".".join([n[0]] + [n[i : i + 2] for i in range(1, 9, 2)])],
    "ES": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"],
    "IT": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"],
    "PT": [lambda n: f"{n[:3]} {n[3:6]} {n[6:]}"],
}
LOCAL = {
    "US": [lambda r: f"{r[:3]}.{r[3:]}", lambda r: f"{r[:3]} {r[3:]}"],
    "GB": [lambda r: f"{r[:3]} {r[3:]}" if len(r) == 6 else f"{r[:3]}-{r[3:]}"],
    "DE": [lambda r: f"{r[:3]} {r[3:5]} {r[5:]}", lambda r: f"{r[:3]}-{r[3:]}"],
    "NL": [lambda r: f"{r[:3]} {r[3:5]} {r[5:]}", lambda r: f"{r[:3]} {r[3:]}"],
    "BR": [lambda r: f"{r[:4]}.{r[4:]}", lambda r: f"{r[:4]} {r[4:]}"],
    "IN": [lambda r: f"{r[:4]}-{r[4:]}" if len(r) == 8 else f"{r[:3]} {r[3:5]} {r[5:]}"],
}


def _group_intl(region, a, r):
    if region in ("CH", "BE", "FR"):
        return pairs(r) if region != "BE" or len(r) > 6 else f"{r[:2]} {r[2:4]} {r[4:]}"
    if region in ("BR",):
        return f"{r[:-4]}-{r[-4:]}"
    if len(r) >= 8:
        return f"{r[:4]} {r[4:]}"
    if len(r) == 7 and region in ("AU", "IE", "NL", "ES", "PT"):
        return f"{r[:3]} {r[3:]}"
    return r


def intl(rng, num, region):
    cc = num.country_code
    a, r = split(num)
    if region == "IT" or region == "IN":
        return rng.choice([f"+{cc} {a} {r}", f"+{cc} {a} {_group_intl(region, a, r)}"])
    if region == "US":
        return rng.choice([f"+1-{a}-{r[:3]}-{r[3:]}", f"+1.{a}.{r[:3]}.{r[3:]}"])
    if region in ("ES", "PT"):
        n = a + r
        return f"+{cc} {n[:3]} {n[3:6]} {n[6:]}"
    g = _group_intl(region, a, r)
    if region == "BR":
        return rng.choice([f"+55 ({a}) {g}", f"+55 {a} {g}"])
    return rng.choice([f"+{cc} (0){a} {g}", f"+{cc} (0) {a} {g}", f"+{cc} {a} {g}"])


def write(rng, num, region, mode):
    """mode: national-fixed, national-mobile, service, international."""
    nsn = pn.national_significant_number(num)
    if mode == "international":
        return intl(rng, num, region)
    if mode == "service":
        return rng.choice(SERVICE[region])(nsn)
    if mode == "national-mobile":
        return rng.choice(NAT_MOBILE[region])(nsn)
    a, r = split(num)
    return rng.choice(NAT_FIXED[region])(a, r)


def local(rng, num, region):
    a, r = split(num)
    return rng.choice(LOCAL[region])(r)


def check_written(text, num, region, area=None):
    """The written form parses back to the same valid number (locals with trunk and area put back)."""
    if area is not None:
        digits = "".join(c for c in text if c.isdigit())
        back = phones.TRUNK[region] + area + digits
        n2 = pn.parse(back, region)
    else:
        n2 = pn.parse(text, region)
    return (
        pn.is_valid_number(n2)
        and n2.country_code == num.country_code
        and (pn.national_significant_number(n2) == pn.national_significant_number(num))
    )
