"""German and French sentences for v43 (written fresh); slots as in lex_en."""

DE = {
    "genres": {
        "course": {
            "title": [
                "Vorlesungsverzeichnis: Einführung in die Mediävistik",
                "Kursseite: Statistik II für Soziologie",
            ],
            "neg": [
                "Die Vorlesung {N:module_code} findet dienstags um {N:start_time} in Hörsaal {N:room} statt.",
                "Das Modul bringt {N:ects} Leistungspunkte und wird im {N:semester} angeboten.",
                "Grundlage ist das Lehrbuch mit der ISBN {N:isbn}; ein Exemplar steht im Handapparat.",
                "Die Klausur im letzten Durchgang hatte einen Notenschnitt von {N:grade}.",
            ],
            "phone": [
                "Das Sekretariat des Lehrstuhls erreichen Sie unter {P}.",
                "Bei Fragen zur Anmeldung hilft die Studienfachberatung, Telefon {P}.",
            ],
        },
        "exam": {
            "title": ["Prüfungsankündigung: Klausurtermine", "Aushang des Prüfungsamts"],
            "neg": [
                "Die Klausur zu {N:module_code} beginnt um {N:start_time} in Raum {N:room}.",
                "Bitte den Studierendenausweis (Kennung {N:student_id}) sichtbar auf den Tisch legen.",
                "Bestanden ist ab {N:score} Punkten; die Noten (etwa {N:grade}) erscheinen im Portal.",
                "Wiederholer aus dem {N:semester} schreiben im selben Termin.",
            ],
            "phone": [
                "Krankmeldungen bitte vor Beginn telefonisch an das Prüfungsamt: {P}.",
                "Nachteilsausgleich beantragen Sie bei der Beratungsstelle, erreichbar unter {P}.",
            ],
        },
        "music": {
            "title": [
                "Musikschule: Stundenplan der Tanz- und Instrumentalkurse",
                "Ballettschule – neue Kurse",
            ],
            "neg": [
                "Der Kinderchor probt ab {N:start_time} in Saal {N:room}.",
                "Vorspielstücke: Mozart {N:opus}, dazu eine Etüde bei {N:metronome}.",
                "Ein Kurs mit {N:sessions} kostet {N:price}; Gruppe {N:age_group}.",
                "Im Programmheft steht der Kurs unter der Kursnummer {N:course_no}.",
            ],
            "phone": [
                "Die Schulleitung ist nachmittags unter {P} zu sprechen.",
                "Schnupperstunden vereinbaren Sie bei unserer Verwaltung: {P}.",
            ],
        },
        "sport": {
            "title": [
                "Vereinsnachrichten: Spielplan und Mitgliedsantrag",
                "TSV-Abteilung Tischtennis: Ergebnisse",
            ],
            "neg": [
                "Unsere {N:age_group} gewann am Sonntag {N:match_score}.",
                "Tabelle nach der Hinrunde: {N:league}.",
                "Der Jahresbeitrag beträgt {N:price}; Ihre Mitgliedsnummer lautet {N:member_no}.",
                "Bestzeit beim Stadtlauf über 10 km: {N:race_time}.",
                "Gürtelprüfung am Samstag: angestrebt ist der {N:kyu}.",
            ],
            "phone": [
                "Spielverlegungen meldet bitte der Staffelleiter unter {P}.",
                "Unsere Geschäftsstelle erreichen Sie unter {P}.",
            ],
        },
        "forum": {
            "title": [
                "Forum Modellbahn: Schattenbahnhof planen",
                "Re: Weichenantrieb brummt",
                "Forum: Objektiv für Vogelfotos",
            ],
            "neg": [
                "Ich fahre {N:scale} auf einer Platte von 2,40 m, kleinster Radius {N:track_radius}.",
                "Nach {N:dcc} läuft meine {N:loco} endlich sauber im Schritttempo.",
                "Aufgenommen mit {N:exposure}, am {N:focal} Zoom.",
                "Meine Tomaten keimen bei {N:sow_temp}, Pflanzabstand {N:spacing}.",
            ],
            "phone": [
                "Wer die übrigen Gleise haben will, ruft mich abends an: {P}.",
                "Der Stammtisch trifft sich donnerstags, Anmeldung bei Klaus unter {P}.",
            ],
        },
    },
    "local1": [
        "Aus dem Ortsnetz {T} genügt die {L}.",
        "Innerhalb von {T} einfach {L} wählen.",
        "Büro (Ortsnetz {T}): {L}.",
        "In {T} ohne Vorwahl: {L}.",
    ],
    "local2": ["Ortsnetz {T}: Büro {L}, Halle {L}.", "Aus {T} erreichen Sie uns unter {L} oder {L}."],
    "service": ["Kostenlose Beratung unter {S}.", "Unsere Servicenummer (gebührenfrei): {S}."],
    "list_head": ["Ansprechpartner:", "Telefonliste", "Wichtige Nummern:"],
    "list_labels": ["Geschäftsstelle", "Kassenwart", "Jugendwart", "Sekretariat", "Trainer", "Hausmeister"],
    "email": ["Anmeldungen bitte an {E}.", "Rückfragen gern per Mail an {E}."],
    "card": ["Gebühr bezahlt mit Karte {C}."],
    "iban": ["Bitte überweisen Sie den Beitrag auf IBAN {I}."],
    "ip": ["Ihre letzte Anmeldung im Lernportal kam von {IP}."],
    "ssn": [],
    "domains": [
        "uni-heidelberg.de",
        "tsv-musterstadt.de",
        "musikschule-online.de",
        "web.de",
        "gmx.de",
        "posteo.de",
    ],
    "roles": ["sekretariat", "pruefungsamt", "info", "geschaeftsstelle", "anmeldung"],
}

