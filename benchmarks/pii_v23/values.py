"""Phone numbers of the v23 set, each one checked with phonenumbers: the numbering data (areas, mobile and
service prefixes) and the ways people write numbers; the other values are in others.py (re-exported here)."""

import re

import phonenumbers as pn

from .others import (  # noqa: F401
    EMAIL_RE,
    IBAN_LEN,
    guard_hits,
    luhn_ok,
    make_card,
    make_iban,
    make_ipv4,
    make_ipv6,
    make_ssn,
    mod97,
    ssn_ok,
)

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "BR": "55",
    "IN": "91",
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "AU": "61",
    "IE": "353",
}
# the digit a national number starts with in writing ("" where the national significant number is written)
TRUNK = {"US": "", "ES": "", "IT": "", "BR": ""}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")

# geographic numbers: region -> (place, area code, national significant number lengths)
AREAS = {
    "US": [
        ("New York", "212"),
        ("Chicago", "312"),
        ("San Francisco", "415"),
        ("Boston", "617"),
        ("Seattle", "206"),
        ("Portland", "503"),
        ("Austin", "512"),
        ("Denver", "303"),
        ("Atlanta", "404"),
        ("Miami", "305"),
        ("Columbus", "614"),
        ("Raleigh", "919"),
        ("Madison", "608"),
        ("Phoenix", "602"),
        ("Philadelphia", "215"),
        ("Houston", "713"),
        ("Minneapolis", "612"),
        ("Burlington", "802"),
    ],
    "GB": [
        ("London", "20"),
        ("Manchester", "161"),
        ("Birmingham", "121"),
        ("Leeds", "113"),
        ("Glasgow", "141"),
        ("Edinburgh", "131"),
        ("Liverpool", "151"),
        ("Bristol", "117"),
        ("Sheffield", "114"),
        ("Cardiff", "29"),
        ("Belfast", "28"),
        ("Oxford", "1865"),
        ("Cambridge", "1223"),
        ("York", "1904"),
        ("Norwich", "1603"),
        ("Exeter", "1392"),
        ("Brighton", "1273"),
        ("Leicester", "116"),
        ("Southampton", "23"),
    ],
    "DE": [
        ("Berlin", "30"),
        ("Hamburg", "40"),
        ("München", "89"),
        ("Köln", "221"),
        ("Frankfurt am Main", "69"),
        ("Stuttgart", "711"),
        ("Leipzig", "341"),
        ("Dresden", "351"),
        ("Bremen", "421"),
        ("Hannover", "511"),
        ("Nürnberg", "911"),
        ("Freiburg", "761"),
        ("Münster", "251"),
        ("Kiel", "431"),
        ("Rostock", "381"),
        ("Tübingen", "7071"),
        ("Erlangen", "9131"),
        ("Lüneburg", "4131"),
        ("Weimar", "3643"),
        ("Bamberg", "951"),
        ("Göttingen", "551"),
        ("Konstanz", "7531"),
        ("Passau", "851"),
        ("Husum", "4841"),
    ],
    "FR": [
        ("Paris", "1"),
        ("Lyon", "4"),
        ("Marseille", "4"),
        ("Lille", "3"),
        ("Strasbourg", "3"),
        ("Bordeaux", "5"),
        ("Toulouse", "5"),
        ("Nantes", "2"),
        ("Rennes", "2"),
        ("Nice", "4"),
    ],
    "ES": [
        ("Madrid", "91"),
        ("Barcelona", "93"),
        ("Valencia", "96"),
        ("Sevilla", "954"),
        ("Bilbao", "94"),
        ("Zaragoza", "976"),
        ("Palma", "971"),
        ("Las Palmas", "928"),
        ("A Coruña", "981"),
        ("Valladolid", "983"),
    ],
    "IT": [
        ("Milano", "02"),
        ("Roma", "06"),
        ("Torino", "011"),
        ("Napoli", "081"),
        ("Firenze", "055"),
        ("Bologna", "051"),
        ("Genova", "010"),
        ("Venezia", "041"),
        ("Palermo", "091"),
        ("Bari", "080"),
        ("Verona", "045"),
        ("Trieste", "040"),
    ],
    "NL": [
        ("Amsterdam", "20"),
        ("Rotterdam", "10"),
        ("Den Haag", "70"),
        ("Utrecht", "30"),
        ("Eindhoven", "40"),
        ("Groningen", "50"),
        ("Haarlem", "23"),
        ("Leiden", "71"),
        ("Zwolle", "38"),
        ("Maastricht", "43"),
        ("Arnhem", "26"),
        ("Nijmegen", "24"),
        ("Tilburg", "13"),
        ("Breda", "76"),
        ("Alkmaar", "72"),
        ("Hoorn", "229"),
        ("Gouda", "182"),
        ("Deventer", "570"),
        ("Den Helder", "223"),
        ("Sneek", "515"),
    ],
    "BR": [
        ("São Paulo", "11"),
        ("Rio de Janeiro", "21"),
        ("Belo Horizonte", "31"),
        ("Curitiba", "41"),
        ("Porto Alegre", "51"),
        ("Brasília", "61"),
        ("Salvador", "71"),
        ("Recife", "81"),
        ("Fortaleza", "85"),
        ("Florianópolis", "48"),
        ("Vitória", "27"),
        ("Goiânia", "62"),
        ("Campinas", "19"),
        ("Manaus", "92"),
    ],
    "IN": [
        ("Delhi", "11"),
        ("Mumbai", "22"),
        ("Kolkata", "33"),
        ("Chennai", "44"),
        ("Bengaluru", "80"),
        ("Hyderabad", "40"),
        ("Pune", "20"),
        ("Ahmedabad", "79"),
        ("Jaipur", "141"),
        ("Lucknow", "522"),
        ("Kochi", "484"),
        ("Chandigarh", "172"),
        ("Bhopal", "755"),
        ("Patna", "612"),
        ("Nagpur", "712"),
        ("Varanasi", "542"),
        ("Indore", "731"),
        ("Dehradun", "135"),
    ],
    "AT": [
        ("Wien", "1"),
        ("Graz", "316"),
        ("Linz", "732"),
        ("Salzburg", "662"),
        ("Innsbruck", "512"),
        ("Klagenfurt", "463"),
    ],
    "CH": [
        ("Zürich", "44"),
        ("Bern", "31"),
        ("Basel", "61"),
        ("Genève", "22"),
        ("Lausanne", "21"),
        ("Luzern", "41"),
    ],
    "BE": [
        ("Bruxelles", "2"),
        ("Antwerpen", "3"),
        ("Gent", "9"),
        ("Liège", "4"),
        ("Namur", "81"),
        ("Leuven", "16"),
        ("Brugge", "50"),
    ],
    "AU": [("Sydney", "2"), ("Melbourne", "3"), ("Brisbane", "7"), ("Perth", "8"), ("Adelaide", "8")],
    "IE": [("Dublin", "1"), ("Cork", "21"), ("Galway", "91"), ("Limerick", "61"), ("Waterford", "51")],
}
NSN_LEN = {
    "US": (10,),
    "GB": (10,),
    "DE": (9, 10, 11),
    "FR": (9,),
    "ES": (9,),
    "IT": (9, 10),
    "NL": (9,),
    "BR": (10,),
    "IN": (10,),
    "AT": (8, 9, 10),
    "CH": (9,),
    "BE": (8,),
    "AU": (9,),
    "IE": (8, 9),
}
MOBILE = {
    "US": (["212", "415", "617", "312", "206", "512"], (10,)),
    "GB": (["71", "73", "74", "75", "77", "78", "79"], (10,)),
    "DE": (["151", "152", "157", "159", "160", "162", "170", "171", "172", "175", "176", "178"], (10, 11)),
    "FR": (["6", "7"], (9,)),
    "ES": (["6", "71", "72"], (9,)),
    "IT": (["320", "328", "333", "335", "340", "345", "347", "349", "366", "380", "392"], (10,)),
    "NL": (["6"], (9,)),
    "BR": (["119", "219", "319", "419", "519", "619", "719", "819", "489"], (11,)),
    "IN": (["9", "8", "7"], (10,)),
    "AT": (["664", "676", "650", "699", "660"], (10, 11)),
    "CH": (["76", "77", "78", "79"], (9,)),
    "BE": (["470", "472", "475", "476", "478", "486", "495", "498"], (9,)),
    "AU": (["4"], (9,)),
    "IE": (["83", "85", "86", "87", "89"], (9,)),
}
SERVICE = {
    "US": (["800", "888", "877", "866", "855", "844"], (10,)),
    "GB": (["800", "808", "300", "330", "345", "370"], (10,)),
    "DE": (["800", "1801", "1802", "1803", "1805"], (10,)),
    "FR": (["800", "805", "809", "810", "820", "825"], (9,)),
    "ES": (["900", "901", "902"], (9,)),
    "IT": (["800", "803", "840", "848"], (9,)),
    "NL": (["800", "900", "909"], (7, 10)),
    "BR": (["800", "300", "4004", "4003"], (8, 10)),
    "IN": (["1800"], (11,)),
}
GEO_TYPES = (pn.PhoneNumberType.FIXED_LINE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
MOB_TYPES = (pn.PhoneNumberType.MOBILE, pn.PhoneNumberType.FIXED_LINE_OR_MOBILE)
SVC_TYPES = (
    pn.PhoneNumberType.TOLL_FREE,
    pn.PhoneNumberType.SHARED_COST,
    pn.PhoneNumberType.PREMIUM_RATE,
    pn.PhoneNumberType.UAN,
)


def _digits(rng, n, first="23456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def area_places(region):
    return AREAS[region]


def make_phone(rng, region, kind, area=None):
    """A valid number: dict(region, nsn, lead (area or prefix length), area_len, type, place)."""
    for _ in range(4000):
        place = ""
        if kind == "geo":
            place, ar = next(p for p in AREAS[region] if p[1] == area) if area else rng.choice(AREAS[region])
            lens, lead = NSN_LEN[region], ar
        elif kind == "mobile":
            lead_opts, lens = MOBILE[region]
            lead = area + "9" if (region == "BR" and area) else rng.choice(lead_opts)
        else:
            lead_opts, lens = SERVICE[region]
            lead = rng.choice(lead_opts)
        nsn = lead + _digits(
            rng, rng.choice(lens) - len(lead), "9" if (region == "BR" and kind == "mobile") else "23456789"
        )
        num = pn.parse("+" + CC[region] + nsn)
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        typ = pn.number_type(num)
        if kind == "geo" and typ not in GEO_TYPES or kind == "mobile" and typ not in MOB_TYPES:
            continue
        if kind == "service" and typ not in SVC_TYPES:
            continue
        if region == "BR" and kind == "mobile":
            lead = lead[:2]
        area_len = pn.length_of_geographical_area_code(num)
        if kind == "geo" and region in LOCAL_REGIONS and area_len != len(lead):
            continue
        if region == "US" and nsn[3:6] == "555":
            continue
        return {
            "region": region,
            "nsn": nsn,
            "lead": len(lead),
            "area_len": area_len,
            "kind": kind,
            "place": place,
            "e164": "+" + CC[region] + nsn,
        }
    raise RuntimeError(f"no {kind} number for {region}")


def _grp(s, sizes):
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return out


def pairs(s):
    """Groups of two from the right ("12 34 56 7" is written "1 23 45 67")."""
    head = len(s) % 2
    out = [s[:head]] if head else []
    return " ".join(out + [s[i : i + 2] for i in range(head, len(s), 2)])


def split_sub(s):
    if len(s) <= 4:
        return [s]
    if len(s) == 5:
        return [s[:2], s[2:]]
    if len(s) == 6:
        return [s[:3], s[3:]]
    if len(s) == 7:
        return [s[:3], s[3:]]
    if len(s) == 8:
        return [s[:4], s[4:]]
    return _grp(s, (3, 3, 4)) if len(s) == 10 else [s[:3], s[3:6], s[6:]]


def _tokens(p, fmt):
    text = pn.format_number(pn.parse(p["e164"]), fmt)
    return text, re.findall(r"\d+", text)


KEEP = {
    "DE": "std spaced hyphens compact head_hyphen paren slash head_compact din_ext pairs slash_pairs",
    "GB": "std spaced compact head_hyphen paren head_compact hyphens",
    "FR": "std dots hyphens compact",
    "ES": "std spaced compact hyphens es_threes es_pairs",
    "IT": "std spaced compact slash head_hyphen dots head_compact",
    "NL": "std spaced head_hyphen paren compact hyphens nl_pairs",
    "IN": "std spaced head_hyphen paren compact hyphens",
    "AT": "std spaced head_hyphen slash compact din_ext",
    "CH": "std spaced head_hyphen slash compact",
    "BE": "std spaced head_hyphen slash compact",
    "AU": "std spaced compact",
    "IE": "std spaced head_hyphen compact",
}


def national_styles(p):
    """Ways people write the number nationally: name -> text (unchecked, see render)."""
    r, nsn, lead = p["region"], p["nsn"], p["lead"]
    std, t = _tokens(p, pn.PhoneNumberFormat.NATIONAL)
    s = {"std": std, "spaced": " ".join(t), "hyphens": "-".join(t), "compact": "".join(t)}
    if len(t) > 1:
        head, tail = t[0], t[1:]
        s.update(
            {
                "head_hyphen": f"{head}-{''.join(tail)}",
                "paren": f"({head}) {' '.join(tail)}",
                "slash": f"{head}/{''.join(tail)}",
                "dots": ".".join(t),
                "head_compact": f"{head} {''.join(tail)}",
            }
        )
    a, rest = TRUNK.get(r, "0") + nsn[:lead], nsn[lead:]
    if r in ("DE", "AT") and len(rest) >= 5:
        s.update(
            {
                "din_ext": f"{a} {rest[:-2]}-{rest[-2:]}",
                "pairs": f"{a} {pairs(rest)}",
                "slash_pairs": f"{a} / {pairs(rest)}",
            }
        )
    if r == "ES":
        s.update({"es_threes": " ".join(_grp(nsn, (3, 3, 3))), "es_pairs": f"{nsn[:3]} {pairs(nsn[3:])}"})
    if r == "NL" and len(rest) in (6, 7, 8):
        s["nl_pairs"] = f"{a} {pairs(rest)}"
    if r == "GB" and p["kind"] == "mobile":
        s["spaced3"] = f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}"
    s = {k: v for k, v in s.items() if k in KEEP.get(r, "").split() or k == "spaced3"}
    if r == "US":
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        s = {
            "std": std,
            "us_dots": f"{x}.{y}.{z}",
            "us_hyphens": f"{x}-{y}-{z}",
            "us_one": f"1-{x}-{y}-{z}",
            "us_one_paren": f"1 ({x}) {y}-{z}",
            "us_tight": f"({x}){y}-{z}",
            "us_slash": f"{x}/{y}-{z}",
        }
    if r == "BR":
        ddd, sub = nsn[:2], nsn[2:]
        h = f"{sub[:-4]}-{sub[-4:]}"
        s = {
            "std": std,
            "br_plain": f"{ddd} {h}",
            "br_xx": f"(0xx{ddd}) {h}",
            "br_zero": f"(0{ddd}) {h}",
            "br_dot": f"{ddd} {sub[:-4]}.{sub[-4:]}",
        }
        if len(sub) == 9:
            s["br_nine"] = f"({ddd}) {sub[0]} {sub[1:5]}-{sub[5:]}"
        if p["kind"] == "service":
            s = (
                {"std": std, "br_svc_sp": " ".join(t), "br_svc_h": "-".join(t)}
                if len(nsn) == 8
                else {
                    "br_0800": f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                    "br_0800h": f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
                    "std": std,
                }
            )
    if r == "IN" and p["kind"] == "mobile":
        s = {
            "in_mob": f"{nsn[:5]} {nsn[5:]}",
            "in_mob0": f"0{nsn[:5]} {nsn[5:]}",
            "in_mob_h": f"{nsn[:5]}-{nsn[5:]}",
            "compact": nsn,
            "in_mob_0h": f"0-{nsn[:5]}-{nsn[5:]}",
        }
    if r == "IN" and p["kind"] == "service":
        s = {"std": std, "in_1800h": "-".join(t), "in_1800c": "".join(t)}
    return s


def intl_styles(p, home="DE"):
    r, nsn, lead = p["region"], p["nsn"], p["lead"]
    std, t = _tokens(p, pn.PhoneNumberFormat.INTERNATIONAL)
    c, rest = t[0], t[1:]
    s = {
        "std": std,
        "plus_hyphens": f"+{c}-" + "-".join(rest),
        "double_zero": f"00{c} " + " ".join(rest),
        "double_zero_gap": f"00 {c} " + " ".join(rest),
        "paren_cc": f"(+{c}) " + " ".join(rest),
        "e164": f"+{c}{nsn}",
        "plus_dots": f"+{c}." + ".".join(rest),
    }
    if len(rest) > 1:
        s["slashes"] = f"+{c} / {rest[0]} / {''.join(rest[1:])}"
    if r not in TRUNK and p["kind"] != "service":
        s["plus_zero"] = f"+{c} (0){rest[0]} " + " ".join(rest[1:])
        s["plus_zero_tight"] = f"+{c}(0){rest[0]}-{''.join(rest[1:])}"
    a, sub = nsn[:lead], nsn[lead:]
    if r in ("DE", "AT") and p["kind"] == "geo":
        s["din_intl"] = f"+{c} {a} {sub[:-2]}-{sub[-2:]}"
    if r == "US":
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        s = {
            "std": std,
            "us_plus_paren": f"+1 ({x}) {y}-{z}",
            "us_00": f"001 {x} {y} {z}",
            "us_plus_dots": f"+1.{x}.{y}.{z}",
            "e164": f"+1{nsn}",
        }
    if r == "BR":
        s["br_plus"] = f"+55 ({nsn[:2]}) {nsn[2:-4]}-{nsn[-4:]}"
    if home == "US" and r != "US":
        s["us_011"] = f"011 {c} " + " ".join(rest)
    return s


def local_styles(p):
    r, sub = p["region"], p["nsn"][p["lead"] :]
    n = len(sub)
    s = {"compact": sub}
    if r == "US":
        s = {
            "us_h": f"{sub[:3]}-{sub[3:]}",
            "us_sp": f"{sub[:3]} {sub[3:]}",
            "us_dot": f"{sub[:3]}.{sub[3:]}",
        }
    elif r == "BR":
        s = {"br_h": f"{sub[:-4]}-{sub[-4:]}", "br_sp": f"{sub[:-4]} {sub[-4:]}"}
        if n == 9:
            s["br_9"] = f"{sub[0]} {sub[1:5]}-{sub[5:]}"
    else:
        s["grouped"] = " ".join(split_sub(sub))
        if r in ("DE", "NL"):
            s["pairs"] = pairs(sub)
        if r == "DE":
            s["din_ext"] = f"{sub[:-2]}-{sub[-2:]}"
        if r in ("IN", "GB") and n == 8:
            s["hyphen4"] = f"{sub[:4]}-{sub[4:]}"
    return s


def digits(s):
    return re.sub(r"\D", "", s)


def parses_to(text, region, e164):
    try:
        num = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.is_valid_number(num) and pn.format_number(num, pn.PhoneNumberFormat.E164) == e164


def render(rng, p, mode, home="DE", pdf=False):
    """Text for the number in the given mode, checked: national/intl parse back to the number; local keeps
    exactly the subscriber digits."""
    if mode == "local":
        styles = local_styles(p)
    elif mode == "intl":
        styles = intl_styles(p, home)
    else:
        styles = national_styles(p)
    names = list(styles)
    rng.shuffle(names)
    if "std" in names and rng.random() < 0.35:
        names.remove("std")
        names.insert(0, "std")
    for name in names:
        text = styles[name]
        if pdf and " " in text and rng.random() < 0.5:
            text, name = text.replace(" ", "  "), name + "+gaps"
        if mode == "local":
            if digits(text) == p["nsn"][p["lead"] :]:
                return text, name
        elif parses_to(text, p["region"], p["e164"]):
            return text, name
    raise RuntimeError(f"no style for {p}")
