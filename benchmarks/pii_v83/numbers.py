"""Phone numbers for v83: drawn from a prefix, kept when valid and of the wanted type, written in habits."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}
CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "PT": "351",
    "BR": "55",
    "IN": "91",
    "AU": "61",
    "IE": "353",
    "CH": "41",
    "AT": "43",
    "BE": "32",
}
TRUNK = {
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "NL": "0",
    "IN": "0",
    "AU": "0",
    "IE": "0",
    "CH": "0",
    "AT": "0",
    "BE": "0",
    "PT": "",
    "ES": "",
    "IT": "",
    "US": "",
    "BR": "",
}

# towns for announced local numbers: (town, area code, subscriber length)
AREAS = {
    "US": [
        ("Savannah", "912", 7),
        ("Duluth", "218", 7),
        ("Asheville", "828", 7),
        ("Reno", "775", 7),
        ("Omaha", "402", 7),
        ("Tacoma", "253", 7),
        ("Albuquerque", "505", 7),
        ("Burlington", "802", 7),
    ],
    "GB": [
        ("Norwich", "1603", 6),
        ("Leeds", "113", 7),
        ("Cardiff", "29", 8),
        ("Plymouth", "1752", 6),
        ("Aberdeen", "1224", 6),
        ("York", "1904", 6),
        ("Brighton", "1273", 6),
        ("Belfast", "28", 8),
    ],
    "DE": [
        ("Regensburg", "941", 6),
        ("Kiel", "431", 7),
        ("Würzburg", "931", 6),
        ("Bielefeld", "521", 7),
        ("Lübeck", "451", 7),
        ("Trier", "651", 6),
        ("Bamberg", "951", 6),
        ("Potsdam", "331", 7),
    ],
    "NL": [
        ("Maastricht", "43", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Haarlem", "23", 7),
        ("Nijmegen", "24", 7),
        ("Den Haag", "70", 7),
        ("Eindhoven", "40", 7),
        ("Tilburg", "13", 7),
    ],
    "BR": [
        ("Recife", "81", 8),
        ("Porto Alegre", "51", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Florianópolis", "48", 8),
        ("Natal", "84", 8),
        ("Campinas", "19", 8),
        ("Vitória", "27", 8),
    ],
    "IN": [
        ("Pune", "20", 8),
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
        ("Coimbatore", "422", 7),
        ("Hyderabad", "40", 8),
        ("Kolkata", "33", 8),
    ],
}
# first digits allowed for a subscriber number
SUB_START = {"US": "2345678", "GB": "2345", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}

# (prefix of the national significant number, its full length)
FIXED_P = {
    "FR": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
    "ES": [("91", 9), ("93", 9), ("96", 9)],
    "IT": [("06", 10), ("02", 10), ("055", 10), ("011", 10)],
    "PT": [("21", 9), ("22", 9), ("239", 9)],
    "AU": [("2", 9), ("3", 9), ("7", 9), ("8", 9)],
    "IE": [("1", 8), ("21", 9)],
    "CH": [("44", 9), ("31", 9), ("22", 9), ("61", 9)],
    "AT": [("1", 10), ("316", 10), ("512", 10)],
    "BE": [("2", 8), ("3", 8), ("9", 8)],
}
MOBILE_P = {
    "US": [(a, 10) for a in ("206", "617", "404", "713", "303")],
    "GB": [("74", 10), ("75", 10), ("78", 10)],
    "DE": [("151", 11), ("160", 10), ("172", 11), ("176", 11)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("7", 9)],
    "IT": [("33", 10), ("34", 10), ("32", 10)],
    "NL": [("6", 9)],
    "PT": [("91", 9), ("93", 9), ("96", 9)],
    "BR": [(a + "9", 11) for a in ("11", "21", "31", "71", "85")],
    "IN": [("9", 10), ("8", 10), ("7", 10)],
    "AU": [("4", 9)],
    "IE": [("85", 9), ("87", 9), ("83", 9)],
    "CH": [("76", 9), ("78", 9), ("79", 9)],
    "AT": [("664", 10), ("676", 10), ("699", 11)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
}
OTHER_P = {
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    "GB": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    "DE": [("800", 10), ("1805", 10)],
    "FR": [("800", 9), ("805", 9), ("810", 9)],
    "ES": [("900", 9), ("901", 9)],
    "IT": [("800", 9), ("848", 9)],
    "NL": [("800", 10), ("800", 7)],
    "PT": [("800", 9), ("808", 9)],
    "BR": [("800", 10), ("4004", 8), ("4003", 8)],
    "IN": [("1800", 11), ("1860", 11)],
}


def draw(rng, region, prefix, length, types):
    for _ in range(500):
        nsn = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix)))
        if region == "US" and nsn[3] in "01":
            continue
        num = pn.parse("+" + CC[region] + nsn)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in types
            and pn.region_code_for_number(num) == region
        ):
            return nsn
    raise RuntimeError(f"no number for {region} {prefix}")


def draw_local(rng, region, area, sub_len):
    for _ in range(500):
        sub = rng.choice(SUB_START[region]) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        nsn = area + sub
        num = pn.parse("+" + CC[region] + nsn)
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in FIXED
            and pn.region_code_for_number(num) == region
        ):
            assert pn.length_of_geographical_area_code(num) == len(area), (region, area)
            return nsn, sub
    raise RuntimeError(f"no local number for {region} {area}")


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def pairs_from_right(s, sep=" "):
    parts = []
    while len(s) > 2:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return sep.join(parts)


def area_split(region, nsn):
    num = pn.parse("+" + CC[region] + nsn)
    n = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return nsn[:n], nsn[n:]


def e164(region, nsn):
    return "+" + CC[region] + nsn


def put_back(region, area, sub):
    """A local subscriber number with its area code (and trunk prefix) put back, for checking."""
    digits = "".join(c for c in sub if c.isdigit())
    return TRUNK.get(region, "") + area + digits


# subscriber-only forms: habits (take the subscriber digits)
def local_forms(region, sub):
    n = len(sub)
    forms = {
        "US": [sub[:3] + "." + sub[3:], sub[:3] + "-" + sub[3:], sub[:3] + " " + sub[3:]],
        "GB": (
            [sub[:3] + " " + sub[3:], sub]
            if n == 7
            else [sub[:4] + " " + sub[4:], sub[:4] + "-" + sub[4:]]
            if n == 8
            else [sub, sub[:3] + " " + sub[3:], sub[:2] + " " + sub[2:4] + " " + sub[4:]]
        ),
        "DE": [
            pairs_from_right(sub),
            sub,
            grp(sub, [3, 2, 2]) if n == 7 else grp(sub, [3, 3]),
            pairs_from_right(sub, "-"),
        ],
        "NL": [sub[:3] + " " + sub[3:], sub, grp(sub, [2, 2, 3])],
        "BR": [sub[:4] + "-" + sub[4:], sub[:4] + "." + sub[4:], sub[:4] + " " + sub[4:]],
        "IN": (
            [sub[:4] + " " + sub[4:], sub[:4] + "-" + sub[4:], sub]
            if n == 8
            else [sub[:3] + " " + sub[3:], sub, sub[:3] + "-" + sub[3:]]
        ),
    }
    return forms[region]


def written(region, nsn, mode, rng):
    """One written form of a number (national, international or other), in this set's habits."""
    a, s = area_split(region, nsn)
    t = TRUNK[region]
    if mode == "international":
        return rng.choice(intl_forms(region, nsn, a, s))
    if region == "US":
        b, c = nsn[3:6], nsn[6:]
        if mode == "other":
            return rng.choice([f"({a}) {b}-{c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}", f"{a}-{b}-{c}"])
        return rng.choice(
            [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}", f"1.{a}.{b}.{c}"]
        )
    if region == "GB":
        if mode == "other":
            return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
        if nsn[0] == "7":
            return rng.choice(
                [
                    f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}",
                    f"0{nsn[:4]} {nsn[4:]}",
                    f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                ]
            )
        sub = s[:3] + " " + s[3:] if len(s) == 7 else s[:4] + " " + s[4:] if len(s) == 8 else s
        return rng.choice([f"0{a} {sub}", f"0{a}-{s}", f"0{a} {s}"])
    if region == "DE":
        if mode == "other":
            return (
                rng.choice(
                    [
                        f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                        f"0{nsn[:4]}-{pairs_from_right(nsn[4:])}",
                        f"0{nsn[:4]} {nsn[4:]}",
                    ]
                )
                if nsn.startswith("18")
                else rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:]}"])
            )
        return rng.choice(
            [
                f"0{a} {s}",
                f"(0{a}) {s}",
                f"0{a}-{s}",
                f"0{a} {pairs_from_right(s)}",
                f"(0{a}) {grp(s, [3, 4])}",
            ]
        )
    if region == "FR":
        d = t + nsn
        if mode == "other":
            return rng.choice(
                [pairs_from_right(d), pairs_from_right(d, "."), d[:4] + " " + pairs_from_right(d[4:])]
            )
        return rng.choice([pairs_from_right(d), pairs_from_right(d, "."), d[:2] + " " + d[2:]])
    if region == "ES":
        if mode == "other":
            return rng.choice([grp(nsn, [3, 3, 3]), grp(nsn, [3, 2, 2, 2]), grp(nsn, [3, 3, 3], "-")])
        return rng.choice(
            [grp(nsn, [3, 2, 2, 2]), nsn, grp(nsn, [3, 3, 3], "-"), grp(nsn, [3, 2, 2, 2], ".")]
        )
    if region == "IT":
        if mode == "other":
            return rng.choice([grp(nsn, [3, 3, 3]), grp(nsn, [3, 3, 3], ".")])
        if nsn[0] == "3":
            return rng.choice([grp(nsn, [3, 3, 4]), grp(nsn, [3, 3, 4], "."), nsn[:3] + "-" + nsn[3:]])
        return rng.choice([a + " " + grp(s, [4, 4]), a + "." + grp(s, [4, 4], "."), a + " " + s])
    if region == "NL":
        if mode == "other":
            return rng.choice(["0" + nsn[:3] + " " + nsn[3:], "0" + nsn[:3] + "-" + nsn[3:]])
        if nsn[0] == "6":
            return rng.choice(
                [
                    "06 " + grp(nsn[1:], [3, 3, 2]),
                    "06-" + grp(nsn[1:], [4, 4]),
                    "06 " + grp(nsn[1:], [2, 2, 2, 2]),
                ]
            )
        return rng.choice(
            [f"0{a} {grp(s, [3, 4])}", f"(0{a}) {grp(s, [3, 2, 2])}", f"0{a}-{grp(s, [3, 2, 2])}"]
        )
    if region == "PT":
        if mode == "other":
            return rng.choice([grp(nsn, [3, 3, 3]), grp(nsn, [3, 2, 2, 2])])
        return rng.choice([grp(nsn, [3, 3, 3]), nsn, grp(nsn, [2, 3, 2, 2])])
    if region == "BR":
        if mode == "other":
            return rng.choice(["0" + grp(nsn, [3, 3, 4]), nsn[:4] + "-" + nsn[4:], nsn[:4] + " " + nsn[4:]])
        if len(s) == 9:
            return rng.choice([f"({a}) {s[:5]}-{s[5:]}", f"{a} {s[:5]}-{s[5:]}", f"({a}) {s}"])
        return rng.choice([f"({a}) {s[:4]} {s[4:]}", f"{a} {s[:4]}.{s[4:]}", f"({a}) {s[:4]}-{s[4:]}"])
    if region == "IN":
        if mode == "other":
            return rng.choice([grp(nsn, [4, 3, 4]), nsn, grp(nsn, [4, 3, 4], "-")])
        if nsn[0] in "6789":
            return rng.choice([grp(nsn, [5, 5]), nsn, grp(nsn, [5, 5], "-")])
        sub = s[:4] + " " + s[4:] if len(s) == 8 else s[:3] + " " + s[3:]
        return rng.choice([f"0{a} {sub}", f"(0{a}) {s}", f"0{a}-{s}"])
    raise ValueError(region)


