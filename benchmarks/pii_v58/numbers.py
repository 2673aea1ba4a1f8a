"""Phone numbers for v58: drawn from a prefix, kept when phonenumbers calls them valid and of the wanted
type, written in the habits below, and parsed back (put_back) before use."""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

# towns with their area codes (national significant digits, no trunk prefix) and subscriber length
AREAS = {
    "US": [
        ("Toledo", "419", 7),
        ("Omaha", "402", 7),
        ("Albany", "518", 7),
        ("Tacoma", "253", 7),
        ("Dayton", "937", 7),
        ("Fresno", "559", 7),
        ("Reno", "775", 7),
        ("Wichita", "316", 7),
    ],
    "GB": [
        ("Leicester", "116", 7),
        ("Derby", "1332", 6),
        ("Norwich", "1603", 6),
        ("Coventry", "24", 8),
        ("Sheffield", "114", 7),
        ("Swansea", "1792", 6),
        ("Exeter", "1392", 6),
        ("Nottingham", "115", 7),
    ],
    "DE": [
        ("Kassel", "561", 6),
        ("Augsburg", "821", 6),
        ("Bielefeld", "521", 6),
        ("Würzburg", "931", 6),
        ("Lübeck", "451", 6),
        ("Erfurt", "361", 6),
        ("Ulm", "731", 6),
        ("Regensburg", "941", 7),
    ],
    "NL": [
        ("Groningen", "50", 7),
        ("Zwolle", "38", 7),
        ("Arnhem", "26", 7),
        ("Tilburg", "13", 7),
        ("Haarlem", "23", 7),
        ("Maastricht", "43", 7),
        ("Enschede", "53", 7),
        ("Amersfoort", "33", 7),
    ],
    "BR": [
        ("Campinas", "19", 8),
        ("Recife", "81", 8),
        ("Manaus", "92", 8),
        ("Goiânia", "62", 8),
        ("Florianópolis", "48", 8),
        ("Natal", "84", 8),
        ("Vitória", "27", 8),
        ("Londrina", "43", 8),
    ],
    "IN": [
        ("Jaipur", "141", 7),
        ("Lucknow", "522", 7),
        ("Kochi", "484", 7),
        ("Indore", "731", 7),
        ("Surat", "261", 7),
        ("Patna", "612", 7),
        ("Kanpur", "512", 7),
        ("Pune", "20", 8),
    ],
}
# first subscriber digits that the numbering plans accept for fixed lines
SUB_START = {"US": "23456789", "GB": "2345678", "DE": "2345789", "NL": "2345789", "BR": "2345", "IN": "2"}
GEO_EXTRA = {  # extra geographic area codes for national/international mentions
    "FR": [("1", 8), ("2", 8), ("3", 8), ("4", 8), ("5", 8)],
    "ES": [("91", 7), ("93", 7), ("954", 6), ("96", 7), ("983", 6)],
    "IT": [("02", 8), ("06", 8), ("011", 7), ("051", 7), ("055", 7)],
    "PT": [("21", 7), ("22", 7), ("239", 6), ("253", 6)],
    "CH": [("44", 7), ("31", 7), ("61", 7), ("21", 7)],
    "AT": [("1", 8), ("316", 6), ("662", 6), ("732", 6)],
    "BE": [("2", 7), ("9", 7), ("3", 7), ("4", 7)],
    "IE": [("1", 7), ("21", 7), ("91", 7)],
    "AU": [("2", 8), ("3", 8), ("7", 8), ("8", 8)],
}
MOBILE = {
    "US": [("206", 7), ("312", 7), ("713", 7)],
    "GB": [("74", 8), ("75", 8), ("78", 8), ("79", 8)],
    "DE": [("151", 8), ("160", 7), ("172", 7), ("176", 8)],
    "NL": [("6", 8)],
    "BR": [("199", 8), ("819", 8), ("119", 8)],
    "IN": [("98", 8), ("94", 8), ("70", 8), ("63", 8)],
    "FR": [("6", 8), ("7", 8)],
    "ES": [("6", 8)],
    "IT": [("33", 8), ("34", 8), ("32", 8)],
    "PT": [("91", 7), ("93", 7), ("96", 7)],
    "CH": [("79", 7), ("78", 7)],
    "AT": [("664", 7), ("676", 7)],
    "BE": [("47", 7), ("49", 7)],
    "IE": [("87", 7), ("86", 7)],
    "AU": [("4", 8)],
}
OTHER = {  # toll-free / shared-cost / UAN prefixes
    "US": [("800", 7), ("877", 7), ("866", 7)],
    "GB": [("800", 7), ("808", 7), ("345", 7)],
    "DE": [("800", 7)],
    "NL": [("800", 7)],
    "BR": [("800", 7)],
    "IN": [("1800", 7)],
    "FR": [("80", 7)],
    "ES": [("900", 6)],
    "IT": [("800", 6)],
    "PT": [("800", 6)],
}
OTHER_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.UAN}
CC = {r: pn.country_code_for_region(r) for r in list(GEO_EXTRA) + list(AREAS)}


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def _pairs_right(s, sep=" "):
    parts = []
    while len(s) > 3:
        parts.insert(0, s[-2:])
        s = s[:-2]
    parts.insert(0, s)
    return sep.join(parts)


