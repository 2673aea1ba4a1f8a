"""Negative-only genres: (slug, locales, title "en|de|fr|es|it|nl|pt", preferred hard-negative kinds)."""

NEG_GENRES = [
    (
        "tide-tables",
        "en_GB nl_NL fr_FR de_DE",
        "Tide tables and harbour notes|Gezeitenkalender Hafen|"
        "Marées et avis du port|Mareas y avisos del puerto|Maree e avvisi del porto|"
        "Getijtafel en havenberichten|"
        "Tábua de marés",
        "table-tides pattern-pressure pattern-coord-dms pattern-mmsi pattern-imo",
    ),
    (
        "ferry-timetable",
        "en_GB es_ES it_IT nl_NL",
        "Ferry timetable|Fährfahrplan|Horaires des ferries|"
        "Horarios del ferry|Orari dei traghetti|Dienstregeling veerboot|Horários da balsa",
        "table-ferry pattern-price pattern-vehicle-reg pattern-time-range",
    ),
    (
        "swimming-gala",
        "en_GB en_US de_DE nl_NL",
        "Swimming gala results|Schwimmfest Ergebnisse|"
        "Résultats du meeting de natation|Resultados de natación|Risultati gara di nuoto|"
        "Uitslagen zwemwedstrijd|"
        "Resultados da competição de natação",
        "table-gala pattern-bib pattern-date-long",
    ),
    (
        "quiz-night",
        "en_GB en_IE en_AU en_US",
        "Quiz night scoresheet|-|-|-|-|-|-",
        "table-quiz pattern-ticket-range pattern-price",
    ),
    (
        "auction-catalogue",
        "en_GB fr_FR de_DE it_IT",
        "Auction catalogue – general sale|Auktionskatalog|"
        "Catalogue de vente aux enchères|Catálogo de subasta|Catalogo d'asta|Veilingcatalogus|"
        "Catálogo de leilão",
        "table-auction pattern-dims pattern-years pattern-shelfmark",
    ),
    (
        "chess-pairings",
        "de_DE es_ES nl_NL en_GB",
        "Chess league: pairings and results|Schach: Paarungen|"
        "Échecs : appariements|Ajedrez: emparejamientos|Scacchi: abbinamenti|Schaken: indeling|"
        "Xadrez: emparceiramentos",
        "table-chess pattern-date-dots pattern-time-range",
    ),
    (
        "weather-log",
        "de_DE de_AT en_GB fr_CH",
        "Weather station log|Wetterstation Tagesprotokoll|"
        "Relevés de la station météo|Registro meteorológico|Registro stazione meteo|Weerstation logboek|"
        "Registro da estação meteorológica",
        "table-weather pattern-rainfall pattern-temps pattern-elevation",
    ),
    (
        "ski-prices",
        "de_AT de_CH fr_CH it_IT",
        "Lift pass prices|Liftkartenpreise|Tarifs des forfaits|"
        "Precios de forfait|Prezzi skipass|Skipasprijzen|Preços do passe",
        "table-ski-pass pattern-elevation pattern-opening pattern-date-iso",
    ),
    (
        "cinema-programme",
        "fr_FR es_ES it_IT pt_BR",
        "This week's screenings|Kinoprogramm|Programme de la semaine|"
        "Cartelera de la semana|Programmazione della settimana|Filmagenda|Programação da semana",
        "table-cinema pattern-price pattern-seats",
    ),
    (
        "school-periods",
        "de_DE nl_NL en_IN fr_BE",
        "Timetable – period times|Unterrichtszeiten|"
        "Horaires des cours|Horario de clases|Orario delle lezioni|Lestijden|Horário das aulas",
        "table-periods pattern-room pattern-calendar-week",
    ),
    (
        "tree-survey",
        "en_GB de_DE nl_BE fr_FR",
        "Tree survey schedule|Baumkataster Auszug|Inventaire des arbres|"
        "Inventario de arbolado|Censimento del verde|Bomeninventaris|Inventário de árvores",
        "table-tree-survey pattern-gridref pattern-utm pattern-coord-dec",
    ),
    (
        "parts-catalogue",
        "de_DE en_US it_IT es_ES",
        "Spare parts list|Ersatzteilliste|Liste des pièces détachées|"
        "Lista de recambios|Elenco ricambi|Onderdelenlijst|Lista de peças",
        "table-parts-header pattern-screw pattern-sku pattern-ean pattern-ral",
    ),
    (
        "warehouse-count",
        "nl_NL de_CH pt_BR en_IN",
        "Stock take|Inventur|Inventaire|Inventario|Inventario|Voorraadtelling|Inventário",
        "table-stock-bare pattern-hs pattern-container pattern-weight",
    ),
    (
        "fuel-board",
        "de_DE fr_FR it_IT es_ES",
        "Fuel price board|Spritpreise|Prix à la pompe|"
        "Precios de la gasolinera|Prezzi alla pompa|Pompprijzen|Preços na bomba",
        "table-fuel-prices pattern-fuel pattern-odometer pattern-km-marker",
    ),
    (
        "bureau-de-change",
        "en_GB es_ES pt_BR fr_CH",
        "Exchange rates today|Wechselkurse|Cours des devises|"
        "Tipos de cambio|Cambi del giorno|Wisselkoersen|Câmbio do dia",
        "table-currency pattern-fx pattern-index",
    ),
    (
        "running-splits",
        "en_US nl_NL de_DE it_IT",
        "Race splits|Zwischenzeiten|Temps intermédiaires|Parciales|Tempi intermedi|Tussentijden|Parciais",
        "table-splits pattern-chip-time pattern-bib",
    ),
    (
        "bus-frequencies",
        "de_CH nl_BE fr_FR pt_BR",
        "Service frequencies|Taktfahrplan|Fréquences des lignes|"
        "Frecuencias|Frequenze delle linee|Frequenties|Frequência das linhas",
        "table-bus-freq pattern-train",
    ),
    (
        "parish-census",
        "en_GB it_IT es_ES nl_NL",
        "Population through the decades|Einwohnerzahlen|"
        "Population par recensement|Población por censos|Popolazione ai censimenti|Inwoners per decennium|"
        "População por censo",
        "table-census pattern-population pattern-turnout pattern-floor-area",
    ),
    (
        "garden-plot-rents",
        "de_DE nl_NL fr_FR en_US",
        "Garden plot rents|Pachtliste Gartenparzellen|"
        "Loyers des parcelles|Rentas de parcelas|Canoni degli orti|Tuinhuren|Aluguéis dos lotes",
        "table-garden-plots pattern-floor-area pattern-date-slash",
    ),
    (
        "concert-programme",
        "de_DE de_AT it_IT en_GB",
        "Concert programme|Konzertprogramm|Programme du concert|"
        "Programa del concierto|Programma del concerto|Concertprogramma|Programa do concerto",
        "pattern-catalogue-music pattern-years pattern-hymns pattern-isbn13",
    ),
    (
        "clinic-summary",
        "fr_FR es_ES pt_BR en_US",
        "Visit summary|Befundbericht|Compte rendu de consultation|"
        "Informe de consulta|Referto|Consultverslag|Resumo da consulta",
        "pattern-blood-pressure pattern-dosage pattern-icd pattern-stats",
    ),
    (
        "camera-specs",
        "en_US de_DE nl_NL it_IT",
        "Second-hand camera kit|Gebrauchte Fotoausrüstung|"
        "Matériel photo d'occasion|Equipo fotográfico usado|Attrezzatura fotografica usata|"
        "Tweedehands fotospullen|"
        "Equipamento fotográfico usado",
        "pattern-lens pattern-resolution pattern-version pattern-price",
    ),
]