FR = {
    "genres": {
        "langschool": {
            "title": ["École de langues : cours intensifs d'été", "Brochure : cours du soir de FLE"],
            "neg": [
                "Le stage compte {N:sessions} et prépare au {N:cefr}.",
                "Tarif : {N:price}, manuel en sus (ISBN {N:isbn}).",
                "Les groupes se retrouvent à {N:start_time} en salle {N:room}.",
            ],
            "phone": [
                "Pour un test de niveau gratuit, appelez l'accueil au {P}.",
                "Le service hébergement en famille répond au {P}.",
            ],
        },
        "library": {
            "title": ["Médiathèque et musée : programme du mois", "Journée d'étude au musée"],
            "neg": [
                "La conférence porte sur l'objet {N:inventory} des collections textiles.",
                "Le livre du mois est rangé à la cote {N:shelfmark}; la revue a l'ISSN {N:issn}.",
                "L'entrée coûte {N:price}; votre réservation porte un numéro du type {N:ticket}.",
            ],
            "phone": [
                "Réservation obligatoire auprès du service des publics au {P}.",
                "Pour l'accès en fauteuil, prévenez l'accueil au {P}.",
            ],
        },
        "choir": {
            "title": ["Chorale : planning des répétitions", "Troupe de théâtre amateur : calendrier"],
            "neg": [
                "Mardi : Haydn {N:opus}, mesures {N:bars}, puis les ténors seuls.",
                "On garde le tempo à {N:metronome} jusqu'au partiel.",
                "Les bénévoles de l'accueil seront placés {N:seat}.",
            ],
            "phone": [
                "Merci de signaler vos absences à la secrétaire au {P}.",
                "Essayages des costumes : appeler Martine au {P}.",
            ],
        },
        "sport": {
            "title": ["Club de handball : calendrier et adhésion", "Tennis club : résultats du week-end"],
            "neg": [
                "Nos {N:age_group} l'ont emporté {N:match_score} samedi.",
                "Score du double mixte : {N:tennis}.",
                "La cotisation annuelle est de {N:price}; numéro d'adhérent {N:member_no}.",
            ],
            "phone": [
                "Changements d'horaire confirmés par le responsable au {P}.",
                "Le secrétariat du club est joignable au {P}.",
            ],
        },
        "union": {
            "title": ["BDE : forum des associations", "Association étudiante : assemblée générale"],
            "neg": [
                "Les stands ouvrent à {N:start_time} dans le hall {N:room}.",
                "Adhésion annuelle : {N:price}, valable pour l'année {N:semester}.",
                "Les cartes d'adhérent portent un numéro comme {N:member_no}.",
            ],
            "phone": [
                "Questions sur le forum : bureau de la vie étudiante, {P}.",
                "Notre trésorier répond au {P} (SMS de préférence).",
            ],
        },
    },
    "local1": [],
    "local2": [],
    "service": ["Numéro vert : {S}.", "Informations au {S} (appel gratuit)."],
    "list_head": ["Contacts utiles :", "Qui appeler ?", "Numéros du club :"],
    "list_labels": ["Accueil", "Secrétariat", "Trésorier", "Entraîneur", "Billetterie", "Direction"],
    "email": ["Envoyez votre dossier à {E}.", "Pour toute question : {E}."],
    "card": ["Paiement par carte {C} accepté."],
    "iban": ["Virement de la cotisation sur l'IBAN {I}."],
    "ip": ["Dernière connexion à l'ENT depuis {IP}."],
    "ssn": [],
    "domains": [
        "univ-lyon2.fr",
        "mediatheque-ville.fr",
        "orange.fr",
        "free.fr",
        "laposte.net",
        "hbc-club.fr",
    ],
    "roles": ["accueil", "secretariat", "contact", "inscriptions", "bde"],
}
