"""Hard-negative kinds for v45, part 2: property, building sites, trades and noticeboards."""

from .neg_kinds_a import CUR, D, _d, _l, _num, _thou


def gcno(r, lang, region):
    return "GC %s-%s-%s" % (_d(r, 2), _d(r, 3), _d(r, 2))


def boiler(r, lang, region):
    return r.choice(
        [
            "Greenstar %di" % r.choice([25, 30, 36]),
            "Vitodens 200-W B2HF-%d" % r.choice([19, 25, 32]),
            "ecoTEC plus VU %d/5-5" % r.choice([146, 206, 256]),
            "Logamax plus GB%d-%d" % (r.choice([172, 182, 192]), r.choice([14, 20, 24])),
            "Naia %d%s" % (r.choice([24, 28]), ""),
        ]
    )


def meterid(r, lang, region):
    return r.choice(
        [
            "%s%s%s" % (r.choice(["1ESY", "1EMH", "1ISK", "1LGZ"]), _l(r, 1), _d(r, 5)),
            "%s%s%s%s" % (_d(r, 2), r.choice("ELMPK"), _d(r, 5), _l(r, 1)),
            "M-%s/%s" % (_d(r, 4), _l(r, 2)),
        ]
    )


def meterread(r, lang, region):
    return r.choice(
        ["%s kWh" % _num(lang, r.uniform(1000, 60000)), "%s m³" % _num(lang, r.uniform(100, 9000), 3)]
    )


def area(r, lang, region):
    if region == "US" or (lang == "en" and region == "IN"):
        return "%s sq ft" % _thou(lang, r.randint(450, 2400))
    return r.choice(
        [
            "%d m²" % r.randint(28, 210),
            "%s m²" % _num(lang, r.uniform(28, 160), 2),
            "%d sqm" % r.randint(30, 180) if lang == "en" else "%d m2" % r.randint(30, 180),
        ]
    )


def rent(r, lang, region):
    """Monthly rents."""
    c = CUR.get(region, "€")
    n = r.randint(8, 60) * 50 if c != "₹" else r.randint(8, 90) * 1000
    if lang == "hi":
        return "%s%s" % (c, _thou("en", n))
    if lang == "en":
        return "%s%s%s" % (c, _thou("en", n), r.choice([" pcm", "/month", " per month", " pm"]))
    if region == "BR":
        return "R$ %s%s" % (_thou(lang, n), r.choice([",00", "/mês"]))
    return "%s%s %s" % (_thou(lang, n), r.choice(["", ",-", ",00"]), "CHF" if region == "CH" else "€")


def parcel(r, lang, region):
    if lang == "de":
        return "Gemarkung %s, Flur %d, Flurstück %d/%d" % (
            r.choice(["Rohrbach", "Wieblingen", "Kirchheim"]),
            r.randint(1, 30),
            r.randint(10, 999),
            r.randint(1, 40),
        )
    if lang == "fr":
        return "parcelle cadastrée section %s n° %d" % (_l(r, 2), r.randint(10, 999))
    if lang == "es":
        return "ref. catastral %s%s%s%s%s" % (_d(r, 7), _l(r, 2), _d(r, 4), _l(r, 1), _d(r, 4) + _l(r, 2))
    if lang == "it":
        return "foglio %d, particella %d, sub. %d" % (r.randint(1, 90), r.randint(10, 999), r.randint(1, 30))
    if lang == "nl":
        return "kadastraal %s sectie %s nr. %d" % (
            r.choice(["Haarlem", "Delft", "Breda"]),
            _l(r, 1),
            r.randint(100, 9999),
        )
    if lang == "pt":
        return r.choice(
            [
                "artigo matricial urbano %d" % r.randint(100, 9999),
                "matrícula nº %s" % _thou("pt", r.randint(1000, 99999)),
            ]
        )
    if region == "IN" or lang == "hi":
        return "Khasra No. %d/%d" % (r.randint(10, 999), r.randint(1, 9))
    if region == "US":
        return "APN %s-%s-%s" % (_d(r, 3), _d(r, 3), _d(r, 2))
    return "title number %s%s" % (r.choice(["CYM", "NK", "DN", "WK", "LN"]), _d(r, 6))


