"""How machine-made and exported text writes phone numbers (v33's habits; phonenumbers' own formats too).

Each habit is a function of (national significant number, region) -> text; a form that does not parse back
to the same number is never used (the caller falls back to phonenumbers' own format and counts it).
"""

import phonenumbers
from phonenumbers import PhoneNumberFormat as PNF

from .values import CC, _groups, nsn


def _own(num, fmt):
    return phonenumbers.format_number(num, fmt)


def _area_split(num):
    s = nsn(num)
    a = phonenumbers.length_of_geographical_area_code(num)
    if a == 0:
        a = phonenumbers.length_of_national_destination_code(num)
    return s[:a], s[a:]


# ---- international forms ------------------------------------------------------------------------------
def i_e164(num, s, cc):
    return "+%s%s" % (cc, s)


def i_whois(num, s, cc):  # WHOIS / registrar exports: +CC.NSN
    return "+%s.%s" % (cc, s)


def i_own(num, s, cc):
    return _own(num, PNF.INTERNATIONAL)


def i_rfc3966_body(num, s, cc):  # the part after 'tel:' in RFC 3966 links: +49-521-5607123
    return _own(num, PNF.RFC3966)[4:]


def i_paren_cc(num, s, cc):  # (+34) 912345678, common on Iberian and Italian sites
    return "(+%s) %s" % (cc, s)


def i_trunk0(num, s, cc):  # +31 (0)30 2345678 / +33 (0)1 42 68 53 00
    a, rest = _area_split(num)
    return "+%s (0)%s %s" % (cc, a, rest)


def i_dots(num, s, cc):  # +33.1.42.68.53.00 / +1.402.341.7776
    a, rest = _area_split(num)
    if cc == 1:
        return "+1.%s.%s.%s" % (a, rest[:3], rest[3:])
    return "+%s.%s.%s" % (cc, a, ".".join(_groups(rest, [2] * 8)))


def i_00solid_area(num, s, cc):  # 0049 521 5607123
    a, rest = _area_split(num)
    return "00%s %s %s" % (cc, a, rest)


def i_switchboard(num, s, cc):  # German imprints: +49 521 56071-23 (Durchwahl written after a dash)
    a, rest = _area_split(num)
    return "+%s %s %s-%s" % (cc, a, rest[:-2], rest[-2:])


def i_slash(num, s, cc):  # +43 664/1234567, +39 333/1234567
    a, rest = _area_split(num)
    return "+%s %s/%s" % (cc, a, rest)


def i_br9(num, s, cc):  # +55 11 9 8765-4321
    a, rest = _area_split(num)
    if len(rest) == 9:
        return "+55 %s %s %s-%s" % (a, rest[0], rest[1:5], rest[5:])
    return "+55 (%s) %s-%s" % (a, rest[:4], rest[4:])


INTL = {
    "US": [i_own, i_e164, i_whois, i_dots, i_rfc3966_body],
    "GB": [i_own, i_e164, i_whois, i_trunk0, i_00solid_area],
    "DE": [i_own, i_e164, i_switchboard, i_rfc3966_body, i_00solid_area, i_trunk0],
    "NL": [i_own, i_e164, i_trunk0, i_rfc3966_body, i_00solid_area],
    "BR": [i_own, i_e164, i_br9, i_rfc3966_body],
    "IN": [i_own, i_e164, i_rfc3966_body, i_whois],
    "FR": [i_own, i_e164, i_trunk0, i_dots, i_00solid_area],
    "ES": [i_own, i_e164, i_paren_cc, i_00solid_area, i_whois],
    "IT": [i_own, i_e164, i_paren_cc, i_slash, i_00solid_area],
    "PT": [i_own, i_e164, i_paren_cc, i_00solid_area],
    "AU": [i_own, i_e164, i_trunk0, i_whois],
    "IE": [i_own, i_e164, i_trunk0, i_00solid_area],
    "AT": [i_own, i_e164, i_slash, i_trunk0, i_00solid_area],
    "CH": [i_own, i_e164, i_trunk0, i_00solid_area, i_rfc3966_body],
    "BE": [i_own, i_e164, i_trunk0, i_00solid_area, i_whois],
}


# ---- national forms -------------------------------------------------------------------------------------
def n_own(num, s, region):
    return _own(num, PNF.NATIONAL)


def n_solid(num, s, region):
    return (
        phonenumbers.format_number(num, PNF.NATIONAL)
        .replace(" ", "")
        .replace("-", "")
        .replace("(", "")
        .replace(")", "")
    )


def n_dots(num, s, region):
    out = n_solid(num, s, region)
    if region == "FR":
        return ".".join(_groups(out, [2] * 5))
    if region == "US":
        return "%s.%s.%s" % (s[:3], s[3:6], s[6:])
    a, rest = _area_split(num)
    return "%s.%s" % (out[: len(out) - len(rest)], rest)


