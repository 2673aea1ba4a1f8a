"""Everyday ways of writing numbers, per country (v95): none is a habit v52 listed."""

from .numbers import g, pairs_right


def _us(n):
    a, x, s = n[:3], n[3:6], n[6:]
    return {
        "nat": [f"{a}.{x}.{s}", f"({a}){x}-{s}", f"{a}-{x}-{s}", f"1.{a}.{x}.{s}", f"1-{a}-{x}-{s}"],
        "intl": [f"+1-{a}-{x}-{s}", f"+1.{a}.{x}.{s}", f"+1 {a}-{x}-{s}", f"+1{a}{x}{s}"],
        "loc": [f"{x}.{s}", f"{x}-{s}", f"{x} {s}"],
    }


def _gb(n):
    if n.startswith("2"):
        a, rest = n[:2], n[2:]
        nat = [
            f"0{a} {rest[:4]} {rest[4:]}",
            f"0{a}{rest[0]} {rest[1:4]} {rest[4:]}",
            f"0{a}-{rest[:4]}-{rest[4:]}",
        ]
        intl = [f"+44 (0){a} {rest[:4]} {rest[4:]}", f"+44 {a} {rest[:4]} {rest[4:]}"]
    elif n.startswith("1") and n[2] == "1" or n.startswith("11"):
        a, rest = n[:3], n[3:]
        nat = [f"0{a} {rest[:3]} {rest[3:]}", f"0{a}-{rest[:3]}-{rest[3:]}", f"0{a} {rest}"]
        intl = [f"+44 (0){a} {rest[:3]} {rest[3:]}", f"+44 (0) {a} {rest[:3]} {rest[3:]}", f"+44-{a}-{rest}"]
    elif n.startswith("7"):
        a, rest = n[:4], n[4:]
        nat = [
            f"0{a}-{rest[:3]}-{rest[3:]}",
            f"0{a} {rest[:3]}-{rest[3:]}",
            f"0{a[:3]} {a[3]}{rest[:2]} {rest[2:]}",
        ]
        intl = [f"+44 (0) {a} {rest}", f"+44 (0){a} {rest[:3]} {rest[3:]}", f"+44-{a}-{rest}"]
    elif n[0] in "389":
        a, rest = n[:3], n[3:]
        nat = [f"0{a} {rest[:3]} {rest[3:]}", f"0{a}-{rest[:3]}-{rest[3:]}", f"0{a} {rest}"]
        intl = [f"+44 {a} {rest[:3]} {rest[3:]}"]
    else:
        a, rest = n[:4], n[4:]
        nat = [f"0{a} {rest}", f"0{a}-{rest}", f"0{a} {rest[:3]} {rest[3:]}"]
        intl = [f"+44 (0){a} {rest}", f"+44 {a} {rest[:3]} {rest[3:]}"]
    return {"nat": nat, "intl": intl}


