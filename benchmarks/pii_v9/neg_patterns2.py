"""More patterned hard negatives (see neg_patterns.py for the conventions)."""

from .neg_patterns import D, L, _dec


def sku(rng, lang, plan):
    return "SKU %s-%s-%s" % (rng.choice(["BX", "KT", "TR", "LM", "QF"]), D(rng, 4), D(rng, 3))


def hs_code(rng, lang, plan):
    return "HS %s.%s.%s" % (D(rng, 4), D(rng, 2), D(rng, 2))


def e_numbers(rng, lang, plan):
    return (
        L(lang, "Additives|Zusatzstoffe|Additifs|Aditivos|Additivi|Additieven|Aditivos")
        + ": "
        + ", ".join(
            "E %d" % n for n in sorted(rng.sample([300, 322, 330, 412, 415, 440, 471, 202, 211, 150], 3))
        )
    )


def cas_number(rng, lang, plan):
    return "CAS %d-%s-%d" % (rng.randint(50, 99999), D(rng, 2), rng.randint(0, 9))


def patent(rng, lang, plan):
    return rng.choice(["EP %d %s %s B1", "US %d,%s,%s B2", "DE 10 %d %s %s A1"]) % (
        rng.randint(1, 3),
        D(rng, 3),
        D(rng, 3),
    )


def doi(rng, lang, plan):
    return "doi:10.%d/%s.%d.%s" % (
        rng.randint(1000, 9999),
        rng.choice(["j.jhydrol", "s41586", "ajpe", "bmj"]),
        rng.randint(2015, 2025),
        D(rng, 6),
    )


def icd_code(rng, lang, plan):
    return "ICD-10 %s%02d.%d" % (rng.choice("JKMRS"), rng.randint(0, 99), rng.randint(0, 9))


def pzn(rng, lang, plan):
    return "PZN %s" % D(rng, 8)


def container(rng, lang, plan):
    return "%s %s %s" % (rng.choice(["MSCU", "MAEU", "CMAU", "HLXU", "TGHU"]), D(rng, 6), D(rng, 1))


def aircraft_reg(rng, lang, plan):
    return "%s %s-%s" % (
        L(lang, "Aircraft|Flugzeug|Avion|Avión|Aereo|Toestel|Aeronave"),
        rng.choice(["D", "G", "F", "EC", "I", "PH"]),
        "".join(rng.choice("ABCEHKLMNPRSTW") for _ in range(4)),
    )


def vehicle_plate(rng, lang, plan):
    if plan == "IN":
        return "Vehicle %s %02d %s %s" % (
            rng.choice(["MH", "KA", "DL", "TN", "UP", "RJ"]),
            rng.randint(1, 48),
            rng.choice(["AB", "MN", "DE", "KC"]),
            D(rng, 4),
        )
    if plan == "DE":
        return "Kennzeichen %s-%s %d" % (
            rng.choice(["HH", "B", "M", "L", "BA", "GÖ"]),
            rng.choice(["KL", "AZ", "TR"]),
            rng.randint(10, 9999),
        )
    return "%s %s" % (
        L(lang, "Reg.|Kennzeichen|Immatriculation|Matrícula|Targa|Kenteken|Placa"),
        rng.choice(["%s%s %s", "%s-%s-%s"])
        % (D(rng, 2), "".join(rng.choice("BCDFGHJKL") for _ in range(2)), D(rng, 3)),
    )


def dewey(rng, lang, plan):
    return "%s %d.%s %s" % (
        L(lang, "Shelf mark|Signatur|Cote|Signatura|Collocazione|Plaatsnummer|Chamada"),
        rng.randint(100, 999),
        D(rng, rng.randint(2, 4)),
        rng.choice(["ROS", "HAL", "MEI", "BRU"]),
    )


def km_marker(rng, lang, plan):
    return "km %s" % _dec(lang, rng.uniform(2, 640))


def bib_number(rng, lang, plan):
    return "%s %d" % (
        L(lang, "Bib|Startnummer|Dossard|Dorsal|Pettorale|Startnummer|Número de peito"),
        rng.randint(1, 9999),
    )


def calendar_week(rng, lang, plan):
    return L(lang, "Week {w}|KW {w}|Semaine {w}|Semana {w}|Settimana {w}|Week {w}|Semana {w}").format(
        w=rng.randint(1, 52)
    )


def po_box(rng, lang, plan):
    return L(
        lang, "PO Box {a}|Postfach {b}|BP {a}|Apartado {a}|Casella postale {a}|Postbus {a}|Caixa Postal {a}"
    ).format(a=rng.randint(10, 99999), b="%s %s %s" % (D(rng, 2), D(rng, 2), D(rng, 2)))


def company_register(rng, lang, plan):
    return L(
        lang,
        "Company No. {x}|HRB {y}, Amtsgericht|RCS B {z}|Registro Mercantil, hoja M-{y}|REA MI-{y}|KvK {x}|"
        "NIRE {z}",
    ).format(x=D(rng, 8), y=rng.randint(1000, 299999), z="%s %s %s" % (D(rng, 3), D(rng, 3), D(rng, 3)))


