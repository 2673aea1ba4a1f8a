"""Phone numbers: regions, towns with area codes, random valid numbers and the ways people write them."""

import random

import phonenumbers
from phonenumbers import PhoneNumberType as T

FIXED = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}
OTHER = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# region -> (country code, trunk prefix)
CC = {
    "US": (1, ""),
    "GB": (44, "0"),
    "DE": (49, "0"),
    "FR": (33, "0"),
    "ES": (34, ""),
    "IT": (39, ""),
    "NL": (31, "0"),
    "PT": (351, ""),
    "BR": (55, "0"),
    "IN": (91, "0"),
    "AT": (43, "0"),
    "CH": (41, "0"),
    "BE": (32, "0"),
    "IE": (353, "0"),
    "AU": (61, "0"),
}

# towns for announced local numbers: region -> [(town, area code without trunk prefix)]
AREAS = {
    "US": [
        ("Dayton", "937"),
        ("Omaha", "402"),
        ("Tulsa", "918"),
        ("Providence", "401"),
        ("Albuquerque", "505"),
        ("Savannah", "912"),
        ("Lexington", "859"),
        ("Fresno", "559"),
        ("Duluth", "218"),
        ("Des Moines", "515"),
        ("Reno", "775"),
        ("Chattanooga", "423"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Glasgow", "141"),
        ("Edinburgh", "131"),
        ("Liverpool", "151"),
        ("Newcastle", "191"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Cambridge", "1223"),
        ("Brighton", "1273"),
    ],
    "DE": [
        ("Köln", "221"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Kiel", "431"),
        ("Bonn", "228"),
        ("Augsburg", "821"),
        ("Würzburg", "931"),
        ("Regensburg", "941"),
        ("Heidelberg", "6221"),
        ("Göttingen", "551"),
        ("Potsdam", "331"),
        ("Erfurt", "361"),
    ],
    "NL": [
        ("Eindhoven", "40"),
        ("Nijmegen", "24"),
        ("Zwolle", "38"),
        ("Haarlem", "23"),
        ("Maastricht", "43"),
        ("Arnhem", "26"),
        ("Tilburg", "13"),
        ("Delft", "15"),
        ("Amersfoort", "33"),
        ("Apeldoorn", "55"),
        ("Deventer", "570"),
        ("Hilversum", "35"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Goiânia", "62"),
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("São Luís", "98"),
        ("Cuiabá", "65"),
        ("Londrina", "43"),
        ("Maceió", "82"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
        ("Chandigarh", "172"),
        ("Nagpur", "712"),
        ("Surat", "261"),
    ],
}

# prefixes for random draws: region -> kind -> [prefix of the national significant number]
PREFIX = {
    "US": {
        "fixed": ["206", "312", "404", "512", "617", "702", "816", "919"],
        "mobile": ["213", "646"],
        "other": ["800", "833", "844", "855", "866", "877", "888"],
    },
    "GB": {
        "fixed": ["20", "121", "117", "161", "1865", "1482"],
        "mobile": ["74", "75", "77", "78", "79"],
        "other": ["800", "808", "300", "330", "345", "843"],
    },
    "DE": {
        "fixed": ["30", "40", "89", "69", "211", "711", "621"],
        "mobile": ["151", "160", "170", "176"],
        "other": ["800", "180"],
    },
    "FR": {"fixed": ["1", "2", "3", "4", "5"], "mobile": ["6", "7"], "other": ["800", "805", "809"]},
    "ES": {"fixed": ["91", "93", "95", "96", "98"], "mobile": ["6", "71"], "other": ["900", "800"]},
    "IT": {
        "fixed": ["06", "02", "011", "055", "081"],
        "mobile": ["32", "33", "34", "38", "39"],
        "other": ["800", "803"],
    },
    "NL": {"fixed": ["10", "20", "30", "50", "70", "73"], "mobile": ["6"], "other": ["800"]},
    "PT": {"fixed": ["21", "22", "239"], "mobile": ["91", "92", "93", "96"], "other": ["800"]},
    "BR": {
        "fixed": ["113", "213", "313", "413", "613"],
        "mobile": ["119", "219", "419", "719"],
        "other": ["800"],
    },
    "IN": {"fixed": ["11", "22", "44", "80"], "mobile": ["98", "97", "94", "88", "70"], "other": ["1800"]},
    "AT": {"fixed": ["1", "316", "512"], "mobile": ["664", "676", "699"]},
    "CH": {"fixed": ["44", "31", "61", "22"], "mobile": ["76", "78", "79"]},
    "BE": {"fixed": ["2", "3", "9"], "mobile": ["47", "48", "49"]},
    "IE": {"fixed": ["1", "21", "91"], "mobile": ["83", "85", "86", "87"]},
    "AU": {"fixed": ["2", "3", "7", "8"], "mobile": ["4"]},
}

WANT = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}


def draw(rng: random.Random, region: str, kind: str, prefix: str | None = None) -> phonenumbers.PhoneNumber:
    """A random valid number of the region whose type fits the kind, its national number starting with
    prefix (or one of the region's prefixes for the kind)."""
    cc = CC[region][0]
    for _ in range(4000):
        pre = prefix if prefix is not None else rng.choice(PREFIX[region][kind])
        for length in rng.sample(range(7, 12), 5):
            if length <= len(pre):
                continue
            nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
            num = phonenumbers.PhoneNumber(country_code=cc, national_number=int(nsn))
            if region == "IT" and nsn.startswith("0"):
                num.italian_leading_zero = True
            if str(num.national_number) != nsn.lstrip("0") and region != "IT":
                continue
            if (
                phonenumbers.is_valid_number_for_region(num, region)
                and phonenumbers.number_type(num) in WANT[kind]
            ):
                if phonenumbers.national_significant_number(num) == nsn:
                    return num
    raise RuntimeError(f"no number for {region} {kind} {prefix}")


def e164(num: phonenumbers.PhoneNumber) -> str:
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def split(num: phonenumbers.PhoneNumber) -> tuple[str, str]:
    """(national destination code, subscriber part)."""
    nsn = phonenumbers.national_significant_number(num)
    n = phonenumbers.length_of_national_destination_code(num)
    return nsn[:n], nsn[n:]


def area_len(num: phonenumbers.PhoneNumber) -> int:
    return phonenumbers.length_of_geographical_area_code(num)


def groups(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for k in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(out)


def pairs_right(s: str, sep: str = " ") -> str:
    """Old German habit: pairs counted from the right ('4 56 78 90')."""
    head = len(s) % 2
    parts = ([s[:head]] if head else []) + [s[i : i + 2] for i in range(head, len(s), 2)]
    return sep.join(parts)


def half(s: str, sep: str) -> str:
    k = len(s) // 2 if len(s) % 2 == 0 else len(s) // 2 + 1
    return s[:k] + sep + s[k:]


def tail4(s: str, sep: str) -> str:
    return s[:-4] + sep + s[-4:]


# ways to write a subscriber part on its own (announced local numbers); new habits against v52
LOCAL = {
    "US": [lambda s: tail4(s, "."), lambda s: s, lambda s: tail4(s, " - ")],
    "GB": [lambda s: gb(s, "-")],
    "DE": [lambda s: pairs_right(s), lambda s: half(s, "-"), lambda s: pairs_right(s, "-")],
    "NL": [
        lambda s: groups(s, [2, 2, 3], " ") if len(s) == 7 else groups(s, [2, 2, 2], " "),
        lambda s: tail4(s, " ") if len(s) == 7 else half(s, "-"),
    ],
    "BR": [lambda s: tail4(s, "."), lambda s: s],
    "IN": [lambda s: s, lambda s: tail4(s, "-") if len(s) == 8 else groups(s, [3, 2, 2], " ")],
}


def local(rng: random.Random, region: str, num: phonenumbers.PhoneNumber) -> str:
    sub = split(num)[1]
    return rng.choice(LOCAL[region])(sub)


def put_back(region: str, area: str, text: str) -> str:
    """A local form with its area code (and trunk prefix) put back, as a national string."""
    trunk = CC[region][1]
    return f"{trunk}{area} {text}"


def gb(sub: str, sep: str) -> str:
    """UK subscriber grouping: 3-3 for six digits, otherwise the last four apart."""
    return half(sub, sep) if len(sub) == 6 else tail4(sub, sep)


# national writing habits: region -> [f(trunk+ndc pieces)] ; each gets (ndc, sub, kind)
def national(rng: random.Random, region: str, num: phonenumbers.PhoneNumber) -> str:
    ndc, sub = split(num)
    nsn = ndc + sub
    t = CC[region][1]
    c = {
        "US": [
            f"{ndc}-{tail4(sub, '-')}",
            f"({ndc}){tail4(sub, '-')}",
            f"{ndc}.{tail4(sub, '.')}",
            f"1.{ndc}.{tail4(sub, '.')}",
            f"1-{ndc}-{tail4(sub, '-')}",
        ],
        "GB": [f"0{ndc}-{gb(sub, '-')}", f"0{ndc}-{sub}", f"(0{ndc}) {gb(sub, ' ')}"],
        "DE": [f"(0{ndc}) {sub}", f"0{ndc}-{sub}", f"0{ndc} {pairs_right(sub)}", f"0{ndc} {half(sub, ' ')}"],
        "FR": [
            f"0{nsn[0]} " + groups(nsn[1:], [2, 2, 2, 2], " "),
            f"0{nsn[0]}." + groups(nsn[1:], [2, 2, 2, 2], "."),
            f"0{nsn[:3]} {groups(nsn[3:], [3, 3], ' ')}",
        ],
        "ES": [
            groups(nsn, [2, 3, 2, 2], "-"),
            groups(nsn, [3, 3, 3], "-"),
            groups(nsn, [3, 3, 3], "."),
            groups(nsn, [3, 2, 2, 2], "."),
        ],
        "IT": [f"{ndc} {half(sub, ' ')}", f"{ndc}.{sub}", f"{ndc} {sub}", f"({ndc}) {half(sub, ' ')}"],
        "NL": [
            f"0{ndc} {tail4(sub, ' ')}" if len(sub) == 7 else f"0{ndc} {half(sub, ' ')}",
            f"(0{ndc}) {groups(sub, [3, 2, 2], ' ')}" if len(sub) == 7 else f"(0{ndc}) {sub}",
            f"0{ndc}/{sub}",
        ],
        "PT": [
            groups(nsn, [3, 3, 3], " "),
            groups(nsn, [2, 3, 4], " ") if nsn.startswith("2") else groups(nsn, [3, 3, 3], "-"),
        ],
        "BR": [
            f"({ndc}) {tail4(sub, ' ')}",
            f"{ndc} {tail4(sub, '.')}",
            f"({ndc}) {tail4(sub, '-')}",
            f"({ndc}){sub}",
        ],
        "IN": [
            f"0{ndc} {tail4(sub, ' ')}" if len(sub) >= 7 else f"0{ndc} {sub}",
            f"(0{ndc}) {sub}",
            f"0{ndc}-{sub}",
        ]
        if len(nsn) == 10 and nsn[0] not in "6789"
        else [],
    }[region]
    if region == "IN" and not c:
        c = [f"{nsn[:5]}-{nsn[5:]}", nsn, f"0{nsn}", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    if region == "US" and ndc == "" and t == "":
        c = [nsn]
    return rng.choice(c)


def other(rng: random.Random, region: str, num: phonenumbers.PhoneNumber) -> str:
    """Toll-free / shared-cost / UAN numbers, written the way their owners print them."""
    nsn = phonenumbers.national_significant_number(num)
    t = CC[region][1]
    c = {
        "US": [
            f"1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}",
            f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
        ],
        "GB": [
            f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"0{nsn[:3]} {nsn[3:]}",
            f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
        ],
        "DE": [f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}-{nsn[3:]}", f"0{nsn[:3]} {pairs_right(nsn[3:])}"],
        "FR": [
            f"0{nsn[0]} {groups(nsn[1:], [2, 2, 2, 2], ' ')}",
            f"0{nsn[:3]}.{groups(nsn[3:], [3, 3], '.')}",
        ],
        "ES": [groups(nsn, [3, 3, 3], " "), groups(nsn, [3, 2, 2, 2], "-")],
        "IT": [groups(nsn, [3, 3, 3], " "), groups(nsn, [3, 6], ".")],
        "NL": [f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]} {groups(nsn[3:], [3, 2, 2], ' ')}"],
        "PT": [groups(nsn, [3, 3, 3], " "), groups(nsn, [3, 2, 2, 2], " ")],
        "BR": [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"],
        "IN": [f"{nsn[:4]}-{nsn[4:]}", f"{nsn[:4]} {nsn[4:]}"],
    }[region]
    del t
    return rng.choice(c)


def international(rng: random.Random, region: str, num: phonenumbers.PhoneNumber) -> str:
    cc = CC[region][0]
    ndc, sub = split(num)
    nsn = ndc + sub
    trunk = CC[region][1]
    c = [f"+{cc} {ndc} {sub}", f"+{cc}-{ndc}-{sub}", f"(+{cc}) {ndc} {sub}"]
    if trunk:
        c += [f"+{cc} (0){ndc} {sub}", f"+{cc} (0) {ndc} {sub}"]
    if region == "US":
        c = [
            f"+1-{ndc}-{tail4(sub, '-')}",
            f"+1 ({ndc}) {sub}",
            f"+1.{ndc}.{tail4(sub, '.')}",
            f"+1 {ndc}-{tail4(sub, '-')}",
        ]
    elif region == "FR":
        c = [
            f"+33 {nsn[0]} {groups(nsn[1:], [2, 2, 2, 2], ' ')}",
            f"+33 (0){nsn[0]} {groups(nsn[1:], [2, 2, 2, 2], ' ')}",
            f"+33.{nsn}",
        ]
    elif region == "IT":
        c = [f"+39 {ndc} {half(sub, ' ')}", f"(+39) {nsn}", f"+39.{nsn}"]
    elif region in ("ES", "PT"):
        c = [f"+{cc} {groups(nsn, [3, 3, 3], ' ')}", f"(+{cc}) {nsn}", f"+{cc}.{nsn}"]
    elif region == "BR":
        c = [f"+55 {ndc} {tail4(sub, '-')}", f"+55 ({ndc}) {sub}", f"+55-{ndc}-{tail4(sub, '-')}"]
    elif region == "IN":
        c = [f"+91 {ndc} {sub}", f"(+91) {nsn[:5]} {nsn[5:]}", f"+91 {nsn[:5]}-{nsn[5:]}"]
    elif region == "GB":
        c += [f"+44 (0){ndc} {gb(sub, ' ')}", f"+44 {ndc} {gb(sub, ' ')}"]
    return rng.choice(c)


def parses_to(text: str, region: str | None, want: str) -> bool:
    try:
        num = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(num) and e164(num) == want
