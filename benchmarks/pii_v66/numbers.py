"""Phone numbers for the v66 set: drawn at random, kept when valid, written in fresh habits."""

import phonenumbers
from phonenumbers import PhoneNumberType as T

# region -> (town, area code) for announced local numbers; area_len asserted against phonenumbers
AREAS = {
    "US": [
        ("Dayton", "937"),
        ("Akron", "330"),
        ("Tulsa", "918"),
        ("Fresno", "559"),
        ("Omaha", "402"),
        ("Savannah", "912"),
        ("Albuquerque", "505"),
        ("Lansing", "517"),
        ("Chattanooga", "423"),
        ("Wichita", "316"),
        ("Reno", "775"),
        ("Duluth", "218"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Cardiff", "29"),
        ("Norwich", "1603"),
        ("Brighton", "1273"),
        ("Plymouth", "1752"),
        ("York", "1904"),
        ("Exeter", "1392"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Augsburg", "821"),
        ("Bielefeld", "521"),
        ("Regensburg", "941"),
        ("Würzburg", "931"),
        ("Lübeck", "451"),
        ("Erfurt", "361"),
        ("Potsdam", "331"),
        ("Osnabrück", "541"),
        ("Heidelberg", "6221"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Rotterdam", "10"),
        ("Eindhoven", "40"),
        ("Nijmegen", "24"),
        ("Zwolle", "38"),
        ("Arnhem", "26"),
        ("Maastricht", "43"),
        ("Tilburg", "13"),
        ("Haarlem", "23"),
        ("Delft", "15"),
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
        ("São Luís", "98"),
        ("Londrina", "43"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Indore", "731"),
        ("Kochi", "484"),
        ("Coimbatore", "422"),
        ("Chandigarh", "172"),
    ],
}

# national significant number prefixes to draw from, by (region, kind)
PREFIXES = {
    ("US", "fixed"): ["212", "617", "303", "404", "214", "602", "503", "615", "919", "614"],
    ("US", "mobile"): ["347", "646", "702", "480", "971", "786", "224", "832"],
    ("US", "free"): ["800", "888", "877", "866"],
    ("GB", "fixed"): ["20", "121", "131", "141", "117", "151"],
    ("GB", "mobile"): ["74", "75", "77", "78", "79"],
    ("GB", "free"): ["800", "808"],
    ("GB", "uan"): ["345", "330", "370"],
    ("DE", "fixed"): ["30", "40", "89", "221", "69", "711", "211", "351"],
    ("DE", "mobile"): ["151", "152", "160", "162", "171", "172", "176", "157"],
    ("DE", "free"): ["800"],
    ("FR", "fixed"): ["1", "2", "3", "4", "5"],
    ("FR", "mobile"): ["6", "7"],
    ("FR", "free"): ["800", "805"],
    ("ES", "fixed"): ["91", "93", "96", "95", "94"],
    ("ES", "mobile"): ["6", "7"],
    ("ES", "free"): ["900"],
    ("IT", "fixed"): ["02", "06", "011", "055", "081", "051"],
    ("IT", "mobile"): ["33", "34", "32", "36", "39"],
    ("IT", "free"): ["800"],
    ("NL", "fixed"): ["20", "30", "70", "71", "72", "73", "76"],
    ("NL", "mobile"): ["6"],
    ("NL", "free"): ["800"],
    ("PT", "fixed"): ["21", "22", "23", "25"],
    ("PT", "mobile"): ["91", "92", "93", "96"],
    ("PT", "free"): ["800"],
    ("BR", "fixed"): ["11", "21", "31", "41", "61", "71", "85"],
    ("BR", "mobile"): ["119", "219", "319", "419", "619", "719"],
    ("BR", "free"): ["800"],
    ("IN", "fixed"): ["11", "22", "44", "80"],
    ("IN", "mobile"): ["98", "97", "96", "94", "91", "88", "70"],
    ("IN", "free"): ["1800"],
    ("AT", "fixed"): ["1", "316", "512", "662", "732"],
    ("AT", "mobile"): ["664", "676", "699", "650"],
    ("CH", "fixed"): ["44", "31", "61", "22", "21", "71"],
    ("CH", "mobile"): ["79", "78", "76", "77"],
    ("BE", "fixed"): ["2", "3", "9", "4"],
    ("BE", "mobile"): ["470", "471", "475", "477", "486", "496"],
    ("IE", "fixed"): ["1", "21", "91", "61"],
    ("IE", "mobile"): ["85", "86", "87", "83"],
    ("AU", "fixed"): ["2", "3", "7", "8"],
    ("AU", "mobile"): ["4"],
}
LENGTHS = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "NL": [9],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10],
    "AT": [10, 11],
    "CH": [9],
    "BE": [8, 9],
    "IE": [8, 9],
    "AU": [9],
}
WANT = {
    "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
    "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
    "free": {T.TOLL_FREE},
    "uan": {T.UAN, T.SHARED_COST},
}
TRUNK = {
    "US": "",
    "BR": "",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "IN": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "PT": "",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "IE": "0",
    "AU": "0",
}


def draw(rng, region, kind):
    """Return a valid phonenumbers object of the wanted kind."""
    for _ in range(5000):
        pre = rng.choice(PREFIXES[(region, kind)])
        if kind == "free" and region in ("GB", "DE", "NL", "IT", "PT", "ES", "FR", "BR", "IN"):
            total = {"GB": 10, "DE": 10, "NL": 10, "IT": 9, "PT": 9, "ES": 9, "FR": 9, "BR": 10, "IN": 11}[
                region
            ]
        else:
            total = rng.choice(LENGTHS[region])
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(total - len(pre)))
        try:
            num = phonenumbers.parse(TRUNK[region] + nsn if region not in ("IT",) else nsn, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num) and phonenumbers.number_type(num) in WANT[kind]:
            if phonenumbers.national_significant_number(num) == nsn:
                return num
    raise RuntimeError((region, kind))


def draw_local(rng, region, area):
    """A fixed-line number in the given area; returns (num, subscriber digits)."""
    total = {"US": 10, "GB": 10, "NL": 9, "BR": 10, "IN": 10}.get(region)
    for _ in range(5000):
        n = total if total else rng.choice([len(area) + 6, len(area) + 7])
        first = {"BR": "2345", "IN": "2", "US": "23456789", "GB": "2345", "NL": "2345"}.get(region, "2345678")
        sub = rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - len(area) - 1))
        nsn = area + sub
        num = phonenumbers.parse(TRUNK[region] + nsn, region)
        if not phonenumbers.is_valid_number(num):
            continue
        if phonenumbers.number_type(num) not in WANT["fixed"]:
            continue
        if phonenumbers.national_significant_number(num) != nsn:
            continue
        if phonenumbers.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError((region, area))


