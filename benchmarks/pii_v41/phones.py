"""How the v41 documents write phone numbers (every form is parsed back before use)."""

import phonenumbers as pn

from .numbers import e164, nsn, parses_back

NBSP = "\u00a0"
TRUNK = {
    "US": "",
    "GB": "0",
    "DE": "0",
    "NL": "0",
    "BR": "0",
    "IN": "0",
    "FR": "0",
    "ES": "",
    "IT": "",
    "PT": "",
    "AT": "0",
    "CH": "0",
    "BE": "0",
    "AU": "0",
    "IE": "0",
}


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(p for p in out if p)


def pairs_right(s, sep=" "):
    """Pairs counted from the left, as the French do."""
    return sep.join(s[i : i + 2] for i in range(0, len(s), 2))


def split_num(num):
    """(area code, rest) using the geographic area code or the destination code."""
    d = nsn(num)
    k = pn.length_of_geographical_area_code(num) or pn.length_of_national_destination_code(num)
    return d[:k], d[k:]


def _std(num, fmt):
    return pn.format_number(num, fmt)


def international_forms(num):
    region = pn.region_code_for_number(num)
    cc = "+%d" % num.country_code
    d = nsn(num)
    a, r = split_num(num)
    std = _std(num, pn.PhoneNumberFormat.INTERNATIONAL)
    forms = [std]
    if region == "US":
        forms += ["%s-%s-%s-%s" % (cc, a, r[:3], r[3:]), "%s.%s.%s.%s" % (cc, a, r[:3], r[3:])]
    elif region in ("GB", "DE", "NL", "AT", "CH", "BE", "AU", "IE"):
        forms += [
            "%s (0)%s %s" % (cc, a, grp(r, {7: [3, 4], 8: [4, 4], 6: [3, 3]}.get(len(r), [len(r)]))),
            "%s (0) %s %s" % (cc, a, r),
        ]
    elif region == "FR":
        forms += [
            "%s (0)%s %s" % (cc, d[0], pairs_right(d[1:])),
            "%s %s.%s" % (cc, d[0], pairs_right(d[1:], ".")),
        ]
    elif region in ("ES", "PT"):
        forms += ["(%s) %s" % (cc, grp(d, [3, 3, 3])), "%s-%s" % (cc, d)]
    elif region == "IT":
        forms += ["(%s) %s %s" % (cc, a, r), "%s %s.%s" % (cc, a, r)]
    elif region == "BR":
        forms += ["%s (%s) %s-%s" % (cc, a, r[:-4], r[-4:]), "%s %s %s.%s" % (cc, a, r[:-4], r[-4:])]
    elif region == "IN":
        forms += [
            "%s %s" % (cc, d),
            "%s %s-%s" % (cc, d[:5], d[5:]) if d[0] in "6789" else "%s-%s-%s" % (cc, a, r),
        ]
    return forms


def national_forms(num):
    region = pn.region_code_for_number(num)
    d = nsn(num)
    a, r = split_num(num)
    mob = pn.number_type(num) in (pn.PhoneNumberType.MOBILE,)
    forms = [_std(num, pn.PhoneNumberFormat.NATIONAL)]
    if region == "US":
        forms += [
            "%s.%s.%s" % (a, r[:3], r[3:]),
            "(%s)%s-%s" % (a, r[:3], r[3:]),
            "1-%s-%s-%s" % (a, r[:3], r[3:]),
        ]
    elif region == "GB":
        forms += [
            "0%s-%s-%s" % (a, r[:3], r[3:]) if len(r) > 6 else "0%s-%s" % (a, r),
            "0%s %s-%s" % (a, r[:3], r[3:]),
        ]
    elif region == "DE":
        if mob:
            forms += ["0%s %s %s" % (a, r[:4], r[4:]), "0%s/%s" % (a, r)]
        else:
            forms += [
                "0%s %s-%s" % (a, r[:-2], r[-2:]),
                "0%s %s-0" % (a, r[:-1]) if r.endswith("0") else "0%s/%s" % (a, r),
            ]
    elif region == "FR":
        forms += [pairs_right("0" + d, "."), "0%s %s" % (d[0], grp(d[1:], [2, 2, 2, 2]))]
    elif region == "ES":
        forms += [grp(d, [3, 2, 2, 2]), grp(d, [3, 3, 3], ".")]
    elif region == "IT":
        forms += [
            "%s %s %s" % (a, r[:4], r[4:]) if len(r) > 6 else "%s %s" % (a, r),
            "%s.%s.%s" % (a, r[:4], r[4:]),
        ]
    elif region == "NL":
        forms += [
            "(0%s) %s" % (a, grp(r, [3, 2, 2]) if len(r) == 7 else grp(r, [2, 2, 2, 2])),
            "0%s-%s" % (a, r),
        ]
    elif region == "PT":
        forms += [d, grp(d, [3, 3, 3], ".")]
    elif region == "BR":
        forms += [
            "(%s) %s.%s" % (a, r[:-4], r[-4:]),
            "(0%s) %s-%s" % (a, r[:-4], r[-4:]),
            "%s %s %s" % (a, r[:-4], r[-4:]),
        ]
    elif region == "IN":
        if d[0] in "6789":
            forms += ["%s-%s-%s" % (d[:3], d[3:6], d[6:]), d, "0%s" % d]
        else:
            forms += ["(0%s) %s" % (a, r), "0%s %s %s" % (a, r[:3], r[3:])]
    return forms


