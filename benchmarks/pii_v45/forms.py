"""Written forms of phone numbers for v45, the way tradespeople, landlords and sellers write them."""

from . import numbers as nb

NBSP = "\u00a0"


def g(s, sizes, sep=" "):
    """Split s into groups of the given sizes (the last group takes the rest)."""
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def pairs(s, sep=" "):
    """Pairs from the right (odd length: the single digit first)."""
    head = s[: len(s) % 2]
    rest = [s[i : i + 2] for i in range(len(s) % 2, len(s), 2)]
    return sep.join(([head] if head else []) + rest)


def _split_sub(sub):
    return {6: (3,), 7: (3,), 8: (4,)}[len(sub)]


# ---- local (subscriber only) forms, per region
def local(rng, region, sub):
    n = len(sub)
    if region == "US":
        return rng.choice([g(sub, (3,), "-"), g(sub, (3,), "."), g(sub, (3,), " ")])
    if region == "GB":
        return rng.choice([sub, g(sub, _split_sub(sub))])
    if region == "DE":
        opts = [g(sub, (3,)), sub[:-2] + "-" + sub[-2:], sub]
        if n == 7:
            opts.append(g(sub, (3, 2)))
        return rng.choice(opts)
    if region == "NL":
        return rng.choice([g(sub, (3, 2)), g(sub, (3,)), sub])
    if region == "BR":
        return rng.choice([g(sub, (4,), "."), g(sub, (4,), " "), g(sub, (4,), "-")])
    if region == "IN":
        if n == 8:
            return rng.choice([g(sub, (4,)), g(sub, (4,), "-")])
        return rng.choice([g(sub, (3,)), g(sub, (2, 2)), sub])
    raise KeyError(region)


# ---- geographic numbers written nationally
def fixed_national(rng, region, area, sub):
    t = nb.TRUNK[region]
    ta = t + area
    if region == "US":
        return rng.choice(
            [
                area + "." + g(sub, (3,), "."),
                "1-%s-%s" % (area, g(sub, (3,), "-")),
                "(%s) %s" % (area, g(sub, (3,), "-")),
                "%s-%s" % (area, g(sub, (3,), "-")),
            ]
        )
    if region == "GB":
        opts = [ta + " " + sub, ta + " " + g(sub, _split_sub(sub))]
        if len(area) == 2:
            opts.append(ta + sub[0] + " " + g(sub[1:], (3,)))
        if len(area) == 3:
            opts.append("(%s) %s" % (ta, g(sub, (3,))))
        return rng.choice(opts)
    if region == "DE":
        return rng.choice(
            [
                ta + " " + sub,
                ta + " " + pairs(sub),
                ta + "/" + pairs(sub),
                ta + " " + sub[:-2] + "-" + sub[-2:],
                "0 %s / %s" % (area, g(sub, (3,))),
            ]
        )
    if region == "FR":
        return rng.choice([pairs(ta + sub, "."), pairs(ta + sub, " "), pairs(ta + sub, NBSP)])
    if region == "ES":
        full = area + sub
        return rng.choice([g(full, (3, 2, 2)), g(full, (3, 3), "."), g(full, (3, 3))])
    if region == "IT":
        full = area + sub
        if area in ("02", "06"):
            return rng.choice([area + " " + g(sub, (4,)), area + "." + sub, area + "-" + g(sub, (4,))])
        return rng.choice([area + " " + g(sub, (3,)), area + "." + sub, area + " " + sub, full])
    if region == "NL":
        return rng.choice([ta + " " + g(sub, (3, 2)), ta + "-" + sub, "(%s) %s" % (ta, g(sub, (3, 2)))])
    if region == "PT":
        full = area + sub
        return rng.choice([g(full, (3, 3)), area + " " + g(sub, (3,))])
    if region == "BR":
        return rng.choice(
            [
                "(%s) %s" % (area, g(sub, (4,), ".")),
                "%s %s" % (area, g(sub, (4,), ".")),
                "(%s)%s" % (area, g(sub, (4,), "-")),
                "(0%s) %s" % (area, g(sub, (4,), "-")),
            ]
        )
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([ta + " " + g(sub, (4,)), "(%s) %s" % (ta, sub)])
        return rng.choice([ta + " " + g(sub, (3,)), ta + "-" + g(sub, (3,)), "(%s) %s" % (ta, sub)])
    raise KeyError(region)


