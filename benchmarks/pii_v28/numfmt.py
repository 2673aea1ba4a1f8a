"""How people in each country write phone numbers (v28 habits), always re-checked with phonenumbers."""

import re

import phonenumbers as pn

from .values import DIAL_00, FMT


def _nat(num):
    return pn.format_number(num, FMT.NATIONAL)


def _nsn(num):
    return pn.national_significant_number(num)


def _grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def national_styles(num, region):
    """Candidate national spellings (without country code)."""
    nsn, al = _nsn(num), pn.length_of_geographical_area_code(num)
    nat = _nat(num)
    c = [nat]
    if region == "US":
        a, b, d = nsn[:3], nsn[3:6], nsn[6:]
        c += [f"{a} {b} {d}", f"({a}) {b} {d}", f"{a}/{b}-{d}", f"({a}){b}-{d}"]
    elif region in ("GB", "IE", "AU"):
        t = "0" + nsn
        c += [
            t,
            _grp(t, [5, 3]) if al == 4 else _grp(t, [4, 3]),
            "(" + t[: al + 1] + ") " + t[al + 1 :] if al else _grp(t, [5, 6]),
        ]
    elif region in ("DE", "AT", "CH"):
        t = "0" + nsn
        if al:
            c += [f"{t[: al + 1]} - {t[al + 1 :]}", f"{t[: al + 1]} / {t[al + 1 :]}"]
        else:
            c += [f"{t[:4]} {t[4:]}", f"{t[:4]}-{t[4:]}", f"{t[:5]} / {t[5:]}"]
    elif region in ("FR", "BE"):
        t = "0" + nsn
        c += [_grp(t, [2, 2, 2, 2, 2], "."), t] if len(t) == 10 else [t]
    elif region == "ES":
        c += [_grp(nsn, [2, 3, 2, 2]), _grp(nsn, [3, 3, 3]), _grp(nsn, [3, 2, 2, 2], ".")]
    elif region == "IT":
        if nsn.startswith("3"):
            c += [_grp(nsn, [3, 7]), _grp(nsn, [3, 3, 4]), _grp(nsn, [3, 7], "-")]
        else:
            c += [_grp(nsn, [3, 3, 4]) if len(nsn) == 10 else nsn, f"{nsn[:3]} {nsn[3:]}"]
    elif region == "NL":
        t = "0" + nsn
        if al:
            c += [
                f"{t[: al + 1]}-{t[al + 1 :]}",
                f"({t[: al + 1]}) {t[al + 1 :]}",
                f"{t[: al + 1]} - {t[al + 1 :]}",
            ]
        else:
            c += [
                f"{t[:2]}-{t[2:]}",
                f"{t[:2]} {_grp(t[2:], [4, 4])}",
                f"{t[:2]} {_grp(t[2:], [2, 2, 2, 2])}",
            ]
    elif region == "BR":
        a, rest = nsn[:2], nsn[2:]
        if len(rest) == 9:
            c += [f"({a}) {rest[0]} {rest[1:5]}-{rest[5:]}", f"{a} {rest[:5]} {rest[5:]}", f"0{a} {rest}"]
        elif al:
            c += [f"({a}) {rest[:4]} {rest[4:]}", f"{a} {rest[:4]}-{rest[4:]}", f"({a}){rest[:4]}-{rest[4:]}"]
    elif region == "IN":
        if al:
            t = "0" + nsn
            c += [
                f"{t[: al + 1]}-{t[al + 1 :]}",
                f"{t[: al + 1]} {t[al + 1 :]}",
                f"({t[: al + 1]}) {t[al + 1 :]}",
            ]
        else:
            c = [f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    return [s for s in dict.fromkeys(c) if _ok(s, num, region)]


def intl_styles(num, doc_region):
    cc = str(num.country_code)
    nsn, al = _nsn(num), pn.length_of_geographical_area_code(num)
    intl = pn.format_number(num, FMT.INTERNATIONAL)
    c = [intl, "+" + cc + " " + nsn]
    if al:
        c.append(f"+{cc} ({nsn[:al]}) {nsn[al:]}")
    if (
        pn.region_code_for_number(num) in ("DE", "AT", "CH", "GB", "IT", "NL", "BE")
        and num.country_code != 39
    ):
        c.append(f"+{cc} (0) {nsn}")
    if doc_region in DIAL_00:
        c += ["00" + intl[1:], "00" + cc + "-" + nsn]
    return [s for s in dict.fromkeys(c) if _ok(s, num, "ZZ")]


def service_styles(num, region):
    nat = _nat(num)
    d = re.sub(r"\D", "", nat)
    c = [nat, d, nat.replace(" ", "-")]
    if region == "US":
        c += ["1-" + d[:3] + "-" + d[3:6] + "-" + d[6:], "1 (" + d[:3] + ") " + d[3:6] + "-" + d[6:]]
    return [s for s in dict.fromkeys(c) if _ok(s, num, region)]


def subscriber_styles(num, region):
    nsn, al = _nsn(num), pn.length_of_geographical_area_code(num)
    s = nsn[al:]
    if len(s) == 7:
        c = [
            f"{s[:3]}-{s[3:]}",
            f"{s[:3]} {s[3:]}",
            f"{s[:3]} {s[3:5]} {s[5:]}",
            f"{s[:3]}.{s[3:]}",
            f"{s[:1]} {s[1:4]} {s[4:]}" if region in ("DE", "NL") else s,
        ]
    elif len(s) == 8:
        c = [f"{s[:4]}-{s[4:]}", f"{s[:4]} {s[4:]}", f"{s[:2]} {s[2:5]} {s[5:]}" if region != "BR" else s]
    else:
        c = [f"{s[:3]} {s[3:]}", f"{s[:2]} {s[2:4]} {s[4:]}", s]
    return list(dict.fromkeys(c))


def _ok(text, num, region):
    try:
        got = pn.parse(text, region if region != "ZZ" else None)
    except pn.NumberParseException:
        return False
    return pn.format_number(got, FMT.E164) == pn.format_number(num, FMT.E164)
