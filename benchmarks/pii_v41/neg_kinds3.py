"""Hard-negative kinds of the v41 set, part 3 (see negs.py)."""

from .neg_base import L, _n, _pick, _yr


def lotno(rng, lang):
    return "%s%s%d" % (rng.choice(L), rng.choice(L), _n(rng, 1000, 9999))


def incidence(rng, lang):
    v = "%d.%d" % (_n(rng, 2, 400), _n(rng, 0, 9))
    comma = v.replace(".", ",")
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "%s per 100,000" % v,
            "de": lambda r: "%s je 100.000 Einwohner" % comma,
            "fr": lambda r: "%s pour 100 000 habitants" % comma,
            "es": lambda r: "%s por 100.000 habitantes" % comma,
            "it": lambda r: "%s ogni 100.000 abitanti" % comma,
            "nl": lambda r: "%s per 100.000 inwoners" % comma,
            "pt": lambda r: "%s por 100 mil habitantes" % comma,
            "hi": lambda r: "%s प्रति 1,00,000" % v,
        },
    )


def airq(rng, lang):
    return "%s %d µg/m³" % (rng.choice(["PM2.5", "PM10", "NO2", "O3"]), _n(rng, 4, 190))


def waterq(rng, lang):
    sep = "." if lang in ("en", "hi") else ","
    return rng.choice(
        [
            "%d%s%d mg/l" % (_n(rng, 1, 50), sep, _n(rng, 0, 9)),
            "pH 7%s%d" % (sep, _n(rng, 0, 9)),
            "%d%s%d °dH" % (_n(rng, 3, 25), sep, _n(rng, 0, 9)),
        ]
    )


def gridref(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: (
                "grid ref. %s%s %03d %03d"
                % (r.choice("NST"), r.choice("JKOPTUZ"), _n(r, 0, 999), _n(r, 0, 999))
            ),
            "de": lambda r: "UTM 32U %06d %07d" % (_n(r, 300000, 700000), _n(r, 5200000, 6100000)),
            "nl": lambda r: "RD %06d %06d" % (_n(r, 13000, 278000), _n(r, 306000, 620000)),
        },
    )


def coords(rng, lang):
    return "%d.%05d, %d.%05d" % (_n(rng, 36, 58), _n(rng, 0, 99999), _n(rng, 1, 30), _n(rng, 0, 99999))


def ordinance(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "Ordinance No. %d-%03d" % (_yr(r), _n(r, 1, 400)),
            "de": lambda r: "Ratsbeschluss Nr. %d" % _n(r, 1, 900),
            "fr": lambda r: "arrêté municipal n° %d-%03d" % (_yr(r), _n(r, 1, 900)),
            "es": lambda r: "Decreto de Alcaldía %d/%d" % (_yr(r), _n(r, 1, 9000)),
            "it": lambda r: "delibera di Giunta n. %d/%d" % (_n(r, 1, 400), _yr(r)),
            "nl": lambda r: "raadsvoorstel %d-%03d" % (_yr(r), _n(r, 1, 400)),
            "pt": lambda r: "Decreto Municipal nº %d.%03d/%d" % (_n(r, 1, 30), _n(r, 0, 999), _yr(r)),
            "hi": lambda r: "आदेश सं. %d/%d" % (_n(r, 1, 900), _yr(r)),
        },
    )


def jurorno(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "juror number %d, panel %d" % (_n(r, 1, 400), _n(r, 1, 30)),
            "de": lambda r: "Schöffenliste lfd. Nr. %d" % _n(r, 1, 300),
            "fr": lambda r: "juré n° %d de la liste de session" % _n(r, 1, 60),
            "es": lambda r: "jurado candidato n.º %d" % _n(r, 1, 200),
            "it": lambda r: "giudice popolare n. %d" % _n(r, 1, 200),
            "pt": lambda r: "jurado nº %d da lista geral" % _n(r, 1, 200),
        },
    )


def courtroom(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "Courtroom %d%s" % (_n(r, 1, 20), r.choice(["", "A", "B"])),
            "de": lambda r: "Saal %d.%03d" % (_n(r, 1, 4), _n(r, 1, 200)),
            "fr": lambda r: "salle %d, %de étage" % (_n(r, 1, 12), _n(r, 1, 5)),
            "es": lambda r: "Sala %d" % _n(r, 1, 30),
            "it": lambda r: "aula %d" % _n(r, 1, 30),
            "nl": lambda r: "zittingszaal %d.%d" % (_n(r, 0, 4), _n(r, 1, 30)),
            "pt": lambda r: "sala %d" % _n(r, 1, 30),
            "hi": lambda r: "कोर्ट रूम नं. %d" % _n(r, 1, 40),
        },
    )


