"""Patterned hard negatives: numbers that are not PII (results, codes, measures, places, money, time).

Every function takes (rng, lang, plan) and returns one line. Labels come as "en|de|fr|es|it|nl|pt"
(Hindi and Hinglish documents use the English one unless a Hindi label is given as an eighth part).
"""

_ORDER = ["en", "de", "fr", "es", "it", "nl", "pt", "hi"]


def L(lang, spec):
    parts = spec.split("|")
    i = _ORDER.index(lang) if lang in _ORDER else 0
    return parts[i] if i < len(parts) else parts[0]


def D(rng, n):
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def _dec(lang, x, places=1):
    s = "%.*f" % (places, x)
    return s if lang in ("en", "hi") else s.replace(".", ",")


def lotto_draw(rng, lang, plan):
    nums = sorted(rng.sample(range(1, 50), 6))
    sep = rng.choice([" ", " - ", "-", ", "])
    lab = L(
        lang,
        "Lotto draw|Lottozahlen|Tirage du loto|Primitiva|Estrazione lotto|Lotto-uitslag|Mega-Sena|लॉटरी ड्रॉ",
    )
    return "%s %d: %s (%s %d)" % (
        lab,
        rng.randint(1200, 4800),
        sep.join("%02d" % n for n in nums),
        L(lang, "bonus|Superzahl|n° chance|reintegro|jolly|bonusbal|trevo"),
        rng.randint(0, 9),
    )


def match_result(rng, lang, plan):
    a, b = rng.randint(0, 5), rng.randint(0, 5)
    lab = L(lang, "Full time|Endstand|Score final|Resultado final|Risultato finale|Eindstand|Placar final")
    return "%s %d-%d (%d-%d), %s %d" % (
        lab,
        a,
        b,
        min(a, 1),
        min(b, 1),
        L(lang, "attendance|Zuschauer|spectateurs|espectadores|spettatori|toeschouwers|público"),
        rng.randint(180, 4200),
    )


def cricket_score(rng, lang, plan):
    return "%d/%d (%d.%d ov) - won by %d runs" % (
        rng.randint(120, 340),
        rng.randint(3, 10),
        rng.randint(30, 49),
        rng.randint(0, 5),
        rng.randint(2, 90),
    )


