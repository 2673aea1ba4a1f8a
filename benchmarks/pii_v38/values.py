"""Numbers and addresses for v38: phones in each country's habits, e-mails, cards, IBANs, IPs, SSNs.

Every written phone form is parsed back with phonenumbers to the same valid number before use; a habit that
does not parse back falls back to phonenumbers' NATIONAL or INTERNATIONAL format.
"""

import ipaddress
import random
import re
import unicodedata

import phonenumbers as pn
from phonenumbers import PhoneNumberFormat as F
from phonenumbers import PhoneNumberType as T
from stdnum import iban as std_iban
from stdnum import luhn

# region -> [(area digits, town in the document's language, town in Devanagari or None)]
AREAS = {
    "US": [
        ("503", "Portland"),
        ("512", "Austin"),
        ("414", "Milwaukee"),
        ("615", "Nashville"),
        ("804", "Richmond"),
        ("919", "Raleigh"),
        ("608", "Madison"),
        ("505", "Albuquerque"),
    ],
    "GB": [
        ("113", "Leeds"),
        ("117", "Bristol"),
        ("1223", "Cambridge"),
        ("1603", "Norwich"),
        ("114", "Sheffield"),
        ("1865", "Oxford"),
        ("131", "Edinburgh"),
        ("115", "Nottingham"),
    ],
    "DE": [
        ("511", "Hannover"),
        ("761", "Freiburg"),
        ("911", "Nürnberg"),
        ("351", "Dresden"),
        ("341", "Leipzig"),
        ("6221", "Heidelberg"),
        ("421", "Bremen"),
        ("228", "Bonn"),
    ],
    "NL": [
        ("30", "Utrecht"),
        ("50", "Groningen"),
        ("40", "Eindhoven"),
        ("71", "Leiden"),
        ("24", "Nijmegen"),
        ("58", "Leeuwarden"),
        ("43", "Maastricht"),
        ("76", "Breda"),
    ],
    "BR": [
        ("41", "Curitiba"),
        ("31", "Belo Horizonte"),
        ("71", "Salvador"),
        ("85", "Fortaleza"),
        ("51", "Porto Alegre"),
        ("61", "Brasília"),
        ("48", "Florianópolis"),
        ("62", "Goiânia"),
    ],
    "IN": [
        ("80", "Bengaluru"),
        ("33", "Kolkata"),
        ("141", "Jaipur"),
        ("522", "Lucknow"),
        ("20", "Pune"),
        ("40", "Hyderabad"),
        ("172", "Chandigarh"),
        ("484", "Kochi"),
    ],
}
HINDI_TOWNS = {
    "Bengaluru": "बेंगलुरु",
    "Kolkata": "कोलकाता",
    "Jaipur": "जयपुर",
    "Lucknow": "लखनऊ",
    "Pune": "पुणे",
    "Hyderabad": "हैदराबाद",
    "Chandigarh": "चंडीगढ़",
    "Kochi": "कोच्चि",
}
NSN_LEN = {"US": 10, "GB": 10, "DE": 10, "NL": 9, "BR": 10, "IN": 10}
TRUNK = {"US": "1", "GB": "0", "DE": "0", "NL": "0", "BR": "0", "IN": "0"}
# (0) after the country code: regions whose national prefix is 0 and whose people write it that way
PAREN_ZERO = {"GB", "DE", "NL", "FR", "AT", "CH", "BE", "IE", "AU"}


LENGTHS = {
    ("DE", "fixed"): (10, 11),
    ("AT", "fixed"): (9, 10),
    ("DE", "mobile"): (10, 11),
    ("AT", "mobile"): (10, 11),
    ("IE", "fixed"): (9,),
    ("IN", "fixed"): (10,),
}


