"""Phone numbers: drawing valid numbers and writing them the way people in each country do."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF
from phonenumbers import PhoneNumberType as PNT

# town -> area code (without trunk prefix), per region with announced local numbers
AREAS = {
    "US": [
        ("Duluth", "218"),
        ("Tulsa", "918"),
        ("Omaha", "402"),
        ("Albany", "518"),
        ("Fresno", "559"),
        ("Savannah", "912"),
        ("Lubbock", "806"),
        ("Reno", "775"),
        ("Dayton", "937"),
        ("Eugene", "541"),
        ("Wichita", "316"),
        ("Chattanooga", "423"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Cardiff", "29"),
        ("Belfast", "28"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Exeter", "1392"),
        ("Aberdeen", "1224"),
    ],
    "DE": [
        ("Hamburg", "40"),
        ("München", "89"),
        ("Köln", "221"),
        ("Frankfurt", "69"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Bremen", "421"),
        ("Kiel", "431"),
        ("Augsburg", "821"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Nijmegen", "24"),
        ("Eindhoven", "40"),
        ("Tilburg", "13"),
        ("Haarlem", "23"),
        ("Den Haag", "70"),
        ("Rotterdam", "10"),
        ("Maastricht", "43"),
        ("Enschede", "53"),
        ("Alkmaar", "72"),
    ],
    "BR": [
        ("Recife", "81"),
        ("Porto Alegre", "51"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Florianópolis", "48"),
        ("Campinas", "19"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("Brasília", "61"),
        ("Belo Horizonte", "31"),
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
        ("Indore", "731"),
    ],
}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}

# prefixes of the national significant number, per region and number type
PREFIXES = {
    "US": {
        "fixed": ["212", "415", "617", "206", "303", "404", "512", "615", "702", "503"],
        "mobile": ["646", "917", "213", "310", "773", "469"],
        "free": ["800", "888", "877", "866"],
    },
    "GB": {
        "fixed": ["113", "114", "121", "131", "141", "161", "1904", "1603", "29", "20"],
        "mobile": ["73", "74", "75", "77", "78", "79"],
        "free": ["800", "808"],
        "uan": ["330", "345", "300"],
    },
    "DE": {
        "fixed": ["30", "40", "89", "221", "69", "711", "341"],
        "mobile": ["151", "160", "170", "152", "176"],
        "free": ["800"],
    },
    "FR": {"fixed": ["1", "2", "3", "4", "5"], "mobile": ["6", "7"], "free": ["800", "805"]},
    "ES": {"fixed": ["91", "93", "954", "96", "981"], "mobile": ["6", "7"], "free": ["900"]},
    "IT": {"fixed": ["02", "06", "011", "055", "081"], "mobile": ["33", "34", "32"], "free": ["800"]},
    "NL": {"fixed": ["10", "20", "30", "50", "70"], "mobile": ["6"], "free": ["800"]},
    "PT": {"fixed": ["21", "22", "239"], "mobile": ["91", "93", "96"], "free": ["800"]},
    "BR": {"fixed": ["11", "21", "41", "71", "85"], "mobile": ["119", "219", "419", "819"], "free": ["800"]},
    "IN": {
        "fixed": ["22", "11", "44", "80", "33"],
        "mobile": ["98", "97", "91", "88", "70"],
        "free": ["1800"],
    },
    "AT": {"fixed": ["1", "316", "512", "662"], "mobile": ["664", "676", "699"]},
    "CH": {"fixed": ["44", "31", "61", "21", "22"], "mobile": ["79", "78", "76"]},
    "BE": {"fixed": ["2", "3", "9", "4"], "mobile": ["470", "475", "485", "496"]},
    "AU": {"fixed": ["2", "3", "7", "8"], "mobile": ["4"]},
    "IE": {"fixed": ["1", "21", "91", "61"], "mobile": ["83", "85", "86", "87"]},
}
TYPES = {
    "fixed": {PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE},
    "mobile": {PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE},
    "free": {PNT.TOLL_FREE},
    "uan": {PNT.UAN, PNT.SHARED_COST},
}
EXAMPLE_TYPE = {"fixed": PNT.FIXED_LINE, "mobile": PNT.MOBILE, "free": PNT.TOLL_FREE, "uan": PNT.UAN}


def _lengths(region, kind):
    desc = pn.PhoneMetadata.metadata_for_region(region)
    d = {"fixed": desc.fixed_line, "mobile": desc.mobile, "free": desc.toll_free, "uan": desc.uan}[kind]
    lens = list(d.possible_length) or list(desc.general_desc.possible_length)
    return sorted(lens)


def draw(rng, region, kind):
    """A random valid number of the region and type; returns a PhoneNumber."""
    lens = _lengths(region, kind)
    for _ in range(5000):
        pre = rng.choice(PREFIXES[region][kind])
        n = rng.choice(lens[-2:])
        if n <= len(pre):
            continue
        rest = "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if rest[0] in "01":
            rest = rng.choice("23456789") + rest[1:]
        try:
            num = pn.parse("+" + str(pn.country_code_for_region(region)) + pre + rest, None)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num) and pn.number_type(num) in TYPES[kind]:
            if pn.region_code_for_number(num) == region:
                return num
    raise RuntimeError(f"no {kind} number for {region}")


def draw_local(rng, region, area):
    """A valid fixed line in the given area; returns (PhoneNumber, subscriber digits)."""
    sub_len = NSN_LEN[region] - len(area)
    if region == "DE":
        sub_len = rng.choice([sub_len, sub_len + 1]) if len(area) == 3 else sub_len
    for _ in range(5000):
        first = rng.choice("23456789")
        sub = first + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        if region == "US" and sub[1:3] == "11":
            continue
        num = pn.parse(TRUNK[region] + area + sub, region)
        if not (pn.is_valid_number(num) and pn.number_type(num) in TYPES["fixed"]):
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError(f"no local number for {region} {area}")


def e164(num):
    return pn.format_number(num, PNF.E164)


def _nat(num):
    return pn.format_number(num, PNF.NATIONAL)


def _intl(num):
    return pn.format_number(num, PNF.INTERNATIONAL)


def _nsn(num):
    return pn.national_significant_number(num)


def _pairs(s):
    """'12345678' -> '12 34 56 78'; odd lengths keep a leading group of three."""
    head = 3 if len(s) % 2 else 2
    parts = [s[:head]] + [s[i : i + 2] for i in range(head, len(s), 2)]
    return " ".join(parts)


def _area_split(num):
    nsn = _nsn(num)
    k = pn.length_of_national_destination_code(num)
    return nsn[:k], nsn[k:]


def _with_zero(num):
    """'+44 (0)113 496 0018': the international form with the trunk zero in brackets."""
    intl = _intl(num)
    cc = "+" + str(num.country_code)
    return cc + " (0)" + intl[len(cc) + 1 :]


def nat_styles(num, region):
    nat, nsn = _nat(num), _nsn(num)
    ndc, sub = _area_split(num)
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return [f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}", nat]
    if region == "GB":
        return [nat, f"({nat.split(' ')[0]}) {' '.join(nat.split(' ')[1:])}"]
    if region == "DE":
        return [nat, f"(0{ndc}) {sub}", f"0{ndc}-{sub}", f"0{ndc} {_pairs(sub)}"]
    if region == "FR":
        return [nat, nat.replace(" ", ".")]
    if region == "ES":
        return [nat, f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    if region == "IT":
        return [nat, f"{ndc}.{sub}" if ndc else nat]
    if region == "NL":
        if nsn.startswith("6"):
            return [nat, f"06 {nsn[1:4]} {nsn[4:7]} {nsn[7:]}"]
        if len(ndc) == 2:
            return [nat, f"(0{ndc}) {sub[:3]} {sub[3:5]} {sub[5:]}"]
        return [nat]
    if region == "PT":
        return [nat, nsn]
    if region == "BR":
        styles = [nat, nat.replace(") ", ")")]
        if len(sub) == 8:
            styles.append(f"{ndc} {sub[:4]}.{sub[4:]}")
        return styles
    if region == "IN":
        if nsn[0] in "6789" and ndc == "":
            return [f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}"]
        return [nat, f"(0{ndc}) {sub[:4]} {sub[4:]}" if len(sub) == 8 else nat]
    return [nat]


def intl_styles(num, region):
    intl = _intl(num)
    styles = [intl, _with_zero(num)] if region not in ("US", "BR", "IN", "ES", "IT", "PT") else [intl]
    if region == "US":
        nsn = _nsn(num)
        styles = [f"+1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", intl]
    if region == "ES":
        styles.append("+34 " + _nsn(num))
    if region == "BR":
        ndc, sub = _area_split(num)
        styles.append(f"+55 {ndc} {sub[:-4]} {sub[-4:]}")
    return styles


def free_styles(num, region):
    nat, nsn = _nat(num), _nsn(num)
    if region == "US":
        return [
            f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
            f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
        ]
    if region == "IN":
        return [f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}", f"{nsn[:4]}-{nsn[4:]}"]
    if region == "GB":
        return [nat, nat.replace(" ", "", 1) if nat.count(" ") > 1 else nat]
    return [nat]


def local_styles(region, sub):
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    if region == "GB":
        if len(sub) == 8:
            return [f"{sub[:4]} {sub[4:]}"]
        if len(sub) == 7:
            return [f"{sub[:3]} {sub[3:]}", f"{sub[:4]} {sub[4:]}"]
        return [f"{sub[:3]} {sub[3:]}", sub]
    if region == "DE":
        return [_pairs(sub), f"{sub[:-4]} {sub[-4:]}", f"{sub[:-4]}-{sub[-4:]}"]
    if region == "NL":
        return [f"{sub[:3]} {sub[3:]}", sub, f"{sub[:3]}-{sub[3:]}"]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", f"{sub[:4]} {sub[4:]}"]
    if region == "IN":
        if len(sub) == 8:
            return [f"{sub[:4]}-{sub[4:]}", sub]
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    raise KeyError(region)


def put_back(region, area, text):
    """The local text with trunk prefix and area code put back, parsed."""
    return pn.parse(TRUNK[region] + area + " " + text, region)
