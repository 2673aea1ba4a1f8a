"""Numbers for v43: phone numbers drawn and written in fresh habits, plus cards, IBANs, IPs, SSNs, e-mails.

Every phone is drawn as a national significant number (NSN), checked with phonenumbers (valid, wanted
type), then written by one of the region's habits and parsed back (phones_ok) before it is used.
"""

import phonenumbers as pn
from phonenumbers import PhoneNumberType as T

CC = {
    "US": "1",
    "GB": "44",
    "DE": "49",
    "FR": "33",
    "ES": "34",
    "IT": "39",
    "NL": "31",
    "PT": "351",
    "BR": "55",
    "IN": "91",
    "AT": "43",
    "CH": "41",
    "BE": "32",
    "AU": "61",
    "IE": "353",
}

# towns with their area code and the subscriber lengths to try; the local regions' towns are
# university and college towns (the set's emphasis is education, clubs and hobbies)
AREAS = {
    "US": [
        ("Ann Arbor", "734", [7]),
        ("Madison", "608", [7]),
        ("Ithaca", "607", [7]),
        ("Austin", "512", [7]),
        ("Berkeley", "510", [7]),
        ("Chapel Hill", "919", [7]),
        ("Eugene", "541", [7]),
        ("Bloomington", "812", [7]),
    ],
    "GB": [
        ("Oxford", "1865", [6]),
        ("Cambridge", "1223", [6]),
        ("York", "1904", [6]),
        ("Brighton", "1273", [6]),
        ("Lancaster", "1524", [6]),
        ("Norwich", "1603", [6]),
        ("Durham", "191", [7]),
        ("Leeds", "113", [7]),
    ],
    "DE": [
        ("Heidelberg", "6221", [6, 7]),
        ("Göttingen", "551", [6, 7]),
        ("Tübingen", "7071", [6]),
        ("Freiburg", "761", [6, 7]),
        ("Marburg", "6421", [6]),
        ("Jena", "3641", [6]),
        ("Münster", "251", [6, 7]),
    ],
    "NL": [
        ("Utrecht", "30", [7]),
        ("Groningen", "50", [7]),
        ("Delft", "15", [7]),
        ("Nijmegen", "24", [7]),
        ("Wageningen", "317", [6]),
        ("Enschede", "53", [7]),
        ("Zwolle", "38", [7]),
    ],
    "BR": [
        ("Campinas", "19", [8]),
        ("Curitiba", "41", [8]),
        ("Florianópolis", "48", [8]),
        ("Belo Horizonte", "31", [8]),
        ("Porto Alegre", "51", [8]),
        ("Salvador", "71", [8]),
    ],
    "IN": [
        ("Lucknow", "522", [7]),
        ("Kanpur", "512", [7]),
        ("Varanasi", "542", [7]),
        ("Bhopal", "755", [7]),
        ("Chandigarh", "172", [7]),
        ("Kolkata", "33", [8]),
        ("Chennai", "44", [8]),
        ("Hyderabad", "40", [8]),
    ],
    "FR": [
        ("Lyon", "4", [8]),
        ("Rennes", "2", [8]),
        ("Grenoble", "4", [8]),
        ("Toulouse", "5", [8]),
        ("Lille", "3", [8]),
    ],
    "ES": [
        ("Barcelona", "93", [7]),
        ("Madrid", "91", [7]),
        ("Salamanca", "923", [6]),
        ("Granada", "958", [6]),
    ],
    "IT": [
        ("Roma", "06", [8]),
        ("Milano", "02", [8]),
        ("Bologna", "051", [7]),
        ("Pisa", "050", [7]),
        ("Padova", "049", [7]),
    ],
    "PT": [("Lisboa", "21", [7]), ("Porto", "22", [7]), ("Coimbra", "239", [6]), ("Braga", "253", [6])],
    "AT": [("Graz", "316", [6, 7]), ("Innsbruck", "512", [6, 7]), ("Wien", "1", [7, 8])],
    "CH": [("Zürich", "44", [7]), ("Bern", "31", [7]), ("Lausanne", "21", [7]), ("Genève", "22", [7])],
    "BE": [("Leuven", "16", [6]), ("Gent", "9", [7]), ("Bruxelles", "2", [7]), ("Liège", "4", [7])],
    "AU": [("Sydney", "2", [8]), ("Melbourne", "3", [8]), ("Brisbane", "7", [8])],
    "IE": [("Dublin", "1", [7]), ("Cork", "21", [7]), ("Galway", "91", [6])],
}
MOBILE = {
    "US": [("646", 7), ("415", 7)],
    "GB": [("74", 8), ("77", 8), ("79", 8)],
    "DE": [("151", 8), ("160", 7), ("170", 7), ("176", 8), ("1522", 7)],
    "FR": [("6", 8), ("7", 8)],
    "ES": [("6", 8), ("71", 7)],
    "IT": [("34", 8), ("33", 8), ("32", 8)],
    "NL": [("6", 8)],
    "PT": [("91", 7), ("93", 7), ("96", 7)],
    "BR": [("119", 8), ("199", 8), ("419", 8), ("719", 8)],
    "IN": [("98", 8), ("94", 8), ("70", 8), ("63", 8)],
}
SERVICE = {
    "US": [("800", 7), ("844", 7), ("877", 7)],
    "GB": [("800", 7), ("300", 7), ("330", 7)],
    "DE": [("800", 7)],
    "FR": [("800", 6), ("805", 6)],
    "ES": [("900", 6), ("901", 6)],
    "IT": [("800", 6), ("848", 6)],
    "NL": [("800", 4), ("800", 7)],
    "PT": [("800", 6), ("808", 6)],
    "BR": [("800", 7), ("300", 7)],
    "IN": [("1800", 7)],
}
LOCAL_REGIONS = ("US", "GB", "DE", "NL", "BR", "IN")
SERVICE_TYPES = {T.TOLL_FREE, T.SHARED_COST, T.UAN}
FIXED_TYPES = {T.FIXED_LINE, T.FIXED_LINE_OR_MOBILE}
MOBILE_TYPES = {T.MOBILE, T.FIXED_LINE_OR_MOBILE}


