"""How the v110 documents write numbers: national, international, service and local (subscriber) forms."""

from .numbers import CC, g, halves, pairs_right


def national(rng, region, nsn, k):
    a, s = nsn[:k], nsn[k:]
    if region == "IN" and len(nsn) == 10 and nsn[0] in "6789":
        return rng.choice(["%s %s" % (nsn[:5], nsn[5:]), nsn])
    opts = {
        "US": [
            lambda: "%s-%s-%s" % (a, s[:3], s[3:]),
            lambda: "%s.%s.%s" % (a, s[:3], s[3:]),
            lambda: "(%s)%s-%s" % (a, s[:3], s[3:]),
        ],
        "GB": [
            lambda: "0%s %s" % (a, halves(s) if len(s) == 8 else g(s, (3,))),
            lambda: "(0%s) %s" % (a, g(s, (4,)) if len(s) == 8 else g(s, (3,))),
            lambda: "0%s%s" % (a, s) if a.startswith("7") else "0%s %s" % (a, g(s, (3,))),
        ],
        "DE": [
            lambda: "0%s %s" % (a, s),
            lambda: "(0%s) %s" % (a, s),
            lambda: "0%s %s" % (a, pairs_right(s)) if len(a) > 2 else "0%s-%s" % (a, s),
            lambda: "0%s-%s" % (a, s),
        ],
        "FR": [lambda: "0" + pairs_right(nsn), lambda: "0" + pairs_right(nsn, ".")],
        "ES": [
            lambda: g(nsn, (3, 3)),
            lambda: g(nsn, (3, 2, 2)) if nsn[0] in "67" else g(nsn, (3, 3)),
            lambda: nsn,
        ],
        "IT": [
            lambda: "%s %s" % (a, halves(s)) if len(s) == 8 else "%s %s" % (a, s),
            lambda: "%s %s" % (a, g(s, (3,))) if a[0] == "3" else "%s %s" % (a, s),
        ],
        "NL": [
            lambda: "0%s %s" % (a, g(s, (3,))),
            lambda: "(0%s) %s" % (a, g(s, (3, 2))),
            lambda: "0%s-%s" % (a, g(s, (4,))) if a == "6" else "(0%s) %s" % (a, g(s, (3,))),
            lambda: "0%s %s" % (a, pairs_right(s)) if a == "6" else "0%s-%s" % (a, s),
        ],
        "PT": [lambda: g(nsn, (3, 3)), lambda: nsn],
        "BR": [
            lambda: "(%s) %s" % (a, g(s, (len(s) - 4,))),
            lambda: "%s %s.%s" % (a, s[:-4], s[-4:]),
            lambda: "(%s) %s-%s" % (a, s[:-4], s[-4:]),
        ],
        "IN": [
            lambda: "0%s %s" % (a, halves(s)) if len(s) == 8 else "0%s %s" % (a, s),
            lambda: "(0%s) %s" % (a, s),
            lambda: "0%s-%s" % (a, s),
        ],
    }
    return rng.choice(opts[region])()


def international(rng, region, nsn, k):
    a, s = nsn[:k], nsn[k:]
    c = "+%d" % CC[region]
    pairs = {"FR", "CH", "BE"}
    if region in pairs:
        body = [a + " " + pairs_right(s)]
        if region in ("CH", "BE") and len(s) == 7:
            body = [a + " " + g(s, (3, 2))]
        return rng.choice([c + " " + body[0], c + " (0)" + body[0]])
    if region == "US":
        return rng.choice(
            [
                "%s-%s-%s-%s" % (c, a, s[:3], s[3:]),
                "%s.%s.%s.%s" % (c, a, s[:3], s[3:]),
                "%s (%s) %s %s" % (c, a, s[:3], s[3:]),
            ]
        )
    if region == "BR":
        return rng.choice(
            [
                "%s %s %s-%s" % (c, a, s[:-4], s[-4:]),
                "%s %s %s %s" % (c, a, s[:-4], s[-4:]),
                "%s (%s) %s %s" % (c, a, s[:-4], s[-4:]),
            ]
        )
    if region in ("ES", "PT"):
        return c + " " + g(nsn, (3, 3))
    if region == "IT":
        return c + " " + (("%s %s" % (a, halves(s))) if len(s) in (7, 8) else nsn)
    if region == "IN" and len(nsn) == 10 and nsn[0] in "6789":
        return rng.choice([c + " " + nsn[:5] + " " + nsn[5:], c + "-" + nsn[:5] + " " + nsn[5:]])
    sub = halves(s) if len(s) >= 7 else (g(s, (3,)) if len(s) > 4 else s)
    if region == "NL" and a == "6":
        sub = g(s, (4,))
    if region == "AU" and a == "4":
        a, sub = nsn[:3], g(nsn[3:], (3,))
    trunk = region in ("GB", "DE", "NL", "AT", "IE", "AU")
    if trunk and rng.random() < 0.5:
        return "%s (0)%s %s" % (c, a, sub)
    return "%s %s %s" % (c, a, sub)


def service(rng, region, nsn, k):
    """Toll-free, shared-cost and UAN numbers in national form."""
    if region == "US":
        return rng.choice(
            [
                "(%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "%s.%s.%s" % (nsn[:3], nsn[3:6], nsn[6:]),
                "1 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]),
            ]
        )
    if region == "GB":
        return "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if region == "DE":
        return "0%s %s" % (nsn[:3], g(nsn[3:], (3,)))
    if region == "FR":
        return rng.choice(["0%s %s" % (nsn[:3], pairs_right(nsn[3:])), "0" + pairs_right(nsn)])
    if region in ("ES", "IT", "PT"):
        return g(nsn, (3, 3))
    if region == "NL":
        return "0%s %s" % (nsn[:3], g(nsn[3:], (3,)))
    if region == "BR":
        return "0%s %s %s" % (nsn[:3], nsn[3:6], nsn[6:])
    if region == "IN":
        return rng.choice([nsn, "%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:])])
    raise KeyError(region)


def local(rng, region, sub):
    """Subscriber part only, as a local caller writes it."""
    if region == "US":
        return rng.choice(["%s.%s" % (sub[:3], sub[3:]), sub, "%s-%s" % (sub[:3], sub[3:])])
    if region == "GB":
        return rng.choice(["%s %s" % (sub[:3], sub[3:]), "%s %s" % (sub[:3], sub[3:]), sub])
    if region == "DE":
        return rng.choice([pairs_right(sub), sub, "%s %s" % (sub[:-4], sub[-4:]) if len(sub) > 6 else sub])
    if region == "NL":
        if len(sub) == 7:
            return rng.choice(["%s %s" % (sub[:3], sub[3:]), sub, "%s %s %s" % (sub[:2], sub[2:4], sub[4:])])
        return rng.choice([sub, "%s %s" % (sub[:3], sub[3:])])
    if region == "BR":
        return rng.choice([sub, "%s.%s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:])])
    if region == "IN":
        if len(sub) == 8:
            return rng.choice([sub, "%s-%s" % (sub[:4], sub[4:])])
        return rng.choice(
            [sub, "%s %s" % (sub[:3], sub[3:]) if len(sub) == 7 else "%s %s" % (sub[:3], sub[3:])]
        )
    raise KeyError(region)