def siren(rng, lang, plan):
    return "SIREN %s %s %s" % (D(rng, 3), D(rng, 3), D(rng, 3))


def vat_id(rng, lang, plan):
    cc = {"DE": "DE", "FR": "FR", "ES": "ES", "IT": "IT", "NL": "NL", "GB": "GB"}.get(plan, "DE")
    return "%s %s%s" % (
        L(lang, "VAT no.|USt-IdNr.|TVA intracom.|NIF-IVA|P. IVA|btw-nr.|VAT"),
        cc,
        {"NL": D(rng, 9) + "B01", "IT": D(rng, 11), "FR": D(rng, 11)}.get(cc, D(rng, 9)),
    )


def split_time(rng, lang, plan):
    return "%s %d:%02d:%02d (%s %d:%02d /km)" % (
        L(lang, "Finish|Zielzeit|Arrivée|Llegada|Arrivo|Finish|Chegada"),
        rng.randint(0, 4),
        rng.randint(0, 59),
        rng.randint(0, 59),
        L(lang, "pace|Pace|allure|ritmo|passo|tempo|ritmo"),
        rng.randint(3, 7),
        rng.randint(0, 59),
    )


def bin_location(rng, lang, plan):
    return "%s %02d-%02d-%d" % (
        L(lang, "Bin|Lagerplatz|Emplacement|Ubicación|Ubicazione|Locatie|Endereço"),
        rng.randint(1, 40),
        rng.randint(1, 20),
        rng.randint(1, 6),
    )


def interest_rate(rng, lang, plan):
    return "%s %s %% p.a." % (
        L(lang, "APR|Sollzins|TAEG|TAE|TAN|rente|juros"),
        _dec(lang, rng.uniform(0.5, 9.9), 2),
    )


def marketplace_order(rng, lang, plan):
    return "%s %s-%s-%s" % (
        L(lang, "Order #|Bestellung|Commande|Pedido|Ordine|Bestelling|Pedido"),
        D(rng, 3),
        D(rng, 7),
        D(rng, 7),
    )


def gas_mprn(rng, lang, plan):
    return "MPRN %s" % D(rng, rng.choice([8, 9, 10]))


def log_timestamp(rng, lang, plan):
    return "[%d%02d%02d %02d%02d%02d] sync ok, %d %s" % (
        rng.randint(2021, 2026),
        rng.randint(1, 12),
        rng.randint(1, 28),
        rng.randint(0, 23),
        rng.randint(0, 59),
        rng.randint(0, 59),
        rng.randint(2, 900),
        "records",
    )


def raffle_tickets(rng, lang, plan):
    a = rng.randint(100, 8000)
    return "%s %04d-%04d" % (
        L(lang, "Raffle tickets|Lose Nr.|Tickets de tombola|Papeletas|Biglietti lotteria|Loten|Rifa nº"),
        a,
        a + rng.choice([49, 99, 199]),
    )


def recipe(rng, lang, plan):
    return "%d g %s, %d ml %s, %d %s" % (
        rng.choice([125, 250, 375, 500]),
        L(lang, "flour|Mehl|farine|harina|farina|bloem|farinha"),
        rng.choice([125, 200, 250]),
        L(lang, "milk|Milch|lait|leche|latte|melk|leite"),
        rng.randint(2, 4),
        L(lang, "eggs|Eier|œufs|huevos|uova|eieren|ovos"),
    )


def temperature(rng, lang, plan):
    return "%s %d °C / %d °C, %s mm" % (
        L(lang, "High/low|Max./Min.|Max./min.|Máx./mín.|Max/min|Max/min|Máx./mín."),
        rng.randint(14, 36),
        rng.randint(-3, 14),
        _dec(lang, rng.uniform(0, 30)),
    )


def wifi_channel(rng, lang, plan):
    return "%s 36/40/44/48, 2,4 GHz %s %d" % (
        L(lang, "Wi-Fi channels|WLAN-Kanäle|Canaux wifi|Canales wifi|Canali wifi|Wifi-kanalen|Canais wi-fi"),
        L(lang, "ch.|Kanal|canal|canal|canale|kanaal|canal"),
        rng.choice([1, 6, 11]),
    )


def shoe_measure(rng, lang, plan):
    return "%s %d-%d, %s %d" % (
        L(lang, "Ages|Alter|Âges|Edades|Età|Leeftijd|Idades"),
        rng.randint(6, 9),
        rng.randint(10, 14),
        L(lang, "max. group|max. Gruppe|groupe max.|grupo máx.|gruppo max|max. groep|turma máx."),
        rng.randint(8, 24),
    )


def gauge_reading(rng, lang, plan):
    return "%s %s bar, %s %s l/min" % (
        L(lang, "Pressure|Druck|Pression|Presión|Pressione|Druk|Pressão"),
        _dec(lang, rng.uniform(1, 6)),
        L(lang, "flow|Durchfluss|débit|caudal|portata|debiet|vazão"),
        _dec(lang, rng.uniform(4, 40)),
    )
