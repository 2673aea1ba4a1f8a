"""German and French sentences for v45 (tokens as in lex_en)."""

DE = {
    "flyer": {
        "title": [
            "Malermeister {T}: Innenanstrich, Fassade, Tapezieren",
            "Ihr Fliesenleger aus der Region",
            "Hausmeisterservice und Kleinreparaturen",
        ],
        "body": [
            "Fassadenanstrich in [[neg:paint]], Gerüst inklusive, Stundensatz [[neg:rate]].",
            "Eingetragen in der Handwerksrolle, [[neg:tradereg]].",
            "Auf unserem Transporter ([[neg:plate]]) steht alles, was Sie brauchen.",
            "Terrassendielen [[neg:timber]], verschraubt mit [[neg:fixing]] Edelstahlschrauben.",
        ],
        "contact": [
            "Rufen Sie an: [[phone]].",
            "Angebot anfordern unter [[phone]].",
            "Beschriftung am Bus: MALER KRÜGER [[phone]].",
        ],
        "none": ["Anfragen bitte über das Kontaktformular.", "Termine nach Vereinbarung."],
    },
    "emergency": {
        "title": ["Schlüsselnotdienst - 24 Stunden", "Rohrbruch? Sanitär-Notdienst", "Elektro-Notdienst"],
        "body": [
            "Türöffnung ohne Beschädigung, neuer Profilzylinder [[neg:cylinder]] auf Wunsch.",
            "Fehlersuche im Verteiler: FI [[neg:breaker]], Leitungen [[neg:cable]].",
            "Nachschlüssel nur mit Sicherungskarte, Nr. [[neg:keycard]].",
            "Wir führen Kupferrohr [[neg:pipe]] und Abflussrohr [[neg:pipe]] immer mit.",
        ],
        "contact": ["Notruf rund um die Uhr: [[phone]].", "Sofort anrufen: [[phone]]."],
        "none": [
            "Die Notdienstnummer hängt im Treppenhaus aus.",
            "Bitte wenden Sie sich an die Hausverwaltung.",
        ],
    },
    "garage": {
        "title": [
            "Rechnung - Kfz-Meisterbetrieb Hartmann",
            "Werkstattauftrag",
            "Inspektion und HU-Vorbereitung",
        ],
        "body": [
            "Rechnung [[neg:invoice]], Auftrag [[neg:jobno]], Kennzeichen [[neg:plate]].",
            "FIN [[neg:vin]], Kilometerstand [[neg:mileage]], EZ [[neg:regdate]].",
            "Reifen 4 x [[neg:tyre]] montiert, Radschrauben [[neg:torque]].",
            "Motoröl [[neg:oilspec]], Teilenummer [[neg:partno]], Batterie [[neg:battery]].",
        ],
        "contact": ["Rückfragen zur Rechnung: [[phone]].", "Werkstatt [[phone]], Teiledienst [[phone]]."],
        "none": ["Zahlbar innerhalb von 10 Tagen ohne Abzug.", "Vielen Dank für Ihren Auftrag."],
    },
    "tolet": {
        "title": ["Helle 3-Zimmer-Wohnung zu vermieten", "Nachmieter gesucht", "WG-Zimmer frei ab sofort"],
        "body": [
            "[[neg:flat]], [[neg:area]], Baujahr [[neg:builtyear]], [[neg:energy]].",
            "Kaltmiete [[neg:rent]], Nebenkosten nach Verbrauch, frei ab [[neg:movein]].",
            "Besichtigung am Samstag [[neg:slot]] Uhr, PLZ [[neg:postcode]].",
            "Der Router im Flur hat die Adresse [[ip]], das Passwort steht auf dem Aufkleber.",
        ],
        "contact": ["Besichtigungstermin unter [[phone]].", "Vermieterin erreichbar unter [[phone]]."],
        "none": ["Bitte nur schriftliche Anfragen über das Portal.", "Keine Haustiere."],
    },
    "landlord": {
        "title": [
            "Sehr geehrte Mieterinnen und Mieter,",
            "Ankündigung von Modernisierungsarbeiten",
            "Betriebskostenabrechnung",
        ],
        "body": [
            "Die Ablesung der Zähler ([[neg:meterid]], zuletzt [[neg:meterread]]) erfolgt am [[neg:movein]].",
            "Die neuen Fenster haben [[neg:uvalue]]; der Einbau beginnt im [[neg:flat]].",
            "Die Miete beträgt ab dem nächsten Monat [[neg:rent]].",
            "Die Heizungsanlage ([[neg:boiler]]) wird auf [[neg:pressure]] Anlagendruck eingestellt.",
        ],
        "contact": ["Bei Fragen erreichen Sie mich unter [[phone]].", "Hausmeister Herr Yilmaz: [[phone]]."],
        "none": ["Mit freundlichen Grüßen, Ihre Hausverwaltung.", "Bitte geben Sie den Abschnitt unten ab."],
    },
    "siteboard": {
        "title": ["BAUSCHILD - Neubau Mehrfamilienhaus", "Hier baut für Sie: Wohnbau GmbH", "Bauvorhaben"],
        "body": [
            "Baugenehmigung [[neg:permit]], [[neg:parcel]].",
            "Bauzeit bis [[neg:regdate]], [[neg:area]] Wohnfläche.",
            "Betreten der Baustelle verboten. Eltern haften für ihre Kinder.",
            "Bauleitung vor Ort, Bauzaun-Kamera unter [[ip]] (nur Wachdienst).",
        ],
        "contact": ["Bauleitung: [[phone]].", "Bei Störungen bitte [[phone]] anrufen."],
        "none": ["Auskünfte erteilt das Bauamt.", "Wir bitten um Verständnis."],
    },
}
DE_LOCAL = [
    "Kunden in {T} wählen einfach [[local]].",
    "Hier in {T} erreichen Sie uns unter [[local]].",
    "{T} und Umgebung: [[local]] (Büro), [[local]] (Werkstatt).",
    'Auf dem Flyer: "{T} [[local]]".',
]
DE_SVC = ["Kostenlose Servicehotline: [[svc]].", "Pannenhilfe gebührenfrei: [[svc]]."]
DE_EMAIL = ["Fotos vom Schaden an [[email]].", "Anfragen gern an [[pemail]]."]
DE_CARD = ["Anzahlung per Kreditkarte [[card]] erhalten.", "Belastet wurde die Karte [[card]]."]
DE_IBAN = ["Bitte überweisen Sie auf [[iban]].", "Kaution auf das Konto [[iban]]."]
DE_IP = ["Der Smart-Meter-Gateway meldet sich unter [[ip]]."]
DE_LIST = (
    ["Telefonliste fürs Haus:", "Wichtige Nummern im Haus:"],
    ["Hausmeister", "Vermieter", "Heizungsfirma", "Schlüsseldienst", "Elektriker"],
)