def energy(r, lang, region):
    band = r.choice("BCDEFG")
    return {
        "en": "EPC %s (%d)" % (band, r.randint(39, 80)),
        "de": "Energieklasse %s, %s kWh/(m²·a)" % (band, _num(lang, r.uniform(60, 240))),
        "fr": "DPE %s (%d kWh/m².an)" % (band, r.randint(90, 420)),
        "es": "certificado energético %s (%s kg CO₂/m²)" % (band, _num(lang, r.uniform(8, 60))),
        "it": "classe energetica %s - EPgl %s kWh/m²anno" % (band, _num(lang, r.uniform(40, 260))),
        "nl": "energielabel %s" % r.choice(["A+", "A", "B", "C", "D"]),
        "pt": "classe energética %s" % r.choice(["A", "B", "B-", "C", "D"]),
        "hi": "EPC %s (%d)" % (band, r.randint(39, 80)),
    }[lang]


def quote(r, lang, region):
    return r.choice(
        [
            "Q-%s" % _d(r, 5),
            "%d-%s" % (r.choice([2025, 2026]), _d(r, 4)),
            "AN%s/%s" % (_d(r, 3), _d(r, 2)),
            "D%s-%s" % (_d(r, 2), _d(r, 3)),
        ]
    )


def jobno(r, lang, region):
    return r.choice(
        ["#%s%s-%s" % (_l(r, 1), r.choice(D), _d(r, 4)), "WO-%s" % _d(r, 5), "%s/%s" % (_d(r, 2), _d(r, 3))]
    )


def invoice(r, lang, region):
    return r.choice(["INV-%s" % _d(r, 6), "RE-%d-%s" % (r.choice([2025, 2026]), _d(r, 5)), "FA%s" % _d(r, 6)])


def paint(r, lang, region):
    return r.choice(
        [
            "RAL %d" % r.choice([7016, 9010, 9016, 6005, 3000, 7035, 1015]),
            "NCS S %s-%s%s" % (_d(r, 4), r.choice("YRGB"), r.choice(["", "10R", "20Y", "90R"])),
            "Farrow & Ball No. %d" % r.randint(1, 310),
            "BS 4800 %s %s %s" % (_d(r, 2), r.choice("ABCDE"), _d(r, 2)),
            "code %s%s%s" % (_l(r, 2), r.choice(D), _l(r, 1)),
        ]
    )


def pipe(r, lang, region):
    return r.choice(
        [
            "%d mm" % r.choice([15, 22, 28, 32, 40, 110]),
            "DN %d" % r.choice([20, 25, 32, 50, 100]),
            '%s" BSP' % r.choice(["1/2", "3/4", "1"]),
            "Ø %d mm" % r.choice([40, 50, 75, 110, 125]),
        ]
    )


def cable(r, lang, region):
    return r.choice(
        [
            "NYM-J %dx%s mm²" % (r.choice([3, 5]), _num(lang, r.choice([1.5, 2.5]))),
            "%s mm² twin & earth" % r.choice(["1.5", "2.5", "6.0"])
            if lang == "en"
            else "%dx%s mm²" % (r.choice([3, 5]), _num(lang, r.choice([1.5, 2.5, 6.0]))),
            "H07RN-F 3G%s" % _num(lang, 1.5),
        ]
    )


def breaker(r, lang, region):
    return r.choice(
        [
            "B%d" % r.choice([6, 10, 16, 20, 32]),
            "%d A / 30 mA" % r.choice([25, 40, 63]),
            "C%d" % r.choice([16, 32]),
        ]
    )


