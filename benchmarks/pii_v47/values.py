"""Numbers and other values for the v47 held-out set: phones (phonenumbers only), cards, IBANs, SSNs, IPs."""

import ipaddress
import re

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from stdnum import iban as stdiban
from stdnum import luhn

# towns per region: (area code without trunk prefix, town); local regions use codes whose length equals
# phonenumbers' geographic area-code length (checked when a number is drawn)
AREAS = {
    "US": [
        ("402", "Omaha"),
        ("503", "Portland"),
        ("614", "Columbus"),
        ("919", "Raleigh"),
        ("512", "Austin"),
        ("608", "Madison"),
        ("804", "Richmond"),
        ("505", "Albuquerque"),
        ("615", "Nashville"),
        ("801", "Salt Lake City"),
    ],
    "GB": [
        ("113", "Leeds"),
        ("117", "Bristol"),
        ("114", "Sheffield"),
        ("1603", "Norwich"),
        ("1223", "Cambridge"),
        ("1865", "Oxford"),
        ("1904", "York"),
        ("131", "Edinburgh"),
        ("1752", "Plymouth"),
        ("115", "Nottingham"),
    ],
    "DE": [
        ("30", "Berlin"),
        ("40", "Hamburg"),
        ("221", "Köln"),
        ("511", "Hannover"),
        ("351", "Dresden"),
        ("761", "Freiburg"),
        ("911", "Nürnberg"),
        ("6221", "Heidelberg"),
        ("421", "Bremen"),
        ("341", "Leipzig"),
    ],
    "NL": [
        ("20", "Amsterdam"),
        ("10", "Rotterdam"),
        ("30", "Utrecht"),
        ("50", "Groningen"),
        ("40", "Eindhoven"),
        ("71", "Leiden"),
        ("24", "Nijmegen"),
        ("58", "Leeuwarden"),
        ("43", "Maastricht"),
        ("53", "Enschede"),
    ],
    "BR": [
        ("11", "São Paulo"),
        ("21", "Rio de Janeiro"),
        ("31", "Belo Horizonte"),
        ("41", "Curitiba"),
        ("51", "Porto Alegre"),
        ("61", "Brasília"),
        ("81", "Recife"),
        ("48", "Florianópolis"),
        ("27", "Vitória"),
        ("92", "Manaus"),
    ],
    "IN": [
        ("11", "Delhi"),
        ("22", "Mumbai"),
        ("80", "Bengaluru"),
        ("40", "Hyderabad"),
        ("20", "Pune"),
        ("44", "Chennai"),
        ("33", "Kolkata"),
        ("79", "Ahmedabad"),
        ("141", "Jaipur"),
        ("484", "Kochi"),
    ],
    "FR": [("1", "Paris"), ("4", "Lyon"), ("5", "Bordeaux"), ("3", "Lille"), ("2", "Nantes")],
    "ES": [
        ("91", "Madrid"),
        ("93", "Barcelona"),
        ("96", "Valencia"),
        ("954", "Sevilla"),
        ("976", "Zaragoza"),
    ],
    "IT": [("06", "Roma"), ("02", "Milano"), ("011", "Torino"), ("055", "Firenze"), ("081", "Napoli")],
    "PT": [("21", "Lisboa"), ("22", "Porto"), ("239", "Coimbra"), ("253", "Braga"), ("289", "Faro")],
    "AT": [("1", "Wien"), ("316", "Graz"), ("662", "Salzburg"), ("512", "Innsbruck"), ("732", "Linz")],
    "CH": [("44", "Zürich"), ("22", "Genève"), ("31", "Bern"), ("61", "Basel"), ("21", "Lausanne")],
    "BE": [("2", "Bruxelles"), ("3", "Antwerpen"), ("9", "Gent"), ("4", "Liège"), ("16", "Leuven")],
    "AU": [("2", "Sydney"), ("3", "Melbourne"), ("7", "Brisbane"), ("8", "Perth")],
    "IE": [("1", "Dublin"), ("21", "Cork"), ("91", "Galway"), ("61", "Limerick")],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
MOBILE_PREFIX = {
    "US": ["312", "646", "213", "415"],
    "GB": ["74", "75", "77", "78", "79"],
    "DE": ["151", "160", "170", "176", "157"],
    "FR": ["6", "7"],
    "ES": ["6", "7"],
    "IT": ["3"],
    "NL": ["6"],
    "PT": ["91", "92", "93", "96"],
    "BR": ["119", "219", "319", "419", "719"],
    "IN": ["98", "97", "91", "88", "70"],
    "AT": ["664", "676", "699"],
    "CH": ["76", "77", "78", "79"],
    "BE": ["47", "48", "49"],
    "AU": ["4"],
    "IE": ["83", "85", "86", "87"],
}
SERVICE_PREFIX = {
    "US": ["800", "888", "877"],
    "GB": ["800", "808", "345"],
    "DE": ["800", "180"],
    "FR": ["800", "805", "809"],
    "ES": ["900", "901", "902"],
    "IT": ["800", "803"],
    "NL": ["800"],
    "PT": ["800", "808"],
    "BR": ["800"],
    "IN": ["1800"],
    "AT": ["800", "810"],
    "CH": ["800", "840"],
    "BE": ["800"],
    "AU": ["1800", "1300"],
    "IE": ["1800", "1850"],
}
SERVICE_TYPES = (T.TOLL_FREE, T.SHARED_COST)


def _fill(rng, prefix, total):
    return prefix + "".join(rng.choice("0123456789") for _ in range(total - len(prefix)))


FIXED_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10, 11],
    "FR": [9],
    "ES": [9],
    "IT": [10],
    "NL": [9],
    "PT": [9],
    "BR": [10],
    "IN": [10],
    "AT": [8, 9, 10],
    "CH": [9],
    "BE": [8],
    "AU": [9],
    "IE": [8, 9],
}


