# ruff: noqa: E501
"""Negative-only tables (22 kinds, none of v12's): per language 'title | col,col,... | item,item,...'.

Two have phone-shaped columns: meter numbers under a header that names them, and magazine ISSNs with
no header at all.
"""

from __future__ import annotations

from .neg_common import dec, money

T = {
    "jumble-prices": {"en": "Jumble sale price list | Item,Price | jigsaw,lamp,teapot,paperbacks,board game", "de": "Flohmarkt-Preisliste | Artikel,Preis | Puzzle,Lampe,Teekanne,Taschenbücher,Brettspiel", "fr": "Prix du vide-dressing | Article,Prix | puzzle,lampe,théière,livres de poche,jeu de société", "es": "Precios del rastrillo | Artículo,Precio | puzle,lámpara,tetera,libros de bolsillo,juego de mesa", "it": "Prezzi del mercatino | Articolo,Prezzo | puzzle,lampada,teiera,tascabili,gioco da tavolo", "nl": "Prijslijst rommelmarkt | Artikel,Prijs | puzzel,lamp,theepot,pockets,bordspel", "pt": "Preços do bazar | Item,Preço | quebra-cabeça,abajur,bule,livros de bolso,jogo de tabuleiro"},
    "bake-takings": {"en": "Bake sale takings | Stall,Float,Takings | cakes,biscuits,tombola,teas", "de": "Kuchenbasar Einnahmen | Stand,Wechselgeld,Einnahmen | Kuchen,Kekse,Tombola,Kaffee", "fr": "Recettes de la vente de gâteaux | Stand,Fonds de caisse,Recette | gâteaux,biscuits,tombola,café", "es": "Recaudación de la venta de dulces | Puesto,Cambio,Recaudado | tartas,galletas,rifa,café", "it": "Incassi vendita torte | Banco,Fondo cassa,Incasso | torte,biscotti,lotteria,caffè", "nl": "Opbrengst taartverkoop | Kraam,Wisselgeld,Opbrengst | taart,koekjes,loterij,koffie", "pt": "Arrecadação da venda de bolos | Barraca,Troco,Arrecadado | bolos,biscoitos,rifa,café"},
    "choir-attendance": {"en": "Attendance | Name,wk 1,wk 2,wk 3,wk 4 | ", "de": "Anwesenheit | Name,Wo. 1,Wo. 2,Wo. 3,Wo. 4 | ", "fr": "Présences | Nom,sem. 1,sem. 2,sem. 3,sem. 4 | ", "es": "Asistencia | Nombre,sem. 1,sem. 2,sem. 3,sem. 4 | ", "it": "Presenze | Nome,sett. 1,sett. 2,sett. 3,sett. 4 | ", "nl": "Aanwezigheid | Naam,wk 1,wk 2,wk 3,wk 4 | ", "pt": "Presença | Nome,sem. 1,sem. 2,sem. 3,sem. 4 | "},
    "bowls-fixtures": {"en": "Bowls fixtures | Date,Home,Away,Time | Parkside,Riverside,Elm Green,St Jude's,Millbrook", "de": "Spielplan Boule | Datum,Heim,Gast,Uhrzeit | TSV,SV Blau-Weiß,Eintracht,Post SV,FC Linde", "fr": "Calendrier pétanque-bowling | Date,Domicile,Extérieur,Heure | Les Tilleuls,La Boule d'Or,Les Platanes,ASPTT,Le Cochonnet", "es": "Calendario de bolos | Fecha,Local,Visitante,Hora | Peña El Pino,Los Almendros,Club Ribera,Santa Ana,El Molino", "it": "Calendario bocce | Data,Casa,Ospiti,Ora | Bocciofila Aurora,La Pineta,San Rocco,Dopolavoro,Il Borgo", "nl": "Speelschema jeu de boules | Datum,Thuis,Uit,Tijd | De Kogel,Petanque West,Les Amis,De Linde,Boules Oost", "pt": "Tabela da bocha | Data,Casa,Visitante,Hora | Recreativo,União,Vila Nova,Estrela,Primavera"},
    "parking-spaces": {"en": "Parking space allocation | Space,Flat | ", "de": "Stellplatzvergabe | Stellplatz,Wohnung | ", "fr": "Attribution des places de parking | Place,Appartement | ", "es": "Plazas de garaje | Plaza,Piso | ", "it": "Assegnazione posti auto | Posto,Interno | ", "nl": "Parkeerplaatsen | Plek,Appartement | ", "pt": "Vagas da garagem | Vaga,Apto | "},
    "freezer": {"en": "Freezer contents | Item,Frozen,Portions | bolognese,soup,bread,peas,chilli", "de": "Gefriertruhe | Inhalt,Eingefroren,Portionen | Bolognese,Suppe,Brot,Erbsen,Chili", "fr": "Congélateur | Contenu,Congelé le,Portions | bolognaise,soupe,pain,petits pois,chili", "es": "Congelador | Contenido,Congelado,Raciones | boloñesa,sopa,pan,guisantes,lentejas", "it": "Congelatore | Contenuto,Congelato il,Porzioni | ragù,minestrone,pane,piselli,lasagne", "nl": "Vriezer | Inhoud,Ingevroren,Porties | bolognese,soep,brood,erwten,stamppot", "pt": "Freezer | Conteúdo,Congelado em,Porções | feijão,sopa,pão,ervilha,strogonoff"},
    "meter-readings": {"en": "Meter readings | Date,Meter no.,Reading | ", "de": "Zählerstände | Datum,Zählernummer,Stand | ", "fr": "Relevés de compteur | Date,N° de compteur,Index | ", "es": "Lecturas del contador | Fecha,N.º de contador,Lectura | ", "it": "Letture contatori | Data,Matricola contatore,Lettura | ", "nl": "Meterstanden | Datum,Meternummer,Stand | ", "pt": "Leituras do medidor | Data,Nº do medidor,Leitura | "},
    "practice-log": {"en": "Piano practice log | Day,Minutes,Piece | Minuet,Scales,Sonatina,Étude", "de": "Übeprotokoll Klavier | Tag,Minuten,Stück | Menuett,Tonleitern,Sonatine,Etüde", "fr": "Carnet de travail piano | Jour,Minutes,Morceau | menuet,gammes,sonatine,étude", "es": "Registro de práctica de piano | Día,Minutos,Pieza | minueto,escalas,sonatina,estudio", "it": "Diario di studio pianoforte | Giorno,Minuti,Brano | minuetto,scale,sonatina,studio", "nl": "Oefenlogboek piano | Dag,Minuten,Stuk | menuet,toonladders,sonatine,etude", "pt": "Registro de estudo de piano | Dia,Minutos,Peça | minueto,escalas,sonatina,estudo"},
    "shopping": {"en": "Big shop | Item,Qty,Price | milk,eggs,rice,apples,coffee,loo roll", "de": "Großeinkauf | Artikel,Menge,Preis | Milch,Eier,Reis,Äpfel,Kaffee,Klopapier", "fr": "Grosses courses | Article,Qté,Prix | lait,œufs,riz,pommes,café,papier toilette", "es": "Compra grande | Artículo,Cant.,Precio | leche,huevos,arroz,manzanas,café,papel higiénico", "it": "Spesa grossa | Articolo,Q.tà,Prezzo | latte,uova,riso,mele,caffè,carta igienica", "nl": "Grote boodschappen | Artikel,Aantal,Prijs | melk,eieren,rijst,appels,koffie,wc-papier", "pt": "Compra do mês | Item,Qtd.,Preço | leite,ovos,arroz,maçãs,café,papel higiênico"},
    "camp-kit": {"en": "Camp kit list | Item,Qty | tent pegs,mallets,gas canisters,lanterns,dixies", "de": "Lagerausrüstung | Gegenstand,Anzahl | Heringe,Hämmer,Gaskartuschen,Laternen,Kochtöpfe", "fr": "Matériel du camp | Objet,Qté | sardines,maillets,cartouches de gaz,lanternes,gamelles", "es": "Material del campamento | Objeto,Cant. | piquetas,mazos,cartuchos de gas,farolillos,ollas", "it": "Materiale del campo | Oggetto,Q.tà | picchetti,mazzette,cartucce del gas,lanterne,pentole", "nl": "Kampmateriaal | Voorwerp,Aantal | haringen,hamers,gasbusjes,lantaarns,pannen", "pt": "Material do acampamento | Item,Qtd. | estacas,marretas,cartuchos de gás,lanternas,panelas"},
    "game-library": {"en": "Board game library | Game,Borrowed by,Due | Carcassonne,Azul,Dixit,Ticket to Ride,Codenames", "de": "Spieleverleih | Spiel,Ausgeliehen von,Zurück am | Carcassonne,Azul,Dixit,Zug um Zug,Codenames", "fr": "Ludothèque | Jeu,Emprunté par,Retour | Carcassonne,Azul,Dixit,Les Aventuriers du Rail,Codenames", "es": "Ludoteca | Juego,Prestado a,Devolución | Carcassonne,Azul,Dixit,¡Aventureros al Tren!,Código Secreto", "it": "Ludoteca | Gioco,Preso da,Restituzione | Carcassonne,Azul,Dixit,Ticket to Ride,Codenames", "nl": "Spellenuitleen | Spel,Geleend door,Terug | Carcassonne,Azul,Dixit,Ticket to Ride,Codenames", "pt": "Ludoteca | Jogo,Emprestado para,Devolução | Carcassonne,Azul,Dixit,Ticket to Ride,Codenames"},
    "bird-count": {"en": "Garden bird count | Species,Count | blackbird,blue tit,robin,wood pigeon,starling", "de": "Stunde der Gartenvögel | Art,Anzahl | Amsel,Blaumeise,Rotkehlchen,Ringeltaube,Star", "fr": "Comptage des oiseaux du jardin | Espèce,Nombre | merle,mésange bleue,rouge-gorge,pigeon ramier,étourneau", "es": "Censo de aves del jardín | Especie,Número | mirlo,herrerillo,petirrojo,paloma torcaz,estornino", "it": "Conta degli uccelli in giardino | Specie,Numero | merlo,cinciarella,pettirosso,colombaccio,storno", "nl": "Tuinvogeltelling | Soort,Aantal | merel,pimpelmees,roodborst,houtduif,spreeuw", "pt": "Contagem de aves | Espécie,Quantidade | sabiá,bem-te-vi,pardal,rolinha,beija-flor"},
    "kit-sizes": {"en": "Kit order | Name,Size,Shirt no. | ", "de": "Trikotbestellung | Name,Größe,Rückennummer | ", "fr": "Commande de maillots | Nom,Taille,N° de maillot | ", "es": "Pedido de equipaciones | Nombre,Talla,Dorsal | ", "it": "Ordine divise | Nome,Taglia,Numero maglia | ", "nl": "Tenuebestelling | Naam,Maat,Rugnummer | ", "pt": "Pedido de uniformes | Nome,Tamanho,Nº da camisa | "},
    "room-bookings": {"en": "Hall bookings | Room,Time,Group | yoga,toddlers,bridge,Scouts,choir", "de": "Raumbelegung | Raum,Zeit,Gruppe | Yoga,Krabbelgruppe,Skat,Pfadfinder,Chor", "fr": "Occupation des salles | Salle,Horaire,Groupe | yoga,bébés lecteurs,bridge,scouts,chorale", "es": "Reservas de salas | Sala,Horario,Grupo | yoga,bebés,mus,scouts,coro", "it": "Prenotazioni sale | Sala,Orario,Gruppo | yoga,mamme e bimbi,burraco,scout,coro", "nl": "Zaalbezetting | Zaal,Tijd,Groep | yoga,peuters,bridge,scouting,koor", "pt": "Reservas de salas | Sala,Horário,Grupo | ioga,bebês,buraco,escoteiros,coral"},
    "car-wash": {"en": "Car wash takings | Hour,Cars,Takings | ", "de": "Autowasch-Aktion | Stunde,Autos,Einnahmen | ", "fr": "Lavage de voitures | Heure,Voitures,Recette | ", "es": "Lavado de coches solidario | Hora,Coches,Recaudado | ", "it": "Autolavaggio solidale | Ora,Auto,Incasso | ", "nl": "Autowasactie | Uur,Auto's,Opbrengst | ", "pt": "Lava-jato solidário | Hora,Carros,Arrecadado | "},
    "timesheet": {"en": "Timesheet | Date,Start,End,Hours | ", "de": "Stundenzettel | Datum,Beginn,Ende,Stunden | ", "fr": "Feuille d'heures | Date,Début,Fin,Heures | ", "es": "Registro de horas | Fecha,Entrada,Salida,Horas | ", "it": "Foglio ore | Data,Inizio,Fine,Ore | ", "nl": "Urenbriefje | Datum,Begin,Eind,Uren | ", "pt": "Folha de horas | Data,Entrada,Saída,Horas | "},
    "cake-orders": {"en": "Cake orders | Cake,Servings,Price | Victoria sponge,lemon drizzle,carrot cake,brownies", "de": "Tortenbestellungen | Torte,Stücke,Preis | Schwarzwälder,Käsekuchen,Apfelkuchen,Bienenstich", "fr": "Commandes de gâteaux | Gâteau,Parts,Prix | fraisier,tarte au citron,moelleux chocolat,far breton", "es": "Encargos de tartas | Tarta,Raciones,Precio | tarta de queso,bizcocho,tarta de Santiago,brownie", "it": "Ordini torte | Torta,Porzioni,Prezzo | crostata,tiramisù,torta della nonna,ciambellone", "nl": "Taartbestellingen | Taart,Punten,Prijs | appeltaart,kwarktaart,boterkoek,bossche bollen", "pt": "Encomendas de bolos | Bolo,Fatias,Preço | bolo de cenoura,brigadeirão,pudim,bolo de fubá"},
    "bills-split": {"en": "Flat bills this quarter | Bill,Total,Each | electricity,gas,water,internet,council tax", "de": "Nebenkosten WG | Posten,Gesamt,Pro Kopf | Strom,Gas,Wasser,Internet,Rundfunkbeitrag", "fr": "Charges de la coloc | Poste,Total,Par personne | électricité,gaz,eau,internet,assurance", "es": "Gastos del piso | Concepto,Total,Por cabeza | luz,gas,agua,internet,comunidad", "it": "Spese della casa | Voce,Totale,A testa | luce,gas,acqua,internet,condominio", "nl": "Vaste lasten huis | Post,Totaal,P.p. | stroom,gas,water,internet,gemeentelijke heffingen", "pt": "Contas da república | Conta,Total,Cada um | luz,gás,água,internet,condomínio"},
    "uniform-order": {"en": "School uniform order | Item,Size,Qty,Price | sweatshirt,polo shirt,PE shorts,book bag", "de": "Schul-T-Shirts Bestellung | Artikel,Größe,Menge,Preis | Hoodie,T-Shirt,Sporthose,Turnbeutel", "fr": "Commande de tenues de l'école | Article,Taille,Qté,Prix | sweat,polo,short de sport,sac", "es": "Pedido de uniforme escolar | Prenda,Talla,Cant.,Precio | chándal,polo,pantalón corto,babi", "it": "Ordine divise scolastiche | Capo,Taglia,Q.tà,Prezzo | felpa,polo,pantaloncini,grembiule", "nl": "Bestelling schoolkleding | Artikel,Maat,Aantal,Prijs | trui,polo,gymbroek,gymtas", "pt": "Pedido de uniforme escolar | Peça,Tamanho,Qtd.,Preço | moletom,camiseta,bermuda,agasalho"},
    "plant-sale": {"en": "Plant sale | Variety,Pot,Price | tomato 'Gardener's Delight',lavender,courgette,sweet pea,mint", "de": "Pflanzenmarkt | Sorte,Topf,Preis | Tomate 'Ochsenherz',Lavendel,Zucchini,Duftwicke,Minze", "fr": "Troc-vente de plants | Variété,Pot,Prix | tomate 'Cœur de bœuf',lavande,courgette,pois de senteur,menthe", "es": "Venta de plantones | Variedad,Maceta,Precio | tomate 'Corazón de buey',lavanda,calabacín,guisante de olor,hierbabuena", "it": "Mercatino delle piantine | Varietà,Vaso,Prezzo | pomodoro 'Cuor di bue',lavanda,zucchina,pisello odoroso,menta", "nl": "Plantjesmarkt | Soort,Pot,Prijs | tomaat 'Ossenhart',lavendel,courgette,lathyrus,munt", "pt": "Feira de mudas | Variedade,Vaso,Preço | tomate-cereja,lavanda,abobrinha,manjericão,hortelã"},
    "pool-log": {"en": "Pool water log | Date,pH,Chlorine | ", "de": "Poolwasser-Protokoll | Datum,pH,Chlor | ", "fr": "Suivi de l'eau de la piscine | Date,pH,Chlore | ", "es": "Control del agua de la piscina | Fecha,pH,Cloro | ", "it": "Registro acqua piscina | Data,pH,Cloro | ", "nl": "Logboek zwembadwater | Datum,pH,Chloor | ", "pt": "Controle da água da piscina | Data,pH,Cloro | "},
    "issn-swap": {"en": "Back issues for the magazine swap | | Gardening monthly,Railway modeller,Knit now,Bird watching", "de": "Zeitschriften zum Tauschen | | Gartenpraxis,Eisenbahn-Journal,Landlust,Vögel", "fr": "Revues à échanger | | Rustica,Loco-Revue,Tricot facile,L'Oiseau mag", "es": "Revistas para intercambiar | | Jardinería práctica,Maquetren,Labores,Quercus", "it": "Riviste da scambiare | | Gardenia,Tutto Treno,Rakam,Airone", "nl": "Tijdschriften om te ruilen | | Groei & Bloei,Rail Magazine,Breien,Vogels", "pt": "Revistas para troca | | Natureza,Ferreomodelismo,Crochê,Aves"},
}  # fmt: skip


