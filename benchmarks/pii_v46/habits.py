"""How v46's numbers are written: per region, national, international and local (subscriber-only) habits
seen on programmes, invitations, parish sheets and ticketing pages. Every result is parsed back."""

import phonenumbers as pn

from .numbers import TRUNK, e164, parses_to

EN_DASH = "\u2013"
NBSP = "\u00a0"
TRUNKS = {
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "NL": "0",
    "BE": "0",
    "AT": "0",
    "CH": "0",
    "AU": "0",
    "IE": "0",
    "IN": "0",
}


def split(s, sep=" "):
    sizes = {
        4: [2, 2],
        5: [2, 3],
        6: [3, 3],
        7: [3, 4],
        8: [4, 4],
        9: [3, 3, 3],
        10: [3, 3, 4],
        11: [4, 3, 4],
    }.get(len(s), [len(s)])
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    return sep.join(out)


def pairs_r(s, sep=" "):
    """Pairs counted from the right, the old German and Spanish way: 3785915 -> 3 78 59 15."""
    out = []
    while len(s) > 2:
        out.insert(0, s[-2:])
        s = s[:-2]
    out.insert(0, s)
    return sep.join(out)


def pairs_l(s, sep=" "):
    return sep.join(s[i : i + 2] for i in range(0, len(s), 2))


