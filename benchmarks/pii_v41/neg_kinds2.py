"""Hard-negative kinds of the v41 set, part 2 (see negs.py)."""

from .neg_base import L, _n, _pick, _yr


def hours(rng, lang):
    a, b = _n(rng, 7, 10), _n(rng, 15, 19)
    m = rng.choice(["00", "30"])
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "%d:%s a.m.–%d:%s p.m." % (a, m, b - 12, m),
            "de": lambda r: "%02d.%s–%d.%s Uhr" % (a, m, b, m),
            "fr": lambda r: "de %dh%s à %dh%s" % (a, m, b, m),
            "es": lambda r: "de %d:%s a %d:%s h" % (a, m, b, m),
            "it": lambda r: "dalle %d.%s alle %d.%s" % (a, m, b, m),
            "nl": lambda r: "%d.%s-%d.%s uur" % (a, m, b, m),
            "pt": lambda r: "das %dh%s às %dh%s" % (a, m, b, m),
            "hi": lambda r: "सुबह %d:%s से शाम %d:%s" % (a, m, b - 12, m),
        },
    )


def dateranges(rng, lang):
    d1, d2, mo = _n(rng, 1, 15), _n(rng, 15, 29), _n(rng, 1, 12)
    m1 = _n(rng, 0, 6)
    en_m = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ]
    y = _yr(rng)
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "%d %s to %d %s %d" % (d1, en_m[m1], d2, en_m[m1 + _n(r, 1, 5)], y),
            "de": lambda r: "%02d.%02d.–%02d.%02d.%d" % (d1, mo, d2, mo + 1, y),
            "fr": lambda r: "du %02d/%02d/%d au %02d/%02d/%d" % (d1, mo, y, d2, mo + 1, y),
            "es": lambda r: "del %d al %d de %s de %d" % (d1, d2, r.choice(["marzo", "mayo", "octubre"]), y),
            "it": lambda r: "dal %d/%d al %d/%d/%d" % (d1, mo, d2, mo + 1, y),
            "nl": lambda r: "%d t/m %d %s %d" % (d1, d2, r.choice(["maart", "juni", "oktober"]), y),
            "pt": lambda r: "de %02d/%02d a %02d/%02d/%d" % (d1, mo, d2, mo + 1, y),
            "hi": lambda r: "%d से %d %s %d तक" % (d1, d2, r.choice(["मार्च", "जून", "अक्टूबर"]), y),
        },
    )


def route(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "Round %d%s" % (_n(r, 1, 40), r.choice("ABCD")),
            "de": lambda r: "Abfuhrbezirk %d" % _n(r, 1, 40),
            "fr": lambda r: "secteur %s%d" % (r.choice("ABCDE"), _n(r, 1, 9)),
            "es": lambda r: "zona %d, ruta %d" % (_n(r, 1, 20), _n(r, 1, 12)),
            "it": lambda r: "zona %s%d" % (r.choice("ABCD"), _n(r, 1, 12)),
            "nl": lambda r: "ophaalwijk %d-%s" % (_n(r, 1, 30), r.choice("ABC")),
            "pt": lambda r: "roteiro %02d" % _n(r, 1, 40),
            "hi": lambda r: "सेक्टर %d-%s" % (_n(r, 1, 60), r.choice("ABCD")),
        },
    )


def binvol(rng, lang):
    v = rng.choice([60, 80, 120, 140, 180, 240, 360, 660, 1100])
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "%d-litre" % v,
            "de": lambda r: "%s-l-Tonne" % ("1.100" if v == 1100 else v),
            "fr": lambda r: "bac de %d L" % v,
            "es": lambda r: "contenedor de %d l" % v,
            "it": lambda r: "bidone da %d litri" % v,
            "nl": lambda r: "%d liter" % v,
            "pt": lambda r: "contentor de %d L" % v,
            "hi": lambda r: "%d लीटर" % v,
        },
    )


def tariff(rng, lang):
    a = "%d.%02d" % (_n(rng, 0, 60), _n(rng, 1, 99))
    c = a.replace(".", ",")
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(["£%s per lift" % a, "$%s per 1,000 gallons" % a]),
            "de": lambda r: "%s € je m³" % c,
            "fr": lambda r: "%s €/m³" % c,
            "es": lambda r: "%s €/m³" % c,
            "it": lambda r: "%s euro al m³" % c,
            "nl": lambda r: "€ %s per m³" % c,
            "pt": lambda r: "R$ %s por m³" % c,
            "hi": lambda r: "₹%s प्रति किलोलीटर" % a,
        },
    )


def schooldist(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                ["USD %d" % _n(r, 200, 520), "School District %d%s" % (_n(r, 1, 60), r.choice(["J", ""]))]
            ),
            "de": lambda r: "Schulbezirk %d" % _n(r, 1, 40),
            "hi": lambda r: "UDISE कोड %011d" % _n(r, 10**10, 10**11),
        },
    )


def schoolcode(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "URN %d" % _n(r, 100000, 149999),
            "de": lambda r: "Schulnummer %d" % _n(r, 100000, 199999),
            "fr": lambda r: "UAI %07d%s" % (_n(r, 10**5, 10**7), r.choice(L)),
            "es": lambda r: "código de centro %08d" % _n(r, 10**6, 5 * 10**7),
            "it": lambda r: (
                "codice meccanografico %s%s%s%s%03d%s"
                % (
                    r.choice(["RM", "MI", "TO", "NA"]),
                    r.choice("IE"),
                    r.choice("CE"),
                    r.choice(L),
                    _n(r, 1, 999),
                    r.choice(L),
                )
            ),
            "nl": lambda r: "BRIN %02d%s%s" % (_n(r, 0, 99), r.choice(L), r.choice(L)),
            "pt": lambda r: "código INEP %d" % _n(r, 10**7, 5 * 10**7),
        },
    )


ALL = [hours, dateranges, route, binvol, tariff, schooldist, schoolcode]
