"""Hard negatives of industry, logistics and agriculture: number-like strings that are no PII.

Each generator takes (rng, lang) and returns the text put into a filler's {placeholder}; every value is
screened (screen.py) and drawn again when it fails.
"""

import string

from stdnum import luhn

U = string.ascii_uppercase
D = string.digits


def _d(rng, k):
    return "".join(rng.choice(D) for _ in range(k))


def _u(rng, k):
    return "".join(rng.choice(U) for _ in range(k))


def num(x, lang, dec=0):
    """a number written with the language's thousands and decimal separators"""
    s = "{:,.{}f}".format(x, dec)
    if lang in ("en", "hi"):
        return s
    if lang == "fr":
        return s.replace(",", "\u202f").replace(".", ",")
    return s.replace(",", "#").replace(".", ",").replace("#", ".")


def dec(x, lang, k=1):
    s = "%.*f" % (k, x)
    return s if lang in ("en", "hi") else s.replace(".", ",")


def container(rng, lang):
    """ISO 6346 container number with its check digit"""
    vals = {}
    v = 10
    for ch in U:
        if v % 11 == 0:
            v += 1
        vals[ch] = v
        v += 1
    owner = rng.choice(["MSK", "TGH", "CMA", "HLX", "SEG", "TCN", "OOL", "GES"]) + "U"
    ser = _d(rng, 6)
    code = owner + ser
    total = sum((vals[c] if c in vals else int(c)) * 2**i for i, c in enumerate(code))
    check = total % 11 % 10
    return rng.choice(
        ["%s %s %d" % (owner, ser, check), "%s%s%d" % (owner, ser, check), "%s %s-%d" % (owner, ser, check)]
    )


def seal(rng, lang):
    return rng.choice(["SL", "HS", "Nr. " if lang == "de" else "N°", "#"]) + " " + _u(rng, 2) + _d(rng, 6)


def sscc(rng, lang):
    body = "3" + _d(rng, 16)
    tot = sum(int(c) * (3 if i % 2 == 0 else 1) for i, c in enumerate(reversed(body)))
    code = body + str((10 - tot % 10) % 10)
    return "(00) %s" % code


def lot(rng, lang):
    return rng.choice(
        [
            "L%s-%s%s" % (_d(rng, 2), _d(rng, 3), rng.choice(U)),
            "%s%s/%s" % (_u(rng, 2), _d(rng, 4), _d(rng, 2)),
            "B%s%s" % (_d(rng, 3), _u(rng, 1)),
        ]
    )


def best_before(rng, lang):
    m, y = rng.randint(1, 12), rng.randint(2025, 2027)
    return rng.choice(["%02d/%d" % (m, y), "%d-%02d" % (y, m), "%02d.%02d.%d" % (rng.randint(1, 28), m, y)])


def part_no(rng, lang):
    return rng.choice(
        [
            "%s-%s-%s" % (_d(rng, 3), _u(rng, 2), _d(rng, 2)),
            "%s.%s.%s" % (_d(rng, 2), _d(rng, 3), _d(rng, 2)),
            "%s%s-%s" % (_u(rng, 3), _d(rng, 3), _u(rng, 1)),
        ]
    )


def serial(rng, lang):
    return "%s%s-%s" % (_u(rng, 2), _d(rng, 2), _d(rng, 5))


def weight(rng, lang):
    kg = rng.randint(1200, 26000)
    return "%s kg" % num(kg, lang) if rng.random() < 0.7 else "%s t" % dec(kg / 1000, lang, 2)


def temp(rng, lang):
    a = rng.choice([-25, -22, -20, -18, 2, 4, 5, 12, 15])
    return rng.choice(
        [
            "%+d °C" % a,
            "%s °C" % dec(a + rng.choice([0, 0.5]), lang),
            "%+d °C / %+d °C" % (a, a + rng.choice([2, 4, 6])),
        ]
    )


