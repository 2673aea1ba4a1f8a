"""German and French sentences for the dating, matchmaking and singles' event genres."""

DE = {
    "titles": {
        "agency": ["Ihre Partnervermittlung", "Willkommen bei uns", "Ein erster Vorschlag für Sie"],
        "speeddate": ["Speed-Dating am Freitag", "Ihre Anmeldung zum Speed-Dating", "Ablauf des Abends"],
        "walk": ["Singlewanderung am Sonntag", "Wandertreff für Alleinstehende", "Tourenbeschreibung"],
        "supper": ["Single-Dinner: Ihr Platz", "Tischordnung und Menü"],
        "safety": ["Sicher zum ersten Date", "Hinweis zu Ihrem Konto"],
    },
    "body": {
        "agency": [
            "Ich bin {name} und begleite Sie ab heute persönlich; Sie erreichen mich direkt unter {P}.",
            "Die Vermittlungsgebühr buchen wir per Lastschrift von {I} ab, Rechnung {N:agency_invoice}.",
            "Ihre Mitgliedsnummer lautet {N:member_no}; bitte geben Sie sie bei Rückfragen an.",
            "Herr {name} würde Sie gern anrufen – oder Sie melden sich selbst unter {P}, er freut sich.",
            "Für Terminänderungen sind wir kostenfrei unter {F} erreichbar.",
            "Schriftliche Rückmeldungen nach dem Treffen bitte an {R}.",
            "Die Anzahlung wurde von der Karte {C} abgebucht.",
        ],
        "speeddate": [
            "Einlass ist {N:opening_hours}, Ihr Namensschild trägt die Nummer {N:badge_no}.",
            "Wer sich verspätet, schreibt bitte kurz an die Moderatorin: {P}.",
            "Die Teilnahme kostet {N:ticket_price} Euro, Buchungsnummer {N:booking_ref}.",
            "Ihre Matches schicken wir am Samstag von {R} aus.",
            "Bei Fragen zur Location wenden Sie sich an den Wirt unter {P}.",
            "Die Zahlung mit der Karte {C} ist leider fehlgeschlagen.",
        ],
        "walk": [
            "Treffpunkt ist der Wanderparkplatz ({N:gps_point}), Abmarsch {N:departure_time} Uhr.",
            "Die Strecke ist {N:walk_distance} lang, rund {N:elevation_gain} bergauf.",
            "Unsere Wanderführerin {name} hat das Handy dabei: {P}.",
            "Den Mitgliedsbeitrag bitte auf {I} überweisen.",
            "Mit der Buslinie {N:bus_route} kommen Sie bis zum Startpunkt.",
        ],
        "supper": [
            "Sie sitzen an Tisch {N:table_no}; das Menü hat vier Gänge.",
            "Das Restaurant erreichen Sie unter {P}, falls Sie später kommen.",
            "Allergien bitte vorab an die Köchin, {E}.",
            "Reserviert ist unter der Nummer {N:reservation_no}, die Garderobenmarke gibt es am Eingang.",
        ],
        "safety": [
            "Wir haben eine Anmeldung von der Adresse {A} festgestellt, die nicht zu Ihrem Wohnort passt.",
            "Geben Sie einer Freundin die Nummer Ihres Dates ({P}), bevor Sie losgehen.",
            "Verdächtige Profile melden Sie bitte an {R} oder rund um die Uhr unter {F}.",
            "Die letzte Anmeldung erfolgte von {A} aus der App.",
        ],
    },
    "neg": {
        "agency": [
            "Mitgliedsnummer {N:member_no}, Laufzeit {N:membership_period}.",
            "Rechnung {N:agency_invoice} ist beglichen; Verwendungszweck war {N:payment_reference}.",
            "Ihr Profil passt zu {N:match_pct} zu dem Vorschlag.",
            "Derzeit sind {N:member_count} Mitglieder aktiv.",
        ],
        "speeddate": [
            "Runde {N:round_of} beginnt nach dem Gong.",
            "Altersgruppe {N:age_range}, Einlass {N:opening_hours}.",
            "Mit dem Code {N:promo_code} bringen Sie eine Freundin mit.",
            "Ihre Bewertung: {N:rating}.",
            "Nächster Termin: {N:event_datetime} Uhr.",
        ],
        "walk": [
            "Etappe {N:route_stage} ist die längste.",
            "Strecke {N:walk_distance}, {N:elevation_gain} Anstieg.",
            "Die Saison läuft {N:season_dates}.",
        ],
        "supper": [
            "Tisch {N:table_no}, Raum {N:room_no}, Garderobenmarke {N:cloakroom_ticket}.",
            "Plätze {N:seat_block}, Preis {N:ticket_price} Euro.",
        ],
        "safety": [
            "Profil {N:profile_id} wurde nach Ihrer Meldung gesperrt.",
            "Letzte Nachricht um {N:chat_timestamp} Uhr.",
            "Prüfnummer {N:verification_ref} wurde bestätigt.",
        ],
    },
    "local": [
        "Wer in {town} wohnt, ruft unser Büro ohne Vorwahl an: {L}.",
        "Aus dem {town}er Festnetz erreichen Sie die Gastgeberin unter {L}, den Wirt unter {L}.",
        "Ortsnetz {town} – Anmeldung telefonisch: {L}.",
        "Für Anrufe innerhalb von {town} genügt die {L}.",
        "„Ruf einfach {L} an, wir sind ja beide in {town}“, schrieb sie.",
        "Hier in {town} ist unsere Nummer ganz kurz: {L} (ohne Vorwahl).",
    ],
    "heads": ["Ansprechpartner am Abend", "So erreichen Sie uns", "Telefonkette"],
    "labels": ["Moderation", "Wanderführung", "Restaurant", "Büro", "Notfall", "Gastgeberin"],
}

