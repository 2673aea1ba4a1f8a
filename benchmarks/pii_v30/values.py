# ruff: noqa: E501
"""Values for the v30 set: phone numbers (made and checked with phonenumbers), e-mails, IBANs, cards, IPs, SSNs."""

import ipaddress
import re
import unicodedata

import phonenumbers as pn
from stdnum import iban as std_iban

PNT = pn.PhoneNumberType
FIXED = (PNT.FIXED_LINE, PNT.FIXED_LINE_OR_MOBILE)
MOBILE = (PNT.MOBILE, PNT.FIXED_LINE_OR_MOBILE)

# region -> [(town, area code without trunk prefix, subscriber length, allowed first digits of subscriber)]
AREAS = {
    "US": [
        ("Omaha", "402", 7, "2345689"),
        ("Columbus", "614", 7, "2345689"),
        ("Tucson", "520", 7, "2345689"),
        ("Madison", "608", 7, "2345689"),
        ("Boise", "208", 7, "2345689"),
        ("Savannah", "912", 7, "2345689"),
        ("Raleigh", "919", 7, "2345689"),
        ("Spokane", "509", 7, "2345689"),
    ],
    "GB": [
        ("Manchester", "161", 7, "2345789"),
        ("Leeds", "113", 7, "2345"),
        ("Bristol", "117", 7, "2349"),
        ("Sheffield", "114", 7, "2345"),
        ("Cambridge", "1223", 6, "2345678"),
        ("Oxford", "1865", 6, "2345789"),
        ("Norwich", "1603", 6, "2345678"),
        ("London", "20", 8, "378"),
    ],
    "DE": [
        ("Berlin", "30", 8, "2345689"),
        ("München", "89", 8, "12345679"),
        ("Köln", "221", 7, "2345679"),
        ("Hannover", "511", 7, "2345679"),
        ("Dresden", "351", 7, "2345678"),
        ("Leipzig", "341", 7, "2345689"),
        ("Freiburg im Breisgau", "761", 7, "2345678"),
        ("Münster", "251", 6, "2345678"),
    ],
    "NL": [
        ("Amsterdam", "20", 7, "2345678"),
        ("Rotterdam", "10", 7, "2345"),
        ("Utrecht", "30", 7, "2345"),
        ("Groningen", "50", 7, "2345"),
        ("Maastricht", "43", 7, "3"),
        ("Ede", "318", 6, "4567"),
        ("Zwolle", "38", 7, "4"),
        ("Haarlem", "23", 7, "5"),
    ],
    "BR": [
        ("São Paulo", "11", 8, "2345"),
        ("Rio de Janeiro", "21", 8, "2345"),
        ("Belo Horizonte", "31", 8, "2345"),
        ("Curitiba", "41", 8, "2345"),
        ("Porto Alegre", "51", 8, "2345"),
        ("Salvador", "71", 8, "2345"),
        ("Recife", "81", 8, "2345"),
        ("Fortaleza", "85", 8, "2345"),
    ],
    "IN": [
        ("Mumbai", "22", 8, "2"),
        ("Delhi", "11", 8, "2"),
        ("Bengaluru", "80", 8, "2"),
        ("Chennai", "44", 8, "2"),
        ("Kolkata", "33", 8, "2"),
        ("Pune", "20", 8, "2"),
        ("Jaipur", "141", 7, "2"),
        ("Lucknow", "522", 7, "2"),
    ],
}
LOCAL_REGIONS = tuple(AREAS)
TOWNS = {r: [a[0] for a in v] for r, v in AREAS.items()}
TOWNS.update(
    {
        "FR": ["Lyon", "Nantes", "Rennes", "Dijon", "Annecy", "Tours"],
        "ES": ["Valencia", "Zaragoza", "Granada", "Bilbao", "Salamanca"],
        "IT": ["Bologna", "Verona", "Torino", "Perugia", "Lecce"],
        "PT": ["Porto", "Braga", "Coimbra", "Faro", "Évora"],
        "AT": ["Graz", "Linz", "Innsbruck", "Salzburg"],
        "CH": ["Bern", "Luzern", "Winterthur", "St. Gallen"],
        "BE": ["Gent", "Leuven", "Namur", "Liège", "Brugge"],
        "AU": ["Adelaide", "Hobart", "Geelong", "Ballarat"],
        "IE": ["Galway", "Cork", "Limerick", "Kilkenny"],
    }
)
DIALS_00 = {"GB", "DE", "NL", "FR", "ES", "IT", "PT", "IN", "AT", "CH", "BE", "IE"}
TRUNK0 = {"GB", "DE", "NL", "FR", "AT", "CH", "BE", "AU", "IE", "IN"}