def service_forms(num):
    region = pn.region_code_for_number(num)
    d = nsn(num)
    forms = [_std(num, pn.PhoneNumberFormat.NATIONAL)]
    if region == "US":
        forms += ["1-%s-%s-%s" % (d[:3], d[3:6], d[6:]), "%s.%s.%s" % (d[:3], d[3:6], d[6:])]
    elif region == "GB":
        forms += ["0%s-%s-%s" % (d[:3], d[3:6], d[6:])]
    elif region == "DE":
        forms += ["0%s %s" % (d[:3], grp(d[3:], [3, 4]))]
    elif region == "FR":
        forms += [pairs_right("0" + d, ".")]
    elif region == "ES":
        forms += ["%s-%s-%s" % (d[:3], d[3:6], d[6:])]
    elif region == "IT":
        forms += ["%s.%s.%s" % (d[:3], d[3:6], d[6:]), "%s %s" % (d[:3], d[3:])]
    elif region == "NL":
        forms += ["0%s-%s" % (d[:3], d[3:])]
    elif region == "PT":
        forms += [grp(d, [3, 2, 2, 2])]
    elif region == "BR":
        forms += ["0%s-%s-%s" % (d[:3], d[3:6], d[6:]), "0%s.%s.%s" % (d[:3], d[3:6], d[6:])]
    elif region == "IN":
        forms += [
            "%s-%s-%s" % (d[:4], d[4:6], d[6:]) if len(d) == 10 else "%s-%s-%s" % (d[:4], d[4:7], d[7:]),
            "%s %s %s" % (d[:4], d[4:7], d[7:]),
        ]
    return forms


def local_forms(num):
    region = pn.region_code_for_number(num)
    a, r = split_num(num)
    if region == "US":
        return [r[:3] + "-" + r[3:], r[:3] + "." + r[3:]]
    if region == "GB":
        return [grp(r, [3, 4]) if len(r) == 7 else grp(r, [3, 3]), r]
    if region == "DE":
        return [r, r[:-2] + "-" + r[-2:], grp(r, [3, 2, 2]) if len(r) == 7 else r]
    if region == "NL":
        return [grp(r, [3, 2, 2]) if len(r) == 7 else grp(r, [2, 2, 2, 2]), r, grp(r, [3, 4])]
    if region == "BR":
        return [r[:-4] + "." + r[-4:], r[:-4] + " " + r[-4:], r[:-4] + "-" + r[-4:]]
    if region == "IN":
        return [r, grp(r, [3, 4]) if len(r) == 7 else grp(r, [4, 4]), grp(r, [3, 2, 2]) if len(r) == 7 else r]
    raise ValueError(region)


def local_parses_back(text, num):
    region = pn.region_code_for_number(num)
    a, _ = split_num(num)
    return parses_back(TRUNK[region] + a + " " + text, region, num)


def pick(rng, forms, region, num, local=False):
    forms = list(dict.fromkeys(forms))
    rng.shuffle(forms)
    for f in forms:
        f = f.replace(NBSP, " ") if rng.random() < 0.8 else f
        ok = local_parses_back(f, num) if local else parses_back(f, region, num)
        if ok:
            return f
    raise RuntimeError("no form parses back for %s" % e164(num))


def nbsp_variant(rng, text, region):
    """French documents sometimes keep the no-break spaces of their word processor."""
    if region in ("FR", "BE", "CH") and rng.random() < 0.25:
        return text.replace(" ", NBSP)
    return text
