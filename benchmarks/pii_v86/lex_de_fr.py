"""German and French sentences for v86."""

DE = {
    "library": {
        "title": ["Ihr Bibliothekskonto", "Vormerkung abholbereit", "Neues aus der Stadtbücherei"],
        "pos": [
            "Ihre Vormerkung liegt zur Abholung bereit; falls Sie es nicht schaffen, rufen Sie uns "
            "unter {P} an.",
            "Verlängerungen sind rund um die Uhr über die Telefonansage {P} möglich.",
            "Fragen zur Onleihe beantwortet das Team unter {E} oder mobil unter {M}.",
            "Das WLAN-Portal der Bibliothek erreichen Sie notfalls direkt unter {IPp}.",
            "Ausweis verloren? Bitte sofort unter {P} sperren lassen.",
        ],
        "neg": [
            "Ihr Ausweis {N:card_barcode} läuft Ende des Monats ab.",
            "Das Buch steht unter der Signatur {N:dewey}, ISBN {N:isbn13}.",
            "Öffnungszeiten: Di–Fr {N:hours}.",
            "Sie stehen auf Platz {N:entry_no} der Vormerkliste.",
        ],
    },
    "recordoffice": {
        "title": ["Ihre Anfrage an das Stadtarchiv", "Recherche – Antwort", "Archivanfrage"],
        "pos": [
            "Für Rückfragen erreichen Sie die Archivarin dienstags bis donnerstags unter {P}.",
            "Recherchegebühren überweisen Sie bitte auf {B} unter Angabe des Aktenzeichens.",
            "Aus dem Ausland wählen Sie bitte {I}.",
            "Schriftliche Anfragen richten Sie an {E}; Herr Albers ruft Sie dann unter {P} zurück.",
        ],
        "neg": [
            "Die Kirchenbücher sind unter {N:archive_ref} verzeichnet und setzen {N:year_range} ein.",
            "Die Akte liegt in Karton {N:box_file}.",
            "Das Inventar trägt die Nummer {N:inventory}.",
            "Siehe Bl. {N:folio} der Handschrift.",
        ],
    },
    "museumbook": {
        "title": ["Buchungsbestätigung", "Ihr Klassenbesuch im Museum", "Gruppenführung"],
        "pos": [
            "Sollte sich Ihr Bus verspäten, melden Sie sich bitte an der Kasse unter {P}.",
            "Für Änderungen wenden Sie sich an die Museumspädagogik: {E}, {P}.",
            "Am Besuchstag ist die Aufsicht mobil unter {M} erreichbar.",
            "Die Anzahlung wurde von der Karte {C} abgebucht.",
            "Reiseveranstalter aus dem Ausland erreichen uns unter {I}.",
        ],
        "neg": [
            "Buchungsnummer {N:booking_ref}: {N:group_size} Schülerinnen und Schüler.",
            "Der Workshop findet in Raum {N:room} statt.",
            "Die Sonderausstellung läuft vom {N:run_dates}.",
            "Eintritt {N:price} pro Person.",
        ],
    },
    "heritage": {
        "title": ["Besuch der Burgruine", "Ihr Besuch im Kloster", "Tag des offenen Denkmals"],
        "pos": [
            "Auf dem Gelände gibt es kaum Empfang; im Notfall erreichen Sie den Kastellan unter {P}.",
            "Führungen bitte unter {P} oder per Mail an {E} anmelden.",
            "Trauungen und Dreharbeiten: {Ep}, {M}.",
        ],
        "neg": [
            "Die Kapelle wurde {N:year_range} umgebaut.",
            "Der Eintritt kostet {N:price}.",
            "Standort: {N:coords}.",
        ],
    },
    "histsoc": {
        "title": ["Mitteilungen des Geschichtsvereins", "Rundbrief an die Mitglieder"],
        "pos": [
            "Mitfahrgelegenheiten zum Vortrag vermittelt Frau Brandt unter {M}.",
            "Wer alte Fotos der Zuckerfabrik hat, melde sich bitte bei {Ep} oder unter {P}.",
            "Der Mitgliedsbeitrag kann per Lastschrift von {B} eingezogen werden.",
        ],
        "neg": [
            "Der Beitrag erschien in unserer Zeitschrift, Bd. {N:volume}, S. {N:pages}.",
            "Zum letzten Vortrag kamen {N:group_size} Mitglieder.",
            "Die Holzprobe wurde auf {N:radiocarbon} datiert.",
        ],
    },
}

FR = {
    "library": {
        "title": ["Votre compte lecteur", "Réservation disponible", "Nouvelles de la médiathèque"],
        "pos": [
            "Votre réservation vous attend à l'accueil ; si vous ne pouvez pas passer, appelez-nous au {P}.",
            "Pour prolonger vos prêts par téléphone, composez le {P} aux heures d'ouverture.",
            "Questions sur le portage à domicile : {E} ou Mme Garnier au {M}.",
            "Carte perdue ? Signalez-le au {O}.",
        ],
        "neg": [
            "Votre carte {N:card_barcode} expire à la fin du mois.",
            "Le document est rangé à la cote {N:dewey}, ISBN {N:isbn13}.",
            "Horaires : du mardi au samedi, {N:hours}.",
        ],
    },
    "recordoffice": {
        "title": ["Votre demande aux Archives départementales", "Réponse à votre recherche"],
        "pos": [
            "L'archiviste de permanence peut être jointe au {P} du mardi au jeudi.",
            "Les frais de recherche sont à virer sur {B}.",
            "Depuis l'étranger, la salle de lecture répond au {I}.",
            "Écrivez à {E} ; nous vous rappellerons au besoin depuis le {P}.",
        ],
        "neg": [
            "Les registres paroissiaux sont cotés {N:archive_ref} et couvrent les années de {N:year_range}.",
            "Voir fol. {N:folio} du cartulaire.",
            "Le lien pérenne est {N:ark}.",
        ],
    },
    "museumbook": {
        "title": ["Confirmation de réservation", "Votre visite de groupe au musée"],
        "pos": [
            "En cas de retard de votre car, prévenez l'accueil au {P}.",
            "Pour modifier l'effectif, contactez le service des publics : {E}, {P}.",
            "Le jour de la visite, la responsable d'accueil est joignable au {M}.",
            "L'acompte a été débité sur la carte {C}.",
        ],
        "neg": [
            "Réservation {N:booking_ref} : {N:group_size} élèves et 4 accompagnateurs.",
            "L'exposition temporaire se tient du {N:run_dates}.",
            "Tarif : {N:price} par personne.",
        ],
    },
    "heritage": {
        "title": ["Visiter l'abbaye", "Journées du patrimoine"],
        "pos": [
            "Le réseau mobile est faible sur le site ; le gardien répond au {P}.",
            "Les visites guidées se réservent au {P} ou par courriel à {E}.",
            "Tournages et mariages : {Ep}, {M}.",
        ],
        "neg": [
            "Le cloître a été reconstruit de {N:year_range}.",
            "Entrée : {N:price}.",
            "Coordonnées du site : {N:coords}.",
        ],
    },
    "histsoc": {
        "title": ["Bulletin de la société d'histoire locale", "Lettre aux adhérents"],
        "pos": [
            "Pour le covoiturage vers la conférence, appelez Jean-Marc au {M}.",
            "Vos photos anciennes du lavoir nous intéressent : {Ep} ou {P}.",
            "La cotisation peut être prélevée sur {B}.",
        ],
        "neg": [
            "L'article a paru dans notre revue, t. {N:volume}, p. {N:pages}.",
            "La dernière conférence a réuni {N:group_size} adhérents.",
        ],
    },
}