def _digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def local_fixed(rng, region, area):
    """A valid fixed line in the given (town, area, sublen, first) area."""
    town, code, sublen, first = area
    for _ in range(400):
        sub = _digits(rng, sublen, first)
        n = pn.parse("+" + str(pn.country_code_for_region(region)) + code + sub)
        if (
            pn.is_valid_number(n)
            and pn.number_type(n) in FIXED
            and pn.length_of_geographical_area_code(n) == len(code)
        ):
            return n, sub
    raise RuntimeError(f"no number for {region} {code}")


def random_number(rng, region, kind):
    """kind: fixed, mobile, tollfree, shared."""
    if kind == "fixed" and region in AREAS:
        return local_fixed(rng, region, rng.choice(AREAS[region]))[0]
    types = {
        "fixed": [PNT.FIXED_LINE],
        "mobile": [PNT.MOBILE],
        "tollfree": [PNT.TOLL_FREE],
        "shared": [PNT.SHARED_COST],
    }[kind]
    if region == "US" and kind in ("fixed", "mobile"):
        types = [PNT.FIXED_LINE_OR_MOBILE]
    ex = pn.example_number_for_type(region, types[0])
    if ex is None and kind == "shared":
        ex = pn.example_number_for_type(region, PNT.TOLL_FREE)
        types = [PNT.TOLL_FREE]
    nsn = pn.national_significant_number(ex)
    if kind == "tollfree" and region == "DE":
        nsn = "8001234567"
    if kind == "tollfree" and region == "US":
        nsn = rng.choice(["800", "888", "877", "866", "855"]) + "2345678"
    keep = max(2, len(nsn) - 6) if kind != "tollfree" else max(3, len(nsn) - 6)
    if kind == "mobile":
        keep = 2 if region not in ("US", "BR", "IN") else 1
        if region == "BR":
            keep = 3
    ok = set(types) | ({PNT.FIXED_LINE_OR_MOBILE} if kind in ("fixed", "mobile") else set())
    for _ in range(600):
        cand = nsn[:keep] + "".join(rng.choice("0123456789") for _ in range(len(nsn) - keep))
        if region == "IN" and kind == "mobile":
            cand = rng.choice("6789") + cand[1:]
        n = pn.parse("+" + str(ex.country_code) + cand)
        if pn.is_valid_number(n) and pn.number_type(n) in ok and cand != nsn:
            return n
    raise RuntimeError(f"no {kind} number for {region}")


def _pairs(s, left=True):
    """Split into pairs from the left (odd digit first if left=False, i.e. from the right)."""
    if not left and len(s) % 2:
        return " ".join([s[0]] + [s[i : i + 2] for i in range(1, len(s), 2)])
    return " ".join(s[i : i + 2] for i in range(0, len(s), 2))


def _split(s, sizes):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return [x for x in out if x]


def _sub_styles(region, sub):
    """How locals write a subscriber part (used both alone and after an area code)."""
    L = len(sub)
    if region == "US":
        return [f"{sub[:3]}-{sub[3:]}", f"{sub[:3]} {sub[3:]}", f"{sub[:3]}.{sub[3:]}"]
    if region == "GB":
        if L == 8:
            return [f"{sub[:4]} {sub[4:]}", sub]
        if L == 7:
            return [f"{sub[:3]} {sub[3:]}", sub]
        return [sub, f"{sub[:3]} {sub[3:]}"]
    if region == "DE":
        fourth = {7: f"{sub[:3]} {sub[3:5]} {sub[5:]}", 8: f"{sub[:4]} {sub[4:]}"}.get(L, sub)
        return [sub, _pairs(sub, left=False), f"{sub[:3]} {sub[3:]}" if L >= 6 else sub, fourth]
    if region == "NL":
        if L == 7:
            return [
                f"{sub[:3]} {sub[3:5]} {sub[5:]}",
                sub,
                f"{sub[:3]} {sub[3:]}",
                f"{sub[:2]} {sub[2:4]} {sub[4:]}",
            ]
        return [f"{sub[:2]} {sub[2:4]} {sub[4:]}", sub, f"{sub[:3]} {sub[3:]}"]
    if region == "BR":
        return [f"{sub[:-4]}-{sub[-4:]}", f"{sub[:-4]} {sub[-4:]}", f"{sub[:-4]}.{sub[-4:]}"]
    if region == "IN":
        if L == 8:
            return [f"{sub[:4]} {sub[4:]}", sub, f"{sub[:4]}-{sub[4:]}"]
        return [sub, f"{sub[:3]} {sub[3:]}", f"{sub[:3]}-{sub[3:]}"]
    return [sub]


