"""Phone numbers (drawn, formatted, parsed back), cards, IBANs, SSNs and IPs for v88."""

import ipaddress
import random

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "NL": "31",
    "BR": "55",
    "IN": "91",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "PT": "351",
    "CH": "41",
    "AT": "43",
    "BE": "32",
    "IE": "353",
    "AU": "61",
}

# towns with local calling, for the six local regions: town -> (area code, subscriber length)
AREAS = {
    "US": {
        "Asheville": ("828", 7),
        "Santa Fe": ("505", 7),
        "Savannah": ("912", 7),
        "Burlington": ("802", 7),
        "Sedona": ("928", 7),
        "Missoula": ("406", 7),
        "Ann Arbor": ("734", 7),
        "Eugene": ("541", 7),
    },
    "GB": {
        "Brighton": ("1273", 6),
        "Bath": ("1225", 6),
        "Norwich": ("1603", 6),
        "York": ("1904", 6),
        "Exeter": ("1392", 6),
        "St Ives": ("1736", 6),
        "Edinburgh": ("131", 7),
        "Leeds": ("113", 7),
    },
    "DE": {
        "Leipzig": ("341", 7),
        "Dresden": ("351", 7),
        "Weimar": ("3643", 6),
        "Nürnberg": ("911", 7),
        "Bamberg": ("951", 7),
        "Kassel": ("561", 7),
        "Lübeck": ("451", 7),
        "Regensburg": ("941", 7),
    },
    "NL": {
        "Haarlem": ("23", 7),
        "Groningen": ("50", 7),
        "Delft": ("15", 7),
        "Maastricht": ("43", 7),
        "Zwolle": ("38", 7),
        "Arnhem": ("26", 7),
        "Den Bosch": ("73", 7),
    },
    "BR": {
        "Florianópolis": ("48", 8),
        "Recife": ("81", 8),
        "Porto Alegre": ("51", 8),
        "Manaus": ("92", 8),
        "Goiânia": ("62", 8),
        "Belo Horizonte": ("31", 8),
        "Natal": ("84", 8),
    },
    "IN": {
        "Jaipur": ("141", 7),
        "Kolkata": ("33", 8),
        "Pune": ("20", 8),
        "Ahmedabad": ("79", 8),
        "Lucknow": ("522", 7),
        "Kochi": ("484", 7),
        "Mysuru": ("821", 7),
    },
}

# national significant number: (prefixes, total length) per region and line type
PLAN = {
    "US": {
        "fixed": (["212", "415", "617", "303", "206", "512", "828", "505", "802"], 10),
        "mobile": (["646", "917", "310", "720"], 10),
        "free": (["800", "888", "877", "866"], 10),
    },
    "GB": {
        "fixed": (["1273", "1225", "1603", "1904", "1392", "2920", "131", "113", "207", "208"], 10),
        "mobile": (["73", "74", "75", "77", "78", "79"], 10),
        "free": (["800", "808", "345", "330"], 10),
    },
    "DE": {
        "fixed": (["341", "351", "911", "951", "561", "451", "30", "40", "89", "221"], 10),
        "mobile": (["151", "152", "160", "170", "171", "175", "176", "177", "178", "179"], 11),
        "free": (["800"], 10),
    },
    "NL": {
        "fixed": (["23", "50", "15", "43", "38", "26", "73", "20", "10", "30"], 9),
        "mobile": (["61", "62", "63", "64", "65"], 9),
        "free": (["800"], 9),
    },
    "BR": {
        "fixed": (["482", "813", "513", "923", "623", "313", "113", "213"], 10),
        "mobile": (["489", "819", "519", "119", "219", "319"], 11),
        "free": (["800"], 10),
    },
    "IN": {
        "fixed": (["1412", "332", "202", "222", "792", "5222", "4842", "8212", "112", "442"], 10),
        "mobile": (["98", "97", "96", "94", "93", "90", "88", "70"], 10),
        "free": (["1800"], 11),
    },
    "FR": {"fixed": (["1", "2", "3", "4", "5"], 9), "mobile": (["6", "7"], 9), "free": (["80"], 9)},
    "ES": {"fixed": (["91", "93", "95", "96", "98"], 9), "mobile": (["6"], 9), "free": (["900"], 9)},
    "IT": {
        "fixed": (["06", "02", "055", "081", "0577", "041"], 10),
        "mobile": (["33", "34", "32"], 10),
        "free": (["800"], 9),
    },
    "PT": {"fixed": (["21", "22"], 9), "mobile": (["91", "92", "93", "96"], 9), "free": (["800"], 9)},
    "CH": {"fixed": (["44", "31", "61", "22", "21"], 9), "mobile": (["76", "77", "78", "79"], 9)},
    "AT": {"fixed": (["1", "662", "316", "512"], 9), "mobile": (["664", "650", "660", "676", "699"], 10)},
    "BE": {"fixed": (["2", "3", "9"], 8), "mobile": (["47", "48", "49"], 9)},
    "IE": {"fixed": (["1", "21", "91"], 9), "mobile": (["83", "85", "86", "87", "89"], 9)},
    "AU": {"fixed": (["2", "3", "7", "8"], 9), "mobile": (["4"], 9)},
}
TYPES = {
    "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
    "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
    "free": (T.TOLL_FREE, T.SHARED_COST, T.UAN),
}