def cylinder(r, lang, region):
    return "%d/%d mm" % (r.choice([30, 35, 40, 45]), r.choice([30, 35, 40, 45, 50]))


def dims(r, lang, region):
    a, b, c = r.randint(40, 240), r.randint(30, 200), r.randint(20, 90)
    return r.choice(
        ["%d × %d × %d cm" % (a, b, c), "%s x %s m" % (_num(lang, a / 100, 2), _num(lang, b / 100, 2))]
    )


def postcode(r, lang, region):
    return {
        "GB": "%s%d %d%s"
        % (
            r.choice(["NR", "SN", "EX", "DE", "LS", "BS", "CF", "M"]),
            r.randint(1, 20),
            r.randint(1, 9),
            _l(r, 2),
        ),
        "DE": _d(r, 5),
        "NL": "%d %s" % (r.randint(1000, 9999), _l(r, 2)),
        "FR": _d(r, 5),
        "ES": _d(r, 5),
        "IT": _d(r, 5),
        "PT": "%d-%s" % (r.randint(1000, 9999), _d(r, 3)),
        "BR": "%s-%s" % (_d(r, 5), _d(r, 3)),
        "IN": "%d" % r.randint(110001, 859999),
        "US": _d(r, 5),
        "AT": _d(r, 4),
        "CH": _d(r, 4),
        "BE": _d(r, 4),
        "AU": _d(r, 4),
        "IE": "D%02d %s%s" % (r.randint(1, 24), _l(r, 1), _d(r, 3)),
    }[region]


def flat(r, lang, region):
    return {
        "en": "Flat %d%s" % (r.randint(1, 24), r.choice(["", "A", "B"])),
        "de": "%d. OG %s" % (r.randint(1, 5), r.choice(["links", "rechts", "Mitte"])),
        "fr": "%de étage, porte %d" % (r.randint(1, 7), r.randint(1, 12)),
        "es": "%dº %s" % (r.randint(1, 9), r.choice(["A", "B", "izda.", "dcha."])),
        "it": "int. %d, scala %s" % (r.randint(1, 30), r.choice("ABCD")),
        "nl": "%d-%s hoog" % (r.randint(1, 400), r.choice(["I", "II", "III"])),
        "pt": "%dº %s" % (r.randint(1, 9), r.choice(["Esq.", "Dto.", "Frt."])),
        "hi": "Flat %d%02d" % (r.randint(1, 12), r.randint(1, 12)),
    }[lang]


def slot(r, lang, region):
    h, m = r.randint(9, 18), r.choice([0, 15, 30, 45])
    h2, m2 = (h, m + 15) if m < 45 else (h + 1, 0)
    sep = ":" if lang in ("en", "hi", "pt", "es") else "."
    return "%d%s%02d–%d%s%02d" % (h, sep, m, h2, sep, m2)


def movein(r, lang, region):
    d, m, y = r.randint(1, 28), r.randint(1, 12), r.choice([2025, 2026])
    if region == "US":
        return "%d/%d/%d" % (m, d, y)
    return (
        r.choice(["%d.%d.%d" % (d, m, y), "%02d/%02d/%d" % (d, m, y)])
        if lang != "en"
        else "%d/%d/%d" % (d, m, y)
    )


def agentref(r, lang, region):
    return r.choice(
        [
            "LET-%s" % _d(r, 5),
            "%s%s" % (_l(r, 3), _d(r, 4)),
            "%s-%s" % (_d(r, 3), _l(r, 2)),
            "%s.%s" % (_d(r, 2), _d(r, 3)),
        ]
    )