def qty(rng, lang):
    word = {
        "en": "cases of",
        "de": "Kartons à",
        "fr": "colis de",
        "es": "cajas de",
        "it": "colli da",
        "nl": "dozen à",
        "pt": "caixas de",
        "hi": "डिब्बे ×",
    }[lang]
    return "%d %s %d" % (rng.randint(2, 96), word, rng.choice([6, 10, 12, 24, 48]))


def dims(rng, lang):
    return "%d × %d × %d mm" % (
        rng.choice([1200, 1000, 800]),
        rng.choice([800, 1000, 1200]),
        rng.randint(600, 2100),
    )


def hs_code(rng, lang):
    head = rng.choice(["0201", "1001", "8708", "8481", "3105", "2710", "0406", "8433"])
    return rng.choice(["%s.%s" % (head, _d(rng, 2)), "%s %s %s" % (head, _d(rng, 2), _d(rng, 2))])


def un_number(rng, lang):
    un, cls = rng.choice([(1203, "3"), (1965, "2.1"), (1830, "8"), (2067, "5.1"), (1202, "3"), (3082, "9")])
    return "UN %d (%s %s)" % (
        un,
        {"de": "Klasse", "fr": "classe", "es": "clase", "it": "classe", "nl": "klasse", "pt": "classe"}.get(
            lang, "class"
        ),
        cls,
    )


def kemler(rng, lang):
    return rng.choice(["33/1203", "30/1202", "80/1830", "23/1965", "50/2067", "90/3082"])


def cas(rng, lang):
    body = str(rng.randint(50, 99999)) + _d(rng, 2)
    check = sum(int(c) * (i + 1) for i, c in enumerate(reversed(body))) % 10
    return "CAS %s-%s-%d" % (body[:-2], body[-2:], check)


def ec_number(rng, lang):
    body = rng.choice(["2", "2", "3"]) + _d(rng, 5)
    check = sum(int(c) * (i + 1) for i, c in enumerate(body)) % 11
    if check == 10:
        body, check = "200578", 6
    return "EC %s-%s-%d" % (body[:3], body[3:], check)


def flash(rng, lang):
    return "%d °C" % rng.choice([-20, 13, 21, 38, 55, 62, 101])


def exposure(rng, lang):
    return rng.choice(
        ["%d ppm" % rng.choice([5, 20, 50, 200, 500]), "%s mg/m³" % dec(rng.choice([0.5, 1, 2.5, 10]), lang)]
    )


def eori(rng, lang):
    cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}[
        lang
    ]
    return cc + (_d(rng, 12) if cc == "GB" else _d(rng, rng.choice([7, 9, 11])))


def mrn(rng, lang):
    cc = {"en": "GB", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IE"}[
        lang
    ]
    return "%d%s%s%s%d" % (rng.randint(23, 25), cc, _u(rng, 1) + _d(rng, 5), _d(rng, 7), rng.randint(0, 9))


def awb(rng, lang):
    ser = rng.randint(1000000, 9999999)
    return "%s-%d%d" % (rng.choice(["020", "057", "176", "235", "618"]), ser, ser % 7)


def bill_of_lading(rng, lang):
    return rng.choice(["MEDU", "HLCU", "COSU", "ONEY"]) + _u(rng, 3) + _d(rng, 6)


def vin(rng, lang):
    trans = {
        c: v
        for c, v in zip(
            "ABCDEFGHJKLMNPRSTUVWXYZ",
            [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
            strict=True,
        )
    }
    weights = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]
    alnum = "ABCDEFGHJKLMNPRSTUVWXYZ" + D
    chars = list(
        rng.choice(["WDB", "YS2", "XLR", "VF6", "WMA"]) + "".join(rng.choice(alnum) for _ in range(14))
    )
    chars[8] = "0"
    tot = sum((trans[c] if c in trans else int(c)) * w for c, w in zip(chars, weights, strict=True))
    chars[8] = "X" if tot % 11 == 10 else str(tot % 11)
    return "".join(chars)


