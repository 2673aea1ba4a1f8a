"""German and French sentences for v125."""

DE = {
    "GENRES": {
        "tarot": {
            "titles": ["Deine Kartenlegung ist gebucht", "Tarot am Abend – Nachricht zur Sitzung"],
            "phone": [
                "Wenn nach der Legung Fragen offen sind, schreib mir eine Nachricht an {p}.",
                "Die Telefonlegung startet pünktlich: Ich rufe dich von {p} aus an, bitte geh ran.",
                "Du schaffst es nicht? Sag unter {p} ab, dann gebe ich den Termin weiter.",
            ],
            "fill": [
                "Gezogen wurde der Stern, ein Zeichen für Zuversicht nach einer schweren Zeit.",
                "Kartenlegungen dienen der Selbstreflexion und ersetzen keine ärztliche Beratung.",
            ],
        },
        "reiki": {
            "titles": ["Erinnerung an deine Reiki-Behandlung", "Energiearbeit – Hinweise danach"],
            "phone": [
                "Termine bitte spätestens 24 Stunden vorher unter {p} verschieben.",
                "Falls du dich nach der Behandlung unwohl fühlst, ruf mich unter {p} an.",
            ],
            "fill": [
                "Trink nach der Sitzung viel stilles Wasser und gönn dir Ruhe.",
                "Die Behandlung findet bekleidet auf der Liege statt.",
            ],
        },
        "retreat": {
            "titles": ["Schweige-Retreat: Anreiseinformationen", "Meditationswochenende – letzte Infos"],
            "phone": [
                "Handys werden bei der Ankunft abgegeben; im Notfall "
                "erreicht euch die Familie über das Büro: {p}.",
                "Bei Zugverspätung bitte den Fahrdienst unter {p} anrufen.",
            ],
            "fill": [
                "Das Schweigen beginnt nach dem Abendvortrag am ersten Tag.",
                "Die Küche kocht vegetarisch; Unverträglichkeiten bitte vorher melden.",
            ],
        },
        "crystals": {
            "titles": ["Dein Steine-Paket ist unterwegs", "Pflegehinweise für deine Heilsteine"],
            "phone": [
                "Kommt ein Stein beschädigt an, schick uns ein Foto an {p} – wir ersetzen ihn.",
                "Der Laden ist dienstags bis samstags unter {p} zu erreichen.",
            ],
            "fill": [
                "Selenit verträgt kein Wasser; reinige ihn lieber mit Klang oder Mondlicht.",
                "Jeder Stein ist ein Naturprodukt, Farbe und Einschlüsse können abweichen.",
            ],
        },
        "psychicfair": {
            "titles": ["Esoterikmesse – Infos für Aussteller", "Spirituelle Messe: Dienstplan der Berater"],
            "phone": [
                "Am Messetag ist die Veranstalterin mobil unter {p} erreichbar.",
                "Wer seine Schicht nicht antreten kann, meldet sich bis Freitag unter {p}.",
            ],
            "fill": [
                "Aufbau ab acht Uhr, Einlass für Besucher um zehn.",
                "Räucherwerk bitte in der Halle nicht anzünden, wegen der Rauchmelder.",
            ],
        },
    },
    "NEG": {
        "birth_data": ["Geburtsdaten laut Urkunde: {v}."],
        "planet_degree": ["Im Mittelpunkt des Jahres steht dein progressiver {v}."],
        "utc_offset": ["Die Geburtszeit wurde mit {v} umgerechnet."],
        "crystal_weight": ["Die Bergkristallspitze wiegt {v}."],
        "crystal_size": ["Maße der Druse: ca. {v}."],
        "voucher_code": ["Dein Gutscheincode lautet {v}."],
        "date_range": ["Retreat-Zeitraum: {v}."],
        "stand_number": ["Dein Standplatz ist {v}, neben dem Teestand."],
        "company_number": ["Eingetragen im Handelsregister unter {v}."],
        "door_code": ["Der Code für die Seitentür am Abend: {v}."],
        "oil_lot": ["Verwendetes Lavendelöl: Charge {v}."],
        "mantra_count": ["Übung dieser Woche: {v} Wiederholungen."],
        "frequencies": ["Die Klangschalen sind gestimmt auf {v}."],
    },
    "LOCAL": {
        "DE": [
            "Aus dem {town}er Ortsnetz genügt die {l1} – ohne Vorwahl.",
            "Wer in {town} anruft, wählt für Termine {l1} und für den Laden {l2}.",
            "Praxis {town}, Ortsgespräch: {l1}",
            "Innerhalb von {town} sind wir unter der kurzen Nummer {l1} erreichbar.",
            "Für Anrufe aus {town} selbst: {l1}; Rückruf-Wunsch gern auch über {l2}.",
        ]
    },
    "LIST_HEADS": ["Kontakt zum Team", "Unsere Telefone", "So erreichst du uns"],
    "LIST_LABELS": ["Terminbuchung", "Laden", "Seminarbüro", "Bereitschaft", "Veranstalterin"],
    "EMAIL": ["Fragen zum Retreat gern an {e}.", "Schick das Foto deiner Geburtsurkunde an {e}."],
    "CARD": ["Die Anzahlung wurde von der Karte {c} abgebucht."],
    "IBAN": ["Bitte überweise den Restbetrag auf {i}.", "Standgebühr auf das Konto {i} überweisen."],
    "IP": ["Der Livestream läuft über unseren Server {ip}.", "Das WLAN-Gateway im Seminarhaus ist {ip}."],
    "OTHER": ["Kostenlose Buchungshotline: {p}."],
}

