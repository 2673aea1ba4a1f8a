"""Hard-negative kinds of the v41 set, part 1 (see negs.py)."""

from .neg_base import L, _n, _pick, _yr


def planref(rng, lang):
    y = _yr(rng) % 100
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "%02d/%04d/%s" % (y, _n(r, 1, 3000), r.choice(["FUL", "HOU", "LBC", "OUT"])),
            "de": lambda r: "BV %d/%02d" % (_n(r, 1, 999), _yr(r) % 100),
            "fr": lambda r: (
                "PC %03d %03d %02d %s%04d" % (_n(r, 1, 96), _n(r, 1, 999), y, r.choice("ABCK"), _n(r, 1, 900))
            ),
            "es": lambda r: "Expte. %d/LURB-%06d" % (_yr(r), _n(r, 1, 9999)),
            "it": lambda r: "SCIA prot. %d/%d" % (_n(r, 1000, 60000), _yr(r)),
            "nl": lambda r: "OLO %d" % _n(r, 1000000, 9999999),
            "pt": lambda r: "Alvará nº %d.%03d/%d" % (_n(r, 1, 9), _n(r, 0, 999), _yr(r)),
            "hi": lambda r: "BP/%d/%04d" % (_yr(r), _n(r, 1, 9999)),
        },
    )


def parcel(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                [
                    "APN %03d-%03d-%02d" % (_n(r, 1, 999), _n(r, 1, 999), _n(r, 1, 99)),
                    "Survey No. %d/%d%s" % (_n(r, 10, 900), _n(r, 1, 9), r.choice("ABC")),
                ]
            ),
            "de": lambda r: "Flurstück %d/%d" % (_n(r, 10, 2000), _n(r, 1, 30)),
            "fr": lambda r: "parcelle %s%s n° %d" % (r.choice(L), r.choice(L), _n(r, 1, 900)),
            "es": lambda r: (
                "ref. catastral %07d%s%04d%s%04d%s%s"
                % (
                    _n(r, 10**6, 10**7),
                    r.choice(L) + r.choice(L),
                    _n(r, 1000, 9999),
                    r.choice(L),
                    _n(r, 1, 9999),
                    r.choice(L),
                    r.choice(L),
                )
            ),
            "it": lambda r: "foglio %d, particella %d, sub %d" % (_n(r, 1, 80), _n(r, 1, 2000), _n(r, 1, 40)),
            "nl": lambda r: (
                "kadastraal perceel %s%s%02d %s %d"
                % (r.choice(L), r.choice(L), _n(r, 1, 30), r.choice(L), _n(r, 100, 9999))
            ),
            "pt": lambda r: "artigo matricial %d" % _n(r, 100, 9999),
            "hi": lambda r: "खसरा नं. %d/%d" % (_n(r, 10, 999), _n(r, 1, 9)),
        },
    )


def ward(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                [
                    "Ward %d" % _n(r, 1, 60),
                    "polling district %s%s%d" % (r.choice(L), r.choice(L), _n(r, 1, 9)),
                ]
            ),
            "de": lambda r: "Wahlbezirk %04d" % _n(r, 101, 2500),
            "fr": lambda r: "bureau de vote n° %d" % _n(r, 1, 90),
            "es": lambda r: "sección %03d, mesa %s" % (_n(r, 1, 200), r.choice("ABU")),
            "it": lambda r: "sezione n. %d" % _n(r, 1, 400),
            "nl": lambda r: "stembureau %d" % _n(r, 1, 420),
            "pt": lambda r: "zona eleitoral %03d, seção %04d" % (_n(r, 1, 400), _n(r, 1, 900)),
            "hi": lambda r: "वार्ड नं. %d" % _n(r, 1, 90),
        },
    )


def elroll(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "Part No. %d, Serial No. %d" % (_n(r, 1, 300), _n(r, 1, 1400)),
            "de": lambda r: "Nr. %d im Wählerverzeichnis" % _n(r, 1, 1800),
            "pt": lambda r: "inscrição nº %d da seção" % _n(r, 1, 500),
            "hi": lambda r: "भाग सं. %d, क्रम सं. %d" % (_n(r, 1, 300), _n(r, 1, 1400)),
        },
    )


def regcite(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                [
                    "section %d(%d)(%s) of the RTI Act, 2005"
                    % (_n(r, 2, 11), _n(r, 1, 3), r.choice("abdej")),
                    "Regulation %d(%d)" % (_n(r, 2, 40), _n(r, 1, 6)),
                    "42 U.S.C. § %d" % _n(r, 1900, 2000),
                ]
            ),
            "de": lambda r: "§ %d Abs. %d BauGB" % (_n(r, 1, 200), _n(r, 1, 5)),
            "fr": lambda r: "article L. %d-%d du CGCT" % (_n(r, 1000, 5000), _n(r, 1, 40)),
            "es": lambda r: "art. %d de la Ley %d/%d" % (_n(r, 1, 120), _n(r, 1, 60), _n(r, 1985, 2024)),
            "it": lambda r: "art. %d del d.lgs. %d/%d" % (_n(r, 1, 300), _n(r, 1, 300), _n(r, 1990, 2024)),
            "nl": lambda r: "artikel %d.%d Omgevingswet" % (_n(r, 1, 20), _n(r, 1, 80)),
            "pt": lambda r: "artigo %d.º do CPA" % _n(r, 1, 200),
        },
    )