def _digits(rng, n, first="123456789"):
    if n <= 0:
        return ""
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def parse_nsn(region, nsn):
    return pn.parse("+" + CC[region] + nsn, None)


def draw(rng, region, cls, area=None):
    """A valid NSN of class fixed (in `area`, or any town), mobile or service."""
    for _ in range(500):
        if cls == "fixed":
            town = area or rng.choice(AREAS[region])
            code = town[1].lstrip("0") if region != "IT" else town[1]
            nsn = code + _digits(rng, rng.choice(town[2]), "2345678")
            types = FIXED_TYPES
        elif cls == "mobile":
            pre, n = rng.choice(MOBILE[region])
            nsn, types = pre + _digits(rng, n, "0123456789"), MOBILE_TYPES
        else:
            pre, n = rng.choice(SERVICE[region])
            nsn, types = pre + _digits(rng, n, "1234567"), SERVICE_TYPES
        num = parse_nsn(region, nsn)
        if not pn.is_valid_number(num) or pn.number_type(num) not in types:
            continue
        if pn.region_code_for_number(num) != region:
            continue
        if cls == "fixed" and area is not None:
            want = len(area[1])
            if region in LOCAL_REGIONS and pn.length_of_geographical_area_code(num) != want:
                continue
        return nsn
    raise RuntimeError(f"no number for {region} {cls}")