def _rand_number(rng, region, kind):
    """A valid random number of the kind ('fixed', 'mobile', 'tollfree', 'shared') for the region."""
    tmap = {"fixed": T.FIXED_LINE, "mobile": T.MOBILE, "tollfree": T.TOLL_FREE, "shared": T.SHARED_COST}
    ok = {
        "fixed": (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE),
        "mobile": (T.MOBILE, T.FIXED_LINE_OR_MOBILE),
        "tollfree": (T.TOLL_FREE,),
        "shared": (T.SHARED_COST,),
    }[kind]
    if kind == "shared" and pn.example_number_for_type(region, T.SHARED_COST) is None:
        kind = "tollfree"
        ok = (T.TOLL_FREE,)
    ex = pn.example_number_for_type(region, tmap[kind])
    nsn = pn.national_significant_number(ex)
    keep = {"fixed": 1, "mobile": 2, "tollfree": 3, "shared": 3}[kind]
    lengths = LENGTHS.get((region, kind), (len(nsn),))
    for _ in range(4000):
        digits = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(rng.choice(lengths) - keep))
        if region == "IN" and kind == "mobile":
            digits = rng.choice("9876") + digits[1:]
        num = pn.parse("+" + str(ex.country_code) + digits)
        if not (
            pn.is_valid_number(num) and pn.number_type(num) in ok and pn.region_code_for_number(num) == region
        ):
            continue
        alen = pn.length_of_geographical_area_code(num)
        if kind == "fixed" and (
            alen == 0 and region in AREAS or alen > 4 or digits[alen] == "0" or len(digits) - alen < 5
        ):
            continue
        if region == "IN" and kind == "mobile" and alen or region == "DE" and digits.startswith("32"):
            continue
        return num
    raise RuntimeError(f"no {kind} number for {region}")


def phone(rng, region, kind):
    return _rand_number(rng, region, kind)


def local_number(rng, region, area):
    """A fixed line in the given area; returns (number, subscriber digits)."""
    sub_len = NSN_LEN[region] - len(area)
    cc = pn.country_code_for_region(region)
    for _ in range(4000):
        first = rng.choice("3" if region == "BR" else "2" if region == "IN" else "23456789")
        sub = first + "".join(rng.choice("0123456789") for _ in range(sub_len - 1))
        num = pn.parse(f"+{cc}{area}{sub}")
        if (
            pn.is_valid_number(num)
            and pn.number_type(num) in (T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE)
            and pn.length_of_geographical_area_code(num) == len(area)
        ):
            return num, sub
    raise RuntimeError(f"no local number in {region} {area}")


def local_form(rng, region, sub):
    n = len(sub)
    if region == "US":
        forms = [f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    elif region == "GB":
        forms = [f"{sub[:3]} {sub[3:]}"] if n == 6 else [f"{sub[:3]} {sub[3:]}", sub]
    elif region == "DE":
        forms = (
            [f"{sub[:3]} {sub[3:5]} {sub[5:]}", sub] if n == 7 else [f"{sub[:2]} {sub[2:4]} {sub[4:]}", sub]
        )
    elif region == "NL":
        forms = [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:5]} {sub[5:]}"]
    elif region == "BR":
        forms = [sub, f"{sub[:4]}.{sub[4:]}", f"{sub[:4]}-{sub[4:]}"]
    else:  # IN
        forms = [f"{sub[:4]}-{sub[4:]}", f"{sub[:4]} {sub[4:]}"] if n == 8 else [f"{sub[:3]}-{sub[3:]}", sub]
    return rng.choice(forms)


def _intl_groups(num):
    s = pn.format_number(num, F.INTERNATIONAL)
    return s.split(" ", 1)[1] if " " in s else s


