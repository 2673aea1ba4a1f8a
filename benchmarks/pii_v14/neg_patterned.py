"""Hard negatives, patterned kind: numbers with a shape of their own (sizes, scores, readings, codes).

Each kind: (key, labels in en|de|fr|es|it|nl|pt|hi, generator(rng, lang) -> value text).
"""

from __future__ import annotations

import random

from .neg_common import _pick, _race, _times, dec
from .neg_labelled import LANG_ORDER
from .neg_patterned2 import PATTERNED_B

PATTERNED = [
    (
        "guitar strings",
        "Strings|Saiten|Cordes|Cuerdas|Corde|Snaren|Cordas|तार",
        lambda r, g: _pick(
            r, "10-13-17-26-36-46", "09-11-16-24-32-42", "11-14-18-28-38-49", "12-16-24-32-42-53"
        ),
    ),
    (
        "tyre size",
        "Tyres|Reifen|Pneus|Neumáticos|Pneumatici|Banden|Pneus|टायर",
        lambda r, g: (
            f"{r.choice([185, 195, 205, 215, 225])}/{r.choice([45, 50, 55, 60, 65])} R{r.randint(15, 18)} "
            f"{r.randint(84, 99)}{r.choice('HVTW')}"
        ),
    ),
    (
        "tyre pressure",
        "Tyre pressure|Reifendruck|Pression des pneus|Presión|Pressione gomme|Bandenspanning|"
        "Calibragem|टायर प्रेशर",
        lambda r, g: f"{dec(r.uniform(2.0, 2.6), g)} / {dec(r.uniform(2.2, 2.9), g)} bar",
    ),
    (
        "bike tyre",
        "Bike tyre|Fahrradreifen|Pneu vélo|Cubierta|Copertone bici|Fietsband|Pneu da bike|साइकिल टायर",
        lambda r, g: _pick(
            r, "28-622 (700x28C)", "37-622 (28 x 1.40)", "47-559 (26 x 1.75)", "57-584 (27.5 x 2.25)"
        ),
    ),
    (
        "ring size",
        "Ring size|Ringgröße|Taille de bague|Talla de anillo|Misura anello|Ringmaat|Aro|अंगूठी का साइज़",
        lambda r, g: f"{r.randint(48, 62)} (US {r.randint(5, 10)})",
    ),
    (
        "hat sizes",
        "Hat sizes|Hutgrößen|Tours de tête|Tallas de gorra|Taglie cappello|Hoedmaten|Tamanhos de boné|"
        "टोपी के साइज़",
        lambda r, g: ", ".join(str(x) for x in sorted(r.sample(range(53, 62), 4))) + " cm",
    ),
    (
        "glove sizes",
        "Gloves|Handschuhe|Gants|Guantes|Guanti|Handschoenen|Luvas|दस्ताने",
        lambda r, g: f"{r.randint(2, 6)}x size 7, {r.randint(2, 6)}x size 8, {r.randint(1, 4)}x size 9",
    ),
    (
        "recipe scaling",
        "Recipe scaled|Rezept umgerechnet|Recette ajustée|Receta ajustada|Ricetta riproporzionata|"
        "Recept omgerekend|Receita ajustada|नुस्खा मात्रा",
        lambda r, g: f"x{r.randint(3, 8)}: 250 g → {250 * r.randint(3, 8)} g, 3 → {3 * r.randint(3, 8)}",
    ),
    (
        "baking tins",
        "Tins|Backformen|Moules|Moldes|Stampi|Bakvormen|Formas|सांचे",
        lambda r, g: _pick(r, "20 cm, 23 cm, 26 cm", "18 x 28 cm", "24 cm + 28 cm", "30 x 40 cm"),
    ),
    (
        "cocktail measures",
        "Measures|Mengen|Doses|Medidas|Dosi|Maatjes|Medidas|माप",
        lambda r, g: f"{r.choice([40, 50, 60])} ml / {r.choice([20, 25, 30])} ml / {r.choice([10, 15])} ml",
    ),
    (
        "chess ratings",
        "Ratings|Wertungszahlen|Classements Elo|Elo|Punteggi Elo|Ratings|Rating|रेटिंग",
        lambda r, g: ", ".join(str(x) for x in sorted(r.sample(range(1100, 2200), 4), reverse=True)),
    ),
    (
        "chess opening",
        "Opening|Eröffnung|Ouverture|Apertura|Apertura|Opening|Abertura|ओपनिंग",
        lambda r, g: _pick(
            r, "1.e4 e5 2.Nf3 Nc6 3.Bb5 a6", "1.d4 d5 2.c4 e6 3.Nc3 Nf6", "1.e4 c5 2.Nf3 d6 3.d4"
        ),
    ),
    (
        "darts checkout",
        "Checkout|Finish|Finish|Cierre|Chiusura|Uitgooi|Checkout|चेकआउट",
        lambda r, g: _pick(r, "T20 T19 D12 (121)", "T20 T20 D20 (160)", "T19 D16 (89)", "T17 T18 D20 (145)"),
    ),
    (
        "tennis score",
        "Score|Ergebnis|Score|Resultado|Punteggio|Uitslag|Placar|स्कोर",
        lambda r, g: _pick(r, "6-4 3-6 7-6 (7-5)", "6-2 6-3", "4-6 6-4 10-8", "7-5 6-7 (4-7) 6-1"),
    ),
    (
        "football results",
        "Results|Ergebnisse|Résultats|Resultados|Risultati|Uitslagen|Resultados|नतीजे",
        lambda r, g: ", ".join(f"{r.randint(0, 4)}-{r.randint(0, 4)}" for _ in range(4)),
    ),
    (
        "league table line",
        "Table|Tabelle|Classement|Clasificación|Classifica|Stand|Classificação|तालिका",
        lambda r, g: (lambda w, d, lo: f"P {w + d + lo} W {w} D {d} L {lo} Pts {3 * w + d}")(
            r.randint(3, 12), r.randint(0, 4), r.randint(0, 6)
        ),
    ),
    (
        "race finish times",
        "Finish times|Zielzeiten|Temps d'arrivée|Tiempos|Tempi all'arrivo|Eindtijden|Tempos de chegada|समय",
        lambda r, g: _race(r),
    ),
    (
        "running pace",
        "Pace|Tempo|Allure|Ritmo|Passo|Tempo|Pace|गति",
        lambda r, g: f"{r.randint(4, 6)}:{r.randint(0, 59):02d}/km",
    ),
    (
        "swim times",
        "Times|Zeiten|Temps|Tiempos|Tempi|Tijden|Tempos|समय",
        lambda r, g: (
            f"1:{r.randint(0, 15):02d}.{r.randint(0, 99):02d}, "
            f"1:{r.randint(10, 30):02d}.{r.randint(0, 99):02d}"
        ),
    ),
    (
        "rowing splits",
        "Splits|Splits|Temps au 500 m|Parciales|Parziali|Splits|Parciais|स्प्लिट",
        lambda r, g: f"1:{r.randint(48, 59)}.{r.randint(0, 9)} /500m",
    ),
    (
        "elevation",
        "Elevation|Höhenmeter|Dénivelé|Desnivel|Dislivello|Hoogtemeters|Elevação|चढ़ाई",
        lambda r, g: f"{r.randint(300, 1600)} m ↑ {r.randint(300, 1600)} m ↓",
    ),
    (
        "climbing grades",
        "Grades|Schwierigkeitsgrade|Cotations|Grados|Gradi|Graden|Graus|ग्रेड",
        lambda r, g: _pick(r, "6a+, 6b, 6c+, 7a", "5c, 6a, 6a+", "VI-, VI, VII+"),
    ),
    (
        "archery end",
        "Arrows|Pfeile|Flèches|Flechas|Frecce|Pijlen|Flechas|तीर",
        lambda r, g: (lambda s: " ".join(str(x) for x in s) + f" = {sum(s)}")(
            sorted(r.choices(range(6, 11), k=6), reverse=True)
        ),
    ),
    (
        "blood pressure",
        "BP|Blutdruck|Tension|Tensión|Pressione|Bloeddruk|Pressão|रक्तचाप",
        lambda r, g: f"{r.randint(112, 148)}/{r.randint(70, 95)}, {r.randint(58, 88)} bpm",
    ),
    (
        "blood sugar",
        "Sugar|Zucker|Glycémie|Glucosa|Glicemia|Bloedsuiker|Glicemia|शुगर",
        lambda r, g: f"{r.randint(85, 110)} mg/dL → {r.randint(120, 170)} mg/dL",
    ),
    (
        "dosage",
        "Dosage|Dosierung|Posologie|Posología|Posologia|Dosering|Posologia|खुराक",
        lambda r, g: _pick(r, "400 mg 1-0-1", "500 mg 1-1-1", "20 mg 1-0-0", "5 ml 0-0-1"),
    ),
    (
        "baby feeds",
        "Feeds|Mahlzeiten|Biberons|Tomas|Poppate|Voedingen|Mamadas|फ़ीड",
        lambda r, g: ", ".join(f"{t} {r.choice([90, 120, 150, 180])} ml" for t in _times(r, 3, 5)),
    ),
    (
        "fever log",
        "Temp|Fieber|Température|Fiebre|Febbre|Koorts|Febre|बुखार",
        lambda r, g: f"{dec(r.uniform(37.5, 39.5), g)} °C, {dec(r.uniform(37.0, 38.5), g)} °C",
    ),
    (
        "rain gauge",
        "Rain gauge|Niederschlag|Pluviomètre|Pluviómetro|Pluviometro|Regenmeter|Pluviômetro|वर्षा",
        lambda r, g: ", ".join(dec(r.uniform(0, 25), g) + " mm" for _ in range(3)),
    ),
    (
        "wind",
        "Wind|Wind|Vent|Viento|Vento|Wind|Vento|हवा",
        lambda r, g: f"{r.choice(['SW', 'W', 'NW', 'NE'])} {r.randint(3, 7)} Bft, {r.randint(40, 90)} km/h",
    ),
    (
        "tides",
        "Tides|Gezeiten|Marées|Mareas|Maree|Getijden|Marés|ज्वार",
        lambda r, g: (
            f"HW {_times(r, 1, 5)[0]} {dec(r.uniform(3, 6), g)} m, LW {_times(r, 1, 11)[0]} "
            f"{dec(r.uniform(0.4, 1.6), g)} m"
        ),
    ),
    (
        "geocache",
        "Meeting point|Treffpunkt|Point de rendez-vous|Punto de encuentro|Punto d'incontro|Verzamelpunt|"
        "Ponto de encontro|मिलन स्थल",
        lambda r, g: (
            f"N {r.randint(40, 54)}° {r.randint(0, 59):02d}.{r.randint(0, 999):03d}' "
            f"E {r.randint(1, 14):03d}° {r.randint(0, 59):02d}.{r.randint(0, 999):03d}'"
        ),
    ),
    (
        "grid reference",
        "Grid ref|UTM-Koordinate|Coordonnées UTM|UTM|Coordinate UTM|RD-coördinaten|UTM|ग्रिड संदर्भ",
        lambda r, g: (
            f"{r.choice(['SD', 'NY', 'SU', 'SK'])} {r.randint(1000, 9999)} {r.randint(1000, 9999)}"
            if g == "en"
            else f"{r.randint(29, 33)}U E {r.randint(300000, 799999)} N {r.randint(4000000, 5999999)}"
        ),
    ),
    ("bus times", "Buses|Busse|Bus|Autobuses|Autobus|Bussen|Ônibus|बसें", lambda r, g: " ".join(_times(r, 4))),
    (
        "opening hours",
        "Hours|Öffnungszeiten|Horaires|Horario|Orari|Openingstijden|Horário|समय",
        lambda r, g: _pick(r, "9–12:30, 14–18", "10:00–13:00 / 15:00–19:00", "8–20", "9:30–17:30"),
    ),
    (
        "hymn numbers",
        "Hymns|Lieder|Chants|Cantos|Canti|Liederen|Hinos|भजन क्रमांक",
        lambda r, g: ", ".join(str(x) for x in r.sample(range(20, 700), 4)),
    ),
    (
        "bible readings",
        "Readings|Lesungen|Lectures|Lecturas|Letture|Lezingen|Leituras|पाठ",
        lambda r, g: _pick(
            r, "Jn 3:16-21; Ps 23:1-6", "Lk 15:11-32", "Mt 5:1-12; Is 58:7-10", "1 Cor 13:4-8"
        ),
    ),
    (
        "chord shapes",
        "Chords|Akkorde|Accords|Acordes|Accordi|Akkoorden|Acordes|कॉर्ड",
        lambda r, g: ", ".join(
            r.sample(["C x32010", "G 320003", "Am x02210", "F 133211", "D xx0232", "Em 022000"], 4)
        ),
    ),
    (
        "quilt block",
        "Block size|Blockgröße|Taille du bloc|Tamaño del bloque|Misura del blocco|Blokmaat|"
        "Tamanho do bloco|ब्लॉक साइज़",
        lambda r, g: f"{dec(r.choice([30.5, 25.4, 20.3]), g)} x {dec(30.5, g)} cm",
    ),
    (
        "timber",
        "Timber|Holz|Bois|Madera|Legno|Hout|Madeira|लकड़ी",
        lambda r, g: (
            f"{r.choice([1200, 2400, 1800])} x {r.choice([600, 300, 95])} x {r.choice([18, 22, 44])} mm"
        ),
    ),
    (
        "screws",
        "Screws|Schrauben|Vis|Tornillos|Viti|Schroeven|Parafusos|पेंच",
        lambda r, g: (
            f"M{r.choice([4, 5, 6, 8])} x {r.choice([20, 30, 40, 60])}, "
            f"{r.randint(3, 6)} x {r.choice([30, 40, 50])}"
        ),
    ),
    (
        "pipes",
        "Pipes|Rohre|Tuyaux|Tubos|Tubi|Buizen|Canos|पाइप",
        lambda r, g: (
            f"{r.choice([15, 22, 28])} mm x {r.randint(1, 5)} m, "
            f"{r.choice([40, 50, 110])} mm x {r.randint(1, 3)} m"
        ),
    ),
    (
        "cable",
        "Cable|Kabel|Câble|Cable|Cavo|Kabel|Cabo|केबल",
        lambda r, g: f"3 x {dec(1.5, g)} mm², 5 x {dec(2.5, g)} mm²",
    ),
    (
        "resistors",
        "Resistors|Widerstände|Résistances|Resistencias|Resistenze|Weerstanden|Resistores|प्रतिरोधक",
        lambda r, g: ", ".join(r.sample(["220 Ω", "4.7 kΩ", "10 kΩ", "1 MΩ", "330 Ω", "47 kΩ"], 4)),
    ),
    (
        "solar array",
        "Panels|Module|Panneaux|Paneles|Pannelli|Panelen|Painéis|पैनल",
        lambda r, g: (lambda n, w: f"{n} x {w} Wp = {dec(n * w / 1000, g, 2)} kWp")(
            r.randint(8, 24), r.choice([380, 410, 430])
        ),
    ),
] + PATTERNED_B


def label(kind: int, lang: str) -> str:
    return PATTERNED[kind][1].split("|")[LANG_ORDER.index("en" if lang == "hg" else lang)]


def render(kind: int, lang: str, rng: random.Random) -> str:
    value = PATTERNED[kind][2](rng, "en" if lang == "hg" else lang)
    return f"{label(kind, lang)}{' : ' if lang == 'fr' else ': '}{value}"
