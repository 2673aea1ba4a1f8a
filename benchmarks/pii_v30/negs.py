# ruff: noqa: E501
"""Hard negatives for v30: numbers everyday institutions print that are not phones (none of these kinds is in v29's list).

Each kind: a generator (rng, locale) -> value text, and a label in en, de, fr, es, it, nl, pt, hi.
"""

LANGS = ("en", "de", "fr", "es", "it", "nl", "pt", "hi")


def _d(rng, n, first="123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1))


def _group(num, sep):
    s = f"{num:,}"
    return s.replace(",", sep)


def _lakh(num):
    s = str(num)
    head, tail = s[:-3], s[-3:]
    parts = []
    while len(head) > 2:
        parts.insert(0, head[-2:])
        head = head[:-2]
    if head:
        parts.insert(0, head)
    return ",".join(parts + [tail]) if parts else tail


def thousands(num, loc):
    lang, cc = loc.split("_")
    if cc == "IN":
        return _lakh(num)
    if lang == "en":
        return _group(num, ",")
    if lang in ("fr",) or cc == "CH":
        return _group(num, "\u202f" if cc == "FR" else " ") if lang == "fr" else _group(num, "'")
    return _group(num, ".")


def charity(rng, loc):
    return _d(rng, 7)


def company_no(rng, loc):
    cc = loc[3:]
    if cc == "GB":
        return rng.choice(["0" + _d(rng, 7), "0" + _d(rng, 7), "SC" + _d(rng, 6), "NI" + _d(rng, 6, "0")])
    if cc in ("DE", "AT", "CH"):
        return f"HRB {_d(rng, 5)}"
    if cc in ("NL", "BE"):
        return _d(rng, 8)
    if cc == "FR":
        s = _d(rng, 8)
        for c in "0123456789":
            from .values import luhn_ok

            if luhn_ok(s + c):
                return f"{s[:3]} {s[3:6]} {s[6:]}{c}"
    if cc == "IT":
        return _d(rng, 11, "0")
    if cc == "ES":
        return rng.choice("ABGF") + _d(rng, 8)
    if cc == "BR":
        b = [int(x) for x in _d(rng, 8) + "0001"]
        for w in ([5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2], [6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2]):
            r = sum(x * y for x, y in zip(b, w, strict=True)) % 11
            b.append(0 if r < 2 else 11 - r)
        s = "".join(map(str, b))
        return f"{s[:2]}.{s[2:5]}.{s[5:8]}/{s[8:12]}-{s[12:]}"
    if cc == "IN":
        return f"U{_d(rng, 5)}MH{rng.randint(1995, 2023)}PTC{_d(rng, 6)}"
    return _d(rng, 8)


def vat(rng, loc):
    cc = loc[3:]
    return {
        "GB": lambda: f"GB {_d(rng, 3)} {_d(rng, 4, '0123456789')} {_d(rng, 2, '0123456789')}",
        "DE": lambda: f"DE{_d(rng, 9)}",
        "AT": lambda: f"ATU{_d(rng, 8)}",
        "CH": lambda: f"CHE-{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)} MWST",
        "FR": lambda: f"FR {_d(rng, 2)} {_d(rng, 9)}",
        "ES": lambda: f"ESB{_d(rng, 8)}",
        "IT": lambda: f"IT{_d(rng, 11, '0')}",
        "NL": lambda: f"NL{_d(rng, 9)}B0{rng.randint(1, 9)}",
        "BE": lambda: f"BE 0{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
        "PT": lambda: f"PT {_d(rng, 9, '5')}",
        "BR": lambda: f"{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}.{_d(rng, 3)}",
        "IN": lambda: (
            f"27{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ') for _ in range(5))}{_d(rng, 4)}{rng.choice('ABCDEF')}1Z{rng.choice('0123456789ABCDEF')}"
        ),
    }.get(cc, lambda: f"{_d(rng, 9)}")()


def us_ein(rng, loc):
    return f"{rng.randint(10, 98)}-{_d(rng, 7)}"


def tax_no_de(rng, loc):
    return f"{_d(rng, 2)}/{_d(rng, 3)}/{_d(rng, 5)}"


def postbox(rng, loc):
    cc = loc[3:]
    if cc == "DE":
        return f"{rng.randint(10, 99)} {rng.randint(0, 99):02d} {rng.randint(10, 99)}"
    return str(rng.randint(100, 99999))


def planning_ref(rng, loc):
    yy = rng.randint(21, 25)
    if loc.startswith("en"):
        return f"{yy}/{_d(rng, 5, '0')}/{rng.choice(['FUL', 'HOU', 'LBC', 'TPO'])}"
    return f"{_d(rng, 2)}.{rng.randint(1, 9)}-{_d(rng, 4, '0')}/{yy}"


def hymns(rng, loc):
    return ", ".join(str(rng.randint(1, 800)) for _ in range(rng.randint(3, 5)))


def raffle(rng, loc):
    return ", ".join(f"{rng.randint(0, 4999):04d}" for _ in range(rng.randint(3, 6)))


def population(rng, loc):
    return thousands(rng.randint(1_000_000, 9_999_999), loc)


def price_big(rng, loc):
    cc = loc[3:]
    n = rng.randint(120, 1950) * 1000
    if cc == "IN":
        return "₹ " + _lakh(n * 10)
    if cc == "BR":
        return "R$ " + thousands(n, loc) + ",00"
    cur = {"US": "$", "GB": "£", "AU": "A$", "CH": "CHF "}.get(cc, "€ ")
    return cur + thousands(n, loc)


def wifi_code(rng, loc):
    return _d(rng, rng.choice([8, 9, 10, 12]))


def keysafe(rng, loc):
    return _d(rng, rng.choice([4, 5, 6]), "123456789")


def article_no(rng, loc):
    return f"{_d(rng, 3)}.{_d(rng, 3, '0123456789')}.{_d(rng, 2, '0123456789')}"


def pzn(rng, loc):
    while True:
        d = _d(rng, 7, "0123456789")
        c = sum(int(x) * (i + 1) for i, x in enumerate(d)) % 11
        if c < 10:
            return d + str(c)


def _gtin(rng, body):
    s = sum(int(x) * (3 if i % 2 else 1) for i, x in enumerate(body))
    return body + str((10 - s % 10) % 10)


def ean13(rng, loc):
    return _gtin(
        rng,
        rng.choice(["400", "401", "590", "871", "800", "789", "890", "376", "843"])
        + _d(rng, 9, "0123456789"),
    )


def isbn13(rng, loc):
    b = _gtin(
        rng,
        "978"
        + rng.choice(["3", "2", "84", "88", "90", "85", "1", "0", "93"])
        + "".join(rng.choice("0123456789") for _ in range(10)),
    )[:13]
    b = _gtin(rng, b[:12])
    p = 4 if b[3:5] in ("84", "88", "90", "85", "93") else 3
    return f"{b[:3]}-{b[3 : p + 1]}-{b[p + 1 : p + 5]}-{b[p + 5 : 12]}-{b[12]}"


def lot(rng, loc):
    return f"{rng.randint(22, 25)}{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}-{rng.randint(1, 24):02d}"


def serial(rng, loc):
    return " ".join(_d(rng, 4, "0123456789") for _ in range(3))


def order_no(rng, loc):
    return rng.choice(["#", ""]) + _d(rng, 9)


def invoice(rng, loc):
    return f"{rng.choice(['RE', 'INV', 'FA', 'F'])}-{rng.randint(2023, 2025)}-{_d(rng, 6, '0')}"


def job_ref(rng, loc):
    return f"{rng.choice(['REQ', 'JR', 'VAC', 'ST'])}{rng.choice(['-', ' ', ''])}{_d(rng, 5)}"


def court_ref(rng, loc):
    return (
        f"{rng.randint(1, 35)} {rng.choice(['O', 'C', 'S', 'T'])} {rng.randint(1, 999)}/{rng.randint(19, 25)}"
    )


def meter(rng, loc):
    sep = "," if not loc.startswith("en") else "."
    return f"{_d(rng, 6, '0')}{sep}{rng.randint(0, 9)}"


def bus_times(rng, loc):
    h, m = rng.randint(5, 8), rng.randint(0, 19)
    step = rng.choice([15, 20, 30])
    out = []
    for _ in range(rng.randint(4, 6)):
        out.append(
            f"{h:02d}:{m:02d}" if not loc.startswith(("de", "nl")) or rng.random() < 0.5 else f"{h}.{m:02d}"
        )
        m += step
        h, m = h + m // 60, m % 60
    return "  ".join(out)


def nutrition(rng, loc):
    kj = rng.randint(300, 2300)
    return f"{thousands(kj, loc) if kj >= 1000 and not loc.startswith('en') else kj} kJ / {round(kj / 4.184)} kcal"


def oven(rng, loc):
    c = rng.choice([160, 170, 180, 190, 200, 220])
    return f"{c} °C / {round(c * 9 / 5 + 32, -1):.0f} °F" if loc.startswith("en") else f"{c} °C ({c - 20} °C)"


def grid_ref(rng, loc):
    if loc.startswith("en_GB"):
        return f"{rng.choice(['SK', 'SE', 'SJ', 'TQ', 'SU', 'NY'])} {_d(rng, 5, '0123456789')} {_d(rng, 5, '0123456789')}"
    return f"{rng.uniform(-35, 60):.5f}, {rng.uniform(-80, 80):.5f}"


def land_parcel(rng, loc):
    lang = loc[:2]
    return {
        "es": lambda: (
            f"{_d(rng, 7)}{rng.choice('VWXY')}{rng.choice('HJK')}{_d(rng, 4)}{rng.choice('NSOE')}{_d(rng, 4, '0')}{rng.choice('ABCDEFGHJKL')}{rng.choice('MNPQRSTWXY')}"
        ),
        "de": lambda: f"Flur {rng.randint(1, 30)}, Flurstück {rng.randint(1, 999)}/{rng.randint(1, 9)}",
        "fr": lambda: f"section {rng.choice(['AB', 'AC', 'ZK', 'B'])} n° {rng.randint(1, 999)}",
        "it": lambda: (
            f"foglio {rng.randint(1, 60)}, particella {rng.randint(1, 2999)}, sub {rng.randint(1, 30)}"
        ),
        "nl": lambda: (
            f"{rng.choice(['ASD04', 'RTD01', 'UTT00', 'HLM02'])} {rng.choice('ABCDGHK')} {_d(rng, 4)}"
        ),
        "pt": lambda: f"{_d(rng, 5)}.{rng.randint(2, 3)}.{_d(rng, 7, '0')}-{rng.randint(10, 99)}",
        "hi": lambda: f"{rng.randint(1, 999)}/{rng.randint(1, 9)}",
    }.get(lang, lambda: f"{rng.choice(['NGL', 'MX', 'SY', 'WK', 'LA'])}{_d(rng, 6)}")()


def energy(rng, loc):
    v = rng.randint(25, 260) + rng.randint(0, 9) / 10
    return (f"{v:.1f}" if loc.startswith("en") else f"{v:.1f}".replace(".", ",")) + " kWh/m²"


def room(rng, loc):
    return f"{rng.choice('ABCDEG')}{rng.choice(['', '.', '-'])}{rng.randint(0, 4)}{rng.randint(1, 40):02d}"


def dosage(rng, loc):
    return f"{rng.choice([250, 400, 500, 600, 1000])} mg {rng.choice(['1-0-1', '1-1-1', '0-0-1', '1-0-0', '½-0-½'])}"


def vaccine_batch(rng, loc):
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(2)) + _d(rng, 4, "0123456789")