def national_habits(num, region):
    nat = pn.format_number(num, F.NATIONAL)
    nsn = pn.national_significant_number(num)
    typ = pn.number_type(num)
    alen = pn.length_of_geographical_area_code(num)
    forms = [nat]
    if typ not in (T.FIXED_LINE, T.MOBILE, T.FIXED_LINE_OR_MOBILE):
        return forms
    if region == "US":
        forms += [f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}"]
    elif region == "GB":
        if typ == T.MOBILE:
            forms.append(f"0{nsn[:4]} {nsn[4:7]} {nsn[7:]}")
        elif nat.startswith("0") and " " in nat:
            head, rest = nat.split(" ", 1)
            forms.append(f"({head}) {rest}")
    elif region == "DE":
        cut = alen if alen else (3 if typ == T.MOBILE else 0)
        if cut:
            forms += [f"0{nsn[:cut]} / {nsn[cut:]}", f"0{nsn[:cut]}/{nsn[cut:]}"]
    elif region == "FR":
        forms.append(nat.replace(" ", "-"))
    elif region == "ES":
        forms.append(f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}")
    elif region == "IT":
        if typ == T.MOBILE:
            forms += [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", f"{nsn[:3]}.{nsn[3:]}"]
        elif nat.startswith("0") and " " in nat:
            head = nat.split(" ", 1)[0]
            forms.append(f"{head} {nsn[len(head) :]}")
    elif region == "NL":
        if typ == T.MOBILE:
            forms.append(f"06-{nsn[1:5]} {nsn[5:]}")
        elif alen:
            rest = nsn[alen:]
            forms.append(f"(0{nsn[:alen]}) {rest[:3]} {rest[3:5]} {rest[5:]}" if len(rest) == 7 else nat)
    elif region == "BR":
        area, rest = nsn[:2], nsn[2:]
        if len(rest) == 9:
            forms += [
                f"({area}) {rest[0]} {rest[1:5]}-{rest[5:]}",
                f"{area} {rest[0]} {rest[1:5]}-{rest[5:]}",
            ]
        else:
            forms += [f"{area} {rest[:4]}-{rest[4:]}", f"({area}) {rest[:4]} {rest[4:]}"]
    elif region == "IN":
        if typ in (T.MOBILE, T.FIXED_LINE_OR_MOBILE) and not alen and nsn[0] in "6789":
            forms += [f"{nsn[:5]}-{nsn[5:]}", f"{nsn[:5]} {nsn[5:]}"]
        elif alen:
            rest = nsn[alen:]
            forms += [
                f"0{nsn[:alen]}-{rest}",
                f"(0{nsn[:alen]}) {rest[:4]} {rest[4:]}" if len(rest) == 8 else f"(0{nsn[:alen]}) {rest}",
            ]
    return forms


def intl_habits(num):
    region = pn.region_code_for_number(num)
    cc = num.country_code
    nsn = pn.national_significant_number(num)
    intl = pn.format_number(num, F.INTERNATIONAL)
    forms = [intl, pn.format_number(num, F.E164)]
    if pn.number_type(num) not in (T.FIXED_LINE, T.MOBILE, T.FIXED_LINE_OR_MOBILE):
        return forms
    nat = pn.format_number(num, F.NATIONAL)
    if region in PAREN_ZERO and nat.replace("(", "").startswith("0"):
        rest = nat.replace("(", "").replace(")", "")[1:].strip()
        forms += [f"+{cc} (0){rest}", f"+{cc} (0) {rest}"]
    if region == "US":
        forms.append(f"+1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}")
    elif region in ("ES", "IT", "PT"):
        forms.append(f"(+{cc}) {_intl_groups(num)}")
        if region == "ES":
            forms.append(f"+34 {nsn[:3]} {nsn[3:6]} {nsn[6:]}")
    elif region == "BR":
        area, rest = nsn[:2], nsn[2:]
        if len(rest) == 9:
            forms.append(f"+55 {area} {rest[0]} {rest[1:5]}-{rest[5:]}")
        else:
            forms.append(f"+55 {area} {rest[:4]}-{rest[4:]}")
    elif (
        region == "IN"
        and len(nsn) == 10
        and nsn[0] in "6789"
        and not pn.length_of_geographical_area_code(num)
    ):
        forms += [f"+91-{nsn[:5]}-{nsn[5:]}", f"+91 {nsn[:5]}-{nsn[5:]}"]
    return forms


def parses_back(text, region, num):
    try:
        got = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return (
        pn.is_valid_number(got)
        and got.country_code == num.country_code
        and (pn.national_significant_number(got) == pn.national_significant_number(num))
    )


def write_national(rng, num):
    region = pn.region_code_for_number(num)
    form = rng.choice(national_habits(num, region))
    return form if parses_back(form, region, num) else pn.format_number(num, F.NATIONAL)


def write_intl(rng, num, doc_region):
    form = rng.choice(intl_habits(num))
    return form if parses_back(form, doc_region, num) else pn.format_number(num, F.INTERNATIONAL)


def write_service(rng, num):
    return rng.choice([pn.format_number(num, F.NATIONAL)] * 3 + [pn.format_number(num, F.INTERNATIONAL)])


def phone_value(mode, text, num):
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": pn.region_code_for_number(num),
        "e164": pn.format_number(num, F.E164),
        "area_len": pn.length_of_geographical_area_code(num),
    }


