"""Phone numbers: valid numbers per region made with phonenumbers, and the ways people write them."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
FIXED_TYPES = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE_TYPES = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST, T.PREMIUM_RATE, T.UAN)

# geographic area codes (national significant number prefix), the town, and NSN lengths to try
AREAS = {
    "US": [
        ("212", "New York", (10,)),
        ("312", "Chicago", (10,)),
        ("415", "San Francisco", (10,)),
        ("617", "Boston", (10,)),
        ("503", "Portland", (10,)),
        ("614", "Columbus", (10,)),
        ("919", "Raleigh", (10,)),
        ("512", "Austin", (10,)),
        ("206", "Seattle", (10,)),
        ("303", "Denver", (10,)),
        ("608", "Madison", (10,)),
        ("802", "Burlington", (10,)),
        ("505", "Albuquerque", (10,)),
        ("904", "Jacksonville", (10,)),
        ("316", "Wichita", (10,)),
    ],
    "GB": [
        ("20", "London", (10,)),
        ("161", "Manchester", (10,)),
        ("113", "Leeds", (10,)),
        ("117", "Bristol", (10,)),
        ("131", "Edinburgh", (10,)),
        ("141", "Glasgow", (10,)),
        ("1223", "Cambridge", (10,)),
        ("1865", "Oxford", (10,)),
        ("1392", "Exeter", (10,)),
        ("1904", "York", (10,)),
        ("15396", "Sedbergh", (10,)),
        ("1603", "Norwich", (10,)),
        ("29", "Cardiff", (10,)),
        ("1248", "Bangor", (10,)),
        ("17687", "Keswick", (10,)),
    ],
    "DE": [
        ("30", "Berlin", (9, 10)),
        ("40", "Hamburg", (9, 10)),
        ("89", "München", (9, 10)),
        ("221", "Köln", (10,)),
        ("69", "Frankfurt am Main", (9, 10)),
        ("711", "Stuttgart", (10,)),
        ("351", "Dresden", (10,)),
        ("4621", "Schleswig", (9, 10)),
        ("7531", "Konstanz", (9, 10)),
        ("341", "Leipzig", (10,)),
        ("911", "Nürnberg", (10,)),
        ("761", "Freiburg", (10,)),
        ("5251", "Paderborn", (9, 10)),
        ("33203", "Kleinmachnow", (10,)),
        ("8821", "Garmisch", (9, 10)),
    ],
    "NL": [
        ("20", "Amsterdam", (9,)),
        ("10", "Rotterdam", (9,)),
        ("30", "Utrecht", (9,)),
        ("70", "Den Haag", (9,)),
        ("50", "Groningen", (9,)),
        ("43", "Maastricht", (9,)),
        ("24", "Nijmegen", (9,)),
        ("522", "Meppel", (9,)),
        ("318", "Ede", (9,)),
        ("58", "Leeuwarden", (9,)),
        ("597", "Winschoten", (9,)),
        ("40", "Eindhoven", (9,)),
    ],
    "BR": [
        ("11", "São Paulo", (10, 11)),
        ("21", "Rio de Janeiro", (10, 11)),
        ("31", "Belo Horizonte", (10, 11)),
        ("41", "Curitiba", (10, 11)),
        ("51", "Porto Alegre", (10, 11)),
        ("61", "Brasília", (10, 11)),
        ("71", "Salvador", (10, 11)),
        ("81", "Recife", (10, 11)),
        ("85", "Fortaleza", (10, 11)),
        ("48", "Florianópolis", (10, 11)),
        ("62", "Goiânia", (10, 11)),
    ],
    "IN": [
        ("11", "Delhi", (10,)),
        ("22", "Mumbai", (10,)),
        ("33", "Kolkata", (10,)),
        ("44", "Chennai", (10,)),
        ("80", "Bengaluru", (10,)),
        ("40", "Hyderabad", (10,)),
        ("20", "Pune", (10,)),
        ("141", "Jaipur", (10,)),
        ("484", "Kochi", (10,)),
        ("522", "Lucknow", (10,)),
        ("172", "Chandigarh", (10,)),
        ("79", "Ahmedabad", (10,)),
        ("612", "Patna", (10,)),
    ],
    "FR": [
        ("1", "Paris", (9,)),
        ("4", "Lyon", (9,)),
        ("2", "Nantes", (9,)),
        ("3", "Lille", (9,)),
        ("5", "Bordeaux", (9,)),
    ],
    "ES": [
        ("91", "Madrid", (9,)),
        ("93", "Barcelona", (9,)),
        ("96", "Valencia", (9,)),
        ("95", "Sevilla", (9,)),
        ("94", "Bilbao", (9,)),
        ("976", "Zaragoza", (9,)),
    ],
    "IT": [
        ("06", "Roma", (10,)),
        ("02", "Milano", (10,)),
        ("011", "Torino", (10,)),
        ("055", "Firenze", (10,)),
        ("081", "Napoli", (10,)),
        ("051", "Bologna", (10,)),
    ],
    "AU": [("2", "Sydney", (9,)), ("3", "Melbourne", (9,)), ("7", "Brisbane", (9,)), ("8", "Perth", (9,))],
    "IE": [("1", "Dublin", (8,)), ("21", "Cork", (9,)), ("91", "Galway", (8,)), ("61", "Limerick", (8,))],
    "CH": [
        ("44", "Zürich", (9,)),
        ("31", "Bern", (9,)),
        ("21", "Lausanne", (9,)),
        ("22", "Genève", (9,)),
        ("61", "Basel", (9,)),
    ],
    "AT": [
        ("1", "Wien", (8, 9)),
        ("316", "Graz", (9, 10)),
        ("662", "Salzburg", (9, 10)),
        ("512", "Innsbruck", (9, 10)),
        ("732", "Linz", (9, 10)),
    ],
    "BE": [("2", "Bruxelles", (8,)), ("3", "Antwerpen", (8,)), ("9", "Gent", (8,)), ("4", "Liège", (8,))],
}

MOBILE = {  # NSN prefixes and NSN length
    "US": [("", 10)],
    "GB": [("74", 10), ("75", 10), ("77", 10), ("78", 10), ("79", 10)],
    "DE": [
        ("151", 11),
        ("152", 11),
        ("157", 11),
        ("160", 10),
        ("170", 10),
        ("171", 10),
        ("176", 11),
        ("179", 10),
    ],
    "NL": [("6", 9)],
    "BR": [("", 11)],
    "IN": [("9", 10), ("8", 10), ("7", 10), ("6", 10)],
    "FR": [("6", 9), ("7", 9)],
    "ES": [("6", 9), ("7", 9)],
    "IT": [("32", 10), ("33", 10), ("34", 10), ("38", 10), ("39", 10)],
    "AU": [("4", 9)],
    "IE": [("83", 9), ("85", 9), ("86", 9), ("87", 9)],
    "CH": [("76", 9), ("78", 9), ("79", 9)],
    "AT": [("650", 10), ("664", 10), ("676", 10), ("699", 11)],
    "BE": [("47", 9), ("48", 9), ("49", 9)],
}

SERVICE = {  # NSN prefixes and NSN length of toll-free, shared-cost, premium and UAN numbers
    "US": [("800", 10), ("888", 10), ("877", 10), ("866", 10), ("855", 10)],
    "GB": [("800", 10), ("808", 10), ("845", 10), ("300", 10), ("330", 10), ("345", 10), ("844", 10)],
    "DE": [("800", 10), ("1805", 10), ("1806", 10), ("900", 11)],
    "NL": [("800", 7), ("800", 11), ("900", 7), ("900", 11), ("909", 7)],
    "FR": [("800", 9), ("805", 9), ("810", 9), ("820", 9), ("892", 9)],
    "ES": [("900", 9), ("901", 9), ("902", 9), ("803", 9), ("806", 9)],
    "IT": [("800", 9), ("803", 9), ("848", 9), ("199", 9)],
    "BR": [("800", 10), ("4004", 8), ("4003", 8), ("3003", 8)],
    "IN": [("1800", 11), ("1800", 10), ("1860", 11)],
}


def _digits(rng, n, first="23456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _ok(num, region, types):
    return (
        pn.is_valid_number(num) and pn.region_code_for_number(num) == region and pn.number_type(num) in types
    )


def fixed(rng, region, area=None):
    """A valid fixed-line number with a geographic area code; returns (number, town)."""
    for _ in range(400):
        code, town, lengths = area or rng.choice(AREAS[region])
        first = "2345" if region in ("BR", "IN") else "23456789"
        nsn = code + _digits(rng, rng.choice(lengths) - len(code), first)
        if region == "BR" and len(nsn) == 11:
            nsn = code + "9" + _digits(rng, 8, "6789")
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if _ok(num, region, FIXED_TYPES + ((T.MOBILE,) if region == "BR" else ())):
            if region not in LOCAL_REGIONS or pn.length_of_geographical_area_code(num) == len(code):
                return num, town
    raise RuntimeError(f"no fixed number for {region}")


def mobile(rng, region):
    for _ in range(400):
        prefix, length = rng.choice(MOBILE[region])
        if region == "BR":
            prefix = rng.choice(AREAS["BR"])[0] + "9"
        if region == "US":
            prefix = rng.choice(AREAS["US"])[0]
        nsn = prefix + _digits(rng, length - len(prefix), "0123456789" if prefix else "23456789")
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if _ok(num, region, MOBILE_TYPES if region == "US" else (T.MOBILE,)):
            return num
    raise RuntimeError(f"no mobile number for {region}")


def service(rng, region):
    for _ in range(400):
        prefix, length = rng.choice(SERVICE[region])
        nsn = prefix + _digits(rng, length - len(prefix), "123456789")
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if _ok(num, region, SERVICE_TYPES):
            return num
    raise RuntimeError(f"no service number for {region}")


def e164(num):
    return pn.format_number(num, F.E164)


def area_len(num):
    return pn.length_of_geographical_area_code(num)


def nsn(num):
    return pn.national_significant_number(num)


def _regroup(groups, sep):
    return sep.join(groups)


def _nat_groups(num):
    return pn.format_number(num, F.NATIONAL).replace("(", "").replace(")", "").replace("-", " ").split()


def _intl_groups(num):
    return pn.format_number(num, F.INTERNATIONAL).replace("-", " ").split()


def national_styles(num, region):
    """Candidate national spellings: (style, text)."""
    nat = pn.format_number(num, F.NATIONAL)
    g = _nat_groups(num)
    d = "".join(g)
    out = [("nat-std", nat), ("nat-compact", d)]
    if region == "US":
        a, b, c = d[:3], d[3:6], d[6:]
        out += [
            ("us-dash", f"{a}-{b}-{c}"),
            ("us-dots", f"{a}.{b}.{c}"),
            ("us-1paren", f"1 ({a}) {b}-{c}"),
            ("us-slash", f"{a}/{b}-{c}"),
            ("us-paren-space", f"({a}) {b} {c}"),
            ("us-spaces", f"{a} {b} {c}"),
        ]
    elif region == "GB":
        out.append(("gb-dashes", "-".join(g)))
        if area_len(num):
            out.append(("gb-paren-area", f"({g[0]}) {' '.join(g[1:])}"))
        if d.startswith("020"):
            out.append(("gb-0207", f"{d[:4]} {d[4:7]} {d[7:]}"))
        if d.startswith("07"):
            out.append(("gb-mob-533", f"{d[:5]} {d[5:8]} {d[8:]}"))
    elif region == "DE":
        rest = "".join(g[1:])
        out += [
            ("de-slash", f"{g[0]}/{rest}"),
            ("de-slash-spaced", f"{g[0]} / {rest}"),
            ("de-paren-area", f"({g[0]}) {rest}"),
            ("de-pairs", f"{g[0]} {_pairs(rest)}"),
            ("de-dash", f"{g[0]}-{rest}"),
        ]
    elif region == "NL":
        rest = "".join(g[1:])
        out += [
            ("nl-dash", f"{g[0]}-{rest}"),
            ("nl-paren-area", f"({g[0]}) {rest}"),
            ("nl-dash-spaced", f"{g[0]} - {rest}"),
            ("nl-pairs", f"{g[0]}-{_pairs(rest)}"),
        ]
    elif region == "FR":
        out += [("fr-dots", ".".join(g)), ("fr-dashes", "-".join(g))]
    elif region == "ES":
        out += [
            ("es-triplets", f"{d[:3]} {d[3:6]} {d[6:]}"),
            ("es-dashes", f"{d[:3]}-{d[3:6]}-{d[6:]}"),
            ("es-dots", f"{d[:3]}.{d[3:6]}.{d[6:]}"),
        ]
    elif region == "IT":
        rest = "".join(g[1:])
        out += [
            ("it-slash", f"{g[0]}/{rest}"),
            ("it-dash", f"{g[0]}-{rest}"),
            ("it-space-rest", f"{g[0]} {rest}"),
        ]
    elif region == "BR":
        area, rest = g[0], "".join(g[1:])
        cut = len(rest) - 4
        a, b = rest[:cut], rest[cut:]
        out += [
            ("br-no-paren", f"{area} {a}-{b}"),
            ("br-tight", f"({area}){a}-{b}"),
            ("br-zero-area", f"(0{area}) {a}-{b}"),
            ("br-dot", f"({area}) {a}.{b}"),
            ("br-spaces", f"{area} {a} {b}"),
        ]
    elif region == "IN":
        if d.startswith("0") and len(d) == 11 and area_len(num) == 0:
            m = d[1:]
            out += [
                ("in-mob-55", f"{m[:5]} {m[5:]}"),
                ("in-mob-dash", f"{m[:5]}-{m[5:]}"),
                ("in-mob-10", m),
                ("in-mob-334", f"{m[:3]} {m[3:6]} {m[6:]}"),
            ]
        elif area_len(num):
            a = 1 + area_len(num)
            out += [("in-std-dash", f"{d[:a]}-{d[a:]}"), ("in-paren-area", f"({d[:a]}) {d[a:]}")]
    return out


def _pairs(s):
    if len(s) % 2:
        return s[:3] + " " + " ".join(s[i : i + 2] for i in range(3, len(s), 2))
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def international_styles(num, region):
    intl = pn.format_number(num, F.INTERNATIONAL)
    g = _intl_groups(num)
    cc = g[0]
    rest = g[1:]
    out = [
        ("intl-std", intl),
        ("intl-e164", e164(num)),
        ("intl-00", "00" + cc[1:] + " " + " ".join(rest)),
        ("intl-dashes", cc + "-" + "-".join(rest)),
        ("intl-paren-cc", f"({cc}) {' '.join(rest)}"),
    ]
    if region in ("GB", "DE", "NL", "AT", "CH", "IT", "BE", "FR", "IE", "AU"):
        nat = _nat_groups(num)
        if nat[0].startswith("0") and region != "IT":
            out.append(("intl-trunk0", f"{cc} (0){nat[0][1:]} {' '.join(nat[1:])}"))
    if region in ("DE", "AT", "BR"):
        out.append(("intl-paren-area", f"{cc} ({rest[0]}) {''.join(rest[1:])}"))
    if region == "US":
        out.append(("intl-us-dots", cc + "." + ".".join(rest)))
    if region == "IN":
        out.append(("intl-in-dash", cc + "-" + " ".join(rest)))
    if region == "BR":
        out.append(("intl-br-paren", f"{cc} ({rest[0]}) {rest[1]}-{rest[2]}" if len(rest) > 2 else intl))
    return out


def parses_to(text, num, regions):
    for r in regions:
        try:
            got = pn.parse(text, r)
        except pn.NumberParseException:
            continue
        if e164(got) == e164(num) and pn.is_valid_number(got):
            return True
    return False


def pick_style(rng, styles, num, regions):
    rng.shuffle(styles)
    for name, text in styles:
        if parses_to(text, num, regions):
            return name, text
    raise RuntimeError(f"no style parses for {e164(num)}")


def subscriber_styles(sub, region):
    n = len(sub)
    out = [("sub-compact", sub)]
    if n == 8:
        out += [
            ("sub-44", f"{sub[:4]} {sub[4:]}"),
            ("sub-4dash4", f"{sub[:4]}-{sub[4:]}"),
            ("sub-pairs", " ".join(sub[i : i + 2] for i in range(0, 8, 2))),
        ]
        if region == "BR":
            out.append(("sub-4dot4", f"{sub[:4]}.{sub[4:]}"))
    elif n == 7:
        out += [
            ("sub-3dash4", f"{sub[:3]}-{sub[3:]}"),
            ("sub-34", f"{sub[:3]} {sub[3:]}"),
            ("sub-322", f"{sub[:3]} {sub[3:5]} {sub[5:]}"),
        ]
        if region == "US":
            out.append(("sub-3dot4", f"{sub[:3]}.{sub[3:]}"))
        if region in ("IN", "DE"):
            out.append(("sub-223", f"{sub[:2]} {sub[2:4]} {sub[4:]}"))
    elif n == 6:
        out += [
            ("sub-pairs", f"{sub[:2]} {sub[2:4]} {sub[4:]}"),
            ("sub-33", f"{sub[:3]} {sub[3:]}"),
            ("sub-3dash3", f"{sub[:3]}-{sub[3:]}"),
        ]
    elif n == 9:
        out += [
            ("sub-5dash4", f"{sub[:5]}-{sub[5:]}"),
            ("sub-54", f"{sub[:5]} {sub[5:]}"),
            ("sub-9-4-4", f"{sub[0]} {sub[1:5]}-{sub[5:]}"),
        ]
    elif n == 5:
        out += [("sub-23", f"{sub[:2]} {sub[2:]}"), ("sub-32", f"{sub[:3]} {sub[3:]}")]
    return out


def service_styles(num, region):
    nat = pn.format_number(num, F.NATIONAL)
    d = "".join(ch for ch in nat if ch.isdigit())
    out = [("svc-std", nat), ("svc-compact", d)]
    if region == "US":
        out += [
            ("svc-us-1dash", f"1-{d[:3]}-{d[3:6]}-{d[6:]}"),
            ("svc-us-dots", f"{d[:3]}.{d[3:6]}.{d[6:]}"),
            ("svc-us-1space", f"1 {d[:3]} {d[3:6]} {d[6:]}"),
        ]
    elif region == "FR":
        out += [("svc-fr-pairs", " ".join([d[:2]] + [d[i : i + 2] for i in range(2, len(d), 2)]))]
    elif region == "GB" and len(d) == 11:
        out += [("svc-gb-443", f"{d[:4]} {d[4:8]} {d[8:]}"), ("svc-gb-dash", f"{d[:4]}-{d[4:7]}-{d[7:]}")]
    elif region == "DE":
        out += [("svc-de-slash", f"{d[:4]}/{d[4:]}"), ("svc-de-dash", f"{d[:4]}-{d[4:]}")]
    elif region == "IN":
        out += [("svc-in-dash", f"{d[:4]}-{d[4:7]}-{d[7:]}"), ("svc-in-4-rest", f"{d[:4]} {d[4:]}")]
    elif region == "ES":
        out += [("svc-es-triplets", f"{d[:3]} {d[3:6]} {d[6:]}")]
    elif region == "NL":
        out += [("svc-nl-dash", f"{d[:4]}-{d[4:]}")]
    elif region == "BR":
        out += [("svc-br-space", nat.replace("-", " "))]
    return out