def _lengths(region, kinds):
    if kinds == "fixed":
        return FIXED_LEN[region]
    out = set()
    for t in kinds:
        ex = pn.example_number_for_type(region, t)
        if ex is not None:
            out.add(len(pn.national_significant_number(ex)))
    if region == "DE" and T.MOBILE in kinds:
        out.update({10, 11})
    return sorted(out)


def draw_fixed(rng, region, area=None):
    """A valid fixed line (area, town, number) of region; for local regions area length checked."""
    areas = AREAS[region]
    for _ in range(4000):
        code, town = area or rng.choice(areas)
        n_len = len(code) + 7 if region == "IE" else rng.choice(_lengths(region, "fixed"))
        if n_len <= len(code) + 4:
            continue
        nsn = _fill(rng, code, n_len)
        if nsn[len(code)] in "01":
            continue
        num = _check(region, nsn, (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE))
        if num is None:
            continue
        if region in LOCAL_REGIONS and pn.length_of_geographical_area_code(num) != len(code.lstrip("0")):
            continue
        return code, town, num
    raise RuntimeError(f"no fixed line for {region}")


def draw_mobile(rng, region):
    for _ in range(4000):
        nsn = _fill(rng, rng.choice(MOBILE_PREFIX[region]), rng.choice(_lengths(region, (T.MOBILE,))))
        num = _check(region, nsn, (T.MOBILE, T.FIXED_LINE_OR_MOBILE))
        if num is not None:
            return num
    raise RuntimeError(f"no mobile for {region}")


def draw_service(rng, region):
    for _ in range(6000):
        nsn = _fill(rng, rng.choice(SERVICE_PREFIX[region]), rng.choice(_lengths(region, SERVICE_TYPES)))
        num = _check(region, nsn, SERVICE_TYPES)
        if num is not None:
            return num
    raise RuntimeError(f"no service number for {region}")


def _check(region, nsn, types):
    try:
        num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
    except pn.NumberParseException:
        return None
    if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
        return None
    if pn.number_type(num) not in types or pn.national_significant_number(num) != nsn:
        return None
    return num


def e164(num):
    return pn.format_number(num, F.E164)