# ---------------------------------------------------------------- e-mail
def ascii_fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if c.isascii() and (c.isalnum() or c in ".-")).lower()


def email(rng, role_word, org, tld, person=None):
    dom = f"{org}.{tld}"
    if person:
        first, last = person
        sep = rng.choice([".", "_", ""])
        local = (
            f"{ascii_fold(first)}{sep}{ascii_fold(last)}"
            if rng.random() < 0.7
            else (f"{ascii_fold(first)[:1]}{ascii_fold(last)}")
        )
        return local.strip(".") + "@" + dom, "personal"
    return f"{role_word}@{dom}", "role"


# ---------------------------------------------------------------- cards
CARD_PREFIX = [("4", 16), ("51", 16), ("53", 16), ("55", 16), ("2221", 16), ("37", 15), ("34", 15)]


def card(rng):
    pre, length = rng.choice(CARD_PREFIX)
    body = pre + "".join(rng.choice("0123456789") for _ in range(length - len(pre) - 1))
    full = body + luhn.calc_check_digit(body)
    mode = rng.choice(["spaced", "spaced", "dashed", "solid"])
    if length == 15:
        groups = [full[:4], full[4:10], full[10:]]
    else:
        groups = [full[i : i + 4] for i in range(0, 16, 4)]
    text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": full}[mode]
    return {"kind": "CREDIT_CARD", "mode": mode, "text": text}


# ---------------------------------------------------------------- IBAN
IBAN_CC = {
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_FR": "FR",
    "fr_BE": "BE",
    "fr_CH": "CH",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_PT": "PT",
    "pt_BR": "BR",
    "en_GB": "GB",
    "en_IE": "IE",
    "en_US": "DE",
    "en_AU": "GB",
    "en_IN": "GB",
}


def _bban_from_structure(rng, cc):
    info = std_iban._ibandb.info(cc)
    struct = info[0][1].get("bban")
    out = []
    for n_text, kind in re.findall(r"(\d+)!([nac])", struct):
        n = int(n_text)
        chars = {
            "n": "0123456789",
            "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
            "c": "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        }[kind]
        out.append("".join(rng.choice(chars) for _ in range(n)))
    return "".join(out)


def iban(rng, cc):
    for _ in range(20000):
        bban = _bban_from_structure(rng, cc)
        if cc == "GB":
            bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL"]) + bban[4:]
        raw = cc + "00" + bban
        check = std_iban.calc_check_digits(raw)
        full = cc + check + bban
        if std_iban.is_valid(full):
            mode = "print" if rng.random() < 0.7 else "electronic"
            text = std_iban.format(full) if mode == "print" else full
            return {"kind": "IBAN", "mode": mode, "text": text}
    raise RuntimeError(cc)


# ---------------------------------------------------------------- IP
def ip(rng, want=None):
    mode = want or rng.choice(["v4", "v4", "v4-private", "v6"])
    while True:
        if mode == "v4":
            a = ipaddress.IPv4Address(rng.getrandbits(32))
            if a.is_global and not a.is_multicast:
                return {"kind": "IP_ADDRESS", "mode": mode, "text": str(a)}
        elif mode == "v4-private":
            text = rng.choice(
                [
                    f"192.168.{rng.randint(0, 40)}.{rng.randint(2, 254)}",
                    f"10.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                    f"172.{rng.randint(16, 31)}.{rng.randint(0, 255)}.{rng.randint(2, 254)}",
                ]
            )
            return {"kind": "IP_ADDRESS", "mode": mode, "text": text}
        else:
            a = ipaddress.IPv6Address((0x2A02 << 112) | rng.getrandbits(100) << 8 | rng.getrandbits(8))
            return {"kind": "IP_ADDRESS", "mode": mode, "text": str(a)}


# ---------------------------------------------------------------- SSN
def ssn_ok(area, group, serial):
    return area not in (0, 666) and area < 900 and group != 0 and serial != 0


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if ssn_ok(a, g, s):
            mode = rng.choice(["dashed", "dashed", "dashed", "spaced"])
            sep = "-" if mode == "dashed" else " "
            return {"kind": "US_SSN", "mode": mode, "text": f"{a:03d}{sep}{g:02d}{sep}{s:04d}"}


def make_rng(seed):
    return random.Random(seed)
