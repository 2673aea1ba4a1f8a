"""German, French and Dutch sentences for v69 (weddings and private events), written fresh."""

DE = {
    "titles": {
        "photo": ["Hochzeitsreportage – Buchungsbestätigung", "Ablauf Paarshooting", "Ihre Online-Galerie"],
        "dj": ["DJ für Ihre Hochzeitsfeier – letzte Absprachen", "Musikwünsche und Technik"],
        "venue": ["Mietvertrag Festscheune – das Wichtigste", "Besichtigung Gutshof: Notizen"],
        "catering": ["Menüvorschlag und Probeessen", "Catering: finale Personenzahl"],
    },
    "pos": {
        "photo": [
            "Am Hochzeitsmorgen erreichen Sie mich mobil unter {M}.",
            "Fragen zu Abzügen und Alben bitte an {R}.",
            "Die Anzahlung wurde von der Karte {C} abgebucht.",
            "Den Restbetrag überweisen Sie bitte auf {I}, Verwendungszweck: Ihr Nachname.",
            "Meine Zweitfotografin {name} ist unter {P} erreichbar.",
            "Die Rohdaten landen noch am Abend auf unserem Server {IP}.",
        ],
        "dj": [
            "Musikwünsche gerne per Mail an {R} oder direkt an mich: {E}.",
            "Am Abend selbst bin ich unter {M} zu erreichen.",
            "Der Haustechniker, {name}, hat die Nummer {P}.",
            "Das Lichtpult bekommt die feste Adresse {IP} im Netz der Location.",
            "Kostenlose Beratung für Brautpaare: {T}.",
        ],
        "venue": [
            "Das Veranstaltungsbüro ist dienstags bis samstags unter {P} besetzt.",
            "Am Tag der Feier hat die Hausdame {name} das Diensthandy {M}.",
            "Die Kaution von 1.000 € hinterlegen Sie bitte auf {I}.",
            "Zimmerreservierungen für Ihre Gäste laufen über {R}.",
            "Unsere Partnerlocation in Wien erreichen Sie unter {X}.",
        ],
        "catering": [
            "Allergien und Unverträglichkeiten klärt Küchenchef {name} gern unter {P}.",
            "Die endgültige Gästezahl bitte spätestens 14 Tage vorher an {R}.",
            "Die Gebühr für das Probeessen haben wir von {C} abgebucht.",
            "Der Barchef ist am Abend unter {M} erreichbar.",
        ],
    },
    "neg": {
        "photo": [
            "Ihre Buchungsnummer lautet {n:booking_ref}.",
            "Rechnen Sie mit etwa {n:photo_range} bearbeiteten Bildern.",
            "In der Kirche fotografiere ich mit dem {n:lens}, ganz ohne Blitz.",
            "Das Galerie-Passwort ist {n:gallery_code}.",
        ],
        "dj": [
            "Spielzeiten: {n:set_times}, mit Pause für die Reden.",
            "Der Saal hat einen Limiter bei {n:db_limit}.",
            "Stromanschluss an der Bühne: {n:power}.",
            "Angebot {n:quote_no} umfasst Tanzfläche und Ambientelicht.",
        ],
        "venue": [
            "Die Tenne fasst {n:capacity} Gäste (gesetzt / stehend).",
            "Der Festsaal misst {n:room_dims}.",
            "Fürs Navi: {n:gps}.",
            "Zeitplan laut Absprache: {n:run_sheet}.",
            "Die Postleitzahl {n:postcode_de} führt Sie bis zum Hoftor.",
        ],
        "catering": [
            "Aktueller Stand der Sonderessen: {n:dietary}.",
            "Das Menü kostet {n:price_head} € pro Person zzgl. Service.",
            "Die Torte hat drei Etagen, {n:cake_tiers}.",
            "Gesamtbetrag laut Angebot: {n:fee} €.",
        ],
    },
    "local": [
        "Wer schon in {town} ist, ruft das Trauzimmer einfach unter {L} an – ohne {cw}.",
        "{L} (Festnetz {town}, Vorwahl weglassen, wenn Sie aus der Stadt anrufen)",
        "Hotelrezeption, Ortsnetz {town}:\n{L}",
        "Der Shuttledienst sitzt in {town}; vom Festnetz vor Ort genügt {L}.",
        "„Ruft einfach {L} an“, sagte die Wirtin, „ist ja ein Ortsgespräch in {town}.“",
        "Konditorei (in {town} ohne {cw}): {L}, Backstube: {L}.",
        "Aus {town} selbst wählen Sie für den Blumenladen nur {L}.",
        "Hinweis: {L} ist unsere {town}er Nummer ohne {cw}.",
    ],
    "cw": "Vorwahl",
    "heads": ["Dienstleister am Hochzeitstag", "Ansprechpartner am Tag der Feier"],
    "labels": ["Fotografin", "DJ", "Location", "Catering", "Trauzeuge", "Floristin"],
}