def tender(rng, lang):
    return "%d/S %03d-%06d" % (_yr(rng), _n(rng, 1, 250), _n(rng, 1, 999999))


def cpv(rng, lang):
    return "CPV %08d-%d" % (_n(rng, 3 * 10**7, 9 * 10**7), _n(rng, 0, 9))


def millage(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "%d.%03d mills" % (_n(r, 5, 40), _n(r, 0, 999)),
            "de": lambda r: "Hebesatz %d v. H." % _n(r, 250, 900),
            "fr": lambda r: "taux de %d,%02d %% de taxe foncière" % (_n(r, 10, 60), _n(r, 0, 99)),
            "it": lambda r: "aliquota IMU %d,%02d per mille" % (_n(r, 4, 11), _n(r, 0, 99)),
        },
    )


def titleno(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: (
                "title number %s%s%s%d" % (r.choice(L), r.choice(L), r.choice(L), _n(r, 10000, 999999))
            ),
            "de": lambda r: "Grundbuch Blatt %d" % _n(r, 100, 9999),
            "pt": lambda r: "matrícula nº %d.%03d" % (_n(r, 1, 90), _n(r, 0, 999)),
        },
    )


def permitno(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "permit P-%05d" % _n(r, 1, 99999),
            "de": lambda r: "Bewohnerparkausweis Zone %s%d" % (r.choice("ABCKM"), _n(r, 1, 9)),
            "fr": lambda r: "vignette résident n° %s-%04d" % (r.choice(L), _n(r, 1, 9999)),
            "es": lambda r: "distintivo zona %s%d" % (r.choice("ABCDE"), _n(r, 1, 9)),
            "it": lambda r: "permesso ZTL n. %d" % _n(r, 1, 30000),
            "nl": lambda r: "parkeervergunning %s%d" % (r.choice(L), _n(r, 1000, 99999)),
            "pt": lambda r: "licença de táxi nº %d" % _n(r, 1, 900),
        },
    )


def claimref(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                [
                    "claim ref. %s/%02d/%06d"
                    % (r.choice(["PIP", "ESA", "HB"]), _yr(r) % 100, _n(r, 1, 999999)),
                    "PPO No. %d" % _n(r, 10000, 999999),
                ]
            ),
            "de": lambda r: "Vorgang %s-%03d/%02d" % (r.choice(["R", "W", "G"]), _n(r, 1, 999), _yr(r) % 100),
            "fr": lambda r: "dossier n° %d-%06d" % (_yr(r), _n(r, 1, 999999)),
            "es": lambda r: "expediente %02d/%06d/%d" % (_n(r, 1, 52), _n(r, 1, 999999), _yr(r)),
            "it": lambda r: "pratica n. %06d/%02d" % (_n(r, 1, 999999), _yr(r) % 100),
            "nl": lambda r: "dossiernummer %02d-%04d" % (_yr(r) % 100, _n(r, 1, 9999)),
            "pt": lambda r: "processo nº %06d/%d" % (_n(r, 1, 999999), _yr(r)),
            "hi": lambda r: "PPO सं. %d" % _n(r, 10000, 999999),
        },
    )


def statute(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "S.I. %d/%d" % (_yr(r), _n(r, 1, 1400)),
            "de": lambda r: "BGBl. I S. %d" % _n(r, 1, 4000),
            "fr": lambda r: "décret n° %d-%d" % (_yr(r), _n(r, 1, 1500)),
            "es": lambda r: "Real Decreto %d/%d" % (_n(r, 1, 1200), _yr(r)),
            "it": lambda r: "DPR n. %d/%d" % (_n(r, 1, 500), _n(r, 1990, 2024)),
            "nl": lambda r: "Stb. %d, %d" % (_yr(r), _n(r, 1, 500)),
            "pt": lambda r: "Decreto-Lei n.º %d/%d" % (_n(r, 1, 200), _yr(r)),
            "hi": lambda r: "G.S.R. %d(E)" % _n(r, 1, 900),
        },
    )


def meter(rng, lang):
    return "%d%s%s%s%07d" % (_n(rng, 1, 9), rng.choice(L), rng.choice(L), rng.choice(L), _n(rng, 0, 10**7))


def housenos(rng, lang):
    a = _n(rng, 1, 60)
    b = a + 2 * _n(rng, 3, 40)
    w = {
        "en": "Nos. %d–%d",
        "de": "Hausnummern %d–%d",
        "fr": "n° %d à %d",
        "es": "números %d al %d",
        "it": "civici dal %d al %d",
        "nl": "huisnummers %d t/m %d",
        "pt": "números %d a %d",
        "hi": "मकान सं. %d–%d",
    }
    return w[lang] % (a, b)


