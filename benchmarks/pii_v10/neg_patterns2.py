"""Hard negatives, part 3: more codes, quantities and references from everyday documents."""

from __future__ import annotations

import random

from .neg_patterns import _imo, _r, w


def _g(rng: random.Random, n: int) -> str:
    return "".join(str(_r(rng, 0, 9)) for _ in range(n))


def p_sku(rng, lang):
    return "SKU %02d-%04d-%02d" % (_r(rng, 10, 99), _r(rng, 0, 9999), _r(rng, 0, 99))


def p_hs(rng, lang):
    return "%s %d %02d %02d" % (
        w(lang, "HS code|Zolltarifnummer|Code SH|Código TARIC|Codice doganale|GN-code|NCM"),
        _r(rng, 1000, 9999),
        _r(rng, 0, 99),
        _r(rng, 0, 99),
    )


def p_cas(rng, lang):
    return "CAS %d-%02d-%d" % (_r(rng, 50, 99999), _r(rng, 10, 99), _r(rng, 0, 9))


def p_patent(rng, lang):
    return "EP %d %03d %03d B1" % (_r(rng, 1, 4), _r(rng, 0, 999), _r(rng, 0, 999))


def p_doi(rng, lang):
    return "doi:10.%d/j.%s.%d.%06d" % (
        _r(rng, 1000, 9999),
        rng.choice(["jhydrol", "envres", "apsoil"]),
        _r(rng, 2015, 2025),
        _r(rng, 100000, 999999),
    )


def p_icd(rng, lang):
    return "ICD-10 %s%02d.%d" % (rng.choice("EFGIJKM"), _r(rng, 0, 99), _r(rng, 0, 9))


def p_container(rng, lang):
    return "%s %s%s %d" % (
        w(lang, "Container|Container|Conteneur|Contenedor|Container|Container|Contêiner"),
        rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU"]),
        _g(rng, 6),
        _r(rng, 0, 9),
    )


def p_aircraft(rng, lang):
    return "%s %s" % (
        w(lang, "Aircraft|Kennzeichen|Immatriculation|Matrícula|Marche|Registratie|Prefixo"),
        rng.choice(["D-E", "G-B", "F-G", "EC-", "I-A", "PH-", "PP-"])
        + "".join(rng.choice("ABCDEFGHKLMNPRSTUVWXYZ") for _ in range(3)),
    )


def p_vehicle_reg(rng, lang):
    return "%s %s%s %s" % (
        w(lang, "Reg.|Kennzeichen|Immat.|Matrícula|Targa|Kenteken|Placa"),
        rng.choice(["LG", "YK", "BD", "M-", "HH-", "GE-"]),
        rng.choice(["19", "71", "AB", "KX"]),
        _g(rng, 3) + rng.choice("ABCDEFGH"),
    )


def p_shelfmark(rng, lang):
    return "%s %d.%02d %s" % (
        w(lang, "Shelfmark|Signatur|Cote|Signatura|Collocazione|Plaatsnummer|Chamada"),
        _r(rng, 100, 999),
        _r(rng, 0, 99),
        rng.choice(["BRO", "KOE", "LEM", "FER"]),
    )


def p_bib(rng, lang):
    return "%s %d" % (
        w(lang, "Race number|Startnummer|Dossard|Dorsal|Pettorale|Startnummer|Número de peito"),
        _r(rng, 1, 4999),
    )


def p_calendar_week(rng, lang):
    return "%s %d/%d" % (
        w(lang, "Week|KW|Semaine|Semana|Settimana|Week|Semana"),
        _r(rng, 1, 52),
        _r(rng, 2024, 2027),
    )


def p_po_box(rng, lang):
    return "%s %d %02d %02d" % (
        w(lang, "PO Box|Postfach|BP|Apartado|Casella postale|Postbus|Caixa Postal"),
        _r(rng, 1, 99),
        _r(rng, 0, 99),
        _r(rng, 0, 99),
    )


def p_company_reg(rng, lang):
    return w(
        lang,
        "Company no. %08d|HRB %d, Amtsgericht Celle|RCS Albi B %03d %03d %03d|CIF B%08d|"
        "REA CR-%06d|KvK %08d|CNPJ %02d.%03d.%03d/0001-%02d",
    ) % _company_args(rng, lang)


def _company_args(rng, lang):
    i = ["en", "de", "fr", "es", "it", "nl", "pt"].index(
        lang if lang in "en de fr es it nl pt".split() else "en"
    )
    if i == 2:
        return (_r(rng, 100, 999), _r(rng, 0, 999), _r(rng, 0, 999))
    if i == 6:
        return (_r(rng, 10, 99), _r(rng, 0, 999), _r(rng, 0, 999), _r(rng, 10, 99))
    return (_r(rng, 1000, 99999999) if i != 1 else _r(rng, 100, 99999),)


