"""German and French civic text for v41."""

DE = {
    "GENRES": {
        "waste": (
            "Abfuhrkalender",
            [
                "Die Biotonne wird in {route} ab sofort mittwochs geleert, Ausweichtermine {dateranges}.",
                "Eine zusätzliche {binvol} kostet {tariff} Abwasser-Anteil nicht eingerechnet.",
                "Sperrmüll holen wir bei {housenos} nur nach Anmeldung ab.",
                "Der Wertstoffhof ist {hours} geöffnet.",
            ],
            [
                "Fragen zur Abfuhr beantwortet das Servicetelefon unter {ph}.",
                "Ist Ihre Tonne nicht geleert worden, melden Sie sich bitte unter {ph}.",
            ],
        ),
        "election": (
            "Wahlbekanntmachung",
            [
                "Das Wahllokal für {ward} befindet sich in der Grundschule; geöffnet {hours}.",
                "Sie sind unter {elroll} eingetragen.",
                "Die Partei tritt mit {ballotpos} an.",
                "Briefwahlunterlagen können {dateranges} beantragt werden.",
            ],
            ["Das Wahlamt erreichen Sie unter {ph}.", "Bei Fragen zur Briefwahl: {ph}."],
        ),
        "permit": (
            "Antrag auf Baugenehmigung",
            [
                "Der Bauantrag {planref} betrifft {parcel} der Gemarkung Nord.",
                "Bitte verwenden Sie den {formno} ({formrev}).",
                "Die Zulässigkeit richtet sich nach {regcite}.",
                "Für Anwohner gilt der {permitno}.",
            ],
            ["Rückfragen an die Bauaufsicht unter {ph}.", "Die Sachbearbeitung ist unter {ph} erreichbar."],
        ),
        "planning": (
            "Öffentliche Auslegung",
            [
                "Der Entwurf zum {consultref} liegt {dateranges} im Rathaus aus.",
                "Das Plangebiet liegt bei {gridref} und umfasst {parcel}.",
                "Stellungnahmen sollen auf {pagepara} der Begründung Bezug nehmen.",
                "Die Grundsteuer bleibt beim {millage}.",
            ],
            ["Termine zur Einsichtnahme vereinbaren Sie unter {ph}."],
        ),
        "summons": (
            "Ladung als Schöffe",
            [
                "Sie sind unter {jurorno} für die Sitzungsperiode bestimmt.",
                "Die Hauptverhandlung findet in {courtroom} statt.",
                "Die Entschädigung richtet sich nach {statute}.",
            ],
            ["Verhinderungen teilen Sie bitte der Geschäftsstelle unter {ph} mit."],
        ),
        "benefit": (
            "Rentenbescheid",
            [
                "Ihre Rente beträgt ab dem nächsten Monat {benefit} ({claimref}).",
                "Die Berechnung ist in {pagepara} erläutert.",
                "Gegen diesen Bescheid kann {dateranges} Widerspruch eingelegt werden.",
            ],
            ["Unser Service-Center erreichen Sie unter {ph}.", "Rückfragen zum Bescheid: {ph}."],
        ),
        "foi": (
            "Antwort auf Ihren Antrag nach dem IFG",
            [
                "Ihr Antrag {foiref} ist vollständig bearbeitet.",
                "Die Vergabe erfolgte nach dem {ordinance}.",
                "Einzelne Angaben wurden nach {regcite} geschwärzt.",
            ],
            ["Für Rückfragen steht Ihnen die Stelle unter {ph} zur Verfügung."],
        ),
        "health": (
            "Gesundheitsamt informiert",
            [
                "Die Inzidenz liegt bei {incidence}.",
                "An der Messstation wurden {airq} gemessen.",
                "Das Trinkwasser hat {waterq} und ist unbedenklich.",
                "Impfstoff der Charge {lotno} wird zurückgerufen.",
            ],
            ["Das Bürgertelefon ist unter {ph} geschaltet.", "Bei Symptomen rufen Sie bitte {ph} an."],
        ),
        "parlq": (
            "Kleine Anfrage",
            [
                "Die Fragesteller beziehen sich auf {pqno}.",
                "Die Bundesregierung verweist auf {hansard}.",
                "Die Verordnung wurde in {statute} verkündet.",
            ],
            ["Betroffene können sich an die Hotline {ph} wenden."],
        ),
    },
    "EMAIL": [
        "Unterlagen können Sie auch per E-Mail an {em} senden.",
        "Kontakt: {em}.",
        "Schriftliche Einwendungen bitte an {em}.",
    ],
    "LOCAL": {
        "DE": [
            "Aus dem {town}er Ortsnetz wählen Sie einfach {ph}.",
            "Bürgerbüro (Ortsnetz {town}): {ph}.",
            "Innerhalb von {town} erreichen Sie uns unter {ph}.",
        ]
    },
    "LIST_HEAD": ["Ansprechpartner:", "So erreichen Sie uns:"],
    "LIST_LABELS": ["Bürgerbüro", "Standesamt", "Ordnungsamt", "Bauaufsicht", "Kfz-Zulassung", "Wahlamt"],
    "IBAN": ["Bitte überweisen Sie die Gebühr auf {iban}.", "Die Rente wird auf Ihr Konto {iban} gezahlt."],
    "CARD": ["Die Gebühr wurde mit der Karte {card} bezahlt."],
    "IP": ["Laut Protokoll erfolgte der Zugriff von {ip}."],
}