def postcode(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "ZIP %05d" % _n(r, 10000, 99999),
            "de": lambda r: "PLZ %05d" % _n(r, 10000, 99999),
            "fr": lambda r: "CP %05d" % _n(r, 10000, 95999),
            "es": lambda r: "C.P. %05d" % _n(r, 1000, 52999),
            "it": lambda r: "CAP %05d" % _n(r, 10000, 98999),
            "nl": lambda r: "%04d %s%s" % (_n(r, 1000, 9999), r.choice(L), r.choice(L)),
            "pt": lambda r: "CEP %05d-%03d" % (_n(r, 10000, 99999), _n(r, 0, 999)),
            "hi": lambda r: "पिन %06d" % _n(r, 110001, 855117),
        },
    )


def pagepara(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "para. %d.%d, p. %d" % (_n(r, 1, 12), _n(r, 1, 30), _n(r, 2, 120)),
            "de": lambda r: "Rn. %d, S. %d" % (_n(r, 1, 80), _n(r, 2, 120)),
            "fr": lambda r: "point %d.%d, p. %d" % (_n(r, 1, 12), _n(r, 1, 30), _n(r, 2, 120)),
            "es": lambda r: "apartado %d.%d" % (_n(r, 1, 12), _n(r, 1, 30)),
            "it": lambda r: "punto %d.%d, pag. %d" % (_n(r, 1, 12), _n(r, 1, 30), _n(r, 2, 120)),
            "nl": lambda r: "paragraaf %d.%d, blz. %d" % (_n(r, 1, 12), _n(r, 1, 30), _n(r, 2, 120)),
            "pt": lambda r: "ponto %d.%d, p. %d" % (_n(r, 1, 12), _n(r, 1, 30), _n(r, 2, 120)),
            "hi": lambda r: "पैरा %d.%d, पृष्ठ %d" % (_n(r, 1, 12), _n(r, 1, 30), _n(r, 2, 120)),
        },
    )


def formrev(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "Rev. %02d/%d" % (_n(r, 1, 13), _yr(r)),
            "de": lambda r: "Stand %02d/%d" % (_n(r, 1, 13), _yr(r)),
            "fr": lambda r: "version %d.%d" % (_n(r, 1, 6), _n(r, 0, 9)),
            "es": lambda r: "v. %d.%d" % (_n(r, 1, 6), _n(r, 0, 9)),
        },
    )


def ballotpos(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "ballot position %d" % _n(r, 1, 14),
            "de": lambda r: "Liste %d, Platz %d" % (_n(r, 1, 14), _n(r, 1, 60)),
            "fr": lambda r: "panneau n° %d" % _n(r, 1, 14),
            "es": lambda r: "candidatura n.º %d" % _n(r, 1, 14),
            "it": lambda r: "lista n. %d" % _n(r, 1, 14),
            "nl": lambda r: "lijst %d, plaats %d" % (_n(r, 1, 20), _n(r, 1, 50)),
            "pt": lambda r: "número de urna %d" % _n(r, 10, 99),
            "hi": lambda r: "क्रम सं. %d" % _n(r, 1, 14),
        },
    )


def appt(rng, lang):
    return "%s-%s%s%03d" % (
        rng.choice(["CONS", "VIS", "PASS", "OCI"]),
        rng.choice(L),
        rng.choice(L),
        _n(rng, 1, 999),
    )


def benefit(rng, lang):
    a, b = _n(rng, 80, 2400), _n(rng, 0, 99)
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "£%d.%02d a week" % (a // 10, b),
            "de": lambda r: "%d,%02d € monatlich" % (a, b),
            "fr": lambda r: "%d,%02d € par mois" % (a, b),
            "es": lambda r: "%d,%02d euros mensuales" % (a, b),
            "it": lambda r: "%d,%02d euro al mese" % (a, b),
            "nl": lambda r: "€ %d,%02d per maand" % (a, b),
            "pt": lambda r: "R$ %d,%02d mensais" % (a, b),
            "hi": lambda r: "₹%d प्रति माह" % (a * 5),
        },
    )


ALL = [
    lotno,
    incidence,
    airq,
    waterq,
    gridref,
    coords,
    ordinance,
    jurorno,
    courtroom,
    tender,
    cpv,
    millage,
    titleno,
    permitno,
    claimref,
    statute,
    meter,
    housenos,
    postcode,
    pagepara,
    formrev,
    ballotpos,
    appt,
    benefit,
]
