"""Hard negatives, part 4: small tables and lists whose numbers are plainly not phone numbers.

Columns are separated by two or more spaces or by " | ", as people line them up in plain text.
"""

from __future__ import annotations

import random

from .neg_labelled import SHAPES, digits_for
from .neg_patterns import FX, _r, w


def _rows(n_lo: int, n_hi: int, rng: random.Random) -> range:
    return range(_r(rng, n_lo, n_hi))


def t_tides(rng, lang):
    head = w(
        lang,
        "Tide times|Gezeiten|Horaires des marées|Tabla de mareas|Orari delle maree|Getijden|Tábua de marés",
    )
    lines = [head]
    h = _r(rng, 0, 5)
    for _ in _rows(3, 5, rng):
        lines.append(
            "%s  %02d:%02d  %d.%d m"
            % (rng.choice(["HW", "LW"]), h, _r(rng, 0, 59), _r(rng, 0, 6), _r(rng, 0, 9))
        )
        h = (h + 6) % 24
    return "\n".join(lines)


def t_ferry(rng, lang):
    lines = [
        w(
            lang,
            "Sailings|Abfahrten Fähre|Traversées|Salidas del ferry|Partenze traghetto|Afvaarten|Travessias",
        ),
        w(
            lang,
            "Dep    Arr    Vessel|Ab     An     Schiff|Dép.   Arr.   Navire|"
            "Sal.   Lleg.  Buque|Part.  Arr.   Nave|Vertr. Aank.  Schip|"
            "Saída  Cheg.  Navio",
        ),
    ]
    for _ in _rows(3, 6, rng):
        h = _r(rng, 6, 21)
        lines.append(
            "%02d:%02d  %02d:%02d  %s"
            % (
                h,
                _r(rng, 0, 59),
                h + 1,
                _r(rng, 0, 59),
                rng.choice(["Isle of Arran", "Hebrides", "Stena Nordica", "Pride of Kent", "Texelstroom"]),
            )
        )
    return "\n".join(lines)


def t_gala(rng, lang):
    lines = [
        w(
            lang,
            "Lane | Club | Time¦Bahn | Verein | Zeit¦Couloir | Club | Temps¦Calle | Club | Tiempo¦"
            "Corsia | Società | Tempo¦Baan | Vereniging | Tijd¦Raia | Clube | Tempo",
            "¦",
        )
    ]
    for lane in range(1, _r(rng, 4, 7)):
        lines.append(
            "%d | %s | %d:%02d.%02d"
            % (
                lane,
                rng.choice(["Otters", "Dolphins", "Piranhas", "Seals", "Barracudas"]),
                _r(rng, 0, 1),
                _r(rng, 20, 59),
                _r(rng, 0, 99),
            )
        )
    return "\n".join(lines)


def t_quiz(rng, lang):
    lines = ["%-24s%-4s%-4s%-4s%-4s%s" % ("Team", "R1", "R2", "R3", "R4", "Total")]
    for team in rng.sample(
        [
            "Quizteama Aguilera",
            "The Usual Suspects",
            "Les Quizerables",
            "Universally Challenged",
            "Tequila Mockingbird",
            "Agatha Quiztie",
        ],
        4,
    ):
        sc = [_r(rng, 3, 10) for _ in range(4)]
        lines.append("%-24s%-4d%-4d%-4d%-4d%d" % (team, *sc, sum(sc)))
    return "\n".join(lines)


def t_auction(rng, lang):
    lines = [
        w(
            lang,
            "Lot   Description                 Estimate|Los   Beschreibung           Schätzpreis|"
            "Lot   Description            Estimation|Lote  Descripción            Estimación|"
            "Lotto Descrizione            Stima|Kavel Omschrijving           Schatting|"
            "Lote  Descrição              Estimativa",
        )
    ]
    for _ in _rows(3, 5, rng):
        lo = _r(rng, 2, 40) * 10
        lines.append(
            "%-6d%-28s%d–%d"
            % (
                _r(rng, 1, 450),
                rng.choice(
                    [
                        "Pair of brass candlesticks",
                        "Oak tea caddy",
                        "Victorian sampler",
                        "Silver napkin rings",
                        "Clock movement",
                    ]
                ),
                lo,
                lo + _r(rng, 2, 10) * 10,
            )
        )
    return "\n".join(lines)


def t_chess(rng, lang):
    lines = [
        w(
            lang,
            "Board  Home  Away  Result|Brett  Heim  Gast  Ergebnis|Échiquier  Dom.  Ext.  Résultat|"
            "Tablero  Local  Visit.  Resultado|Scacchiera  Casa  Ospiti  Risultato|"
            "Bord  Thuis  Uit  Uitslag|Tabuleiro  Casa  Fora  Resultado",
        )
    ]
    for b in range(1, _r(rng, 4, 7)):
        lines.append(
            "%d  %d  %d  %s"
            % (b, _r(rng, 1300, 2300), _r(rng, 1300, 2300), rng.choice(["1-0", "0-1", "½-½"]))
        )
    return "\n".join(lines)


