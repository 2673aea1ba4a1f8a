"""Phone numbers for v118: drawn at random, kept when valid and of the wanted type, written in new habits."""

import random

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)

# national prefixes to draw from: (fixed-line prefixes, mobile prefixes, toll-free prefixes)
PREFIXES = {
    "US": (["505", "937", "559", "218", "912", "253", "806", "802"], [], ["800", "888", "877", "866"]),
    "GB": (["113", "114", "115", "29", "1603", "1904", "1392"], ["74", "75", "78", "79"], ["800", "808"]),
    "DE": (["561", "731", "931", "521", "941", "331", "451"], ["151", "160", "172", "176"], ["800"]),
    "NL": (["50", "38", "24", "53", "43", "23", "26"], ["6"], ["800"]),
    "BR": (["19", "81", "92", "48", "62", "84"], ["11", "21", "48"], ["800"]),
    "IN": (["20", "141", "522", "484", "731", "422", "79"], ["98", "97", "94", "70"], ["1800"]),
    "FR": (["1", "2", "3", "4", "5"], ["6", "7"], ["800", "805"]),
    "ES": (["91", "93", "954", "96", "98"], ["6"], ["900"]),
    "IT": (["06", "02", "011", "055", "081"], ["33", "34", "32"], ["800"]),
    "PT": (["21", "22", "239", "253"], ["91", "92", "93", "96"], ["800"]),
    "CH": (["44", "31", "61", "21"], ["76", "78", "79"], ["800"]),
    "AT": (["1", "316", "512", "662"], ["664", "676", "699"], ["800"]),
    "BE": (["2", "3", "9", "4"], ["470", "475", "486", "495"], ["800"]),
    "IE": (["1", "21", "91"], ["83", "85", "86", "87"], ["1800"]),
    "AU": (["2", "3", "7", "8"], ["4"], ["1800"]),
}
NSN_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [9, 10],
    "NL": [9],
    "BR": [10],
    "IN": [10],
    "FR": [9],
    "ES": [9],
    "IT": [9, 10],
    "PT": [9],
    "CH": [9],
    "AT": [9, 10, 11],
    "BE": [8, 9],
    "IE": [9],
    "AU": [9],
}
MOBILE_LEN = {"BR": [11], "DE": [11], "AT": [10, 11], "IT": [10], "GB": [10], "BE": [9], "IE": [9]}
TOLL_LEN = {
    "US": [10],
    "GB": [10],
    "DE": [10],
    "NL": [7],
    "BR": [10],
    "IN": [11],
    "FR": [9],
    "ES": [9],
    "IT": [9],
    "PT": [9],
    "CH": [9],
    "AT": [9, 10],
    "BE": [8],
    "IE": [10],
    "AU": [10],
}
TRUNK = {"US": "", "BR": "", "IT": ""}  # others use 0; India's toll-free is written without it

# towns for announced local numbers: region -> [(town, national area code)]
AREAS = {
    "US": [
        ("Albuquerque", "505"),
        ("Dayton", "937"),
        ("Fresno", "559"),
        ("Duluth", "218"),
        ("Savannah", "912"),
        ("Tacoma", "253"),
        ("Lubbock", "806"),
        ("Burlington", "802"),
    ],
    "GB": [
        ("Leeds", "113"),
        ("Sheffield", "114"),
        ("Nottingham", "115"),
        ("Cardiff", "29"),
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
        ("Potsdam", "331"),
        ("Lübeck", "451"),
    ],
    "NL": [
        ("Groningen", "50"),
        ("Zwolle", "38"),
        ("Nijmegen", "24"),
        ("Enschede", "53"),
        ("Maastricht", "43"),
        ("Haarlem", "23"),
        ("Arnhem", "26"),
    ],
    "BR": [
        ("Campinas", "19"),
        ("Recife", "81"),
        ("Manaus", "92"),
        ("Florianópolis", "48"),
        ("Goiânia", "62"),
        ("Natal", "84"),
    ],
    "IN": [
        ("Pune", "20"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Indore", "731"),
        ("Coimbatore", "422"),
        ("Ahmedabad", "79"),
    ],
}


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)


