"""Hard-negative kinds for v45, part 1: shared helpers; vehicles, parts and second-hand goods."""

L = "ABCDEFGHJKLMNPRSTUVWXYZ"


D = "0123456789"


COMMA = {"de", "fr", "es", "it", "nl", "pt"}


def _d(r, n):
    return "".join(r.choice(D) for _ in range(n))


def _l(r, n):
    return "".join(r.choice(L) for _ in range(n))


def _num(lang, x, dec=1):
    s = "%.*f" % (dec, x)
    return s.replace(".", ",") if lang in COMMA else s


def _thou(lang, n):
    s = "{:,}".format(n)
    if lang in ("de", "es", "it", "nl", "pt"):
        return s.replace(",", ".")
    if lang == "fr":
        return s.replace(",", "\u202f")
    return s


CUR = {"US": "$", "GB": "£", "AU": "A$", "IE": "€", "IN": "₹", "BR": "R$"}


VIN_W = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]


VIN_V = dict(
    zip(
        "ABCDEFGHJKLMNPRSTUVWXYZ",
        [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9],
        strict=True,
    )
)


def vin(r, lang, region):
    wmi = r.choice(["WVW", "WBA", "VF1", "ZFA", "SAL", "1HG", "3VW", "9BW", "MA3", "TMB", "YV1", "VSS"])
    body = wmi + _l(r, 2) + _d(r, 3) + "0" + r.choice("ABCDEFGHJKLMNPRSTVWXY") + r.choice(L) + _d(r, 6)
    tot = sum((int(c) if c.isdigit() else VIN_V[c]) * w for c, w in zip(body, VIN_W, strict=True))
    chk = "X" if tot % 11 == 10 else str(tot % 11)
    return body[:8] + chk + body[9:]


def plate(r, lang, region):
    f = {
        "GB": lambda: "%s%s %s" % (_l(r, 2), r.choice(["19", "21", "68", "70", "73", "24"]), _l(r, 3)),
        "DE": lambda: (
            "%s-%s %d"
            % (r.choice(["HD", "MA", "KS", "BI", "R", "HRO", "OS", "WÜ"]), _l(r, 2), r.randint(1, 9999))
        ),
        "FR": lambda: "%s-%s-%s" % (_l(r, 2), _d(r, 3), _l(r, 2)),
        "ES": lambda: "%s %s" % (_d(r, 4), "".join(r.choice("BCDFGHJKLMNPRSTVWXYZ") for _ in range(3))),
        "IT": lambda: "%s %s %s" % (_l(r, 2), _d(r, 3), _l(r, 2)),
        "NL": lambda: "%s-%s-%s" % (_l(r, 2), _d(r, 3), r.choice(L)),
        "PT": lambda: "%s-%s-%s" % (_l(r, 2), _d(r, 2), _l(r, 2)),
        "BR": lambda: "%s%s%s%s" % (_l(r, 3), r.choice(D), r.choice(L), _d(r, 2)),
        "IN": lambda: (
            "%s %s %s %s" % (r.choice(["MH", "UP", "RJ", "KA", "DL"]), _d(r, 2), _l(r, 2), _d(r, 4))
        ),
        "US": lambda: "%s-%s" % (_d(r, 3), _l(r, 3)),
    }
    key = (
        region
        if region in f
        else {"en": "GB", "de": "DE", "fr": "FR", "nl": "NL", "pt": "PT"}.get(lang, "IT")
    )
    return f[key]()


def partno(r, lang, region):
    return r.choice(
        [
            "%s%s%s %s %s %s" % (r.choice(D), _l(r, 1), r.choice(D), _d(r, 3), _d(r, 3), r.choice(L)),
            "%s%s-%s-%s" % (_l(r, 2), _d(r, 2), _d(r, 4), _l(r, 2)),
            "A %s %s %s" % (_d(r, 3), _d(r, 3), _d(r, 2)) + _l(r, 1),
        ]
    ).strip()