def put_back(region, area, sub_text):
    """Parse a local form with its area code (and trunk prefix) put back."""
    digits = "".join(c for c in sub_text if c.isdigit())
    return phonenumbers.parse(TRUNK[region] + area + digits, region)


def e164(num):
    return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)


def nsn(num):
    return phonenumbers.national_significant_number(num)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def pairs_from_left(s):
    return _grp(s, [2] * 10)


# ---- local (subscriber-only) habits, fresh against v52 -------------------------------------------
def local_form(rng, region, sub):
    n = len(sub)
    if region == "US":
        return rng.choice([sub[:3] + "." + sub[3:], sub, sub[:3] + " - " + sub[3:]])
    if region == "GB":
        if n == 7:
            return rng.choice([sub[:3] + "-" + sub[3:], sub[:3] + " " + sub[3:5] + " " + sub[5:]])
        if n == 8:
            return rng.choice([sub[:4] + "-" + sub[4:], sub[:4] + " " + sub[4:]])
        return rng.choice([sub[:3] + "-" + sub[3:], sub[:2] + " " + sub[2:4] + " " + sub[4:]])
    if region == "DE":
        if n % 2 == 1:
            return rng.choice([sub[:1] + " " + _grp(sub[1:], [2, 2, 2, 2]), sub[:3] + "-" + sub[3:]])
        return rng.choice([_grp(sub, [2, 2, 2, 2]), sub[: n // 2] + "-" + sub[n // 2 :]])
    if region == "NL":
        return rng.choice([sub, sub[:2] + " " + sub[2:4] + " " + sub[4:], sub[:3] + "-" + sub[3:]])
    if region == "BR":
        return rng.choice([sub[:4] + "." + sub[4:], sub, sub[:4] + " " + sub[4:]])
    if region == "IN":
        h = 4 if n == 8 else 3
        return rng.choice([sub, sub[:h] + "-" + sub[h:], sub[:h] + " " + sub[h:]])
    raise ValueError(region)


# ---- national and international habits ----------------------------------------------------------
def national_form(rng, region, num):
    s = nsn(num)
    t = phonenumbers.number_type(num)
    if region == "US":
        a, b, c = s[:3], s[3:6], s[6:]
        if t == T.TOLL_FREE:
            return rng.choice([f"{a}-{b}-{c}", f"1.{a}.{b}.{c}", f"({a}) {b}-{c}", f"1 {a} {b} {c}"])
        return rng.choice([f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1-{a}-{b}-{c}"])
    if region == "GB":
        g = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
        return rng.choice([g, "-".join(g.split(" "))])
    if region == "DE":
        a = phonenumbers.length_of_national_destination_code(num)
        ndc, sub = s[:a], s[a:]
        return rng.choice([f"(0{ndc}) {_grp(sub, [2, 2, 2, 2])}", f"0{ndc}-{sub}", f"0{ndc} {sub}"])
    if region == "FR":
        p = pairs_from_left("0" + s)
        return rng.choice([p, p.replace(" ", "."), "0" + s])
    if region == "ES":
        return rng.choice([s, _grp(s, [3, 2, 2, 2]), _grp(s, [3, 3, 3], ".")])
    if region == "IT":
        if s.startswith("3"):
            return rng.choice([_grp(s, [3, 3, 4]), s[:3] + "." + s[3:], s[:3] + "-" + s[3:6] + "-" + s[6:]])
        if t == T.TOLL_FREE:
            return rng.choice([s[:3] + " " + s[3:], s[:3] + "." + s[3:]])
        a = phonenumbers.length_of_national_destination_code(num)
        return rng.choice([s[:a] + " " + _grp(s[a:], [4, 4]), s[:a] + "." + s[a:], s[:a] + " " + s[a:]])
    if region == "NL":
        if s.startswith("6"):
            return rng.choice(["06 " + pairs_from_left(s[1:]), "06" + s[1:], "(06) " + s[1:5] + " " + s[5:]])
        if s.startswith("800"):
            return rng.choice(["0800 " + s[3:], "0800-" + s[3:5] + " " + s[5:]])
        a = phonenumbers.length_of_national_destination_code(num)
        ndc, sub = s[:a], s[a:]
        if len(sub) == 7:
            return rng.choice(
                [f"0{ndc} {sub[:3]} {sub[3:5]} {sub[5:]}", f"(0{ndc}) {sub[:3]} {sub[3:5]} {sub[5:]}"]
            )
        return rng.choice([f"0{ndc} {sub[:3]} {sub[3:]}", f"(0{ndc}) {sub}"])
    if region == "PT":
        return rng.choice([_grp(s, [3, 3, 3]), s, s[:3] + "-" + s[3:6] + "-" + s[6:]])
    if region == "BR":
        ddd, sub = s[:2], s[2:]
        if ddd == "80":
            return rng.choice(["0800 " + s[3:6] + " " + s[6:], "0800." + s[3:6] + "." + s[6:]])
        h = len(sub) - 4
        return rng.choice(
            [
                f"({ddd}) {sub[:h]}-{sub[h:]}",
                f"({ddd}) {sub[:h]}.{sub[h:]}",
                f"{ddd} {sub[:h]} {sub[h:]}",
                f"0{ddd} {sub[:h]}-{sub[h:]}",
            ]
        )
    if region == "IN":
        if s.startswith("1800"):
            return rng.choice([s, s[:4] + " " + s[4:], "1-800-" + s[4:7] + "-" + s[7:]])
        if t in (T.MOBILE, T.FIXED_LINE_OR_MOBILE) and s[0] in "6789":
            return rng.choice([s[:5] + " " + s[5:], s, "0" + s[:5] + "-" + s[5:]])
        a = phonenumbers.length_of_geographical_area_code(num) or 2
        return rng.choice(
            [f"0{s[:a]} {s[a : a + 4]} {s[a + 4 :]}", f"(0{s[:a]}) {s[a:]}", f"0{s[:a]}-{s[a:]}"]
        )
    raise ValueError(region)


def intl_form(rng, region, num):
    s = nsn(num)
    cc = str(num.country_code)
    g = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    rest = g.split(" ", 1)[1]
    trunk_ok = region in ("GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU")
    opts = [g, f"+{cc}-{rest.replace(' ', '-')}", f"+{cc} {s}"]
    if trunk_ok:
        opts.append(f"+{cc} (0){rest}")
        opts.append(f"+{cc} (0) {rest}")
    if region == "US":
        opts = [
            f"+1-{s[:3]}-{s[3:6]}-{s[6:]}",
            f"+1 {s[:3]}-{s[3:6]}-{s[6:]}",
            f"+1.{s[:3]}.{s[3:6]}.{s[6:]}",
            f"+1{s}",
        ]
    if region == "BR":
        opts = [f"+55 {s[:2]} {s[2:-4]}-{s[-4:]}", f"+55 ({s[:2]}) {s[2:-4]} {s[-4:]}", f"+55{s}"]
    if region == "IN":
        opts = [f"+91 {s[:5]} {s[5:]}" if s[0] in "6789" else g, f"+91 {s}", f"+91-{s}"]
    return rng.choice(opts)


def check_form(text, region, want_e164):
    num = phonenumbers.parse(text, region)
    return phonenumbers.is_valid_number(num) and e164(num) == want_e164
