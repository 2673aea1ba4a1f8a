"""German, French and Dutch sentences."""

DE = {
    "quote": {
        "title": ["Ihr Umzugsangebot", "Kostenvoranschlag Umzug", "Angebot nach Besichtigung"],
        "pos": [
            "Vielen Dank für die Besichtigung am Montag. Rückfragen zum Angebot beantwortet "
            "Herr Kaya unter {P}.",
            "Zur Reservierung des Termins überweisen Sie bitte die Anzahlung auf {B}.",
            "Die Bestätigung schicken wir an {E}; Fragen zur Transportversicherung bitte an {R}.",
            "Unser Disponent ist tagsüber meist unterwegs, am besten per SMS an {M}.",
        ],
        "neg": [
            "Umzugsgut laut Liste: {volume_m3}, ca. {weight}, drei Träger zu {rate}.",
            "Bitte geben Sie stets die Angebotsnummer {quote_ref} an.",
            "Der Kleiderschrank misst {dims}; Auszug aus dem {floor}.",
        ],
    },
    "storage": {
        "title": ["Mietvertrag Lagerabteil", "Ihr Lagerraum: Zugangsdaten", "Hinweis zu Ihrem Self-Storage"],
        "pos": [
            "Die Rezeption ist zu den Bürozeiten unter {P} erreichbar.",
            "Die Monatsmiete buchen wir von der hinterlegten Karte {C} ab.",
            "Bei Störungen am Rolltor rufen Sie bitte den Hausmeister an: {M}.",
            "Ihr Kundenportal wurde zuletzt von {V4} aus geöffnet; Rückfragen an {R}.",
        ],
        "neg": [
            "Abteil {unit}, {area_m2}, temperiert auf {climate}.",
            "Torcode diesen Monat: {gatecode}; Lastenaufzug bis {liftcap}.",
            "Zugang täglich {access}, auch an Feiertagen.",
        ],
    },
    "vanhire": {
        "title": ["Buchung Umzugshelfer mit Transporter", "Ihr Kleintransport am Samstag"],
        "pos": [
            "Der Fahrer meldet sich am Umzugstag von {M} aus, etwa eine halbe Stunde vorher.",
            "Terminänderungen bitte nur über das Büro unter {P}.",
            "Bezahlt per Karte {C}; die Rechnung kommt von {R}.",
        ],
        "neg": [
            "Fahrzeug {plate_de} mit Ladebordwand, Kilometerstand {odometer}.",
            "Zeitfenster {window}, Mindestbuchung zwei Stunden zu {rate}.",
            "Halteverbotszone beantragt, Aktenzeichen {parking}.",
        ],
    },
    "shipping": {
        "title": ["Überseeumzug: Verschiffung Ihres Hausrats", "Containerbuchung Umzugsgut"],
        "pos": [
            "Unser Partner im Zielhafen übernimmt die Verzollung; Sie erreichen ihn unter {I}.",
            "Passkopie und Packliste bitte vor der Verladung an {R} senden.",
            "Die Restfracht überweisen Sie bitte auf {B}.",
            "Ihre Ansprechpartnerin hier im Büro: Frau Berger, {P}, {E}.",
        ],
        "neg": [
            "Container {container}, Plombe {seal}, Konnossement {bol}.",
            "Reise {voyage}, von {locode} nach {locode2}.",
            "MRN {mrn}, Bruttogewicht {weight}.",
        ],
    },
    "moveday": {
        "title": ["Ablaufplan Umzugstag", "Einsatzplan Packteam"],
        "pos": [
            "Teamleiter vor Ort: Herr Nowak, {M}. Falls er nicht rangeht: Zentrale {P}.",
            "Den Aufzug im Neubau reserviert die Hausverwaltung, {E}.",
            "Bei Stau ruft Sie die Disposition unter {P} an.",
        ],
        "neg": [
            "Ankunft {window}, Halteverbot {parking}.",
            "Kartons sind nach Räumen beschriftet ({roombox}), Einzug ins {floor}.",
            "Lkw {plate_de}, Nutzlast {weight}.",
        ],
    },
}

