"""How v53's writers put numbers down: each form must parse back to the same valid number."""

import phonenumbers as pn

from . import numbers as nb


def _g(d, sizes, sep=" "):
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return sep.join(x for x in out if x)


def _pairs(d):
    return " ".join(d[i : i + 2] for i in range(0, len(d), 2))


def national(rng, num, nsn, region):
    a = nb.ndc_len(num)
    area, rest = nsn[:a], nsn[a:]
    free = pn.number_type(num) in nb.FREE
    if region == "US":
        x, y = rest[:3], rest[3:]
        if free:
            return rng.choice([f"{area}.{x}.{y}", f"1.{area}.{x}.{y}", f"({area}) {x} {y}"])
        return rng.choice(
            [
                f"({area}){x}-{y}",
                f"{area}.{x}.{y}",
                f"1-{area}-{x}-{y}",
                f"{area}\u2013{x}\u2013{y}",
                f"{area}-{x}-{y}",
            ]
        )
    if region == "GB":
        if free:
            return rng.choice([f"0{area} {rest[:3]} {rest[3:]}", f"0{area}-{rest[:3]}-{rest[3:]}"])
        if len(rest) == 6:
            return rng.choice([f"0{area} {rest}", f"(0{area}) {rest[:3]} {rest[3:]}"])
        if len(rest) == 8:
            return rng.choice([f"(0{area}) {rest[:4]}-{rest[4:]}", f"0{area}-{rest[:4]}-{rest[4:]}"])
        return rng.choice(
            [f"0{area}-{rest[:3]}-{rest[3:]}", f"(0{area}) {rest}", f"0{area} {rest[:3]} {rest[3:]}"]
        )
    if region == "DE":
        if free:
            return f"0{area} {_g(rest, [3, 3, 2])}"
        return rng.choice(
            [
                f"(0{area}) {_pairs(rest)}",
                f"0{area}-{rest}",
                f"0{area} {_g(rest, [4, 4])}",
                f"(0{area}) {rest}",
            ]
        )
    if region == "FR":
        d = "0" + nsn
        if free:
            return _pairs(d)
        return rng.choice([".".join(d[i : i + 2] for i in range(0, 10, 2)), _pairs(d), d])
    if region == "ES":
        if free:
            return f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"
        if nsn[0] in "67":
            return rng.choice([f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", nsn])
        return rng.choice(
            [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:2]}.{nsn[2:5]}.{nsn[5:7]}.{nsn[7:]}"]
        )
    if region == "IT":
        if free:
            return rng.choice([f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"{nsn[:3]} {nsn[3:]}"])
        if nsn[0] == "3":
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}-{nsn[3:]}"])
        return rng.choice([f"{area} {_g(rest, [4, 4])}", f"{area}.{rest}"])
    if region == "NL":
        if free:
            return f"0{area} {rest[:3]} {rest[3:]}"
        if area == "6":
            return rng.choice(
                [f"06 {rest[:3]} {rest[3:6]} {rest[6:]}", f"06-{rest[:3]} {rest[3:6]} {rest[6:]}"]
            )
        return rng.choice([f"(0{area}) {_g(rest, [3, 2, 2])}", f"0{area} {_g(rest, [3, 4])}"])
    if region == "PT":
        if nsn[0] == "2" and not free:
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"])
        return f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"
    if region == "BR":
        if free:
            return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"])
        if len(rest) == 9:
            return rng.choice([f"({area}) {rest[:5]}-{rest[5:]}", f"{area} {rest[:5]}.{rest[5:]}"])
        return rng.choice([f"({area}) {rest[:4]}.{rest[4:]}", f"(0{area}) {rest[:4]}-{rest[4:]}"])
    if region == "IN":
        if free:
            return f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}"
        if nsn[0] in "6789":
            return rng.choice([f"{nsn[:5]}-{nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}", f"{nsn[:5]} {nsn[5:]}"])
        return rng.choice([f"(0{area}) {rest}", f"0{area} - {rest[:4]} {rest[4:]}"])
    raise ValueError(region)


def international(rng, num, nsn, region):
    cc = str(num.country_code)
    a = nb.ndc_len(num)
    area, rest = nsn[:a], nsn[a:]
    if region == "US":
        return rng.choice([f"+1-{area}-{rest[:3]}-{rest[3:]}", f"+1 {area}-{rest[:3]}-{rest[3:]}"])
    if region == "IT":
        if nsn[0] == "3":
            return rng.choice([f"(+39) {nsn[:3]} {nsn[3:]}", f"+39 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"])
        return f"+39 {area} {_g(rest, [4, 4])}"
    if region == "ES":
        return rng.choice(
            [f"(+34) {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        )
    if region == "PT":
        return rng.choice([f"(+351) {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"+351 {nsn[:3]} {nsn[3:6]} {nsn[6:]}"])
    if region == "BR":
        if len(rest) == 9:
            return rng.choice([f"+55 ({area}) {rest[:5]}-{rest[5:]}", f"+55 {area} {rest[:5]} {rest[5:]}"])
        return f"+55 {area} {rest[:4]} {rest[4:]}"
    if region == "IN":
        if nsn[0] in "6789":
            return f"+91 {nsn[:5]} {nsn[5:]}"
        return f"+91 {area} {rest[:4]} {rest[4:]}"
    if region == "FR":
        return rng.choice([f"+33 (0){nsn[0]} {_pairs(nsn[1:])}", f"+33 {nsn[0]} {_pairs(nsn[1:])}"])
    if region in ("CH", "BE") and len(rest) in (6, 7):
        body = _g(rest, [3, 2, 2]) if len(rest) == 7 else _g(rest, [2, 2, 2])
        return rng.choice([f"+{cc} (0){area} {body}", f"+{cc} {area} {body}"])
    if region in ("GB", "DE", "NL", "AT", "IE", "AU", "CH", "BE"):
        body = (
            _g(rest, [3, 4]) if len(rest) == 7 else _g(rest, [4, 4]) if len(rest) == 8 else _g(rest, [3, 3])
        )
        return rng.choice([f"+{cc} (0){area} {body}", f"+{cc} (0) {area} {body}", f"+{cc}-{area}-{rest}"])
    raise ValueError(region)


def local(rng, sub, region):
    n = len(sub)
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "GB":
        if n == 8:
            return rng.choice([f"{sub[:4]} {sub[4:]}", f"{sub[:4]}-{sub[4:]}"])
        if n == 6:
            return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
        return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "DE":
        if n == 6:
            return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
        return rng.choice([sub, f"{sub[:3]} {sub[3:5]} {sub[5:]}"])
    if region == "NL":
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]}.{sub[4:]}", sub])
    if region == "IN":
        if n == 8:
            return rng.choice([sub, f"{sub[:4]}-{sub[4:]}"])
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
    raise ValueError(region)