def p_vat(rng, lang):
    return w(
        lang,
        "VAT reg. GB %03d %04d %02d|USt-IdNr. DE %09d|TVA intracom. FR%02d %09d|NIF-IVA ES B%08d|"
        "P.IVA IT%011d|btw-id NL%09dB01|Inscrição estadual %09d",
    ) % _vat_args(rng, lang)


def _vat_args(rng, lang):
    if lang in ("en", "hinglish", "hi"):
        return (_r(rng, 100, 999), _r(rng, 0, 9999), _r(rng, 0, 99))
    if lang == "fr":
        return (_r(rng, 10, 99), _r(rng, 100000000, 999999999))
    if lang == "it":
        return (_r(rng, 10**9, 10**11 - 1),)
    return (_r(rng, 10**6, 10**8),)


def p_interest(rng, lang):
    return "%s %d,%02d %% p.a." % (
        w(lang, "Interest|Sollzins|Taux|Interés|Tasso|Rente|Juros"),
        _r(rng, 1, 9),
        _r(rng, 0, 99),
    )


def p_odometer(rng, lang):
    return "%s %d %03d km" % (
        w(lang, "Mileage|Kilometerstand|Kilométrage|Kilometraje|Chilometraggio|Kilometerstand|Quilometragem"),
        _r(rng, 5, 320),
        _r(rng, 0, 999),
    )


def p_temps(rng, lang):
    return "%s %d °C / %d °C" % (
        w(lang, "Min/max|Tief/Hoch|Min/max|Mín/máx|Min/max|Min/max|Mín/máx"),
        _r(rng, -8, 10),
        _r(rng, 11, 34),
    )


def p_hymns(rng, lang):
    return "%s %d, %d, %d" % (
        w(lang, "Hymns|Lieder|Cantiques|Cantos|Canti|Liederen|Hinos"),
        _r(rng, 1, 699),
        _r(rng, 1, 699),
        _r(rng, 1, 699),
    )


def p_catalogue_music(rng, lang):
    return rng.choice(
        [
            "BWV %d" % _r(rng, 1, 1120),
            "KV %d" % _r(rng, 1, 626),
            "op. %d no. %d" % (_r(rng, 1, 135), _r(rng, 1, 6)),
            "RV %d" % _r(rng, 1, 800),
            "D %d" % _r(rng, 1, 998),
        ]
    )


def p_bible(rng, lang):
    return "%s %d,%d–%d" % (
        rng.choice(["Joh", "Mt", "Lk", "Ps", "Jes"]),
        _r(rng, 1, 28),
        _r(rng, 1, 20),
        _r(rng, 21, 40),
    )


def p_meeting_id(rng, lang):
    return "%s %03d %04d %04d, %s %06d" % (
        w(lang, "Meeting ID|Meeting-ID|ID de réunion|ID de reunión|ID riunione|Vergader-ID|ID da reunião"),
        _r(rng, 100, 999),
        _r(rng, 0, 9999),
        _r(rng, 0, 9999),
        w(lang, "passcode|Kenncode|code|código|passcode|toegangscode|senha"),
        _r(rng, 0, 999999),
    )


def p_league_line(rng, lang):
    p = _r(rng, 10, 30)
    wn = _r(rng, 0, p)
    d = _r(rng, 0, p - wn)
    return "P %d  W %d  D %d  L %d  GD %+d  Pts %d" % (p, wn, d, p - wn - d, _r(rng, -20, 30), 3 * wn + d)


def p_chip_time(rng, lang):
    secs = _r(rng, 2 * 3600 + 30 * 60, 5 * 3600)
    pace = round(secs / 42.195)
    return "%s %d:%02d:%02d (%d:%02d/km)" % (
        w(
            lang,
            "Marathon chip time|Marathon netto|Marathon, temps puce|Maratón, tiempo neto|"
            "Maratona, tempo real|"
            "Marathon netto tijd|Maratona, tempo líquido",
        ),
        secs // 3600,
        secs // 60 % 60,
        secs % 60,
        pace // 60,
        pace % 60,
    )


def p_recipe(rng, lang):
    return w(
        lang,
        "%d g flour, %d eggs, %d ml milk|%d g Mehl, %d Eier, %d ml Milch|%d g de farine, %d œufs, "
        "%d ml de lait|%d g de harina, %d huevos, %d ml de leche|%d g di farina, %d uova, %d ml di latte|"
        "%d g bloem, %d eieren, %d ml melk|%d g de farinha, %d ovos, %d ml de leite",
    ) % (_r(rng, 100, 750), _r(rng, 2, 6), _r(rng, 50, 500))


def p_turnout(rng, lang):
    return "%s %d,%d %% (%d,%d %%)" % (
        w(lang, "Turnout|Wahlbeteiligung|Participation|Participación|Affluenza|Opkomst|Comparecimento"),
        _r(rng, 30, 89),
        _r(rng, 0, 9),
        _r(rng, 30, 89),
        _r(rng, 0, 9),
    )