def _issn(rng) -> str:
    body = [rng.randint(0, 9) for _ in range(7)]
    check = (11 - sum(d * (8 - i) for i, d in enumerate(body)) % 11) % 11
    digits = "".join(map(str, body)) + ("X" if check == 10 else str(check))
    return f"{digits[:4]}-{digits[4:]}"


def _date(rng, lang: str) -> str:
    d, m = rng.randint(1, 28), rng.randint(1, 12)
    return (
        f"{m}/{d}"
        if lang == "en" and rng.random() < 0.3
        else f"{d:02d}.{m:02d}."
        if lang == "de"
        else f"{d:02d}/{m:02d}"
    )


def row(rng, key: str, lang: str, items: list[str], i: int, names: list[str], cur: str) -> list[str]:
    item = items[i % len(items)] if items else ""
    m = lambda lo, hi: money(rng.uniform(lo, hi), cur, lang)  # noqa: E731
    rows = {
        "jumble-prices": lambda: [item, m(0.5, 8)],
        "bake-takings": lambda: [item, m(20, 20), m(35, 260)],
        "choir-attendance": lambda: (
            [names[i % len(names)]] + [rng.choice(["x", "x", "x", "–"]) for _ in range(4)]
        ),
        "bowls-fixtures": lambda: (
            [_date(rng, lang)]
            + rng.sample(items, 2)
            + [f"{rng.choice([14, 18, 19])}:{rng.choice(['00', '30'])}"]
        ),
        "parking-spaces": lambda: [str(i + 1), f"{rng.randint(1, 5)}{rng.choice('ABCD')}"],
        "freezer": lambda: [item, _date(rng, lang), str(rng.randint(1, 6))],
        "meter-readings": lambda: [
            _date(rng, lang),
            f"{rng.randint(1, 9)}{rng.randint(0, 99):02d} {rng.randint(0, 9999):04d} {rng.randint(0, 999):03d}",
            f"{rng.randint(1000, 99999)} kWh",
        ],
        "practice-log": lambda: [
            ["Mon", "Tue", "Wed", "Thu", "Fri"][i % 5] if lang == "en" else str(i + 1),
            str(rng.choice([10, 15, 20, 25, 30])),
            item,
        ],
        "shopping": lambda: [item, str(rng.randint(1, 6)), m(0.6, 9)],
        "camp-kit": lambda: [item, str(rng.randint(2, 40))],
        "game-library": lambda: [item, names[i % len(names)], _date(rng, lang)],
        "bird-count": lambda: [item, str(rng.randint(0, 14))],
        "kit-sizes": lambda: [
            names[i % len(names)],
            rng.choice(["XS", "S", "M", "L", "XL", "YM", "YL"]),
            str(rng.randint(1, 23)),
        ],
        "room-bookings": lambda: [
            rng.choice(["1", "2", "A", "B", "Main hall"]),
            f"{rng.randint(9, 19)}:00–{rng.randint(10, 21)}:30",
            item,
        ],
        "car-wash": lambda: [f"{9 + i}:00", str(rng.randint(2, 14)), m(10, 90)],
        "timesheet": lambda: (
            lambda a, h: [_date(rng, lang), f"{a}:00", f"{a + h}:30", dec(h + 0.5, 1, lang)]
        )(rng.randint(7, 10), rng.randint(3, 8)),
        "cake-orders": lambda: [item, str(rng.choice([8, 10, 12, 16, 20])), m(12, 45)],
        "bills-split": lambda: (lambda t: [item, money(t, cur, lang), money(t / 4, cur, lang)])(
            rng.uniform(40, 420)
        ),
        "uniform-order": lambda: [
            item,
            rng.choice(["3-4", "5-6", "7-8", "9-10", "11-12"]),
            str(rng.randint(1, 3)),
            m(6, 22),
        ],
        "plant-sale": lambda: [item, f"{rng.choice([9, 10, 12, 14])} cm", m(1, 6)],
        "pool-log": lambda: [
            _date(rng, lang),
            dec(rng.uniform(6.8, 7.8), 1, lang),
            dec(rng.uniform(0.3, 3), 1, lang),
        ],
        "issn-swap": lambda: [f"{item}, {rng.randint(1, 12)}/{rng.randint(2015, 2024)}", _issn(rng)],
    }
    return rows[key]()