def permit(r, lang, region):
    return {
        "en": "%02d/%s/%s" % (r.randint(19, 25), _d(r, 5), r.choice(["FUL", "HOU", "LBC"])),
        "de": "Az. %d.%d-%s/%d" % (r.randint(60, 65), r.randint(1, 4), _d(r, 4), r.randint(24, 25)),
        "fr": "PC %s %s %s %s%s" % (_d(r, 3), _d(r, 3), r.randint(23, 25), r.choice("AB"), _d(r, 4)),
        "es": "%d/%s" % (r.choice([2024, 2025]), _d(r, 4)),
        "it": "prot. n. %s/%d" % (_d(r, 5), 2025),
        "nl": "OLO%s" % _d(r, 7),
        "pt": "alvará n.º %d/%d" % (r.randint(10, 999), r.choice([2024, 2025])),
        "hi": "BP/%d/%s" % (r.choice([2024, 2025]), _d(r, 4)),
    }[lang]


def houseprice(r, lang, region):
    """Guide and asking prices of houses and flats."""
    c = CUR.get(region, "€")
    n = r.randint(90, 900) * 1000 if c != "₹" else r.randint(30, 300) * 100000
    if lang in ("en", "hi"):
        return "%s%s" % (c, _thou("en", n))
    return "%s %s" % (_thou(lang, n), "CHF" if region == "CH" else "€")


def fixing(r, lang, region):
    return r.choice(
        [
            "M%d × %d" % (r.choice([6, 8, 10, 12]), r.choice([20, 30, 40, 60])),
            "%s × %d mm" % (_num(lang, r.choice([3.5, 4.0, 5.0, 6.0])), r.choice([30, 40, 60, 80])),
        ]
    )


def uvalue(r, lang, region):
    return "Uw = %s W/m²K" % _num(lang, r.choice([0.8, 0.9, 0.95, 1.1, 1.3]), 2)


def timber(r, lang, region):
    return "%d × %d mm %s" % (
        r.choice([38, 47, 63]),
        r.choice([100, 150, 175, 200]),
        r.choice(["C16", "C24"]),
    )


def volume(r, lang, region):
    return r.choice(
        [
            "%d m³" % r.randint(12, 60),
            "%s cu ft" % _thou("en", r.randint(300, 1800)) if lang == "en" else "%d m3" % r.randint(12, 60),
        ]
    )


def rate(r, lang, region):
    c = CUR.get(region, "€")
    if lang == "en" or lang == "hi":
        return "%s%d/hr" % (c, r.choice([35, 40, 45, 48, 55, 60, 65]) * (10 if c == "₹" else 1))
    return "%d %s/h" % (r.choice([38, 45, 52, 55, 60, 68]), "€" if region != "BR" else "R$")


def tradereg(r, lang, region):
    return {
        "en": r.choice(["Gas Safe reg. %s" % _d(r, 6), "NICEIC %s" % _d(r, 6), "Lic. #%s" % _d(r, 6)]),
        "de": r.choice(["Handwerksrolle Nr. %s" % _d(r, 5), "HRB %s" % _d(r, 5)]),
        "fr": "RCS %s B %s %s %s" % (r.choice(["Lyon", "Nantes", "Lille"]), _d(r, 3), _d(r, 3), _d(r, 3)),
        "es": "REA %s/%s" % (_d(r, 2), _d(r, 5)),
        "it": "REA %s-%s" % (r.choice(["MI", "BO", "TO"]), _d(r, 6)),
        "nl": "KvK %s" % _d(r, 8),
        "pt": "CREA %s/D" % _d(r, 6),
        "hi": "GSTIN 09%s%s%sZ%s" % (_l(r, 5), _d(r, 4), _l(r, 1), r.choice(D)),
    }[lang]


def builtyear(r, lang, region):
    return str(r.randint(1895, 2019))


def keycard(r, lang, region):
    return r.choice(["K%s" % _d(r, 4), "%s-%s" % (_l(r, 2), _d(r, 5)), "%s %s" % (_d(r, 3), _l(r, 1))])


def lostref(r, lang, region):
    return r.choice(
        ["%d/%s" % (r.choice([2025, 2026]), _d(r, 4)), "F-%s" % _d(r, 4), "%s%s" % (_l(r, 2), _d(r, 3))]
    )