def timetable_row(rng, lang, plan):
    h, m = rng.randint(5, 9), rng.randint(0, 59)
    step = rng.choice([15, 20, 30])
    times = ["%02d:%02d" % ((h * 60 + m + k * step) // 60, (h * 60 + m + k * step) % 60) for k in range(5)]
    return "%s %s" % (
        L(lang, "Departs|Abfahrt|Départs|Salidas|Partenze|Vertrek|Partidas|प्रस्थान"),
        " · ".join(times),
    )


def dimensions(rng, lang, plan):
    lab = L(lang, "Size|Maße|Dimensions|Medidas|Misure|Afmetingen|Medidas|माप")
    return "%s: %d x %d x %d cm" % (lab, rng.randint(40, 220), rng.randint(20, 90), rng.randint(10, 80))


def _isbn13(rng):
    body = rng.choice(["97830", "97888", "97884", "97890", "97828", "97818", "97885", "97893"]) + D(rng, 7)
    chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return body + str(chk)


def isbn(rng, lang, plan):
    s = _isbn13(rng)
    return "ISBN %s-%s-%s-%s-%s" % (s[:3], s[3], s[4:8], s[8:12], s[12])


def isbn10(rng, lang, plan):
    body = rng.choice(["0", "1", "3", "2"]) + D(rng, 8)
    chk = sum((10 - i) * int(c) for i, c in enumerate(body)) % 11
    c = (11 - chk) % 11
    s = body + ("X" if c == 10 else str(c))
    return "ISBN %s-%s-%s-%s" % (s[0], s[1:4], s[4:9], s[9])


def ean(rng, lang, plan):
    body = rng.choice(["400", "401", "300", "840", "890", "789", "800", "871", "560"]) + D(rng, 9)
    chk = (10 - sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(body)) % 10) % 10
    return "EAN %s%d" % (body, chk)


def gps_decimal(rng, lang, plan):
    la, lo = rng.uniform(-35, 60), rng.uniform(-80, 80)
    return "GPS %.5f, %.5f" % (la, lo)


def gps_dms(rng, lang, plan):
    return "%d°%02d′%02d″N %d°%02d′%02d″%s" % (
        rng.randint(36, 58),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(0, 15),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.choice("EW"),
    )


def bank_code(rng, lang, plan):
    if plan == "GB":
        return "Sort code %s-%s-%s" % (D(rng, 2), D(rng, 2), D(rng, 2))
    if plan == "US":
        return "Routing no. 0%s" % D(rng, 8)
    return L(
        lang,
        "Branch {a} {b}|BLZ {a} {b}|Code guichet {a} {b}|Entidad {a} oficina {b}|ABI {a} CAB {b}|"
        "Bankcode {a} {b}|Banco {a} agência {b}",
    ).format(a=D(rng, 4), b=D(rng, 4))


def postcode(rng, lang, plan):
    fmt = {
        "US": "%s-%s" % (D(rng, 5), D(rng, 4)),
        "GB": "%s%d %d%s"
        % (
            rng.choice(["LS", "BS", "CB", "EX", "YO", "NR", "LA"]),
            rng.randint(1, 29),
            rng.randint(1, 9),
            rng.choice(["AB", "QT", "HU", "NW", "DX"]),
        ),
        "DE": "%s %s" % (D(rng, 5), rng.choice(["Leipzig", "Kassel", "Ulm", "Gera"])),
        "FR": "%s %s" % (D(rng, 5), rng.choice(["Lyon", "Brest", "Agen"])),
        "ES": "CP %s" % D(rng, 5),
        "IT": "CAP %s" % D(rng, 5),
        "NL": "%d %s" % (rng.randint(1000, 9999), rng.choice(["AB", "KL", "GT", "RX"])),
        "BR": "CEP %s-%s" % (D(rng, 5), D(rng, 3)),
        "IN": "PIN %s %s" % (D(rng, 3), D(rng, 3)),
    }[plan]
    return fmt


def date_numeric(rng, lang, plan):
    d, m, y = rng.randint(1, 28), rng.randint(1, 12), rng.randint(2019, 2026)
    form = rng.choice(["%02d.%02d.%d", "%02d/%02d/%d", "%d-%02d-%02d", "%02d %02d %d"])
    s = form % ((y, m, d) if form.startswith("%d-") else (d, m, y))
    return L(lang, "Date|Datum|Date|Fecha|Data|Datum|Data|तारीख") + ": " + s


def money(rng, lang, plan):
    v = rng.randint(1200, 9999999) / 100
    if plan == "IN":
        whole = "%d" % v
        head, tail = whole[:-3], whole[-3:]
        grp = ",".join([head[max(0, i - 2) : i] for i in range(len(head), 0, -2)][::-1]) if head else ""
        return "Total ₹ %s%s.%02d" % (grp + "," if grp else "", tail, rng.randint(0, 99))
    if plan in ("US", "GB"):
        return "Balance %s%s" % ("$" if plan == "US" else "£", "{:,.2f}".format(v))
    cur = {"BR": "R$", "DE": "€", "FR": "€", "ES": "€", "IT": "€", "NL": "€"}[plan]
    s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
    return L(lang, "Total|Gesamt|Total|Total|Totale|Totaal|Total") + " " + cur + " " + s


def opening_hours(rng, lang, plan):
    a, b = rng.randint(7, 10), rng.randint(16, 20)
    lab = L(lang, "Open|Geöffnet|Ouvert|Abierto|Aperto|Open|Aberto|खुला")
    return "%s %02d:%s-%02d:%s" % (lab, a, rng.choice(["00", "30"]), b, rng.choice(["00", "30"]))


def meter_reading(rng, lang, plan):
    lab = L(lang, "Meter reading|Zählerstand|Index relevé|Lectura|Lettura contatore|Meterstand|Leitura|रीडिंग")
    return "%s %s %s,%d kWh" % (lab, D(rng, 3), D(rng, 3), rng.randint(0, 9))


def page_range(rng, lang, plan):
    a = rng.randint(12, 880)
    return "%s %d-%d, vol. %d" % (
        L(lang, "pp.|S.|p.|págs.|pp.|blz.|p."),
        a,
        a + rng.randint(3, 40),
        rng.randint(2, 61),
    )


def flight(rng, lang, plan):
    return "%s %d %s %02d:%02d, gate %s%d" % (
        rng.choice(["LH", "BA", "AF", "IB", "KL", "AZ", "LA", "AI", "EI"]),
        rng.randint(100, 9899),
        L(lang, "dep.|ab|départ|sale|partenza|vertrek|saída"),
        rng.randint(5, 22),
        rng.choice([5, 20, 35, 50]),
        rng.choice("ABCD"),
        rng.randint(2, 68),
    )


def train(rng, lang, plan):
    return "%s %d, %s %d, %s %d" % (
        rng.choice(["ICE", "IC", "TGV", "AVE", "FR", "Intercity", "EC"]),
        rng.randint(100, 9999),
        L(lang, "coach|Wagen|voiture|coche|carrozza|rijtuig|vagão"),
        rng.randint(1, 14),
        L(lang, "seat|Platz|place|asiento|posto|plaats|assento"),
        rng.randint(11, 128),
    )


def street_address(rng, lang, plan):
    street = L(
        lang, "Mill Lane|Lindenstraße|rue des Tanneurs|calle Mayor|via Garibaldi|Kerkstraat|rua das Flores"
    )
    unit = L(lang, "flat|Whg.|appt|piso|int.|bus|apto")
    return "%s %d, %s %d" % (street, rng.randint(2, 240), unit, rng.randint(1, 24))


def percentages(rng, lang, plan):
    a = rng.uniform(35, 80)
    return "%s %s %%, %s %s %%" % (
        L(lang, "Turnout|Wahlbeteiligung|Participation|Participación|Affluenza|Opkomst|Comparecimento"),
        _dec(lang, a),
        L(lang, "yes|Ja|oui|sí|sì|voor|sim"),
        _dec(lang, rng.uniform(40, 60)),
    )


def elevation(rng, lang, plan):
    h = "{:,}".format(rng.randint(600, 4400))
    h = h if lang in ("en", "hi") else h.replace(",", ".")
    return "%s %s m" % (L(lang, "Summit|Gipfel|Sommet|Cumbre|Vetta|Top|Cume"), h)


def population(rng, lang, plan):
    n = "{:,}".format(rng.randint(12000, 2400000))
    if lang not in ("en", "hi"):
        n = n.replace(",", ".")
    return "%s %s" % (L(lang, "Pop.|Einwohner|Habitants|Habitantes|Abitanti|Inwoners|Habitantes"), n)


def odometer(rng, lang, plan):
    lab = L(
        lang, "Odometer|Kilometerstand|Compteur|Cuentakilómetros|Contachilometri|Kilometerstand|Hodômetro"
    )
    return "%s %s %s km" % (lab, rng.randint(12, 299), D(rng, 3))


def blood_pressure(rng, lang, plan):
    return "%s %d/%d, %s %d" % (
        L(lang, "BP|RR|TA|TA|PA|RR|PA"),
        rng.randint(105, 165),
        rng.randint(60, 99),
        L(lang, "pulse|Puls|pouls|pulso|polso|pols|pulso"),
        rng.randint(52, 98),
    )


def dosage(rng, lang, plan):
    drug = rng.choice(["Ibuprofen 400 mg", "Metformin 850 mg", "Ramipril 5 mg", "Amoxicillin 500 mg"])
    return "%s %s" % (drug, rng.choice(["1-0-1", "1-1-1", "0-0-1", "1/2-0-1/2"]))


def tyre_size(rng, lang, plan):
    return "%d/%d R%d %d%s" % (
        rng.choice([175, 185, 195, 205, 215, 225]),
        rng.choice([45, 50, 55, 60, 65]),
        rng.choice([14, 15, 16, 17, 18]),
        rng.randint(82, 99),
        rng.choice("HTVW"),
    )


def version(rng, lang, plan):
    return "Firmware %d.%d.%d (build %d)" % (
        rng.randint(1, 9),
        rng.randint(0, 24),
        rng.randint(0, 30),
        rng.randint(1000, 9999),
    )


def legal_ref(rng, lang, plan):
    return L(
        lang,
        "s. {a}({b}) of the Act|§ {a} Abs. {b} BGB|art. L{a}-{b} du code|art. {a}.{b} LEC|"
        "art. {a} comma {b} c.c.|art. {a} lid {b} BW|art. {a}, § {b}º do CC",
    ).format(a=rng.randint(12, 980), b=rng.randint(1, 6))


def court_docket(rng, lang, plan):
    y = rng.randint(19, 26)
    return L(
        lang,
        "Claim {a}/{y} (County Court)|Az. {b} O {a}/{y}|RG n° {y}/0{a}|Autos {a}/20{y}|R.G. {a}/20{y}|"
        "Zaaknr. C/{b}/{a}|Processo {a}/20{y}",
    ).format(a=rng.randint(100, 9999), b=rng.randint(1, 13), y=y)


def year_range(rng, lang, plan):
    a = rng.randint(1890, 2010)
    return (
        "%d-%d" % (a, a + rng.randint(2, 14))
        + " "
        + L(lang, "(renovated)|(renoviert)|(rénové)|(reformado)|(restaurato)|(gerenoveerd)|(reformado)")
    )


def exchange_rate(rng, lang, plan):
    return "1 EUR = %s %s" % (_dec(lang, rng.uniform(0.8, 1.3), 4), rng.choice(["USD", "GBP", "CHF"]))


def stock_index(rng, lang, plan):
    name = rng.choice(["DAX", "FTSE 100", "CAC 40", "IBEX 35", "FTSE MIB", "AEX", "Ibovespa", "Sensex"])
    return "%s %s (%s%s %%)" % (
        name,
        _dec(lang, rng.uniform(800, 80000), 2),
        rng.choice("+-"),
        _dec(lang, rng.uniform(0, 3), 2),
    )


def hex_colour(rng, lang, plan):
    return "%s #%06X" % (L(lang, "Colour|Farbe|Couleur|Color|Colore|Kleur|Cor"), rng.randint(0, 0xFFFFFF))


def mac_address(rng, lang, plan):
    return "MAC " + ":".join("%02X" % rng.randint(0, 255) for _ in range(6))


def radio_freq(rng, lang, plan):
    return "%s %s MHz" % (
        L(lang, "Tune to|Frequenz|Fréquence|Sintoniza|Frequenza|Frequentie|Sintonize"),
        _dec(lang, rng.randint(876, 1079) / 10),
    )
