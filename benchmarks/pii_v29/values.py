"""Values for v29: phone numbers (made and checked with phonenumbers), e-mails, IBANs, cards, IPs, SSNs."""

import ipaddress

import phonenumbers as pn
import stdnum.iban as stdnum_iban
from phonenumbers import PhoneNumberType as T

CC = {
    "US": 1,
    "GB": 44,
    "DE": 49,
    "FR": 33,
    "ES": 34,
    "IT": 39,
    "NL": 31,
    "BR": 55,
    "IN": 91,
    "AT": 43,
    "CH": 41,
    "BE": 32,
    "AU": 61,
    "IE": 353,
}
TRUNK = {
    "US": "",
    "GB": "0",
    "DE": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "NL": "0",
    "BR": "",
    "IN": "0",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "AU": "0",
    "IE": "0",
}
# countries whose people dial 00 for abroad (US and BR documents never get 00 prefixes, AU uses 0011)
DIALS_00 = {"GB", "DE", "FR", "ES", "IT", "NL", "IN", "AT", "CH", "BE", "IE"}

# geographic areas for local numbers: region -> [(area code without trunk prefix, town)]
AREAS = {
    "US": [
        ("312", "Chicago"),
        ("503", "Portland"),
        ("615", "Nashville"),
        ("414", "Milwaukee"),
        ("505", "Albuquerque"),
        ("802", "Burlington"),
        ("919", "Raleigh"),
        ("608", "Madison"),
    ],
    "GB": [
        ("161", "Manchester"),
        ("113", "Leeds"),
        ("131", "Edinburgh"),
        ("117", "Bristol"),
        ("1223", "Cambridge"),
        ("1865", "Oxford"),
        ("1392", "Exeter"),
        ("20", "London"),
    ],
    "DE": [
        ("40", "Hamburg"),
        ("89", "München"),
        ("221", "Köln"),
        ("351", "Dresden"),
        ("761", "Freiburg"),
        ("6221", "Heidelberg"),
        ("511", "Hannover"),
        ("921", "Bayreuth"),
    ],
    "NL": [
        ("10", "Rotterdam"),
        ("30", "Utrecht"),
        ("50", "Groningen"),
        ("40", "Eindhoven"),
        ("71", "Leiden"),
        ("58", "Leeuwarden"),
        ("43", "Maastricht"),
        ("543", "Winterswijk"),
    ],
    "BR": [
        ("21", "Rio de Janeiro"),
        ("31", "Belo Horizonte"),
        ("51", "Porto Alegre"),
        ("41", "Curitiba"),
        ("71", "Salvador"),
        ("85", "Fortaleza"),
        ("61", "Brasília"),
        ("81", "Recife"),
    ],
    "IN": [
        ("22", "Mumbai"),
        ("11", "New Delhi"),
        ("80", "Bengaluru"),
        ("33", "Kolkata"),
        ("44", "Chennai"),
        ("20", "Pune"),
        ("141", "Jaipur"),
        ("484", "Kochi"),
    ],
    "FR": [("1", "Paris"), ("4", "Lyon"), ("5", "Bordeaux"), ("2", "Rennes"), ("3", "Strasbourg")],
    "ES": [
        ("91", "Madrid"),
        ("93", "Barcelona"),
        ("96", "Valencia"),
        ("954", "Sevilla"),
        ("976", "Zaragoza"),
    ],
    "IT": [("06", "Roma"), ("02", "Milano"), ("011", "Torino"), ("055", "Firenze"), ("081", "Napoli")],
    "AT": [("1", "Wien"), ("316", "Graz")],
    "CH": [("44", "Zürich"), ("31", "Bern")],
    "BE": [("2", "Bruxelles"), ("9", "Gent")],
    "AU": [("2", "Sydney"), ("3", "Melbourne")],
    "IE": [("1", "Dublin"), ("21", "Cork")],
}


def _digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _ok(num, kinds):
    return pn.is_valid_number(num) and pn.number_type(num) in kinds


