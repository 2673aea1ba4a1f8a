"""Hard negatives, part three: more patterned numbers (health, places, prices, codes, kitchen, weather)."""

from __future__ import annotations

from .neg_patterned import dec


def _r(rng, a, b):
    return rng.randint(a, b)


def _glasses(rng, lang):
    return "R %s / %s × %d, L %s" % (
        dec(-_r(rng, 1, 16) * 0.25, lang, 2),
        dec(-_r(rng, 1, 6) * 0.25, lang, 2),
        _r(rng, 1, 18) * 10,
        dec(-_r(rng, 1, 16) * 0.25, lang, 2),
    )


def _lens(rng, lang):
    return "BC %s, DIA %s, %s" % (
        dec(rng.choice([8.4, 8.6, 8.7, 8.8]), lang),
        dec(rng.choice([14.0, 14.2]), lang),
        dec(-_r(rng, 2, 24) * 0.25, lang, 2),
    )


def _teeth(rng, lang):
    return ", ".join(str(t) for t in sorted(rng.sample([11, 12, 16, 21, 24, 26, 36, 37, 46, 47], 3)))


def _years(rng, lang):
    a = _r(rng, 1850, 1910)
    b = _r(rng, 1919, 1960)
    return "%d, %d–%d, %d" % (a, b, b + _r(rng, 1, 4), _r(rng, 1970, 2015))


def _population(rng, lang):
    n = _r(rng, 120000, 3900000)
    sep = " " if lang in ("fr", "hi") else "," if lang in ("en", "hx") else "."
    s = "{:,}".format(n).replace(",", sep)
    return "%s / %d km²" % (s, _r(rng, 40, 900))


def _route(rng, lang):
    return "%s km, %d m ↑, %d m ↓" % (dec(_r(rng, 50, 1200) / 10, lang), _r(rng, 80, 1900), _r(rng, 80, 1900))


def _flight(rng, lang):
    return "%s %d, %02d:%02d → %02d:%02d, gate %s%d" % (
        rng.choice(["LH", "AF", "IB", "AZ", "KL", "BA", "AI", "LA"]),
        _r(rng, 100, 9999),
        _r(rng, 5, 12),
        _r(rng, 0, 59),
        _r(rng, 13, 23),
        _r(rng, 0, 59),
        rng.choice("ABCD"),
        _r(rng, 1, 60),
    )


def _room(rng, lang):
    return "%d.%02d / %d" % (_r(rng, 0, 5), _r(rng, 1, 40), _r(rng, 100, 599))


def _postcode(rng, lang):
    if lang == "en":
        return rng.choice(
            [
                "%05d-%04d" % (_r(rng, 10001, 98999), _r(rng, 1000, 9999)),
                "%s%d %d%s"
                % (
                    rng.choice(["SW", "LS", "M", "BS", "NE"]),
                    _r(rng, 1, 19),
                    _r(rng, 1, 9),
                    rng.choice(["AB", "DX", "HQ", "PL"]),
                ),
            ]
        )
    if lang in ("hx", "hi"):
        return "%d%02d %03d" % (_r(rng, 1, 8), _r(rng, 10, 99), _r(rng, 1, 99))
    if lang == "pt":
        return "%05d-%03d" % (_r(rng, 1000, 99999), _r(rng, 0, 999))
    if lang == "nl":
        return "%d %s" % (_r(rng, 1011, 9999), rng.choice(["AB", "KX", "GT", "RS"]))
    return "%05d" % _r(rng, 1001, 99999)


def _prices(rng, lang):
    cur = {"en": "", "hx": "₹ ", "hi": "₹ ", "pt": "R$ "}.get(lang, "€ ")
    return " / ".join(cur + dec(_r(rng, 99, 2999) / 100, lang, 2) for _ in range(3))


def _discount(rng, lang):
    return "−%d %% > %d, −%d %% > %d" % (_r(rng, 5, 15), _r(rng, 20, 60), _r(rng, 20, 30), _r(rng, 80, 150))


