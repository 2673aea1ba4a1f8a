"""Phone numbers for v52: drawn at random, kept only when phonenumbers says they are valid, written in
telecom and office habits, and parsed back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)
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
    "CH": "41",
    "AT": "43",
    "BE": "32",
    "IE": "353",
    "AU": "61",
}

# towns with a local (subscriber-only) number: (town, area code without trunk 0, subscriber length)
AREAS = {
    "US": [
        ("Boise", "208", 7),
        ("Spokane", "509", 7),
        ("Madison", "608", 7),
        ("Albuquerque", "505", 7),
        ("Tucson", "520", 7),
        ("Knoxville", "865", 7),
        ("Savannah", "912", 7),
        ("Des Moines", "515", 7),
    ],
    "GB": [
        ("Nottingham", "115", 7),
        ("Leicester", "116", 7),
        ("Bristol", "117", 7),
        ("Edinburgh", "131", 7),
        ("Southampton", "23", 8),
        ("Belfast", "28", 8),
        ("Oxford", "1865", 6),
        ("Exeter", "1392", 6),
    ],
    "DE": [
        ("Freiburg", "761", 6),
        ("Münster", "251", 7),
        ("Rostock", "381", 7),
        ("Bremen", "421", 7),
        ("Mainz", "6131", 6),
        ("Heidelberg", "6221", 6),
        ("Nürnberg", "911", 7),
        ("Leipzig", "341", 7),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Utrecht", "30", 7),
        ("Leiden", "71", 7),
        ("Maastricht", "43", 7),
        ("Eindhoven", "40", 7),
        ("Breda", "76", 7),
        ("Nijmegen", "24", 7),
    ],
    "BR": [
        ("Curitiba", "41", 8),
        ("Porto Alegre", "51", 8),
        ("Salvador", "71", 8),
        ("Fortaleza", "85", 8),
        ("Belém", "91", 8),
        ("Florianópolis", "48", 8),
    ],
    "IN": [
        ("Chennai", "44", 8),
        ("Kolkata", "33", 8),
        ("Hyderabad", "40", 8),
        ("Bengaluru", "80", 8),
        ("Ahmedabad", "79", 8),
        ("Bhopal", "755", 7),
        ("Nagpur", "712", 7),
        ("Indore", "731", 7),
    ],
}
LOCAL_FIRST = {"US": "23456789", "GB": "2345689", "DE": "2345678", "NL": "2345678", "BR": "2345", "IN": "2"}
# (prefix, total national significant length) for non-local draws
DRAW = {
    "US": {
        "fixed": [("212", 10), ("312", 10), ("415", 10), ("617", 10), ("303", 10), ("404", 10)],
        "mobile": [("646", 10), ("713", 10), ("206", 10), ("480", 10)],
        "other": [("800", 10), ("888", 10), ("877", 10), ("866", 10)],
    },
    "GB": {
        "fixed": [("207", 10), ("203", 10), ("161", 10), ("121", 10), ("1632", 10)],
        "mobile": [("77", 10), ("78", 10), ("79", 10), ("74", 10)],
        "other": [("800", 10), ("808", 10), ("345", 10), ("330", 10)],
    },
    "DE": {
        "fixed": [("30", 10), ("89", 10), ("40", 10), ("69", 10), ("221", 10), ("711", 10)],
        "mobile": [("151", 11), ("160", 11), ("170", 10), ("176", 11), ("157", 11)],
        "other": [("800", 10), ("800", 11)],
    },
    "FR": {
        "fixed": [("1", 9), ("2", 9), ("3", 9), ("4", 9), ("5", 9)],
        "mobile": [("6", 9), ("7", 9)],
        "other": [("800", 9), ("805", 9)],
    },
    "ES": {
        "fixed": [("91", 9), ("93", 9), ("954", 9), ("963", 9)],
        "mobile": [("6", 9)],
        "other": [("900", 9)],
    },
    "IT": {
        "fixed": [("06", 10), ("02", 10), ("011", 10), ("055", 10)],
        "mobile": [("333", 10), ("347", 10), ("320", 10), ("389", 10)],
        "other": [("800", 9)],
    },
    "NL": {"fixed": [("20", 9), ("10", 9), ("70", 9)], "mobile": [("6", 9)], "other": [("800", 10)]},
    "PT": {
        "fixed": [("21", 9), ("22", 9)],
        "mobile": [("91", 9), ("93", 9), ("96", 9)],
        "other": [("800", 9), ("808", 9)],
    },
    "BR": {
        "fixed": [("11", 10), ("21", 10), ("31", 10)],
        "mobile": [("119", 11), ("219", 11)],
        "other": [("800", 10)],
    },
    "IN": {
        "fixed": [("11", 10), ("22", 10)],
        "mobile": [("98", 10), ("97", 10), ("88", 10), ("70", 10)],
        "other": [("1800", 11)],
    },
    "CH": {"fixed": [("44", 9), ("31", 9), ("61", 9)], "mobile": [("79", 9), ("76", 9)]},
    "AT": {"fixed": [("1", 10), ("316", 10), ("512", 10)], "mobile": [("664", 10), ("676", 10)]},
    "BE": {"fixed": [("2", 8), ("3", 8), ("9", 8)], "mobile": [("47", 9), ("49", 9)]},
    "IE": {"fixed": [("1", 8), ("21", 9)], "mobile": [("85", 9), ("87", 9)]},
    "AU": {"fixed": [("2", 9), ("3", 9), ("7", 9)], "mobile": [("4", 9)]},
}
TYPES = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def g(d, sizes, sep=" "):
    """Split digit string d into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(d[i : i + n])
        i += n
    if i < len(d):
        out[-1] += d[i:]
    return sep.join(x for x in out if x)