def draw(rng, region, kind, area=None):
    """Return (PhoneNumber, nsn, ndc_len); kind in fixed, mobile, other."""
    for _ in range(500):
        if kind == "fixed":
            if area is not None:
                pre, sub = area
                digits = rng.choice(SUB_START[region]) + "".join(
                    rng.choice("0123456789") for _ in range(sub - 1)
                )
            else:
                pool = GEO_EXTRA.get(region) or [(a, s) for _, a, s in AREAS[region]]
                pre, sub = rng.choice(pool)
                first = rng.choice(SUB_START.get(region, "23456789"))
                digits = first + "".join(rng.choice("0123456789") for _ in range(sub - 1))
            nsn = pre + digits
        else:
            pre, sub = rng.choice((MOBILE if kind == "mobile" else OTHER)[region])
            nsn = pre + "".join(rng.choice("0123456789") for _ in range(sub))
        try:
            num = pn.parse("+%d%s" % (pn.country_code_for_region(region), nsn), None)
        except pn.NumberParseException:
            continue
        if not pn.is_valid_number(num) or pn.region_code_for_number(num) != region:
            continue
        t = pn.number_type(num)
        ok = {
            "fixed": {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE},
            "mobile": {T.MOBILE, T.FIXED_LINE_OR_MOBILE},
            "other": OTHER_TYPES,
        }[kind]
        if t not in ok:
            continue
        if kind == "fixed" and area is not None and pn.length_of_geographical_area_code(num) != len(pre):
            continue
        return num, pn.national_significant_number(num), len(pre)
    raise RuntimeError("no number for %s %s" % (region, kind))


