# ruff: noqa: E501
"""Patterned hard negatives, part one: crafts, sport, kitchen, home and garden. None of v12's kinds.

Each kind: key, labels en|de|fr|es|it|nl|pt|hi, generator (rng, lang, currency) -> value.
"""

from __future__ import annotations

from .neg_common import dec

PATTERNS_A = [
    ("shoe-size", "Shoe size|Schuhgröße|Pointure|Talla de zapato|Numero di scarpe|Schoenmaat|Número do calçado|जूते का साइज़", lambda r, L, c: f"EU {r.randint(28, 46)} / UK {r.randint(1, 11)}"),
    ("kids-clothes", "Kids' size|Kindergröße|Taille enfant|Talla infantil|Taglia bambino|Kindermaat|Tamanho infantil|बच्चों का साइज़", lambda r, L, c: (lambda s: f"{s}/{s + 6}")(r.choice([98, 104, 110, 116, 122, 128, 134, 140, 146]))),
    ("knitting-gauge", "Gauge (stitches x rows)|Maschenprobe (M x R)|Échantillon (m. x rgs)|Muestra (puntos x vueltas)|Campione (maglie x ferri)|Stekenproef (st x nld)|Amostra (pontos x carreiras)|गेज (फंदे x पंक्ति)", lambda r, L, c: f"{r.randint(18, 28)} x {r.randint(24, 38)} = 10 cm"),
    ("needle-size", "Needles|Nadelstärke|Aiguilles|Agujas|Ferri|Naalddikte|Agulhas|सलाई का नंबर", lambda r, L, c: dec(r.choice([2.5, 3, 3.5, 4, 4.5, 5, 5.5, 6]), 1, L) + " mm"),
    ("yarn", "Yarn|Garn|Fil|Lana|Filato|Garen|Fio|ऊन", lambda r, L, c: f"{r.choice([25, 50, 100])} g / {r.randint(80, 400)} m"),
    ("bike-gearing", "Gearing|Übersetzung|Développement|Desarrollo|Rapporti|Overbrenging|Relação|गियर", lambda r, L, c: f"{r.choice([50, 52, 53])}/{r.choice([34, 36, 39])} x {r.choice([11, 12])}-{r.choice([28, 30, 32, 34])}"),
    ("frame-size", "Frame size|Rahmenhöhe|Taille du cadre|Talla de cuadro|Misura telaio|Framemaat|Tamanho do quadro|फ़्रेम साइज़", lambda r, L, c: f"{r.choice([48, 50, 52, 54, 56, 58, 60])} cm"),
    ("ski-din", "Binding DIN setting|Z-Wert Bindung|Réglage DIN des fixations|Ajuste DIN de fijaciones|Taratura attacchi DIN|DIN-waarde binding|Regulagem DIN|स्की बाइंडिंग DIN", lambda r, L, c: dec(r.choice([3.5, 4, 4.5, 5, 5.5, 6, 6.5, 7, 8]), 1, L)),
    ("lengths-swum", "Lengths swum|Geschwommene Bahnen|Longueurs nagées|Largos nadados|Vasche nuotate|Gezwommen banen|Piscinas nadadas|तैराकी लंबाई", lambda r, L, c: f"{r.randint(16, 80)} x 25 m"),
    ("golf-card", "Scorecard|Zählkarte|Carte de score|Tarjeta|Score|Scorekaart|Cartão de pontos|स्कोरकार्ड", lambda r, L, c: (lambda a, b: f"{a} + {b} = {a + b}, HCP {dec(r.uniform(8, 36), 1, L)}")(r.randint(36, 52), r.randint(36, 52))),
    ("bowling-series", "Series|Serie|Série|Serie|Serie|Serie|Série|सीरीज़", lambda r, L, c: (lambda g: f"{g[0]}, {g[1]}, {g[2]} ({sum(g)})")([r.randint(120, 259) for _ in range(3)])),
    ("cricket-score", "Our innings|Unser Innings|Nos manches|Nuestra entrada|Il nostro inning|Onze innings|Nossa entrada|हमारी पारी", lambda r, L, c: f"{r.randint(90, 230)}/{r.randint(2, 10)} ({r.randint(15, 20)} ov)"),
    ("basketball-quarters", "Quarters|Viertel|Quart-temps|Cuartos|Quarti|Kwarten|Quartos|क्वार्टर", lambda r, L, c: ", ".join(f"{r.randint(10, 30)}-{r.randint(10, 30)}" for _ in range(4))),
    ("card-tally", "Card night tally|Doppelkopf-Liste|Belote, total|Mus, tantos|Scopa, punti|Klaverjassen, stand|Truco, placar|ताश का हिसाब", lambda r, L, c: " | ".join(str(r.randint(-60, 140)) for _ in range(4))),
    ("lottery-draw", "Numbers drawn|Gezogene Zahlen|Numéros tirés|Números premiados|Numeri estratti|Getrokken getallen|Dezenas sorteadas|निकले हुए अंक", lambda r, L, c: " – ".join(str(x) for x in sorted(r.sample(range(1, 50), 6))) + f" (+{r.randint(1, 10)})"),
    ("oven", "Oven|Backofen|Four|Horno|Forno|Oven|Forno|ओवन", lambda r, L, c: (lambda t: f"{t} °C ({t - 20} °C fan)" if L == "en" else f"{t} °C / {t - 20} °C")(r.choice([160, 170, 180, 190, 200, 220]))),
    ("cooking-time", "Cooking time|Garzeit|Cuisson|Tiempo de cocción|Cottura|Kooktijd|Tempo de cozimento|पकाने का समय", lambda r, L, c: (lambda a: f"{a}–{a + r.choice([3, 5, 10])} min")(r.randint(8, 45))),
    ("dough-hydration", "Dough|Teig|Pâte|Masa|Impasto|Deeg|Massa|आटा", lambda r, L, c: (lambda h: f"500 g : {5 * h} g ({h} %)")(r.choice([60, 62, 65, 68, 70, 75]))),
    ("wine", "Wine|Wein|Vin|Vino|Vino|Wijn|Vinho|वाइन", lambda r, L, c: f"{r.randint(2014, 2023)}, {dec(r.choice([11.5, 12, 12.5, 13, 13.5, 14]), 1, L)} % vol"),
    ("brewing", "Brew day|Brautag|Brassage|Elaboración|Cotta|Brouwdag|Brassagem|ब्रूइंग", lambda r, L, c: f"OG {r.randint(1040, 1065) / 1000:.3f}, IBU {r.randint(18, 60)}"),
    ("coffee-ratio", "Coffee ratio|Kaffee-Verhältnis|Ratio café|Proporción café|Rapporto caffè|Koffieverhouding|Proporção café|कॉफ़ी अनुपात", lambda r, L, c: (lambda g: f"1:{r.choice([15, 16, 17])} ({g} g)")(r.choice([15, 18, 20, 30]))),
    ("screen-size", "Screen|Bildschirm|Écran|Pantalla|Schermo|Scherm|Tela|स्क्रीन", lambda r, L, c: (lambda i: f'{i}" ({round(i * 2.54)} cm)')(r.choice([32, 43, 50, 55, 65]))),
    ("fm-frequency", "Radio|Radio|Radio|Radio|Radio|Radio|Rádio|रेडियो", lambda r, L, c: f"FM {dec(r.randint(876, 1079) / 10, 1, L)} MHz"),
    ("pmr-channel", "Walkie-talkies|Funkgeräte|Talkies-walkies|Walkies|Radioline|Portofoons|Rádios|वॉकी-टॉकी", lambda r, L, c: f"PMR {r.randint(1, 16)}, CTCSS {r.randint(1, 38)}"),
    ("wifi-channel", "Wi-Fi channel|WLAN-Kanal|Canal Wi-Fi|Canal wifi|Canale Wi-Fi|Wifi-kanaal|Canal do Wi-Fi|वाई-फ़ाई चैनल", lambda r, L, c: f"{r.choice([1, 6, 11])} / {r.choice([36, 40, 44, 48, 100])}"),
    ("battery", "Battery|Akku|Batterie|Batería|Batteria|Accu|Bateria|बैटरी", lambda r, L, c: f"{r.choice([2000, 2600, 3500, 5000, 10000])} mAh, {dec(r.choice([3.7, 7.4, 12]), 1, L)} V"),
    ("fuse", "Circuit|Stromkreis|Circuit|Circuito|Circuito|Groep|Circuito|सर्किट", lambda r, L, c: f"230 V / {r.choice([10, 13, 16, 20, 32])} A"),
    ("bulb", "Bulb|Leuchtmittel|Ampoule|Bombilla|Lampadina|Lamp|Lâmpada|बल्ब", lambda r, L, c: f"{r.choice(['E27', 'E14', 'GU10'])}, {r.choice([250, 470, 806, 1055])} lm, {r.choice([2700, 3000, 4000])} K"),
    ("paint-coverage", "Coverage|Ergiebigkeit|Rendement|Rendimiento|Resa|Rendement|Rendimento|कवरेज", lambda r, L, c: f"{r.randint(6, 14)} m²/l"),
    ("wallpaper", "Wallpaper roll|Tapetenrolle|Rouleau de papier peint|Rollo de papel pintado|Rotolo carta da parati|Behangrol|Rolo de papel de parede|वॉलपेपर रोल", lambda r, L, c: f"{dec(10.05, 2, L)} x {dec(0.53, 2, L)} m, {r.choice([32, 53, 64])} cm"),
    ("npk", "Fertiliser NPK|Dünger NPK|Engrais NPK|Abono NPK|Concime NPK|Kunstmest NPK|Adubo NPK|खाद NPK", lambda r, L, c: f"{r.choice([4, 5, 7, 10, 12, 15, 20])}-{r.choice([3, 5, 10, 15])}-{r.choice([5, 8, 10, 20, 24])}"),
    ("soil-ph", "Soil pH|Boden-pH|pH du sol|pH del suelo|pH del terreno|pH van de grond|pH do solo|मिट्टी का pH", lambda r, L, c: dec(r.uniform(5.2, 7.8), 1, L)),
    ("pool-chemistry", "Pool test|Poolwasser|Test piscine|Prueba piscina|Test piscina|Zwembadtest|Teste da piscina|पूल जाँच", lambda r, L, c: f"pH {dec(r.uniform(6.9, 7.8), 1, L)} / Cl {dec(r.uniform(0.3, 3), 1, L)} mg/l"),
    ("aquarium", "Aquarium|Aquarium|Aquarium|Acuario|Acquario|Aquarium|Aquário|एक्वेरियम", lambda r, L, c: f"GH {r.randint(4, 16)}, KH {r.randint(3, 10)}, {r.choice([60, 112, 120, 180, 240])} l"),
    ("dog-food", "Dog's weight and food|Gewicht und Futter|Poids et ration du chien|Peso y ración del perro|Peso e razione del cane|Gewicht en voer|Peso e ração do cão|कुत्ते का वज़न और खाना", lambda r, L, c: f"{dec(r.uniform(6, 40), 1, L)} kg – 2 x {r.choice([80, 120, 150, 200])} g"),
    ("horse-height", "Pony height|Stockmaß|Taille au garrot|Alzada|Altezza al garrese|Schofthoogte|Altura na cernelha|घोड़े की ऊँचाई", lambda r, L, c: f"{r.randint(118, 172)} cm"),
    ("hive-frames", "Frames of brood|Brutwaben|Cadres de couvain|Cuadros de cría|Telaini di covata|Broedramen|Quadros de cria|ब्रूड फ़्रेम", lambda r, L, c: f"{r.randint(3, 9)}/10"),
    ("honey-yield", "Honey harvest|Honigernte|Récolte de miel|Cosecha de miel|Raccolto di miele|Honingoogst|Colheita de mel|शहद की उपज", lambda r, L, c: f"{dec(r.uniform(8, 60), 1, L)} kg / {r.randint(2, 9)}"),
    ("tree-survey", "Tree survey|Baumkontrolle|Relevé d'arbre|Inventario de árbol|Rilievo albero|Boominventarisatie|Levantamento da árvore|पेड़ सर्वे", lambda r, L, c: f"Ø {r.randint(20, 110)} cm, {r.randint(6, 30)} m"),
]  # fmt: skip