def fixed(rng, region, area=None):
    """A valid fixed line in one of the region's areas; returns (PhoneNumber, area)."""
    kinds = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
    for _ in range(4000):
        a = area or rng.choice(AREAS[region])[0]
        first = "23456789"
        for ln in rng.sample(range(5, 9), 4):
            nsn = a + rng.choice(first) + _digits(rng, ln - 1)
            try:
                num = pn.parse("+%d%s" % (CC[region], nsn))
            except pn.NumberParseException:
                continue
            if _ok(num, kinds) and (
                region in ("IT", "ES") or pn.length_of_geographical_area_code(num) == len(a)
            ):
                return num, a
    raise RuntimeError("no fixed line for %s %s" % (region, area))


def _from_example(rng, region, typ, keep):
    ex = pn.national_significant_number(pn.example_number_for_type(region, typ))
    kinds = {typ, T.FIXED_LINE_OR_MOBILE} if typ == T.MOBILE else {typ}
    for _ in range(4000):
        k = rng.choice(keep)
        nsn = ex[:k] + _digits(rng, len(ex) - k + rng.choice([0, 0, 0, 1, -1]))
        try:
            num = pn.parse("+%d%s" % (CC[region], nsn))
        except pn.NumberParseException:
            continue
        if _ok(num, kinds):
            return num
    raise RuntimeError("no %s for %s" % (typ, region))


def mobile(rng, region):
    if region == "US":
        return fixed(rng, "US")[0]
    return _from_example(rng, region, T.MOBILE, [1, 1, 2, 2, 3] + ([0, 0] if region in ("BR", "IN") else []))


SERVICE_TYPES = {
    "US": [T.TOLL_FREE],
    "GB": [T.TOLL_FREE],
    "DE": [T.TOLL_FREE, T.SHARED_COST],
    "FR": [T.TOLL_FREE, T.SHARED_COST],
    "ES": [T.TOLL_FREE, T.SHARED_COST],
    "IT": [T.TOLL_FREE],
    "NL": [T.TOLL_FREE],
    "BR": [T.TOLL_FREE, T.SHARED_COST],
    "IN": [T.TOLL_FREE],
}


def service(rng, region):
    return _from_example(rng, region, rng.choice(SERVICE_TYPES[region]), [3, 3, 4])


def area_len(num):
    try:
        return pn.length_of_geographical_area_code(num)
    except Exception:
        return 0