FR = {
    "emergency": {
        "title": ["Dépannage serrurerie 7j/7", "Plombier - fuite d'eau urgente", "Électricien de garde"],
        "body": [
            "Ouverture de porte sans casse, cylindre [[neg:cylinder]] remplacé si besoin.",
            "Remise aux normes du tableau : disjoncteurs [[neg:breaker]], câble [[neg:cable]].",
            "Intervention sur canalisation [[neg:pipe]], devis [[neg:quote]] remis sur place.",
            "Double de clé sur présentation de la carte n° [[neg:keycard]].",
        ],
        "contact": ["Urgence : [[phone]].", "Appelez le [[phone]], même le dimanche."],
        "none": ["Numéro d'urgence affiché dans le hall.", "Contactez votre syndic."],
    },
    "carsale": {
        "title": [
            "Vends Clio IV dCi, première main",
            "À vendre : utilitaire, très bon état",
            "Vends citadine",
        ],
        "body": [
            "[[neg:mileage]], mise en circulation [[neg:regdate]], [[neg:engine]].",
            "Immatriculée [[neg:plate]], teinte [[neg:paint]], pneus [[neg:tyre]] neufs.",
            "Prix : [[neg:price]], contrôle technique OK, VIN [[neg:vin]].",
        ],
        "contact": ["Joignable au [[phone]] après 18 h.", "Tél. [[phone]], pas de SMS."],
        "none": ["Répondez via la messagerie du site.", "Visible le week-end."],
    },
    "agent": {
        "title": ["Agence Lambert - exclusivité", "Appartement T3 à louer", "Maison de ville à vendre"],
        "body": [
            "Réf. [[neg:agentref]] : [[neg:area]], [[neg:energy]], [[neg:flat]].",
            "Loyer [[neg:rent]] charges comprises, disponible le [[neg:movein]].",
            "Visites samedi [[neg:slot]] et [[neg:slot]], [[neg:parcel]].",
            "Code postal [[neg:postcode]].",
        ],
        "contact": ["Prenez rendez-vous au [[phone]].", "Agence : [[phone]]."],
        "none": ["Visites uniquement sur rendez-vous en ligne.", "Honoraires à la charge du locataire."],
    },
    "removal": {
        "title": ["Devis déménagement", "Devis ménage fin de bail", "Votre estimation de volume"],
        "body": [
            "Devis [[neg:quote]] : volume estimé [[neg:volume]], 3 déménageurs.",
            "Armoire [[neg:dims]] à démonter, accès [[neg:flat]].",
            "Nettoyage complet [[neg:area]], tarif [[neg:rate]].",
        ],
        "contact": ["Pour valider la date : [[phone]].", "Votre conseiller : [[phone]]."],
        "none": ["Devis valable un mois.", "Signez et renvoyez ce devis."],
    },
    "notice": {
        "title": [
            "PERDU : chat roux",
            "TROUVÉ : trousseau de clés",
            "Cours de bricolage - détachez un numéro",
        ],
        "body": [
            "Trousseau avec porte-clés bleu, dépôt n° [[neg:lostref]] à la mairie.",
            "Perdu près du [[neg:postcode]], médaille [[neg:lostref]].",
            "Petits travaux, [[neg:rate]].",
        ],
        "contact": ["[[tab]] | [[tab]] | [[tab]]", "Merci d'appeler le [[phone]]."],
        "none": ["S'adresser à la boulangerie.", "Récompense."],
    },
}
FR_SVC = ["Numéro vert : [[svc]].", "Assistance dépannage gratuite : [[svc]]."]
FR_EMAIL = ["Envoyez vos photos à [[email]].", "Contact : [[pemail]]."]
FR_CARD = ["Acompte réglé par carte [[card]]."]
FR_IBAN = ["Virement sur [[iban]], merci.", "RIB : [[iban]]."]
FR_IP = ["La box est accessible à l'adresse [[ip]]."]
FR_LIST = (
    ["Numéros à garder :", "À afficher dans l'entrée :"],
    ["Propriétaire", "Gardien", "Plombier", "Syndic", "Chauffagiste"],
)
