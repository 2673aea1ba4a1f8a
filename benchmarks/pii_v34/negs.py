"""Hard negatives for v34: the reference, case, file and register numbers of professional documents.

Each kind is a function (rng, lang) -> text. None of these kinds is in v32's list.
"""

from stdnum import isbn as std_isbn
from stdnum import isin as std_isin
from stdnum import issn as std_issn
from stdnum import luhn


def _d(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def _nz(rng, n):
    return rng.choice("123456789") + _d(rng, n - 1)


def _up(rng, n):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(n))


def _yy(rng):
    return rng.randint(19, 25)


def docket(rng, lang):
    y = _yy(rng)
    return {
        "en": rng.choice(
            [
                "%d:%02d-cv-%05d-%s" % (rng.randint(1, 4), y, rng.randint(100, 9999), _up(rng, 3)),
                "KB-20%02d-%06d" % (y, rng.randint(100, 9999)),
            ]
        ),
        "de": "%d %s %d/%02d"
        % (rng.randint(1, 39), rng.choice(["O", "S", "C", "U"]), rng.randint(10, 2999), y),
        "fr": "RG n° %02d/%05d" % (y, rng.randint(100, 19999)),
        "es": "Procedimiento ordinario %d/20%02d" % (rng.randint(10, 2999), y),
        "it": "R.G. n. %d/20%02d" % (rng.randint(100, 29999), y),
        "nl": "zaaknummer C/%02d/%d / HA ZA %02d-%d"
        % (rng.randint(1, 19), rng.randint(300000, 399999), y, rng.randint(100, 999)),
        "pt": "Processo n.º %d/%02d.%dT8LSB" % (rng.randint(100, 9999), y, rng.randint(1, 9)),
        "hi": "वाद संख्या %d/20%02d" % (rng.randint(10, 2999), y),
    }[lang]


def statute(rng, lang):
    return rng.choice(
        {
            "en": [
                "s. %d(%d) of the Limitation Act 1980" % (rng.randint(2, 33), rng.randint(1, 4)),
                "Regulation (EU) 2016/679",
                "28 U.S.C. § %d" % rng.randint(1331, 1446),
            ],
            "de": [
                "§ %d Abs. %d BGB" % (rng.randint(100, 900), rng.randint(1, 3)),
                "§ %d ZPO" % rng.randint(50, 700),
            ],
            "fr": [
                "article %d du Code civil" % rng.randint(1100, 2200),
                "article L. %d-%d du Code du travail" % (rng.randint(1100, 1400), rng.randint(1, 12)),
            ],
            "es": [
                "artículo %d de la LEC" % rng.randint(200, 800),
                "Ley %d/20%02d" % (rng.randint(1, 40), _yy(rng)),
            ],
            "it": [
                "art. %d c.c." % rng.randint(1100, 2900),
                "D.Lgs. %d/20%02d" % (rng.randint(10, 300), _yy(rng)),
            ],
            "nl": ["artikel %d:%d BW" % (rng.randint(3, 7), rng.randint(100, 700))],
            "pt": [
                "artigo %d.º do Código Civil" % rng.randint(200, 1800),
                "Lei n.º %d/20%02d" % (rng.randint(1, 90), _yy(rng)),
            ],
            "hi": ["धारा %d" % rng.randint(100, 500), "अनुच्छेद %d" % rng.randint(12, 300)],
        }[lang]
    )


def ecli(rng, lang):
    c = {
        "de": "DE:BGH",
        "fr": "FR:CCASS",
        "es": "ES:TS",
        "it": "IT:CASS",
        "nl": "NL:HR",
        "pt": "PT:STJ",
        "en": "EU:C",
        "hi": "EU:C",
    }[lang]
    y = 2000 + _yy(rng)
    return "ECLI:%s:%d:%s" % (
        c,
        y,
        rng.choice(["%d" % rng.randint(100, 999), _d(rng, 6) + _up(rng, 2) + _d(rng, 3)]),
    )