def seats(rng, loc):
    a = rng.randint(1, 30)
    return f"{rng.randint(1, 40)}/{a}-{a + rng.randint(1, 5)}"


def race(rng, loc):
    return f"{_d(rng, 4)} {rng.randint(2, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def score(rng, loc):
    a, b = rng.randint(0, 6), rng.randint(0, 6)
    return f"{a}–{b} ({min(a, rng.randint(0, 3))}–{min(b, rng.randint(0, 3))})"


def pincode(rng, loc):
    return (
        f"{rng.randint(11, 85)}{rng.randint(0, 9)} {_d(rng, 3, '0123456789')}"
        if loc.endswith("IN")
        else f"{_d(rng, 5)}"
    )


def tracking(rng, loc):
    return (
        "1Z"
        + "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXY") for _ in range(6))
        + _d(rng, 10, "0123456789")
    )


def customer_no(rng, loc):
    return f"{_d(rng, 2)} {_d(rng, 3, '0123456789')} {_d(rng, 3, '0123456789')}"


def census(rng, loc):
    return f"{_d(rng, 2)} {_d(rng, 3, '0123456789')} {_d(rng, 3, '0123456789')} {_d(rng, 3, '0123456789')}"


def altitude(rng, loc):
    return thousands(rng.randint(1000, 4800), loc) + " m"