def grp(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i : i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def pairs_right(s):
    """DIN-style pairs counted from the right: 542317 -> 54 23 17, 5423178 -> 5 42 31 78."""
    head = len(s) % 2
    parts = ([s[:head]] if head else []) + [s[i : i + 2] for i in range(head, len(s), 2)]
    return " ".join(parts)


def ndc_len(num):
    return pn.length_of_national_destination_code(num)


def write(rng, region, nsn, style):
    """Write an NSN as `style`: national, intl, local (subscriber part only)."""
    num = parse_nsn(region, nsn)
    k = ndc_len(num)
    a, r = nsn[:k], nsn[k:]
    cc = CC[region]
    if style == "intl":
        return rng.choice(_INTL.get(region, _INTL_DEFAULT))(cc, a, r, nsn)
    if style == "local":
        return rng.choice(_LOCAL[region])(r)
    return rng.choice(_NAT[region])(a, r, nsn)


def _us_nat(a, r, n):
    return [
        f"{a} {r[:3]} {r[3:]}",
        f"({a}) {r[:3]}.{r[3:]}",
        f"{a}/{r[:3]}-{r[3:]}",
        f"1 ({a}) {r[:3]}-{r[3:]}",
    ]


_NAT = {
    "US": [lambda a, r, n, i=i: _us_nat(a, r, n)[i] for i in range(4)],
    "GB": [
        lambda a, r, n: f"0{a} {r}" if len(r) == 6 else f"0{a} {r[:3]} {r[3:]}",
        lambda a, r, n: f"(0{a}) {r[:3]} {r[3:]}",
        lambda a, r, n: f"0{a}-{r}",
    ],
    "DE": [
        lambda a, r, n: f"0{a} / {r}",
        lambda a, r, n: f"({pairs_right('0' + a)}) {pairs_right(r)}",
        lambda a, r, n: f"0{a}-{r}",
        lambda a, r, n: f"(0{a}) {r}",
    ],
    "FR": [
        lambda a, r, n: grp("0" + n, [2, 2, 2, 2, 2], "-"),
        lambda a, r, n: "0" + n,
        lambda a, r, n: grp("0" + n, [2, 2, 2, 2, 2], "\u00a0"),
        lambda a, r, n: grp("0" + n, [2, 2, 2, 2, 2]),
    ],
    "ES": [
        lambda a, r, n: grp(n, [2, 3, 2, 2]) if n[:2] in ("91", "93") else grp(n, [3, 3, 3]),
        lambda a, r, n: grp(n, [3, 3, 3], "-"),
        lambda a, r, n: n,
    ],
    "IT": [lambda a, r, n: f"{a}/{r}", lambda a, r, n: f"{a}-{r}", lambda a, r, n: f"{a} {grp(r, [3])}"],
    "NL": [
        lambda a, r, n: f"0{a} - {grp(r, [3])}",
        lambda a, r, n: f"0{a}-{grp(r, [3, 2])}" if len(r) == 7 else f"0{a}-{r}",
        lambda a, r, n: f"(0{a}) {r}",
    ],
    "PT": [
        lambda a, r, n: f"{a} {grp(r, [3])}",
        lambda a, r, n: grp(n, [3, 3, 3]),
        lambda a, r, n: f"{a} {grp(r, [3, 2])}" if len(a) == 2 else grp(n, [3, 3, 3]),
    ],
    "BR": [
        lambda a, r, n: f"({a}) {r[:-4]}-{r[-4:]}",
        lambda a, r, n: f"{a} {r[:-4]}-{r[-4:]}",
        lambda a, r, n: f"(0xx{a}) {r[:-4]}-{r[-4:]}",
        lambda a, r, n: f"({a}) {r[:-4]} {r[-4:]}",
    ],
    "IN": [
        lambda a, r, n: f"0{a}-{r}",
        lambda a, r, n: f"0{a} {r}",
        lambda a, r, n: f"0{a} {r[:4]}-{r[4:]}" if len(r) == 8 else f"0{a}-{r}",
    ],
}


def _mob(region, n):
    if region == "US":
        return [f"{n[:3]} {n[3:6]} {n[6:]}", f"({n[:3]}) {n[3:6]}.{n[6:]}"]
    if region == "GB":
        return [f"0{n[:4]} {n[4:]}", f"0{n[:4]}-{n[4:7]} {n[7:]}", f"0{n[:4]} {n[4:7]} {n[7:]}"]
    if region == "DE":
        k = 4 if n.startswith("15") else 3
        return [f"0{n[:k]}-{n[k:]}", f"(0{n[:k]}) {n[k:]}", f"0{n[:k]} {grp(n[k:], [3, 2])}"]
    if region == "FR":
        return [grp("0" + n, [2, 2, 2, 2, 2]), grp("0" + n, [2, 2, 2, 2, 2], "-"), "0" + n]
    if region == "ES":
        return [grp(n, [3, 3, 3]), n]
    if region == "IT":
        return [f"{n[:3]}/{n[3:]}", f"{n[:3]}-{n[3:]}", f"{n[:3]} {n[3:]}"]
    if region == "NL":
        return [f"0{n[0]}-{n[1:]}", f"0{n[0]} - {grp(n[1:], [4])}", grp("0" + n, [2, 2, 2, 2, 2])]
    if region == "PT":
        return [grp(n, [3, 3, 3]), grp(n, [2, 3, 2, 2])]
    if region == "BR":
        return [f"({n[:2]}) {n[2:7]}-{n[7:]}", f"{n[:2]} {n[2]} {n[3:7]}-{n[7:]}"]
    if region == "IN":
        return [f"{n[:5]} {n[5:]}", f"0{n[:5]} {n[5:]}", f"{n[:5]}-{n[5:]}"]
    raise KeyError(region)


def _svc(region, n):
    if region == "US":
        return [f"1 ({n[:3]}) {n[3:6]}-{n[6:]}", f"{n[:3]} {n[3:6]} {n[6:]}", f"({n[:3]}) {n[3:6]}.{n[6:]}"]
    if region == "GB":
        return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"(0{n[:3]}) {n[3:6]} {n[6:]}"]
    if region == "DE":
        return [f"0800 / {n[3:6]} {n[6:]}", f"(0800) {pairs_right(n[3:])}", f"0800-{n[3:]}"]
    if region == "FR":
        return [f"0 {n[:3]} {grp(n[3:], [3])}", f"0 {n[:3]} {grp(n[3:], [2, 2])}"]
    if region == "ES":
        return [f"{n[:3]} {grp(n[3:], [2, 2])}", f"{n[:3]}-{grp(n[3:], [2, 2], '-')}"]
    if region == "IT":
        return [f"{n[:3]}-{n[3:]}", f"{n[:3]} {grp(n[3:], [2, 2])}"]
    if region == "NL":
        return [f"0800 - {n[3:]}", f"0{n[:3]} {grp(n[3:], [3])}" if len(n) == 10 else f"0800 {n[3:]}"]
    if region == "PT":
        return [f"{n[:3]} {grp(n[3:], [3])}", f"{n[:3]} {grp(n[3:], [2, 2])}"]
    if region == "BR":
        return [f"0{n[:3]} {n[3:6]} {n[6:]}", f"0{n[:3]} {n[3:6]}-{n[6:]}"]
    if region == "IN":
        return [f"{n[:4]} {n[4:7]} {n[7:]}", f"{n[:4]}-{n[4:7]}-{n[7:]}"]
    raise KeyError(region)