def tyre(r, lang, region):
    w, a, rim = (
        r.choice([175, 185, 195, 205, 215, 225, 235]),
        r.choice([45, 50, 55, 60, 65]),
        r.choice([14, 15, 16, 17]),
    )
    li = r.randint(100, 112)
    return r.choice(
        [
            "%d/%d R%d %d%s" % (w, a, rim, r.randint(82, 102), r.choice("HVWTY")),
            "%d/%d R%d" % (w, a, rim),
            "%d/%d R%dC %d/%d%s" % (w, a, rim, li, li - 2, r.choice("RST")),
        ]
    )


def mileage(r, lang, region):
    n = r.randint(8, 240) * 1000 + r.randint(0, 999)
    return "%s %s" % (_thou(lang, n), "miles" if region in ("GB", "US") else "km")


def engine(r, lang, region):
    kw = r.choice([55, 66, 77, 85, 96, 110, 130])
    return r.choice(
        [
            "%s TDI %d kW (%d PS)" % (_num(lang, r.choice([1.6, 2.0])), kw, round(kw * 1.36)),
            "%d cc" % r.choice([998, 1198, 1398, 1598, 1968, 2143]),
        ]
    )


def regdate(r, lang, region):
    m, y = r.randint(1, 12), r.randint(2008, 2023)
    return r.choice(["%02d/%d" % (m, y), "%02d.%d" % (m, y), "%d/%02d" % (y, m)])


def torque(r, lang, region):
    return "%d Nm" % r.choice([25, 40, 110, 120, 140])


def pressure(r, lang, region):
    """Tyre pressures and heating-system pressures."""
    return r.choice(
        ["%s bar" % _num(lang, r.choice([1.2, 1.5, 2.3, 2.5])), "%d psi" % r.choice([30, 32, 33, 36])]
    )


def oilspec(r, lang, region):
    return r.choice(
        [
            "%dW-%d" % (r.choice([0, 5, 10]), r.choice([20, 30, 40])),
            "VW %d 00" % r.choice([502, 504, 507]),
            "ACEA %s" % r.choice(["C2", "C3", "C5", "A3/B4"]),
        ]
    )


def battery(r, lang, region):
    return "12 V %d Ah %d A" % (r.choice([44, 60, 70, 74, 95]), r.choice([440, 540, 640, 680, 800]))


def serial(r, lang, region):
    return r.choice(
        [
            "%s%s%s" % (_d(r, 2), _l(r, 2), _d(r, 6)),
            "SN %s-%s" % (_l(r, 3), _d(r, 5)),
            "%s.%s.%s" % (_d(r, 4), _d(r, 2), _d(r, 3)),
        ]
    )


def _ean_check(d12):
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d12))
    return str((10 - s % 10) % 10)


def ean(r, lang, region):
    d12 = r.choice(["400", "401", "300", "800", "871", "560", "789", "890"]) + _d(r, 9)
    return d12 + _ean_check(d12)


def storage(r, lang, region):
    return r.choice(["%d GB" % r.choice([64, 128, 256, 512]), "%d TB" % r.choice([1, 2, 4])])


def price(r, lang, region):
    """Asking prices of vehicles and second-hand goods."""
    n = r.choice([r.randint(2, 90) * 5, r.randint(10, 400) * 100])
    c = CUR.get(region, "€")
    if lang == "hi":
        return "₹%s" % _thou("en", n * 50)
    if lang == "en":
        return "%s%s%s" % (c, _thou("en", n), r.choice(["", " ono", " o.n.o.", " or near offer"]))
    if region == "BR":
        return "R$ %s%s" % (_thou(lang, n), r.choice([",00", ""]))
    tail = {
        "de": [" VB", ",-", ""],
        "fr": [" à débattre", ""],
        "nl": [" o.b.o.", ""],
        "es": [" negociables", ""],
        "it": [" trattabili", ""],
        "pt": [" negociável", ""],
    }[lang]
    return "%s %s%s" % (_thou(lang, n), "CHF" if region == "CH" else "€", r.choice(tail))