def odometer(rng, lang):
    return "%s km" % num(rng.randint(12000, 980000), lang)


def engine_hours(rng, lang):
    return "%s h" % num(rng.randint(150, 24000), lang)


def torque(rng, lang):
    return rng.choice(
        [
            "%d Nm" % rng.choice([45, 90, 120, 210, 450, 600]),
            "%s bar" % dec(rng.choice([6.5, 8.0, 8.5, 9.0, 180.0]), lang),
        ]
    )


def licence_no(rng, lang):
    if lang == "en":
        return "%s%s%s%s" % (_u(rng, 5), _d(rng, 6), _u(rng, 2), _d(rng, 1) + _u(rng, 2))
    if lang == "de":
        return "%s%s%s%s" % (_u(rng, 1), _d(rng, 3), _u(rng, 3) + _d(rng, 1), _u(rng, 1) + _d(rng, 2))
    return (
        "%s%s" % (_u(rng, 2), _d(rng, 8))
        if lang != "hi"
        else "%s%s %s" % (rng.choice(["MH", "PB", "GJ", "WB"]), _d(rng, 2), _d(rng, 11))
    )


def tacho_card(rng, lang):
    cc = {"en": "GB", "de": "D", "fr": "F", "es": "E", "it": "I", "nl": "NL", "pt": "P", "hi": "IN"}[lang]
    return cc + " " + _d(rng, 13) + _d(rng, 1) + _d(rng, 2)


def radio(rng, lang):
    ch = rng.randint(1, 16)
    mhz = 446.00625 + 0.0125 * (ch - 1)
    return rng.choice(
        [
            "%s %d (%s MHz)"
            % (
                {
                    "de": "Kanal",
                    "fr": "canal",
                    "es": "canal",
                    "it": "canale",
                    "nl": "kanaal",
                    "pt": "canal",
                }.get(lang, "ch"),
                ch,
                dec(mhz, lang, 5),
            ),
            "%s MHz" % dec(rng.choice([151.625, 154.57, 169.4125, 173.225]), lang, 4),
        ]
    )


def gps(rng, lang):
    return "%.5f, %.5f" % (rng.uniform(36, 58), rng.uniform(-8, 24))


def timestamp(rng, lang):
    return "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))


def dock(rng, lang):
    return "%s%s-%02d" % (
        rng.choice(["", "D", "T", "G"]),
        rng.choice(["A", "B", "C", "E", "N"]),
        rng.randint(1, 40),
    )


def bin_location(rng, lang):
    return "%02d-%02d-%02d-%s" % (
        rng.randint(1, 40),
        rng.randint(1, 60),
        rng.randint(1, 8),
        rng.choice("ABCD"),
    )


def holding(rng, lang):
    if lang == "en":
        return "%02d/%03d/%04d" % (rng.randint(1, 99), rng.randint(1, 999), rng.randint(1, 9999))
    return "%s%s%s" % (_d(rng, 3), _u(rng, 2), _d(rng, 3))


def ear_tag(rng, lang):
    cc = {"en": "UK", "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "nl": "NL", "pt": "PT", "hi": "IN"}[
        lang
    ]
    return (
        "%s %s %s" % (cc, _d(rng, 2), _d(rng, 3) + " " + _d(rng, 5))
        if cc != "UK"
        else "UK %s %s" % (_d(rng, 6), _d(rng, 6))
    )


def yield_moist(rng, lang):
    return "%s t/ha, %s %%" % (dec(rng.uniform(3, 11), lang), dec(rng.uniform(11, 19), lang))


def market_price(rng, lang):
    cur = {"en": "£", "hi": "₹", "pt": "R$"}.get(lang, "€")
    v = rng.uniform(150, 420) if cur != "₹" else rng.uniform(1800, 3200)
    unit = {"hi": "/क्विंटल", "pt": "/sc"}.get(lang, "/t")
    return (
        "%s %s%s" % (cur, dec(v, lang, 2), unit) if lang != "en" else "%s%s%s" % (cur, dec(v, lang, 2), unit)
    )


