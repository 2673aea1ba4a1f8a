"""Phone numbers for v87: drawn from prefixes, checked with phonenumbers, written in v87's habits."""

import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T

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
TRUNK = {"GB", "DE", "FR", "NL", "CH", "AT", "BE", "IE", "AU", "IN", "PT_NO"}

# (prefix of the national significant number, length of the NSN or None to try several, wanted types)
FIXED = {
    "US": ["316", "920", "301", "541", "863", "928", "503", "817"],
    "GB": ["1223", "113", "1392", "1603", "29", "28", "131", "1452", "1253"],
    "DE": ["30", "40", "89", "221", "711", "821", "5251", "6103", "7541"],
    "FR": ["1", "2", "3", "4", "5"],
    "ES": ["91", "93", "95", "96", "98"],
    "IT": ["06", "02", "011", "055", "051"],
    "NL": ["20", "10", "50", "40", "43", "320", "570"],
    "PT": ["21", "22", "239", "289"],
    "BR": ["19", "12", "51", "62", "81", "48"],
    "IN": ["11", "22", "80", "40", "33", "20"],
    "CH": ["44", "22", "31", "61"],
    "AT": ["1", "316", "512", "662"],
    "BE": ["2", "3", "9", "4"],
    "IE": ["1", "21", "91", "61"],
    "AU": ["2", "3", "7", "8"],
}
MOBILE = {
    "US": ["415", "702", "971"],
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "160", "170", "171", "152", "157", "162"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["32", "33", "34", "36", "38"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "BR": ["199", "129", "519", "629", "819"],
    "IN": ["9", "8", "7"],
    "CH": ["79", "78", "76"],
    "AT": ["664", "650", "676", "699"],
    "BE": ["47", "48", "49"],
    "IE": ["83", "85", "86", "87"],
    "AU": ["4"],
}
FREE = {
    "US": ["800", "888", "877", "866", "855"],
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
FREE_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.UAN}

# towns with airfields, by region: (town, area code as dialled inside the country without trunk prefix)
AREAS = {
    "US": [
        ("Wichita", "316"),
        ("Oshkosh", "920"),
        ("Frederick", "301"),
        ("Bend", "541"),
        ("Lakeland", "863"),
        ("Sedona", "928"),
        ("Hillsboro", "503"),
        ("Fort Worth", "817"),
    ],
    "GB": [
        ("Cambridge", "1223"),
        ("Leeds", "113"),
        ("Exeter", "1392"),
        ("Norwich", "1603"),
        ("Cardiff", "29"),
        ("Gloucester", "1452"),
        ("Blackpool", "1253"),
        ("Edinburgh", "131"),
    ],
    "DE": [
        ("Augsburg", "821"),
        ("Paderborn", "5251"),
        ("Egelsbach", "6103"),
        ("Friedrichshafen", "7541"),
        ("Kassel", "561"),
        ("Bremen", "421"),
        ("Stuttgart", "711"),
        ("Koblenz", "261"),
    ],
    "NL": [
        ("Lelystad", "320"),
        ("Hilversum", "35"),
        ("Groningen", "50"),
        ("Eindhoven", "40"),
        ("Maastricht", "43"),
        ("Deventer", "570"),
        ("Zwolle", "38"),
        ("Haarlem", "23"),
    ],
    "BR": [
        ("Campinas", "19"),
        ("São José dos Campos", "12"),
        ("Porto Alegre", "51"),
        ("Goiânia", "62"),
        ("Recife", "81"),
        ("Florianópolis", "48"),
        ("Londrina", "43"),
        ("Manaus", "92"),
    ],
    "IN": [
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Pune", "20"),
        ("Kolkata", "33"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Ahmedabad", "79"),
        ("Kochi", "484"),
    ],
}
NSN_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11, 9],
    "FR": [9],
    "ES": [9],
    "IT": [10],
    "NL": [9],
    "PT": [9],
    "BR": [10, 11],
    "IN": [10, 11],
    "CH": [9],
    "AT": [10, 11, 12, 9],
    "BE": [8, 9],
    "IE": [9, 8],
    "AU": [9],
}


