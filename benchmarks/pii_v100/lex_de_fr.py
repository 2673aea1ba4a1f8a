"""German and French cells (de_DE, de_AT, de_CH, fr_FR, fr_BE, fr_CH)."""

DE = {
    "branch": (
        ["Aushang in Ihrer Filiale", "Wichtige Information zu Ihrer Geschäftsstelle", "Umbau der Filiale"],
        [
            "Während des Umbaus betreut Sie Ihre Beraterin {NAME} telefonisch unter {P}.",
            "Termine für die Baufinanzierung vereinbaren Sie bitte über {P} oder per Mail an {R}.",
            "Bei Kartenverlust rund um die Uhr: {F}.",
            "Aus dem Ausland wählen Sie bitte {X}.",
            "Ihr letzter Login im Online-Banking kam von {IP}; waren das nicht Sie, rufen Sie {F} an.",
        ],
        [
            "Öffnungszeiten ab Montag: {n:openhours}, donnerstags bis 18 Uhr.",
            "Der Geldautomat {n:atmid} im Foyer ist vom 3. bis 5. außer Betrieb.",
            "Unsere Bankleitzahl {n:blz} und der BIC {n:bic} bleiben unverändert.",
            "Schließfach {n:safebox} und die folgenden müssen bis Monatsende geräumt werden.",
        ],
    ),
    "bsoc": (
        ["Ihr Bausparvertrag", "Jahreskontoauszug Bausparen", "Zuteilung Ihres Bausparvertrags"],
        [
            "Fragen zur Zuteilung beantwortet Ihr Bausparberater {NAME} unter {M}.",
            "Den unterschriebenen Darlehensvertrag schicken Sie bitte eingescannt an {R}.",
            "Die Darlehensauszahlung erfolgt auf Ihr Konto {B}.",
        ],
        [
            "Vertragsnummer {n:rollno}, Bausparsumme {n:valuation} Euro.",
            "Sollzins {n:apr}, Tilgung in {n:instalments} Euro.",
            "SEPA-Mandatsreferenz {n:mandate}, Gläubiger-ID {n:creditorid}.",
            "Wohnfläche laut Gutachten: {n:area}.",
        ],
    ),
    "claim": (
        ["Eingangsbestätigung Ihrer Schadenmeldung", "Ihr Schadenfall", "Rückfrage zu Ihrem Schaden"],
        [
            "Ihre Sachbearbeiterin ist {NAME}, Durchwahl {P}.",
            "Fotos und Rechnungen können Sie an {R} senden oder per Messenger an {M}.",
            "Für Notfälle außerhalb der Geschäftszeiten erreichen Sie unseren Schadenservice unter {F}.",
            "Die Entschädigung überweisen wir auf das Konto {B}.",
            "Die Selbstbeteiligung haben wir wie besprochen von Ihrer Karte {C} abgebucht.",
        ],
        [
            "Schadennummer {n:claimref}, Schadentag {n:lossdate}.",
            "Versicherungsschein {n:policy}, Selbstbeteiligung {n:premium} Euro.",
            "Beteiligtes Fahrzeug: {n:regplate}, Fahrgestellnummer {n:vin}, Laufleistung {n:mileage}.",
            "Bisher ausgezahlt: {n:loan} Euro.",
        ],
    ),
    "adjuster": (
        ["Ortstermin Sachverständiger", "Terminbestätigung Regulierung", "Vorläufiger Gutachterbericht"],
        [
            "Sollte der Termin nicht passen, rufen Sie mich bitte unter {M} an.",
            "Das Sekretariat ({NAME}) ist unter {P} erreichbar.",
            "Trocknungsprotokolle bitte an {R}.",
        ],
        [
            "Unser Aktenzeichen: {n:adjfile}; Schadennummer des Versicherers {n:claimref}.",
            "Feuchtemessung im Estrich: {n:moisture}.",
            "Zeitfenster: {n:visitwindow}, bitte Zugang zum Keller sicherstellen.",
            "Betroffene Fläche ca. {n:area}.",
        ],
    ),
    "debt": (
        ["Ihr Termin bei der Schuldnerberatung", "Schuldnerberatung – nächste Schritte", "Ihr Haushaltsplan"],
        [
            "Ihr Berater ist {NAME}. Bei Rückfragen erreichen Sie uns unter {P}.",
            "Schreiben von Gläubigern leiten Sie bitte an {R} weiter.",
            "Unsere kostenlose Hotline: {F}.",
        ],
        [
            "Ihr Aktenzeichen bei uns: {n:dmpref}.",
            "Im Vergleichsvorschlag zahlen Sie {n:instalments} Euro.",
            "Ihr SCHUFA-Basisscore liegt bei {n:creditscore}.",
        ],
    ),
}