# ---- international forms (geographic)
def fixed_intl(rng, region, area, sub):
    cc = "+%d" % nb.phonenumbers.country_code_for_region(region)
    t = nb.TRUNK[region]
    if region == "US":
        return rng.choice(
            [
                cc + "-%s-%s" % (area, g(sub, (3,), "-")),
                cc + ".%s.%s" % (area, g(sub, (3,), ".")),
                cc + " %s-%s" % (area, g(sub, (3,), "-")),
            ]
        )
    if region in ("IT", "ES", "PT"):
        full = area + sub
        return rng.choice(
            [cc + " " + full, cc + " " + g(full, (3, 3)) if region != "IT" else cc + " " + area + " " + sub]
        )
    sub_forms = {
        "FR": pairs(sub),
        "CH": g(sub, (3, 2)),
        "BE": pairs(sub) if len(sub) == 6 else g(sub, (3, 2)),
        "AT": sub if len(sub) == 6 else g(sub, (3, 2)),
        "DE": pairs(sub),
        "NL": g(sub, (3,)),
        "AU": g(sub, (4,)),
        "IE": g(sub, (3,)),
        "GB": g(sub, _split_sub(sub)),
        "BR": g(sub, (4,), "-"),
        "IN": g(sub, (3,)) if len(sub) == 7 else g(sub, (4,)),
    }
    s = sub_forms[region]
    opts = [cc + " " + area + " " + s]
    if t == "0" and region != "IN":
        opts.append(cc + " (0)" + area + " " + s)
    if region == "BR":
        opts = [cc + " " + area + " " + s, cc + " " + area + " " + s.replace("-", ".")]
    return rng.choice(opts)


# ---- mobiles
def mobile_national(rng, region, nat):
    t = nb.TRUNK[region]
    if region == "US":
        return fixed_national(rng, "US", nat[:3], nat[3:])
    if region == "GB":
        return rng.choice([t + nat[:4] + " " + nat[4:], g(t + nat, (4, 3))])
    if region == "DE":
        p = 3
        return rng.choice(
            [
                t + nat[:p] + " " + nat[p:],
                t + nat[:p] + " / " + g(nat[p:], (3, 2)),
                t + nat[:p] + " " + g(nat[p:], (3, 3)),
            ]
        )
    if region == "FR":
        return rng.choice([pairs(t + nat, "."), pairs(t + nat, " ")])
    if region == "ES":
        return rng.choice([g(nat, (3, 2, 2)), g(nat, (3, 3))])
    if region == "IT":
        return rng.choice([g(nat, (3, 3)), nat[:3] + "." + nat[3:], g(nat, (3, 2, 2))])
    if region == "NL":
        return rng.choice([t + nat[0] + " " + g(nat[1:], (3, 3)), t + nat[0] + "-" + g(nat[1:], (3, 3))])
    if region == "PT":
        return rng.choice([g(nat, (3, 3)), nat])
    if region == "BR":
        return rng.choice(
            ["(%s) %s" % (nat[:2], g(nat[2:], (5,), ".")), "%s %s" % (nat[:2], g(nat[2:], (5,), "-"))]
        )
    if region == "IN":
        return rng.choice([g(nat, (5,)), g(nat, (4, 3)), nat])
    raise KeyError(region)


def mobile_intl(rng, region, nat):
    cc = "+%d" % nb.phonenumbers.country_code_for_region(region)
    forms = {
        "GB": [nat[:4] + " " + nat[4:]],
        "DE": [nat[:3] + " " + nat[3:]],
        "FR": [pairs(nat)],
        "ES": [g(nat, (3, 2, 2)), g(nat, (3, 3))],
        "IT": [g(nat, (3, 3))],
        "NL": [nat[0] + " " + nat[1:]],
        "PT": [g(nat, (3, 3))],
        "BR": [nat[:2] + " " + g(nat[2:], (5,), "-")],
        "IN": [g(nat, (5,))],
        "AT": [nat[:3] + " " + nat[3:]],
        "CH": [g(nat, (2, 3, 2))],
        "BE": [nat[:3] + " " + pairs(nat[3:])],
        "AU": [g(nat, (3, 3))],
        "IE": [nat[:2] + " " + g(nat[2:], (3,))],
        "US": [nat],
    }
    s = rng.choice(forms[region])
    opts = [cc + " " + s]
    if nb.TRUNK[region] == "0" and region not in ("BR", "IN"):
        opts.append(cc + " (0)" + s)
    return rng.choice(opts)


def service_national(rng, region, nat):
    t = nb.TRUNK[region]
    if region == "US":
        return rng.choice(
            ["1-%s-%s" % (nat[:3], g(nat[3:], (3,), "-")), "%s.%s" % (nat[:3], g(nat[3:], (3,), "."))]
        )
    if region == "GB":
        return rng.choice([g(t + nat, (4, 3)), g(t + nat, (4, 3), "-")])
    if region == "DE":
        return rng.choice([t + nat[:3] + " " + g(nat[3:], (3, 2)), t + nat[:3] + " / " + nat[3:]])
    if region == "FR":
        return rng.choice([t + nat[:3] + " " + pairs(nat[3:]), pairs(t + nat, ".")])
    if region in ("ES", "PT"):
        return rng.choice([g(nat, (3, 3)), g(nat, (3, 2, 2))])
    if region == "IT":
        return rng.choice([g(nat, (3, 3)), g(nat, (3, 3), ".")])
    if region == "NL":
        return rng.choice([t + nat[:3] + " " + nat[3:], t + nat[:3] + "-" + nat[3:]])
    if region == "BR":
        return rng.choice([g(t + nat, (4, 3)), g(t + nat, (4, 3), "-")])
    if region == "IN":
        return rng.choice([g(nat, (4, 3)), g(nat, (4, 3), "-")])
    raise KeyError(region)