def _draw(rng, region, prefixes, types, lens=None):
    for _ in range(2000):
        pre = rng.choice(prefixes)
        length = rng.choice(lens or NSN_LEN[region])
        rest = length - len(pre)
        if rest < 4:
            continue
        nsn = pre + str(rng.randint(2, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(rest - 1))
        num = pn.parse("+" + CC[region] + nsn)
        if (
            pn.is_valid_number(num)
            and pn.region_code_for_number(num) == region
            and pn.number_type(num) in types
        ):
            return num
    raise RuntimeError(f"no number for {region} {prefixes}")


def draw_fixed(rng, region):
    return _draw(rng, region, FIXED[region], {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE})


def draw_mobile(rng, region):
    return _draw(rng, region, MOBILE[region], {T.MOBILE, T.FIXED_LINE_OR_MOBILE})


def draw_free(rng, region):
    lens = {"GB": [10, 9], "DE": [10], "NL": [7, 10], "BR": [10], "IN": [11], "IT": [9]}.get(region)
    return _draw(rng, region, FREE[region], FREE_TYPES, lens)


def draw_local(rng, region, area):
    """A fixed line in the given area whose geographical area code is exactly `area`."""
    lens = {"US": [10], "GB": [10], "DE": [10, 11], "NL": [9], "BR": [10], "IN": [10]}[region]
    for _ in range(4000):
        rest = rng.choice(lens) - len(area)
        sub = str(rng.randint(2, 5 if region == "BR" else 9)) + "".join(
            str(rng.randint(0, 9)) for _ in range(rest - 1)
        )
        num = pn.parse("+" + CC[region] + area + sub)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        if pn.number_type(num) not in {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}:
            continue
        if pn.length_of_geographical_area_code(num) != len(area):
            continue
        return num, sub
    raise RuntimeError(f"no local number for {region} {area}")


def groups(text):
    return re.findall(r"\d+", text)


def nsn(num):
    return pn.national_significant_number(num)


def _nat_groups(num):
    return groups(pn.format_number(num, F.NATIONAL))


def _int_groups(num):
    return groups(pn.format_number(num, F.INTERNATIONAL))[1:]


# national habits per region (none of them in v52's list)
def write_national(rng, num, region):
    g = _nat_groups(num)
    n = nsn(num)
    if region == "US":
        a, b, c = n[:3], n[3:6], n[6:]
        return rng.choice([f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"({a}){b}-{c}", f"1.{a}.{b}.{c}"])
    if region == "GB":
        return rng.choice(["-".join(g), "0" + n, g[0] + " " + "".join(g[1:]) if len(g) > 2 else "-".join(g)])
    if region == "DE":
        return rng.choice(
            [
                " ".join([g[0], "".join(g[1:])]),
                g[0] + "-" + "".join(g[1:]),
                "(" + g[0] + ") " + "".join(g[1:]),
            ]
        )
    if region == "FR":
        pairs = ["0" + n[0]] + [n[i : i + 2] for i in range(1, 9, 2)]
        return rng.choice([" ".join(pairs), ".".join(pairs), "".join(pairs)])
    if region == "ES":
        return rng.choice([" ".join(g), n, f"{n[:3]}.{n[3:6]}.{n[6:]}"])
    if region == "IT":
        return rng.choice([" ".join(g), ".".join(g), n])
    if region == "NL":
        if n.startswith("6"):
            return rng.choice(
                ["06 " + " ".join(n[i : i + 2] for i in range(1, 9, 2)), "0" + n, "06 - " + n[1:]]
            )
        return rng.choice([" ".join(g), "(" + g[0] + ") " + "".join(g[1:]), g[0] + "/" + "".join(g[1:])])
    if region == "PT":
        return rng.choice([" ".join(g), n, f"{n[:3]}.{n[3:6]}.{n[6:]}"])
    if region == "BR":
        area, sub = n[:2], n[2:]
        return rng.choice(
            [
                f"({area}) {sub[:-4]}-{sub[-4:]}",
                f"{area} {sub[:-4]}.{sub[-4:]}",
                f"({area}) {sub[:-4]} {sub[-4:]}",
            ]
        )
    if region == "IN":
        if pn.number_type(num) == T.MOBILE:
            return rng.choice([f"{n[:5]} {n[5:]}", n, f"0{n[:5]}-{n[5:]}"])
        return rng.choice(["(" + g[0] + ") " + "".join(g[1:]), g[0] + " " + " ".join(g[1:]), "".join(g)])
    raise KeyError(region)


def write_free(rng, num, region):
    n = nsn(num)
    g = _nat_groups(num)
    if region == "US":
        a, b, c = n[:3], n[3:6], n[6:]
        return rng.choice([f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"1 {a} {b} {c}"])
    if region == "FR":
        return rng.choice(["08 " + " ".join(n[i : i + 2] for i in range(1, 9, 2)), "0" + n])
    if region == "IN":
        return rng.choice([f"{n[:4]} {n[4:7]} {n[7:]}".replace(" ", "-", 1), f"{n[:4]}{n[4:]}"])
    if region == "BR":
        return rng.choice(["0" + n[:3] + " " + n[3:6] + " " + n[6:], "0" + n])
    return rng.choice([" ".join(g), "-".join(g), "".join(g)])


def write_international(rng, num, region):
    cc = CC[region]
    g = _int_groups(num)
    n = nsn(num)
    styles = ["+" + cc + " " + " ".join(g), "+" + cc + "-" + "-".join(g), "+" + cc + n]
    if region in TRUNK and region != "IN":
        styles += ["+" + cc + " (0)" + " ".join(g), "+" + cc + " (0) " + " ".join(g)]
    if region == "US":
        a, b, c = n[:3], n[3:6], n[6:]
        styles = [f"+1-{a}-{b}-{c}", f"+1.{a}.{b}.{c}", f"+1{n}", f"+1 {a}-{b}-{c}"]
    if region == "FR":
        styles.append("+33 " + n[0] + " " + " ".join(n[i : i + 2] for i in range(1, 9, 2)))
    if region == "BR":
        styles = [
            f"+55 {n[:2]} {n[2:-4]}-{n[-4:]}",
            f"+55-{n[:2]}-{n[2:-4]}-{n[-4:]}",
            f"+55 ({n[:2]}) {n[2:]}",
        ]
    return rng.choice(styles)


def write_local(rng, region, sub):
    """Subscriber-only forms (v87 habits)."""
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", sub, f"{sub[:3]} - {sub[3:]}"])
    if region == "GB":
        if len(sub) == 8:
            return rng.choice([f"{sub[:4]}-{sub[4:]}", sub, f"{sub[:4]} {sub[4:]}"])
        if len(sub) == 7:
            return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}", sub])
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"])
    if region == "DE":
        if len(sub) % 2 == 0:
            return rng.choice(
                [
                    sub,
                    "-".join(sub[i : i + 2] for i in range(0, len(sub), 2)),
                    f"{sub[: len(sub) // 2]} {sub[len(sub) // 2 :]}",
                ]
            )
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}", f"{sub[:1]} {sub[1:]}"])
    if region == "NL":
        if len(sub) == 7:
            return rng.choice([f"{sub[:3]} {sub[3:]}", sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
        return rng.choice([f"{sub[:3]} {sub[3:]}", sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]} - {sub[4:]}"])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([sub, f"{sub[:4]}-{sub[4:]}", f"{sub[:2]} {sub[2:5]} {sub[5:]}"])
        return rng.choice([sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:2]} {sub[2:]}"])
    raise KeyError(region)


def put_back(region, area, text):
    """Local form with its area code and trunk prefix put back, as a dialable national string."""
    digits = "".join(groups(text))
    trunk = {"US": "", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}[region]
    return trunk + area + digits


def parses_to(text, region, e164, area=None):
    s = put_back(region, area, text) if area is not None else text
    try:
        num = pn.parse(s, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, F.E164) == e164


def e164(num):
    return pn.format_number(num, F.E164)


def phone_value(rng, region, kind, mode):
    """Draw and write one phone; kind in fixed/mobile/free; mode international/national/list-entry/other."""
    for _ in range(50):
        num = {"fixed": draw_fixed, "mobile": draw_mobile, "free": draw_free}[kind](rng, region)
        if mode == "international":
            text = write_international(rng, num, region)
        elif kind == "free":
            text = write_free(rng, num, region)
        else:
            text = write_national(rng, num, region)
        if parses_to(text, region, e164(num)):
            return {
                "kind": "PHONE",
                "mode": mode,
                "text": text,
                "region": region,
                "e164": e164(num),
                "area_len": None,
            }
    raise RuntimeError(f"cannot write {region} {kind} {mode}")