def t_weather(rng, lang):
    lines = [
        w(
            lang,
            "Time   Temp   Pressure   Wind|Zeit   Temp.  Luftdruck  Wind|Heure  Temp.  Pression   Vent|"
            "Hora   Temp.  Presión    Viento|Ora    Temp.  Pressione  Vento|Tijd   Temp.  Luchtdruk  Wind|"
            "Hora   Temp.  Pressão    Vento",
        )
    ]
    t, hpa = _r(rng, -3, 22), _r(rng, 990, 1032)
    for h in range(6, 6 + 3 * _r(rng, 3, 5), 3):
        t, hpa = t + _r(rng, -1, 3), hpa + _r(rng, -2, 2)
        lines.append(
            "%02d:00  %d °C  %d hPa  %s %d"
            % (h, t, hpa, rng.choice(["N", "NE", "SW", "W", "S"]), _r(rng, 1, 7))
        )
    return "\n".join(lines)


def t_parts_header(rng, lang):
    """Part numbers with the phone-shaped column named only in the header row."""
    lines = [
        w(
            lang,
            "Part no.        Qty   Bin|Teile-Nr.       Menge Fach|Réf. pièce      Qté   Casier|"
            "Ref. pieza      Cant. Hueco|Cod. ricambio   Q.tà  Scaffale|Onderdeelnr.    Aantal Vak|"
            "Cód. peça       Qtd.  Escaninho",
        )
    ]
    for _ in _rows(3, 6, rng):
        lines.append(
            "%-16s%-6d%s-%02d"
            % (digits_for(rng, rng.choice(SHAPES[:8])), _r(rng, 1, 60), rng.choice("ABCDEF"), _r(rng, 1, 40))
        )
    return "\n".join(lines)


def t_stock_bare(rng, lang):
    """An inventory count with article numbers and no header at all."""
    lines = [
        w(
            lang,
            "Stock count, shelf %s|Inventur Regal %s|Inventaire rayon %s|Inventario estante %s|"
            "Inventario scaffale %s|Telling schap %s|Inventário prateleira %s",
        )
        % rng.choice("ABCDEFG")
    ]
    for _ in _rows(3, 6, rng):
        lines.append("%s  x%d" % (digits_for(rng, rng.choice(SHAPES)), _r(rng, 1, 48)))
    return "\n".join(lines)


def t_fuel_prices(rng, lang):
    return "\n".join(
        [
            w(
                lang,
                "Fuel prices today|Spritpreise heute|Prix des carburants|Precios carburante|"
                "Prezzi carburante|Brandstofprijzen|Preço dos combustíveis",
            )
        ]
        + ["%s  %d,%03d" % (f, 1, _r(rng, 550, 999)) for f in ["Diesel", "E10", "Super", "LPG"]]
    )


def t_currency(rng, lang):
    lines = [
        w(
            lang,
            "Currency  Buy  Sell|Währung  Ankauf  Verkauf|Devise  Achat  Vente|Divisa  Compra  Venta|"
            "Valuta  Acquisto  Vendita|Valuta  Aankoop  Verkoop|Moeda  Compra  Venda",
        )
    ]
    for c in rng.sample(sorted(FX), 4):
        a = FX[c] * rng.uniform(0.98, 1.01)
        lines.append("%s  %.4f  %.4f" % (c, a, a * 1.03))
    return "\n".join(lines)