FR = {
    "titles": {
        "photo": ["Reportage de mariage – confirmation", "Séance engagement : organisation"],
        "florist": ["Fleurs du mariage – récapitulatif de commande", "Devis centres de table"],
        "venue": ["Location du domaine – points essentiels", "Visite du château : compte rendu"],
    },
    "pos": {
        "photo": [
            "Le jour J, vous pouvez me joindre au {M}.",
            "Pour les tirages et les albums, écrivez à {R}.",
            "L'acompte a été prélevé sur la carte {C}.",
            "Le solde est à virer sur {I}.",
            "Mon assistante {name} répond au {P}.",
        ],
        "florist": [
            "Les boutonnières seront livrées à l'hôtel ; le témoin nous a laissé le {M}.",
            "Merci de régler l'acompte sur {I} et d'envoyer l'avis de virement à {R}.",
            "Si vous choisissez finalement les pivoines, appelez la boutique au {P}.",
            "Commande réglée par carte : {C}.",
        ],
        "venue": [
            "Le bureau des événements est joignable au {P} du mardi au samedi.",
            "Le jour de la réception, le régisseur {name} aura le {M}.",
            "Réservations des chambres pour vos invités : {R}.",
            "Numéro vert pour les navettes : {T}.",
            "Notre domaine partenaire en Suisse : {X}.",
            "Merci d'envoyer la liste des prestataires à {E}.",
        ],
    },
    "neg": {
        "photo": [
            "Votre référence de réservation : {n:booking_ref}.",
            "Comptez environ {n:photo_range} photos retouchées.",
            "La photo que vous avez aimée est {n:image_file}.",
        ],
        "florist": [
            "L'arche demande environ {n:stems} tiges de giroflée blanche.",
            "Votre numéro de commande : {n:flower_order}.",
            "Le ruban est assorti au {n:pantone}.",
            "Les grands vases font {n:vase_dims}.",
        ],
        "venue": [
            "La salle accueille {n:capacity} personnes (assises / debout).",
            "Coordonnées GPS du portail : {n:gps}.",
            "Déroulé convenu : {n:run_sheet}.",
            "L'orangerie mesure {n:room_dims}.",
        ],
    },
    "heads": ["Contacts du jour J", "Prestataires du mariage"],
    "labels": ["Photographe", "Fleuriste", "Domaine", "Traiteur", "Témoin"],
}

NL = {
    "titles": {
        "photo": ["Trouwreportage – bevestiging", "Loveshoot: het plan"],
        "dj": ["DJ op jullie bruiloft – laatste afspraken", "Muziek en techniek"],
        "marquee": ["Tenthuur – locatiebezoek", "Feestverhuur: leverschema"],
        "venue": ["Huur trouwlocatie – de belangrijkste punten", "Bezichtiging landgoed: aantekeningen"],
    },
    "pos": {
        "photo": [
            "Op de trouwdag ben ik bereikbaar op {M}.",
            "Vragen over afdrukken en albums graag naar {R}.",
            "De aanbetaling is afgeschreven van kaart {C}.",
            "Het restant kun je overmaken naar {I}.",
            "Mijn tweede fotograaf, {name}, heeft nummer {P}.",
        ],
        "dj": [
            "Verzoeknummers mogen naar {R} of rechtstreeks naar mij: {E}.",
            "Op de avond zelf bel je me op {M}.",
            "De lichttafel krijgt vast adres {IP} op het netwerk van de zaal.",
            "De technicus van de zaal, {name}, is bereikbaar op {P}.",
        ],
        "marquee": [
            "Onze ploegleider {name} belt vanaf {M} zodra de vrachtwagen onderweg is.",
            "Bevestig het locatiebezoek even via {R}.",
            "Borg en schadeverzekering zijn afgeschreven van {C}.",
            "Restbedrag graag naar {I} onder vermelding van je ordernummer.",
            "Gratis nummer voor dixi-toiletten bij ons partnerbedrijf: {T}.",
        ],
        "venue": [
            "Het evenementenkantoor is bereikbaar op {P}.",
            "Op de dag zelf heeft de gastvrouw {name} telefoon {M}.",
            "Onze locatie in Antwerpen heeft nummer {X}.",
            "Kamers voor gasten reserveer je via {R}.",
        ],
    },
    "neg": {
        "photo": [
            "Je boekingsnummer is {n:booking_ref}.",
            "Reken op zo'n {n:photo_range} bewerkte foto's.",
            "We fotograferen op {n:card_size} kaartjes.",
        ],
        "dj": [
            "Speeltijden: {n:set_times}.",
            "De zaal heeft een geluidsbegrenzer op {n:db_limit}.",
            "Stroom bij het podium: {n:power}.",
        ],
        "marquee": [
            "We hebben een tent van {n:marquee_size} ingepland.",
            "De constructie kan tegen windsnelheden tot {n:wind_rating}.",
            "Een aggregaat van {n:generator} komt achter de heg.",
            "Op je lijst staat onder meer {n:hire_code}.",
        ],
        "venue": [
            "De koetshuiszaal biedt plaats aan {n:capacity} gasten.",
            "Voor de navigatie: {n:gps}.",
            "Afgesproken tijden: {n:run_sheet}.",
        ],
    },
    "local": [
        "Zitten jullie al in {town}? Dan bel je de trouwambtenaar gewoon op {L}, zonder {cw}.",
        "{L} – vast nummer in {town}, het {cw} kun je binnen de stad weglaten.",
        "Receptie hotel (lokaal {town}):\n{L}",
        "De taxicentrale zit in {town}; vanaf een vaste lijn daar is het {L}.",
        '"Bel maar naar {L}," zei de beheerder, "dat is gewoon een {town}s nummer."',
        "Bakkerij (binnen {town}): {L}; de winkel ernaast: {L}.",
        "Let op: {L} is ons nummer in {town}, zonder {cw}.",
    ],
    "cw": "netnummer",
    "heads": ["Leveranciers op de trouwdag", "Contacten op de dag zelf"],
    "labels": ["Fotograaf", "DJ", "Tentbouwer", "Locatie", "Ceremoniemeester", "Bloemist"],
}