def draw_nsn(rng, region, kind):
    for _ in range(5000):
        pre, n = rng.choice(DRAW[region][kind])
        nsn = (
            pre + str(rng.randint(2, 9)) + "".join(rng.choice("0123456789") for _ in range(n - len(pre) - 1))
        )
        x = pn.parse("+" + CC[region] + nsn)
        if (
            pn.is_valid_number(x)
            and pn.region_code_for_number(x) == region
            and pn.number_type(x) in TYPES[kind]
        ):
            return nsn
    raise RuntimeError((region, kind))


def draw_local(rng, region, area, sub_len):
    for _ in range(5000):
        sub = rng.choice(LOCAL_FIRST[region]) + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        if region == "US" and sub[1:3] == "11":
            continue
        if region == "GB" and len(area) == 2:
            sub = {"23": "80", "28": "90"}[area] + sub[2:]
        x = pn.parse("+" + CC[region] + area + sub)
        if pn.is_valid_number(x) and pn.number_type(x) in FIXED and pn.region_code_for_number(x) == region:
            if pn.length_of_geographical_area_code(x) == len(area):
                return sub
    raise RuntimeError((region, area))


def local_forms(region, sub):
    n = len(sub)
    if region == "US":
        return [g(sub, [3, 4], "-"), g(sub, [3, 4])]
    if region == "GB":
        return {7: [g(sub, [3, 4]), sub], 8: [g(sub, [4, 4])], 6: [sub, g(sub, [3, 3])]}[n]
    if region == "DE":
        return [g(sub, [2, 2, 2]) if n == 6 else g(sub, [3, 2, 2]), sub]
    if region == "NL":
        return [g(sub, [3, 4]), g(sub, [3, 2, 2]), sub]
    if region == "BR":
        return [g(sub, [4, 4], "-"), g(sub, [4, 4])]
    return {8: [g(sub, [4, 4]), sub], 7: [g(sub, [3, 4]), sub]}[n]


def put_back(region, area, text):
    """The local text with its area code (and trunk prefix) put back, for the parse-back check."""
    if region in ("US", "BR"):
        return "(" + area + ") " + text
    return "0" + area + " " + text