DE_LOCAL = [
    "Aus dem Ortsnetz {town} erreichen Sie unser Lager direkt unter {L1}.",
    "Lager {town} – Ortsgespräch: {L1}, Möbelaufzug-Vermietung: {L2}",
    "Hinweis: Innerhalb von {town} genügt die {L1}, ganz ohne Vorwahl.",
    "„Ruf einfach die {L1} an, das ist unser Büro hier in {town}“, meinte der Packmeister.",
    "Umzugsberatung vor Ort ({town}, ohne Vorwahl):\n{L1}",
    "Wer in {town} einlagert, meldet sich bei der Lagerverwaltung unter {L1} (Ortstarif).",
]

FR = {
    "quote": {
        "title": ["Votre devis de déménagement", "Estimation suite à la visite technique"],
        "pos": [
            "Merci pour votre accueil lors de la visite. Votre conseiller reste joignable au {P}.",
            "Pour bloquer la date, un acompte est à verser sur {B}.",
            "Le devis signé peut être renvoyé à {R} ; une copie vous a été adressée à {E}.",
            "Le chef d'équipe préfère les SMS : {M}.",
        ],
        "neg": [
            "Volume estimé : {volume_m3}, environ {weight}, trois déménageurs à {rate}.",
            "Merci de rappeler la référence {quote_ref}.",
            "L'armoire normande mesure {dims}.",
        ],
    },
    "storage": {
        "title": ["Contrat de garde-meubles", "Votre box de stockage"],
        "pos": [
            "L'accueil du centre répond au {P} aux heures d'ouverture.",
            "Le loyer mensuel est prélevé sur la carte {C}.",
            "En cas de panne du portail, appelez le gardien au {M}.",
            "La caméra de votre allée est enregistrée sur {V4P} ; demandes d'images à {R}.",
        ],
        "neg": [
            "Box {unit}, {area_m2}, maintenu à {climate}.",
            "Code du portail ce mois-ci : {gatecode}.",
            "Accès tous les jours {access}.",
        ],
    },
    "shipping": {
        "title": ["Déménagement international : expédition", "Réservation de conteneur"],
        "pos": [
            "Notre correspondant à l'arrivée s'occupe du dédouanement ; il est joignable au {I}.",
            "Merci d'envoyer la copie du passeport et l'inventaire à {R}.",
            "Le solde du fret est à régler par virement sur {B}.",
        ],
        "neg": [
            "Conteneur {container}, scellé {seal}, connaissement {bol}.",
            "Voyage {voyage}, de {locode} à {locode2}.",
            "MRN {mrn}, poids brut {weight}.",
        ],
    },
    "claims": {
        "title": ["Déclaration de dommages", "Suivi de votre réclamation"],
        "pos": [
            "Nous regrettons la rayure sur la commode. Le service litiges est au {P}.",
            "Envoyez vos photos à {R} ; l'expert pourra vous appeler depuis le {M}.",
            "L'indemnisation sera virée sur {B} après signature de la quittance.",
            "Vous pouvez aussi joindre l'assureur au {O}, appel gratuit.",
        ],
        "neg": [
            "Objet {inventory} de l'inventaire, caisse {crate}.",
            "Contrat {policy}, franchise {declared}.",
            "Le carton {roombox} est noté comme livré.",
        ],
    },
}

