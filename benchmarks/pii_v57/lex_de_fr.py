"""German and French sentences for v57 (slots as in lex_en)."""

DE = {
    "titles": {
        "notice": ["Amtliche Bekanntmachung", "Bekanntmachung der Stadtverwaltung", "Hinweis für Anwohner"],
        "polling": ["Wahlbenachrichtigung", "Bekanntmachung der Wahlräume", "Briefwahl – Hinweise"],
        "library": [
            "Stadtbibliothek: Ihre Vormerkung",
            "Mahnung der Stadtbücherei",
            "Neues aus der Bibliothek",
        ],
        "waste": ["Abfuhrkalender 2026", "Sperrmüll – Terminbestätigung", "Änderung der Leerungstage"],
        "minutes": ["Niederschrift der Sitzung des Ortsbeirats", "Protokoll Bauausschuss (Entwurf)"],
    },
    "sent": {
        "notice": [
            "Wegen Kanalarbeiten wird die Lindenstraße ab Montag voll gesperrt; Rückfragen beantwortet das "
            "Tiefbauamt unter {P}.",
            "Die Allgemeinverfügung (Az. {N:case_file}) liegt im Rathaus, Zimmer {N:room_number}, "
            "zur Einsicht aus.",
            "Sprechzeiten: montags bis freitags {N:opening_hours}.",
            "Einwendungen sind schriftlich oder per E-Mail an {E} zu richten.",
            "Betroffen ist das Flurstück {N:parcel}; Amtlicher Gemeindeschlüssel {N:commune_code}.",
            "Bei Notfällen außerhalb der Dienstzeit: Bereitschaft unter {M}.",
            "Gez. {NAME}, Bürgermeisteramt",
            "Die Kosten der Maßnahme belaufen sich auf {N:budget_eu} € (Haushaltsstelle {N:budget_line}).",
        ],
        "polling": [
            "Ihr Wahlraum: Grundschule am Park, Stimmbezirk {N:polling_district}, Wählerverzeichnis-Nr. "
            "{N:elector_number}.",
            "Das Wahllokal ist von 8 bis 18 Uhr geöffnet; bringen Sie bitte Ihren Ausweis mit.",
            "Fragen zur Briefwahl beantwortet das Wahlamt unter {P} oder per Mail an {E}.",
            "Wahlbeteiligung bei der letzten Kommunalwahl: {N:turnout}.",
            "Wahlhelferinnen und Wahlhelfer melden sich bitte bei {NAME}, Tel. {M}.",
            "Barrierefreier Zugang über den Schulhof; Bushaltestelle Nr. {N:stop_id}.",
            "Kostenlose Wahlhilfe für Blinde: {O}.",
            "Deutsche im Ausland erreichen das Wahlamt unter {I}.",
        ],
        "library": [
            "Das vorgemerkte Buch (ISBN {N:isbn13}) liegt sieben Tage an der Ausleihtheke für Sie bereit.",
            "Signatur: {N:dewey}, Lesesaal 2.",
            "Die Leihfrist können Sie telefonisch unter {P} verlängern; halten Sie Ihre Ausweisnummer "
            "{N:library_barcode} bereit.",
            "Öffnungszeiten samstags: {N:opening_hours}.",
            "Das Gäste-WLAN der Bibliothek vergibt Adressen ab {IP}.",
            "Mahngebühren von 3,00 € buchen wir vom Konto {IBAN} ab.",
            "Für den Bücherbus wenden Sie sich an {NAME}, {E}.",
        ],
        "waste": [
            "Die Biotonne wird ab Januar an folgenden Tagen geleert: {N:collection_dates}",
            "Ihr Behälter trägt den Chip {N:bin_tag}; bitte nicht mit dem Nachbarn tauschen.",
            "Sperrmüllabholung für das Grundstück Flurstück {N:parcel} ist bestätigt.",
            "Nicht geleert? Melden Sie sich bis 15 Uhr unter {P}.",
            "Im letzten Jahr wurden {N:tonnage} Grünschnitt angeliefert.",
            "Die Abfallgebühr wird per Lastschrift vom Konto {IBAN} eingezogen.",
            "Wertstoffhof-Hotline (kostenlos): {O}",
            "Fragen zur Gebühr: {E}",
            "Zählerstand Wasseruhr Wertstoffhof zum Quartalsende: {N:meter_reading}.",
        ],
        "minutes": [
            "Anwesend: Ortsvorsteherin {NAME} sowie sieben Mitglieder.",
            "TOP {N:agenda_item}: Die Verwaltung berichtet über Mehrkosten von {N:budget_eu} €.",
            "Beschluss {N:resolution_no}: einstimmig angenommen.",
            "Sitzungsdauer {N:meeting_times}; nächste Sitzung im Bürgerhaus, Raum {N:room_number}.",
            "Ein Bürger bittet darum, die Nummer des Ortsbüros ({P}) im Amtsblatt zu veröffentlichen.",
            "Der Eintrag {N:register_entry} im Sitzungsregister wird berichtigt.",
            "Die Schriftführerin ist unter {M} erreichbar.",
        ],
    },
    "local": [
        "Wer in {T} wohnt, erreicht das Bürgerbüro ohne Vorwahl unter {L1}, das Standesamt unter {L2}.",
        "Bibliothek {T} (aus dem Ortsnetz): {L1}",
        "„Rufen Sie einfach {L1} an, das ist hier in {T} die Nummer vom Wahlamt“, sagte die Mitarbeiterin.",
        "Abfallberatung: {L1} – gilt für Anrufe innerhalb von {T}.",
        "Ortsnetz {T}:\nRathaus {L1}\nBauhof {L2}",
        "Innerhalb {T} genügt die Durchwahl {L1} (Vorwahl nur von außerhalb).",
    ],
    "heads": ["Rathaus-Telefonliste", "Kontakt Bürgerbüro", "So erreichen Sie uns"],
    "labels": ["Bürgerbüro", "Wahlamt", "Stadtbibliothek", "Abfallwirtschaft", "Standesamt", "Ordnungsamt"],
}