_INTL_DEFAULT = [lambda cc, a, r, n: f"+{cc} {a} {grp(r, [3])}"]
_INTL = {
    "US": [lambda cc, a, r, n: f"+1 ({a}) {r[:3]}-{r[3:]}", lambda cc, a, r, n: f"+1 {a} {r[:3]} {r[3:]}"],
    "GB": [
        lambda cc, a, r, n: f"+44 {a} {r}" if len(r) == 6 else f"+44 {a} {r[:3]} {r[3:]}",
        lambda cc, a, r, n: f"+44(0){a} {r}",
    ],
    "DE": [
        lambda cc, a, r, n: f"+49 {a} {r}",
        lambda cc, a, r, n: f"+49-{a}-{r}",
        lambda cc, a, r, n: f"+49 ({a}) {r}",
    ],
    "FR": [lambda cc, a, r, n: "+33 " + grp(n, [1, 2, 2, 2, 2]), lambda cc, a, r, n: "+33" + n],
    "ES": [
        lambda cc, a, r, n: "+34 " + (grp(n, [2, 3, 2, 2]) if n[:2] in ("91", "93") else grp(n, [3, 2, 2, 2]))
    ],
    "IT": [lambda cc, a, r, n: "+39 " + n, lambda cc, a, r, n: f"+39 {a} {r}"],
    "NL": [lambda cc, a, r, n: f"+31 {a} {r}", lambda cc, a, r, n: f"+31-{a}-{r}"],
    "PT": [lambda cc, a, r, n: "+351 " + grp(n, [3, 3, 3]), lambda cc, a, r, n: "+351 " + n],
    "BR": [
        lambda cc, a, r, n: f"+55 ({a}) {r[:-4]}-{r[-4:]}",
        lambda cc, a, r, n: f"+55 {a} {r[:-4]} {r[-4:]}",
    ],
    "IN": [
        lambda cc, a, r, n: f"+91 {n[:5]} {n[5:]}" if n[0] in "6789" else f"+91 {a} {r}",
        lambda cc, a, r, n: f"+91-{n[:5]}-{n[5:]}" if n[0] in "6789" else f"+91-{a}-{r}",
    ],
    "AT": [lambda cc, a, r, n: f"+43 {a} {grp(r, [3])}", lambda cc, a, r, n: f"+43-{a}-{r}"],
    "CH": [lambda cc, a, r, n: f"+41 {a} {grp(r, [3, 2])}"],
    "BE": [lambda cc, a, r, n: f"+32 {a} {grp(r, [3, 2]) if len(r) == 7 else grp(r, [2, 2])}"],
    "AU": [lambda cc, a, r, n: f"+61 {a} {grp(r, [4])}"],
    "IE": [lambda cc, a, r, n: f"+353 {a} {grp(r, [3])}"],
}
_LOCAL = {
    "US": [lambda r: f"{r[:3]} {r[3:]}", lambda r: f"{r[:3]}\u2013{r[3:]}"],
    "GB": [lambda r: r, lambda r: f"{r[:3]}-{r[3:]}"],
    "DE": [pairs_right, lambda r: r],
    "NL": [lambda r: r, lambda r: f"{r[:3]}-{r[3:]}"],
    "BR": [lambda r: f"{r[:4]}-{r[4:]}", lambda r: r],
    "IN": [
        lambda r: f"{r[:3]}-{r[3:]}" if len(r) == 7 else f"{r[:4]} {r[4:]}",
        lambda r: f"{r[:3]}-{r[3:]}" if len(r) == 7 else f"{r[:4]}-{r[4:]}",
    ],
}


def write_mobile(rng, region, nsn):
    return rng.choice(_mob(region, nsn))


def write_service(rng, region, nsn):
    return rng.choice(_svc(region, nsn))


def national_with_area(region, area_code, sub):
    """The local form with area code and trunk prefix put back (for the checks)."""
    if region == "US":
        return area_code + sub
    return "0" + area_code.lstrip("0") + sub
