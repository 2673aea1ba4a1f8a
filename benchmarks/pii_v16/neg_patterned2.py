"""Patterned hard negatives of v16, part two (captions en|hi|de|fr|es|it|nl|pt)."""

from .neg_patterned import _r, _u


def _date(r, f):
    d, m, y = _r(r, 1, 28), _r(r, 1, 12), r.choice([2023, 2024, 2025])
    return f"{m:02d}/{d:02d}/{y}" if f.lang == "en" and r.random() < 0.5 else f"{d:02d}.{m:02d}.{y}"


PATTERNED_B = [
    (
        "dice_rolls",
        "Dice|पासे|Würfel|Dés|Dados|Dadi|Dobbelstenen|Dados",
        lambda r, f: " ".join(str(_r(r, 1, 6)) for _ in range(5)),
    ),
    (
        "gps_point",
        "Meeting point GPS|मिलन स्थल GPS|Treffpunkt GPS|Point de rendez-vous GPS|Punto de encuentro GPS|"
        "Punto d'incontro GPS|Verzamelpunt GPS|Ponto de encontro GPS",
        lambda r, f: f"{_u(r, 36, 54):.5f}, {_u(r, -4, 14):.5f}",
    ),
    (
        "elevation",
        "Summit|शिखर|Gipfel|Sommet|Cumbre|Vetta|Top|Cume",
        lambda r, f: f"{f.t(_r(r, 1200, 3900))} m",
    ),
    (
        "time_zone",
        "Call time for the cousins|कज़िन्स से कॉल का समय|Anrufzeit mit den Cousins|Heure de l'appel|"
        "Hora de la videollamada|Ora della chiamata|Tijd van het gesprek|Hora da chamada",
        lambda r, f: (
            f"{_r(r, 7, 21):02d}:{r.choice(['00', '30'])} UTC{r.choice(['+05:30', '+01:00', '-05:00'])}"
        ),
    ),
    (
        "train_numbers",
        "Trains|ट्रेनें|Züge|Trains|Trenes|Treni|Treinen|Trens",
        lambda r, f: (
            f"{r.choice(['ICE', 'IC', 'TGV', 'EC', 'RE'])} {_r(r, 100, 9999)}, "
            f"{r.choice(['RB', 'S', 'IR', 'AVE', 'FR'])} {_r(r, 10, 999)}"
        ),
    ),
    (
        "paint_codes",
        "Paint|पेंट|Farbe|Peinture|Pintura|Vernice|Verf|Tinta",
        lambda r, f: (
            f"RAL {r.choice([7016, 9010, 6005, 5010, 3020, 1015])}, NCS S {_r(r, 10, 40)}05-Y{_r(r, 1, 9)}0R"
        ),
    ),
    (
        "hex_colours",
        "Poster colours|पोस्टर रंग|Plakatfarben|Couleurs de l'affiche|Colores del cartel|"
        "Colori del manifesto|Posterkleuren|Cores do cartaz",
        lambda r, f: " ".join(
            "#" + "".join(r.choice("0123456789ABCDEF") for _ in range(6)) for _ in range(3)
        ),
    ),
    (
        "timestamp_log",
        "Last backup|आख़िरी बैकअप|Letztes Backup|Dernière sauvegarde|Última copia|Ultimo backup|"
        "Laatste back-up|Último backup",
        lambda r, f: (
            f"{r.choice([2024, 2025])}-{_r(r, 1, 12):02d}-{_r(r, 1, 28):02d} "
            f"{_r(r, 0, 23):02d}:{_r(r, 0, 59):02d}:{_r(r, 0, 59):02d}"
        ),
    ),
    (
        "durations",
        "Drive there|वहाँ तक ड्राइव|Fahrzeit|Trajet|Trayecto|Tragitto|Rijtijd|Viagem",
        lambda r, f: f"{_r(r, 1, 6)} h {_r(r, 5, 55)} min",
    ),
    (
        "league_line",
        "Our line in the table|तालिका में हमारी पंक्ति|Unsere Tabellenzeile|Notre ligne au classement|"
        "Nuestra fila en la tabla|La nostra riga in classifica|Onze regel in de stand|Nossa linha na tabela",
        lambda r, f: (
            lambda w, d, lo: f"{w + d + lo} {w} {d} {lo} {_r(r, 20, 45)}:{_r(r, 10, 30)} {3 * w + d}"
        )(_r(r, 5, 12), _r(r, 1, 5), _r(r, 1, 6)),
    ),
    (
        "running_pace",
        "Pace|रफ़्तार|Tempo|Allure|Ritmo|Passo|Tempo|Pace",
        lambda r, f: f"{_r(r, 4, 6)}:{_r(r, 0, 59):02d} min/km",
    ),
    (
        "rowing_split",
        "Erg split|एर्ग स्प्लिट|Ergo-Schnitt|Temps ergo|Parcial ergómetro|Parziale remoergometro|"
        "Ergosplit|Parcial no remo",
        lambda r, f: (
            f"{_r(r, 1, 2)}:{_r(r, 45, 59) if r.random() < 0.5 else _r(r, 0, 15):02d}.{_r(r, 0, 9)} /500 m"
        ),
    ),
    (
        "weight_sets",
        "Squats|स्क्वॉट्स|Kniebeugen|Squats|Sentadillas|Squat|Squats|Agachamento",
        lambda r, f: f"{r.choice([3, 4, 5])} × {r.choice([5, 8, 10])} × {f.d(_u(r, 40, 140), 1)} kg",
    ),
    (
        "climbing_grades",
        "Routes ticked|चढ़ाई रूट|Gekletterte Routen|Voies enchaînées|Vías encadenadas|"
        "Vie chiuse|Geklommen routes|Vias encadenadas",
        lambda r, f: ", ".join(f"{_r(r, 5, 7)}{r.choice('abc')}{r.choice(['', '+'])}" for _ in range(3)),
    ),
    (
        "nutrition_line",
        "Per portion|प्रति हिस्सा|Pro Portion|Par portion|Por ración|Per porzione|Per portie|Por porção",
        lambda r, f: (
            f"{_r(r, 120, 640)} kcal, {f.d(_u(r, 2, 30))} g / {f.d(_u(r, 5, 60))} g / {f.d(_u(r, 1, 25))} g"
        ),
    ),
    (
        "wine_label",
        "The red|लाल वाइन|Der Rote|Le rouge|El tinto|Il rosso|De rode|O tinto",
        lambda r, f: (
            f"{_r(r, 2012, 2022)}, {f.d(r.choice([12.5, 13, 13.5, 14, 14.5]))} % vol, 0{f.d(0.75, 2)[1:]} l"
        ),
    ),
    (
        "radio_frequency",
        "Local radio|स्थानीय रेडियो|Lokalradio|Radio locale|Radio local|Radio locale|Lokale radio|Rádio local",
        lambda r, f: f"{f.d(_u(r, 87.6, 107.9))} MHz, DAB {_r(r, 5, 12)}{r.choice('ABCD')}",
    ),
    (
        "crossword",
        "Stuck on|अटक गए|Hänge fest bei|Bloqué sur|Atascado en|Bloccato su|Vast bij|Travado em",
        lambda r, f: (
            f"{_r(r, 1, 30)} {f.w(r.choice(['across', 'down']))} ({_r(r, 4, 9)}), "
            f"{_r(r, 1, 30)} {f.w(r.choice(['across', 'down']))} ({_r(r, 3, 5)},{_r(r, 3, 6)})"
        ),
    ),
    (
        "interest_rate",
        "Savings rate|बचत ब्याज दर|Sparzins|Taux du livret|Interés de la cuenta|Tasso del conto|"
        "Spaarrente|Rendimento da poupança",
        lambda r, f: f"{f.d(_u(r, 0.5, 4.5), 2)} % p.a.",
    ),
    (
        "salary_band",
        "Salary band|वेतन सीमा|Gehaltsband|Fourchette de salaire|Banda salarial|Fascia di stipendio|"
        "Salarisschaal|Faixa salarial",
        lambda r, f: (lambda lo: f"{f.t(lo)} – {f.t(lo + r.choice([4000, 6000, 8000]))}")(
            _r(r, 28, 70) * 1000
        ),
    ),
    (
        "stock_count",
        "Boxes counted|गिने गए डिब्बे|Kartons gezählt|Cartons comptés|Cajas contadas|Scatole contate|"
        "Dozen geteld|Caixas contadas",
        lambda r, f: ", ".join(str(_r(r, 4, 60)) for _ in range(5)),
    ),
    (
        "ean_code",
        "Barcode on the box|डिब्बे पर बारकोड|Strichcode auf der Packung|Code-barres sur la boîte|"
        "Código de barras de la caja|Codice a barre della scatola|Streepjescode op de doos|"
        "Código de barras da caixa",
        lambda r, f: (
            r.choice(["400", "300", "800", "871", "789", "890"])
            + "".join(str(_r(r, 0, 9)) for _ in range(10))
        ),
    ),
    (
        "dates_list",
        "Dates|तारीखें|Termine|Dates|Fechas|Date|Data|Datas",
        lambda r, f: ", ".join(_date(r, f) for _ in range(3)),
    ),
    (
        "time_range",
        "Slot|समय|Zeitfenster|Créneau|Franja|Fascia oraria|Tijdvak|Horário",
        lambda r, f: (
            f"{_r(r, 7, 17):02d}:{r.choice(['00', '15', '30', '45'])}–{_r(r, 18, 22):02d}:"
            f"{r.choice(['00', '30'])}"
        ),
    ),
    (
        "sewing_sizes",
        "Measurements (bust-waist-hips)|नाप (छाती-कमर-कूल्हे)|Maße (Brust-Taille-Hüfte)|"
        "Mesures (poitrine-taille-hanches)|Medidas (pecho-cintura-cadera)|Misure (seno-vita-fianchi)|"
        "Maten (borst-taille-heup)|Medidas (busto-cintura-quadril)",
        lambda r, f: f"{_r(r, 80, 110)}-{_r(r, 60, 95)}-{_r(r, 88, 118)}",
    ),
    (
        "cake_tin",
        "Tin|सांचा|Springform|Moule|Molde|Tortiera|Springvorm|Forma",
        lambda r, f: f"Ø {r.choice([20, 24, 26, 28])} cm, {_r(r, 160, 190)} °C, {_r(r, 35, 70)} min",
    ),
    (
        "chess_rating",
        "Ratings|रेटिंग|Wertungszahlen|Classements Elo|Elo|Elo|Ratings|Ratings",
        lambda r, f: " / ".join(str(_r(r, 1100, 2300)) for _ in range(4)),
    ),
    (
        "guitar_chords",
        "Chord shapes|कॉर्ड|Griffe|Accords|Acordes|Accordi|Akkoorden|Acordes",
        lambda r, f: "  ".join(r.sample(["x32010", "022100", "320003", "x02220", "xx0232", "133211"], 3)),
    ),
    (
        "share_price",
        "Share price|शेयर भाव|Aktienkurs|Cours de l'action|Cotización|Quotazione|Aandelenkoers|"
        "Cotação da ação",
        lambda r, f: f"{f.d(_u(r, 12, 480), 2)} ({r.choice(['+', '−'])}{f.d(_u(r, 0.1, 3.5))} %)",
    ),
]