def npk(rng, lang):
    return rng.choice(["NPK 15-15-15", "NPK 20-10-10", "12-12-17 + 2 MgO", "0-20-30", "NPK 6-12-24 + 4 S"])


def area_ha(rng, lang):
    return "%s ha" % dec(rng.uniform(0.5, 340), lang, 2)


def firmware(rng, lang):
    return "v%d.%d.%04d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(1, 9999))


def fault_code(rng, lang):
    return rng.choice(
        [
            "SPN %d FMI %d" % (rng.randint(90, 5000), rng.randint(0, 31)),
            "E-%04d" % rng.randint(1, 9999),
            "P%04d" % rng.randint(1, 3000),
        ]
    )


def cal_week(rng, lang):
    w = {"de": "KW", "nl": "week", "fr": "sem.", "es": "sem.", "it": "sett.", "pt": "sem."}.get(lang, "wk")
    return "%s %d/%d" % (w, rng.randint(1, 52), rng.randint(2024, 2025))


def shift(rng, lang):
    a = rng.choice([5, 6, 13, 14, 21, 22])
    return "%02d:%02d–%02d:%02d" % (a, rng.choice([0, 30, 45]), (a + 8) % 24, rng.choice([0, 15, 30]))


def wagon(rng, lang):
    body = rng.choice(["31", "33", "21", "37"]) + rng.choice(["80", "84", "87", "85"]) + _d(rng, 7)
    check = luhn.calc_check_digit(body)
    return "%s %s %s %s-%s" % (body[:2], body[2:4], body[4:8], body[8:], check)


def weigh_ticket(rng, lang):
    return "%d-%s/%s" % (rng.randint(2023, 2025), _d(rng, 5), _u(rng, 1))


def power(rng, lang):
    kw = rng.choice([75, 110, 147, 235, 300, 390])
    return "%d kW (%d %s)" % (
        kw,
        round(kw * 1.36),
        "PS" if lang == "de" else "CV" if lang in ("fr", "es", "it", "pt") else "hp",
    )


def tank(rng, lang):
    return "%s l" % num(rng.choice([400, 800, 1000, 1200, 24000, 32000]), lang)


def density(rng, lang):
    return rng.choice(
        ["%s g/cm³" % dec(rng.uniform(0.7, 1.9), lang, 2), "pH %s" % dec(rng.uniform(2, 12), lang)]
    )


def incoterm(rng, lang):
    return "%s %s" % (
        rng.choice(["FCA", "DAP", "EXW", "CPT", "FOB", "CIF"]),
        rng.choice(["Duisburg", "Rotterdam", "Le Havre", "Genova", "Santos", "Felixstowe", "Nhava Sheva"]),
    )


def article_no(rng, lang):
    return "%s.%s-%s" % (_d(rng, 2), _d(rng, 3), _d(rng, 2))


def pack(rng, lang):
    return "%d × %s" % (
        rng.choice([1, 4, 6, 10, 20, 25]),
        rng.choice(["5 kg", "20 l", "25 kg", "1 l", "200 l", "10 m"]),
    )


def pallets(rng, lang):
    return "%d %s" % (
        rng.randint(1, 33),
        {
            "en": "EUR pallets",
            "de": "EUR-Paletten",
            "fr": "palettes EUR",
            "es": "palés EUR",
            "it": "pallet EPAL",
            "nl": "europallets",
            "pt": "paletes PBR",
            "hi": "पैलेट",
        }[lang],
    )


def grade(rng, lang):
    return rng.choice(
        ["S355J2", "AISI 316L", "1.4301", "EN AW-6082 T6", "ISO VG 46", "SAE 15W-40", "8.8", "M12 × 1,5"]
    )


GENERATORS = {
    name: fn
    for name, fn in list(globals().items())
    if callable(fn) and not name.startswith("_") and name not in ("num", "dec", "luhn")
}