def spec(key: str, lang: str) -> tuple[str, list[str], list[str]]:
    title, cols, items = (part.strip() for part in T[key][lang].split("|"))
    return title, [c for c in cols.split(",") if c], [x for x in items.split(",") if x]


def render(rng, key: str, lang: str, names: list[str], cur: str) -> str:
    title, cols, items = spec(key, lang)
    n = rng.randint(4, 8) if not items else min(len(items), rng.randint(4, 6))
    body = [row(rng, key, lang, items, i, names, cur) for i in range(n)]
    if key == "meter-readings":  # one meter, readings going up
        body.sort(key=lambda r: int(r[2].split()[0]))
        month = rng.randint(1, 12 - len(body) + 1)
        dates = [f"01.{month + k:02d}." if lang == "de" else f"01/{month + k:02d}" for k in range(len(body))]
        body = [[dates[k], body[0][1], r[2]] for k, r in enumerate(body)]
    grid = ([cols] if cols else []) + body
    style = rng.choice(["pipes", "spaces", "tabs"]) if cols else "spaces"
    if style == "pipes":
        lines = ["| " + " | ".join(r) + " |" for r in grid]
        if cols:
            lines.insert(1, "|" + "---|" * len(cols))
    elif style == "tabs":
        lines = ["\t".join(r) for r in grid]
    else:
        widths = [max(len(r[j]) for r in grid) for j in range(len(grid[0]))]
        lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in grid]
    return title + "\n\n" + "\n".join(lines)