def dewey(rng, loc):
    return f"{rng.randint(100, 999)}.{_d(rng, rng.randint(2, 4), '0123456789')} {''.join(rng.choice('ABCDEFGHKLMNPRSTW') for _ in range(3))}"


def stock_level(rng, loc):
    return f"{rng.randint(1, 48)} × {rng.choice([250, 330, 500, 750, 1000])} {'ml' if rng.random() < 0.6 else 'g'}"


KINDS = {
    # kind: (generator, labels en, de, fr, es, it, nl, pt, hi)
    "charity_number": (
        charity,
        (
            "Registered charity no.",
            "Gemeinnützigkeit, Vereinsnr.",
            "N° RNA W",
            "Registro de asociaciones n.º",
            "Iscr. RUNTS n.",
            "RSIN",
            "Registro da associação n.º",
            "पंजीकरण सं.",
        ),
    ),
    "company_number": (
        company_no,
        (
            "Company number",
            "Amtsgericht, Registernummer",
            "SIREN",
            "CIF",
            "C.F./P.IVA",
            "KvK-nummer",
            "CNPJ",
            "CIN",
        ),
    ),
    "vat_number": (
        vat,
        (
            "VAT reg. no.",
            "USt-IdNr.",
            "N° TVA intracom.",
            "NIF-IVA",
            "Partita IVA",
            "Btw-nummer",
            "Inscrição estadual / NIF",
            "GSTIN",
        ),
    ),
    "us_ein": (
        us_ein,
        (
            "EIN",
            "EIN (US-Steuernr.)",
            "EIN (US)",
            "EIN (EE. UU.)",
            "EIN (USA)",
            "EIN (VS)",
            "EIN (EUA)",
            "EIN (अमेरिका)",
        ),
    ),
    "de_tax_number": (
        tax_no_de,
        (
            "Tax ref.",
            "Steuernummer",
            "N° fiscal",
            "N.º fiscal",
            "Cod. fiscale",
            "Fiscaal nummer",
            "N.º fiscal",
            "कर संदर्भ",
        ),
    ),
    "po_box": (
        postbox,
        (
            "PO Box",
            "Postfach",
            "BP",
            "Apartado de Correos",
            "Casella postale",
            "Postbus",
            "Caixa Postal",
            "डाक पेटी",
        ),
    ),
    "planning_ref": (
        planning_ref,
        (
            "Planning application ref.",
            "Bauantrag Az.",
            "Permis de construire n°",
            "Licencia de obra exp.",
            "Pratica edilizia n.",
            "Omgevingsvergunning zaaknr.",
            "Processo de obra n.º",
            "नक्शा स्वीकृति सं.",
        ),
    ),
    "hymn_numbers": (
        hymns,
        (
            "Hymns",
            "Lieder (GL)",
            "Chants n°",
            "Cantos n.º",
            "Canti n.",
            "Liederen",
            "Cânticos n.º",
            "भजन क्रमांक",
        ),
    ),
    "raffle_tickets": (
        raffle,
        (
            "Winning raffle tickets",
            "Gewinnlose",
            "Billets gagnants",
            "Papeletas premiadas",
            "Biglietti vincenti",
            "Winnende loten",
            "Rifas premiadas",
            "विजेता टिकट",
        ),
    ),
    "population": (
        population,
        (
            "Population",
            "Einwohnerzahl",
            "Population",
            "Población",
            "Popolazione",
            "Inwoners",
            "População",
            "जनसंख्या",
        ),
    ),
    "asking_price": (
        price_big,
        (
            "Asking price",
            "Kaufpreis",
            "Prix de vente",
            "Precio",
            "Prezzo richiesto",
            "Vraagprijs",
            "Preço",
            "कीमत",
        ),
    ),
    "wifi_password": (
        wifi_code,
        (
            "Wi-Fi password",
            "WLAN-Passwort",
            "Code Wi-Fi",
            "Contraseña wifi",
            "Password Wi-Fi",
            "Wifi-wachtwoord",
            "Senha do wi-fi",
            "वाई-फ़ाई पासवर्ड",
        ),
    ),
    "keysafe_code": (
        keysafe,
        (
            "Key safe code",
            "Schlüsseltresor-Code",
            "Code de la boîte à clés",
            "Código de la caja de llaves",
            "Codice cassetta chiavi",
            "Code sleutelkluis",
            "Código do cofre de chaves",
            "चाबी बॉक्स कोड",
        ),
    ),
    "article_number": (
        article_no,
        (
            "Art. no.",
            "Artikelnr.",
            "Réf. article",
            "Ref. artículo",
            "Cod. articolo",
            "Artikelnummer",
            "Ref. do artigo",
            "आइटम कोड",
        ),
    ),
    "pzn": (pzn, ("PZN", "PZN", "Code PZN", "Código PZN", "Codice PZN", "PZN-code", "Código PZN", "PZN कोड")),
    "ean13_barcode": (
        ean13,
        ("EAN", "EAN", "Code EAN", "Código EAN", "Codice EAN", "EAN-code", "Código de barras", "बारकोड"),
    ),
    "isbn13": (isbn13, ("ISBN", "ISBN", "ISBN", "ISBN", "ISBN", "ISBN", "ISBN", "ISBN")),
    "lot_number": (lot, ("LOT", "Charge", "Lot n°", "Lote", "Lotto", "Partij", "Lote", "बैच")),
    "serial_number": (
        serial,
        (
            "Serial no.",
            "Seriennummer",
            "N° de série",
            "N.º de serie",
            "Matricola",
            "Serienummer",
            "N.º de série",
            "सीरियल नंबर",
        ),
    ),
    "order_number": (
        order_no,
        (
            "Order",
            "Bestellnummer",
            "Commande n°",
            "Pedido n.º",
            "Ordine n.",
            "Bestelnummer",
            "Pedido n.º",
            "ऑर्डर सं.",
        ),
    ),
    "invoice_number": (
        invoice,
        ("Invoice", "Rechnung", "Facture", "Factura", "Fattura", "Factuur", "Fatura", "बिल सं."),
    ),
    "job_reference": (
        job_ref,
        (
            "Job ref.",
            "Kennziffer",
            "Réf. de l'offre",
            "Ref. de la oferta",
            "Rif. annuncio",
            "Vacaturenummer",
            "Ref. da vaga",
            "पद संदर्भ",
        ),
    ),
    "court_file": (
        court_ref,
        ("Case no.", "Aktenzeichen", "RG n°", "Autos n.º", "R.G. n.", "Zaaknummer", "Processo n.º", "वाद सं."),
    ),
    "meter_reading": (
        meter,
        (
            "Meter reading",
            "Zählerstand",
            "Relevé du compteur",
            "Lectura del contador",
            "Lettura contatore",
            "Meterstand",
            "Leitura do contador",
            "मीटर रीडिंग",
        ),
    ),
    "bus_departures": (
        bus_times,
        (
            "Bus departures",
            "Abfahrten",
            "Départs",
            "Salidas",
            "Partenze",
            "Vertrektijden",
            "Partidas",
            "बस प्रस्थान",
        ),
    ),
    "nutrition": (
        nutrition,
        (
            "Energy per 100 g",
            "Brennwert je 100 g",
            "Énergie pour 100 g",
            "Valor energético por 100 g",
            "Energia per 100 g",
            "Energie per 100 g",
            "Valor energético por 100 g",
            "ऊर्जा प्रति 100 ग्राम",
        ),
    ),
    "oven_temperature": (
        oven,
        (
            "Oven",
            "Backofen (Umluft)",
            "Four (chaleur tournante)",
            "Horno (ventilador)",
            "Forno (ventilato)",
            "Oven (hetelucht)",
            "Forno (ventilado)",
            "ओवन",
        ),
    ),
    "grid_reference": (
        grid_ref,
        (
            "Grid ref.",
            "Koordinaten",
            "Coordonnées GPS",
            "Coordenadas",
            "Coordinate",
            "Coördinaten",
            "Coordenadas",
            "निर्देशांक",
        ),
    ),
    "land_parcel": (
        land_parcel,
        (
            "Title number",
            "Grundbuch",
            "Cadastre",
            "Referencia catastral",
            "Catasto",
            "Kadastrale aanduiding",
            "Artigo matricial",
            "खसरा नंबर",
        ),
    ),
    "energy_rating": (
        energy,
        (
            "Energy use",
            "Endenergiebedarf",
            "Consommation énergétique",
            "Consumo energético",
            "Indice di prestazione energetica",
            "Energieverbruik",
            "Consumo energético",
            "ऊर्जा खपत",
        ),
    ),
    "room_number": (room, ("Room", "Raum", "Salle", "Aula", "Aula", "Lokaal", "Sala", "कमरा")),
    "dosage": (
        dosage,
        ("Dose", "Dosierung", "Posologie", "Posología", "Posologia", "Dosering", "Posologia", "खुराक"),
    ),
    "vaccine_batch": (
        vaccine_batch,
        (
            "Vaccine batch",
            "Impfstoff-Charge",
            "Lot du vaccin",
            "Lote de la vacuna",
            "Lotto del vaccino",
            "Batchnummer vaccin",
            "Lote da vacina",
            "टीका बैच",
        ),
    ),
    "seat_block": (
        seats,
        (
            "Row/seats",
            "Reihe/Plätze",
            "Rang/places",
            "Fila/asientos",
            "Fila/posti",
            "Rij/stoelen",
            "Fila/lugares",
            "पंक्ति/सीटें",
        ),
    ),
    "race_result": (
        race,
        (
            "Bib and finish time",
            "Startnummer und Zielzeit",
            "Dossard et temps",
            "Dorsal y tiempo",
            "Pettorale e tempo",
            "Startnummer en eindtijd",
            "Número de peito e tempo",
            "बिब और समय",
        ),
    ),
    "match_score": (
        score,
        (
            "Final score",
            "Endstand",
            "Score final",
            "Resultado final",
            "Risultato finale",
            "Eindstand",
            "Placar final",
            "अंतिम स्कोर",
        ),
    ),
    "postal_code": (pincode, ("ZIP code", "PLZ", "Code postal", "C.P.", "CAP", "Postcode", "CEP", "पिन कोड")),
    "parcel_tracking": (
        tracking,
        (
            "Tracking no.",
            "Sendungsnummer",
            "N° de suivi",
            "N.º de seguimiento",
            "Codice di tracciamento",
            "Track-and-trace-code",
            "Código de rastreio",
            "ट्रैकिंग नंबर",
        ),
    ),
    "customer_number": (
        customer_no,
        (
            "Account ref.",
            "Kundennummer",
            "N° client",
            "N.º de cliente",
            "Codice cliente",
            "Klantnummer",
            "N.º de cliente",
            "ग्राहक संख्या",
        ),
    ),
    "meter_point_id": (
        census,
        ("Meter point ref.", "Zählpunkt", "PDL", "CUPS", "POD", "EAN-code aansluiting", "CPE", "कनेक्शन संख्या"),
    ),
    "altitude": (
        altitude,
        ("Altitude", "Höhe", "Altitude", "Altitud", "Altitudine", "Hoogte", "Altitude", "ऊंचाई"),
    ),
    "shelfmark": (
        dewey,
        ("Shelfmark", "Signatur", "Cote", "Signatura", "Collocazione", "Plaatsnummer", "Cota", "पुस्तक क्रमांक"),
    ),
    "pack_size": (
        stock_level,
        ("Pack size", "Gebinde", "Conditionnement", "Formato", "Confezione", "Verpakking", "Embalagem", "पैक"),
    ),
}