def policy(rng, lang):
    return rng.choice(
        [
            "%s-%s-%s" % (_up(rng, 2), _d(rng, 4), _d(rng, 6)),
            "%s %s/%s" % (_d(rng, 3), _d(rng, 4), _d(rng, 3)),
            "%s%s" % (_up(rng, 3), _d(rng, 8)),
        ]
    )


def claim(rng, lang):
    return rng.choice(
        [
            "CLM/20%02d/%s" % (_yy(rng), _d(rng, 7)),
            "%02d-%s-%s" % (_yy(rng), _d(rng, 4), _d(rng, 4)),
            "S%s.%s" % (_d(rng, 5), _d(rng, 3)),
        ]
    )


def patient(rng, lang):
    return rng.choice(
        ["%s%s" % (_up(rng, 1), _d(rng, 7)), "%s-%s" % (_d(rng, 4), _d(rng, 3)), "MRN%s" % _d(rng, 8)]
    )


def nhs(rng, lang):
    while True:
        d = _nz(rng, 9)
        s = sum(int(c) * (10 - i) for i, c in enumerate(d))
        chk = 11 - s % 11
        chk = 0 if chk == 11 else chk
        if chk != 10:
            d += str(chk)
            return "%s %s %s" % (d[:3], d[3:6], d[6:])


def staff(rng, lang):
    return rng.choice(["P-%s" % _d(rng, 6), "%s/%s" % (_up(rng, 2), _d(rng, 5)), "#%s" % _d(rng, 5)])


def ted(rng, lang):
    return "20%02d/S %03d-%06d" % (_yy(rng), rng.randint(1, 250), rng.randint(1000, 799999))


def cpv(rng, lang):
    return "%s-%d" % (rng.choice(["45", "71", "72", "79", "33", "90"]) + _d(rng, 6), rng.randint(0, 9))


def orcid(rng, lang):
    base = "0000000" + _d(rng, 8)
    tot = 0
    for c in base:
        tot = (tot + int(c)) * 2
    r = (12 - tot % 11) % 11
    d = base + ("X" if r == 10 else str(r))
    return "-".join(d[i : i + 4] for i in range(0, 16, 4))


def doi(rng, lang):
    return "10.%d/%s.%d.%s" % (
        rng.choice([1016, 1007, 1093, 1145, 3389]),
        rng.choice(["j.jlp", "s00146", "icb", "ijerph"]),
        2000 + _yy(rng),
        _d(rng, 6),
    )


def isbn(rng, lang):
    body = "978" + rng.choice(["3", "2", "84", "88", "90", "85", "93"])
    body += _d(rng, 12 - len(body))
    full = body + str((10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10)
    return std_isbn.format(full)


def issn(rng, lang):
    body = _d(rng, 7)
    full = body + std_issn.calc_check_digit(body)
    return full[:4] + "-" + full[4:]


def paper(rng, lang):
    return "#%d" % rng.randint(100, 2999)


def session(rng, lang):
    return "%d%s" % (rng.randint(1, 9), rng.choice("ABCD"))


def embargo(rng, lang):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), 2000 + _yy(rng)
    if lang in ("en", "hi"):
        return "%02d/%02d/%d, 00:01 %s" % (d, m, y, "IST" if lang == "hi" else "GMT")
    return (
        "%02d.%02d.%d, %02d:00 MEZ" % (d, m, y, rng.randint(6, 18))
        if lang == "de"
        else "%02d/%02d/%d %02dh00" % (d, m, y, rng.randint(6, 18))
    )


def isin(rng, lang):
    cc = rng.choice(["DE", "FR", "NL", "IT", "ES", "PT", "US", "GB", "IN"])
    body = cc + _d(rng, 9)
    return body + std_isin.calc_check_digit(body)


