"""Phone numbers: towns with area codes, drawing valid numbers, and the ways people write them."""

import phonenumbers
from phonenumbers import PhoneNumberFormat, PhoneNumberType

PNT = PhoneNumberType

# region -> list of (town, area code without trunk prefix); only towns not used by v52's phrasings
AREAS = {
    "US": [
        ("Denver", "303"),
        ("Portland", "503"),
        ("Austin", "512"),
        ("Omaha", "402"),
        ("Sacramento", "916"),
        ("Raleigh", "919"),
        ("Tulsa", "918"),
        ("Buffalo", "716"),
        ("Albuquerque", "505"),
        ("Richmond", "804"),
    ],
    "GB": [
        ("Manchester", "161"),
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Birmingham", "121"),
        ("Cardiff", "29"),
    ],
    "DE": [
        ("Köln", "221"),
        ("Hamburg", "40"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Nürnberg", "911"),
        ("Bremen", "421"),
        ("Kassel", "561"),
        ("Kiel", "431"),
        ("Augsburg", "821"),
        ("Regensburg", "941"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Amsterdam", "20"),
        ("Rotterdam", "10"),
        ("Den Haag", "70"),
        ("Eindhoven", "40"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Haarlem", "23"),
        ("Nijmegen", "24"),
        ("Maastricht", "43"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Fortaleza", "85"),
        ("Brasília", "61"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Manaus", "92"),
    ],
    "IN": [
        ("Mumbai", "22"),
        ("Delhi", "11"),
        ("Kolkata", "33"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Pune", "20"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
    ],
}
LOCAL_REGIONS = tuple(AREAS)
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}
SUB_LEN = {"US": 7, "GB": None, "NL": 7, "BR": 8, "IN": None, "DE": None}

# prefixes (national significant number starts) to draw fixed, mobile and free numbers from
FIXED = {
    "US": ["212", "415", "617", "206", "305", "404", "713", "612"],
    "GB": ["20", "117", "1223", "1865", "131"],
    "DE": ["30", "89", "69", "711", "201", "761"],
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "96", "954"],
    "IT": ["06", "02", "011", "055", "081"],
    "NL": ["20", "10", "30", "50", "43"],
    "PT": ["21", "22", "239"],
    "BR": ["113", "213", "413", "513", "613"],
    "IN": ["22", "11", "44", "80", "33"],
    "AT": ["1", "316", "512", "662"],
    "CH": ["44", "31", "61", "21", "22"],
    "BE": ["2", "3", "9", "4"],
    "IE": ["1", "21", "91", "61"],
    "AU": ["2", "3", "7", "8"],
}
MOBILE = {
    "US": ["312", "646", "720", "773"],
    "GB": ["77", "78", "79", "74"],
    "DE": ["151", "160", "172", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["32", "33", "34", "39"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "BR": ["119", "219", "419", "319"],
    "IN": ["98", "97", "91", "70", "88"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "IE": ["83", "85", "86", "87"],
    "AU": ["4"],
}
FREE = {
    "US": ["800", "888", "877", "866"],
    "GB": ["800", "808"],
    "DE": ["800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800"],
    "NL": ["800"],
    "PT": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
}
NSN_LEN = {
    "US": 10,
    "GB": 10,
    "FR": 9,
    "ES": 9,
    "IT": None,
    "NL": 9,
    "PT": 9,
    "BR": None,
    "IN": 10,
    "AT": None,
    "CH": 9,
    "BE": None,
    "IE": 9,
    "AU": 9,
    "DE": None,
}


def _digits(rng, n):
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _wanted(num, kind):
    t = phonenumbers.number_type(num)
    if kind == "fixed":
        return t in (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
    if kind == "mobile":
        return t in (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)
    return t == PNT.TOLL_FREE


def draw(rng, region, kind):
    """A valid number of region and kind ('fixed', 'mobile', 'free'); returns the parsed number."""
    table = {"fixed": FIXED, "mobile": MOBILE, "free": FREE}[kind]
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(5000):
        pre = rng.choice(table[region])
        if region == "IT" and kind == "fixed":
            total = rng.choice([9, 10])
        elif region == "IT":
            total = 9 if kind == "free" else 10
        elif region == "BR":
            total = 11 if kind == "mobile" else 10
        elif region in ("DE", "AT"):
            total = rng.choice([10, 11]) if kind == "mobile" else rng.choice([9, 10, 11])
        elif region == "BE":
            total = 9 if kind == "mobile" else 8
        elif region == "GB" and kind == "free":
            total = 9 + rng.randrange(2)
        elif region == "DE" and kind == "free":
            total = 10
        else:
            total = NSN_LEN[region]
        if kind == "free" and region in ("DE",):
            total = 10
        rest = total - len(pre)
        if rest < 3:
            continue
        nsn = pre + _digits(rng, rest)
        if region == "US":
            nsn = nsn[:3] + str(rng.randrange(2, 10)) + nsn[4:]
        try:
            num = phonenumbers.parse("+%d%s" % (cc, nsn))
        except phonenumbers.NumberParseException:
            continue
        if (
            phonenumbers.is_valid_number(num)
            and phonenumbers.region_code_for_number(num) == region
            and _wanted(num, kind)
        ):
            return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def draw_local(rng, region, area):
    """A valid fixed-line number of region with the given area code; returns (num, subscriber digits)."""
    cc = phonenumbers.country_code_for_region(region)
    for _ in range(5000):
        if region == "US":
            sub = str(rng.randrange(2, 10)) + _digits(rng, 6)
        elif region == "GB":
            sub = str(rng.randrange(2, 9)) + _digits(rng, 9 - len(area))
        elif region == "NL":
            sub = str(rng.randrange(2, 9)) + _digits(rng, 8 - len(area))
        elif region == "BR":
            sub = str(rng.randrange(2, 6)) + _digits(rng, 7)
        elif region == "IN":
            sub = str(rng.randrange(2, 7)) + _digits(rng, 9 - len(area))
        else:
            sub = str(rng.randrange(2, 10)) + _digits(rng, rng.choice([5, 6, 7]) - (len(area) > 2))
        try:
            num = phonenumbers.parse("+%d%s%s" % (cc, area, sub))
        except phonenumbers.NumberParseException:
            continue
        if not phonenumbers.is_valid_number(num) or phonenumbers.number_type(num) not in (
            PNT.FIXED_LINE,
            PNT.FIXED_LINE_OR_MOBILE,
        ):
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError("no local number for %s %s" % (region, area))


def nsn(num):
    return phonenumbers.national_significant_number(num)


def e164(num):
    return phonenumbers.format_number(num, PhoneNumberFormat.E164)


def _std_national(num):
    return phonenumbers.format_number(num, PhoneNumberFormat.NATIONAL)


def _std_intl(num):
    return phonenumbers.format_number(num, PhoneNumberFormat.INTERNATIONAL)


def _split_std(num):
    """(area or leading group, rest) from phonenumbers' own national grouping, trunk prefix removed."""
    parts = _std_intl(num).split(" ", 1)[1].replace("-", " ").split(" ")
    return parts[0], parts[1:]


def pairs_from_right(s):
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def write_national(rng, num, region):
    """One of this set's national habits for region (all differ from v52's list)."""
    n = nsn(num)
    head, rest = _split_std(num)
    tail = "".join(rest)
    if region == "US":
        a, b, c = n[:3], n[3:6], n[6:]
        return rng.choice(
            [
                "%s-%s-%s" % (a, b, c),
                "(%s)%s-%s" % (a, b, c),
                "%s.%s.%s" % (a, b, c),
                "1-%s-%s-%s" % (a, b, c),
                "1.%s.%s.%s" % (a, b, c),
            ]
        )
    if region == "GB":
        if n.startswith("20"):
            return rng.choice(
                [
                    "0207 %s %s" % (n[3:6], n[6:]) if n[2] == "7" else "020-%s-%s" % (n[2:6], n[6:]),
                    "020-%s-%s" % (n[2:6], n[6:]),
                ]
            )
        if n.startswith("7"):
            return rng.choice(["0%s-%s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:])])
        return rng.choice(
            ["0%s-%s" % (head, tail), "(0%s)-%s" % (head, tail) if False else "0%s %s" % (head, tail)]
        )
    if region == "DE":
        if n[0] == "1":
            return rng.choice(["0%s-%s" % (head, tail), "0%s %s" % (head, tail)])
        return rng.choice(
            [
                "(0%s) %s" % (head, pairs_from_right(tail)),
                "0%s-%s" % (head, tail),
                "0%s %s" % (head, pairs_from_right(tail)),
            ]
        )
    if region == "FR":
        grp = " ".join(n[i : i + 2] for i in range(1, 9, 2))
        return rng.choice(["0%s %s" % (n[0], grp), "0%s.%s" % (n[0], grp.replace(" ", "."))])
    if region == "ES":
        return rng.choice(
            ["%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])]
        )
    if region == "IT":
        return rng.choice(["%s %s" % (head, " ".join(rest)), "%s.%s" % (head, tail), "%s %s" % (head, tail)])
    if region == "NL":
        if n.startswith("6"):
            return rng.choice(["06 %s %s %s" % (n[1:4], n[4:7], n[7:]), "06-%s %s" % (n[1:5], n[5:])])
        return rng.choice(
            [
                "(0%s) %s" % (head, " ".join(rest)),
                "0%s %s %s" % (head, tail[:3], tail[3:]),
                "0%s/%s" % (head, tail),
            ]
        )
    if region == "PT":
        return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s-%s-%s" % (n[:3], n[3:6], n[6:])])
    if region == "BR":
        a, r = n[:2], n[2:]
        return rng.choice(
            [
                "(%s) %s-%s" % (a, r[:-4], r[-4:]) if len(r) == 8 else "(%s) %s-%s" % (a, r[:5], r[5:]),
                "%s %s %s" % (a, r[:-4], r[-4:]),
                "(%s)%s-%s" % (a, r[:-4], r[-4:]),
            ]
        )
    if region == "IN":
        if n[0] in "6789":
            return rng.choice(["%s %s" % (n[:5], n[5:]), n, "%s-%s" % (n[:5], n[5:])])
        return rng.choice(
            ["(0%s) %s" % (head, tail), "0%s %s %s" % (head, tail[:4], tail[4:]), "0%s/%s" % (head, tail)]
        )
    raise ValueError(region)


def write_intl(rng, num, region):
    """International habits: the '(0)' trunk reminder, dashes and dots; never a 00 prefix."""
    cc = str(num.country_code)
    n = nsn(num)
    head, rest = _split_std(num)
    rest_s = " ".join(rest)
    trunk = region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU")
    choices = ["+%s %s %s" % (cc, head, rest_s)]
    if trunk and not (region == "IT"):
        choices.append("+%s (0)%s %s" % (cc, head, rest_s))
        choices.append("+%s (0) %s %s" % (cc, head, "".join(rest)))
    if region == "US":
        choices = [
            "+1-%s-%s-%s" % (n[:3], n[3:6], n[6:]),
            "+1.%s.%s.%s" % (n[:3], n[3:6], n[6:]),
            "+1 (%s) %s %s" % (n[:3], n[3:6], n[6:]),
        ]
    if region in ("BR",):
        r = n[2:]
        choices = ["+55 %s %s-%s" % (n[:2], r[:-4], r[-4:]), "+55 (%s) %s %s" % (n[:2], r[:-4], r[-4:])]
    if region in ("IN",):
        choices.append("+91 %s" % n)
        choices.append("+91-%s" % "-".join([head] + rest))
    return rng.choice(choices)


def write_free(rng, num, region):
    n = nsn(num)
    if region == "US":
        return rng.choice(
            [
                "(%s) %s-%s" % (n[:3], n[3:6], n[6:]),
                "1.%s.%s.%s" % (n[:3], n[3:6], n[6:]),
                "1 %s %s %s" % (n[:3], n[3:6], n[6:]),
            ]
        )
    if region == "IN":
        return rng.choice(["1800 %s %s" % (n[4:7], n[7:]), "1-800-%s-%s" % (n[4:7], n[7:])])
    if region == "GB":
        return rng.choice(["0%s-%s" % (n[:3], n[3:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])])
    if region == "FR":
        return "0%s %s" % (n[:3], " ".join(n[i : i + 2] for i in range(3, len(n), 2)))
    if region == "BR":
        return rng.choice(["0800 %s %s" % (n[3:6], n[6:]), "0800.%s.%s" % (n[3:6], n[6:])])
    if region in ("ES", "PT"):
        return "%s %s %s" % (n[:3], n[3:6], n[6:])
    if region == "IT":
        return rng.choice(["%s.%s" % (n[:3], n[3:]), "%s %s %s" % (n[:3], n[3:6], n[6:])])
    return rng.choice(["0%s %s" % (n[:3], n[3:]), "0%s-%s-%s" % (n[:3], n[3:6], n[6:])])


def write_local(rng, sub, region):
    if region == "US":
        return rng.choice(["%s.%s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])])
    if region == "GB":
        if len(sub) == 8:
            return rng.choice(["%s-%s" % (sub[:4], sub[4:]), "%s %s" % (sub[:4], sub[4:])])
        return rng.choice(["%s-%s" % (sub[:3], sub[3:]), "%s %s" % (sub[:3], sub[3:])])
    if region == "DE":
        return rng.choice([pairs_from_right(sub), sub])
    if region == "NL":
        return rng.choice(["%s-%s" % (sub[:3], sub[3:]), "%s %s %s" % (sub[:3], sub[3:5], sub[5:]), sub])
    if region == "BR":
        return rng.choice(["%s.%s" % (sub[:4], sub[4:]), sub, "%s %s" % (sub[:4], sub[4:])])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice(["%s-%s" % (sub[:4], sub[4:]), sub, "%s %s" % (sub[:4], sub[4:])])
        return rng.choice(["%s-%s" % (sub[:3], sub[3:]), sub])
    raise ValueError(region)


def put_back(text, region, area):
    """The full national form of a subscriber-only number: trunk prefix + area code + digits."""
    digits = "".join(ch for ch in text if ch.isdigit())
    return TRUNK[region] + area + digits


def parses_to(text, region, e164_value):
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and e164(num) == e164_value