def intl_forms(region, nsn, a, s):
    cc = "+" + CC[region]
    if region == "US":
        return [
            f"{cc}-{a}-{s[:3]}-{s[3:]}",
            f"{cc}{nsn}",
            f"{cc} {a}-{s[:3]}-{s[3:]}",
            f"{cc}.{a}.{s[:3]}.{s[3:]}",
        ]
    if region in ("FR",):
        return [
            cc + " " + nsn[0] + " " + pairs_from_right(nsn[1:]),
            cc + " (0)" + nsn[0] + " " + pairs_from_right(nsn[1:]),
            cc + " " + nsn[0] + "." + pairs_from_right(nsn[1:], "."),
        ]
    if region in ("CH", "BE"):
        return [
            f"{cc} {a} {grp(s, [3, 2, 2])}",
            f"{cc} (0){a} {grp(s, [3, 2, 2])}",
            f"{cc} {a} {pairs_from_right(s)}",
        ]
    if region == "IT":
        return [f"{cc} {a} {s}", f"{cc} {a} {grp(s, [3, 4] if len(s) == 7 else [4, 4])}", f"{cc}-{a}-{s}"]
    if region in ("ES", "PT", "BR"):
        return (
            [f"{cc} {a} {s}", f"{cc} {grp(nsn, [3, 3, 3, 2])}", f"{cc}-{a}-{s}"]
            if region != "BR"
            else [
                f"{cc} {a} {s[:-4]} {s[-4:]}",
                f"{cc} ({a}) {s[:-4]}-{s[-4:]}",
                f"{cc}-{a}-{s[:-4]}-{s[-4:]}",
            ]
        )
    if region == "IN":
        return [
            f"{cc} {a} {s}",
            f"{cc} {grp(nsn, [5, 5])}" if nsn[0] in "6789" else f"{cc}-{a}-{s}",
            f"{cc}{nsn}",
        ]
    half = len(s) // 2
    return [
        f"{cc} (0){a} {s[:half]} {s[half:]}",
        f"{cc} {a} {s[:half]} {s[half:]}",
        f"{cc}-{a}-{s}",
        f"{cc} {a} {s}",
    ]