FR = {
    "titles": {
        "notice": ["Avis municipal", "Arrêté du maire – information", "Avis aux riverains"],
        "polling": ["Élections : votre bureau de vote", "Information électeurs", "Vote par procuration"],
        "library": [
            "Médiathèque : votre réservation",
            "Relance de la médiathèque",
            "Lettre de la bibliothèque",
        ],
        "waste": ["Collecte des déchets : nouveau calendrier", "Encombrants – rendez-vous confirmé"],
        "minutes": ["Procès-verbal du conseil municipal", "Compte rendu de la séance"],
    },
    "sent": {
        "notice": [
            "En raison de travaux de voirie, la rue des Tilleuls sera fermée à la circulation ; "
            "renseignements auprès des services techniques au {P}.",
            "L'arrêté n° {N:resolution_no} est affiché en mairie, bureau {N:room_number}.",
            "Horaires d'ouverture de la mairie : {N:opening_hours}.",
            "Les observations peuvent être adressées à {E}.",
            "Parcelle cadastrale {N:parcel} ; code INSEE de la commune {N:insee}.",
            "Astreinte des élus le week-end : {M}.",
            "Pour le maire, {NAME}, adjoint délégué.",
            "Montant des travaux : {N:budget_eu} € TTC.",
        ],
        "polling": [
            "Votre bureau de vote : école Jules-Ferry, bureau n° {N:polling_district}.",
            "Le scrutin est ouvert de 8 h à 19 h ; munissez-vous d'une pièce d'identité.",
            "Pour une procuration, le service élections répond au {P} ou à {E}.",
            "Participation au dernier scrutin : {N:turnout}.",
            "Les assesseurs volontaires contactent {NAME} au {M}.",
            "Les Français de l'étranger peuvent joindre le consulat au {I}.",
            "Transport gratuit vers le bureau de vote : {O}.",
        ],
        "library": [
            "Le document réservé (ISBN {N:isbn13}) vous attend à l'accueil pendant huit jours.",
            "Cote : {N:dewey}, salle patrimoine.",
            "Prolongation possible par téléphone au {P} avec votre numéro de carte {N:library_barcode}.",
            "Horaires du samedi : {N:opening_hours}.",
            "Le réseau Wi-Fi public attribue l'adresse {IP} à votre poste.",
            "Pour le portage à domicile, écrivez à {E}.",
        ],
        "waste": [
            "Prochaines collectes des emballages : {N:collection_dates}",
            "Votre bac porte la puce {N:bin_tag}.",
            "Enlèvement des encombrants confirmé ; signalez tout oubli au {P}.",
            "La déchetterie a reçu {N:tonnage} de déchets verts cette année.",
            "La redevance est prélevée sur le compte {IBAN}.",
            "Numéro vert de la collecte : {O}",
        ],
        "minutes": [
            "Présents : M. le Maire, {NAME}, et onze conseillers.",
            "Point {N:agenda_item} : le budget annexe est arrêté à {N:budget_eu} €.",
            "Délibération {N:resolution_no} adoptée à l'unanimité.",
            "Séance tenue de {N:meeting_times} en salle {N:room_number}.",
            "La secrétaire de mairie reste joignable au {P}.",
            "Le marché {N:tender_no} est attribué.",
        ],
    },
    "heads": ["Annuaire de la mairie", "Nous joindre", "Services municipaux"],
    "labels": ["Accueil mairie", "État civil", "Service élections", "Médiathèque", "Collecte des déchets"],
}