def _gb_loc(sub):
    if len(sub) == 7:
        return [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}", f"{sub[:4]} {sub[4:]}"]
    return [f"{sub[:3]} {sub[3:]}", f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"]


def _de(n, area_len):
    a, rest = n[:area_len], n[area_len:]
    nat = [f"(0{a}) {rest}", f"0{a}-{rest}", f"0{a} {pairs_right(rest)}", f"0{a} - {pairs_right(rest)}"]
    intl = [f"+49 (0){a} {rest}", f"+49 (0) {a} {pairs_right(rest)}", f"+49 {a} {pairs_right(rest)}"]
    return {"nat": nat, "intl": intl}


def _de_area_len(n):
    if n[0] == "1":
        return 3
    if n[:2] in ("30", "40", "89", "69"):
        return 2
    if n[:3] in (
        "221",
        "431",
        "421",
        "451",
        "561",
        "931",
        "941",
        "821",
        "361",
        "331",
        "551",
        "651",
        "800",
        "180",
    ):
        return 3
    return 4


def _fr(n):
    d = "0" + n
    p = [d[i : i + 2] for i in range(0, 10, 2)]
    if n.startswith("8"):
        nat = [f"{d[:4]} {d[4:6]} {d[6:8]} {d[8:]}", f"{d[:4]}.{d[4:6]}.{d[6:8]}.{d[8:]}", " ".join(p)]
    else:
        nat = [" ".join(p), ".".join(p), "".join(p)]
    intl = [
        f"+33 (0){n[0]} {' '.join(p[1:])}",
        f"+33 {n[0]} {' '.join(p[1:])}",
        f"+33 {n[0]}.{'.'.join(p[1:])}",
    ]
    return {"nat": nat, "intl": intl}


def _es(n):
    if n[0] in "67":
        nat = [g(n, [3, 2, 2, 2]), g(n, [3, 3, 3], "-"), g(n, [3, 3, 3], ".")]
    elif n[0] in "89":
        nat = [g(n, [3, 3, 3]), g(n, [3, 2, 2, 2]), g(n, [3, 3, 3], "-")]
    else:
        nat = [g(n, [3, 2, 2, 2]), g(n, [2, 3, 2, 2], "."), g(n, [3, 3, 3])]
    intl = [f"+34 {g(n, [3, 2, 2, 2])}", f"+34 {g(n, [3, 3, 3])}", f"+34.{g(n, [3, 3, 3], '.')}"]
    return {"nat": nat, "intl": intl}


def _it(n):
    if n[0] == "3":
        nat = [g(n, [3, 3, 4]), g(n, [3, 3, 2, 2]), g(n, [3, 7], ".")]
    elif n[0] == "8":
        nat = [g(n, [3, 3, 3]), g(n, [3, 6], ".")]
    else:
        al = 2 if n[:2] in ("02", "06") else 3
        nat = [g(n, [al, 4, 4]), g(n, [al, 4, 4], "."), f"({n[:al]}) {n[al:]}"]
    intl = [f"+39 {nat[0]}", f"+39 ({n[:3]}) {n[3:]}" if n[0] == "3" else f"+39.{nat[0].replace(' ', '.')}"]
    return {"nat": nat, "intl": intl}


def _nl(n):
    if n[0] == "6":
        nat = [f"06 {g(n[1:], [2, 2, 2, 2])}", f"(06) {n[1:]}", f"06-{g(n[1:], [3, 3, 2])}"]
        intl = [f"+31 (0)6 {g(n[1:], [4, 4])}", f"+31 6 {g(n[1:], [2, 2, 2, 2])}", f"+31-6-{n[1:]}"]
    elif n.startswith("800"):
        nat = [f"0800 {g(n[3:], [3, 4])}", f"0800-{n[3:]}"]
        intl = [f"+31 800 {n[3:]}"]
    else:
        a, rest = n[:2], n[2:]
        nat = [f"0{a} {g(rest, [3, 4])}", f"(0{a}) {g(rest, [3, 2, 2])}", f"0{a}/{rest}"]
        intl = [f"+31 (0){a} {g(rest, [3, 4])}", f"+31 {a} {g(rest, [3, 2, 2])}", f"+31-{a}-{rest}"]
    return {"nat": nat, "intl": intl}


def _nl_loc(sub):
    return [f"{sub[:3]}-{sub[3:]}", sub, f"{sub[:3]} {sub[3:5]} {sub[5:]}"]


def _pt(n):
    nat = [g(n, [3, 3, 3]), g(n, [2, 3, 2, 2]) if n[0] == "2" else g(n, [3, 2, 2, 2]), g(n, [3, 3, 3], ".")]
    intl = [f"+351 {g(n, [3, 3, 3])}", f"+351 {n}", f"(+351) {g(n, [3, 3, 3])}"]
    return {"nat": nat, "intl": intl}


def _br(n):
    if n.startswith("800"):
        return {"nat": [f"0800 {n[3:6]} {n[6:]}", f"0800.{n[3:6]}.{n[6:]}", f"0800 {n[3:]}"], "intl": []}
    a, rest = n[:2], n[2:]
    if len(rest) == 9:
        nat = [f"({a}) {rest[:5]}-{rest[5:]}", f"{a} {rest[:5]}-{rest[5:]}", f"({a}) {rest[:5]} {rest[5:]}"]
        intl = [f"+55 {a} {rest[:5]}-{rest[5:]}", f"+55 ({a}) {rest[:5]}-{rest[5:]}", f"+55{a}{rest}"]
    else:
        nat = [f"({a}) {rest[:4]} {rest[4:]}", f"({a}) {rest[:4]}.{rest[4:]}", f"{a}-{rest[:4]}-{rest[4:]}"]
        intl = [f"+55 {a} {rest[:4]}-{rest[4:]}", f"+55-{a}-{rest[:4]}-{rest[4:]}"]
    return {"nat": nat, "intl": intl}


def _br_loc(sub):
    return [f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"]


def _in(n, area_len=None):
    if n.startswith("1800"):
        return {"nat": [f"1800 {n[4:7]} {n[7:]}", f"1800-{n[4:]}", f"1-800-{n[4:7]}-{n[7:]}"], "intl": []}
    if n[0] in "6789":
        nat = [f"0{n[:5]}-{n[5:]}", f"{n[:5]} {n[5:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"0-{n}"]
        intl = [f"+91 {n[:5]} {n[5:]}", f"+91 {n[:3]} {n[3:6]} {n[6:]}", f"+91-{n[:5]}-{n[5:]}"]
        return {"nat": nat, "intl": intl}
    al = area_len or 2
    a, rest = n[:al], n[al:]
    nat = [f"0{a} {rest}", f"(0{a}) {rest[:4]} {rest[4:]}", f"0{a}-{rest[:4]}-{rest[4:]}"]
    intl = [f"+91 {a} {rest}", f"+91 ({a}) {rest}", f"+91-{a}-{rest[:4]}-{rest[4:]}"]
    return {"nat": nat, "intl": intl}


def _in_loc(sub):
    return (
        [sub, f"{sub[:4]}-{sub[4:]}", f"{sub[:3]} {sub[3:]}"]
        if len(sub) == 8
        else [sub, f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}"]
    )


def _intl_only(region, n):
    cc = {"AT": "43", "CH": "41", "BE": "32", "IE": "353", "AU": "61"}[region]
    if region == "AT":
        al = 1 if n[0] == "1" else 3
        return [f"+43 (0){n[:al]} {n[al:]}", f"+43 {n[:al]}/{n[al:]}", f"+43-{n[:al]}-{n[al:]}"]
    if region == "CH":
        return [
            f"+41 (0){n[:2]} {n[2:5]} {n[5:7]} {n[7:]}",
            f"+41{n}",
            f"+41 {n[:2]} {n[2:5]}.{n[5:7]}.{n[7:]}",
        ]
    if region == "BE":
        if len(n) == 9:
            return [f"+32 (0){n[:3]} {g(n[3:], [2, 2, 2])}", f"+32 {n[:3]}/{g(n[3:], [2, 2, 2], '.')}"]
        return [f"+32 (0){n[0]} {g(n[1:], [3, 2, 2])}", f"+32 {n[0]}/{g(n[1:], [3, 2, 2], '.')}"]
    if region == "IE":
        al = 1 if n[0] == "1" else 2
        return [f"+353 (0){n[:al]} {n[al : al + 3]} {n[al + 3 :]}", f"+353-{n[:al]}-{n[al:]}"]
    return [
        f"+{cc} (0){n[0]} {n[1:5]} {n[5:]}" if n[0] != "4" else f"+61 (0){n[:3]} {n[3:6]} {n[6:]}",
        f"+61 {n[0]} {n[1:5]} {n[5:]}" if n[0] != "4" else f"+61-{n[:3]}-{n[3:6]}-{n[6:]}",
    ]


def forms(region, nsn, area_len=None):
    """{'nat': [...], 'intl': [...]} for a national significant number."""
    if region in ("AT", "CH", "BE", "IE", "AU"):
        return {"nat": [], "intl": _intl_only(region, nsn)}
    if region == "US":
        return _us(nsn)
    if region == "GB":
        return _gb(nsn)
    if region == "DE":
        return _de(nsn, area_len or _de_area_len(nsn))
    if region == "IN":
        return _in(nsn, area_len)
    return {"FR": _fr, "ES": _es, "IT": _it, "NL": _nl, "PT": _pt, "BR": _br}[region](nsn)


def local_forms(region, sub):
    if region == "US":
        return _us("000" + sub)["loc"]
    if region == "GB":
        return _gb_loc(sub)
    if region == "DE":
        return [pairs_right(sub), sub, f"{sub[:3]} {sub[3:]}"] if len(sub) > 6 else [pairs_right(sub), sub]
    if region == "NL":
        return _nl_loc(sub)
    if region == "BR":
        return _br_loc(sub)
    return _in_loc(sub)
