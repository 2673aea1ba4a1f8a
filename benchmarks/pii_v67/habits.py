"""Number-writing habits new in v67 (none in v52's list); each written form is checked to parse back."""


def cut(d, sizes):
    out, i = [], 0
    for s in sizes:
        out.append(d[i : i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return [g for g in out if g]


def j(d, sizes, sep=" "):
    return sep.join(cut(d, sizes))


def pairs(d):
    return " ".join(d[i : i + 2] for i in range(0, len(d), 2))


def national(rng, region, kind, d, area=""):
    """Domestic forms (with trunk prefix where the country uses one)."""
    a = len(area) if area else 0
    if region == "US":
        x = cut(d, [3, 3, 4])
        opts = ["%s.%s.%s" % tuple(x), "(%s)%s-%s" % tuple(x), "%s-%s-%s" % tuple(x)]
        if kind == "other":
            opts = ["%s.%s.%s" % tuple(x), "1.%s.%s.%s" % tuple(x), "1 %s %s %s" % tuple(x)]
    elif region == "GB":
        if kind == "fixed" and a == 3:
            opts = ["0%s %s %s" % (d[:3], d[3:6], d[6:]), "0%s-%s-%s" % (d[:3], d[3:6], d[6:])]
        elif kind == "fixed":
            opts = ["0%s %s" % (d[:4], d[4:]), "0%s-%s" % (d[:4], d[4:])]
        elif kind == "mobile":
            opts = ["0%s %s" % (d[:4], d[4:]), "0%s-%s" % (d[:4], d[4:])]
        else:
            opts = ["0%s %s %s" % (d[:3], d[3:6], d[6:])]
    elif region == "DE":
        if kind == "fixed":
            opts = ["0%s %s" % (area, d[a:]), "0%s-%s" % (area, d[a:]), "(0%s) %s" % (area, pairs(d[a:]))]
        elif kind == "mobile":
            opts = [
                "0%s %s" % (d[:3], d[3:]),
                "0%s-%s" % (d[:3], d[3:]),
                "0%s %s %s" % (d[:3], d[3:6], d[6:]),
            ]
        else:
            opts = ["0%s %s %s %s" % (d[:3], d[3:6], d[6:8], d[8:])]
    elif region == "NL":
        if kind == "fixed":
            s = d[a:]
            opts = ["(0%s) %s" % (area, s), "0%s %s %s" % (area, s[:3], s[3:]), "0%s/%s" % (area, s)]
        elif kind == "mobile":
            opts = ["0" + pairs(d), "06-%s %s" % (d[1:5], d[5:])]
        else:
            opts = ["0%s %s" % (d[:3], d[3:]), "0%s-%s" % (d[:3], d[3:])]
    elif region == "BR":
        s = d[2:]
        if kind == "fixed":
            opts = [
                "(%s) %s-%s" % (d[:2], s[:4], s[4:]),
                "%s %s.%s" % (d[:2], s[:4], s[4:]),
                "(0%s) %s-%s" % (d[:2], s[:4], s[4:]),
            ]
        elif kind == "mobile":
            opts = ["(%s) %s-%s" % (d[:2], s[:5], s[5:]), "(0%s) %s-%s" % (d[:2], s[:5], s[5:])]
        else:
            opts = ["0%s %s %s" % (d[:3], d[3:6], d[6:])]
    elif region == "IN":
        if kind == "fixed":
            opts = ["0%s-%s" % (area, d[a:]), "0%s %s %s" % (area, d[a : a + 3], d[a + 3 :])]
        elif kind == "mobile":
            opts = ["%s %s" % (d[:5], d[5:]), "0%s-%s" % (d[:5], d[5:])]
        else:
            opts = ["%s-%s-%s" % (d[:4], d[4:7], d[7:]), "%s %s %s" % (d[:4], d[4:7], d[7:])]
    elif region == "FR":
        if kind == "other":
            opts = [
                "0%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]),
                "0%s.%s.%s.%s" % (d[:3], d[3:5], d[5:7], d[7:]),
            ]
        else:
            opts = [".".join(cut("0" + d, [2, 2, 2, 2, 2])), " ".join(cut("0" + d, [2, 2, 2, 2, 2]))]
    elif region == "ES":
        if kind == "mobile":
            opts = ["%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])]
        else:
            opts = ["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])]
    elif region == "IT":
        if kind == "fixed":
            k = 2 if d.startswith(("02", "06")) else 3
            opts = ["%s %s %s" % (d[:k], d[k : k + 4], d[k + 4 :]), "%s.%s" % (d[:k], d[k:])]
        elif kind == "mobile":
            opts = ["%s %s %s" % (d[:3], d[3:6], d[6:]), "%s.%s" % (d[:3], d[3:])]
        else:
            opts = ["%s.%s.%s" % (d[:3], d[3:6], d[6:]), "%s %s" % (d[:3], d[3:])]
    elif region == "PT":
        opts = ["%s %s %s" % (d[:3], d[3:6], d[6:])]
        if kind == "other":
            opts = ["%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])]
    else:
        raise KeyError(region)
    return rng.choice(opts)


def international(rng, region, kind, d, area=""):
    cc = {
        "US": "1",
        "GB": "44",
        "DE": "49",
        "NL": "31",
        "BR": "55",
        "IN": "91",
        "FR": "33",
        "ES": "34",
        "IT": "39",
        "PT": "351",
        "AT": "43",
        "CH": "41",
        "BE": "32",
        "AU": "61",
        "IE": "353",
    }[region]
    a = (
        len(area)
        if area
        else {
            "AT": 1 if d.startswith("1") else 3,
            "CH": 2,
            "BE": 1,
            "AU": 1,
            "IE": 1 if d.startswith("1") else 2,
        }.get(region, 0)
    )
    if region == "US":
        opts = ["+1-%s-%s-%s" % tuple(cut(d, [3, 3, 4])), "+1.%s.%s.%s" % tuple(cut(d, [3, 3, 4]))]
    elif region == "GB":
        head = d[:a] if kind == "fixed" else d[:4]
        rest = d[len(head) :]
        opts = ["+44 (0)%s %s" % (head, rest), "+44 (0) %s %s" % (head, rest), "+44-%s-%s" % (head, rest)]
    elif region == "DE":
        head = area if kind == "fixed" else d[:3]
        rest = d[len(head) :]
        opts = ["+49 (0)%s %s" % (head, rest), "+49 (0) %s %s" % (head, rest), "+49 %s / %s" % (head, rest)]
    elif region == "NL":
        head = area if kind == "fixed" else "6"
        rest = d[len(head) :]
        opts = ["+31 (0)%s %s" % (head, rest), "+31-%s-%s" % (head, rest)]
    elif region == "BR":
        s = d[2:]
        cut_at = 4 if kind == "fixed" else 5
        opts = [
            "+55 %s %s-%s" % (d[:2], s[:cut_at], s[cut_at:]),
            "+55-%s-%s-%s" % (d[:2], s[:cut_at], s[cut_at:]),
        ]
    elif region == "IN":
        if kind == "fixed":
            opts = ["+91 %s %s %s" % (area, d[a : a + 3], d[a + 3 :]), "+91 (%s) %s" % (area, d[a:])]
        else:
            opts = ["+91 %s %s" % (d[:5], d[5:]), "+91 %s-%s" % (d[:5], d[5:])]
    elif region == "FR":
        opts = ["+33 (0)%s %s" % (d[0], pairs(d[1:])), "+33 " + d[0] + " " + pairs(d[1:])]
    elif region == "ES":
        opts = ["+34 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]), "+34.%s.%s.%s" % (d[:3], d[3:6], d[6:])]
    elif region == "IT":
        opts = ["+39 %s %s" % (d[:3], d[3:]), "+39.%s.%s" % (d[:3], d[3:])]
    elif region == "PT":
        opts = ["+351 %s %s %s" % (d[:3], d[3:6], d[6:]), "+351.%s.%s.%s" % (d[:3], d[3:6], d[6:])]
    elif region in ("AT", "CH", "BE", "AU", "IE"):
        head = d[:a] if kind == "fixed" else d[: {"AT": 3, "CH": 2, "BE": 3, "AU": 1, "IE": 2}[region]]
        rest = d[len(head) :]
        spaced = " ".join(cut(rest, [3, 2, 2, 2])) if region in ("CH", "BE") else " ".join(cut(rest, [4, 4]))
        if region in ("AT", "IE"):
            spaced = " ".join(cut(rest, [3, 4])) if len(rest) <= 7 else " ".join(cut(rest, [4, 4]))
        opts = ["+%s (0)%s %s" % (cc, head, spaced), "+%s %s %s" % (cc, head, spaced)]
    else:
        raise KeyError(region)
    return rng.choice(opts)


def local(rng, region, sub):
    """Subscriber-only forms (area code left off), per region."""
    if region == "US":
        opts = ["%s.%s" % (sub[:3], sub[3:]), "%s-%s" % (sub[:3], sub[3:])]
    elif region == "GB":
        opts = ["%s %s" % (sub[:3], sub[3:]), sub] if len(sub) == 7 else [sub, "%s-%s" % (sub[:3], sub[3:])]
    elif region == "DE":
        opts = [pairs(sub) if len(sub) % 2 == 0 else sub, "%s-%s" % (sub[:3], sub[3:]), sub]
    elif region == "NL":
        opts = [sub, "%s %s %s" % (sub[:3], sub[3:5], sub[5:])] if len(sub) == 7 else [sub, pairs(sub)]
    elif region == "BR":
        opts = ["%s.%s" % (sub[:4], sub[4:]), "%s-%s" % (sub[:4], sub[4:]), sub]
    elif region == "IN":
        opts = [sub, "%s-%s" % (sub[:3], sub[3:])] if len(sub) == 7 else [sub, "%s-%s" % (sub[:4], sub[4:])]
        if len(sub) == 6:
            opts = [sub, "%s-%s" % (sub[:3], sub[3:])]
    else:
        raise KeyError(region)
    return rng.choice(opts)