def national_styles(n, region):
    nsn = pn.national_significant_number(n)
    ndc_len = pn.length_of_national_destination_code(n) or 0
    a, sub = nsn[:ndc_len], nsn[ndc_len:]
    t = pn.number_type(n)
    st = [pn.format_number(n, pn.PhoneNumberFormat.NATIONAL)]
    if region == "US":
        s = sub
        st += [
            f"({a}) {s[:3]}-{s[3:]}",
            f"{a}-{s[:3]}-{s[3:]}",
            f"{a}.{s[:3]}.{s[3:]}",
            f"{a} {s[:3]} {s[3:]}",
            f"1-{a}-{s[:3]}-{s[3:]}",
            f"({a}){s[:3]}-{s[3:]}",
            f"1 {a} {s[:3]} {s[3:]}",
        ]
    elif region == "GB":
        if t == PNT.MOBILE:
            st += [f"0{a} {sub}", f"0{a} {sub[:3]} {sub[3:]}", f"0{nsn}", f"0{a}-{sub}"]
        else:
            st += [f"0{a} {x}" for x in _sub_styles("GB", sub)] + [
                f"(0{a}) {_sub_styles('GB', sub)[0]}",
                f"0{a}-{sub}",
            ]
    elif region == "DE":
        if t == PNT.MOBILE:
            st += [
                f"0{a} {sub}",
                f"0{a}/{sub}",
                f"0{a}-{sub}",
                f"0{a} {sub[:3]} {sub[3:]}",
                f"0{a} / {_pairs(sub, False)}",
            ]
        else:
            st += [f"0{a} {x}" for x in _sub_styles("DE", sub)] + [
                f"0{a}/{sub}",
                f"(0{a}) {sub}",
                f"0{a}-{sub}",
                f"0{a} / {_pairs(sub, False)}",
                f"0{a}/{sub[:-2]}-{sub[-2:]}",
            ]
    elif region == "NL":
        if a == "6":
            st += [f"06-{sub}", f"06 {_pairs(sub)}", f"06 {sub}", f"06{sub}", f"06 - {sub[:4]} {sub[4:]}"]
        else:
            st += [f"0{a}-{sub}", f"(0{a}) {sub}", f"0{a} - {sub}"] + [
                f"0{a} {x}" for x in _sub_styles("NL", sub)
            ]
    elif region == "FR":
        d = "0" + nsn
        st += [_pairs(d).replace(" ", sep) for sep in (" ", ".", "-", "")] + [
            f"{d[:2]} {d[2:4]} {d[4:6]} {d[6:8]} {d[8:]}"
        ]
    elif region == "ES":
        st += [
            f"{nsn[:3]} {nsn[3:5]} {nsn[5:7]} {nsn[7:]}",
            f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            nsn,
            f"{nsn[:2]} {nsn[2:5]} {nsn[5:7]} {nsn[7:]}",
            f"{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}",
            f"{nsn[:3]}.{nsn[3:6]}.{nsn[6:]}",
        ]
    elif region == "IT":
        if t == PNT.MOBILE:
            st += [
                f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
                f"{nsn[:3]} {nsn[3:]}",
                f"{nsn[:3]}-{nsn[3:]}",
                nsn,
                f"{nsn[:3]}/{nsn[3:]}",
            ]
        else:
            st += [f"{a} {sub}", f"{a}-{sub}", f"{a}/{sub}", f"{a}.{sub}", f"{a} {sub[:-4]} {sub[-4:]}"]
    elif region == "BR":
        st += [
            f"({a}) {sub[:-4]}-{sub[-4:]}",
            f"{a} {sub[:-4]}-{sub[-4:]}",
            f"({a}){sub[:-4]}-{sub[-4:]}",
            f"{a} {sub[:-4]} {sub[-4:]}",
            f"(0{a}) {sub[:-4]}-{sub[-4:]}",
        ]
        if len(sub) == 9:
            st += [f"({a}) {sub[0]} {sub[1:5]}-{sub[5:]}", f"{a}{sub}"]
    elif region == "PT":
        st += [f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}", nsn, f"{nsn[:2]} {nsn[2:5]} {nsn[5:]}"]
    elif region == "IN":
        if t == PNT.MOBILE:
            st += [
                f"{nsn[:5]} {nsn[5:]}",
                f"{nsn[:5]}-{nsn[5:]}",
                nsn,
                f"0{nsn}",
                f"0{nsn[:5]} {nsn[5:]}",
                f"{nsn[:3]} {nsn[3:6]} {nsn[6:]}",
            ]
        else:
            st += [f"0{a} {x}" for x in _sub_styles("IN", sub)] + [
                f"0{a}-{sub}",
                f"(0{a}) {sub}",
                f"0{a} - {sub}",
            ]
    return st


