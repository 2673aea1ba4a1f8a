"""Genres in German and French: (locale, language, slug, titles, filler lines), "|"-separated."""

GENRES_DE_FR = [
    (
        "de_DE",
        "de",
        "schuetzenfest",
        "Schützenfest {t} – Helferliste|Schützenverein: Festwoche",
        "Aufbau des Festzelts ab Donnerstag 16 Uhr.|Der Königsschuss ist am Sonntag um 15 Uhr.|"
        "{n} koordiniert den Getränkewagen.",
    ),
    (
        "de_DE",
        "de",
        "karnevalsverein",
        "Karnevalsverein – Sitzungsplan|Prinzengarde: Termine",
        "Kostümprobe im Pfarrheim, bitte pünktlich.|Der Wagen wird in der Halle von {n} gebaut.|"
        "Kamelle werden am Samstag verteilt.",
    ),
    (
        "de_DE",
        "de",
        "lauftreff",
        "Lauftreff am Stadtpark|Lauftreff: Wintertermine",
        "Treffpunkt am Parkplatz hinter der Eishalle.|Stirnlampen nicht vergessen.|"
        "{n} läuft die langsame Gruppe.",
    ),
    (
        "de_DE",
        "de",
        "schachverein",
        "Schachverein {t} – Mannschaftskampf|Schachabend",
        "Spielbeginn 19:30, Bedenkzeit 90 Minuten.|Uhren und Bretter stehen im Schrank.|"
        "{n} ist Mannschaftsführer der Zweiten.",
    ),
    (
        "de_DE",
        "de",
        "kegelclub",
        "Kegelclub „Alle Neune“|Kegelabend und Ausflug",
        "Kegelbahn ist jeden zweiten Freitag reserviert.|Die Kasse für den Ausflug führt {n}.|"
        "Wer fehlt, zahlt trotzdem fünf Euro.",
    ),
    (
        "de_DE",
        "de",
        "dorffest",
        "Dorffest {t} – Standbesetzung|Dorffest: Planung",
        "Kuchenspenden bitte bis 10 Uhr im Gemeindehaus abgeben.|Die Hüpfburg betreut {n}.|"
        "Abbau am Sonntag ab 18 Uhr.",
    ),
    (
        "de_DE",
        "de",
        "buergerbus",
        "Bürgerbus – Fahrerplan|Bürgerbusverein: Dienste",
        "Fahrer bitte den Fahrtenschreiber abends ausdrucken.|Rollatoren passen hinten rein.|"
        "{n} teilt die Dienste ein.",
    ),
    (
        "de_DE",
        "de",
        "hausaufgabenhilfe",
        "Hausaufgabenhilfe im Jugendtreff|Ehrenamtliche gesucht",
        "Montags bis donnerstags von 14 bis 16 Uhr.|Vor allem Mathe und Deutsch werden gebraucht.|"
        "{n} ist die Ansprechpartnerin.",
    ),
    (
        "de_DE",
        "de",
        "flohmarkt",
        "Hofflohmarkt im Viertel|Flohmarkt: Standplätze",
        "Verkauf von 9 bis 15 Uhr, kein Neuwarenverkauf.|Tische bitte selbst mitbringen.|"
        "{n} verteilt die Luftballons zur Kennzeichnung.",
    ),
    (
        "de_DE",
        "de",
        "osterfeuer",
        "Osterfeuer der Landjugend|Osterfeuer: Aufbau",
        "Grünschnitt kann bis Karsamstag angeliefert werden.|Keine behandelten Hölzer!|"
        "{n} kümmert sich um die Bratwurst.",
    ),
    (
        "de_DE",
        "de",
        "feuerwehrfest",
        "Freiwillige Feuerwehr – Tag der offenen Tür|Wehrversammlung",
        "Fahrzeugschau ab 11 Uhr.|Die Jugendfeuerwehr zeigt eine Übung.|{n} organisiert die Tombola.",
    ),
    (
        "de_AT",
        "de",
        "krampuslauf",
        "Krampuslauf Freilassing – Pass-Liste|Krampuspass: Termine",
        "Larven werden vorher vom Ausschuss kontrolliert.|Kein Alkohol vor dem Lauf.|"
        "{n} ist Obmann unserer Pass.",
    ),
    (
        "de_AT",
        "de",
        "skiclub-ausfahrt",
        "Skiclub – Busausfahrt|Skiclub: Anmeldung Ausfahrt",
        "Abfahrt 6 Uhr beim Gemeindeamt.|Liftkarten werden im Bus ausgegeben.|{n} hat die Liste.",
    ),
    (
        "de_AT",
        "de",
        "bauernmarkt",
        "Bauernmarkt – Standler|Bauernmarkt: Neuigkeiten",
        "Markt jeden Freitag am Kirchplatz.|Bitte Preisschilder gut sichtbar anbringen.|"
        "{n} bringt diesmal das Bauernbrot.",
    ),
    (
        "de_CH",
        "de",
        "fasnachtsclique",
        "Fasnachtsclique – Probenplan|Clique: Cortège",
        "Piccolo-Probe am Mittwoch im Keller.|Laternen-Abholung bei {n}.|Larven nicht in der Sonne lagern.",
    ),
    (
        "de_CH",
        "de",
        "jodlerklub",
        "Jodlerklub – Auftritte|Jodlerklub: Probe",
        "Tracht bitte frisch gebügelt.|Einsingen um 18 Uhr im Saal.|{n} dirigiert das Schlusslied.",
    ),
    (
        "de_CH",
        "de",
        "hornussen",
        "Hornusser-Gesellschaft – Spielplan|Hornussen: Helfer",
        "Schindel und Träf bitte selber mitnehmen.|Festwirtschaft ab 10 Uhr.|{n} führt das Ries.",
    ),
    (
        "fr_FR",
        "fr",
        "petanque",
        "Concours de pétanque en doublette|Club de pétanque – infos",
        "Jet du but à 14 h 30 précises.|Inscription sur place, 5 € par équipe.|{n} tient la buvette.",
    ),
    (
        "fr_FR",
        "fr",
        "vide-grenier",
        "Vide-grenier du quartier|Vide-grenier : emplacements",
        "Installation des exposants dès 6 h.|Pas de vente d'armes ni d'animaux.|{n} gère les réservations.",
    ),
    (
        "fr_FR",
        "fr",
        "comite-des-fetes",
        "Comité des fêtes – 14 juillet|Comité des fêtes : réunion",
        "Le bal commence à 21 h sur la place.|Il faut trois bénévoles pour la buvette.|"
        "{n} s'occupe du feu d'artifice avec la mairie.",
    ),
    (
        "fr_FR",
        "fr",
        "amap-paniers",
        "AMAP – distribution des paniers|AMAP : contrats",
        "Distribution le jeudi de 18 h à 19 h 30.|Pensez à rapporter les cagettes.|"
        "{n} est référente pour les œufs.",
    ),
    (
        "fr_FR",
        "fr",
        "randonnee",
        "Club de randonnée – sortie du dimanche|Randonnée : programme",
        "Rendez-vous au parking de la salle des fêtes à 8 h.|Prévoir pique-nique et bâtons.|"
        "{n} encadre le groupe des marcheurs lents.",
    ),
    (
        "fr_FR",
        "fr",
        "jumelage",
        "Comité de jumelage – accueil des familles|Jumelage : séjour",
        "Les familles d'accueil reçoivent le programme samedi.|Repas partagé le dimanche midi.|"
        "{n} fait le lien avec la ville jumelle.",
    ),
    (
        "fr_FR",
        "fr",
        "scrabble",
        "Club de Scrabble – tournoi en duplicate|Scrabble : séances",
        "Séance le mardi à 14 h.|Le tournoi homologué se joue en trois manches.|{n} arbitre.",
    ),
    (
        "fr_FR",
        "fr",
        "chorale",
        "Chorale paroissiale – concert de Noël|Chorale : répétitions",
        "Répétition générale à l'église vendredi.|Tenue noire et écharpe rouge.|{n} a les partitions.",
    ),
    (
        "fr_FR",
        "fr",
        "ludotheque",
        "Ludothèque associative – soirée jeux|Ludothèque : bénévoles",
        "Soirée jeux le premier vendredi du mois.|Les jeux empruntés se rendent sous quinze jours.|"
        "{n} fait les inventaires.",
    ),
    (
        "fr_FR",
        "fr",
        "cours-couture",
        "Atelier couture – inscriptions|Atelier couture : matériel",
        "Apportez votre machine si vous en avez une.|Patron fourni pour la première séance.|"
        "{n} anime l'atelier du samedi.",
    ),
    (
        "fr_BE",
        "fr",
        "marche-adeps",
        "Marche ADEPS du dimanche|Marche : bénévoles",
        "Parcours de 5, 10 et 20 km balisés.|Ravitaillement à l'école communale.|{n} gère le fléchage.",
    ),
    (
        "fr_BE",
        "fr",
        "kermesse",
        "Kermesse de l'école|Kermesse : stands",
        "Stand frites et stand pêche aux canards.|Montage des tonnelles le vendredi soir.|"
        "{n} s'occupe des tickets boissons.",
    ),
    (
        "fr_BE",
        "fr",
        "cyclotourisme",
        "Club de cyclotourisme – sorties|Cyclo : calendrier",
        "Départ de la place à 8 h 30.|Casque obligatoire.|{n} ferme la marche.",
    ),
    (
        "fr_CH",
        "fr",
        "fondue-ski-club",
        "Ski-club – soirée fondue|Ski-club : chalet",
        "Caquelons et réchauds au chalet.|Inscription pour le car jusqu'à jeudi.|{n} prend le fromage.",
    ),
    (
        "fr_CH",
        "fr",
        "vendanges-benevoles",
        "Vendanges – équipes de bénévoles|Vendanges : horaires",
        "Sécateurs fournis, gants conseillés.|Repas de midi à la cave.|{n} répartit les rangs.",
    ),
]