def t_ski_pass(rng, lang):
    lines = [
        w(
            lang,
            "Pass | Adult | Child¦Karte | Erw. | Kind¦Forfait | Adulte | Enfant¦Forfait | Adulto | Niño¦"
            "Skipass | Adulto | Bambino¦Pas | Volw. | Kind¦Passe | Adulto | Criança",
            "¦",
        )
    ]
    for d in [1, 2, 3, 6]:
        a = _r(rng, 45, 70) * d
        lines.append("%d | %d,00 | %d,00" % (d, a, a * 7 // 10))
    return "\n".join(lines)


def t_census(rng, lang):
    lines = [
        w(
            lang,
            "Parish population|Einwohnerentwicklung|Évolution de la population|Evolución de la población|"
            "Andamento demografico|Bevolkingsverloop|Evolução da população",
        )
    ]
    p = _r(rng, 800, 30000)
    for y in range(1961, 2030, 10 * _r(rng, 1, 2)):
        p += _r(rng, -900, 2500)
        lines.append("%d    %d %03d" % (y, p // 1000, p % 1000))
    return "\n".join(lines)


def t_cinema(rng, lang):
    lines = [w(lang, "Screen 1|Saal 1|Salle 1|Sala 1|Sala 1|Zaal 1|Sala 1")]
    for _ in _rows(2, 4, rng):
        lines.append(
            "%s  %s"
            % (
                rng.choice(
                    ["The Lighthouse Keeper", "Winter Orchard", "Night Train to Split", "The Last Ferry"]
                ),
                "  ".join("%02d:%02d" % (_r(rng, 13, 22), rng.choice([0, 15, 30, 45])) for _ in range(3)),
            )
        )
    return "\n".join(lines)


def t_periods(rng, lang):
    lines = [
        w(
            lang,
            "Period times|Stundenplan Zeiten|Horaires des cours|Horario de clases|Orario delle lezioni|"
            "Lestijden|Horário das aulas",
        )
    ]
    h, m = 8, 0
    for i in range(1, _r(rng, 5, 7)):
        e = h * 60 + m + 45
        lines.append("%d.  %02d:%02d–%02d:%02d" % (i, h, m, e // 60, e % 60))
        e += rng.choice([5, 5, 15, 20])
        h, m = e // 60, e % 60
    return "\n".join(lines)


def t_tree_survey(rng, lang):
    lines = [
        w(
            lang,
            "Tag    Species   Girth   Height|Nr.    Art       Umfang  Höhe|N°     Essence   Circ.   "
            "Haut.|N.º    Especie   Perím.  Altura|N.     Specie    Circ.   Altezza|Nr.    Soort     "
            "Omtrek  Hoogte|Nº     Espécie   Circ.   Altura",
        )
    ]
    for _ in _rows(3, 5, rng):
        lines.append(
            "T%04d  %-9s %d cm  %d m"
            % (
                _r(rng, 1, 9999),
                rng.choice(["Quercus", "Fagus", "Tilia", "Acer", "Fraxinus"]),
                _r(rng, 60, 480),
                _r(rng, 6, 32),
            )
        )
    return "\n".join(lines)


def t_splits(rng, lang):
    lines = ["km   split   total"]
    tot = 0
    for k in range(1, _r(rng, 5, 8)):
        s = _r(rng, 230, 380)
        tot += s
        lines.append("%d    %d:%02d    %d:%02d" % (k, s // 60, s % 60, tot // 60, tot % 60))
    return "\n".join(lines)


def t_bus_freq(rng, lang):
    lines = [
        w(
            lang,
            "Line  Mon–Fri  Sat  Sun|Linie  Mo–Fr  Sa  So|Ligne  Lun–Ven  Sam  Dim|"
            "Línea  L–V  Sáb  Dom|Linea  Lun–Ven  Sab  Dom|Lijn  Ma–Vr  Za  Zo|Linha  Seg–Sex  Sáb  Dom",
        )
    ]
    for _ in _rows(3, 5, rng):
        lines.append(
            "%d  %d'  %d'  %d'"
            % (_r(rng, 1, 899), rng.choice([10, 15, 20]), rng.choice([20, 30]), rng.choice([30, 60]))
        )
    return "\n".join(lines)


def t_garden_plots(rng, lang):
    """A list of plots with sizes and yearly rent; the plot codes look dialable but are plot codes."""
    lines = [
        w(
            lang,
            "Plot | Size | Rent¦Parzelle | Größe | Pacht¦Parcelle | Surface | Loyer¦Parcela | Tamaño | "
            "Renta¦Lotto | Superficie | Canone¦Tuin | Grootte | Huur¦Lote | Área | Aluguel",
            "¦",
        )
    ]
    for _ in _rows(3, 5, rng):
        lines.append(
            "%s | %d m² | %d,%02d"
            % (digits_for(rng, "Ndd dddd"), _r(rng, 90, 400), _r(rng, 20, 180), _r(rng, 0, 99))
        )
    return "\n".join(lines)


def t_winning_tickets(rng, lang):
    """Prize draw results: the ticket numbers stand alone, one per line."""
    lines = [
        w(
            lang,
            "Winning tickets|Gewinnlose|Billets gagnants|Papeletas premiadas|Biglietti vincenti|"
            "Winnende loten|Bilhetes premiados",
        )
    ]
    for i in range(1, _r(rng, 3, 6)):
        lines.append("%d.  %s" % (i, digits_for(rng, rng.choice(["Ndd dddd", "Nddd ddd", "0dd ddddd"]))))
    return "\n".join(lines)


def t_returned_serials(rng, lang):
    """Serial numbers of hired equipment that came back, listed bare."""
    lines = [
        w(
            lang,
            "Radios returned after the event|Zurückgegebene Funkgeräte|Radios rendues|Radios devueltas|"
            "Radio restituite|Ingeleverde portofoons|Rádios devolvidos",
        )
    ]
    for _ in _rows(3, 5, rng):
        lines.append("- %s (%s)" % (digits_for(rng, rng.choice(SHAPES[:6])), rng.choice(["ok", "OK", "✓"])))
    return "\n".join(lines)


TABLE_KINDS = [
    (f.__name__.replace("t_", "table-").replace("_", "-"), f)
    for f in [
        t_tides,
        t_ferry,
        t_gala,
        t_quiz,
        t_auction,
        t_chess,
        t_weather,
        t_parts_header,
        t_stock_bare,
        t_fuel_prices,
        t_currency,
        t_ski_pass,
        t_census,
        t_cinema,
        t_periods,
        t_tree_survey,
        t_splits,
        t_bus_freq,
        t_garden_plots,
        t_winning_tickets,
        t_returned_serials,
    ]
]