def national(rng, region, n, a, kind):
    """National habits (trunk prefix written)."""
    ar, sub = n[:a], n[a:]
    c = {
        "US": [
            lambda: "(%s)%s-%s" % (ar, sub[:3], sub[3:]),
            lambda: "%s-%s-%s" % (ar, sub[:3], sub[3:]),
            lambda: "%s.%s.%s" % (ar, sub[:3], sub[3:]),
            lambda: "1-%s-%s-%s" % (ar, sub[:3], sub[3:]),
        ],
        "GB": [
            lambda: "0%s %s" % (ar, _grp(sub, [3] if len(sub) < 8 else [4])),
            lambda: "0%s-%s" % (ar, _grp(sub, [3] if len(sub) == 7 else [4], "-") if len(sub) != 6 else sub),
            lambda: "(0%s) %s" % (ar, sub),
        ],
        "DE": [
            lambda: "(0%s) %s" % (ar, sub),
            lambda: "0%s-%s" % (ar, sub),
            lambda: "0%s %s" % (ar, _pairs_right(sub)),
        ],
        "NL": [
            lambda: "0%s %s" % (ar, _grp(sub, [3])),
            lambda: "(0%s) %s" % (ar, _grp(sub, [3, 2])),
            lambda: "0%s-%s" % (ar, _grp(sub, [3, 2])),
        ],
        "BR": [
            lambda: "(%s) %s" % (ar, _grp(sub, [len(sub) - 4])),
            lambda: "%s %s.%s" % (ar, sub[:-4], sub[-4:]),
            lambda: "(%s)%s-%s" % (ar, sub[:-4], sub[-4:]),
        ],
        "IN": [
            lambda: "0%s %s" % (ar, sub),
            lambda: "0%s-%s" % (ar, sub),
            lambda: "(0%s) %s" % (ar, _grp(sub, [len(sub) - 4])),
        ],
        "FR": [lambda: ".".join(_pairs_fr("0" + n)), lambda: " ".join(_pairs_fr("0" + n))],
        "ES": [lambda: n, lambda: _grp(n, [3, 3], "-"), lambda: _grp(n, [3, 3])],
        "IT": [lambda: "%s %s" % (n[:a], _grp(n[a:], [4])), lambda: "%s.%s" % (n[:a], _grp(n[a:], [4], "."))],
        "PT": [lambda: _grp(n, [3, 3]), lambda: n],
    }
    if kind == "mobile":
        c = {
            "US": c["US"],
            "GB": [lambda: "0%s-%s" % (n[:4], n[4:]), lambda: "0%s %s %s" % (n[:3], n[3:6], n[6:])],
            "DE": [
                lambda: "0%s %s" % (n[:a], n[a:]),
                lambda: "0%s-%s" % (n[:a], n[a:]),
                lambda: "0%s %s" % (n[:a], _grp(n[a:], [3, 3])),
            ],
            "NL": [lambda: "06 " + _pairs_right(n[1:]), lambda: "06-%s %s" % (n[1:5], n[5:])],
            "BR": [
                lambda: "(%s) %s-%s" % (n[:2], n[2:7], n[7:]),
                lambda: "%s %s-%s" % (n[:2], n[2:7], n[7:]),
                lambda: "(%s) %s" % (n[:2], n[2:]),
            ],
            "IN": [lambda: "%s %s" % (n[:5], n[5:]), lambda: n, lambda: "0%s-%s" % (n[:5], n[5:])],
            "FR": c["FR"],
            "ES": [lambda: _grp(n, [3, 2, 2]), lambda: n],
            "IT": [lambda: "%s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "%s.%s" % (n[:3], n[3:])],
            "PT": [lambda: _grp(n, [3, 3]), lambda: n],
        }
    return rng.choice(c[region])()


def _pairs_fr(s):
    return [s[i : i + 2] for i in range(0, len(s), 2)]


def international(rng, region, n, a, kind):
    cc = "+%d" % pn.country_code_for_region(region)
    ar, sub = n[:a], n[a:]
    trunk0 = region in ("GB", "DE", "NL", "FR", "CH", "AT", "BE", "IE", "AU")
    forms = [lambda: "%s %s %s" % (cc, ar, _grp(sub, [3]) if len(sub) > 6 else sub)]
    if trunk0:
        forms.append(
            lambda: (
                "%s (0)%s %s"
                % (
                    cc,
                    ar,
                    _pairs_right(sub)
                    if region in ("FR", "CH", "BE")
                    else _grp(sub, [3])
                    if len(sub) == 7
                    else sub,
                )
            )
        )
    if region == "US":
        forms = [
            lambda: "+1-%s-%s-%s" % (ar, sub[:3], sub[3:]),
            lambda: "+1 %s-%s-%s" % (ar, sub[:3], sub[3:]),
        ]
    elif region in ("ES", "PT"):
        forms = [
            lambda: "(%s) %s" % (cc, _grp(n, [3, 2, 2]) if region == "ES" else _grp(n, [3, 3])),
            lambda: "%s %s" % (cc, _grp(n, [3, 3])),
        ]
    elif region == "IT":
        forms = [
            lambda: "(%s) %s %s" % (cc, n[:a], n[a:]),
            lambda: "%s %s %s" % (cc, n[:a], _grp(n[a:], [4])),
        ]
    elif region == "BR":
        forms = [
            lambda: "%s %s %s-%s" % (cc, ar, sub[:-4], sub[-4:]),
            lambda: "%s %s %s %s" % (cc, ar, sub[:-4], sub[-4:]),
        ]
    elif region == "IN":
        forms = [
            lambda: "%s %s %s" % (cc, ar, _grp(sub, [len(sub) - 4])),
            lambda: "%s (%s) %s" % (cc, ar, sub),
        ]
        if kind == "mobile":
            forms = [lambda: "%s %s %s" % (cc, n[:5], n[5:]), lambda: "%s %s-%s" % (cc, n[:5], n[5:])]
    elif region == "FR":
        forms = [
            lambda: "%s %s %s" % (cc, n[0], " ".join(_pairs_fr(n[1:]))),
            lambda: "%s (0)%s %s" % (cc, n[0], " ".join(_pairs_fr(n[1:]))),
        ]
    return rng.choice(forms)()


def other(rng, region, n):
    forms = {
        "US": [
            lambda: "%s.%s.%s" % (n[:3], n[3:6], n[6:]),
            lambda: "(%s) %s-%s" % (n[:3], n[3:6], n[6:]),
            lambda: "%s-%s-%s" % (n[:3], n[3:6], n[6:]),
        ],
        "GB": [lambda: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "0%s-%s" % (n[:3], n[3:])],
        "DE": [lambda: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "0%s-%s" % (n[:3], n[3:])],
        "NL": [lambda: "0%s %s" % (n[:3], n[3:]), lambda: "0%s-%s %s" % (n[:3], n[3:6], n[6:])],
        "BR": [lambda: "0%s %s %s" % (n[:3], n[3:6], n[6:]), lambda: "0%s %s-%s" % (n[:3], n[3:6], n[6:])],
        "IN": [lambda: "%s %s %s" % (n[:4], n[4:7], n[7:]), lambda: n],
        "FR": [lambda: " ".join(_pairs_fr("0" + n))],
        "ES": [lambda: _grp(n, [3, 3]), lambda: _grp(n, [3, 3], "-")],
        "IT": [lambda: _grp(n, [3, 3]), lambda: _grp(n, [3, 3], ".")],
        "PT": [lambda: _grp(n, [3, 3])],
    }
    return rng.choice(forms[region])()


def local(rng, region, sub):
    f = {
        "US": [lambda: "%s.%s" % (sub[:3], sub[3:]), lambda: sub, lambda: "%s-%s" % (sub[:3], sub[3:])],
        "GB": [
            lambda: _grp(sub, [3] if len(sub) == 7 else [4] if len(sub) == 8 else [6]),
            lambda: _grp(sub, [3], "-") if len(sub) == 7 else sub,
        ],
        "DE": [lambda: _pairs_right(sub), lambda: sub, lambda: _pairs_right(sub, "-")],
        "NL": [lambda: _grp(sub, [3]), lambda: sub, lambda: _grp(sub, [3], "-")],
        "BR": [lambda: "%s.%s" % (sub[:-4], sub[-4:]), lambda: sub, lambda: "%s %s" % (sub[:-4], sub[-4:])],
        "IN": [lambda: sub, lambda: _grp(sub, [len(sub) - 4])],
    }
    return rng.choice(f[region])()


def put_back(text, region, area):
    """Parse a subscriber-only form with its area code (and trunk prefix) put back."""
    digits = "".join(ch for ch in text if ch.isdigit())
    if region in ("US",):
        return pn.parse(area + digits, region)
    if region == "BR":
        return pn.parse("+55" + area + digits, None)
    return pn.parse("0" + area + digits, region)


def e164(num):
    return pn.format_number(num, pn.PhoneNumberFormat.E164)
