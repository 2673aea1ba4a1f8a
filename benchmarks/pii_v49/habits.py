"""How v49's people write numbers: national, international, local and service forms by region."""

NBSP = "\u00a0"


def g(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out[-1] += s[i:]
    return sep.join(x for x in out if x)


def pairs_right(s):
    """Digits in pairs from the right, a leading odd digit kept with the first pair."""
    out = []
    while len(s) > 3:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return " ".join(out)


def national(rng, region, nsn, alen, mobile):
    """A trunk-prefixed (or, for the NANP, plain) national form."""
    alen = {"US": 3, "BR": 2}.get(region, alen)
    a, r = nsn[:alen], nsn[alen:]
    c = rng.randrange(4)
    if region == "US":
        return [
            f"{a}.{r[:3]}.{r[3:]}",
            f"({a}){r[:3]}-{r[3:]}",
            f"1-{a}-{r[:3]}-{r[3:]}",
            f"{a}-{r[:3]}-{r[3:]}",
        ][c]
    if region == "GB":
        if mobile:
            return [
                f"0{nsn[:4]} {nsn[4:]}",
                f"0{nsn[:4]} {nsn[4:7]}{nsn[7:]}",
                f"0{nsn[:4]}-{nsn[4:]}",
                f"0{nsn}",
            ][c]
        if alen == 2:
            return [
                f"0{a} {g(r, [4, 4])}",
                f"(0{a}) {g(r, [4, 4])}",
                f"0{a}-{g(r, [4, 4], '-')}",
                f"0{a} {r}",
            ][c]
        return [f"0{a} {g(r, [3, 4])}", f"(0{a}) {r}", f"0{a} {g(r, [3, 4])}", f"0{a}-{g(r, [3, 4])}"][c]
    if region == "DE":
        if mobile:
            return [
                f"0{nsn[:3]} {nsn[3:]}",
                f"0{nsn[:3]} {g(nsn[3:], [2, 2, 4])}",
                f"0{nsn[:3]}-{nsn[3:]}",
                f"(0{nsn[:3]}) {nsn[3:]}",
            ][c]
        return [f"0{a} {r[:-2]}-{r[-2:]}", f"0{a} {r}", f"(0{a}) {g(r, [3, 4])}", f"0{a} {r[:-1]}-{r[-1:]}"][
            c
        ]
    if region == "FR":
        p = "0" + nsn
        return [g(p, [2, 2, 2, 2, 2], "."), g(p, [2, 2, 2, 2, 2]), g(p, [2, 2, 2, 2, 2], NBSP), p][c]
    if region == "ES":
        return [g(nsn, [3, 3, 3]), g(nsn, [3, 3, 3], "."), g(nsn, [3, 2, 2, 2]), nsn][c]
    if region == "IT":
        if mobile:
            return [
                f"{nsn[:3]} {g(nsn[3:], [3, 4])}",
                f"{nsn[:3]}.{nsn[3:]}",
                f"{nsn[:3]} {nsn[3:]}",
                f"{nsn[:3]}-{nsn[3:]}",
            ][c]
        return [f"{a}.{g(r, [4, 4], '.')}", f"{a} {g(r, [4, 4])}", f"{a}.{r}", f"{a} {r}"][c]
    if region == "NL":
        if mobile:
            return [
                f"0{nsn[:1]} {g(nsn[1:], [2, 2, 2, 2])}",
                f"0{nsn[:1]}-{nsn[1:]}",
                f"0{nsn[:1]}{nsn[1:]}",
                f"0{nsn[:1]} {g(nsn[1:], [4, 4])}",
            ][c]
        rr = g(r, [3, 2, 2]) if len(r) == 7 else g(r, [2, 2, 2])
        return [f"(0{a}) {rr}", f"0{a} {rr}", f"0{a}-{r}", f"(0{a}) {r}"][c]
    if region == "PT":
        return [g(nsn, [3, 3, 3]), g(nsn, [3, 3, 3], "."), nsn, g(nsn, [3, 3, 3])][c]
    if region == "BR":
        n = 5 if mobile else 4
        return [
            f"(0{a}) {r[:n]}-{r[n:]}",
            f"{a}.{r[:n]}-{r[n:]}",
            f"({a}) {r[:n]} {r[n:]}",
            f"({a}) {r[:n]}.{r[n:]}",
        ][c]
    if region == "IN":
        if mobile:
            return [
                f"{nsn[:5]}-{nsn[5:]}",
                f"0{nsn[:5]} {nsn[5:]}",
                f"0{nsn[:5]}-{nsn[5:]}",
                f"{nsn[:5]} {nsn[5:]}",
            ][c]
        return [f"(0{a}) {r}", f"0{a} {g(r, [len(r) - 4, 4])}", f"0{a}-{r}", f"(0{a})-{r}"][c]
    raise KeyError(region)


def international(rng, region, cc, nsn, alen, mobile):
    """International forms: '+cc (0)...' where people of that country write the trunk zero."""
    k = {"US": 3, "BR": 2}.get(region, alen) or {"AU": 3, "AT": 3, "BE": 3, "DE": 3, "NL": 1, "GB": 4}.get(
        region, 2
    )
    a, r = nsn[:k], nsn[k:]
    c = rng.randrange(3)
    if region == "US":
        return [f"+1.{a}.{r[:3]}.{r[3:]}", f"+1-{a}-{r[:3]}-{r[3:]}", f"+1 ({a}) {r[:3]}.{r[3:]}"][c]
    if region in ("GB", "DE", "NL", "AT", "CH", "BE", "IE", "AU") and c < 2:
        rr = pairs_right(r) if region in ("CH", "NL", "BE") else g(r, [len(r) // 2, 9])
        return f"+{cc} (0){a} {rr}" if c == 0 else f"+{cc} (0) {a} {rr}"
    if region in ("FR",) and c < 2:
        return (
            f"+33 (0){nsn[0]} {g(nsn[1:], [2, 2, 2, 2])}" if c == 0 else "+33 " + g(nsn, [1, 2, 2, 2, 2], ".")
        )
    if region in ("ES", "PT", "IT") and c < 2:
        grp = (
            g(nsn, [3, 3, 3, 3])
            if region != "IT"
            else (f"{a} {g(r, [4, 4])}" if not mobile else g(nsn, [3, 3, 4]))
        )
        return f"(+{cc}) {grp}" if c == 0 else f"+{cc} {grp.replace(' ', '.')}"
    if region == "BR":
        n = 5 if mobile else 4
        return [f"+55 {a} {r[:n]}-{r[n:]}", f"+55 ({a}) {r[:n]}.{r[n:]}", f"+55 {a} {r}"][c]
    if region == "IN":
        if mobile:
            return [f"+91 {nsn}", f"+91-{nsn[:5]}-{nsn[5:]}", f"+91 {nsn[:5]} {nsn[5:]}"][c]
        return [f"+91-{a}-{r}", f"+91 {a} {g(r, [len(r) - 4, 4])}", f"+91 ({a}) {r}"][c]
    return f"+{cc} {a} {g(r, [len(r) // 2, 9])}"


def local(rng, region, sub):
    """The subscriber part only, as written in that country."""
    c = rng.randrange(2)
    if region == "US":
        return [f"{sub[:3]}.{sub[3:]}", f"{sub[:3]}-{sub[3:]}"][c]
    if region == "GB":
        return g(sub, [4, 4]) if len(sub) == 8 else [g(sub, [3, 4]), sub][c]
    if region == "DE":
        return [f"{sub[:-2]}-{sub[-2:]}", g(sub, [len(sub) - 4, 4])][c]
    if region == "NL":
        return [g(sub, [3, 2, 2]) if len(sub) == 7 else g(sub, [2, 2, 2]), sub][c]
    if region == "BR":
        return [f"{sub[:4]}.{sub[4:]}", f"{sub[:4]} {sub[4:]}"][c]
    if region == "IN":
        return [sub, g(sub, [len(sub) - 4, 4])][c]
    raise KeyError(region)


def service(rng, region, nsn):
    """Toll-free, shared-cost and UAN numbers as printed on leaflets."""
    c = rng.randrange(2)
    if region == "US":
        return [f"1.{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}", f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}"][c]
    if region in ("GB", "DE", "NL", "AT", "CH", "BE", "IE", "AU") and not (region == "AU" and nsn[0] == "1"):
        if region == "IE" or region == "AU":
            return g(nsn, [4, 3, 9])
        if len(nsn) <= 8:
            return [f"0{nsn[:3]} {nsn[3:]}", f"0{nsn[:3]}-{nsn[3:]}"][c]
        return [f"0{nsn[:3]} {g(nsn[3:], [3, 9])}", f"0{nsn[:3]}-{nsn[3:]}"][c]
    if region == "AU":
        return g(nsn, [4, 3, 9])
    if region == "FR":
        return [g("0" + nsn, [4, 2, 2, 2]), g("0" + nsn, [2, 2, 2, 2, 2], ".")][c]
    if region in ("ES", "PT", "IT"):
        return [g(nsn, [3, 3, 9]), g(nsn, [3, 3, 9], ".")][c]
    if region == "BR":
        if nsn.startswith("800"):
            return [f"0800.{nsn[3:6]}.{nsn[6:]}", f"0800 {nsn[3:]}"][c]
        return f"{nsn[:4]}-{nsn[4:]}"
    if region == "IN":
        return [f"{nsn[:4]} {g(nsn[4:], [3, 9])}", f"{nsn[:4]}-{nsn[4:]}"][c]
    raise KeyError(region)