def intl_styles(n, region, dial00=True):
    cc = n.country_code
    nsn = pn.national_significant_number(n)
    ndc_len = pn.length_of_national_destination_code(n) or 0
    a, sub = nsn[:ndc_len], nsn[ndc_len:]
    intl = pn.format_number(n, pn.PhoneNumberFormat.INTERNATIONAL)
    st = [intl, f"+{cc}{nsn}", intl.replace(" ", "-"), f"+{cc} {a} {sub}" if a else f"+{cc} {nsn}"]
    if region in TRUNK0 and a:
        st += [f"+{cc} (0){a} {sub}", f"+{cc} (0) {a} {sub}"]
    if region == "US":
        st += [f"+1 ({a}) {sub[:3]}-{sub[3:]}", f"+1.{a}.{sub[:3]}.{sub[3:]}"]
    if region == "BR":
        st += [f"+55 ({a}) {sub[:-4]}-{sub[-4:]}", f"+55 {a} {sub[:-4]}-{sub[-4:]}"]
    if region in ("FR", "BE", "CH") and len(sub) % 2 == 0:
        st.append(f"+{cc} {a} {_pairs(sub)}")
    if region == "ES":
        st.append(f"(+34) {nsn[:3]} {nsn[3:6]} {nsn[6:]}")
    if dial00 and region in DIALS_00:
        st += [f"00{cc} {a} {sub}" if a else f"00{cc} {nsn}", "00" + intl[1:], f"00{cc}-{nsn}"]
    return st


def service_styles(n, region):
    nat = pn.format_number(n, pn.PhoneNumberFormat.NATIONAL)
    st = [nat, nat.replace(" ", "-"), nat.replace(" ", "")]
    if region == "FR":
        d = "0" + pn.national_significant_number(n)
        st = [_pairs(d), _pairs(d).replace(" ", "."), d]
    if region == "US":
        nsn = pn.national_significant_number(n)
        st += [f"1-{nsn[:3]}-{nsn[3:6]}-{nsn[6:]}", f"1 ({nsn[:3]}) {nsn[3:6]}-{nsn[6:]}"]
    return st


def _check(text, n, region):
    try:
        p = pn.parse(text, region)
    except pn.NumberParseException:
        return False
    return p.country_code == n.country_code and p.national_number == n.national_number


def written(rng, n, region, form, doc_country=None):
    """Pick a written form (national, international, service) that parses back to n."""
    if form == "national":
        styles = national_styles(n, region)
    elif form == "service":
        styles = service_styles(n, region)
    else:
        styles = intl_styles(n, region, dial00=(doc_country in DIALS_00))
    styles = [s for s in dict.fromkeys(styles) if _check(s, n, region)]
    return rng.choice(styles)


def local_styles_checked(region, code, sub, n):
    trunk = {"US": "", "BR": "0", "GB": "0", "DE": "0", "NL": "0", "IN": "0"}[region]
    out = []
    for s in dict.fromkeys(_sub_styles(region, sub)):
        if re.sub(r"\D", "", s) == sub and _check(trunk + code + re.sub(r"\D", "", s), n, region):
            out.append(s)
    return out


def phone_value(n, text, mode, region, area_len=None):
    if area_len is None:
        area_len = pn.length_of_geographical_area_code(n)
    return {
        "kind": "PHONE",
        "mode": mode,
        "text": text,
        "region": region,
        "e164": pn.format_number(n, pn.PhoneNumberFormat.E164),
        "area_len": area_len,
    }


# ---- other kinds -------------------------------------------------------------------------------


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z]+", "", s)


def email(rng, first, last, domain, role=None):
    if role:
        return {"kind": "EMAIL", "mode": "role", "text": f"{role}@{domain}"}
    f, la = slug(first) or "sam", slug(last) or "lee"
    local = rng.choice(
        [
            f"{f}.{la}",
            f"{f[0]}.{la}",
            f"{f}{la[0]}",
            f"{f}_{la}",
            f"{la}.{f}",
            f"{f}.{la}{rng.randint(1, 99)}",
        ]
    )
    return {"kind": "EMAIL", "mode": "personal", "text": f"{local}@{domain}"}