def parcel(rng, lang):
    return {
        "de": "Flurstück %d/%d, Flur %d" % (rng.randint(10, 999), rng.randint(1, 12), rng.randint(1, 30)),
        "fr": "section %s n° %d" % (_up(rng, 2), rng.randint(10, 999)),
        "nl": "kadastraal sectie %s nummer %d" % (_up(rng, 1), rng.randint(1000, 9999)),
        "es": "referencia catastral %s%s%s" % (_d(rng, 7), _up(rng, 2), _d(rng, 4)),
        "it": "foglio %d, particella %d, sub %d"
        % (rng.randint(1, 80), rng.randint(10, 999), rng.randint(1, 30)),
        "pt": "artigo matricial %d, freguesia %d" % (rng.randint(100, 9999), rng.randint(1, 40)),
        "en": "title number %s%d" % (_up(rng, 2), rng.randint(10000, 999999)),
        "hi": "खसरा नं. %d/%d" % (rng.randint(10, 999), rng.randint(1, 9)),
    }[lang]


def deed(rng, lang):
    return rng.choice(
        [
            "%d/20%02d" % (rng.randint(100, 3999), _yy(rng)),
            "%d.%03d" % (rng.randint(10, 99), rng.randint(0, 999)),
        ]
    )


def companyreg(rng, lang):
    if lang == "fr":
        b = _nz(rng, 8)
        d = b + str(luhn.calc_check_digit(b))
        return "%s %s %s" % (d[:3], d[3:6], d[6:])
    return {
        "de": "HRB %d" % rng.randint(1000, 99999),
        "nl": "KvK %s" % _nz(rng, 8),
        "en": "company no. %s" % ("0" + _d(rng, 7)),
        "es": "CIF %s%s" % (rng.choice("ABG"), _d(rng, 8)),
        "it": "REA %s-%d" % (_up(rng, 2), rng.randint(10000, 999999)),
        "pt": "NIPC 5%s" % _d(rng, 8),
        "hi": "CIN U%dDL20%02dPTC%06d" % (rng.randint(10000, 99999), _yy(rng), rng.randint(1, 999999)),
    }[lang]


def crimeref(rng, lang):
    return rng.choice(
        [
            "CR/%06d/%02d" % (rng.randint(1, 999999), _yy(rng)),
            "%d/%05d/%02d" % (rng.randint(10, 99), rng.randint(1, 99999), _yy(rng)),
            "%02d-%06d" % (_yy(rng), rng.randint(1, 999999)),
        ]
    )


def plate(rng, lang):
    return {
        "de": "%s-%s %d" % (rng.choice(["DD", "HH", "K", "L", "B"]), _up(rng, 2), rng.randint(10, 9999)),
        "fr": "%s-%03d-%s" % (_up(rng, 2), rng.randint(1, 999), _up(rng, 2)),
        "es": "%04d %s" % (rng.randint(0, 9999), _up(rng, 3)),
        "it": "%s %03d%s" % (_up(rng, 2), rng.randint(0, 999), _up(rng, 2)),
        "nl": "%s-%03d-%s" % (_up(rng, 1), rng.randint(0, 999), _up(rng, 2)),
        "pt": "%s-%02d-%02d" % (_up(rng, 2), rng.randint(0, 99), rng.randint(0, 99)),
        "en": "%s%02d %s" % (_up(rng, 2), rng.randint(10, 74), _up(rng, 3)),
        "hi": "RJ %02d %s %04d" % (rng.randint(1, 52), _up(rng, 2), rng.randint(1, 9999)),
    }[lang]


def badge(rng, lang):
    return "%d" % rng.randint(1000, 9999)


def vitals(rng, lang):
    return "%d/%d mmHg" % (rng.randint(100, 180), rng.randint(60, 105))


def pulse(rng, lang):
    return "%d/min" % rng.randint(48, 120)


def lab(rng, lang):
    sep = "." if lang in ("en", "hi") else ","
    return rng.choice(
        [
            "HbA1c %d mmol/mol" % rng.randint(35, 90),
            "CRP %d%s%d mg/l" % (rng.randint(1, 180), sep, rng.randint(0, 9)),
            "eGFR %d ml/min/1%s73 m²" % (rng.randint(20, 110), sep),
        ]
    )