def draw(rng: random.Random, region: str, kind: str, prefix: str | None = None):
    """A valid number of the region: kind fixed, mobile or toll."""
    fixed, mobile, toll = PREFIXES[region]
    for _ in range(5000):
        if kind == "fixed":
            pre, lens, want = prefix or rng.choice(fixed), NSN_LEN[region], FIXED
        elif kind == "mobile":
            pre, lens, want = rng.choice(mobile or fixed), MOBILE_LEN.get(region, NSN_LEN[region]), MOBILE
        else:
            pre, lens, want = rng.choice(toll), TOLL_LEN[region], (T.TOLL_FREE,)
        n = rng.choice(lens)
        first = "" if kind != "fixed" or region in ("IT",) else str(rng.randint(2, 9))
        body = pre + first
        body += "".join(str(rng.randint(0, 9)) for _ in range(n - len(body)))
        cc = pn.country_code_for_region(region)
        try:
            num = pn.parse("+%d%s" % (cc, body), None)
        except pn.NumberParseException:
            continue
        if pn.is_valid_number(num) and pn.region_code_for_number(num) == region:
            if pn.number_type(num) in want:
                if kind == "fixed" and prefix and pn.length_of_geographical_area_code(num) != len(prefix):
                    continue
                return num
    raise RuntimeError("no number for %s %s" % (region, kind))


def nsn(num) -> str:
    return pn.national_significant_number(num)


def _g(s: str, sizes) -> str:
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return " ".join(x for x in out if x)


def pairs(s: str) -> str:
    """Pairs from the right, a lone digit in front for odd lengths."""
    head = s[: len(s) % 2]
    rest = [s[i : i + 2] for i in range(len(s) % 2, len(s), 2)]
    return " ".join(([head] if head else []) + rest)


def grp(s: str) -> str:
    """Swiss, Belgian and Dutch habit: 3-2-2 for seven digits, pairs otherwise."""
    return _g(s, [3, 2, 2]) if len(s) == 7 else pairs(s)


def area_split(num):
    n = nsn(num)
    k = pn.length_of_geographical_area_code(num)
    if k == 0:
        k = pn.length_of_national_destination_code(num)
    return n[:k], n[k:]