# kinds that suit each genre (others are drawn from the whole list)
GENRE_NEGS = {
    "newsletter": ["raffle_tickets", "room_number", "match_score", "charity_number", "isbn13", "race_result"],
    "parish": ["hymn_numbers", "charity_number", "raffle_tickets", "po_box", "planning_ref"],
    "business": [
        "vat_number",
        "company_number",
        "po_box",
        "us_ein",
        "de_tax_number",
        "order_number",
        "invoice_number",
    ],
    "listing": [
        "asking_price",
        "wifi_password",
        "keysafe_code",
        "land_parcel",
        "energy_rating",
        "grid_reference",
        "meter_reading",
        "meter_point_id",
    ],
    "programme": ["seat_block", "bus_departures", "room_number", "population", "altitude", "race_result"],
    "job": ["job_reference", "company_number", "vat_number", "court_file", "postal_code"],
    "leaflet": ["dosage", "vaccine_batch", "pzn", "court_file", "planning_ref", "customer_number"],
    "rota": ["room_number", "seat_block", "match_score", "bus_departures"],
    "blog": [
        "oven_temperature",
        "nutrition",
        "isbn13",
        "altitude",
        "grid_reference",
        "pack_size",
        "shelfmark",
    ],
    "manual": [
        "serial_number",
        "ean13_barcode",
        "lot_number",
        "article_number",
        "parcel_tracking",
        "order_number",
        "pack_size",
    ],
}


def draw(rng, loc, lang, kind, guard):
    gen, labels = KINDS[kind]
    for _ in range(200):
        v = gen(rng, loc)
        if not guard(v):
            return labels[LANGS.index(lang)], v
    raise RuntimeError(kind)
