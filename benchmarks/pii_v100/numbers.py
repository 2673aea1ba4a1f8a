"""Phone numbers for the v100 set: drawn at random, kept when phonenumbers calls them valid, written
in the habits listed in make_heldout_set's docstring and parsed back before use."""

import phonenumbers as pn

E164 = pn.PhoneNumberFormat.E164
FIXED = {pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE}
MOBILE = {pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE}
OTHER = {pn.PhoneNumberType.TOLL_FREE, pn.PhoneNumberType.SHARED_COST, pn.PhoneNumberType.UAN}

# towns and area codes for announced local numbers (none of v52's towns)
AREAS = {
    "US": [
        ("Omaha", "402"),
        ("Des Moines", "515"),
        ("Albuquerque", "505"),
        ("Savannah", "912"),
        ("Fargo", "701"),
        ("Duluth", "218"),
        ("Tulsa", "918"),
        ("Reno", "775"),
        ("Lexington", "859"),
        ("Chattanooga", "423"),
        ("Akron", "330"),
        ("Eugene", "541"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Leicester", "116"),
        ("Reading", "118"),
        ("Birmingham", "121"),
        ("Edinburgh", "131"),
        ("Glasgow", "141"),
        ("Liverpool", "151"),
        ("Newcastle", "191"),
        ("Cardiff", "29"),
        ("Coventry", "24"),
        ("Norwich", "1603"),
        ("York", "1904"),
        ("Exeter", "1392"),
    ],
    "DE": [
        ("Kassel", "561"),
        ("Ulm", "731"),
        ("Würzburg", "931"),
        ("Bielefeld", "521"),
        ("Regensburg", "941"),
        ("Lübeck", "451"),
        ("Erfurt", "361"),
        ("Augsburg", "821"),
        ("Kiel", "431"),
        ("Heidelberg", "6221"),
        ("Göttingen", "551"),
        ("Osnabrück", "541"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Zwolle", "38"),
        ("Haarlem", "23"),
        ("Nijmegen", "24"),
        ("Maastricht", "43"),
        ("Arnhem", "26"),
        ("Tilburg", "13"),
        ("Eindhoven", "40"),
        ("Amersfoort", "33"),
        ("Delft", "15"),
        ("Apeldoorn", "55"),
        ("Enschede", "53"),
    ],
    "BR": [
        ("Porto Alegre", "51"),
        ("Recife", "81"),
        ("Goiânia", "62"),
        ("Manaus", "92"),
        ("Campinas", "19"),
        ("Florianópolis", "48"),
        ("Natal", "84"),
        ("Vitória", "27"),
        ("Londrina", "43"),
        ("João Pessoa", "83"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Hyderabad", "40"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Bengaluru", "80"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Chandigarh", "172"),
        ("Coimbatore", "422"),
        ("Surat", "261"),
    ],
}

# prefixes (national significant number starts) and total NSN lengths
FIXED_PRE = {
    "US": (
        ["402", "515", "505", "912", "701", "218", "918", "775", "859", "423", "330", "541", "614", "303"],
        [10],
    ),
    "GB": (["113", "114", "115", "116", "121", "131", "141", "151", "161", "191", "29", "24", "28"], [10]),
    "DE": (
        ["561", "731", "931", "521", "941", "451", "361", "821", "431", "30", "40", "89", "221", "69"],
        [9, 10, 11],
    ),
    "NL": (["50", "38", "23", "24", "43", "26", "13", "40", "33", "15", "55", "53", "20", "10", "70"], [9]),
    "FR": (["1", "2", "3", "4", "5"], [9]),
    "ES": (["91", "93", "954", "963", "944", "976", "983"], [9]),
    "IT": (["06", "02", "011", "055", "051", "081", "010"], [9, 10]),
    "PT": (["21", "22", "239", "253", "289"], [9]),
    "BR": (["51", "81", "62", "92", "19", "48", "84", "27", "43", "83", "11", "21", "31"], [10]),
    "IN": (["20", "33", "40", "79", "80", "22", "11", "141", "522", "484", "731", "172", "422"], [10]),
    "AT": (["1", "316", "512", "662", "732"], [9, 10, 11]),
    "CH": (["44", "31", "61", "21", "22", "71"], [9]),
    "BE": (["2", "3", "9", "4", "81"], [8]),
    "IE": (["1", "21", "61", "91", "51"], [8, 9]),
    "AU": (["2", "3", "7", "8"], [9]),
}
MOBILE_PRE = {
    "US": FIXED_PRE["US"],
    "GB": (["74", "75", "77", "78", "79"], [10]),
    "DE": (["151", "152", "160", "170", "171", "172", "175", "176", "177", "178", "179"], [10, 11]),
    "NL": (["6"], [9]),
    "FR": (["6", "7"], [9]),
    "ES": (["6", "7"], [9]),
    "IT": (["32", "33", "34", "35", "36", "38", "39"], [10]),
    "PT": (["91", "92", "93", "96"], [9]),
    "BR": ([a + "9" for a in ["51", "81", "62", "11", "21", "31", "41", "48"]], [11]),
    "IN": (["98", "97", "94", "91", "88", "81", "70", "63"], [10]),
    "AT": (["664", "676", "699"], [10, 11]),
    "CH": (["76", "77", "78", "79"], [9]),
    "BE": (["47", "48", "49"], [9]),
    "IE": (["83", "85", "86", "87"], [9]),
    "AU": (["4"], [9]),
}
OTHER_PRE = {
    "US": (["800", "888", "877", "866"], [10]),
    "GB": (["800", "808"], [10]),
    "DE": (["800"], [10]),
    "NL": (["800"], [7, 9]),
    "FR": (["800", "805"], [9]),
    "ES": (["900"], [9]),
    "IT": (["800"], [9]),
    "PT": (["800"], [9]),
    "BR": (["800"], [10]),
    "IN": (["1800"], [11]),
}
CC = {r: str(pn.country_code_for_region(r)) for r in FIXED_PRE}


def draw(rng, region, kind, prefix=None, length=None):
    """A valid NSN string of the wanted kind ('fixed', 'mobile', 'other')."""
    table = {"fixed": FIXED_PRE, "mobile": MOBILE_PRE, "other": OTHER_PRE}[kind]
    want = {"fixed": FIXED, "mobile": MOBILE, "other": OTHER}[kind]
    pres, lens = table[region]
    for _ in range(5000):
        pre = prefix or rng.choice(pres)
        n = length or rng.choice(lens)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(n - len(pre)))
        if nsn[len(pre)] == "0" and region not in ("IT",):
            continue
        try:
            num = pn.parse("+" + CC[region] + nsn, None)
        except pn.NumberParseException:
            continue
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in want
            and pn.region_code_for_number(num) == region
        ):
            if pn.national_significant_number(num) == nsn:
                return nsn
    raise RuntimeError((region, kind, prefix))


def g(s, *sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def pairs(s):
    """'4567890' -> '45 67 89 0' style pairs from the left, odd digit kept with the last pair."""
    if len(s) % 2:
        return " ".join([s[:3]] + [s[i : i + 2] for i in range(3, len(s), 2)])
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def area_len(region, nsn):
    num = pn.parse("+" + CC[region] + nsn, None)
    return pn.length_of_geographical_area_code(num)


def national_forms(region, kind, nsn):
    """All national-habit forms for this number (filtered later by parse-back)."""
    a = area_len(region, nsn) if kind == "fixed" and region not in ("FR", "ES", "IT", "PT") else 0
    ar, s = nsn[:a], nsn[a:]
    f = []
    if region == "US":
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        f = [f"{x}-{y}-{z}", f"{x}.{y}.{z}", f"({x}){y}-{z}", f"1.{x}.{y}.{z}", f"1 {x} {y} {z}"]
        if kind == "other":
            f = [f"({x}) {y}-{z}", f"{x}.{y}.{z}", f"1 {x} {y} {z}", f"1-{x}-{y}-{z}"]
    elif region == "GB":
        if kind == "fixed" and a == 2:
            f = [f"(0{ar}) {s[:4]} {s[4:]}", f"0{ar}-{s[:4]}-{s[4:]}"]
        elif kind == "fixed" and a == 3:
            f = [f"0{ar} {s[:3]} {s[3:]}", f"0{ar}-{s[:3]}-{s[3:]}", f"(0{ar}) {s[:3]}-{s[3:]}"]
        elif kind == "mobile":
            f = [f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"0{nsn}", f"0{nsn[:4]} {nsn[4:]}"]
        else:
            f = [f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    elif region == "DE":
        if kind == "fixed":
            f = [f"(0{ar}) {pairs(s)}", f"0{ar}-{s}", f"0{ar} {s}"]
            if s.endswith("0"):
                f.append(f"0{ar} {s[:-1]}-0")
        elif kind == "mobile":
            f = [f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}-{nsn[3:]}", f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        else:
            f = [f"0800 {nsn[3:6]} {nsn[6:]}", f"0800-{nsn[3:]}"]
    elif region == "NL":
        if kind == "fixed":
            f = [f"0{ar} {s[:3]} {s[3:]}", f"(0{ar}) {pairs(s)}", f"0{ar}/{s}"]
        elif kind == "mobile":
            f = [f"06 {nsn[1:5]} {nsn[5:]}", f"06 {pairs(nsn[1:])}", f"06{nsn[1:]}"]
        else:
            f = [f"0800 {nsn[3:]}", f"0800-{nsn[3:]}"]
    elif region == "FR":
        d = "0" + nsn
        f = [" ".join(d[i : i + 2] for i in range(0, 10, 2)), ".".join(d[i : i + 2] for i in range(0, 10, 2))]
        if kind == "other":
            f = ["08 00 " + " ".join(d[i : i + 2] for i in range(4, 10, 2)), f"{d[:4]} {d[4:7]} {d[7:]}"]
    elif region == "ES":
        f = [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", nsn, f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
        if kind == "other":
            f = [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    elif region == "IT":
        if kind == "fixed":
            p = 2 if nsn[:2] in ("06", "02") else 3
            q = 4 if p == 2 else 3
            f = [
                f"{nsn[:p]} {g(nsn[p:], q)}",
                f"{nsn[:p]}.{g(nsn[p:], q, sep='.')}",
                f"({nsn[:p]}) {nsn[p:]}",
            ]
        elif kind == "mobile":
            f = [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}", f"{nsn[:3]} {nsn[3:]}"]
        else:
            f = [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
    elif region == "PT":
        f = [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn, f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
    elif region == "BR":
        ar, s = nsn[:2], nsn[2:]
        if kind == "fixed":
            f = [f"({ar}) {s[:4]} {s[4:]}", f"{ar} {s[:4]}-{s[4:]}", f"0{ar} {s[:4]}-{s[4:]}"]
        elif kind == "mobile":
            f = [f"({ar}) {s[:5]}-{s[5:]}", f"{ar} {s[:5]}-{s[5:]}", f"({ar}) {s[:1]} {s[1:5]} {s[5:]}"]
        else:
            f = [f"0800 {nsn[3:6]} {nsn[6:]}", f"0800.{nsn[3:6]}.{nsn[6:]}"]
    elif region == "IN":
        if kind == "fixed" and a == 2:
            f = [f"0{ar} {s[:4]} {s[4:]}", f"(0{ar}) {s[:4]}-{s[4:]}", f"0{ar}-{s}"]
        elif kind == "fixed":
            f = [f"0{ar} {s[:3]} {s[3:]}", f"(0{ar}) {s}", f"0{ar}-{s[:3]}-{s[3:]}"]
        elif kind == "mobile":
            f = [f"{nsn[:5]} {nsn[5:]}", f"{nsn[:5]}-{nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}"]
        else:
            f = [f"1800 {nsn[4:7]} {nsn[7:]}", f"1800{nsn[4:]}", f"1-800-{nsn[4:7]}-{nsn[7:]}"]
    return f


def intl_forms(region, kind, nsn):
    c = "+" + CC[region]
    a = area_len(region, nsn) if kind == "fixed" and region not in ("FR", "ES", "IT", "PT") else 0
    ar, s = nsn[:a], nsn[a:]
    if region == "US":
        return [f"+1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"+1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"+1 {nsn}"]
    if region == "GB":
        if kind == "mobile":
            return [f"{c} (0){nsn[:4]} {nsn[4:]}", f"{c} {nsn[:4]} {nsn[4:]}"]
        return [f"{c} (0){ar} {g(s, 3 if a == 3 else 4)}", f"{c} {ar} {g(s, 3 if a == 3 else 4)}"]
    if region == "DE":
        if kind == "mobile":
            return [f"{c} (0){nsn[:3]} {nsn[3:]}", f"{c} {nsn[:3]} {nsn[3:]}"]
        return [f"{c} (0){ar} {s}", f"{c} {ar} {pairs(s)}"]
    if region in ("NL", "FR", "BE", "CH"):
        p = a or (1 if region != "CH" else 2)
        if region == "FR" or kind == "mobile" and region != "NL":
            p = 1 if region == "FR" else (2 if region == "CH" else 3)
        head, tail = nsn[:p], nsn[p:]
        return [f"{c} (0){head} {pairs(tail)}", f"{c} {head} {pairs(tail)}"]
    if region in ("ES", "PT"):
        return [f"{c} {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{c} {nsn}"]
    if region == "IT":
        p = 2 if nsn[:2] in ("06", "02") else 3
        return [f"{c} {nsn[:p]} {nsn[p:]}", f"{c} {g(nsn, p, 4 if p == 2 else 3)}"]
    if region == "BR":
        return [f"{c} {nsn[:2]} {nsn[2:-4]}-{nsn[-4:]}", f"{c} {nsn[:2]} {nsn[2:-4]} {nsn[-4:]}"]
    if region == "IN":
        if kind == "mobile":
            return [f"{c} {nsn[:5]} {nsn[5:]}", f"{c} {nsn[:5]}-{nsn[5:]}"]
        return [f"{c} {ar} {s}", f"{c}-{ar}-{s}"]
    if region == "AT":
        return [f"{c} (0){nsn[: a or 3]} {nsn[a or 3 :]}", f"{c} {nsn[: a or 3]} {nsn[a or 3 :]}"]
    if region == "IE":
        p = a or 2
        return [f"{c} (0){nsn[:p]} {g(nsn[p:], 3)}", f"{c} {nsn[:p]} {g(nsn[p:], 3)}"]
    if region == "AU":
        p = a or 3
        return [
            f"{c} (0){nsn[:p]} {g(nsn[p:], 4 if p == 1 else 3)}",
            f"{c} {nsn[:p]} {g(nsn[p:], 4 if p == 1 else 3)}",
        ]
    return [f"{c} {nsn}"]


def local_forms(region, sub):
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} - {sub[3:]}"]
    if region == "GB":
        if len(sub) == 8:
            return [f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}"]
        if len(sub) == 7:
            return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
        return [sub, f"{sub[:3]} {sub[3:]}"]
    if region == "DE":
        f = [sub, pairs(sub)]
        if sub.endswith("0"):
            f += [f"{sub[:-1]}-0"] * 2
        return f
    if region == "NL":
        return [sub, f"{sub[:3]} {sub[3:]}", pairs(sub)] if len(sub) == 7 else [sub, pairs(sub)]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]} {sub[4:]}"]
    if region == "IN":
        if len(sub) == 8:
            return [sub, f"{sub[:4]}-{sub[4:]}", f"{sub[:4]} {sub[4:]}"]
        return [sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    raise KeyError(region)


def put_back(region, area, local_text):
    """The national form of a local number: trunk prefix (if any) and area code put back."""
    trunk = "" if region == "US" else "0"
    return f"{trunk}{area} {local_text}"


def e164(region, nsn):
    return "+" + CC[region] + nsn


def parses_to(text, region, want):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, E164) == want


def phone(rng, region, kind, intl=False, style=None):
    """(text, e164, nsn) in a national or international habit, parsed back."""
    for _ in range(200):
        nsn = draw(rng, region, kind)
        want = e164(region, nsn)
        forms = intl_forms(region, kind, nsn) if intl else national_forms(region, kind, nsn)
        good = [f for f in forms if parses_to(f, region, want)]
        if good:
            return rng.choice(good), want, nsn
    raise RuntimeError((region, kind, intl))


def local(rng, region, area):
    """(subscriber text, e164, area_len) for a fixed line in the area, checked with the area put back."""
    for _ in range(500):
        nsn = draw(rng, region, "fixed", prefix=area, length=10 if region != "NL" else 9)
        if area_len(region, nsn) != len(area):
            continue
        sub = nsn[len(area) :]
        want = e164(region, nsn)
        forms = [f for f in local_forms(region, sub) if parses_to(put_back(region, area, f), region, want)]
        if forms:
            return rng.choice(forms), want, len(area)
    raise RuntimeError((region, area))