def dosage(rng, lang):
    return rng.choice(
        [
            "Ramipril %d mg 1-0-0" % rng.choice([2, 5, 10]),
            "Metformin %d mg 1-0-1" % rng.choice([500, 850, 1000]),
            "Bisoprolol %s mg 1-0-0" % rng.choice(["1.25", "2.5", "5"]),
        ]
    )


def icd(rng, lang):
    return "%s%02d.%d" % (rng.choice("EIJKMS"), rng.randint(0, 99), rng.randint(0, 9))


def ward(rng, lang):
    return "%d%s/%d" % (rng.randint(1, 12), rng.choice("ABC"), rng.randint(1, 30))


def sortcode(rng, lang):
    return "%02d-%02d-%02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))


def area(rng, lang):
    return "%d m²" % rng.randint(38, 420)


# the document's own region, set by compose before each document (for the currency of English documents)
OWN = {"region": "GB"}


def price(rng, lang, v=None):
    v = v or rng.randint(90, 1900) * 1000
    own = OWN["region"]
    if lang == "en" and own != "IN":
        return {"US": "$", "AU": "A$", "IE": "€"}.get(own, "£") + format(v, ",")
    if lang in ("hi", "en"):
        return "₹%d,%02d,%03d" % (v // 100000, v // 1000 % 100, v % 1000)
    return "%s %s" % (
        format(v, ",").replace(",", "."),
        "CHF" if own == "CH" else ("R$" if own == "BR" else "€"),
    )


def epc(rng, lang):
    return "-".join(_d(rng, 4) for _ in range(5))


def barroll(rng, lang):
    return "%d" % rng.randint(100000, 699999)


def pages(rng, lang):
    a = rng.randint(100, 2400)
    return "%d–%d" % (a, a + rng.randint(3, 40))


def resolution(rng, lang):
    return "%d/%02d" % (rng.randint(1, 60), _yy(rng))


def member(rng, lang):
    return "%02d-%04d" % (rng.randint(1, 99), rng.randint(0, 9999))


def pobox(rng, lang):
    return "%d %02d %02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99))


def lot(rng, lang):
    return "%d" % rng.randint(1, 9)


def hours(rng, lang):
    return "%02d:%02d–%02d:%02d" % (
        rng.randint(7, 9),
        rng.choice([0, 30]),
        rng.randint(15, 18),
        rng.choice([0, 30]),
    )


def admitted(rng, lang):
    return "%02d/%02d/20%02d %02d:%02d" % (
        rng.randint(1, 28),
        rng.randint(1, 12),
        _yy(rng),
        rng.randint(0, 23),
        rng.randint(0, 59),
    )


def salary(rng, lang):
    return price(rng, lang, rng.randint(24, 140) * 1000 + rng.randint(0, 999))


def grant(rng, lang):
    return rng.choice(["8", "7", "6"]) + _d(rng, 5)


def tenderid(rng, lang):
    return "%s-%02d-%04d" % (_up(rng, 3), _yy(rng), rng.randint(1, 9999))


def bibvol(rng, lang):
    return "%d(%d)" % (rng.randint(3, 140), rng.randint(1, 12))


KINDS = {
    f.__name__: f
    for f in [
        docket,
        statute,
        ecli,
        policy,
        claim,
        patient,
        nhs,
        staff,
        ted,
        cpv,
        orcid,
        doi,
        isbn,
        issn,
        paper,
        session,
        embargo,
        isin,
        parcel,
        deed,
        companyreg,
        crimeref,
        plate,
        badge,
        vitals,
        pulse,
        lab,
        dosage,
        icd,
        ward,
        sortcode,
        area,
        price,
        epc,
        barroll,
        pages,
        resolution,
        member,
        pobox,
        lot,
        hours,
        admitted,
        salary,
        grant,
        tenderid,
        bibvol,
    ]
}