FR = {
    "GENRES": {
        "waste": (
            "Calendrier de collecte",
            [
                "Dans le {route}, les ordures ménagères sont ramassées le mardi, sauf {dateranges}.",
                "Un {binvol} supplémentaire est facturé {tariff}.",
                "La déchetterie est ouverte {hours}.",
            ],
            ["Pour signaler un bac non collecté, appelez le {ph}.", "Le service propreté répond au {ph}."],
        ),
        "election": (
            "Avis aux électeurs",
            [
                "Le {ward} est transféré à l'école Jules-Ferry.",
                "La liste figure sur le {ballotpos}.",
                "Les procurations sont reçues {dateranges}.",
            ],
            ["Le service des élections est joignable au {ph}."],
        ),
        "permit": (
            "Demande de permis de construire",
            [
                "La demande {planref} concerne la {parcel}.",
                "Joindre le {formno} et les plans.",
                "Le projet est instruit selon l'{regcite}.",
                "La {permitno} est délivrée pour un an.",
            ],
            ["Renseignements au service urbanisme : {ph}."],
        ),
        "planning": (
            "Enquête publique",
            [
                "L'{consultref} se déroule {dateranges}.",
                "Le dossier, {pagepara}, précise le périmètre.",
                "Le conseil a voté un {millage}.",
            ],
            ["Pour prendre rendez-vous avec le commissaire enquêteur : {ph}."],
        ),
        "summons": (
            "Convocation en qualité de juré",
            [
                "Vous êtes inscrit comme {jurorno}.",
                "L'audience se tiendra {courtroom}.",
                "Les indemnités sont fixées par le {statute}.",
            ],
            ["En cas d'empêchement, prévenez le greffe au {ph}."],
        ),
        "benefit": (
            "Notification de droits",
            [
                "Votre allocation s'élève à {benefit} ({claimref}).",
                "Le calcul est détaillé au {pagepara}.",
            ],
            ["Votre conseiller retraite est joignable au {ph}."],
        ),
        "consular": (
            "Avis consulaire",
            [
                "Les rendez-vous passeport sont confirmés sous la référence {appt}.",
                "La permanence consulaire est ouverte {hours}.",
            ],
            ["En cas d'urgence, composez le {ph}."],
        ),
        "health": (
            "Avis sanitaire",
            [
                "Le taux d'incidence atteint {incidence}.",
                "La station a relevé {airq} ce matin.",
                "Le lot {lotno} fait l'objet d'un rappel.",
            ],
            ["Une cellule d'écoute répond au {ph}."],
        ),
    },
    "EMAIL": ["Vous pouvez aussi écrire à {em}.", "Contact : {em}."],
    "LOCAL": {},
    "LIST_HEAD": ["Numéros des services :", "Contacts mairie"],
    "LIST_LABELS": ["Accueil mairie", "État civil", "Urbanisme", "Police municipale", "CCAS", "Élections"],
    "IBAN": ["Le versement sera effectué sur le compte {iban}.", "Règlement par virement : {iban}."],
    "CARD": ["Le paiement a été fait avec la carte {card}."],
    "IP": ["La demande en ligne provient de l'adresse {ip}."],
}