def national(rng: random.Random, num) -> str:
    """A national form in one of v118's habits for the number's region."""
    r, n = pn.region_code_for_number(num), nsn(num)
    a, s = area_split(num)
    t = pn.number_type(num)
    c = rng.choice
    if r == "US":
        return c(
            [
                f"{a}-{s[:3]}-{s[3:]}",
                f"({a}) {s[:3]}-{s[3:]}",
                f"{a}.{s[:3]}.{s[3:]}",
                f"1-{a}-{s[:3]}-{s[3:]}",
            ]
        )
    if r == "GB":
        if n.startswith("20"):
            return c([f"0{n[:3]} {n[3:6]} {n[6:]}", f"020-{n[2:6]}-{n[6:]}"])
        if n.startswith("7"):
            return c([f"0{n}", f"0{n[:4]}-{n[4:]}"])
        if t == T.TOLL_FREE:
            return f"0{n[:3]} {n[3:6]} {n[6:]}"
        return c([f"0{a} {s[:3]} {s[3:]}", f"0{a}-{s}"]) if len(s) == 7 else c([f"0{a} {s}", f"0{a}-{s}"])
    if r == "DE":
        if t in (T.MOBILE, T.TOLL_FREE):
            return c([f"0{n[:3]} {n[3:]}", f"0{n[:3]}-{n[3:]}", f"0{n[:3]} {_g(n[3:], [3, 2, 2])}"])
        return c([f"0{a} {s}", f"(0{a}) {pairs(s)}", f"0{a}-{s}"])
    if r == "NL":
        if n.startswith("6"):
            return c([f"06 {pairs(n[1:])}", f"06 {n[1:5]} {n[5:]}"])
        if t == T.TOLL_FREE:
            return f"0800 {n[3:]}"
        return c([f"0{a} {_g(s, [3, 2, 2])}", f"(0{a}) {s}", f"0{a}-{_g(s, [3, 2, 2])}"])
    if r == "BR":
        if t == T.TOLL_FREE:
            return f"0800 {n[3:6]} {n[6:]}"
        return c([f"({a}) {s[:-4]} {s[-4:]}", f"{a}-{s[:-4]}-{s[-4:]}", f"({a}) {s[:-4]}-{s[-4:]}"])
    if r == "IN":
        if t == T.TOLL_FREE:
            return c([n, f"{n[:4]} {n[4:7]} {n[7:]}"])
        if t in MOBILE and t != T.FIXED_LINE_OR_MOBILE:
            return c([f"{n[:5]} {n[5:]}", f"0{n}"])
        return c([f"0{a} {s[:4]} {s[4:]}" if len(s) == 8 else f"0{a} {s[:3]} {s[3:]}", f"(0{a}) {s}"])
    if r == "FR":
        d = "0" + n
        return c(
            [" ".join(d[i : i + 2] for i in range(0, 10, 2)), ".".join(d[i : i + 2] for i in range(0, 10, 2))]
        )
    if r == "ES":
        return c([f"{n[:3]} {n[3:6]} {n[6:]}", n, f"{n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
    if r == "IT":
        if n.startswith("3") or t == T.TOLL_FREE:
            return c([f"{n[:3]} {n[3:6]} {n[6:]}", f"{n[:3]} {n[3:]}"])
        return c([f"{a} {s[:4]} {s[4:]}", f"{a} {s}"])
    if r == "PT":
        return f"{n[:3]} {n[3:6]} {n[6:]}"
    raise ValueError(r)


def international(rng: random.Random, num) -> str:
    r, n = pn.region_code_for_number(num), nsn(num)
    cc = "+%d" % num.country_code
    a, s = area_split(num)
    c = rng.choice
    if r == "US":
        return c([f"+1-{a}-{s[:3]}-{s[3:]}", f"+1{n}", f"+1 {a}-{s[:3]}-{s[3:]}"])
    if r == "FR":
        return c(
            [
                f"{cc} {n[0]} " + " ".join(n[i : i + 2] for i in range(1, 9, 2)),
                f"{cc} (0){n[0]} " + " ".join(n[i : i + 2] for i in range(1, 9, 2)),
            ]
        )
    if r in ("IT", "BR"):
        if r == "BR":
            return c([f"{cc} {a} {s[:-4]}-{s[-4:]}", f"{cc} {a} {s[:-4]} {s[-4:]}"])
        return f"{cc} {a} {s[:4]} {s[4:]}" if len(s) >= 7 else f"{cc} {a} {s}"
    if r in ("ES", "PT"):
        return c([f"{cc} {n[:3]} {n[3:6]} {n[6:]}", f"{cc} {n[:3]} {n[3:5]} {n[5:7]} {n[7:]}"])
    if r == "IN":
        return f"{cc} {n[:5]} {n[5:]}" if len(a) <= 2 and n[0] in "6789" else f"{cc} {a} {s}"
    if r in ("CH", "BE", "AT", "NL", "DE", "GB", "IE", "AU"):
        sp = grp(s) if r in ("CH", "BE", "NL") else (f"{s[:-4]} {s[-4:]}" if len(s) > 6 else s)
        return c([f"{cc} (0){a} {sp}", f"{cc} {a} {sp}", f"{cc}{n}"])
    raise ValueError(r)


def local(rng: random.Random, num) -> str:
    """The subscriber part only, written as people in that region do."""
    r = pn.region_code_for_number(num)
    _, s = area_split(num)
    c = rng.choice
    if r == "US":
        return c([f"{s[:3]}.{s[3:]}", f"{s[:3]} - {s[3:]}"])
    if r == "GB":
        if len(s) == 7:
            return c([f"{s[:3]} {s[3:]}", f"{s[:3]}-{s[3:]}"])
        return c([f"{s[:4]} {s[4:]}", s]) if len(s) == 8 else c([s, f"{s[:3]} {s[3:]}"])
    if r == "DE":
        return c([pairs(s), s])
    if r == "NL":
        return c([f"{s[:3]} {s[3:]}", s]) if len(s) == 7 else c([f"{s[:4]} {s[4:]}", s])
    if r == "BR":
        return c([s, f"{s[:-4]}.{s[-4:]}"])
    if r == "IN":
        return c([s, f"{s[:3]}-{s[3:]}" if len(s) == 7 else f"{s[:4]}-{s[4:]}"])
    raise ValueError(r)


def put_back(text: str, region: str, area: str) -> str:
    """A local form with its area code (and trunk prefix) put back, ready for phonenumbers.parse."""
    return ("" if region in ("US", "BR") else "0") + area + " " + text


def parses_to(text: str, region: str, want: str) -> bool:
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and e164(num) == want