def _group(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [g for g in out if g]


def _split(s, rng, region):
    n = len(s)
    opts = {
        4: [[4], [2, 2]],
        5: [[5], [2, 3], [3, 2]],
        6: [[6], [3, 3], [2, 2, 2]],
        7: [[3, 4], [7], [3, 2, 2]],
        8: [[4, 4], [8], [2, 2, 2, 2]],
        9: [[3, 3, 3], [4, 5], [9]],
        10: [[3, 3, 4], [4, 6], [10]],
    }.get(n, [[n]])
    if region not in ("NL", "DE"):
        opts = [o for o in opts if o not in ([3, 2, 2], [2, 2, 2, 2])]
    return _group(s, rng.choice(opts))


def _parts(num):
    nsn = pn.national_significant_number(num)
    try:
        k = pn.length_of_national_destination_code(num)
    except Exception:
        k = 0
    region = pn.region_code_for_number(num)
    if region == "IN" and pn.number_type(num) == T.MOBILE:
        k = 5
    if region == "IT" and nsn.startswith("0"):
        k = next((len(a) for a, _ in AREAS["IT"] if nsn.startswith(a)), 2)
    if k <= 0 or k >= len(nsn):
        k = min(3, len(nsn) - 4)
    return region, nsn, nsn[:k], nsn[k:]


def _check(text, num, region):
    try:
        back = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return back.country_code == num.country_code and back.national_number == num.national_number


def fmt_national(rng, num):
    """The number as people in its country write it at home, with its trunk prefix; returns (text, style)."""
    region, nsn, ndc, rest = _parts(num)
    tr = TRUNK[region]
    sp = " ".join
    cands = []
    if region == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        cands = [
            ("us_paren", "(%s) %s-%s" % (a, b, c)),
            ("us_dash", "%s-%s-%s" % (a, b, c)),
            ("us_dot", "%s.%s.%s" % (a, b, c)),
            ("us_space", "%s %s %s" % (a, b, c)),
            ("us_1dash", "1-%s-%s-%s" % (a, b, c)),
            ("us_1paren", "1 (%s) %s-%s" % (a, b, c)),
            ("us_slash", "%s/%s-%s" % (a, b, c)),
        ]
    elif region == "FR":
        d = "0" + nsn
        pairs = [d[i : i + 2] for i in range(0, 10, 2)]
        cands = [
            ("fr_pairs", " ".join(pairs)),
            ("fr_dots", ".".join(pairs)),
            ("fr_solid", d),
            ("fr_dash", "-".join(pairs)),
        ]
    elif region == "ES":
        cands = [
            ("es_333", sp(_group(nsn, [3, 3, 3]))),
            ("es_3222", sp(_group(nsn, [3, 2, 2, 2]))),
            ("es_solid", nsn),
            ("es_2322", sp(_group(nsn, [2, 3, 2, 2]))),
            ("es_dots", ".".join(_group(nsn, [3, 3, 3]))),
        ]
    elif region == "BR":
        if len(rest) == 9:
            r2 = [rest[:5] + "-" + rest[5:], rest[0] + " " + rest[1:5] + "-" + rest[5:], rest]
        else:
            r2 = [rest[:4] + "-" + rest[4:], rest]
        for r in r2:
            cands += [
                ("br_paren", "(%s) %s" % (ndc, r)),
                ("br_space", "%s %s" % (ndc, r)),
                ("br_0paren", "(0%s) %s" % (ndc, r)),
            ]
    elif region == "IN":
        if pn.number_type(num) == T.MOBILE:
            cands = [
                ("in_55", "%s %s" % (nsn[:5], nsn[5:])),
                ("in_0_55", "0%s %s" % (nsn[:5], nsn[5:])),
                ("in_solid", nsn),
                ("in_0solid", "0" + nsn),
                ("in_334", sp(_group(nsn, [3, 3, 4]))),
            ]
        else:
            cands = [
                ("in_std_space", "0%s %s" % (ndc, sp(_split(rest, rng, region)))),
                ("in_std_dash", "0%s-%s" % (ndc, rest)),
                ("in_std_paren", "(0%s) %s" % (ndc, rest)),
            ]
    else:
        r = sp(_split(rest, rng, region))
        rs = rest
        cands = [("tr_space", "%s%s %s" % (tr, ndc, r)), ("tr_solid_rest", "%s%s %s" % (tr, ndc, rs))]
        if region == "DE":
            cands += [
                ("de_slash", "0%s/%s" % (ndc, r)),
                ("de_paren", "(0%s) %s" % (ndc, r)),
                ("de_dash", "0%s-%s" % (ndc, rs)),
                ("de_spaced_slash", "0%s / %s" % (ndc, rs)),
            ]
        if region == "NL":
            cands += [("nl_dash", "0%s-%s" % (ndc, r)), ("nl_dash_solid", "0%s-%s" % (ndc, rs))]
            if ndc == "6":
                cands += [("nl_06_pairs", "06 " + " ".join(_group(rest, [2, 2, 2, 2])))]
        if region == "GB":
            cands += [("gb_solid", "0" + nsn)]
            if pn.number_type(num) != T.MOBILE:
                cands += [("gb_paren", "(0%s) %s" % (ndc, r))]
        if region == "IT":
            cands += [
                ("it_dash", "%s-%s" % (ndc, rs)),
                ("it_slash", "%s/%s" % (ndc, rs)),
                ("it_dot", "%s.%s" % (ndc, rs)),
            ]
    rng.shuffle(cands)
    for style, text in cands:
        if _check(text, num, region):
            return text, style
    return pn.format_number(num, pn.PhoneNumberFormat.NATIONAL), "pn_national"


def fmt_international(rng, num, home):
    """+cc forms (and 00cc where the writer's country dials 00); returns (text, style)."""
    region, nsn, ndc, rest = _parts(num)
    cc = str(num.country_code)
    r = " ".join(_split(rest, rng, region))
    cands = [
        ("pn_intl", pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL)),
        ("plus_space", "+%s %s %s" % (cc, ndc, r)),
        ("plus_solid", "+" + cc + nsn),
        ("plus_dash", "+%s-%s-%s" % (cc, ndc, rest)),
    ]
    if TRUNK[region] == "0":
        cands.append(("plus_paren0", "+%s (0)%s %s" % (cc, ndc, r)))
    if region == "US":
        cands.append(("plus_us_paren", "+1 (%s) %s-%s" % (nsn[:3], nsn[3:6], nsn[6:])))
    if region == "FR":
        cands.append(("plus_fr_pairs", "+33 %s %s" % (nsn[0], " ".join(_group(nsn[1:], [2, 2, 2, 2])))))
    if home in DIALS_00:
        cands += [("00_space", "00%s %s %s" % (cc, ndc, r)), ("00_dash", "00%s-%s" % (cc, nsn))]
    rng.shuffle(cands)
    for style, text in cands:
        if _check(text, num, home if home in CC else "US") and text.lstrip("+").startswith(("00", cc)):
            return text, style
    return pn.format_number(num, pn.PhoneNumberFormat.INTERNATIONAL), "pn_intl"


