"""v15 genres in German (DE, AT, CH) and French (FR, BE, CH): (key, locale, language, domain, title, body)."""

from __future__ import annotations

GENRES_EU = [
    (
        "maibaum",
        "de_DE",
        "de",
        "maibaum-oberdorf.de",
        "Maibaum aufstellen",
        "Der Baum wird am Vorabend aus dem Wald geholt. | Wache halten bis Mitternacht, sonst wird er "
        "geklaut. "
        "| Aufgestellt wird mit Muskelkraft und Schwalben. | Danach Weißwurst und Freibier am Dorfplatz.",
    ),
    (
        "feuerwehrfest",
        "de_DE",
        "de",
        "ff-lindenau.de",
        "Feuerwehrfest",
        "Die Fahrzeuge werden in der Halle ausgestellt. | Kinder dürfen mit dem Schlauch auf die Torwand "
        "spritzen. "
        "| Die Grillschicht beginnt um die Mittagszeit. | Kuchenspenden bitte bis Samstagabend abgeben.",
    ),
    (
        "kitafest",
        "de_DE",
        "de",
        "kita-sonnenblume.de",
        "Kita-Sommerfest",
        "Die Gruppen führen kleine Lieder vor. | Kinderschminken und Dosenwerfen im Garten. "
        "| Bitte Geschirr von zu Hause mitbringen. | Der Erlös geht in neue Sandkastenspielsachen.",
    ),
    (
        "chorkonzert",
        "de_DE",
        "de",
        "kirchenchor-altstadt.de",
        "Chorkonzert im Advent",
        "Generalprobe am Freitag in der Kirche. | Schwarze Kleidung, Notenmappen in Rot. "
        "| Einsingen eine Stunde vor Beginn im Gemeindesaal. | Die Kollekte geht an die Orgelrenovierung.",
    ),
    (
        "vereinsausflug",
        "de_DE",
        "de",
        "heimatverein-burgdorf.de",
        "Vereinsausflug an die Mosel",
        "Der Bus fährt am Rathaus ab. | Mittagessen ist in einer Straußwirtschaft reserviert. "
        "| Wer nicht wandern mag, bleibt bei der Weinprobe. | Rückkehr gegen späten Abend.",
    ),
    (
        "dorfputz",
        "de_DE",
        "de",
        "dorfverein-haslach.de",
        "Dorfputz im Frühjahr",
        "Treffpunkt am Feuerwehrhaus, Handschuhe mitbringen. | Die Gemeinde stellt Greifzangen und Säcke. "
        "| Die Kinder übernehmen den Spielplatz. | Zum Abschluss gibt es Erbsensuppe.",
    ),
    (
        "skat",
        "de_DE",
        "de",
        "skatclub-eichental.de",
        "Skatturnier im Vereinsheim",
        "Gespielt wird nach der internationalen Skatordnung. | Zwei Serien, dann Siegerehrung. "
        "| Das Startgeld deckt die Preise. | Bitte pünktlich, die Tische werden ausgelost.",
    ),
    (
        "musikfest",
        "de_AT",
        "de",
        "musikverein-gleinstaetten.at",
        "Musikvereinsfest",
        "Der Festzug startet beim Kirchenwirt. | Ausschank im Zelt, Bratl und Krapfen. "
        "| Die Jugendkapelle spielt am Nachmittag. | Helfer bitte in Tracht.",
    ),
    (
        "skikurs",
        "de_AT",
        "de",
        "skiclub-tauern.at",
        "Kinderskikurs",
        "Treffpunkt bei der Talstation vor der ersten Gondel. | Helm ist Pflicht, Brille mitnehmen. "
        "| Mittagessen in der Hütte, Jause selbst mitbringen. | Abschlussrennen am letzten Tag.",
    ),
    (
        "augustfeier",
        "de_CH",
        "de",
        "augustfeier-wil.ch",
        "Erste-August-Feier",
        "Das Höhenfeuer wird nach der Ansprache angezündet. | Lampions für die Kinder liegen beim Eingang. "
        "| Bratwürste vom Dorfmetzger. | Bei Waldbrandgefahr kein Feuerwerk.",
    ),
    (
        "jodlerfest",
        "de_CH",
        "de",
        "jodlerklub-bergli.ch",
        "Jodlerfest",
        "Die Vorträge beginnen im Kirchgemeindehaus. | Alphornbläser spielen vor der Festwirtschaft. "
        "| Trachtenpflicht für alle Mitwirkenden. | Der Festumzug endet beim Schulhaus.",
    ),
    (
        "fetevoisins",
        "fr_FR",
        "fr",
        "fetedesvoisins-bellevue.fr",
        "Fête des voisins",
        "On installe les tables dans la cour de l'immeuble. | Chacun apporte un plat salé ou sucré. "
        "| Les enfants décorent les guirlandes l'après-midi. | On range tous ensemble avant minuit.",
    ),
    (
        "belote",
        "fr_FR",
        "fr",
        "clubdesaines-rosiers.fr",
        "Tournoi de belote",
        "Inscriptions des équipes sur place. | Quatre parties, changement de table à chaque fois. "
        "| Lots pour toutes les équipes, même la dernière. | Buvette et crêpes à la pause.",
    ),
    (
        "dondusang",
        "fr_FR",
        "fr",
        "dondusang-valdoise.fr",
        "Collecte de don du sang",
        "Pensez à bien manger et à boire avant de venir. | Une pièce d'identité est demandée. "
        "| La collation après le don est obligatoire. | Les nouveaux donneurs sont les bienvenus.",
    ),
    (
        "telethon",
        "fr_FR",
        "fr",
        "telethon-saintmartin.fr",
        "Téléthon au village",
        "Randonnée, lâcher de ballons et vente de soupe. | Les pompiers font un défi de tractions. "
        "| Tous les bénéfices sont reversés à l'association. | Venez déguisés, c'est plus drôle.",
    ),
    (
        "galette",
        "fr_FR",
        "fr",
        "amicale-laique-chatou.fr",
        "Galette des rois de l'amicale",
        "Rendez-vous dans la salle polyvalente. | Frangipane et brioche, pour tous les goûts. "
        "| Le roi et la reine offrent le cidre. | Merci de ramener vos couronnes.",
    ),
    (
        "couture",
        "fr_FR",
        "fr",
        "atelier-couture-montreuil.fr",
        "Atelier couture solidaire",
        "Les machines sont prêtes dans la salle du fond. | Apportez vos tissus et vos patrons. "
        "| On coud des sacs pour l'épicerie solidaire. | Le goûter est offert.",
    ),
    (
        "outremeuse",
        "fr_BE",
        "fr",
        "republiquelibre-outremeuse.be",
        "Fêtes du quinze août en Outremeuse",
        "Le cortège part de la place de l'Yser. | Péket et boulets à la sauce lapin pour les bénévoles. "
        "| Tchantchès sera de la partie, évidemment. | Fermeture des rues dès le matin.",
    ),
    (
        "soupermoules",
        "fr_BE",
        "fr",
        "jeunessefootball-ciney.be",
        "Souper aux moules du club",
        "Service à table par les jeunes du club. | Moules marinières ou à l'ail, frites à volonté. "
        "| Réservation conseillée, la salle est vite pleine. | Tombola au dessert.",
    ),
    (
        "vendanges",
        "fr_CH",
        "fr",
        "fetedesvendanges-ne.ch",
        "Fête des vendanges",
        "Le corso fleuri défile le dimanche après-midi. | Les stands s'installent le long du quai. "
        "| Le nouveau vin est servi au verre. | Pensez aux transports publics, les parkings sont fermés.",
    ),
]