def _valid(nsn, region, kind):
    num = pn.parse("+" + CC[region] + nsn)
    return (
        pn.is_valid_number(num)
        and pn.region_code_for_number(num) == region
        and (pn.number_type(num) in TYPES[kind])
    )


def draw_nsn(rng, region, kind):
    prefixes, length = PLAN[region][kind]
    for _ in range(5000):
        pre = rng.choice(prefixes)
        nsn = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre)))
        if nsn[len(pre)] == "0" and kind != "free":
            continue
        if _valid(nsn, region, kind):
            return nsn
    raise RuntimeError((region, kind))


def draw_local(rng, region, area, sublen):
    for _ in range(5000):
        sub = rng.choice("2345678") + "".join(rng.choice("0123456789") for _ in range(sublen - 1))
        if _valid(area + sub, region, "fixed"):
            num = pn.parse("+" + CC[region] + area + sub)
            assert pn.length_of_geographical_area_code(num) == len(area), (region, area)
            return sub
    raise RuntimeError((region, area))


def put_back(sub, region, area):
    """Dial a subscriber number as a caller from elsewhere in the country would."""
    trunk = {"US": "1", "BR": "0"}.get(region, "0")
    if region == "BR":
        return pn.parse("0" + area + sub.replace(".", ""), region)
    return pn.parse(trunk + area + "".join(c for c in sub if c.isdigit()), region)


def pairs_right(s):
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    return " ".join([s] + out)