FR = {
    "titles": {
        "agency": ["Votre agence matrimoniale", "Bienvenue parmi nos adhérents", "Une première présentation"],
        "speeddate": ["Soirée speed-dating", "Votre inscription est confirmée"],
        "walk": ["Randonnée entre célibataires", "Sortie du dimanche"],
        "supper": ["Dîner de célibataires", "Votre table pour jeudi"],
        "safety": ["Premier rendez-vous en toute sécurité", "Alerte de connexion"],
    },
    "body": {
        "agency": [
            "Je m'appelle {name} et je suivrai votre dossier ; ma ligne directe est le {P}.",
            "Votre numéro d'adhérent est {N:member_no} ; merci de le rappeler dans vos courriels.",
            "Les frais d'adhésion seront prélevés sur {I}, facture {N:agency_invoice}.",
            "Madame {name} accepte un premier café ; vous pouvez l'appeler au {P} en soirée.",
            "Notre service adhérents répond gratuitement au {F}.",
            "Vos impressions après la rencontre sont à envoyer à {R}.",
        ],
        "speeddate": [
            "Accueil {N:opening_hours}, votre badge portera le numéro {N:badge_no}.",
            "En cas de retard, prévenez l'animatrice au {P}.",
            "Le paiement par la carte {C} a été refusé ; vous pourrez régler sur place.",
            "Les résultats partiront de {R} dimanche matin.",
            "La soirée s'adresse aux {N:age_range} ans, tarif {N:ticket_price} euros.",
        ],
        "walk": [
            "Rendez-vous au parking ({N:gps_point}), départ à {N:departure_time}.",
            "Boucle de {N:walk_distance}, {N:elevation_gain} de dénivelé.",
            "Le serre-file, {name}, est joignable au {P}.",
            "Cotisation annuelle par virement sur {I}.",
        ],
        "supper": [
            "Vous êtes à la table {N:table_no}, près de la fenêtre.",
            "Le restaurant se trouve en centre-ville ; téléphone : {P}.",
            "Merci d'indiquer vos allergies au chef, {E}.",
            "Les places sont réservées sous le numéro {N:reservation_no}.",
        ],
        "safety": [
            "Une connexion depuis l'adresse {A} a été détectée sur votre compte.",
            "Donnez le numéro de votre rendez-vous ({P}) à une amie avant de partir.",
            "Signalez tout profil suspect à {R}.",
        ],
    },
    "neg": {
        "agency": [
            "Adhérent n° {N:member_no}, adhésion du {N:membership_period}.",
            "Facture {N:agency_invoice} réglée ; compatibilité estimée à {N:match_pct}.",
            "Nous comptons {N:member_count} adhérents dans la région.",
        ],
        "speeddate": [
            "Tour {N:round_of} : changement de table au signal.",
            "Code promo {N:promo_code}, note {N:rating}.",
        ],
        "walk": [
            "Étape {N:route_stage} : {N:walk_distance}, {N:elevation_gain} de montée.",
            "Saison du {N:season_dates}.",
        ],
        "supper": ["Table {N:table_no}, salle {N:room_no}, vestiaire {N:cloakroom_ticket}."],
        "safety": ["Dernier message à {N:chat_timestamp}.", "Vérification {N:verification_ref} validée."],
    },
    "heads": ["Pour nous joindre ce soir", "Contacts de la soirée"],
    "labels": ["Animatrice", "Restaurant", "Accueil", "Serre-file", "Agence"],
}
