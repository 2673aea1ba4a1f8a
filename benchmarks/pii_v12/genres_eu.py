"""German and Dutch genres: (key, locales, language, titles, body lines), '|' separated."""

GENRES_EU = [
    (
        "schuetzenverein",
        "de_DE",
        "de",
        "Schützenverein: Schützenfest|Aus dem Schützenverein",
        "Antreten zum Umzug am Samstag um 14 Uhr am Vereinsheim.|Die Uniformen bitte vorher reinigen lassen."
        "|Der Königsvogel wird am Freitag aufgebaut.|Für das Zelt brauchen wir noch Helfer beim Abbau.",
    ),
    (
        "kleingarten",
        "de_DE",
        "de",
        "Kleingartenverein: Rundschreiben|Gartenverein: Arbeitsstunden",
        "Die Gemeinschaftsarbeit ist am Samstag ab 9 Uhr.|Wasseruhren werden Ende Oktober abgelesen."
        "|Heckenschnitt bitte bis 1. März erledigen.|Der Häcksler steht vor dem Vereinshaus bereit.",
    ),
    (
        "karneval",
        "de_DE",
        "de",
        "Karnevalsverein: Sitzung|Rosenmontagszug: Planung",
        "Der Wagenbau beginnt in der Halle am Mittwoch.|Kamelle bitte bis Freitag bestellen."
        "|Die Garde probt dienstags in der Turnhalle.|Ordner für den Zugweg werden noch gesucht.",
    ),
    (
        "jugendfeuerwehr",
        "de_DE",
        "de",
        "Jugendfeuerwehr: Zeltlager|Zeltlager der Jugendfeuerwehr",
        "Abfahrt ist am Freitag um 16 Uhr am Gerätehaus.|Isomatte, Schlafsack und Taschenlampe einpacken."
        "|Die Eltern werden für den Küchendienst eingeteilt.|Handys bleiben nachts in der Kiste.",
    ),
    (
        "kirchenchor",
        "de_DE",
        "de",
        "Kirchenchor: Probenplan|Aus dem Kirchenchor",
        "Die Probe für das Adventskonzert ist donnerstags um 19.30 Uhr.|Bitte die Noten vom"
        " Mozart-Requiem mitbringen."
        "|Die Sopranistinnen treffen sich vorher zur Stimmprobe.|Nach dem Konzert gibt es Glühwein.",
    ),
    (
        "lauftreff",
        "de_DE",
        "de",
        "Lauftreff|Lauftreff: Stadtlauf",
        "Treffpunkt ist wie immer der Parkplatz am Waldbad.|Die langsame Gruppe läuft 8 km, die schnelle 12."
        "|Startnummern für den Stadtlauf liegen im Vereinsheim.|Stirnlampen nicht vergessen, es wird"
        " früh dunkel.",
    ),
    (
        "flohmarkt",
        "de_DE",
        "de",
        "Flohmarkt im Hof|Hofflohmarkt: Anmeldung",
        "Aufbau ab 8 Uhr, Verkauf von 10 bis 15 Uhr.|Keine Neuware und keine Lebensmittel."
        "|Tische bringt jeder selbst mit.|Der Erlös der Kaffeebude geht an die Kita.",
    ),
    (
        "schachverein",
        "de_DE",
        "de",
        "Schachverein: Mannschaftskampf|Schachabend",
        "Spiellokal ist diesmal der Saal im Gasthof Linde.|Bedenkzeit 90 Minuten plus 30 Sekunden."
        "|Die Uhren bitte vorher auf Batterie prüfen.|Jugendtraining fällt in den Ferien aus.",
    ),
    (
        "dorffest",
        "de_DE",
        "de",
        "Dorffest|Dorffest: Helferliste",
        "Das Festzelt wird am Donnerstag aufgestellt.|Für den Kuchenstand brauchen wir 20 Kuchen."
        "|Die Hüpfburg ist reserviert.|Musik macht wieder die Blaskapelle aus dem Nachbarort.",
    ),
    (
        "wandergruppe",
        "de_DE",
        "de",
        "Wandergruppe: nächste Tour|Seniorenwandern",
        "Wir fahren mit dem Regionalzug um 8.12 Uhr.|Einkehr ist in der Hütte geplant."
        "|Die Strecke ist 14 km lang, festes Schuhwerk!|Bei Regen verschieben wir um eine Woche.",
    ),
    (
        "krampuslauf",
        "de_AT",
        "de",
        "Krampuslauf|Perchtengruppe: Krampuslauf",
        "Die Masken werden im Pfarrsaal ausgegeben.|Kinder unter 10 bitte nur mit Begleitung."
        "|Der Lauf startet um 18 Uhr am Hauptplatz.|Nachher gibt's Jagatee beim Feuerwehrhaus.",
    ),
    (
        "heuriger-ausflug",
        "de_AT",
        "de",
        "Ausflug zum Heurigen|Heurigenfahrt des Vereins",
        "Der Bus fährt um 15 Uhr vom Kirchplatz ab.|Reserviert sind drei Tische im Garten."
        "|Rückfahrt gegen 22 Uhr.|Unkostenbeitrag bitte passend mitbringen.",
    ),
    (
        "guggenmusik",
        "de_CH",
        "de",
        "Guggenmusik: Fasnachtsprogramm|Gugge: Proben",
        "Probe ist jeden Mittwoch im Schulhauskeller.|Die neuen Grinde sind fast fertig bemalt."
        "|Am Umzug laufen wir als Nummer 23.|Nach dem Monsterkonzert gibt es Mehlsuppe.",
    ),
    (
        "jodlerklub",
        "de_CH",
        "de",
        "Jodlerklub: Jahresprogramm|Aus dem Jodlerklub",
        "Das Jodlerfest ist im Juni, Anmeldung über den Präsidenten.|Tracht bitte frühzeitig kontrollieren."
        "|Probe am Freitag im Restaurant Bären.|Neue Mitglieder sind herzlich willkommen.",
    ),
    (
        "vrijmarkt",
        "nl_NL",
        "nl",
        "Koningsdag vrijmarkt|Vrijmarkt op Koningsdag",
        "Kleedjes mogen vanaf 6 uur 's ochtends neergelegd worden.|Geen muziekinstallaties op de stoep."
        "|Het oranjecomité regelt de spelletjes voor de kinderen.|Afval graag zelf meenemen.",
    ),
    (
        "volkstuin",
        "nl_NL",
        "nl",
        "Volkstuinvereniging: nieuwsbrief|Tuinvereniging",
        "De werkbeurt is zaterdag van 9 tot 12.|De waterleiding gaat in april weer open."
        "|Composthoop bij de ingang niet meer gebruiken.|De ledenvergadering is in de kantine.",
    ),
    (
        "korfbal",
        "nl_NL",
        "nl",
        "Korfbalvereniging|Korfbal: zaalcompetitie",
        "De E1 speelt zaterdag uit, vertrek om 8.30.|Rijders gezocht voor de uitwedstrijd."
        "|Kantinedienst staat in de app.|De nieuwe shirts worden dinsdag uitgedeeld.",
    ),
    (
        "carnaval-nl",
        "nl_NL",
        "nl",
        "Carnavalsvereniging|Carnaval: optocht",
        "De wagen moet vrijdag klaar zijn voor de keuring.|Prins en gevolg worden zaterdag uitgeroepen."
        "|Zaal open om 20.11 uur.|Vrijwilligers voor de garderobe gezocht.",
    ),
    (
        "avondvierdaagse",
        "nl_NL",
        "nl",
        "Avondvierdaagse|Wandelen met de school",
        "Start elke avond om 18.00 bij de school.|Kinderen lopen de 5 km, ouders mogen mee."
        "|Op vrijdag is de intocht met bloemen.|Vergeet de stempelkaart niet.",
    ),
    (
        "zangkoor",
        "nl_NL",
        "nl",
        "Gemengd koor: repetities|Koornieuws",
        "De repetitie is op woensdag om 20.00 uur in het buurthuis.|We oefenen het kerstconcert."
        "|Neem je eigen map mee.|De dirigent is volgende week afwezig.",
    ),
    (
        "kerstmarkt",
        "nl_NL",
        "nl",
        "Kerstmarkt|Kerstmarkt: kraamverdeling",
        "De kramen worden vrijdagmiddag opgebouwd.|Stroom alleen voor de oliebollenkraam."
        "|Glühwein alleen met vergunning.|De kerstman komt om 15 uur.",
    ),
    (
        "kermis",
        "nl_BE",
        "nl",
        "Kermis in de wijk|Kermiscomité",
        "De kermis begint zaterdag met de optocht.|Het eetfestijn is in de parochiezaal."
        "|We zoeken nog helpers voor de tapkast.|Het vuurwerk is maandagavond.",
    ),
    (
        "wielerclub",
        "nl_BE",
        "nl",
        "Wielerclub: zondagsrit|Wielertoeristen",
        "Vertrek om 8 uur aan het café.|We rijden 90 km, met een stop halfweg."
        "|Helm verplicht, ook voor de snelle groep.|Clubkledij kan besteld worden tot eind maart.",
    ),
]