def national_forms(region, kind, d):
    """Written forms with the trunk prefix (or none, where the country has none), for nsn d."""
    if region == "US":
        a, s = d[:3], d[3:]
        if kind == "other":
            return [f"1 ({a}) {s[:3]}-{s[3:]}", f"{a} {s[:3]} {s[3:]}", f"1-{a}-{s[:3]}-{s[3:]}"]
        return [
            f"({a}) {s[:3]} {s[3:]}",
            f"{a} {s[:3]}-{s[3:]}",
            f"{a}/{s[:3]}-{s[3:]}",
            f"1 ({a}) {s[:3]}-{s[3:]}",
            f"{a}-{s[:3]}-{s[3:]}",
        ]
    if region == "GB":
        if kind == "mobile":
            return ["0" + g(d, [4, 6]), "0" + g(d, [4, 3, 3]), "(0" + d[:4] + ") " + d[4:]]
        if kind == "other":
            return ["0" + g(d, [3, 3, 4]), "0" + g(d, [3, 7])]
        if d[0] == "2":
            return ["0" + g(d, [2, 4, 4]), "0" + g(d, [2, 8])]
        if d.startswith("1632"):
            return ["0" + g(d, [4, 6]), "0" + g(d, [4, 3, 3])]
        return ["0" + g(d, [3, 3, 4]), "0" + g(d, [3, 7]), "(0" + d[:3] + ") " + g(d[3:], [3, 4])]
    if region == "DE":
        if kind == "mobile":
            return [
                "0" + g(d, [3, 8]),
                "0" + d[:3] + "/" + d[3:],
                "0" + d[:3] + " - " + g(d[3:], [3, 3, 2] if len(d) == 11 else [3, 4]),
            ]
        if kind == "other":
            return ["0" + g(d, [3, 3, 4]), "0" + d[:3] + " / " + d[3:]]
        a = 2 if d[:2] in ("30", "89", "40", "69") else 3
        rest = d[a:]
        pairs = g(rest, [2] * (len(rest) // 2)) if len(rest) % 2 == 0 else g(rest, [3] + [2] * 3)
        return ["0" + d[:a] + " " + rest, "0" + d[:a] + "/" + rest, "0" + d[:a] + " / " + pairs]
    if region == "FR":
        if kind == "other":
            return ["0 " + g(d, [3, 2, 2, 2]), "0" + g(d, [3, 3, 3])]
        return [
            "0" + g(d, [1, 2, 2, 2, 2]),
            "0" + g(d, [1, 2, 2, 2, 2], "-"),
            "0" + g(d, [1, 2, 2, 2, 2], "."),
        ]
    if region == "ES":
        if kind == "other":
            return [g(d, [3, 2, 2, 2]), g(d, [3, 3, 3])]
        if d[:2] in ("91", "93"):
            return [g(d, [2, 3, 2, 2]), g(d, [3, 3, 3])]
        return [g(d, [3, 2, 2, 2]), g(d, [3, 3, 3])]
    if region == "IT":
        if kind == "mobile":
            return [g(d, [3, 3, 4]), d[:3] + "-" + d[3:], d[:3] + "/" + d[3:]]
        if kind == "other":
            return [g(d, [3, 2, 2, 2]), g(d, [3, 3])]
        a = 2 if d[:2] in ("06", "02") else 3
        return [d[:a] + " " + g(d[a:], [4, 4]), d[:a] + "-" + d[a:], d[:a] + "/" + d[a:]]
    if region == "NL":
        if kind == "mobile":
            return [
                "0" + d[0] + "-" + d[1:],
                "0" + d[0] + " - " + g(d[1:], [4, 4]),
                "0" + g(d, [1, 2, 2, 2, 2]),
            ]
        if kind == "other":
            return ["0" + d[:3] + "-" + d[3:], "0" + g(d, [3, 3, 4])]
        return ["0" + d[:2] + "-" + d[2:], "0" + d[:2] + " - " + g(d[2:], [3, 2, 2]), "0" + g(d, [2, 3, 4])]
    if region == "PT":
        if kind == "other":
            return [g(d, [3, 2, 2, 2]), g(d, [3, 3, 3])]
        if kind == "mobile":
            return [g(d, [3, 3, 3]), g(d, [2, 3, 4])]
        return [g(d, [2, 3, 4]), g(d, [3, 3, 3])]
    if region == "BR":
        if kind == "other":
            return ["0" + g(d, [3, 3, 4]), "0" + d[:3] + "-" + d[3:6] + "-" + d[6:]]
        a, s = d[:2], d[2:]
        if kind == "mobile":
            return [
                f"({a}) {s[0]} {s[1:5]}-{s[5:]}",
                f"({a}) {s[:5]}-{s[5:]}",
                f"{a} {s[0]} {s[1:5]} {s[5:]}",
            ]
        return [f"{a} {s[:4]}-{s[4:]}", f"({a}){s[:4]}-{s[4:]}", f"({a}) {s[:4]}-{s[4:]}"]
    if region == "IN":
        if kind == "mobile":
            return [g(d, [5, 5]), "0" + g(d, [5, 5])]
        if kind == "other":
            return [g(d, [4, 3, 4]), g(d, [4, 3, 4], "-")]
        return ["0" + d[:2] + "-" + g(d[2:], [4, 4]), "0" + g(d, [2, 4, 4]), "0" + d[:2] + " " + d[2:]]
    raise KeyError(region)


def intl_forms(region, kind, d):
    c = "+" + CC[region]
    if region == "US":
        return [
            f"{c} {d[:3]} {d[3:6]} {d[6:]}",
            f"{c} ({d[:3]}) {d[3:6]}-{d[6:]}",
            f"{c} {d[:3]}.{d[3:6]}.{d[6:]}",
        ]
    nat = national_forms(region, kind, d) if region in ("FR", "ES", "IT", "PT", "BR") else []
    if region == "FR":
        return [c + " " + g(d, [1, 2, 2, 2, 2]), c + d]
    if region in ("ES", "PT"):
        return [c + " " + nat[0], c + "-" + g(d, [3, 3, 3], "-")]
    if region == "IT":
        return [c + " " + nat[0], c + " " + d]
    if region == "BR":
        a, s = d[:2], d[2:]
        return [f"{c} {a} {s[:-4]}-{s[-4:]}", f"{c} ({a}) {s[:-4]}-{s[-4:]}"]
    if region == "GB":
        if kind == "mobile":
            return [c + " " + g(d, [4, 3, 3]), c + d]
        a = 2 if d[0] == "2" else (4 if d.startswith("1632") else 3)
        return [c + " " + d[:a] + " " + g(d[a:], [len(d[a:]) - 4, 4]), c + d]
    if region == "DE":
        if kind == "mobile":
            return [c + " " + g(d, [3, 4, 4]), c + " " + g(d, [3, 8]), c + d]
        a = 2 if d[:2] in ("30", "89", "40", "69") else 3
        return [c + " " + d[:a] + " " + d[a:], c + "-" + d[:a] + "-" + d[a:]]
    if region == "NL":
        if kind == "mobile":
            return [c + " 6 " + d[1:], c + d, c + " " + g(d, [1, 2, 2, 2, 2])]
        return [c + " " + g(d, [2, 3, 4]), c + " " + d[:2] + "-" + d[2:]]
    if region == "IN":
        if kind == "mobile":
            return [c + " " + g(d, [5, 5]), c + "-" + g(d, [5, 5], "-"), c + "-" + d]
        return [c + " " + g(d, [2, 4, 4]), c + "-" + d[:2] + "-" + d[2:]]
    if region == "CH":
        return [c + " " + g(d, [2, 3, 2, 2])]
    if region == "AT":
        a = 1 if d[0] == "1" else 3
        return [c + " " + d[:a] + " " + g(d[a:], [4, 5]) if a == 1 else c + " " + d[:a] + " " + d[a:]]
    if region == "BE":
        return [c + " " + g(d, [1, 3, 2, 2]) if len(d) == 8 else c + " " + g(d, [3, 2, 2, 2])]
    if region == "IE":
        return [c + " " + g(d, [1, 3, 4]) if len(d) == 8 else c + " " + g(d, [2, 3, 4])]
    if region == "AU":
        return [c + " " + g(d, [1, 4, 4]) if d[0] != "4" else c + " " + g(d, [3, 3, 3])]
    raise KeyError(region)


def e164(region, d):
    return "+" + CC[region] + d


def parses_back(text, region, want):
    try:
        x = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(x) and pn.format_number(x, pn.PhoneNumberFormat.E164) == want
