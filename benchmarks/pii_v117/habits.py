"""Number-writing habits of v117 (none in v52's list); every written form is parsed back (checks.py)."""

from __future__ import annotations

import random

import phonenumbers as pn

from .numbers import CC, TRUNK, grp, pairs, split_area


def _rest(r: str) -> str:
    """Subscriber digits grouped as people in most places write them."""
    if len(r) == 8:
        return grp(r, (4, 4))
    if len(r) == 7:
        return grp(r, (3, 4))
    if len(r) == 6:
        return grp(r, (3, 3))
    return grp(r, (3, 3, 3))


def national(rng: random.Random, region: str, nsn: str) -> str:
    a, r = split_area(region, nsn)
    t = TRUNK.get(region, "0")
    if region == "US":
        c = [
            f"{a}.{r[:3]}.{r[3:]}",
            f"({a}){r[:3]}-{r[3:]}",
            f"1.{a}.{r[:3]}.{r[3:]}",
            f"{a}–{r[:3]}–{r[3:]}",
            f"1 {a} {r[:3]} {r[3:]}",
        ]
    elif region == "GB":
        c = [f"0{a}-{_rest(r).replace(' ', '-')}", f"0{a} {_rest(r)}", f"(0{a}) {r}"]
        if len(a) == 4 and a.startswith("7"):
            c = [f"0{a}-{r}", f"0{a[:3]} {a[3]}{r[:2]} {r[2:]}", f"0{a}.{r[:3]}.{r[3:]}"]
    elif region == "DE":
        c = [f"({t}{a}) {_rest(r)}", f"{t}{a}-{r}", f"{t}{a} {pairs(r)}", f"{t}{a}.{r}"]
        if a.startswith("1"):
            c = [f"{t}{a} {grp(r, (4, 4))}", f"{t}{a}-{grp(r, (4, 4))}", f"({t}{a}) {r}"]
    elif region == "FR":
        c = [pairs(t + nsn, "."), pairs(t + nsn, " ")]
    elif region == "ES":
        c = [
            f"{nsn[:2]} {grp(nsn[2:], (3, 2, 2))}",
            f"{grp(nsn, (3, 2, 2, 2))}",
            f"{grp(nsn, (3, 3, 3), '.')}",
        ]
        if nsn[0] in "67":
            c = [grp(nsn, (3, 2, 2, 2)), grp(nsn, (3, 3, 3), "."), grp(nsn, (3, 3, 3), "-")]
    elif region == "IT":
        if nsn[0] == "0":
            c = [
                f"{nsn[:2]} {grp(nsn[2:], (4, 4))}",
                f"{nsn[:2]}.{grp(nsn[2:], (4, 4), '.')}",
                f"({nsn[:3]}) {nsn[3:]}" if nsn[1] != "6" and nsn[1] != "2" else f"({nsn[:2]}) {nsn[2:]}",
            ]
        else:
            c = [
                f"{nsn[:3]} {grp(nsn[3:], (3, 4))}",
                f"{nsn[:3]}.{nsn[3:]}",
                f"{nsn[:3]}-{grp(nsn[3:], (3, 4))}",
            ]
    elif region == "NL":
        if nsn[0] == "6":
            c = [pairs("0" + nsn), f"06-{grp(nsn[1:], (4, 4))}", f"(06) {grp(nsn[1:], (2, 2, 2, 2))}"]
        else:
            c = [
                f"(0{a}) {grp(r, (3, 2, 2))}" if len(r) == 7 else f"(0{a}) {r}",
                f"0{a} {_rest(r)}",
                f"0{a}/{r}",
            ]
    elif region == "PT":
        c = [grp(nsn, (3, 3, 3)), f"{nsn[:2]} {grp(nsn[2:], (3, 4))}", grp(nsn, (3, 3, 3), ".")]
    elif region == "BR":
        if len(r) == 9:
            c = [f"({a}) {r[:5]}-{r[5:]}", f"{a} {r[:5]}.{r[5:]}", f"({a}) {r[:5]} {r[5:]}"]
        else:
            c = [f"({a}) {r[:4]}.{r[4:]}", f"{a} {r[:4]}.{r[4:]}", f"0 {a} {r[:4]}-{r[4:]}"]
    elif region == "IN":
        if nsn[0] in "6789":
            c = [f"{nsn[:5]} {nsn[5:]}", f"0{nsn[:5]}-{nsn[5:]}", nsn, f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
        else:
            c = [f"(0{a}) {_rest(r)}", f"0{a} - {r}", f"0{a}-{_rest(r).replace(' ', '-')}"]
    else:
        raise ValueError(region)
    return rng.choice(c)


def service(rng: random.Random, region: str, nsn: str) -> str:
    """Toll-free, shared-cost and UAN numbers, written nationally."""
    a, r = split_area(region, nsn)
    if region == "US":
        c = [f"{a}.{r[:3]}.{r[3:]}", f"1-{a}-{r[:3]}-{r[3:]}".replace("-", " "), f"({a}) {r[:3]}-{r[3:]}"]
    elif region == "GB":
        c = [f"0{a}-{r[:3]}-{r[3:]}", f"0{a} {r[:3]} {r[3:]}"]
    elif region == "DE":
        c = [f"0{a}-{r}", f"(0{a}) {grp(r, (3, 4))}"]
    elif region == "FR":
        c = [pairs("0" + nsn, "."), pairs("0" + nsn, " ")]
    elif region in ("ES", "PT"):
        c = [grp(nsn, (3, 3, 3)), grp(nsn, (3, 3, 3), "-"), grp(nsn, (3, 2, 2, 2))]
    elif region == "IT":
        c = [f"{nsn[:3]}.{nsn[3:]}", grp(nsn, (3, 3, 3)), f"{nsn[:3]} {nsn[3:]}"]
    elif region == "NL":
        c = [f"0{a} {_rest(r)}", f"0{a}-{r}"]
    elif region == "BR":
        c = [f"0{a} {r[:3]} {r[3:]}", f"0{a}.{r[:3]}.{r[3:]}"]
    elif region == "IN":
        c = [f"{a} {r[:3]} {r[3:]}" if len(r) == 7 else f"{a} {r[:2]} {r[2:]}", f"{a}-{r}"]
    else:
        raise ValueError(region)
    return rng.choice(c)


def international(rng: random.Random, region: str, nsn: str) -> str:
    a, r = split_area(region, nsn)
    cc = CC[region]
    zero = TRUNK.get(region, "0") == "0" and region not in ("BR",)
    if region == "US":
        c = [f"+1-{a}-{r[:3]}-{r[3:]}", f"+1.{a}.{r[:3]}.{r[3:]}", f"+1 {a}-{r[:3]}-{r[3:]}"]
    elif region == "FR":
        c = [
            f"+33 (0){nsn[0]} {pairs(nsn[1:])}",
            f"+33 {nsn[0]} {pairs(nsn[1:])}",
            f"+33 (0) {pairs(nsn, '.')}",
        ]
    elif region == "BR":
        c = [f"+55 {a} {r[:-4]} {r[-4:]}", f"+55 ({a}) {r[:-4]}-{r[-4:]}", f"+55-{a}-{r[:-4]}-{r[-4:]}"]
    elif region == "IN":
        c = [
            f"+91 {a} {_rest(r)}" if nsn[0] not in "6789" else f"+91 {nsn[:5]} {nsn[5:]}",
            f"+91-{nsn[:5]} {nsn[5:]}" if nsn[0] in "6789" else f"+91 ({a}) {r}",
        ]
    elif region == "CH":
        c = [
            f"+41 (0){a} {grp(r, (3, 2, 2))}",
            f"+41 {a} {r[:3]} {r[3:]}",
            f"+41-{a}-{grp(r, (3, 2, 2), '-')}",
        ]
    elif region == "IT":
        if nsn[0] == "0":
            c = [f"+39 {nsn[:2]} {grp(nsn[2:], (4, 4))}", f"+39.{nsn}"]
        else:
            c = [f"+39 {nsn[:3]} {grp(nsn[3:], (3, 4))}", f"+39.{nsn}"]
    elif region in ("ES", "PT"):
        c = [f"+{cc} {grp(nsn, (3, 3, 3, 3))}", f"+{cc}.{nsn}", f"+{cc}-{grp(nsn, (3, 3, 3, 3), '-')}"]
    else:
        c = [f"+{cc} {a} {_rest(r)}", f"+{cc}-{a}-{r}"]
        if zero:
            c += [f"+{cc} (0){a} {_rest(r)}", f"+{cc} (0) {a} {r}"]
    return rng.choice(c)


def local(rng: random.Random, region: str, sub: str) -> str:
    """The subscriber part alone, as written to callers inside the area."""
    n = len(sub)
    if region == "US":
        c = [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}–{sub[3:]}", f"{sub[:3]} - {sub[3:]}"]
    elif region == "GB":
        c = (
            [f"{sub[:3]}-{sub[3:]}", f"{sub[:4]} {sub[4:]}"]
            if n == 7
            else [f"{sub[:2]} {sub[2:4]} {sub[4:]}", f"{sub[:3]}-{sub[3:]}"]
        )
        if n == 8:
            c = [f"{sub[:4]}-{sub[4:]}", f"{sub[:4]}.{sub[4:]}"]
    elif region == "DE":
        c = [pairs(sub), f"{sub[:-2]}-{sub[-2:]}", grp(sub, (n - 4, 4), " ")]
    elif region == "NL":
        c = [f"{sub[:3]}-{sub[3:]}", grp(sub, (2, 2, 3)) if n == 7 else f"{sub[:2]} {sub[2:4]} {sub[4:]}"]
    elif region == "BR":
        c = [f"{sub[:4]}.{sub[4:]}", sub, f"{sub[:2]} {sub[2:4]} {sub[4:6]} {sub[6:]}"]
    elif region == "IN":
        c = (
            [f"{sub[:4]}-{sub[4:]}", sub, f"{sub[:4]} {sub[4:]}"]
            if n == 8
            else [f"{sub[:3]}-{sub[3:]}", sub, f"{sub[:3]} {sub[3:5]} {sub[5:]}"]
        )
    else:
        raise ValueError(region)
    return rng.choice(c)


def put_back(region: str, area: str, written: str) -> pn.PhoneNumber:
    """A local form with its trunk prefix and area code put back, parsed in its region."""
    digits = "".join(ch for ch in written if ch.isdigit())
    return pn.parse(TRUNK.get(region, "0") + area + digits, region)