def parses_to(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(got) and e164(got) == e164(num)


def _groups(num, fmt):
    return re.findall(r"\d+", pn.format_number(num, fmt))


def habits(num, region, intl_only):
    """Candidate written forms (fresh habits first), each parsed back before use."""
    cc = str(num.country_code)
    nat = _groups(num, F.NATIONAL)
    intl = _groups(num, F.INTERNATIONAL)[1:]
    tail = " ".join(intl)
    mob = pn.number_type(num) == T.MOBILE
    if pn.number_type(num) in SERVICE_TYPES:
        if intl_only:
            return [pn.format_number(num, F.INTERNATIONAL)]
        return [pn.format_number(num, F.NATIONAL), pn.format_number(num, F.INTERNATIONAL)]
    out = []
    if nat and nat[0].startswith("0") and region not in ("IT",):
        # '+CC (0)area ...': the trunk zero kept in brackets, common in GB, DE, NL, AT, CH, IE, AU
        out.append(f"+{cc} (0){nat[0][1:]} {' '.join(nat[1:])}".strip())
    if region in ("ES", "PT", "IT", "FR", "BE", "CH"):
        out.append(f"(+{cc}) {tail}")
    if region in ("IE", "AU", "AT"):
        out.append(f"+{cc}-" + "-".join(intl))
    if intl_only:
        return out + [pn.format_number(num, F.INTERNATIONAL)]
    n = pn.national_significant_number(num)
    if region == "US":
        out += [f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]}/{n[3:6]}-{n[6:]}", f"+1 ({n[:3]}) {n[3:6]}-{n[6:]}"]
    elif region == "GB":
        out += ["-".join([nat[0], "".join(nat[1:])])] if mob else [f"({nat[0]}) {' '.join(nat[1:])}"]
    elif region == "DE":
        out += [f"{nat[0]}/{''.join(nat[1:])}", f"{nat[0]} / {' '.join(nat[1:])}"]
    elif region == "FR":
        out += ["-".join(nat)]
    elif region == "ES":
        out += [f"{n[:3]}-{n[3:6]}-{n[6:]}", f"{n[:3]}.{n[3:5]}.{n[5:7]}.{n[7:]}"]
    elif region == "IT":
        out += [f"{nat[0]}.{''.join(nat[1:])}", f"+39 {n}"]
    elif region == "NL":
        out += [f"{nat[0]} - {''.join(nat[1:])}"] if mob else [f"({nat[0]}) {' '.join(nat[1:])}"]
    elif region == "PT":
        out += [f"+351 {n[:3]}-{n[3:6]}-{n[6:]}"]
    elif region == "BR":
        if mob:
            out += [f"({n[:2]}) {n[2]} {n[3:7]}-{n[7:]}", f"+55 {n[:2]} {n[2]} {n[3:7]}-{n[7:]}"]
        else:
            out += [
                f"(0{n[:2]}) {n[2:6]}-{n[6:]}",
                f"0{n[:2]} {n[2:6]} {n[6:]}",
                f"+55 {n[:2]} {n[2:6]}-{n[6:]}",
            ]
    elif region == "IN":
        if mob:
            out += [f"{n[:5]}-{n[5:]}", f"0{n[:5]}-{n[5:]}"]
        else:
            out += [f"({nat[0]}) {''.join(nat[1:])}", f"+91 {nat[0][1:]} {' '.join(nat[1:])}"]
    return out + [pn.format_number(num, F.NATIONAL), pn.format_number(num, F.INTERNATIONAL)]


def write(rng, num, region, intl_only=False):
    forms = [f for f in habits(num, region, intl_only) if parses_to(f, region, num)]
    if not forms:
        return pn.format_number(num, F.INTERNATIONAL)
    return rng.choice(forms)


