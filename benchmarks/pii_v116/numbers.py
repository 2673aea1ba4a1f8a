"""Phone numbers for v116: drawn at random from a prefix, kept when valid and of the wanted type, written in
habits real people use, and parsed back (put_back for local forms)."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

FIXED = (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
MOBILE = (T.MOBILE, T.FIXED_LINE_OR_MOBILE)
FREE = (T.TOLL_FREE, T.SHARED_COST, T.UAN)

# region -> list of (town, area code without trunk prefix, subscriber length); mountain and ski-hall towns
AREAS = {
    "US": [
        ("Bozeman", "406", 7),
        ("Salt Lake City", "801", 7),
        ("Burlington", "802", 7),
        ("Reno", "775", 7),
        ("Anchorage", "907", 7),
        ("Flagstaff", "928", 7),
        ("Bend", "541", 7),
        ("Duluth", "218", 7),
        ("Aspen", "970", 7),
        ("Jackson", "307", 7),
        ("Ketchum", "208", 7),
        ("Lake Placid", "518", 7),
    ],
    "GB": [
        ("Aviemore", "1479", 6),
        ("Fort William", "1397", 6),
        ("Inverness", "1463", 6),
        ("Kendal", "1539", 6),
        ("Aberdeen", "1224", 6),
        ("Perth", "1738", 6),
        ("Edinburgh", "131", 7),
        ("Glasgow", "141", 7),
        ("Sheffield", "114", 7),
    ],
    "DE": [
        ("Garmisch-Partenkirchen", "8821", 6),
        ("Oberstdorf", "8322", 6),
        ("Berchtesgaden", "8652", 6),
        ("Füssen", "8362", 6),
        ("Kempten", "831", 6),
        ("Rosenheim", "8031", 6),
        ("Winterberg", "2981", 6),
        ("Freudenstadt", "7441", 6),
        ("Titisee-Neustadt", "7651", 6),
        ("Oberwiesenthal", "37348", 5),
        ("Sonthofen", "8321", 6),
        ("München", "89", 7),
    ],
    "NL": [
        ("Landgraaf", "45", 7),
        ("Zoetermeer", "79", 7),
        ("Terneuzen", "115", 6),
        ("Rotterdam", "10", 7),
        ("Eindhoven", "40", 7),
        ("Nijmegen", "24", 7),
        ("Groningen", "50", 7),
        ("Enschede", "53", 7),
        ("Arnhem", "26", 7),
        ("Amsterdam", "20", 7),
    ],
    "BR": [
        ("Gramado", "54", 8),
        ("Campos do Jordão", "12", 8),
        ("São Joaquim", "49", 8),
        ("Porto Alegre", "51", 8),
        ("Florianópolis", "48", 8),
        ("Caxias do Sul", "54", 8),
        ("Belo Horizonte", "31", 8),
        ("São Paulo", "11", 8),
        ("Urubici", "49", 8),
    ],
    "IN": [
        ("Shimla", "177", 7),
        ("Manali", "1902", 6),
        ("Dehradun", "135", 7),
        ("Srinagar", "194", 7),
        ("Jammu", "191", 7),
        ("Darjeeling", "354", 7),
        ("Mussoorie", "135", 7),
        ("Delhi", "11", 8),
        ("Gangtok", "3592", 6),
    ],
}
TRUNK = {"US": "", "BR": "", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}

# region -> (mobile prefixes, mobile nsn length, fixed prefixes, fixed nsn length, free prefixes, free length)
DRAW = {
    "US": (
        ["406", "801", "970", "303"],
        10,
        ["406", "801", "970", "303", "720"],
        10,
        ["877", "866", "855"],
        10,
    ),
    "GB": (["74", "75", "78", "79"], 10, ["1479", "1463", "131", "141", "1224"], 10, ["808"], 10),
    "DE": (["151", "152", "160", "172", "176"], 11, ["8821", "8322", "831", "89"], 10, ["800"], 10),
    "FR": (["6", "7"], 9, ["479", "450", "476", "492"], 9, ["800", "805"], 9),
    "ES": (["6"], 9, ["974", "973", "958", "972"], 9, ["900"], 9),
    "IT": (["34", "33", "32"], 10, ["0342", "0165", "0471", "0463"], 10, ["800"], 9),
    "NL": (["6"], 9, ["45", "79", "10", "40"], 9, ["800"], 7),
    "PT": (["91", "93", "96"], 9, ["275", "21", "22", "276"], 9, ["800"], 9),
    "BR": (["54", "49", "11"], 11, ["54", "49", "12", "51"], 10, ["800"], 10),
    "IN": (["98", "94", "70"], 10, ["177", "135", "194"], 10, ["1800"], 11),
    "CH": (["79", "76", "78"], 9, ["27", "81", "33", "24"], 9, [], 0),
    "AT": (["676", "664", "699"], 10, ["5583", "512", "6432", "5356"], 9, [], 0),
    "BE": (["47", "48"], 9, ["80", "87", "2"], 8, [], 0),
    "IE": (["85", "86", "87"], 9, ["1", "74", "91"], 9, [], 0),
    "AU": (["4"], 9, ["3", "2"], 9, [], 0),
}
CC = {r: pn.country_code_for_region(r) for r in DRAW}


def draw_nsn(rng, region, kind):
    mob, ml, fix, fl, free, frl = DRAW[region]
    pref, length, types = {"mobile": (mob, ml, MOBILE), "fixed": (fix, fl, FIXED), "free": (free, frl, FREE)}[
        kind
    ]
    for _ in range(500):
        p = rng.choice(pref)
        nsn = p + "".join(str(rng.randrange(10)) for _ in range(length - len(p)))
        if kind == "mobile" and region == "BR":
            nsn = p + "9" + nsn[len(p) + 1 :]
        n = pn.parse("+%d%s" % (CC[region], nsn))
        if pn.is_valid_number(n) and pn.number_type(n) in types:
            return nsn
    raise RuntimeError("no number for %s %s" % (region, kind))


def area_len(nsn, region):
    return pn.length_of_geographical_area_code(pn.parse("+%d%s" % (CC[region], nsn)))


def _pairs(s):
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _split(s, *sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def styles(region, nsn, kind):
    """(style name, mode, text) candidates: mode 'national' or 'international'."""
    c = "+%d" % CC[region]
    a = area_len(nsn, region) if kind == "fixed" else 0
    ar, sub = nsn[:a], nsn[a:]
    out = []
    if region == "US":
        x, y, z = nsn[:3], nsn[3:6], nsn[6:]
        if kind == "free":
            return [
                ("dots", "national", "%s.%s.%s" % (x, y, z)),
                ("plus", "international", "+1 %s %s %s" % (x, y, z)),
                ("paren", "national", "(%s)%s-%s" % (x, y, z)),
            ]
        out += [
            ("dots", "national", "%s.%s.%s" % (x, y, z)),
            ("paren-tight", "national", "(%s)%s-%s" % (x, y, z)),
            ("one-dash", "national", "1-%s-%s-%s" % (x, y, z)),
            ("plus-dash", "international", "+1-%s-%s-%s" % (x, y, z)),
            ("plus-mixed", "international", "+1 %s-%s-%s" % (x, y, z)),
        ]
    elif region == "GB":
        if kind == "fixed":
            s = sub if len(sub) < 7 else sub[:3] + " " + sub[3:]
            out += [
                ("trunk", "national", "0%s %s" % (ar, s)),
                ("dash", "national", "0%s-%s" % (ar, sub)),
                ("plus-zero", "international", "+44 (0)%s %s" % (ar, s)),
            ]
        elif kind == "mobile":
            out += [
                ("dash", "national", "0%s-%s" % (nsn[:4], nsn[4:])),
                ("plus", "international", "+44 %s %s" % (nsn[:4], nsn[4:])),
                ("plus-zero", "international", "+44 (0)%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:])),
            ]
        else:
            out += [("free", "national", "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))]
    elif region == "DE":
        if kind == "fixed":
            out += [
                ("paren-pairs", "national", "(0%s) %s" % (ar, _pairs(sub))),
                ("dash", "national", "0%s-%s" % (ar, sub)),
                ("plus-zero", "international", "+49 (0)%s %s" % (ar, sub)),
            ]
        elif kind == "mobile":
            out += [
                ("plain", "national", "0%s %s" % (nsn[:3], nsn[3:])),
                ("plus", "international", "+49 %s %s" % (nsn[:3], nsn[3:])),
                ("plus-zero", "international", "+49 (0)%s %s" % (nsn[:3], nsn[3:])),
            ]
        else:
            out += [("free", "national", "0800 %s %s" % (nsn[3:6], nsn[6:]))]
    elif region == "FR":
        p = [nsn[0]] + _split(nsn[1:], 2, 2, 2, 2)
        if kind == "free":
            return [("free", "national", "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))]
        out += [
            ("dots", "national", "0" + ".".join(p)),
            ("plus-zero", "international", "+33 (0)" + " ".join(p)),
            ("plus", "international", "+33 " + " ".join(p)),
        ]
    elif region == "ES":
        if kind == "free":
            return [("free", "national", "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))]
        if kind == "fixed":
            out += [
                ("pairs", "national", "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])),
                ("solid", "national", nsn),
            ]
        else:
            out += [("pairs", "national", "%s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:]))]
        out += [
            ("paren-plus", "international", "(+34) %s %s %s %s" % (nsn[:3], nsn[3:5], nsn[5:7], nsn[7:])),
            ("plus3", "international", "+34 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])),
        ]
    elif region == "IT":
        if kind == "free":
            return [("free", "national", "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))]
        k = 4 if kind == "fixed" else 3
        out += [
            ("space", "national", "%s %s" % (nsn[:k], nsn[k:])),
            ("dot", "national", "%s.%s" % (nsn[:k], nsn[k:])),
            ("plus", "international", "+39 %s %s" % (nsn[:k], nsn[k:])),
        ]
    elif region == "NL":
        if kind == "free":
            return [("free", "national", "0800 %s" % nsn[3:])]
        if kind == "fixed":
            out += [
                ("paren", "national", "(0%s) %s %s %s" % (ar, sub[:3], sub[3:5], sub[5:])),
                ("space", "national", "0%s %s" % (ar, sub)),
                ("plus-zero", "international", "+31 (0)%s %s %s" % (ar, sub[:3], sub[3:])),
            ]
        else:
            out += [
                ("space", "national", "06 %s %s %s" % (nsn[1:4], nsn[4:7], nsn[7:])),
                ("plus-zero", "international", "+31 (0)6 %s %s" % (nsn[1:5], nsn[5:])),
            ]
    elif region == "PT":
        t = "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
        if kind == "free":
            return [("free", "national", t)]
        out += [
            ("space", "national", t),
            ("plus", "international", "+351 " + t),
            ("paren-plus", "international", "(+351) " + t),
        ]
    elif region == "BR":
        if kind == "free":
            return [("free", "national", "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]))]
        s = nsn[2:]
        d = s[:-4] + "-" + s[-4:]
        out += [
            ("trunk-paren", "national", "(0%s) %s" % (nsn[:2], d)),
            ("paren", "national", "(%s) %s" % (nsn[:2], d)),
            ("plus", "international", "+55 %s %s" % (nsn[:2], d)),
            ("plus-paren", "international", "+55 (%s) %s %s" % (nsn[:2], s[:-4], s[-4:])),
        ]
    elif region == "IN":
        if kind == "free":
            return [("free", "national", "%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:]))]
        if kind == "fixed":
            out += [
                ("paren", "national", "(0%s) %s" % (ar, sub)),
                ("space", "national", "0%s %s %s" % (ar, sub[:3], sub[3:])),
                ("plus", "international", "+91 %s %s %s" % (ar, sub[:3], sub[3:])),
            ]
        else:
            out += [
                ("five", "national", "%s %s" % (nsn[:5], nsn[5:])),
                ("plus", "international", "+91 %s %s" % (nsn[:5], nsn[5:])),
            ]
    else:
        own = {"CH": (2, _pairs), "AT": (0, None), "BE": (0, None), "IE": (0, None), "AU": (0, None)}
        if region == "CH":
            body = "%s %s" % (nsn[:2], _pairs(nsn[2:]))
        elif region == "AT":
            k = 3 if kind == "mobile" else a
            body = "%s %s" % (nsn[:k], nsn[k:])
        elif region == "BE":
            k = 3 if kind == "mobile" else a
            body = "%s %s" % (nsn[:k], _pairs(nsn[k:]))
        elif region == "IE":
            k = 2 if kind == "mobile" else a
            body = "%s %s %s" % (nsn[:k], nsn[k:-4], nsn[-4:])
        else:
            body = (
                "%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
                if kind == "mobile"
                else "%s %s %s" % (nsn[0], nsn[1:5], nsn[5:])
            )
        del own
        out += [
            ("plus", "international", "%s %s" % (c, body)),
            ("plus-zero", "international", "%s (0)%s" % (c, body)),
        ]
    return out


def local_forms(region, sub):
    n = len(sub)
    if region == "US":
        return ["%s-%s" % (sub[:3], sub[3:]), "%s.%s" % (sub[:3], sub[3:])]
    if region == "BR":
        return ["%s-%s" % (sub[:4], sub[4:]), "%s.%s" % (sub[:4], sub[4:])]
    if region == "NL":
        return ["%s %s %s" % (sub[:3], sub[3:5], sub[5:]) if n == 7 else "%s %s" % (sub[:3], sub[3:]), sub]
    if region == "DE":
        return [_pairs(sub), sub]
    if region == "GB":
        return [sub, "%s %s" % (sub[:3], sub[3:])] if n < 7 else ["%s %s" % (sub[:3], sub[3:]), sub]
    return (
        ["%s %s" % (sub[:3], sub[3:]), sub]
        if n == 7
        else ["%s %s" % (sub[:4], sub[4:]), sub]
        if n == 8
        else [sub]
    )


def put_back(region, area, text):
    digits = "".join(ch for ch in text if ch.isdigit())
    return pn.parse(TRUNK[region] + area + digits, region)


def draw_local(rng, region, town_entry):
    town, area, sl = town_entry
    for _ in range(500):
        sub = str(rng.randrange(2, 10)) + "".join(str(rng.randrange(10)) for _ in range(sl - 1))
        if region == "BR":
            sub = str(rng.randrange(2, 6)) + sub[1:]
        n = pn.parse("+%d%s%s" % (CC[region], area, sub))
        if (
            pn.is_valid_number(n)
            and pn.number_type(n) in FIXED
            and pn.length_of_geographical_area_code(n) == len(area)
        ):
            return sub, pn.format_number(n, pn.PhoneNumberFormat.E164)
    raise RuntimeError("no local number for %s" % town)


def e164_of(text, region):
    n = pn.parse(text, region)
    assert pn.is_valid_number(n), text
    return pn.format_number(n, pn.PhoneNumberFormat.E164)
