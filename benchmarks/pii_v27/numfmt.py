"""How people write the numbers: national, international, subscriber-only and service spellings."""

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as PNF

TRUNK = {
    "US": "",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "BR": "0",
    "IN": "0",
    "FR": "0",
    "IT": "",
    "ES": "",
    "AU": "0",
    "IE": "0",
    "AT": "0",
    "CH": "0",
    "BE": "0",
}


def _split(s, sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _pairs(s):
    if len(s) % 2:
        return [s[:3]] + _split(s[3:], [2] * 8)
    return _split(s, [2] * 8)


def _area_rest(p):
    al = p.area_len
    if not al:
        al = {"GB": 4, "DE": 3, "NL": 1, "BR": 2, "IN": 5, "IT": 3, "ES": 3, "FR": 1, "US": 3}.get(
            p.region, 3
        )
    return p.nsn[:al], p.nsn[al:]


def _national_styles(p):
    a, r = _area_rest(p)
    t = TRUNK.get(p.region, "0")
    st = {}
    if p.region == "US":
        st["us_dots"] = "%s.%s.%s" % (a, r[:3], r[3:])
        st["us_tight_paren"] = "(%s)%s-%s" % (a, r[:3], r[3:])
        st["us_one_dash"] = "1-%s-%s-%s" % (a, r[:3], r[3:])
        st["us_space_dash"] = "%s %s-%s" % (a, r[:3], r[3:])
    elif p.region == "FR":
        n = t + p.nsn
        st["fr_dots"] = ".".join(_split(n, [2] * 5))
        st["fr_dashes"] = "-".join(_split(n, [2] * 5))
        st["fr_solid"] = n
    elif p.region == "ES":
        st["es_dots_3"] = ".".join(_split(p.nsn, [3, 3, 3]))
        st["es_solid"] = p.nsn
        st["es_2_3_2_2"] = " ".join(_split(p.nsn, [2, 3, 2, 2]))
    elif p.region == "IT":
        st["it_slash"] = "%s/%s" % (a, r)
        st["it_dot_group"] = "%s.%s" % (a, ".".join(_split(r, [3, 4])))
        st["it_dash"] = "%s-%s" % (a, r)
    elif p.region == "BR":
        st["br_dash_all"] = "%s-%s-%s" % (a, r[:-4], r[-4:])
        st["br_paren_solid"] = "(%s) %s" % (a, r)
        st["br_dots"] = "%s.%s.%s" % (a, r[:-4], r[-4:])
    elif p.region == "IN":
        if p.kind == "mob" or not p.area_len:
            st["in_5_5_zero"] = "0%s-%s" % (p.nsn[:5], p.nsn[5:])
            st["in_4_3_3"] = "%s-%s-%s" % (p.nsn[:4], p.nsn[4:7], p.nsn[7:])
            st["in_solid"] = p.nsn
        else:
            st["in_paren_area"] = "(0%s) %s" % (a, r)
            st["in_area_space_4"] = "0%s %s" % (a, " ".join(_split(r, [4, 4])))
    else:
        st["trunk_dash"] = "%s%s-%s" % (t, a, r)
        st["paren_trunk"] = "(%s%s) %s" % (t, a, r)
        st["trunk_pairs"] = "%s%s %s" % (t, a, " ".join(_pairs(r)))
        if p.region == "DE":
            st["de_slash_tight"] = "%s%s/%s" % (t, a, r)
        if p.region == "GB" and p.kind == "mob":
            st["gb_mob_3_3"] = "0%s %s %s" % (p.nsn[:4], p.nsn[4:7], p.nsn[7:])
    return st


def _intl_styles(p):
    cc = str(p.num.country_code)
    a, r = _area_rest(p)
    st = {
        "plus_compact": "+" + cc + p.nsn,
        "plus_dashes": "+%s-%s-%s" % (cc, a, r),
        "double_zero_spaced": "00%s %s %s" % (cc, a, r),
    }
    if TRUNK.get(p.region) == "0" and p.region not in ("BR", "IN"):
        st["plus_zero_paren"] = "+%s (0)%s %s" % (cc, a, r)
    if p.region in ("US", "BR"):
        st["plus_paren_area"] = "+%s (%s) %s" % (cc, a, r if p.region == "BR" else r[:3] + "-" + r[3:])
    if p.region in ("FR", "BE", "CH"):
        st["plus_dots"] = "+%s.%s" % (cc, ".".join(_pairs(p.nsn)))
    return st


def _ok(text, p, region):
    try:
        n = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return pn.format_number(n, PNF.E164) == p.e164 and pn.is_valid_number(n)


def national(rng, p):
    st = _national_styles(p)
    st["pn_national"] = pn.format_number(p.num, PNF.NATIONAL)
    names = sorted(st)
    rng.shuffle(names)
    for name in names + ["pn_national"]:
        if _ok(st[name], p, p.region):
            return st[name], name
    raise RuntimeError("national style for %s" % p.e164)


def international(rng, p, allow00=True):
    st = _intl_styles(p)
    if not allow00:
        del st["double_zero_spaced"]
    st["pn_international"] = pn.format_number(p.num, PNF.INTERNATIONAL)
    names = sorted(st)
    rng.shuffle(names)
    for name in names + ["pn_international"]:
        if _ok(st[name], p, "ZZ" if not st[name].startswith("00") else "GB"):
            return st[name], name
    raise RuntimeError("intl style for %s" % p.e164)


def subscriber(rng, p):
    s = p.nsn[p.area_len :]
    n = len(s)
    opts = {"sub_solid": s}
    if n == 7:
        opts.update(
            {
                "sub_3_4_dash": s[:3] + "-" + s[3:],
                "sub_3_4": s[:3] + " " + s[3:],
                "sub_3_2_2": " ".join(_split(s, [3, 2, 2])),
            }
        )
    elif n == 8:
        opts.update(
            {
                "sub_4_4": s[:4] + " " + s[4:],
                "sub_4_4_dash": s[:4] + "-" + s[4:],
                "sub_pairs": " ".join(_pairs(s)),
            }
        )
    elif n == 6:
        opts.update({"sub_3_3": s[:3] + " " + s[3:], "sub_pairs": " ".join(_pairs(s))})
    else:
        opts.update({"sub_pairs": " ".join(_pairs(s))})
    if p.region == "US":
        opts = {"sub_3_4_dash": s[:3] + "-" + s[3:], "sub_3_4_dot": s[:3] + "." + s[3:]}
    name = rng.choice(sorted(opts))
    return opts[name], name


def service_text(rng, p):
    st = {"pn_national": pn.format_number(p.num, PNF.NATIONAL)}
    s = p.nsn
    if p.region == "US":
        st["us_1_800"] = "1-%s-%s-%s" % (s[:3], s[3:6], s[6:])
        st["us_800_dots"] = "%s.%s.%s" % (s[:3], s[3:6], s[6:])
    elif p.region == "IN":
        st["in_1800_dashes"] = "-".join(_split(s, [4, 3, 3, 4]))
    elif p.region == "BR" and len(s) == 8:
        st["br_uan_dash"] = s[:4] + "-" + s[4:]
    elif p.region in ("GB", "DE", "NL"):
        st["svc_trunk_dash"] = "0%s-%s" % (s[:3], s[3:])
    elif p.region == "ES":
        st["es_svc_3_3_3"] = " ".join(_split(s, [3, 3, 3]))
    names = sorted(st)
    rng.shuffle(names)
    for name in names + ["pn_national"]:
        if _ok(st[name], p, p.region):
            return st[name], name
    raise RuntimeError("service style")