# each habit: f(A, R, n) with A = area/destination code (no trunk), R = the rest, n = trunk + A
NAT = {
    "US": [
        lambda a, r, n: f"{a} {r[:3]} {r[3:]}",
        lambda a, r, n: f"({a}) {r[:3]} {r[3:]}",
        lambda a, r, n: f"{a}/{r[:3]}-{r[3:]}",
        lambda a, r, n: f"{a}{EN_DASH}{r[:3]}{EN_DASH}{r[3:]}",
        lambda a, r, n: f"1 ({a}) {r[:3]}-{r[3:]}",
        lambda a, r, n: f"({a}) {r[:3]}-{r[3:]}",
    ],
    "GB": [
        lambda a, r, n: f"({n}) {split(r)}",
        lambda a, r, n: f"{n}-{r}",
        lambda a, r, n: f"{n} {split(r)}",
        lambda a, r, n: f"{n}{EN_DASH}{r}",
        lambda a, r, n: f"{n} {r}",
    ],
    "DE": [
        lambda a, r, n: f"({n}) {r}",
        lambda a, r, n: f"{n} / {split(r)}",
        lambda a, r, n: f"{n}{EN_DASH}{r}",
        lambda a, r, n: f"{n} {pairs_r(r)}",
        lambda a, r, n: f"{n}/{pairs_r(r)}",
    ],
    "FR": [
        lambda a, r, n: pairs_l(n + r, "-"),
        lambda a, r, n: n + r,
        lambda a, r, n: pairs_l(n + r, NBSP),
        lambda a, r, n: pairs_l(n + r, " "),
    ],
    "ES": [
        lambda a, r, n: f"{(a + r)[:2]} {(a + r)[2:5]} {pairs_l((a + r)[5:])}",
        lambda a, r, n: f"{(a + r)[:3]}-{(a + r)[3:5]}-{(a + r)[5:7]}-{(a + r)[7:]}",
        lambda a, r, n: f"{(a + r)[:3]} {pairs_l((a + r)[3:])}",
    ],
    "IT": [
        lambda a, r, n: f"({a}) {split(r)}",
        lambda a, r, n: f"{a}-{r}",
        lambda a, r, n: f"{a}/{r}",
        lambda a, r, n: f"{a} {split(r)}",
    ],
    "NL": [
        lambda a, r, n: f"{n} - {split(r)}",
        lambda a, r, n: f"{n}-{r[:3]} {pairs_l(r[3:])}",
        lambda a, r, n: f"{n} {r}",
        lambda a, r, n: f"{n}{EN_DASH}{r}",
    ],
    "PT": [
        lambda a, r, n: f"{(a + r)[:2]} {(a + r)[2:5]} {(a + r)[5:7]} {(a + r)[7:]}",
        lambda a, r, n: f"{(a + r)[:2]} {(a + r)[2:5]} {(a + r)[5:]}",
        lambda a, r, n: split(a + r),
    ],
    "BR": [
        lambda a, r, n: f"({a}) {r[:-4]}-{r[-4:]}",
        lambda a, r, n: f"{a} {r[:-4]}-{r[-4:]}",
        lambda a, r, n: f"({a}){r[:-4]}-{r[-4:]}",
    ],
    "IN": [lambda a, r, n: f"{n}-{r}", lambda a, r, n: f"{n} {r}", lambda a, r, n: f"{n}{EN_DASH}{r}"],
}
MOB = {
    "DE": [
        lambda a, r, n: f"{n} - {split(r)}",
        lambda a, r, n: f"{n}/{split(r)}",
        lambda a, r, n: f"{n} {pairs_r(r)}",
    ],
    "GB": [lambda a, r, n: f"{n[:5]}-{(n + r)[5:]}", lambda a, r, n: f"{n[:5]} {(n + r)[5:8]} {(n + r)[8:]}"],
    "IT": [
        lambda a, r, n: f"{(a + r)[:3]}-{(a + r)[3:]}",
        lambda a, r, n: f"{(a + r)[:3]}/{(a + r)[3:]}",
        lambda a, r, n: f"{(a + r)[:3]} {(a + r)[3:6]} {(a + r)[6:]}",
    ],
    "NL": [lambda a, r, n: f"06-{(a + r)[1:]}", lambda a, r, n: f"06 - {split((a + r)[1:])}"],
    "BR": [
        lambda a, r, n: f"({a}) {r[0]} {r[1:5]}-{r[5:]}",
        lambda a, r, n: f"{a} {r[:5]}-{r[5:]}",
        lambda a, r, n: f"({a}) {r[:5]}-{r[5:]}",
    ],
    "IN": [lambda a, r, n: f"{(a + r)[:5]} {(a + r)[5:]}", lambda a, r, n: f"0{a + r}"],
    "ES": [lambda a, r, n: f"{(a + r)[:3]} {pairs_l((a + r)[3:])}", lambda a, r, n: split(a + r, "-")],
    "PT": [
        lambda a, r, n: split(a + r),
        lambda a, r, n: f"{(a + r)[:2]} {(a + r)[2:5]} {pairs_l((a + r)[5:])}",
    ],
    "FR": [lambda a, r, n: pairs_l(n + r, "-"), lambda a, r, n: pairs_l(n + r, " ")],
}
SERV = {
    "US": [
        lambda a, r, n: f"1 ({a}) {r[:3]}-{r[3:]}",
        lambda a, r, n: f"{a} {r[:3]} {r[3:]}",
        lambda a, r, n: f"({a}) {r[:3]}-{r[3:]}",
    ],
    "GB": [lambda a, r, n: f"{n} {r}", lambda a, r, n: f"({n}) {split(r)}"],
    "DE": [lambda a, r, n: f"{n} / {split(r)}", lambda a, r, n: f"{n}{EN_DASH}{r}"],
    "FR": [
        lambda a, r, n: f"0 {(a + r)[:3]} {(a + r)[3:6]} {(a + r)[6:]}",
        lambda a, r, n: pairs_l(n + r, " "),
    ],
    "ES": [lambda a, r, n: f"{(a + r)[:3]} {pairs_l((a + r)[3:])}"],
    "IT": [
        lambda a, r, n: f"{(a + r)[:3]} {pairs_l((a + r)[3:])}",
        lambda a, r, n: f"{(a + r)[:3]}-{(a + r)[3:]}",
    ],
    "NL": [lambda a, r, n: f"{n} {r}", lambda a, r, n: f"{n} - {split(r)}"],
    "PT": [lambda a, r, n: f"{(a + r)[:3]} {pairs_l((a + r)[3:])}", lambda a, r, n: split(a + r)],
    "BR": [lambda a, r, n: f"0{a} {split(r)}", lambda a, r, n: f"0{a}-{r[:3]}-{r[3:]}"],
    "IN": [
        lambda a, r, n: f"{(a + r)[:4]} {(a + r)[4:7]} {(a + r)[7:]}",
        lambda a, r, n: f"{(a + r)[:4]}-{(a + r)[4:7]}-{(a + r)[7:]}",
    ],
}
INTL = [
    lambda c, a, r: f"+{c} {a} {split(r)}",
    lambda c, a, r: f"+{c}-{a}-{r}",
    lambda c, a, r: f"+{c} ({a}) {split(r)}",
    lambda c, a, r: f"+{c} {a} {pairs_r(r)}",
    lambda c, a, r: f"+{c}{NBSP}{a}{NBSP}{split(r, NBSP)}",
    lambda c, a, r: f"+{c} {a} {pairs_r(r) if len(r) % 2 == 0 else r[:3] + ' ' + pairs_l(r[3:])}",
]
INTL_OK = {  # which international habits each region's writers use (index into INTL)
    "US": [0, 1, 2],
    "GB": [0, 1],
    "DE": [0, 1, 3],
    "FR": [3, 4],
    "ES": [0, 3],
    "IT": [0, 1],
    "NL": [0, 1, 5],
    "PT": [0, 3],
    "BR": [1, 2],
    "IN": [0, 1],
    "AT": [0, 5],
    "CH": [5],
    "BE": [5, 4],
    "AU": [0, 1],
    "IE": [0, 1],
}
LOCAL = {
    "US": [lambda s: f"{s[:3]} {s[3:]}", lambda s: f"{s[:3]}{EN_DASH}{s[3:]}"],
    "GB": [lambda s: s, lambda s: f"{s[:3]}{EN_DASH}{s[3:]}"],
    "DE": [lambda s: pairs_r(s), lambda s: s],
    "NL": [lambda s: s, lambda s: f"{s[:3]}-{s[3:]}"],
    "BR": [lambda s: f"{s[:4]}-{s[4:]}", lambda s: s],
    "IN": [lambda s: f"{s[:-4]}-{s[-4:]}", lambda s: f"{s[:-3]} {s[-3:]}"],
}


