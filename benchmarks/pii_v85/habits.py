"""Number-writing habits used in v85 (none of them in v52's list); every form is parsed back in checks."""


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _pairs(s):
    return _g(s, 3, 2, 2, 2) if len(s) % 2 else _g(s, 2, 2, 2, 2)


def national(region, nsn, a, kind, rng):
    """kind: fixed, mobile or other; a = length of the area code (fixed) or leading group."""
    head, rest = nsn[:a], nsn[a:]
    if region == "US":
        x, y = rest[:3], rest[3:]
        if kind == "other":
            return rng.choice([f"{head}.{x}.{y}", f"1.{head}.{x}.{y}", f"({head}){x}-{y}", f"{head} {x} {y}"])
        return rng.choice([f"{head}.{x}.{y}", f"({head}){x}-{y}", f"1-{head}-{x}-{y}", f"{head}-{x}-{y}"])
    if region == "GB":
        if kind == "mobile":
            return rng.choice(
                [f"0{nsn[:4]}-{nsn[4:7]}-{nsn[7:]}", f"0{nsn}", f"0{nsn[:4]} {nsn[4:7]}{nsn[7:]}"]
            )
        if kind == "other":
            return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"])
        if a == 2:
            return rng.choice([f"0{head}-{rest[:4]}-{rest[4:]}", f"(0{head}) {rest[:4]} {rest[4:]}"])
        if a == 3:
            return rng.choice([f"0{head}-{rest[:3]}-{rest[3:]}", f"0{head} {rest[:3]} {rest[3:]}"])
        return rng.choice([f"0{head} {rest[:3]}{rest[3:]}", f"0{head}-{rest}"])
    if region == "DE":
        if kind == "mobile":
            return rng.choice([f"0{head} {rest}", f"0{head}-{rest}", f"(0{head}) {rest[:4]} {rest[4:]}"])
        if kind == "other":
            return rng.choice([f"0{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"0{nsn[:3]}-{nsn[3:]}"])
        if len(rest) >= 6 and rest[-1] == "0" and rng.random() < 0.5:
            return f"0{head} {rest[:-1]}-0"
        pairs = (
            " ".join(_g(rest, 2, 2, 2, 2))
            if len(rest) % 2 == 0
            else rest[0] + " " + " ".join(_g(rest[1:], 2, 2, 2))
        )
        return rng.choice([f"(0{head}) {pairs}", f"0{head} {rest}", f"0{head}-{pairs}"])
    if region == "FR":
        p = " ".join(_g(nsn[1:], 2, 2, 2, 2))
        if kind == "other":
            return rng.choice(
                [
                    f"0{nsn[0]} {nsn[1:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
                    f"0{nsn[:3]}.{nsn[3:5]}.{nsn[5:7]}.{nsn[7:]}",
                ]
            )
        dots = ".".join(_g("0" + nsn, 2, 2, 2, 2))
        return rng.choice([dots, f"0{nsn[0]} {p}", f"0{nsn}"])
    if region == "ES":
        if kind == "other":
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn])
        return rng.choice(
            [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", nsn, f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
        )
    if region == "IT":
        if kind == "mobile":
            return rng.choice(
                [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"{nsn[:3]} {nsn[3:]}"]
            )
        if kind == "other":
            return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}"])
        return rng.choice([f"{head} {rest[:4]} {rest[4:]}", f"{head}.{rest}", f"({head}) {rest}"])
    if region == "NL":
        if kind == "mobile":
            return rng.choice(
                [
                    "06 " + " ".join(_g(nsn[1:], 2, 2, 2, 2)),
                    f"06 {nsn[1:4]} {nsn[4:7]} {nsn[7:]}",
                    f"(06) {nsn[1:]}",
                ]
            )
        if kind == "other":
            return rng.choice([f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}.{nsn[3:]}"])
        if a == 2:
            return rng.choice(
                [
                    f"(0{head}) {rest[:3]} {rest[3:5]} {rest[5:]}",
                    f"0{head} {rest[:3]} {rest[3:]}",
                    f"0{head}.{rest}",
                ]
            )
        return rng.choice([f"(0{head}) {rest[:3]} {rest[3:]}", f"0{head} {rest[:2]} {rest[2:4]} {rest[4:]}"])
    if region == "PT":
        if kind == "other":
            return rng.choice(
                [f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}", f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"]
            )
        return rng.choice([f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn, f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}"])
    if region == "BR":
        if kind == "other":
            return rng.choice([f"0800 {nsn[3:6]} {nsn[6:]}", f"0800.{nsn[3:6]}.{nsn[6:]}"])
        if kind == "mobile":
            return rng.choice(
                [f"({head}) {rest[:5]}-{rest[5:]}", f"{head} {rest[:5]}-{rest[5:]}", f"({head}) {rest}"]
            )
        return rng.choice(
            [f"({head}) {rest[:4]} {rest[4:]}", f"{head} {rest}", f"({head}){rest[:4]}.{rest[4:]}"]
        )
    if region == "IN":
        if kind == "mobile":
            return rng.choice([f"{nsn[:5]} {nsn[5:]}", nsn, f"0{nsn[:5]}-{nsn[5:]}"])
        if kind == "other":
            return rng.choice([f"{nsn[:4]} {nsn[4:7]} {nsn[7:]}", nsn])
        return rng.choice(
            [f"(0{head}) {rest}", f"0{head} {rest[:4]} {rest[4:]}", f"0{head}-{rest[:4]}-{rest[4:]}"]
        )
    raise KeyError(region)


def international(region, nsn, a, kind, rng, cc):
    head, rest = nsn[:a], nsn[a:]
    if region == "US":
        return rng.choice(
            [
                f"+1-{head}-{rest[:3]}-{rest[3:]}",
                f"+1.{head}.{rest[:3]}.{rest[3:]}",
                f"+1 {head}-{rest[:3]}-{rest[3:]}",
            ]
        )
    if region == "GB":
        return rng.choice(
            [
                f"+44 (0){head} {rest}" if a > 2 else f"+44 (0){head} {rest[:4]} {rest[4:]}",
                f"+44-{head}-{rest}",
                f"+44 (0) {head} {rest}",
            ]
        )
    if region in ("DE", "AT"):
        return rng.choice([f"+{cc} (0){head} {rest}", f"+{cc} (0) {head} {rest}", f"+{cc} {head} / {rest}"])
    if region in ("FR", "CH", "BE"):
        trunk = "0" if region != "IT" else ""
        return rng.choice(
            [
                f"+{cc} ({trunk}){head} " + " ".join(_pairs(rest)),
                f"+{cc}.{head}." + ".".join(_pairs(rest)),
                f"(+{cc}) {head} {rest}",
            ]
        )
    if region == "NL":
        return rng.choice([f"+31 (0){head} {rest}", f"+31-{head}-{rest}", f"(+31) {head} {rest}"])
    if region == "IT":
        return rng.choice([f"(+39) {head} {rest}", f"+39 {head} {rest[:3]} {rest[3:]}", f"+39-{head}-{rest}"])
    if region in ("ES", "PT"):
        return rng.choice(
            [f"(+{cc}) {nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"+{cc} {nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}"]
        )
    if region == "BR":
        return rng.choice(
            [
                f"+55 {head} {rest[:-4]} {rest[-4:]}",
                f"+55 ({head}) {rest[:-4]}.{rest[-4:]}",
                f"+55-{head}-{rest[:-4]}-{rest[-4:]}",
            ]
        )
    if region == "IN":
        return rng.choice(
            [
                f"+91 {nsn[:5]} {nsn[5:]}",
                f"(+91) {nsn}",
                f"+91 {head} {rest[:4]} {rest[4:]}" if kind == "fixed" else f"+91.{nsn}",
            ]
        )
    if region == "IE":
        return rng.choice([f"+353 (0){head} {rest}", f"(+353) {head} {rest[:3]} {rest[3:]}"])
    if region == "AU":
        return rng.choice([f"+61 (0){head} {rest[:4]} {rest[4:]}", f"(+61) {head} {rest}"])
    raise KeyError(region)


def local(region, sub, rng):
    """Subscriber-only forms."""
    n = len(sub)
    if region == "US":
        return rng.choice([f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}–{sub[3:]}"])
    if region == "GB":
        if n == 8:
            return rng.choice([f"{sub[:4]}-{sub[4:]}", f"{sub[:4]}.{sub[4:]}"])
        if n == 7:
            return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"])
    if region == "DE":
        if sub.endswith("0") and rng.random() < 0.4:
            return f"{sub[:-1]}-0"
        return rng.choice([f"{sub[:3]} {sub[3:]}", f"{sub[:-2]}-{sub[-2:]}", f"{sub[:2]}-{sub[2:]}"])
    if region == "NL":
        if n == 7:
            return rng.choice([sub, f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"])
        return rng.choice([sub, f"{sub[:3]} {sub[3:]}"])
    if region == "BR":
        return rng.choice([f"{sub[:4]} {sub[4:]}", sub, f"{sub[:4]}.{sub[4:]}"])
    if region == "IN":
        if n == 8:
            return rng.choice([f"{sub[:4]}-{sub[4:]}", sub, f"{sub[:2]} {sub[2:5]} {sub[5:]}"])
        return rng.choice([f"{sub[:3]}-{sub[3:]}", sub, f"{sub[:3]} {sub[3:]}"])
    raise KeyError(region)