NL = {
    "quote": {
        "title": ["Uw verhuisofferte", "Offerte na opname"],
        "pos": [
            "Bedankt voor de rondleiding door uw woning. Vragen over de offerte? Bel de planner op {P}.",
            "Om de datum vast te leggen vragen wij een aanbetaling op {B}.",
            "De getekende offerte kunt u mailen naar {R}; een kopie ging naar {E}.",
            "De opzichter is het best bereikbaar via WhatsApp op {M}.",
        ],
        "neg": [
            "Geschat volume {volume_m3}, ongeveer {weight}, drie verhuizers tegen {rate}.",
            "Vermeld altijd offertenummer {quote_ref}.",
            "De piano is {dims}; verhuislift tot {liftcap}.",
        ],
    },
    "storage": {
        "title": ["Huurovereenkomst opslagbox", "Uw opslagruimte: toegang"],
        "pos": [
            "De receptie is tijdens kantooruren bereikbaar op {P}.",
            "De maandhuur wordt afgeschreven van {B}.",
            "Gaat het alarm af terwijl u binnen bent, bel dan de beheerder: {M}.",
            "Uw klantportaal werd het laatst geopend vanaf {V6}; vragen via {R}.",
        ],
        "neg": [
            "Box {unit}, {area_m2}, geklimatiseerd op {climate}.",
            "Poortcode deze maand: {gatecode}.",
            "Toegang dagelijks {access}.",
        ],
    },
    "vanhire": {
        "title": ["Boeking bus met chauffeur", "Uw klusrit op zaterdag"],
        "pos": [
            "De chauffeur belt u op de dag zelf vanaf {M}.",
            "Wilt u het tijdvak wijzigen, bel dan het kantoor op {P}.",
            "Betaald met pinpas/creditcard {C}; de factuur komt van {R}.",
        ],
        "neg": [
            "Bus met laadklep, kilometerstand {odometer}.",
            "Tijdvak {window}, minimaal twee uur à {rate}.",
            "Ontheffing laden en lossen: {parking}.",
        ],
    },
    "relocation": {
        "title": ["Relocatie: welkom", "Uw expat-verhuizing"],
        "pos": [
            "Ik ben uw relocatieconsulent; mijn directe nummer is {P}.",
            "Ons partnerkantoor in het buitenland zoekt een woning voor u; bereikbaar op {I}.",
            "Stuur uw gegevens voor de 30%-regeling naar {R}.",
        ],
        "neg": [
            "Vlucht {flight}, tijdelijke woning voor 30 nachten.",
            "Geschat volume van de inboedel: {volume_m3}.",
            "Schoolbezoeken gepland tussen {window}.",
        ],
    },
}

NL_LOCAL = [
    "Vanuit {town} belt u het depot zonder netnummer op {L1}.",
    "Opslag {town}, lokaal bereikbaar: {L1}; sleutelbeheer: {L2}.",
    "Binnen {town} volstaat {L1} om de verhuisploeg te bereiken.",
    "‘Bel gewoon {L1}, dat is ons kantoor hier in {town}’, zei de voorman.",
    "Lokaal nummer van de vestiging {town}:\n{L1}",
    "Woont u in {town}? Dan is het magazijn gewoon {L1}, net als vroeger.",
]

LISTS = {
    "de": (
        ["Kontakte am Umzugstag", "Telefonliste Umzug", "Wichtig für den Einzug"],
        ["Teamleiter", "Disposition", "Lager", "Packteam", "Fahrer", "Schadensabteilung"],
    ),
    "fr": (
        ["Contacts du jour J", "Qui appeler pendant le déménagement"],
        ["Chef d'équipe", "Planning", "Garde-meubles", "Emballage", "Chauffeur", "Litiges"],
    ),
    "nl": (
        ["Contacten verhuisdag", "Telefoonlijst verhuizing"],
        ["Ploegleider", "Planning", "Opslag", "Inpakteam", "Chauffeur", "Schadeafdeling"],
    ),
}

FILLER = {
    "de": [
        "Bitte halten Sie zerbrechliche Gegenstände gesondert bereit.",
        "Mit freundlichen Grüßen\nIhr Umzugsteam",
        "Treppenhaus und Böden werden vor dem Tragen abgedeckt.",
    ],
    "fr": [
        "Merci de mettre de côté les objets fragiles.",
        "Cordialement,\nL'équipe déménagement",
        "Les sols et la cage d'escalier seront protégés.",
    ],
    "nl": [
        "Zet breekbare spullen alvast apart.",
        "Met vriendelijke groet,\nHet verhuisteam",
        "Vloeren en trappen worden vooraf afgedekt.",
    ],
}
