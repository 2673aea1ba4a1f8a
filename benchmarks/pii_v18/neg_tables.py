"""Negative-only tables for v18 (English for en_* locales, else the locale's language)."""

from .neg_patterned import Style

# key: {lang: "Title|h1|h2|h3|h4"}
_T = {
    "fuel_log": {
        "en": "Fuel log for the club van|Date|km|Litres|Cost €",
        "de": "Tankbuch Vereinsbus|Datum|km|Liter|Kosten €",
        "fr": "Carnet de carburant du minibus|Date|km|Litres|Coût €",
        "es": "Registro de gasolina de la furgoneta|Fecha|km|Litros|Coste €",
        "it": "Registro carburante del pulmino|Data|km|Litri|Costo €",
        "nl": "Tanklogboek clubbusje|Datum|km|Liters|Kosten €",
        "pt": "Registro de combustível da van|Data|km|Litros|Custo R$",
    },
    "rain_gauge": {
        "en": "Rain gauge by week|Week|mm|Max °C|Min °C",
        "de": "Regenmesser nach Wochen|Woche|mm|Max °C|Min °C",
        "fr": "Pluviomètre par semaine|Semaine|mm|Max °C|Min °C",
        "es": "Pluviómetro por semanas|Semana|mm|Máx °C|Mín °C",
        "it": "Pluviometro per settimana|Settimana|mm|Max °C|Min °C",
        "nl": "Regenmeter per week|Week|mm|Max °C|Min °C",
        "pt": "Pluviômetro por semana|Semana|mm|Máx °C|Mín °C",
    },
    "swim_gala": {
        "en": "Swim gala times|Lane|50 m|100 m|200 m",
        "de": "Schwimmfest – Zeiten|Bahn|50 m|100 m|200 m",
        "fr": "Gala de natation – temps|Ligne|50 m|100 m|200 m",
        "es": "Festival de natación – tiempos|Calle|50 m|100 m|200 m",
        "it": "Gara di nuoto – tempi|Corsia|50 m|100 m|200 m",
        "nl": "Zwemwedstrijd – tijden|Baan|50 m|100 m|200 m",
        "pt": "Festival de natação – tempos|Raia|50 m|100 m|200 m",
    },
    "darts_league": {
        "en": "Pub darts league|Round|Home|Away|Best checkout",
        "de": "Dartliga der Kneipe|Runde|Heim|Gast|Bestes Finish",
        "fr": "Ligue de fléchettes du bar|Tour|Domicile|Extérieur|Meilleure finition",
        "es": "Liga de dardos del bar|Ronda|Local|Visitante|Mejor cierre",
        "it": "Campionato freccette del bar|Turno|Casa|Ospiti|Miglior chiusura",
        "nl": "Dartcompetitie café|Ronde|Thuis|Uit|Beste finish",
        "pt": "Liga de dardos do bar|Rodada|Casa|Visitante|Melhor fechamento",
    },
    "bus_times": {
        "en": "Shuttle bus times|Trip|Leaves|Arrives|Seats",
        "de": "Pendelbus – Fahrzeiten|Fahrt|Ab|An|Plätze",
        "fr": "Navette – horaires|Trajet|Départ|Arrivée|Places",
        "es": "Lanzadera – horarios|Viaje|Salida|Llegada|Plazas",
        "it": "Navetta – orari|Corsa|Partenza|Arrivo|Posti",
        "nl": "Pendelbus – tijden|Rit|Vertrek|Aankomst|Plaatsen",
        "pt": "Ônibus de traslado – horários|Viagem|Saída|Chegada|Lugares",
    },
    "nutrition": {
        "en": "Bake sale nutrition card|Item|kcal|Protein g|Sugar g",
        "de": "Nährwerte Kuchenverkauf|Nr.|kcal|Eiweiß g|Zucker g",
        "fr": "Valeurs nutritionnelles des gâteaux|N°|kcal|Protéines g|Sucres g",
        "es": "Valores nutricionales de los dulces|N.º|kcal|Proteína g|Azúcar g",
        "it": "Valori nutrizionali dei dolci|N.|kcal|Proteine g|Zuccheri g",
        "nl": "Voedingswaarden taartverkoop|Nr.|kcal|Eiwit g|Suiker g",
        "pt": "Tabela nutricional dos doces|N.º|kcal|Proteína g|Açúcar g",
    },
    "hike_stages": {
        "en": "Walking weekend stages|Stage|km|Ascent m|Hours",
        "de": "Wanderwochenende – Etappen|Etappe|km|Aufstieg m|Stunden",
        "fr": "Week-end rando – étapes|Étape|km|Dénivelé m|Heures",
        "es": "Fin de semana de senderismo – etapas|Etapa|km|Desnivel m|Horas",
        "it": "Weekend di trekking – tappe|Tappa|km|Dislivello m|Ore",
        "nl": "Wandelweekend – etappes|Etappe|km|Stijging m|Uren",
        "pt": "Fim de semana de trilha – etapas|Etapa|km|Subida m|Horas",
    },
    "event_budget": {
        "en": "Budget against spend|Line|Planned|Spent|Difference",
        "de": "Budget und Ausgaben|Posten|Geplant|Ausgegeben|Differenz",
        "fr": "Budget et dépenses|Poste|Prévu|Dépensé|Écart",
        "es": "Presupuesto y gasto|Partida|Previsto|Gastado|Diferencia",
        "it": "Budget e spese|Voce|Previsto|Speso|Differenza",
        "nl": "Begroting en uitgaven|Post|Gepland|Uitgegeven|Verschil",
        "pt": "Orçamento e gastos|Item|Previsto|Gasto|Diferença",
    },
    "chess_night": {
        "en": "Chess club ladder|Board|Rating W|Rating B|Result",
        "de": "Schachabend – Bretter|Brett|DWZ Weiß|DWZ Schwarz|Ergebnis",
        "fr": "Soirée échecs|Table|Elo blancs|Elo noirs|Résultat",
        "es": "Noche de ajedrez|Tablero|Elo blancas|Elo negras|Resultado",
        "it": "Serata di scacchi|Scacchiera|Elo bianco|Elo nero|Risultato",
        "nl": "Schaakavond|Bord|Rating wit|Rating zwart|Uitslag",
        "pt": "Noite de xadrez|Tabuleiro|Rating brancas|Rating pretas|Resultado",
    },
    "harvest_log": {
        "en": "Harvest by bed|Bed|kg|Plants|Picked",
        "de": "Ernte nach Beeten|Beet|kg|Pflanzen|Geerntet",
        "fr": "Récolte par planche|Planche|kg|Plants|Cueilli le",
        "es": "Cosecha por bancal|Bancal|kg|Plantas|Recogido",
        "it": "Raccolto per aiuola|Aiuola|kg|Piante|Raccolto il",
        "nl": "Oogst per bed|Bed|kg|Planten|Geoogst",
        "pt": "Colheita por canteiro|Canteiro|kg|Mudas|Colhido",
    },
    "cake_orders": {
        "en": "Cake stall tally|Cake|Slices|Price €|Sold",
        "de": "Kuchenstand – Strichliste|Kuchen|Stücke|Preis €|Verkauft",
        "fr": "Stand de gâteaux – comptage|Gâteau|Parts|Prix €|Vendues",
        "es": "Puesto de tartas – recuento|Tarta|Porciones|Precio €|Vendidas",
        "it": "Banco dolci – conteggio|Torta|Fette|Prezzo €|Vendute",
        "nl": "Taartkraam – turflijst|Taart|Stukken|Prijs €|Verkocht",
        "pt": "Barraca de bolos – contagem|Bolo|Fatias|Preço R$|Vendidas",
    },
    "tide_table": {
        "en": "Tide table for the crossing|Day|High water|Low water|Height m",
        "de": "Gezeitentabelle für die Überfahrt|Tag|Hochwasser|Niedrigwasser|Höhe m",
        "fr": "Horaires des marées|Jour|Pleine mer|Basse mer|Hauteur m",
        "es": "Tabla de mareas|Día|Pleamar|Bajamar|Altura m",
        "it": "Tabella delle maree|Giorno|Alta marea|Bassa marea|Altezza m",
        "nl": "Getijdentabel|Dag|Hoogwater|Laagwater|Hoogte m",
        "pt": "Tábua de marés|Dia|Preamar|Baixa-mar|Altura m",
    },
}
KINDS = sorted(_T)
SEPARATORS = [" │ ", ";", " || ", "  "]