def formno(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                ["Form DS-%d" % _n(r, 11, 90), "Form %d%s" % (_n(r, 1, 30), r.choice(["", "A", "B"]))]
            ),
            "de": lambda r: "Vordruck %s %d" % (r.choice(["ZW", "AS", "G"]), _n(r, 1, 20)),
            "fr": lambda r: "Cerfa n° %d*%02d" % (_n(r, 10000, 16000), _n(r, 1, 12)),
            "es": lambda r: "Modelo %03d" % _n(r, 1, 999),
            "it": lambda r: "modello %s%d" % (r.choice(["F", "AA", "DS"]), _n(r, 1, 30)),
            "nl": lambda r: "formulier %s-%d" % (r.choice(["AV", "WZ", "TG"]), _n(r, 1, 60)),
            "pt": lambda r: "Modelo %d" % _n(r, 1, 60),
            "hi": lambda r: "फ़ॉर्म %d%s" % (_n(r, 1, 30), r.choice(["", "ए", "बी"])),
        },
    )


def foiref(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                ["FOI %02d-%04d" % (_yr(r) % 100, _n(r, 1, 9999)), "RTI/%d/%05d" % (_yr(r), _n(r, 1, 99999))]
            ),
            "de": lambda r: "IFG %d/%02d" % (_n(r, 1, 999), _yr(r) % 100),
            "fr": lambda r: "avis CADA n° %d%04d" % (_yr(r), _n(r, 1, 9999)),
            "es": lambda r: "solicitud %03d-%06d" % (_n(r, 1, 999), _n(r, 1, 99999)),
            "it": lambda r: "accesso civico FOIA n. %d/%d" % (_n(r, 1, 900), _yr(r)),
            "nl": lambda r: "Woo-verzoek %d-%04d" % (_yr(r), _n(r, 1, 9999)),
            "pt": lambda r: "pedido LAI %07d/%d" % (_n(r, 1, 9999999), _yr(r)),
            "hi": lambda r: "RTI/%d/%05d" % (_yr(r), _n(r, 1, 99999)),
        },
    )


def pqno(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: r.choice(
                [
                    "UIN %d" % _n(r, 1000, 99999),
                    "HL%d" % _n(r, 1000, 9999),
                    "Unstarred Question No. %d" % _n(r, 100, 5000),
                ]
            ),
            "de": lambda r: "Kleine Anfrage Nr. %d" % _n(r, 1, 999),
            "fr": lambda r: "question écrite n° %05d" % _n(r, 1, 20000),
            "es": lambda r: "pregunta %d/%06d" % (_n(r, 180, 186), _n(r, 1, 40000)),
            "it": lambda r: "interrogazione %d-%05d" % (_n(r, 3, 5), _n(r, 1, 9000)),
            "nl": lambda r: "Aanhangsel Handelingen nr. %d" % _n(r, 1, 3000),
            "pt": lambda r: "requerimento nº %d/%d" % (_n(r, 1, 3000), _yr(r)),
            "hi": lambda r: "अतारांकित प्रश्न सं. %d" % _n(r, 100, 5000),
        },
    )


def hansard(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "HC Deb vol %d col %d" % (_n(r, 700, 760), _n(r, 1, 1200)),
            "de": lambda r: (
                "Plenarprotokoll %d/%d, S. %d" % (_n(r, 18, 21), _n(r, 1, 220), _n(r, 1000, 28000))
            ),
            "fr": lambda r: "JO Sénat, p. %d" % _n(r, 100, 9000),
            "es": lambda r: "Diario de Sesiones núm. %d, pág. %d" % (_n(r, 1, 200), _n(r, 1, 90)),
            "it": lambda r: "resoconto stenografico n. %d, pag. %d" % (_n(r, 1, 400), _n(r, 1, 120)),
            "nl": lambda r: "Handelingen II %d/%d, nr. %d" % (_yr(r) - 1, _yr(r) % 100, _n(r, 1, 100)),
            "pt": lambda r: "DAR I série n.º %d, p. %d" % (_n(r, 1, 150), _n(r, 1, 80)),
        },
    )


def consultref(rng, lang):
    return _pick(
        rng,
        lang,
        {
            "en": lambda r: "consultation ref. CP%02d/%d" % (_yr(r) % 100, _n(r, 1, 40)),
            "de": lambda r: "Bebauungsplan Nr. %d-%d" % (_n(r, 1, 99), _n(r, 1, 40)),
            "fr": lambda r: "enquête publique n° E%02d-%03d" % (_yr(r) % 100, _n(r, 1, 999)),
            "es": lambda r: "BOP núm. %d" % _n(r, 1, 250),
            "it": lambda r: "variante n. %d al PGT" % _n(r, 1, 30),
            "nl": lambda r: "bestemmingsplan NL.IMRO.%04d.BP%d" % (_n(r, 1, 2000), _n(r, 100, 999)),
            "pt": lambda r: "consulta pública nº %d/%d" % (_n(r, 1, 90), _yr(r)),
        },
    )


ALL = [planref, parcel, ward, elroll, regcite, formno, foiref, pqno, hansard, consultref]