def local_form(rng, num, area):
    """Subscriber part only, written as people in that country do (forms new to v47)."""
    sub = pn.national_significant_number(num)[len(area.lstrip("0")) :]
    region = pn.region_code_for_number(num)
    if region == "US":
        opts = [f"{sub[:3]} {sub[3:]}"]
    elif region == "GB":
        opts = [f"{sub[:3]} {sub[3:]}"] if len(sub) in (6, 7) else [f"{sub[:4]} {sub[4:]}"]
    elif region == "DE":
        opts = [sub, f"{sub[:3]} {sub[3:]}"] if len(sub) % 2 == 0 and len(sub) < 8 else [sub]
        if len(sub) == 8:
            opts.append(f"{sub[:4]} {sub[4:]}")
    elif region == "NL":
        opts = [sub, f"{sub[:3]} {sub[3:]}"]
    elif region == "BR":
        opts = [f"{sub[:4]}-{sub[4:]}", f"{sub[:4]}.{sub[4:]}"]
    else:  # IN
        opts = [sub] + ([f"{sub[:4]}-{sub[4:]}"] if len(sub) == 8 else [])
    return rng.choice(opts)


def phone_value(num, text, mode, area_len=None):
    if area_len is None:
        area_len = pn.length_of_geographical_area_code(num)
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": pn.region_code_for_number(num),
        "e164": e164(num),
        "area_len": area_len,
    }


# ---------------------------------------------------------------- cards, IBANs, SSNs, IPs

CARD_PREFIX = [("4", 16), ("51", 16), ("55", 16), ("2221", 16), ("34", 15), ("37", 15), ("6011", 16)]


def card(rng):
    pre, length = rng.choice(CARD_PREFIX)
    body = _fill(rng, pre, length - 1)
    digits = body + luhn.calc_check_digit(body)
    style = rng.choice(["spaced", "dashed", "solid"])
    if length == 15:
        parts = [digits[:4], digits[4:10], digits[10:]]
    else:
        parts = [digits[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(parts), "dashed": "-".join(parts), "solid": digits}[style]
    return {"kind": "CREDIT_CARD", "mode": style, "text": text}


BBAN = {
    "DE": "n18",
    "FR": "n23",
    "ES": "n20",
    "IT": "L1n22",
    "PT": "n21",
    "AT": "n16",
    "CH": "n17",
    "BE": "n12",
    "NL": "L4n10",
    "GB": "L4n14",
    "IE": "L4n14",
}


def iban(rng, country):
    spec = BBAN[country]
    for _ in range(20000):
        bban = ""
        for kind, cnt in re.findall(r"([Ln])(\d+)", spec):
            pool = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" if kind == "L" else "0123456789"
            bban += "".join(rng.choice(pool) for _ in range(int(cnt)))
        num = int("".join(str(int(ch, 36)) for ch in bban + country + "00"))
        cand = f"{country}{98 - num % 97:02d}{bban}"
        if stdiban.is_valid(cand):
            break
    else:
        raise RuntimeError(country)
    if rng.random() < 0.5:
        return {
            "kind": "IBAN",
            "mode": "print",
            "text": " ".join(cand[i : i + 4] for i in range(0, len(cand), 4)),
        }
    return {"kind": "IBAN", "mode": "electronic", "text": cand}


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666:
            break
    if rng.random() < 0.5:
        return {"kind": "US_SSN", "mode": "dashed", "text": f"{a:03d}-{g:02d}-{s:04d}"}
    return {"kind": "US_SSN", "mode": "spaced", "text": f"{a:03d} {g:02d} {s:04d}"}


def ip(rng, mode):
    if mode == "v4-private":
        txt = rng.choice(
            [
                f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                f"192.168.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 250)}",
            ]
        )
    elif mode == "v4":
        while True:
            txt = ".".join(
                str(x)
                for x in (rng.randint(11, 223), rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))
            )
            if ipaddress.ip_address(txt).is_global:
                break
    else:
        groups = [
            "2a02",
            f"{rng.randint(0x100, 0xFFFF):x}",
            f"{rng.randint(0x10, 0xFFFF):x}",
            f"{rng.randint(0, 0xFFF):x}",
        ]
        txt = ":".join(groups) + "::" + f"{rng.randint(1, 0xFFFF):x}"
    return {"kind": "IP_ADDRESS", "mode": mode, "text": txt}