FR = {
    "branch": (
        ["Avis à la clientèle", "Votre agence change d'adresse", "Fermeture exceptionnelle de l'agence"],
        [
            "Pendant les travaux, votre conseillère {NAME} reste joignable au {P}.",
            "Pour un rendez-vous crédit immobilier, appelez le {P} ou écrivez à {R}.",
            "Opposition carte 24 h/24 : {F}.",
            "Depuis l'étranger, composez le {X}.",
        ],
        [
            "Horaires à partir de lundi : {n:openhours}, fermé le samedi.",
            "Le distributeur {n:atmid} sera indisponible deux jours.",
            "Le cours affiché ce matin : {n:fxrate}.",
            "Les titulaires du coffre {n:safebox} sont priés de passer avant la fin du mois.",
        ],
    ),
    "broker": (
        ["Votre devis d'assurance", "Renouvellement de votre contrat", "Comparatif de nos propositions"],
        [
            "Je reste à votre disposition au {M} ou par courriel à {E}.",
            "Si vous souhaitez régler la cotisation annuelle par carte, indiquez-nous le numéro {C} par "
            "écrit "
            "uniquement.",
            "Assistance de l'assureur : {F}.",
            "Notre bureau de Genève : {X}.",
        ],
        [
            "Contrat {n:policy}, bonus {n:ncd}.",
            "Véhicule {n:regplate}, VIN {n:vin}, {n:mileage} au compteur.",
            "Prime mensuelle : {n:premium} €.",
            "Mandat de prélèvement {n:mandate}, ICS {n:creditorid}.",
        ],
    ),
    "claim": (
        ["Accusé de réception de votre sinistre", "Votre déclaration de sinistre", "Suivi de votre dossier"],
        [
            "Votre gestionnaire est {NAME}, ligne directe {P}.",
            "Merci d'envoyer les photos et factures à {R}.",
            "L'indemnité sera versée sur le compte {B}.",
            "En cas d'urgence en dehors des heures d'ouverture : {F}.",
        ],
        [
            "Numéro de sinistre {n:claimref}, survenu le {n:lossdate}.",
            "Franchise appliquée : {n:premium} €.",
            "Montant déjà réglé : {n:loan} €.",
        ],
    ),
    "adjuster": (
        [
            "Expertise – confirmation de rendez-vous",
            "Compte rendu de visite",
            "Rapport d'expertise provisoire",
        ],
        [
            "En cas d'empêchement, merci de me prévenir au {M}.",
            "Mon assistante, {NAME}, tient l'agenda : {P}.",
        ],
        [
            "Référence cabinet {n:adjfile}, sinistre {n:claimref}.",
            "Taux d'humidité relevé : {n:moisture}.",
            "Créneau de visite : {n:visitwindow}.",
            "Surface sinistrée : {n:area}.",
        ],
    ),
    "fraud": (
        ["Alerte de sécurité", "Opération inhabituelle sur votre compte", "Votre carte a été bloquée"],
        [
            "Si vous ne vous êtes pas connecté depuis l'adresse {IP}, appelez immédiatement le {F}.",
            "Nous ne vous demanderons jamais votre code. En cas de doute, rappelez votre agence au {P}.",
            "Pour contester l'opération, écrivez à {R}.",
        ],
        [
            "Carte {n:maskcard}, expiration {n:expiry}, autorisation {n:authcode}.",
            "Compte débité : {n:maskacct}.",
            "Le chèque {n:cheque} a été mis en attente.",
        ],
    ),
}

LOCAL_DE = [
    "Aus dem Ortsnetz {T} erreichen Sie die Filiale direkt unter {L}.",
    "Kundinnen und Kunden in {T} wählen für die Schadenannahme einfach {L}, ohne Vorwahl.",
    "Geschäftsstelle {T} – Ortsruf: {L} (Zentrale) und {L2} (Kreditabteilung).",
    "Sie wohnen in {T}? Dann erreichen Sie unseren Gutachter vor Ort unter {L}.",
    "Schuldnerberatung {T}, Sprechzeiten telefonisch im Stadtgebiet: {L}",
    "Vor Ort in {T} ist das Maklerbüro unter {L} zu erreichen.",
]

HEADS_DE = ["So erreichen Sie uns", "Telefonisch erreichbar", "Kontakt auf einen Blick"]
HEADS_FR = ["Pour nous joindre", "Vos contacts", "Nous appeler"]
LABELS_DE = [
    "Schadenservice",
    "Filiale",
    "Baufinanzierung",
    "Kartensperre",
    "Beschwerden",
    "Gutachter",
    "Beratung",
]
LABELS_FR = ["Sinistres", "Agence", "Crédit", "Opposition", "Réclamations", "Expert", "Conseiller"]
CLOSE_DE = ["Mit freundlichen Grüßen\n{NAME}", "Freundliche Grüße\n{NAME}", "Viele Grüße\n{NAME}"]
CLOSE_FR = [
    "Cordialement,\n{NAME}",
    "Bien à vous,\n{NAME}",
    "Veuillez agréer nos salutations distinguées.\n{NAME}",
]
