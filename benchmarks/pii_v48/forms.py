"""Written forms of v48's phone numbers, by region and use (national, mobile, intl, local, service)."""

from . import numbers as nb

EN_DASH = "\u2013"
NBSP = "\u00a0"
VANITY = ["TACO", "WING", "BAKE", "CAKE", "SOUP", "BEEF", "FOOD", "MEAL", "WOKS", "PIES", "BUNS", "RICE"]
KEYPAD = {
    c: d
    for d, cs in {
        "2": "ABC",
        "3": "DEF",
        "4": "GHI",
        "5": "JKL",
        "6": "MNO",
        "7": "PQRS",
        "8": "TUV",
        "9": "WXYZ",
    }.items()
    for c in cs
}


def pairs(s):
    """Pairs from the right, as older German print does: 542317 -> 54 23 17."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def _fr(n):
    return [n[0]] + [n[i : i + 2] for i in range(1, 9, 2)]


def national(rng, region, nsn, area):
    s = nsn[len(area) :]
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        return rng.choice(
            [
                f"{a} {b} {c}",
                f"({a}){b}-{c}",
                f"{a}/{b}-{c}",
                f"1 ({a}) {b}-{c}",
                f"({a}) {b}{EN_DASH}{c}",
                f"{a}-{b}-{c}",
            ]
        )
    if region == "GB":
        if len(area) == 4:
            return rng.choice([f"0{area}-{s}", f"(0{area}) {s}", f"0{area} {s}"])
        return rng.choice(
            [f"0{area} {s[:3]} {s[3:]}", f"0{area}-{s[:3]}-{s[3:]}", f"(0{area}) {s[:3]} {s[3:]}"]
        )
    if region == "DE":
        return rng.choice([f"0{area} {s}", f"(0{area}) {pairs(s)}", f"0{area}-{s}", f"0{area}/{s}"])
    if region == "NL":
        if len(area) == 2:
            return rng.choice(
                [f"0{area} - {s[:3]} {s[3:5]} {s[5:]}", f"0{area} {s}", f"0{area} {s[:3]} {s[3:]}"]
            )
        return rng.choice([f"0{area} {s[:2]} {s[2:4]} {s[4:]}", f"0{area} - {s}", f"0{area}-{s[:3]} {s[3:]}"])
    if region == "BR":
        return rng.choice(
            [f"({area}) {s[:4]}-{s[4:]}", f"({area}) {s[:4]} {s[4:]}", f"{area}-{s[:4]}-{s[4:]}"]
        )
    if region == "IN":
        if len(s) == 8:
            return rng.choice([f"0{area}-{s}", f"0{area} {s[:4]} {s[4:]}", f"(0{area}) {s}"])
        return rng.choice([f"0{area}-{s}", f"0{area} {s}", f"(0{area}) {s[:3]} {s[3:]}"])
    if region == "FR":
        p = _fr(nsn)
        return rng.choice(["0" + "-".join(p), "0" + nsn])
    if region == "ES":
        if nsn[:2] in ("91", "93"):
            return rng.choice(
                [f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
            )
        return rng.choice([f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
    if region == "IT":
        return rng.choice([f"{area}-{s}", f"({area}) {s}", f"{area}/{s}"])
    if region == "PT":
        return rng.choice(
            [nsn, f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
        )
    raise ValueError(region)


def mobile(rng, region, nsn):
    if region == "US":
        return national(rng, region, nsn, nsn[:3])
    if region == "GB":
        return rng.choice([f"0{nsn[:4]}-{nsn[4:]}", f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}"])
    if region == "DE":
        p = nsn[:3]
        return rng.choice([f"0{p}-{nsn[3:]}", f"0{p} {nsn[3:6]} {nsn[6:]}", f"0{p}/{nsn[3:]}"])
    if region == "NL":
        return rng.choice([f"06-{nsn[1:]}", f"06 - {nsn[1:5]} {nsn[5:]}", f"06 {nsn[1:5]} {nsn[5:]}"])
    if region == "BR":
        a, x = nsn[:2], nsn[3:]
        return rng.choice([f"({a}) 9 {x[:4]}-{x[4:]}", f"({a}) 9{x[:4]}-{x[4:]}", f"{a} 9 {x[:4]} {x[4:]}"])
    if region == "IN":
        return rng.choice([f"{nsn[:5]} {nsn[5:]}", f"{nsn[:5]}-{nsn[5:]}", f"0{nsn[:5]} {nsn[5:]}"])
    if region == "FR":
        p = _fr(nsn)
        return rng.choice(["0" + "-".join(p), "0" + nsn])
    if region == "ES":
        return rng.choice([f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
    if region == "IT":
        return rng.choice([f"{nsn[:3]}/{nsn[3:]}", f"{nsn[:3]}-{nsn[3:]}", f"{nsn[:3]} {nsn[3:]}"])
    if region == "PT":
        return rng.choice([f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
    raise ValueError(region)


def international(rng, region, nsn, area, is_mobile):
    cc = str(nb.pn.country_code_for_region(region))
    if is_mobile or not area:
        head = {
            "GB": 4,
            "DE": 3,
            "NL": 1,
            "BR": 2,
            "IN": 5,
            "FR": 1,
            "ES": 3,
            "IT": 3,
            "PT": 2,
            "AT": 3,
            "CH": 2,
            "BE": 3,
            "AU": 3,
            "IE": 2,
            "US": 3,
        }[region]
    else:
        head = len(area)
    a, s = nsn[:head], nsn[head:]
    if region == "US":
        return rng.choice([f"+1 ({a}) {s[:3]}-{s[3:]}", f"+1 {a} {s[:3]} {s[3:]}", f"+1{nsn}"])
    if region == "BR" and is_mobile:
        return rng.choice([f"+55 {a} 9 {s[1:5]}-{s[5:]}", f"+55 ({a}) 9{s[1:5]}-{s[5:]}"])
    if region == "BR":
        return rng.choice([f"+55 ({a}) {s[:4]}-{s[4:]}", f"+55 {a} {s[:4]} {s[4:]}"])
    if region == "IN":
        return rng.choice([f"+91-{a}-{s}", f"+91 {a} {s}", f"+91{nsn}"])
    if region == "FR":
        return rng.choice([f"+33 {a} " + " ".join(_fr(nsn)[1:]), f"+33{nsn}"])
    if region == "CH":
        return rng.choice([f"+41 {a} {s[:3]} {s[3:5]} {s[5:]}", f"+41 {a} {s}", f"+41{nsn}"])
    if region == "BE":
        return rng.choice(
            [
                f"+32 {a} {s[:3]} {s[3:5]} {s[5:]}" if len(s) == 7 else f"+32 {a} {s[:2]} {s[2:4]} {s[4:]}",
                f"+32-{a}-{s}",
            ]
        )
    if region == "AU":
        return rng.choice(
            [
                f"+61 {a} {s[:4]} {s[4:]}" if not is_mobile else f"+61 {a} {s[:3]} {s[3:]}",
                f"+61-{a}-{s[:4]}-{s[4:]}" if not is_mobile else f"+61{nsn}",
            ]
        )
    return rng.choice([f"+{cc} {a} {s}", f"+{cc}-{a}-{s}", f"+{cc}{nsn}"])


def local(rng, region, sub):
    if region == "US":
        return rng.choice([f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}{EN_DASH}{sub[3:]}"])
    if region == "GB":
        return (
            rng.choice([sub, f"{sub[:3]}-{sub[3:]}"])
            if len(sub) == 6
            else rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
        )
    if region == "DE":
        return (
            rng.choice([pairs(sub), sub]) if len(sub) % 2 == 0 else rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
        )
    if region == "NL":
        return (
            rng.choice([sub, f"{sub[:3]}-{sub[3:]}"])
            if len(sub) == 7
            else rng.choice([sub, f"{sub[:2]} {sub[2:4]} {sub[4:]}"])
        )
    if region == "BR":
        return rng.choice([f"{sub[:4]}-{sub[4:]}", sub])
    if region == "IN":
        return (
            rng.choice([sub, f"{sub[:4]} {sub[4:]}"])
            if len(sub) == 8
            else rng.choice([sub, f"{sub[:3]}-{sub[3:]}"])
        )
    raise ValueError(region)


def service(rng, region, nsn):
    if region == "US":
        if rng.random() < 0.3:
            for _ in range(50):
                word = rng.choice(VANITY)
                cand = nsn[:6] + "".join(KEYPAD[c] for c in word)
                if nb._ok(cand, "US", nb.SERVICE_TYPES) is not None:
                    return f"1-{nsn[:3]}-{nsn[3:6]}-{word}", cand
        return rng.choice([f"({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}", f"1 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]), nsn
    if region == "GB":
        return f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn
    if region == "DE":
        return rng.choice([f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}-{nsn[3:6]} {nsn[6:8]} {nsn[8:]}"]), nsn
    if region == "FR":
        return f"0 {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", nsn
    if region == "ES":
        return rng.choice(
            [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"]
        ), nsn
    if region == "IT":
        return rng.choice([f"{nsn[:3]}-{nsn[3:]}", f"{nsn[:3]} {nsn[3:]}"]), nsn
    if region == "NL":
        return rng.choice([f"0{nsn[:3]}-{nsn[3:]}", f"0{nsn[:3]} - {nsn[3:]}"]), nsn
    if region == "PT":
        return f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", nsn
    if region == "BR":
        return rng.choice([f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"0{nsn[:3]} {nsn[3:]}"]), nsn
    if region == "IN":
        return rng.choice([f"{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"{nsn[:4]} {nsn[4:]}"]), nsn
    raise ValueError(region)
