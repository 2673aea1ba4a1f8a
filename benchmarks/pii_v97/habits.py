"""How people write numbers in each country (styles picked at random, every result parsed back)."""

from . import numbers as nb


def _us(h, r):
    return [f"({h}) {r[:3]}-{r[3:]}", f"{h}-{r[:3]}-{r[3:]}", f"{h}.{r[:3]}.{r[3:]}", f"({h}){r[:3]}-{r[3:]}"]


def _gb(h, r):
    if len(h) == 4 and h.startswith("7"):
        return [f"0{h} {r}", f"0{h}-{r}", f"0{h} {r[:3]} {r[3:]}"]
    if len(h) == 4:
        return [f"0{h} {r}", f"0{h}-{r}", f"0{h} {r[:3]} {r[3:]}"]
    return [f"0{h} {nb.half(r)}", f"0{h}-{nb.half(r, '-')}", f"0{h} {r}"]


def _de(h, r):
    return [f"0{h} {r}", f"0{h}-{r}", f"(0{h}) {r}", f"(0{h}) {nb.pairs_r(r)}", f"0{h} {nb.pairs_r(r)}"]


def _fr(h, r):
    p = " ".join(nb.grp(r, [2, 2, 2, 2]))
    return [f"0{h} {p}", f"0{h}.{p.replace(' ', '.')}"]


def _es(h, r):
    s = h + r
    return [f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:6]}.{s[6:]}", f"{s[:3]} {s[3:5]} {s[5:7]} {s[7:]}"]


def _it(h, r):
    s = h + r
    if s.startswith("3"):
        return [f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]}.{s[3:]}", f"{s[:3]} {s[3:]}"]
    return [f"{h} {r}", f"{h}.{r}", f"{h} {nb.half(r)}"]


def _nl(h, r):
    if h == "6":
        return [f"06 {r[:4]} {r[4:]}", f"06 {' '.join(nb.grp(r, [2, 2, 2, 2]))}", f"(06) {r}"]
    g = " ".join(nb.grp(r, [3, 2, 2])) if len(r) == 7 else nb.half(r)
    return [f"(0{h}) {g}", f"0{h} {nb.half(r)}", f"0{h} {g}"]


def _pt(h, r):
    s = h + r
    return [f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:2]} {s[2:5]} {s[5:]}", f"{s}"]


def _br(h, r):
    if len(r) == 9:
        return [f"({h}) {r[:5]}-{r[5:]}", f"{h} {r[:5]}-{r[5:]}", f"({h}) {r[:5]} {r[5:]}"]
    return [f"({h}) {r[:4]}-{r[4:]}", f"({h}) {r[:4]}.{r[4:]}", f"{h} {r[:4]}-{r[4:]}"]


def _in(h, r):
    s = h + r
    if len(h) == 5:
        return [f"{s[:5]} {s[5:]}", f"{s}", f"{s[:5]}-{s[5:]}"]
    return [f"0{h} {r}", f"0{h}-{r}", f"0{h} {nb.half(r)}"]


NATIONAL = {
    "US": _us,
    "GB": _gb,
    "DE": _de,
    "FR": _fr,
    "ES": _es,
    "IT": _it,
    "NL": _nl,
    "PT": _pt,
    "BR": _br,
    "IN": _in,
}