FR = {
    "GENRES": {
        "tarot": {
            "titles": ["Votre tirage est réservé", "Tirage de tarot – suite de la séance"],
            "phone": [
                "Si des questions restent après le tirage, envoyez-moi un SMS au {p}.",
                "Pour la consultation par téléphone, je vous appelle depuis le {p} à l'heure convenue.",
                "Un empêchement ? Prévenez au {p} pour libérer le créneau.",
            ],
            "fill": [
                "L'Arcane sans nom est sorti en position centrale : une fin qui ouvre la place au neuf.",
                "Le tarot est un outil de réflexion et ne remplace pas un avis médical.",
            ],
        },
        "astrology": {
            "titles": ["Commande de thème astral", "Révolution solaire – rendez-vous confirmé"],
            "phone": [
                "L'astrologue vous appellera au {p} au début de la consultation.",
                "Pour corriger votre heure de naissance, téléphonez au {p} avant le calcul du thème.",
            ],
            "fill": [
                "L'ascendant change environ toutes les deux heures, d'où l'importance de l'heure exacte.",
                "Les transits décrivent des tendances, jamais des certitudes.",
            ],
        },
        "reiki": {
            "titles": ["Rappel : séance de reiki", "Soin énergétique – conseils après la séance"],
            "phone": [
                "Pour déplacer votre soin, appelez le cabinet au {p} la veille au plus tard.",
                "En cas de fatigue inhabituelle après le soin, joignez-moi au {p}.",
            ],
            "fill": [
                "Buvez beaucoup d'eau et reposez-vous le soir même.",
                "La séance se fait habillé, allongé sur la table.",
            ],
        },
        "retreat": {
            "titles": ["Retraite de méditation : infos pratiques", "Week-end en silence – derniers détails"],
            "phone": [
                "Les téléphones sont déposés à l'accueil ; en urgence, vos "
                "proches appellent le secrétariat au {p}.",
                "Si votre train a du retard, prévenez la navette au {p}.",
            ],
            "fill": [
                "Le silence commence après l'enseignement du premier soir.",
                "Prévoyez un châle pour les méditations du matin.",
            ],
        },
        "psychicfair": {
            "titles": ["Salon bien-être et voyance – dossier exposant", "Salon de la voyance : planning"],
            "phone": [
                "Le jour J, l'organisatrice répond au {p}.",
                "Pour réserver une table ou l'électricité : {p}.",
            ],
            "fill": [
                "Installation dès huit heures, ouverture au public à dix heures.",
                "Merci de ne pas allumer d'encens dans la salle.",
            ],
        },
    },
    "NEG": {
        "birth_data": ["Données de naissance : {v}."],
        "house_cusps": ["Angles du thème : {v}."],
        "numerology_sum": ["Chemin de vie calculé ainsi : {v}."],
        "crystal_weight": ["La pointe de citrine pèse {v}."],
        "voucher_code": ["Votre bon cadeau porte le code {v}."],
        "booking_ref": ["Merci de rappeler la référence {v} dans vos messages."],
        "session_times": ["Méditation du matin : {v}."],
        "stand_number": ["Votre stand : {v}, près du bar à tisanes."],
        "isbn": ["Le livret du jeu porte l'ISBN {v}."],
        "moon_phase": ["Pleine lune exacte le {v}."],
        "seat_range": ["Places réservées pour la conférence : rang {v}."],
        "decibels": ["Niveau mesuré pendant le crescendo du gong : {v}."],
    },
    "LOCAL": {},
    "LIST_HEADS": ["Nous joindre", "Nos lignes"],
    "LIST_LABELS": ["Réservations", "Cabinet", "Boutique", "Accueil retraite", "Organisatrice"],
    "EMAIL": ["Envoyez votre acte de naissance à {e}.", "Pour toute question sur la retraite : {e}."],
    "CARD": ["L'acompte a été débité sur la carte {c}."],
    "IBAN": ["Virement du solde sur le compte {i}.", "Frais d'exposant à régler sur {i}."],
    "IP": ["La diffusion en direct passe par notre serveur {ip}.", "La passerelle Wi-Fi du gîte est {ip}."],
    "OTHER": ["Numéro vert pour les réservations : {p}."],
}