def fmt_service(rng, num):
    """Service numbers: phonenumbers' national form, or the same digits solid or dashed."""
    region = pn.region_code_for_number(num)
    nat = pn.format_number(num, pn.PhoneNumberFormat.NATIONAL)
    cands = [("svc_pn", nat), ("svc_pn", nat), ("svc_solid", nat.replace(" ", ""))]
    if "(" not in nat:
        cands.append(("svc_dash", nat.replace(" ", "-")))
    if region == "US":
        nsn = pn.national_significant_number(num)
        cands.append(("svc_us_1", "1-%s-%s-%s" % (nsn[:3], nsn[3:6], nsn[6:])))
    rng.shuffle(cands)
    for style, text in cands:
        if _check(text, num, region):
            return text, style
    return nat, "svc_pn"


def fmt_local(rng, num, area, region):
    """Subscriber digits only, the way locals write them."""
    nsn = pn.national_significant_number(num)
    sub = nsn[len(area) :]
    if region == "US":
        return sub[:3] + "-" + sub[3:]
    if region == "BR":
        return rng.choice([sub[:-4] + "-" + sub[-4:], sub])
    opts = [sub, " ".join(_split(sub, rng, region))]
    if region == "DE" and len(sub) >= 6:
        opts.append(" ".join(_group(sub, [2] * (len(sub) // 2))))
    return rng.choice(opts)


def phone_value(num, text, mode, alen=None):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": pn.region_code_for_number(num),
        "e164": pn.format_number(num, pn.PhoneNumberFormat.E164),
        "area_len": area_len(num) if alen is None else alen,
    }


# ---------------------------------------------------------------- other kinds
def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2:
            x = x * 2 - 9 if x > 4 else x * 2
        s += x
    return s % 10 == 0


def _luhn_complete(rng, prefix, n):
    body = prefix + _digits(rng, n - len(prefix) - 1)
    for c in "0123456789":
        if luhn_ok(body + c):
            return body + c
    raise AssertionError


CARD_PREFIXES = [
    ("visa", "4", 16),
    ("visa", "4", 16),
    ("mc", "5", 16),
    ("mc2", "22", 16),
    ("amex", "37", 15),
    ("amex", "34", 15),
    ("disc", "6011", 16),
    ("visa", "49", 16),
]


def card(rng):
    brand, pre, n = rng.choice(CARD_PREFIXES)
    if pre == "5":
        pre = "5" + rng.choice("12345")
    if pre == "22":
        pre = "22" + rng.choice("3456")
    d = _luhn_complete(rng, pre, n)
    mode = rng.choice(["grouped", "grouped", "grouped", "dashed", "compact"])
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    g = _group(d, sizes)
    text = {"grouped": " ".join(g), "dashed": "-".join(g), "compact": d}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": text}


IBAN_BBAN = {
    "DE": "18n",
    "FR": "10n11n2n",
    "ES": "20n",
    "IT": "1a10n12n",
    "NL": "4a10n",
    "GB": "4a14n",
    "BE": "12n",
    "AT": "16n",
    "CH": "17n",
    "PT": "21n",
    "IE": "4a14n",
}
BANK_CODES = {
    "NL": ["INGB", "RABO", "ABNA", "TRIO", "SNSB"],
    "GB": ["NWBK", "BARC", "LOYD", "MIDL"],
    "IE": ["AIBK", "BOFI"],
}


def iban_check(cc, bban):
    s = "".join(str(int(ch, 36)) for ch in bban + cc + "00")
    return "%02d" % (98 - int(s) % 97)


def iban(rng, cc):
    """An IBAN valid under mod 97 and, where python-stdnum knows one, the national check too."""
    for _ in range(3000):
        full = _iban_draw(rng, cc)
        if stdnum_iban.is_valid(full):
            break
    mode = rng.choice(["grouped", "grouped", "grouped", "compact"])
    text = " ".join(_group(full, [4] * 9)) if mode == "grouped" else full
    return {"kind": "IBAN", "mode": mode, "text": text}


def _iban_draw(rng, cc):
    spec, bban, i = IBAN_BBAN[cc], "", 0
    while i < len(spec):
        j = i
        while spec[j].isdigit():
            j += 1
        n, t = int(spec[i:j]), spec[j]
        if t == "a" and cc in BANK_CODES:
            bban += rng.choice(BANK_CODES[cc])
        elif t == "a":
            bban += "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))
        else:
            bban += _digits(rng, n)
        i = j + 1
    return cc + iban_check(cc, bban) + bban


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    mode = rng.choice(["dashed"] * 4 + ["spaced"])
    sep = "-" if mode == "dashed" else " "
    return {"kind": "US_SSN", "mode": mode, "text": "%03d%s%02d%s%04d" % (a, sep, g, sep, s)}


def ipv4(rng):
    while True:
        kind = rng.random()
        if kind < 0.35:
            t = "192.168.%d.%d" % (rng.randint(0, 20), rng.randint(2, 254))
        elif kind < 0.5:
            t = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 254))
        else:
            t = "%d.%d.%d.%d" % (
                rng.randint(11, 223),
                rng.randint(0, 255),
                rng.randint(0, 255),
                rng.randint(1, 254),
            )
        ip = ipaddress.IPv4Address(t)
        if not (ip.is_loopback or ip.is_multicast or ip.is_reserved):
            return {"kind": "IP_ADDRESS", "mode": "v4", "text": t}


def ipv6(rng):
    h = lambda: "%x" % rng.randint(0, 0xFFFF)  # noqa: E731
    k = rng.random()
    if k < 0.4:
        t = "2a02:%x:%s:%s::%s" % (rng.randint(0x100, 0xFFF), h(), h(), h())
    elif k < 0.6:
        t = "fe80::%s:%s:%s:%s" % (h(), h(), h(), h())
    elif k < 0.8:
        t = "2001:%x:%s:%s:%s:%s:%s:%s" % (rng.randint(0x4000, 0xFFFF), h(), h(), h(), h(), h(), h())
    else:
        t = "2600:%x:%s::%s" % (rng.randint(0x1000, 0xFFFF), h(), h())
    t = str(ipaddress.IPv6Address(t)) if rng.random() < 0.8 else t
    return {"kind": "IP_ADDRESS", "mode": "v6", "text": t}
