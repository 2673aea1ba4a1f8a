"""Patterned hard negatives, part two: car, house, money, kitchen, games and computer lines."""

from .neg_patterns import _c, _dec

P2 = [
    (
        "engine",
        "Minibus: {v}|Vereinsbus: {v}|Minibus : {v}|Furgoneta: {v}|Pulmino: {v}|Clubbusje: {v}|Van: {v}",
        lambda r, g: (
            "%s %s, %d PS" % (_dec(r, 1.2, 2.2, "en"), _c(r, "TDI CDI HDi dCi TSI"), r.randint(90, 190))
        ),
    ),
    (
        "fuel-use",
        "Consumption: {v}|Verbrauch: {v}|Consommation : {v}|Consumo: {v}|Consumo: {v}"
        "|Verbruik: {v}|Consumo: {v}",
        lambda r, g: "%s l/100 km" % _dec(r, 4.2, 9.8, g),
    ),
    (
        "odometer",
        "Mileage at handover: {v}|Kilometerstand bei Übergabe: {v}|Kilométrage : {v}"
        "|Kilometraje: {v}|Chilometraggio: {v}|Kilometerstand: {v}|Quilometragem: {v}",
        lambda r, g: "%d %03d km" % (r.randint(12, 289), r.randint(0, 999)),
    ),
    (
        "tyre-pressure",
        "Tyre pressure: {v}|Reifendruck: {v}|Pression des pneus : {v}"
        "|Presión de neumáticos: {v}|Pressione gomme: {v}|Bandenspanning: {v}|Calibragem: {v}",
        lambda r, g: "%s / %s bar" % (_dec(r, 2.0, 2.6, g), _dec(r, 2.2, 3.0, g)),
    ),
    (
        "engine-oil",
        "Oil: {v}|Motoröl: {v}|Huile : {v}|Aceite: {v}|Olio: {v}|Olie: {v}|Óleo: {v}",
        lambda r, g: "%s, %s l" % (_c(r, "5W-30 0W-20 5W-40 10W-40"), _dec(r, 3.5, 5.5, g)),
    ),
    (
        "screen",
        "Projector: {v}|Beamer: {v}|Vidéoprojecteur : {v}|Proyector: {v}|Proiettore: {v}"
        "|Beamer: {v}|Projetor: {v}",
        lambda r, g: (
            "%s, %d lm" % (_c(r, "1920x1080 1280x800 3840x2160"), r.choice([2700, 3200, 3600, 4000]))
        ),
    ),
    (
        "photo-prints",
        "Prints ordered: {v}|Abzüge: {v}|Tirages : {v}|Copias: {v}|Stampe: {v}|Afdrukken: {v}"
        "|Revelações: {v}",
        lambda r, g: (
            "%d x 10x15, %d x 13x18, %d x 20x30" % (r.randint(5, 60), r.randint(2, 20), r.randint(1, 6))
        ),
    ),
    (
        "paper",
        "Paper for the flyers: {v}|Papier für die Flyer: {v}|Papier des tracts : {v}"
        "|Papel de los folletos: {v}|Carta dei volantini: {v}|Papier flyers: {v}|Papel dos panfletos: {v}",
        lambda r, g: "A%d, %d g/m²" % (r.randint(3, 6), r.choice([80, 90, 120, 160, 250])),
    ),
    (
        "money-amount",
        "Float counted: {v}|Kassenstand: {v}|Fond de caisse : {v}|Caja: {v}|Cassa: {v}|Kas: {v}|Caixa: {v}",
        lambda r, g: (
            ("£%d,%03d.%02d" if g in ("en", "hg", "hi") else "€ %d.%03d,%02d")
            % (r.randint(1, 14), r.randint(0, 999), r.randint(0, 99))
        ),
    ),
    (
        "exchange-rate",
        "Rate used: {v}|Kurs: {v}|Taux : {v}|Cambio: {v}|Cambio: {v}|Koers: {v}|Câmbio: {v}",
        lambda r, g: "1 EUR = %s %s" % (_dec(r, 0.8, 6.5, g, 4), _c(r, "USD GBP CHF BRL")),
    ),
    (
        "interest-rate",
        "Savings account: {v}|Tagesgeld: {v}|Livret : {v}|Cuenta remunerada: {v}"
        "|Conto deposito: {v}|Spaarrekening: {v}|Poupança: {v}",
        lambda r, g: "%s %% p.a." % _dec(r, 0.5, 4.5, g, 2),
    ),
    (
        "room-size",
        "Hall: {v}|Saal: {v}|Salle : {v}|Salón: {v}|Sala: {v}|Zaal: {v}|Salão: {v}",
        lambda r, g: "%s x %s m (%d m²)" % (_dec(r, 8, 24, g, 2), _dec(r, 6, 15, g, 2), r.randint(60, 300)),
    ),
    (
        "energy-cert",
        "Energy certificate: {v}|Energieausweis: {v}|DPE : {v}|Certificado energético: {v}"
        "|APE: {v}|Energielabel: {v}|Etiqueta de energia: {v}",
        lambda r, g: "%d kWh/(m²·a), %s" % (r.randint(45, 260), _c(r, "A+ A B C D E F")),
    ),
    (
        "tiles",
        "Tiles: {v}|Fliesen: {v}|Carrelage : {v}|Azulejos: {v}|Piastrelle: {v}|Tegels: {v}|Pisos: {v}",
        lambda r, g: (
            "%d x %d cm, %s m²" % (r.choice([20, 30, 45, 60]), r.choice([30, 60, 90, 120]), _dec(r, 4, 40, g))
        ),
    ),
    (
        "concrete-mix",
        "Mix: {v}|Mischung: {v}|Dosage : {v}|Mezcla: {v}|Impasto: {v}|Mengsel: {v}|Traço: {v}",
        lambda r, g: "%s" % _c(r, "1:2:4 1:3:6 1:1.5:3 1:4"),
    ),
    (
        "solar",
        "Solar: {v}|PV-Anlage: {v}|Panneaux : {v}|Placas solares: {v}|Fotovoltaico: {v}"
        "|Zonnepanelen: {v}|Solar: {v}",
        lambda r, g: "%s kWp, %d x %d Wp" % (_dec(r, 4, 14, g), r.randint(10, 36), r.choice([380, 410, 430])),
    ),
    (
        "thermostat",
        "Heating schedule: {v}|Heizplan: {v}|Programmation chauffage : {v}|Calefacción: {v}"
        "|Riscaldamento: {v}|Thermostaat: {v}|Aquecedor: {v}",
        lambda r, g: (
            "%02d:%02d %d °C / %02d:%02d %d °C"
            % (
                r.randint(5, 7),
                r.choice([0, 30]),
                r.randint(19, 22),
                r.randint(21, 23),
                r.choice([0, 30]),
                r.randint(15, 18),
            )
        ),
    ),
    (
        "time-zone",
        "Call with the partner club at {v}|Telefonat mit dem Partnerverein um {v}"
        "|Appel avec le club jumelé à {v}|Llamada con el club hermano a las {v}|Chiamata col"
        " gemellato alle {v}"
        "|Belafspraak met de zusterclub om {v}|Ligação com o clube parceiro às {v}",
        lambda r, g: "%02d:00 (UTC%s)" % (r.randint(7, 21), _c(r, "+1 +2 +5:30 -3 -5 +10")),
    ),
    (
        "hex-colour",
        "Poster colours: {v}|Plakatfarben: {v}|Couleurs de l'affiche : {v}|Colores del cartel: {v}"
        "|Colori del manifesto: {v}|Posterkleuren: {v}|Cores do cartaz: {v}",
        lambda r, g: "#%06X, #%06X" % (r.randint(0, 0xFFFFFF), r.randint(0, 0xFFFFFF)),
    ),
    (
        "port-map",
        "Port forward: {v}|Portweiterleitung: {v}|Redirection de port : {v}|Puerto: {v}"
        "|Inoltro porta: {v}|Port forwarding: {v}|Redirecionamento: {v}",
        lambda r, g: "%d:%d/tcp" % (r.choice([8080, 8443, 2222, 5000]), r.choice([80, 443, 22, 5000])),
    ),
    (
        "statute",
        "See the constitution, {v}|Siehe Satzung {v}|Voir les statuts, {v}|Ver estatutos, {v}"
        "|Vedi statuto, {v}|Zie statuten, {v}|Ver estatuto, {v}",
        lambda r, g: "§ %d (%d)" % (r.randint(2, 19), r.randint(1, 5)),
    ),
    (
        "temperature-range",
        "Forecast: {v}|Vorhersage: {v}|Prévisions : {v}|Previsión: {v}|Previsioni: {v}"
        "|Verwachting: {v}|Previsão: {v}",
        lambda r, g: "%d … %d °C" % (r.randint(-6, 8), r.randint(9, 33)),
    ),
    (
        "opening-hours",
        "Opening hours: {v}|Öffnungszeiten: {v}|Horaires : {v}|Horario: {v}|Orari: {v}"
        "|Openingstijden: {v}|Horário: {v}",
        lambda r, g: (
            "%d–%d, %d–%d" % (r.randint(8, 10), r.randint(12, 13), r.randint(14, 15), r.randint(17, 20))
        ),
    ),
    (
        "recipe",
        "Batter: {v}|Teig: {v}|Pâte : {v}|Masa: {v}|Impasto: {v}|Beslag: {v}|Massa: {v}",
        lambda r, g: (
            "%d g / %d ml / %d" % (r.choice([125, 200, 250, 500]), r.choice([100, 250, 300]), r.randint(2, 4))
        ),
    ),
    (
        "baking-tin",
        "Tin: {v}|Form: {v}|Moule : {v}|Molde: {v}|Stampo: {v}|Bakvorm: {v}|Forma: {v}",
        lambda r, g: (
            "Ø %d cm, %d min, %d °C"
            % (r.choice([18, 24, 26, 28]), r.randint(25, 70), r.choice([160, 170, 180, 200]))
        ),
    ),
    (
        "dilution",
        "Floor cleaner: {v}|Bodenreiniger: {v}|Nettoyant sol : {v}|Friegasuelos: {v}"
        "|Detersivo pavimenti: {v}|Vloerreiniger: {v}|Limpador: {v}",
        lambda r, g: "1:%d" % r.choice([20, 40, 50, 100, 200]),
    ),
    (
        "body-weight",
        "Weigh-in: {v}|Wiegen: {v}|Pesée : {v}|Peso: {v}|Peso: {v}|Weging: {v}|Pesagem: {v}",
        lambda r, g: "%s kg (-%s)" % (_dec(r, 58, 110, g), _dec(r, 0.2, 2.5, g)),
    ),
    (
        "blood-sugar",
        "Fasting sugar: {v}|Nüchternzucker: {v}|Glycémie à jeun : {v}|Glucosa en ayunas: {v}"
        "|Glicemia a digiuno: {v}|Nuchtere suiker: {v}|Glicemia em jejum: {v}",
        lambda r, g: "%s mmol/l" % _dec(r, 4.2, 8.9, g),
    ),
    (
        "crossword",
        "Stuck on {v}|Komme nicht weiter bei {v}|Je bloque sur le {v}|Me falta el {v}"
        "|Mi manca il {v}|Ik zit vast bij {v}|Travei no {v}",
        lambda r, g: "%d (%d)" % (r.randint(1, 32), r.randint(3, 12)),
    ),
    (
        "bingo",
        "Calls so far: {v}|Bisher gezogen: {v}|Numéros sortis : {v}|Bolas: {v}|Numeri usciti: {v}"
        "|Getrokken: {v}|Pedras: {v}",
        lambda r, g: ", ".join(str(x) for x in r.sample(range(1, 91), 6)),
    ),
    (
        "football-score",
        "Result: {v}|Ergebnis: {v}|Score : {v}|Resultado: {v}|Risultato: {v}|Uitslag: {v}|Placar: {v}",
        lambda r, g: (
            "%d:%d (%d', %d')" % (r.randint(0, 5), r.randint(0, 4), r.randint(2, 45), r.randint(46, 90))
        ),
    ),
    (
        "league-row",
        "Our table: {v}|Tabelle: {v}|Classement : {v}|Clasificación: {v}|Classifica: {v}"
        "|Stand: {v}|Tabela: {v}",
        lambda r, g: (
            "%d. %d-%d-%d, %d:%d, %d"
            % (
                r.randint(1, 14),
                r.randint(2, 15),
                r.randint(0, 6),
                r.randint(0, 10),
                r.randint(20, 60),
                r.randint(15, 50),
                r.randint(10, 45),
            )
        ),
    ),
    (
        "pipe-size",
        "Hose fitting: {v}|Schlauchanschluss: {v}|Raccord : {v}|Racor: {v}|Raccordo: {v}"
        "|Slangkoppeling: {v}|Engate: {v}",
        lambda r, g: '%s" / %d mm' % (_c(r, "1/2 3/4 1"), r.choice([13, 19, 25])),
    ),
    (
        "file-size",
        "Video for the website: {v}|Video für die Homepage: {v}|Vidéo du site : {v}"
        "|Vídeo para la web: {v}|Video per il sito: {v}|Video voor de site: {v}|Vídeo do site: {v}",
        lambda r, g: "%s GB, %d:%02d" % (_dec(r, 0.3, 6, g), r.randint(1, 40), r.randint(0, 59)),
    ),
    (
        "emission-class",
        "Van: {v}|Transporter: {v}|Utilitaire : {v}|Furgón: {v}|Furgone: {v}|Busje: {v}|Furgão: {v}",
        lambda r, g: "Euro %s, %d g CO2/km" % (_c(r, "5 6 6d"), r.randint(110, 230)),
    ),
    (
        "parcel-size",
        "Parcel: {v}|Paket: {v}|Colis : {v}|Paquete: {v}|Pacco: {v}|Pakket: {v}|Pacote: {v}",
        lambda r, g: (
            "%d x %d x %d cm, %s kg"
            % (r.randint(20, 80), r.randint(20, 60), r.randint(10, 40), _dec(r, 0.5, 25, g))
        ),
    ),
    (
        "class-year",
        "Reunion for the class of {v}|Klassentreffen Abschlussjahrgang {v}"
        "|Retrouvailles de la promo {v}|Reencuentro de la promoción {v}|Rimpatriata della classe {v}"
        "|Reünie eindexamenklas {v}|Reencontro da turma de {v}",
        lambda r, g: "%d" % r.randint(1975, 2014),
    ),
    (
        "calories",
        "Today: {v}|Heute: {v}|Aujourd'hui : {v}|Hoy: {v}|Oggi: {v}|Vandaag: {v}|Hoje: {v}",
        lambda r, g: "%d kcal / %d g" % (r.randint(1400, 2900), r.randint(40, 180)),
    ),
    (
        "sleep-log",
        "Slept: {v}|Geschlafen: {v}|Sommeil : {v}|Dormido: {v}|Dormito: {v}|Geslapen: {v}|Dormi: {v}",
        lambda r, g: "%d h %02d min" % (r.randint(4, 9), r.randint(0, 59)),
    ),
    (
        "ring-size",
        "Ring size: {v}|Ringgröße: {v}|Tour de doigt : {v}|Talla de anillo: {v}"
        "|Misura anello: {v}|Ringmaat: {v}|Aro: {v}",
        lambda r, g: "%d (Ø %s mm)" % (r.randint(48, 64), _dec(r, 15, 20, g)),
    ),
    (
        "ski-piste",
        "Meet at {v}|Treffpunkt {v}|Rendez-vous {v}|Quedamos en {v}|Ritrovo {v}"
        "|Verzamelen bij {v}|Encontro na {v}",
        lambda r, g: "%d / %s" % (r.randint(1, 60), _c(r, "A B C 4 7 12")),
    ),
]