def local_form(rng, region, sub):
    n = len(sub)
    opts = {
        "US": [f"{sub[:3]}.{sub[3:]}", sub],
        "GB": (
            [f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"]
            if n == 6
            else [f"{sub[:3]}-{sub[3:]}"]
        ),
        "DE": [
            pairs_right(sub),
            sub,
            f"{sub[:3]} {sub[3:5]} {sub[5:]}" if n == 7 else f"{sub[:3]} {sub[3:]}",
        ],
        "NL": [f"{sub[:3]} {sub[3:5]} {sub[5:]}", sub],
        "BR": [f"{sub[:4]}.{sub[4:]}", sub],
        "IN": [sub, f"{sub[:3]}-{sub[3:]}" if n == 7 else f"{sub[:4]}-{sub[4:]}"],
    }[region]
    return rng.choice(opts)


def _intl0(num):
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    cc, rest = intl.split(" ", 1)
    return f"{cc} (0){rest}"


def written(rng, region, nsn, kind, mode):
    """One real-world way of writing the number; mode 'international' or 'national'."""
    num = pn.parse("+" + CC[region] + nsn)
    intl = pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    c = "+" + CC[region]
    a, b, d = nsn[:3], nsn[3:6], nsn[6:]
    if region == "US":
        if mode == "international":
            return rng.choice([f"+1-{a}-{b}-{d}", f"+1.{a}.{b}.{d}", f"+1{nsn}"])
        return rng.choice([f"{a}.{b}.{d}", f"({a}){b}-{d}", f"{a}-{b}-{d}", f"1.{a}.{b}.{d}"])
    if mode == "international":
        opts = [intl]
        if region in ("GB", "DE", "NL", "FR", "CH", "AT", "BE", "IE", "AU"):
            opts.append(_intl0(num))
        if region == "BR":
            opts = [f"{c} {nsn[:2]} {nsn[2:-4]}-{nsn[-4:]}", f"{c} {nsn[:2]} {nsn[2:-4]} {nsn[-4:]}"]
        if region == "IN" and kind == "mobile":
            opts = [f"+91 {nsn[:5]} {nsn[5:]}", f"+91{nsn}"]
        if region == "ES":
            opts.append(f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}")
        return rng.choice(opts)
    opts = [nat]
    if region == "GB":
        if nsn.startswith("20"):
            opts.append(f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}")
        elif kind == "mobile":
            opts.append(f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}")
        elif nsn[:2] in ("12", "13", "14", "15", "16", "17", "18", "19") and nsn[2] != "1":
            opts += [f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}", f"0{nsn[:4]}-{nsn[4:]}"]
    elif region == "DE":
        pre = next(p for p in PLAN["DE"][kind][0] if nsn.startswith(p))
        opts += [f"0{pre}-{nsn[len(pre) :]}", f"(0{pre}) {pairs_right(nsn[len(pre) :])}"]
    elif region == "NL":
        if kind == "mobile":
            opts = [f"06 {nsn[1:4]} {nsn[4:7]} {nsn[7:]}", f"06-{nsn[1:4]} {nsn[4:7]} {nsn[7:]}"]
        else:
            opts += [f"(0{nsn[:2]}) {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}"]
    elif region == "BR":
        opts = (
            [f"({nsn[:2]}) {nsn[2:7]}-{nsn[7:]}", f"{nsn[:2]} {nsn[2:7]}-{nsn[7:]}"]
            if kind == "mobile"
            else [f"({nsn[:2]}) {nsn[2:6]}.{nsn[6:]}", f"{nsn[:2]} {nsn[2:]}"]
        )
    elif region == "IN":
        if kind == "mobile":
            opts = [f"{nsn[:5]}-{nsn[5:]}", f"0{nsn}", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        else:
            al = 3 if nsn[:3] in ("141", "522", "484", "821") else 2
            opts = [f"0{nsn[:al]}-{nsn[al:]}", f"(0{nsn[:al]}) {nsn[al : al + 3]} {nsn[al + 3 :]}"]
    elif region == "FR":
        opts += [nat.replace(" ", "."), "0" + nsn]
    elif region == "ES":
        opts += [f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", nsn]
    elif region == "IT" and kind == "fixed":
        pre = next(p for p in PLAN["IT"]["fixed"][0] if nsn.startswith(p))
        opts.append(f"{pre}.{nsn[len(pre) :]}")
    return rng.choice(opts)


def written_free(rng, region, nsn):
    num = pn.parse("+" + CC[region] + nsn)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    if region == "US":
        return rng.choice([f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", nat])
    if region == "FR":
        return rng.choice([nat, nat.replace(" ", ".")])
    if region == "IN":
        return rng.choice([nat, f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}"])
    return nat


def e164(region, nsn):
    return "+" + CC[region] + nsn


# ---- other kinds ----
def luhn_ok(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def card(rng):
    pre, length = rng.choice(
        [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15), ("6011", 16)]
    )
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    digits = next(body + d for d in "0123456789" if luhn_ok(body + d))
    mode = rng.choice(["spaced", "solid", "dashed"])
    if mode == "solid":
        return digits, mode
    sep = " " if mode == "spaced" else "-"
    if length == 15:
        return sep.join([digits[:4], digits[4:10], digits[10:]]), mode
    return sep.join(digits[i : i + 4] for i in range(0, 16, 4)), mode


BBAN = {
    "DE": "18n",
    "FR": "23n",
    "ES": "20n",
    "IT": "1a22n",
    "NL": "4b10n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "IE": "4b14n",
    "GB": "4b14n",
}
BANKS = {
    "NL": ["ABNA", "INGB", "RABO", "TRIO", "SNSB"],
    "IE": ["AIBK", "BOFI"],
    "GB": ["NWBK", "BARC", "LOYD"],
}


def iban(rng, country):
    for _ in range(20000):
        spec = BBAN[country]
        if spec.startswith("4b"):
            bban = rng.choice(BANKS[country]) + "".join(
                rng.choice("0123456789") for _ in range(int(spec[2:-1]))
            )
        elif spec.startswith("1a"):
            bban = rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "".join(
                rng.choice("0123456789") for _ in range(22)
            )
        else:
            bban = "".join(rng.choice("0123456789") for _ in range(int(spec[:-1])))
        conv = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        code = country + f"{98 - int(conv) % 97:02d}" + bban
        if std_iban.is_valid(code):
            mode = rng.choice(["print", "print", "electronic"])
            if mode == "print":
                return " ".join(code[i : i + 4] for i in range(0, len(code), 4)), mode
            return code, mode
    raise RuntimeError(country)


def ssn_ok(s):
    d = "".join(c for c in s if c.isdigit())
    a, g, n = d[:3], d[3:5], d[5:]
    return len(d) == 9 and a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def ssn(rng):
    while True:
        a, g, n = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a == 666:
            continue
        mode = rng.choice(["dashed", "spaced"])
        sep = "-" if mode == "dashed" else " "
        return f"{a:03d}{sep}{g:02d}{sep}{n:04d}", mode


def ip(rng):
    mode = rng.choice(["v4", "v4-private", "v6"])
    if mode == "v4-private":
        return rng.choice(
            [
                f"192.168.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                f"10.{rng.randint(0, 254)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
                f"172.{rng.randint(16, 31)}.{rng.randint(0, 254)}.{rng.randint(2, 254)}",
            ]
        ), mode
    if mode == "v4":
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x0B000000, 0xDF000000))
            if a.is_global:
                return str(a), mode
    groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8)]
    groups[0] = rng.choice(["2a01", "2001", "2a02", "2600", "2a00", "2804"])
    if rng.random() < 0.5:
        return ":".join(groups[:4]) + "::" + ":".join(groups[6:]), mode
    return ":".join(groups), mode


def rnd():
    return random.Random()