def parts(num):
    nsn = pn.national_significant_number(num)
    k = pn.length_of_national_destination_code(num)
    if k == 0:
        k = 3
    return nsn[:k], nsn[k:]


def write(rng, num, region, mode, mobile=False):
    a, r = parts(num)
    n = TRUNKS.get(region, "") + a
    if mode == "international":
        c = num.country_code
        cands = [INTL[i](c, a, r) for i in INTL_OK[region]]
        if mobile and region == "IN":
            cands = [f"+91 {a + r[:-5]} {r[-5:]}", f"+91-{a + r[:-5]}-{r[-5:]}"]
        if mobile and region == "BR":
            cands = [f"+55 ({a}) {r[:5]}-{r[5:]}", f"+55 {a} {r[0]} {r[1:5]}-{r[5:]}"]
    elif mode == "other":
        cands = [f(a, r, n) for f in SERV[region]]
    elif mobile and region in MOB:
        cands = [f(a, r, n) for f in MOB[region]]
    else:
        cands = [f(a, r, n) for f in NAT[region]]
    rng.shuffle(cands)
    for text in cands:
        if parses_to(text, region, num):
            return text
    fmt = pn.PhoneNumberFormat.INTERNATIONAL if mode == "international" else pn.PhoneNumberFormat.NATIONAL
    text = pn.format_number(num, fmt)
    assert parses_to(text, region, num), (text, e164(num))
    return text


def write_local(rng, num, region, area, sub):
    text = rng.choice(LOCAL[region])(sub)
    digits = "".join(ch for ch in text if ch.isdigit())
    assert digits == sub
    assert parses_to(TRUNK[region] + area + digits, region, num)
    return text