def luhn_ok(d):
    s, alt = 0, False
    for ch in reversed(d):
        x = int(ch)
        if alt:
            x *= 2
            if x > 9:
                x -= 9
        s += x
        alt = not alt
    return s % 10 == 0


def card(rng):
    brand = rng.choice(["visa", "visa", "mc", "mc", "amex", "maestro"])
    pre, ln = {
        "visa": ("4", 16),
        "mc": (rng.choice(["51", "53", "55", "2221", "2720"]), 16),
        "amex": (rng.choice(["34", "37"]), 15),
        "maestro": (rng.choice(["6759", "5018"]), rng.choice([16, 19])),
    }[brand]
    body = pre + "".join(rng.choice("0123456789") for _ in range(ln - len(pre) - 1))
    d = next(body + c for c in "0123456789" if luhn_ok(body + c))
    if ln == 15:
        groups = [d[:4], d[4:10], d[10:]]
    elif ln == 19:
        groups = [d[i : i + 4] for i in range(0, 16, 4)] + [d[16:]]
    else:
        groups = [d[i : i + 4] for i in range(0, ln, 4)]
    style = rng.choice(["spaced", "spaced", "dashed", "solid"])
    text = {"spaced": " ".join(groups), "dashed": "-".join(groups), "solid": d}[style]
    return {"kind": "CREDIT_CARD", "mode": style, "text": text}


IBAN_FMT = {
    "DE": "18n",
    "FR": "10n11c2n",
    "ES": "20n",
    "IT": "1a10n12c",
    "NL": "4a10n",
    "PT": "21n",
    "BE": "12n",
    "AT": "16n",
    "GB": "4a14n",
    "IE": "4a14n",
    "CH": "17n",
}


def iban(rng, country):
    spec = IBAN_FMT[country]
    for _ in range(5000):
        bban = ""
        for cnt, typ in re.findall(r"(\d+)([nac])", spec):
            pool = {"n": "0123456789", "a": "ABCDEFGHIJKLMNOPQRSTUVWXYZ", "c": "0123456789"}[typ]
            bban += "".join(rng.choice(pool) for _ in range(int(cnt)))
        if country == "NL":
            bban = rng.choice(["ABNA", "INGB", "RABO", "SNSB", "TRIO"]) + bban[4:]
        if country in ("GB", "IE"):
            bban = rng.choice(["NWBK", "BARC", "LOYD", "AIBK", "BOFI"]) + bban[4:]
        num = "".join(str(int(ch, 36)) for ch in bban + country + "00")
        chk = 98 - int(num) % 97
        s = f"{country}{chk:02d}{bban}"
        if std_iban.is_valid(s):
            break
    else:
        raise RuntimeError("iban")
    style = rng.choice(["print", "print", "electronic"])
    text = " ".join(s[i : i + 4] for i in range(0, len(s), 4)) if style == "print" else s
    return {"kind": "IBAN", "mode": style, "text": text}


def ssn(rng):
    while True:
        a, g, s = rng.randint(1, 899), rng.randint(1, 99), rng.randint(1, 9999)
        if a != 666 and not (a == 987 and g == 65):
            break
    style = rng.choice(["dashed", "dashed", "dashed", "spaced"])
    sep = "-" if style == "dashed" else " "
    return {"kind": "US_SSN", "mode": style, "text": f"{a:03d}{sep}{g:02d}{sep}{s:04d}"}


def ip(rng):
    if rng.random() < 0.7:
        while True:
            a = ipaddress.IPv4Address(rng.randint(0x01000000, 0xDFFFFFFF))
            if a.is_global:
                break
        if rng.random() < 0.35:
            a = ipaddress.IPv4Address(
                rng.choice(["192.168.1.", "192.168.178.", "192.168.0.", "10.0.0.", "172.16.0."])
                + str(rng.randint(2, 254))
            )
            return {"kind": "IP_ADDRESS", "mode": "v4-private", "text": str(a)}
        return {"kind": "IP_ADDRESS", "mode": "v4", "text": str(a)}
    pre = rng.choice(["2a02:8108", "2001:4860", "2a01:598", "2003:e2", "2806:10a6", "2409:4042", "2001:1c00"])
    groups = pre.split(":") + [f"{rng.randint(0, 0xFFFF):x}" for _ in range(8 - len(pre.split(":")))]
    if rng.random() < 0.5:
        groups[4:6] = ["0", "0"]
    a = ipaddress.IPv6Address(":".join(groups))
    return {"kind": "IP_ADDRESS", "mode": "v6", "text": a.compressed}