def _hm(r, lo, hi):
    m = r.randint(lo * 60, hi * 60)
    return "%02d:%02d" % (m // 60, m % 60)


def _row(kind, r, s, i):
    if kind == "fuel_log":
        litres = r.uniform(20, 70)
        return [
            "%02d/%02d" % (r.randint(1, 28), r.randint(1, 12)),
            s.th(r.randint(20000, 160000)),
            s.dec(litres, 1),
            s.dec(litres * r.uniform(1.6, 1.95), 2),
        ]
    if kind == "rain_gauge":
        return [
            str(r.randint(1, 52)),
            s.dec(r.uniform(0, 60)),
            s.dec(r.uniform(10, 32)),
            s.dec(r.uniform(-4, 14)),
        ]
    if kind == "swim_gala":
        return [
            str(i + 1),
            "0:%02d.%02d" % (r.randint(28, 59), r.randint(0, 99)),
            "1:%02d.%02d" % (r.randint(0, 59), r.randint(0, 99)),
            "3:%02d.%02d" % (r.randint(0, 59), r.randint(0, 99)),
        ]
    if kind == "darts_league":
        return [str(i + 1), str(r.randint(0, 7)), str(r.randint(0, 7)), str(r.randint(40, 170))]
    if kind == "bus_times":
        return [str(i + 1), _hm(r, 7, 12), _hm(r, 12, 18), str(r.randint(8, 52))]
    if kind == "nutrition":
        return [str(i + 1), str(r.randint(120, 520)), s.dec(r.uniform(1, 12)), s.dec(r.uniform(5, 45))]
    if kind == "hike_stages":
        return [str(i + 1), s.dec(r.uniform(6, 24)), s.th(r.randint(150, 1400)), s.dec(r.uniform(2, 8), 1)]
    if kind == "event_budget":
        plan = r.randint(50, 1500)
        spent = plan + r.randint(-200, 200)
        return [str(i + 1), s.th(plan), s.th(max(spent, 0)), "%+d" % (max(spent, 0) - plan)]
    if kind == "chess_night":
        return [
            str(i + 1),
            str(r.randint(1100, 2200)),
            str(r.randint(1100, 2200)),
            r.choice(["1-0", "0-1", "½-½"]),
        ]
    if kind == "harvest_log":
        return [
            str(i + 1),
            s.dec(r.uniform(0.5, 30)),
            str(r.randint(3, 40)),
            "%02d/%02d" % (r.randint(1, 28), r.randint(6, 10)),
        ]
    if kind == "cake_orders":
        return [
            str(i + 1),
            str(r.randint(8, 16)),
            s.dec(r.choice([1.5, 2, 2.5, 3]), 2),
            str(r.randint(0, 16)),
        ]
    return [str(i + 1), _hm(r, 0, 11), _hm(r, 12, 23), s.dec(r.uniform(0.4, 6.5))]


def table(rng, kind, lang):
    """A negative-only table document: (separator, text)."""
    tlang = lang if lang in _T[kind] else "en"
    title, *head = _T[kind][tlang].split("|")
    s = Style(tlang)
    rows = [head] + [_row(kind, rng, s, i) for i in range(rng.randint(4, 8))]
    sep = rng.choice(SEPARATORS)
    if sep == "  ":
        widths = [max(len(r[c]) for r in rows) for c in range(len(head))]
        lines = ["  ".join(cell.ljust(w) for cell, w in zip(r, widths, strict=True)).rstrip() for r in rows]
    else:
        lines = [sep.join(r) for r in rows]
    return sep, title + "\n\n" + "\n".join(lines)