def p_pages(rng, lang):
    a = _r(rng, 1, 600)
    return "%s %d–%d" % (w(lang, "pp.|S.|p.|págs.|pp.|blz.|p."), a, a + _r(rng, 3, 60))


def p_imo(rng, lang):
    return "IMO %s" % _imo(rng)


def p_mmsi(rng, lang):
    return "MMSI %s%s" % (rng.choice(["211", "235", "244", "247", "224", "227"]), _g(rng, 6))


def p_seats(rng, lang):
    a = _r(rng, 1, 480)
    return "%s %d, %s %d–%d" % (
        w(lang, "Row|Reihe|Rang|Fila|Fila|Rij|Fileira"),
        _r(rng, 1, 40),
        w(lang, "seats|Plätze|places|asientos|posti|stoelen|assentos"),
        a,
        a + 3,
    )


def p_floor_area(rng, lang):
    return "%s %d,%d m²" % (
        w(lang, "Floor area|Wohnfläche|Surface|Superficie|Superficie|Woonoppervlak|Área útil"),
        _r(rng, 28, 260),
        _r(rng, 0, 9),
    )


def p_fuel(rng, lang):
    return "%s %d,%d l/100 km" % (
        w(lang, "Consumption|Verbrauch|Consommation|Consumo|Consumo|Verbruik|Consumo"),
        _r(rng, 3, 12),
        _r(rng, 0, 9),
    )


def p_ticket_range(rng, lang):
    a = _r(rng, 1, 9000)
    return "%s %04d–%04d" % (
        w(lang, "Raffle tickets|Losnummern|Billets de tombola|Papeletas|Biglietti lotteria|Loten|Rifas"),
        a,
        a + _r(rng, 20, 200),
    )


def p_speed(rng, lang):
    return "%s %d km/h" % (
        w(
            lang,
            "Top speed|Höchstgeschwindigkeit|Vitesse max.|Velocidad máx.|Velocità max.|"
            "Topsnelheid|Velocidade máx.",
        ),
        _r(rng, 90, 260),
    )


def p_resolution(rng, lang):
    return "%s %d × %d" % (
        w(lang, "Resolution|Auflösung|Résolution|Resolución|Risoluzione|Resolutie|Resolução"),
        rng.choice([1280, 1920, 2560, 3840]),
        rng.choice([720, 1080, 1440, 2160]),
    )


def p_shoe(rng, lang):
    return "%s EU %d / UK %d" % (
        w(lang, "Size|Größe|Pointure|Talla|Taglia|Maat|Tamanho"),
        _r(rng, 36, 47),
        _r(rng, 3, 12),
    )


def p_pressure(rng, lang):
    return "%s %d hPa, %s %d–%d Bft" % (
        w(lang, "Pressure|Luftdruck|Pression|Presión|Pressione|Luchtdruk|Pressão"),
        _r(rng, 985, 1035),
        w(lang, "wind|Wind|vent|viento|vento|wind|vento"),
        _r(rng, 1, 5),
        _r(rng, 6, 8),
    )


def p_lens(rng, lang):
    return "%d–%d mm f/%d.%d–%d.%d" % (
        _r(rng, 10, 24),
        _r(rng, 50, 300),
        _r(rng, 2, 4),
        _r(rng, 0, 9),
        _r(rng, 5, 6),
        _r(rng, 0, 9),
    )


def p_screw(rng, lang):
    return "M%d × %d DIN %d" % (
        rng.choice([4, 5, 6, 8, 10, 12]),
        rng.choice([16, 20, 25, 30, 40, 60]),
        rng.choice([912, 933, 7985, 125]),
    )


def p_cable(rng, lang):
    return "NYM-J %d × %d,%d mm²" % (rng.choice([3, 5]), _r(rng, 1, 2), rng.choice([5, 0]))


def p_ral(rng, lang):
    return "RAL %d" % rng.choice([1015, 3000, 5010, 6005, 7016, 7035, 9010, 9016])


def p_rainfall(rng, lang):
    return "%s %d,%d mm" % (
        w(lang, "Rainfall|Niederschlag|Précipitations|Precipitación|Pioggia|Neerslag|Chuva"),
        _r(rng, 0, 140),
        _r(rng, 0, 9),
    )


def p_upc(rng, lang):
    return "UPC %d %05d %05d %d" % (_r(rng, 0, 9), _r(rng, 0, 99999), _r(rng, 0, 99999), _r(rng, 0, 9))


def p_room(rng, lang):
    return "%s %d.%03d" % (w(lang, "Room|Raum|Salle|Aula|Aula|Lokaal|Sala"), _r(rng, 0, 4), _r(rng, 1, 140))


def p_kwh(rng, lang):
    return "%s %d %03d kWh" % (
        w(
            lang,
            "Annual use|Jahresverbrauch|Conso. annuelle|Consumo anual|Consumo annuo|"
            "Jaarverbruik|Consumo anual",
        ),
        _r(rng, 1, 9),
        _r(rng, 0, 999),
    )