def _intl(region, h, r):
    c = "+" + str(nb.CC[region])
    s = h + r
    z = {"US": "", "IT": "", "ES": "", "PT": "", "BR": ""}
    out = [f"{c} {h} {r}"]
    if region == "US":
        out = [f"{c}-{h}-{r[:3]}-{r[3:]}", f"{c} {h}-{r[:3]}-{r[3:]}", f"{c}{s}"]
    elif region in ("GB", "DE", "NL", "AT", "CH", "IE") and region not in z:
        out = [f"{c} (0){h} {r}", f"{c} {h} {nb.half(r)}", f"{c} (0) {h} {r}"]
        if region == "CH":
            out = [f"{c} {h} {' '.join(nb.grp(r, [3, 2, 2]))}", f"{c} (0){h} {r}"]
    elif region == "BE" and len(r) == 7:
        out = [f"{c} {h} {' '.join(nb.grp(r, [3, 2, 2]))}", f"{c} (0){h} {' '.join(nb.grp(r, [3, 2, 2]))}"]
    elif region == "FR" or region == "BE":
        out = [
            f"{c} (0){h} {' '.join(nb.grp(r, [2, 2, 2, 2]))}",
            f"{c} {h} {' '.join(nb.grp(r, [2, 2, 2, 2]))}",
        ]
    elif region in ("ES", "PT"):
        out = [f"{c} {s[:3]} {s[3:6]} {s[6:]}", f"({c}) {s[:3]} {s[3:6]} {s[6:]}", f"{c} {s}"]
    elif region == "IT":
        out = [f"{c} {h} {r}", f"({c}) {h} {r}", f"{c} {h} {nb.half(r)}"]
    elif region == "BR":
        out = [f"{c} {h} {nb.half(r, '-')}" if len(r) == 8 else f"{c} {h} {r[:5]}-{r[5:]}", f"{c} ({h}) {r}"]
    elif region == "IN":
        out = [f"{c} {s[:5]} {s[5:]}" if len(h) == 5 else f"{c} {h} {r}", f"{c} {h} {nb.half(r)}"]
    elif region == "AU":
        out = [f"{c} {h} {' '.join(nb.grp(r, [4, 4]))}" if s[0] != "4" else f"{c} {s[:3]} {s[3:6]} {s[6:]}"]
    return out


def _other(region, h, r):
    s = h + r
    if region == "US":
        return [f"({h}) {r[:3]}-{r[3:]}", f"{h}.{r[:3]}.{r[3:]}", f"+1 {h} {r[:3]} {r[3:]}"]
    if region == "GB":
        return [f"0{h} {r[:3]} {r[3:]}", f"0{h}-{r}"]
    if region == "FR":
        return [f"0{s[0]} {' '.join(nb.grp(s[1:], [2, 2, 2, 2]))}", f"0{h} {r}"]
    if region in ("ES", "PT", "IT"):
        return [f"{s[:3]} {s[3:6]} {s[6:]}", f"{s[:3]} {s[3:]}"]
    if region == "IN":
        return [f"{h}-{r[:2]}-{r[2:]}", f"{h} {nb.half(r)}"]
    if region == "BR":
        return [f"0{h} {r[:3]} {r[3:]}", f"0{h} {r}"]
    return [f"0{h} {r}", f"0{h}-{r}"]


def local_forms(region, sub):
    if region == "US":
        return [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]}.{sub[3:]}"]
    if region == "GB":
        return [sub, nb.half(sub)] if len(sub) == 6 else [nb.half(sub), sub]
    if region == "DE":
        return [sub, nb.pairs_r(sub), nb.pairs_r(sub)]
    if region == "NL":
        return [" ".join(nb.grp(sub, [3, 2, 2])), f"{sub[:3]} {sub[3:]}", sub]
    if region == "BR":
        return [f"{sub[:4]}-{sub[4:]}", f"{sub[:4]}.{sub[4:]}"]
    return [nb.half(sub), sub] if len(sub) == 7 else [f"{sub[:4]} {sub[4:]}", sub]


def write(rng, region, nsn, head, style):
    """style: national, intl or other. Returns a text that parses back, or None."""
    h, r = nsn[:head], nsn[head:]
    num = nb.e164(nb.pn.parse("+" + str(nb.CC[region]) + nsn))
    cands = {
        "national": NATIONAL.get(region, lambda h, r: []),
        "intl": lambda h, r: _intl(region, h, r),
        "other": lambda h, r: _other(region, h, r),
    }[style](h, r)
    cands = list(dict.fromkeys(cands))
    rng.shuffle(cands)
    for c in cands:
        if nb.parses_back(c, region, num):
            return c
    return None
