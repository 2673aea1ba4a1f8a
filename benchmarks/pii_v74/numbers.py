"""Phone numbers for v74: drawing, writing habits and putting local numbers back."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

# region -> (fixed prefixes, mobile prefixes, toll-free prefixes), national significant number lengths
PREFIX = {
    "US": (["312", "206", "503", "614", "512", "919", "303", "615"], [], ["800", "877", "888"]),
    "GB": (
        ["113", "114", "115", "116", "117", "121", "131", "141", "151", "191"],
        ["74", "75", "77", "78", "79"],
        ["800", "808"],
    ),
    "DE": (
        ["40", "221", "341", "351", "511", "911", "711", "421"],
        ["151", "160", "171", "172", "176"],
        ["800"],
    ),
    "NL": (["50", "20", "10", "70", "40", "24", "38", "26"], ["6"], ["800"]),
    "BR": (["11", "21", "31", "51", "81", "19", "48", "62"], ["119", "219", "319", "519", "819"], ["800"]),
    "IN": (["22", "11", "33", "80", "40", "20", "79", "141"], ["98", "97", "94", "88", "70"], ["1800"]),
    "FR": (["1", "2", "3", "4", "5"], ["6", "7"], ["800", "805"]),
    "ES": (["91", "93", "95", "96"], ["6", "7"], ["900"]),
    "IT": (["02", "06", "011", "055"], ["33", "34", "32"], ["800"]),
    "PT": (["21", "22", "23"], ["91", "92", "93", "96"], ["800"]),
    "AT": (["1", "316", "512"], ["664", "676", "699"], []),
    "CH": (["44", "31", "61", "21"], ["76", "78", "79"], []),
    "BE": (["2", "3", "9"], ["47", "48", "49"], []),
    "IE": (["1", "21", "91"], ["83", "85", "86", "87"], []),
    "AU": (["2", "3", "7", "8"], ["4"], []),
}
LENGTHS = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11, 9],
    "NL": [9],
    "BR": [10, 11],
    "IN": [10],
    "FR": [9],
    "ES": [9],
    "IT": [10, 9, 8],
    "PT": [9],
    "AT": [10, 11, 9],
    "CH": [9],
    "BE": [8, 9],
    "IE": [9, 8],
    "AU": [9],
}
FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# local regions: towns and their area codes (national significant prefix, without trunk prefix)
AREAS = {
    "US": [
        ("Chicago", "312"),
        ("Seattle", "206"),
        ("Portland", "503"),
        ("Columbus", "614"),
        ("Austin", "512"),
        ("Raleigh", "919"),
        ("Denver", "303"),
        ("Nashville", "615"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Bristol", "117"),
        ("Birmingham", "121"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Newcastle", "191"),
    ],
    "DE": [
        ("Köln", "221"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Stuttgart", "711"),
        ("Bremen", "421"),
        ("Hamburg", "40"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Amsterdam", "20"),
        ("Rotterdam", "10"),
        ("Den Haag", "70"),
        ("Eindhoven", "40"),
        ("Nijmegen", "24"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Goiânia", "62"),
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
    ],
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}


def draw(rng, region, kind, prefix=None):
    """A valid number of region and kind ('fixed', 'mobile', 'other'), as a PhoneNumber."""
    fixed, mob, free = PREFIX[region]
    wanted = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    pool = {"fixed": fixed, "mobile": mob or fixed, "other": free}[kind]
    lengths = [10] if kind == "other" and region in ("US", "IN") else LENGTHS[region]
    if kind == "other" and region not in ("US", "IN"):
        lengths = {
            "GB": [10],
            "DE": [10],
            "NL": [7, 11],
            "BR": [11, 10],
            "FR": [9],
            "ES": [9],
            "IT": [9],
            "PT": [9],
        }[region]
    for _ in range(5000):
        pre = prefix or rng.choice(pool)
        length = rng.choice(lengths)
        if kind == "other" and region == "IN":
            length = 11
        if length <= len(pre):
            continue
        rest = str(rng.choice("23456789")) + "".join(
            rng.choice("0123456789") for _ in range(length - len(pre) - 1)
        )
        nsn = pre + rest
        if region == "IT" and kind == "fixed":
            num = pn.parse("+39" + nsn)
        else:
            num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn))
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in wanted
        ):
            return num
    raise RuntimeError("no number for %s %s %s" % (region, kind, prefix))


def e164(num):
    return pn.format_number(num, F.E164)


def _groups(num, fmt):
    return pn.format_number(num, fmt)


def national_habit(rng, num, region):
    """A national written form, drawn from the habits of this region."""
    nat = _groups(num, F.NATIONAL)
    digits = "".join(c for c in nat if c.isdigit())
    typ = pn.number_type(num)
    if region == "US":
        a, b, c = digits[-10:-7], digits[-7:-4], digits[-4:]
        return rng.choice(["%s.%s.%s" % (a, b, c), "(%s)%s-%s" % (a, b, c), "%s-%s-%s" % (a, b, c)])
    if region == "GB":
        if typ == T.MOBILE:
            return rng.choice(
                [nat, "%s-%s" % (digits[:5], digits[5:]), "%s %s %s" % (digits[:5], digits[5:8], digits[8:])]
            )
        return rng.choice([nat, nat.replace(" ", "-", 1)])
    if region == "DE":
        head, _, tail = nat.partition(" ")
        tail = tail.replace(" ", "")
        return rng.choice(["(%s) %s" % (head, tail), "%s-%s" % (head, tail), "%s %s" % (head, tail)])
    if region == "FR":
        return rng.choice([nat, nat.replace(" ", ".")])
    if region == "ES":
        return rng.choice(
            [
                nat,
                "%s.%s.%s" % (digits[:3], digits[3:6], digits[6:]),
                "%s %s %s" % (digits[:3], digits[3:6], digits[6:]),
            ]
        )
    if region == "IT":
        if digits.startswith("3"):
            return rng.choice(
                [
                    "%s %s %s" % (digits[:3], digits[3:6], digits[6:]),
                    "%s.%s.%s" % (digits[:3], digits[3:6], digits[6:]),
                    "%s-%s" % (digits[:3], digits[3:]),
                ]
            )
        return nat
    if region == "NL":
        if digits.startswith("06"):
            return rng.choice(["06 %s %s %s" % (digits[2:5], digits[5:8], digits[8:]), nat])
        head, _, tail = nat.partition(" ")
        return rng.choice(["(%s) %s" % (head, tail), nat])
    if region == "PT":
        return "%s %s %s" % (digits[:3], digits[3:6], digits[6:])
    if region == "BR":
        nsn = pn.national_significant_number(num)
        area, sub = nsn[:2], nsn[2:]
        if len(sub) == 9:
            return rng.choice(
                ["(%s) %s-%s" % (area, sub[:5], sub[5:]), "(%s) %s %s-%s" % (area, sub[0], sub[1:5], sub[5:])]
            )
        return rng.choice(["(%s) %s.%s" % (area, sub[:4], sub[4:]), "(%s) %s-%s" % (area, sub[:4], sub[4:])])
    if region == "IN":
        nsn = pn.national_significant_number(num)
        if typ == T.MOBILE or nsn[0] in "6789":
            return rng.choice(["%s %s" % (nsn[:5], nsn[5:]), "%s-%s" % (nsn[:5], nsn[5:])])
        alen = pn.length_of_geographical_area_code(num)
        a, s = nsn[:alen], nsn[alen:]
        return rng.choice(["(0%s) %s %s" % (a, s[:-4], s[-4:]), "0%s-%s-%s" % (a, s[:-4], s[-4:])])
    return nat


def international_habit(rng, num, region):
    intl = _groups(num, F.INTERNATIONAL)
    cc, _, rest = intl.partition(" ")
    nsn = pn.national_significant_number(num)
    forms = [intl]
    if region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU"):
        forms.append("%s (0)%s" % (cc, rest))
    if region == "US":
        forms += [
            "+1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
            "+1.%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
            "+1 (%s)%s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
        ]
    if region in ("ES", "PT", "IT"):
        forms.append("(%s) %s" % (cc, rest))
    if region == "BR":
        forms.append("+55 (%s) %s" % (nsn[:2], rest.split(" ", 1)[1] if " " in rest else nsn[2:]))
    if region == "GB":
        forms.append("+44-" + rest.replace(" ", "-"))
    return rng.choice(forms)


def other_habit(rng, num, region):
    nat = _groups(num, F.NATIONAL)
    digits = "".join(c for c in nat if c.isdigit())
    if region == "US":
        d = digits[-10:]
        return rng.choice(["%s.%s.%s" % (d[:3], d[3:6], d[6:]), "(%s) %s-%s" % (d[:3], d[3:6], d[6:])])
    if region in ("DE", "GB") and len(digits) == 11:
        return "%s %s %s" % (digits[:4], digits[4:7], digits[7:])
    if region == "IT":
        return rng.choice([nat, nat.replace(" ", ".")])
    if region == "NL":
        return nat.replace(" ", "-")
    return nat


def local_habit(rng, sub, region):
    """The subscriber part of a local number, written as people in region do."""
    if region == "US":
        return rng.choice(["%s.%s" % (sub[:3], sub[3:])] * 3 + [sub])
    if region == "GB":
        return "%s %s" % (sub[:-4], sub[-4:]) if len(sub) == 7 else "%s %s" % (sub[:4], sub[4:])
    if region == "DE":
        if len(sub) == 7:
            return rng.choice(["%s %s %s" % (sub[:2], sub[2:4], sub[4:]), sub])
        return rng.choice(["%s %s" % (sub[: len(sub) // 2], sub[len(sub) // 2 :]), sub])
    if region == "NL":
        return rng.choice(["%s %s %s" % (sub[:2], sub[2:4], sub[4:]), sub])
    if region == "BR":
        return rng.choice(["%s.%s" % (sub[:4], sub[4:]), sub])
    if region == "IN":
        return rng.choice([sub, "%s-%s" % (sub[:-4], sub[-4:])])
    raise ValueError(region)


def put_back(text, region, area):
    """Parse a local subscriber number with its area code and trunk prefix put back."""
    digits = "".join(c for c in text if c.isdigit())
    if region == "US":
        return pn.parse(area + digits, region)
    return pn.parse(TRUNK[region] + area + digits, region)


def draw_local(rng, region, area):
    """A fixed-line number in area: (PhoneNumber, subscriber digits)."""
    for _ in range(200):
        num = draw(rng, region, "fixed", prefix=area + ("2" if region == "IN" else ""))
        if pn.length_of_geographical_area_code(num) == len(area):
            break
    nsn = pn.national_significant_number(num)
    assert pn.length_of_geographical_area_code(num) == len(area), (region, area, nsn)
    return num, nsn[len(area) :]