def n_dash_area(num, s, region):  # 0521-5607123, 020-1234567, 0141-2214567
    a, rest = _area_split(num)
    trunk = "" if region in ("US", "IT", "ES", "PT") else "0"
    return "%s%s-%s" % (trunk, a, rest)


def n_slash_area(num, s, region):  # 0521/5607123, 333/1234567
    a, rest = _area_split(num)
    trunk = "" if region in ("IT", "ES", "PT") else "0"
    return "%s%s/%s" % (trunk, a, rest)


def n_parens_tight(num, s, region):  # (402)341-7776, (11)3592-5634
    a, rest = _area_split(num)
    if region == "US":
        return "(%s)%s-%s" % (a, rest[:3], rest[3:])
    return "(%s)%s-%s" % (a, rest[:-4], rest[-4:])


def n_three(num, s, region):  # 912 345 678 (ES/PT), 402 341 7776
    if len(s) == 9:
        return " ".join(_groups(s, [3, 3, 3]))
    return " ".join(_groups(s, [3, 3, 4]))


def n_us_one(num, s, region):  # 1-402-341-7776 in US directory exports
    return "1-%s-%s-%s" % (s[:3], s[3:6], s[6:])


def n_in_zero_mob(num, s, region):  # 098765 43210
    return "0%s %s" % (s[:5], s[5:])


def n_br_zero(num, s, region):  # 0 11 3592-5634 style with trunk 0 and area, no carrier code
    a, rest = _area_split(num)
    return "(0%s) %s-%s" % (a, rest[:-4], rest[-4:])


def n_de_switch(num, s, region):  # 0521 56071-0 style: imprint Durchwahl with the last digits after a dash
    a, rest = _area_split(num)
    return "0%s %s-%s" % (a, rest[:-2], rest[-2:])


def n_nl_mob(num, s, region):  # 06-12345678 / 06 12 34 56 78
    return "0%s-%s" % (s[:1], s[1:]) if s[0] == "6" else n_dash_area(num, s, region)


NAT = {
    "US": [n_own, n_dots, n_parens_tight, n_us_one, n_three],
    "GB": [n_own, n_solid, n_dash_area],
    "DE": [n_own, n_slash_area, n_dash_area, n_de_switch, n_solid],
    "NL": [n_own, n_dash_area, n_nl_mob, n_solid],
    "BR": [n_own, n_parens_tight, n_br_zero],
    "IN": [n_own, n_dash_area, n_in_zero_mob, n_solid],
    "FR": [n_own, n_dots, n_solid],
    "ES": [n_own, n_three, n_solid],
    "IT": [n_own, n_slash_area, n_dots, n_solid],
    "PT": [n_own, n_three, n_solid],
}


# ---- subscriber-only forms (local-announced) -----------------------------------------------------------
def local_forms(region, sub):
    n = len(sub)
    out = [sub]
    if n == 7:
        out += ["%s-%s" % (sub[:3], sub[3:]), "%s %s" % (sub[:3], sub[3:]), "%s.%s" % (sub[:3], sub[3:])]
        if region in ("DE", "NL"):
            out += ["%s %s %s" % (sub[:3], sub[3:5], sub[5:]), "%s %s %s" % (sub[:1], sub[1:4], sub[4:])]
        if region == "DE":
            out.append("%s-%s" % (sub[:5], sub[5:]))
    elif n == 6:
        out += [
            "%s %s" % (sub[:3], sub[3:]),
            "%s %s %s" % (sub[:2], sub[2:4], sub[4:]),
            "%s-%s" % (sub[:3], sub[3:]),
        ]
    elif n == 8:
        out += ["%s-%s" % (sub[:4], sub[4:]), "%s %s" % (sub[:4], sub[4:])]
    return out


def write_intl(rng, num, region):
    s = nsn(num)
    cc = CC[region]
    habits = list(INTL[region])
    if region not in DIALS_00_SET:
        habits = [h for h in habits if h is not i_00solid_area]
    return _try(rng, habits, num, s, cc, region, PNF.INTERNATIONAL)


def write_nat(rng, num, region):
    s = nsn(num)
    return _try(rng, list(NAT[region]), num, s, region, region, PNF.NATIONAL)


def _try(rng, habits, num, s, arg, region, fallback):
    from .values import parses_back

    rng.shuffle(habits)
    for h in habits:
        txt = h(num, s, arg)
        if parses_back(txt, region, num):
            return txt
    return _own(num, fallback)


DIALS_00_SET = {r for r in CC if r not in ("US", "BR", "AU")}