def _attendance(rng, lang):
    a = _r(rng, 12000, 80000)
    return "%d %03d / %d %03d" % (a // 1000, a % 1000, (a + 9000) // 1000, _r(rng, 0, 999))


def _odds(rng, lang):
    return ", ".join(rng.sample(["7/2", "11/4", "100/30", "5/1", "9/4", "13/8", "evens", "33/1"], 3))


def _jerseys(rng, lang):
    return ", ".join(str(n) for n in sorted(rng.sample(range(1, 100), 5)))


def _grade(rng, lang):
    return "%s (%s, %s)" % (
        dec(_r(rng, 10, 40) / 10, lang),
        dec(_r(rng, 10, 50) / 10, lang),
        dec(_r(rng, 10, 50) / 10, lang),
    )


def _typing(rng, lang):
    return "%d wpm, %d %%, %d:%02d min" % (_r(rng, 25, 95), _r(rng, 88, 100), _r(rng, 1, 10), _r(rng, 0, 59))


def _dewey(rng, lang):
    return "%d.%d, %d.%d" % (_r(rng, 100, 999), _r(rng, 1, 9999), _r(rng, 100, 999), _r(rng, 1, 99))


def _isbn10(rng, lang):
    d = [_r(rng, 0, 9) for _ in range(9)]
    d[0] = rng.choice([0, 2, 3, 8, 9])
    c = sum((10 - i) * x for i, x in enumerate(d)) % 11
    check = (11 - c) % 11
    s = "".join(map(str, d)) + ("X" if check == 10 else str(check))
    return "%s-%s-%s-%s" % (s[0], s[1:4], s[4:9], s[9])


def _cas(rng, lang):
    body = str(_r(rng, 50, 99999))
    mid = "%02d" % _r(rng, 0, 99)
    digits = body + mid
    check = sum((i + 1) * int(ch) for i, ch in enumerate(reversed(digits))) % 10
    return "%s-%s-%d" % (body, mid, check)


def _coffee(rng, lang):
    g = _r(rng, 14, 22)
    return "1:%d, %d g → %d ml, %d °C" % (16, g, g * 16, _r(rng, 88, 96))


def _bread(rng, lang):
    f = rng.choice([400, 500, 1000])
    h = rng.choice([65, 70, 75, 80])
    return "%d %%: %d g / %d g / %d g" % (h, f, f * h // 100, f // 50)


def _oven(rng, lang):
    t = rng.choice([160, 170, 180, 190, 200, 220])
    return "%d °C / %d °C, %d–%d min" % (t, t + 20, _r(rng, 20, 40), _r(rng, 41, 70))


def _forecast(rng, lang):
    hi = _r(rng, 8, 36)
    return "%d / %d °C, %d %%" % (hi, hi - _r(rng, 5, 14), _r(rng, 0, 9) * 10)


def _snow(rng, lang):
    return "%d cm / %d cm, %d" % (_r(rng, 60, 320), _r(rng, 0, 60), _r(rng, 1, 4))


def _uv(rng, lang):
    return "UV %d, SPF %d, %d min" % (_r(rng, 1, 11), rng.choice([15, 20, 30, 50]), _r(rng, 10, 60))


def _carbatt(rng, lang):
    return "12 V %d Ah %d A" % (rng.choice([44, 60, 70, 74, 95]), rng.choice([440, 540, 640, 680, 800]))


def _speaker(rng, lang):
    return "%d Ω, %d W RMS" % (rng.choice([4, 6, 8]), rng.choice([30, 50, 100, 150]))


def _vinyl(rng, lang):
    return "33⅓ / 45 / %d rpm" % rng.choice([45, 78])


def _pregnancy(rng, lang):
    return "%d+%d / %02d.%02d." % (_r(rng, 8, 40), _r(rng, 0, 6), _r(rng, 1, 28), _r(rng, 1, 12))


def _platform(rng, lang):
    return "%d / %d / %d–%d" % (_r(rng, 1, 18), _r(rng, 1, 14), _r(rng, 11, 60), _r(rng, 61, 99))


def _tempo(rng, lang):
    a = _r(rng, 1, 60)
    return "♩ = %d, %s, %d–%d" % (
        _r(rng, 56, 160),
        rng.choice(["4/4", "3/4", "6/8", "2/4"]),
        a,
        a + _r(rng, 4, 32),
    )


def _tariff(rng, lang):
    return "%s / kWh + %s / mo" % (
        dec(_r(rng, 22, 45) / 100, lang, 2),
        dec(_r(rng, 800, 1800) / 100, lang, 2),
    )


def _meter_reading(rng, lang):
    return "%03d %s kWh" % (_r(rng, 0, 99), dec(_r(rng, 0, 9999) / 10, lang).rjust(5, "0"))


PATTERNED_B = [
    ("glasses_rx", "Glasses|Brillenwerte|Lunettes|Gafas|Occhiali|Brilsterkte|Óculos|चश्मे का नंबर", _glasses),
    (
        "contact_lenses",
        "Contact lenses|Kontaktlinsen|Lentilles|Lentillas|Lenti a contatto|Contactlenzen|"
        "Lentes de contato|कॉन्टैक्ट लेंस",
        _lens,
    ),
    (
        "dental_teeth",
        "Teeth to check|Zu prüfende Zähne|Dents à contrôler|Dientes a revisar|Denti da controllare|"
        "Te controleren tanden|Dentes a revisar|जाँच वाले दाँत",
        _teeth,
    ),
    (
        "building_years",
        "Built / rebuilt / listed|Erbaut / umgebaut / denkmalgeschützt|Construit / reconstruit / classé|"
        "Construido / reformado / protegido|Costruito / ricostruito / vincolato|Gebouwd / herbouwd / "
        "monument|"
        "Construído / reformado / tombado|निर्माण / पुनर्निर्माण / धरोहर",
        _years,
    ),
    (
        "population",
        "Population and area|Einwohner und Fläche|Population et superficie|Población y superficie|"
        "Popolazione e superficie|Inwoners en oppervlakte|População e área|जनसंख्या और क्षेत्रफल",
        _population,
    ),
    ("route_profile", "Route|Strecke|Parcours|Ruta|Percorso|Route|Percurso|रास्ता", _route),
    ("flight_info", "Flight|Flug|Vol|Vuelo|Volo|Vlucht|Voo|उड़ान", _flight),
    (
        "room_number",
        "Room / seat|Raum / Platz|Salle / place|Aula / plaza|Aula / posto|Lokaal / plaats|"
        "Sala / lugar|कमरा / सीट",
        _room,
    ),
    ("postcode", "Postcode|PLZ|Code postal|Código postal|CAP|Postcode|CEP|पिन कोड", _postcode),
    ("price_list", "Prices|Preise|Prix|Precios|Prezzi|Prijzen|Preços|दाम", _prices),
    ("discount_rules", "Discounts|Rabatte|Remises|Descuentos|Sconti|Kortingen|Descontos|छूट", _discount),
    (
        "attendance",
        "Attendance / capacity|Zuschauer / Kapazität|Spectateurs / capacité|Asistencia / aforo|"
        "Spettatori / capienza|Toeschouwers / capaciteit|Público / capacidade|दर्शक / क्षमता",
        _attendance,
    ),
    ("horse_odds", "Odds|Quoten|Cotes|Cuotas|Quote|Odds|Cotações|भाव", _odds),
    (
        "shirt_numbers",
        "Shirt numbers taken|Vergebene Rückennummern|Numéros de maillot pris|Dorsales ocupados|"
        "Numeri di maglia presi|Bezette rugnummers|Números de camisa ocupados|ली गई जर्सी नंबर",
        _jerseys,
    ),
    (
        "grade_average",
        "Average grade|Notenschnitt|Moyenne|Nota media|Media voti|Gemiddeld cijfer|Média|औसत अंक",
        _grade,
    ),
    (
        "typing_speed",
        "Typing test|Tippgeschwindigkeit|Test de frappe|Velocidad de tecleo|Velocità di battitura|"
        "Typsnelheid|Velocidade de digitação|टाइपिंग गति",
        _typing,
    ),
    (
        "dewey_shelf",
        "Shelf marks|Signaturen|Cotes|Signaturas|Collocazioni|Plaatsingscodes|Classificação|शेल्फ़ कोड",
        _dewey,
    ),
    ("isbn10", "ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN|ISBN", _isbn10),
    ("cas_number", "CAS no.|CAS-Nr.|N° CAS|Nº CAS|N. CAS|CAS-nr.|Nº CAS|CAS संख्या", _cas),
    (
        "coffee_ratio",
        "Pour-over|Handfilter|Café filtre|Café de filtro|Caffè filtro|Filterkoffie|Café coado|कॉफ़ी अनुपात",
        _coffee,
    ),
    ("bread_hydration", "Dough|Teig|Pâte|Masa|Impasto|Deeg|Massa|आटा", _bread),
    ("oven_temps", "Oven|Ofen|Four|Horno|Forno|Oven|Forno|ओवन", _oven),
    (
        "forecast",
        "Forecast max / min, rain|Vorhersage max / min, Regen|Prévisions max / min, pluie|"
        "Previsión máx / mín, lluvia|Previsioni max / min, pioggia|Verwachting max / min, regen|"
        "Previsão máx / mín, chuva|पूर्वानुमान अधिकतम / न्यूनतम, बारिश",
        _forecast,
    ),
    (
        "snow_report",
        "Snow top / valley, avalanche level|Schnee Berg / Tal, Lawinenstufe|Neige haut / bas, risque|"
        "Nieve cima / valle, riesgo|Neve monte / valle, pericolo|Sneeuw boven / dal, lawinegevaar|"
        "Neve topo / vale, risco|बर्फ़ ऊपर / नीचे, हिमस्खलन स्तर",
        _snow,
    ),
    (
        "uv_index",
        "UV index, sunscreen, burn time|UV-Index, Sonnenschutz, Eigenschutzzeit|Indice UV, protection, durée|"
        "Índice UV, protección, tiempo|Indice UV, protezione, tempo|UV-index, zonnebrand, tijd|"
        "Índice UV, protetor, tempo|यूवी इंडेक्स, सनस्क्रीन, समय",
        _uv,
    ),
    (
        "car_battery",
        "Car battery|Autobatterie|Batterie voiture|Batería del coche|Batteria auto|Accu auto|"
        "Bateria do carro|कार बैटरी",
        _carbatt,
    ),
    (
        "speakers",
        "Speakers|Lautsprecher|Enceintes|Altavoces|Casse|Luidsprekers|Caixas de som|स्पीकर",
        _speaker,
    ),
    (
        "vinyl_speeds",
        "Turntable|Plattenspieler|Platine|Tocadiscos|Giradischi|Platenspeler|Toca-discos|रिकॉर्ड प्लेयर",
        _vinyl,
    ),
    (
        "pregnancy_week",
        "Week / due|SSW / Termin|Semaine / terme|Semana / fecha prevista|Settimana / termine|"
        "Week / uitgerekend|Semana / data prevista|सप्ताह / अनुमानित तिथि",
        _pregnancy,
    ),
    (
        "train_seats",
        "Platform / coach / seats|Gleis / Wagen / Plätze|Voie / voiture / places|Vía / coche / asientos|"
        "Binario / carrozza / posti|Spoor / rijtuig / plaatsen|Plataforma / vagão / assentos|प्लेटफ़ॉर्म / "
        "कोच / सीटें",
        _platform,
    ),
    (
        "music_tempo",
        "Tempo, metre, bars|Tempo, Takt, Takte|Tempo, mesure, mesures|Tempo, compás, compases|"
        "Tempo, metro, battute|Tempo, maatsoort, maten|Andamento, compasso, compassos|ताल, मात्रा, बार",
        _tempo,
    ),
    ("energy_tariff", "Tariff|Tarif|Tarif|Tarifa|Tariffa|Tarief|Tarifa|टैरिफ़", _tariff),
    (
        "meter_reading",
        "Meter reading|Zählerstand|Relevé du compteur|Lectura del contador|Lettura contatore|"
        "Meterstand|Leitura do medidor|मीटर रीडिंग",
        _meter_reading,
    ),
]
