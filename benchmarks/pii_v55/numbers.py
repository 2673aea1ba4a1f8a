"""Phone numbers: regions, towns, drawing, writing habits and the local put-back."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
OTHER = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# towns with the national significant prefix of their area code (used for every fixed line)
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Albany", "518"),
        ("Savannah", "912"),
        ("Wichita", "316"),
        ("Des Moines", "515"),
        ("Lexington", "859"),
        ("Fresno", "559"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Reading", "118"),
        ("Birmingham", "121"),
        ("Glasgow", "141"),
        ("Newcastle", "191"),
    ],
    "DE": [
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Kiel", "431"),
        ("Würzburg", "931"),
        ("Bielefeld", "521"),
        ("Regensburg", "941"),
        ("Osnabrück", "541"),
        ("Augsburg", "821"),
    ],
    "NL": [
        ("Tilburg", "13"),
        ("Nijmegen", "24"),
        ("Arnhem", "26"),
        ("Zwolle", "38"),
        ("Eindhoven", "40"),
        ("Maastricht", "43"),
        ("Enschede", "53"),
        ("Leeuwarden", "58"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Manaus", "92"),
        ("Natal", "84"),
        ("Vitória", "27"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Coimbatore", "422"),
        ("Kochi", "484"),
        ("Chandigarh", "172"),
    ],
    "FR": [("Lyon", "4"), ("Lille", "3"), ("Nantes", "2"), ("Toulouse", "5"), ("Paris", "1")],
    "ES": [("Sevilla", "95"), ("Valencia", "96"), ("Zaragoza", "976"), ("Bilbao", "94"), ("Madrid", "91")],
    "IT": [("Torino", "011"), ("Bologna", "051"), ("Firenze", "055"), ("Napoli", "081"), ("Roma", "06")],
    "PT": [("Lisboa", "21"), ("Porto", "22"), ("Coimbra", "239"), ("Braga", "253")],
    "AT": [("Wien", "1"), ("Graz", "316"), ("Linz", "732")],
    "CH": [("Zürich", "44"), ("Bern", "31"), ("Basel", "61"), ("Genève", "22")],
    "BE": [("Bruxelles", "2"), ("Antwerpen", "3"), ("Gent", "9"), ("Liège", "4")],
    "IE": [("Cork", "21"), ("Limerick", "61"), ("Waterford", "51")],
    "AU": [("Sydney", "2"), ("Melbourne", "3"), ("Brisbane", "7"), ("Perth", "8")],
}
MOBILE_PREFIX = {
    "US": ["402", "918", "515"],
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "160", "170", "172", "176"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["32", "33", "34", "38"],
    "NL": ["6"],
    "PT": ["91", "92", "96"],
    "BR": ["519", "819", "629", "489"],
    "IN": ["9", "8", "7"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "78", "79"],
    "BE": ["47", "48", "49"],
    "IE": ["83", "85", "87"],
    "AU": ["4"],
}
OTHER_PREFIX = {
    "US": ["800", "877", "866"],
    "GB": ["800", "808", "345"],
    "DE": ["800"],
    "FR": ["800", "805"],
    "ES": ["900"],
    "IT": ["800"],
    "NL": ["800"],
    "PT": ["800"],
    "BR": ["800"],
    "IN": ["1800"],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")


# lengths of the national significant number, per region and kind (f fixed, m mobile, o other)
LENGTHS = {
    "US": (10, 10, 10),
    "GB": (10, 10, 10),
    "DE": ((10, 11), (10, 11), 10),
    "FR": (9, 9, 9),
    "ES": (9, 9, 9),
    "IT": (10, 10, 9),
    "NL": (9, 9, 10),
    "PT": (9, 9, 9),
    "BR": (10, 11, 10),
    "IN": (10, 10, 11),
    "AT": (9, 10, 10),
    "CH": (9, 9, 9),
    "BE": (8, 9, 9),
    "IE": ((8, 9), 9, 9),
    "AU": (9, 9, 9),
}


def draw(rng, region, types, prefix):
    """A random valid number of region starting with the NSN prefix, of one of the types."""
    which = 0 if types == FIXED else 1 if types == MOBILE else 2
    lengths = LENGTHS[region][which]
    lengths = lengths if isinstance(lengths, tuple) else (lengths,)
    for _ in range(2000):
        length = rng.choice(lengths)
        nsn = prefix + "".join(str(rng.randint(0, 9)) for _ in range(length - len(prefix)))
        if types == FIXED and nsn[len(prefix)] in "01":
            continue
        num = pn.parse("+" + str(pn.country_code_for_region(region)) + nsn)
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
        ):
            return num
    raise RuntimeError("no number for " + region + prefix)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def groups(num, fmt):
    return re.findall(r"\d+", pn.format_number(num, fmt))


def _pairs(s):
    out = []
    if len(s) % 2:
        out.append(s[:3])
        s = s[3:]
    out += [s[i : i + 2] for i in range(0, len(s), 2)]
    return " ".join(out)


def national_forms(num, region):
    g = groups(num, pn.PhoneNumberFormat.NATIONAL)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    rest = "".join(g[1:])
    if region == "US":
        a, b, c = g
        return [f"({a}){b}-{c}", f"{a}.{b}.{c}", f"{a} {b} {c}", f"({a}) {b}.{c}"]
    if region == "GB":
        return ["-".join(g), " ".join(g)]
    if region == "DE":
        return [f"({g[0]}) {_pairs(rest)}", f"{g[0]} {_pairs(rest)}", f"{g[0]}-{rest}"]
    if region == "FR":
        return [".".join(g), " ".join(g)]
    if region == "ES":
        d = "".join(g)
        return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}", nat]
    if region == "IT":
        return [" ".join(g), f"{g[0]}.{rest}", f"{g[0]}-{rest}"]
    if region == "NL":
        if g[0] == "06":
            return [f"06 {_pairs(rest)}", f"06-{rest[:4]} {rest[4:]}"]
        return [f"({g[0]}) {rest[:3]} {rest[3:]}", f"{g[0]} {rest[:3]} {rest[3:]}"]
    if region == "PT":
        d = "".join(g)
        return [f"{d[:3]} {d[3:6]} {d[6:]}", f"{d[:3]}-{d[3:6]}-{d[6:]}"]
    if region == "BR":
        d = "".join(g)
        a, s = d[:2], d[2:]
        return [f"({a}) {s[:-4]} {s[-4:]}", f"{a} {s[:-4]}-{s[-4:]}", f"({a}){s[:-4]}.{s[-4:]}"]
    if region == "IN":
        d = "".join(g)
        return [f"({g[0]}) {rest}" if d[1] not in "6789" else f"{d[1:6]} {d[6:]}", "-".join(g)]
    return [nat]


def international_forms(num, region):
    cc = str(num.country_code)
    g = groups(num, pn.PhoneNumberFormat.INTERNATIONAL)[1:]
    trunk = region in ("GB", "DE", "NL", "FR", "CH", "AT", "BE", "IE", "AU")
    forms = [f"+{cc} " + " ".join(g), f"+{cc}-" + "-".join(g)]
    if trunk:
        forms += [f"+{cc} (0)" + g[0] + " " + " ".join(g[1:]), f"+{cc} (0) " + " ".join(g)]
    if region not in ("US", "BR", "AU"):
        forms.append(f"00{cc} " + " ".join(g))
    if region == "US":
        forms += [f"+1.{g[0]}.{g[1]}.{g[2]}", f"+1 ({g[0]}){g[1]}-{g[2]}"]
    if region == "BR":
        forms.append(f"+55 ({g[0]}) " + " ".join(g[1:]))
    return forms


def other_forms(num, region):
    g = groups(num, pn.PhoneNumberFormat.NATIONAL)
    d = "".join(g)
    if region == "US":
        return [f"({g[0]}) {g[1]}-{g[2]}", f"{g[0]}.{g[1]}.{g[2]}"]
    if region == "IN":
        return [f"1-800-{d[4:7]}-{d[7:]}", f"1800 {d[4:]}"]
    if region == "FR":
        return [f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}"]
    if region == "ES":
        return [f"{d[:3]}-{d[3:6]}-{d[6:]}", f"{d[:3]} {d[3:6]} {d[6:]}"]
    if region == "IT":
        return [f"{d[:3]}.{d[3:6]}.{d[6:]}", f"{d[:3]}-{d[3:]}"]
    if region == "BR":
        return [f"{d[:4]} {d[4:7]} {d[7:]}", f"{d[:4]}.{d[4:7]}.{d[7:]}"]
    return [" ".join(g), "-".join(g)]


def local_forms(sub, region):
    """Ways of writing the subscriber part alone (no area code)."""
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", sub]
    if region == "GB":
        return [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    if region == "DE":
        f = [f"{sub[:-2]}-{sub[-2:]}", " ".join([sub[:-4], sub[-4:-2], sub[-2:]])]
        return f + ([f"{sub[:3]} {sub[3:5]} {sub[5:]}"] if len(sub) == 7 else [])
    if region == "NL":
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}"]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", sub]
    if region == "IN":
        return [sub, f"{sub[:-4]}-{sub[-4:]}"]
    raise ValueError(region)


def parses_to(text, region, want):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want


def put_back(text, region, area):
    """The subscriber-only text with trunk prefix and area code put back."""
    trunk = "" if region == "US" else "0"
    return trunk + area + re.sub(r"\D", "", text)


def pick_form(rng, forms, region, want):
    forms = list(forms)
    rng.shuffle(forms)
    for f in forms:
        if parses_to(f, region, want):
            return f
    return None


def local_number(rng, region, area):
    """(subscriber text, e164, area_len) for a fixed line in the area, written without its area code."""
    for _ in range(200):
        num = draw(rng, region, FIXED, area)
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        nsn = pn.national_significant_number(num)
        sub = nsn[len(area) :]
        text = rng.choice(local_forms(sub, region))
        if parses_to(put_back(text, region, area), region, e164(num)):
            return text, e164(num), len(area)
    raise RuntimeError("no local number " + region + area)
