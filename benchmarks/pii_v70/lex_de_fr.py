"""German and French text for the v70 set, written fresh."""

DE = {
    "letting": {
        "titles": [
            "Ihre Wohnungsbewerbung",
            "Besichtigungstermin bestätigt",
            "Mietvertrag zur Unterschrift",
            "Übergabe der Wohnung",
        ],
        "pos": [
            (
                "vielen Dank für Ihr Interesse an der Dreizimmerwohnung. Die Eigentümerin möchte Sie "
                "gern kennenlernen; stimmen Sie bitte einen Termin mit mir ab, am besten unter {PM}."
            ),
            "Die Kaution überweisen Sie bitte vor der Schlüsselübergabe auf das Kautionskonto, IBAN {IBAN}.",
            (
                "Rückfragen zum Mietvertrag beantwortet unsere Vermietungsabteilung unter {P} oder per "
                "Mail an {ER}."
            ),
            "Frau {NAME} übernimmt ab Montag Ihre Betreuung und ist unter {EM} erreichbar.",
            "Für die Selbstauskunft erreichen Sie uns kostenfrei unter {PO}.",
        ],
        "neg": [
            "Die Wohnung hat {N:floor_area} Wohnfläche, das Schlafzimmer misst {N:dimensions}.",
            "Grundbuch: {N:flurstueck}, eingetragen beim Amtsgericht.",
            "Der Energieausweis liegt vor; die Registriernummer finden Sie im Exposé.",
            "Die Kaltmiete beträgt 845 Euro, die Vorauszahlung für Heizung und Nebenkosten 210 Euro.",
            "Stellplatz Nr. {N:postbox} in der Tiefgarage kann dazugemietet werden.",
        ],
    },
    "repair": {
        "titles": [
            "Ihre Schadensmeldung",
            "Handwerkertermin Heizung",
            "Wasserschaden im Bad",
            "Schimmel im Schlafzimmer",
        ],
        "pos": [
            (
                "der Installateur kommt am Donnerstag zwischen 8 und 12 Uhr. Er meldet sich vorher "
                "telefonisch unter der Nummer, die Sie angegeben haben; falls etwas dazwischenkommt, "
                "erreichen Sie ihn unter {PM}."
            ),
            "Bei Rohrbruch am Wochenende wählen Sie bitte den Notdienst der Hausverwaltung: {P}.",
            "Fotos vom Schaden schicken Sie bitte an {ER}, mit Angabe der Wohnungsnummer.",
            (
                "Die Heizungsregelung des Hauses ist per Fernwartung unter {IP} erreichbar; der "
                "Techniker prüft die Vorlauftemperatur von dort."
            ),
            (
                "Unser Sachverständiger {NAME} meldet sich wegen des Schimmels bei Ihnen; direkt "
                "erreichen Sie ihn unter {P}."
            ),
        ],
        "neg": [
            "Die Luftfeuchtigkeit im Schlafzimmer lag bei {N:humidity}.",
            "Der Heizkostenverteiler am Badheizkörper zeigte {N:heat_meter}.",
            "Zählerstand Strom bei Auszug des Vormieters: {N:meter_reading} kWh.",
            "Der Schlüsseltresor an der Kellertür hat den Code {N:keysafe}.",
            "Der Anlagendruck war auf {N:boiler_pressure} abgefallen.",
        ],
    },
    "caretaker": {
        "titles": [
            "Aushang des Hausmeisters",
            "Information an alle Mieter",
            "Treppenhausreinigung und Mülltonnen",
            "Aufzug außer Betrieb",
        ],
        "pos": [
            (
                "Der Hausmeister ist dienstags und donnerstags im Haus. In dringenden Fällen erreichen "
                "Sie ihn mobil unter {PM}."
            ),
            "Schlüsseldienst und Notfälle außerhalb der Bürozeiten: {P}.",
            "Sperrmüll melden Sie bitte selbst bei der Stadtreinigung unter {PO} an.",
            (
                "Die neue Klingelanlage wird über das Hausnetz gesteuert ({IP}); bei Störungen bitte "
                "nicht selbst zurücksetzen."
            ),
            "Fragen zur Nebenkostenabrechnung richten Sie bitte an {ER}, nicht an den Hausmeister.",
        ],
        "neg": [
            "Der Code für den Fahrradkeller lautet ab sofort {N:door_code}.",
            "Briefkasten {N:postbox} ist beschädigt; der Schlosser ist bestellt.",
            "Die Treppenhausreinigung findet jeden zweiten Freitag statt.",
            "Der Aufzug wird am 14. gewartet; bitte rechnen Sie mit zwei Stunden Ausfall.",
            "Verlorene Transponder werden gesperrt; Ihr neuer Chip hat die Nummer {N:fob_number}.",
        ],
    },
    "tenants": {
        "titles": [
            "Mieterbeirat – Protokoll",
            "Einladung zur Mieterversammlung",
            "Rundbrief der Mietergemeinschaft",
            "Mieterhöhung – was tun?",
        ],
        "pos": [
            (
                "Die Sprecherin des Mieterbeirats, {NAME}, sammelt die Widersprüche gegen die "
                "Betriebskostenabrechnung; Sie erreichen sie unter {PM}."
            ),
            (
                "Beratung zur Mieterhöhung bietet der Mieterverein donnerstags an; Termine unter {P} "
                "oder per Mail an {ER}."
            ),
            "Wer das Protokoll ergänzen möchte, schreibt bitte an {EM}.",
            "Unser Spendenkonto für die Rechtsberatung: IBAN {IBAN}.",
        ],
        "neg": [
            "Der Umlageschlüssel für Hausreinigung beträgt laut Abrechnung {N:service_share} je Wohnung.",
            "Anwesend waren 23 Haushalte aus den Häusern 4 bis 12.",
            "Die Heizkostenabrechnung weist für die meisten Wohnungen rund {N:heat_meter} aus.",
            "Das Grundstück ist verzeichnet als {N:flurstueck}.",
        ],
    },
    "halls": {
        "titles": [
            "Willkommen im Studentenwohnheim",
            "Einzug ins Wohnheim",
            "Zimmerabnahme zum Semesterende",
            "Hausordnung Wohnheim",
        ],
        "pos": [
            (
                "Die Schlüsselausgabe ist im Büro im Erdgeschoss. Wenn Sie nach 18 Uhr ankommen, rufen "
                "Sie bitte den Tutor an: {PM}."
            ),
            "Die Wohnheimverwaltung erreichen Sie unter {P} oder {ER}.",
            (
                "Das Internet im Wohnheim läuft über einen eigenen Router; die Anmeldeseite finden Sie "
                "unter {IP}."
            ),
            "Ihre Wohnheimsprecherin ist {NAME}; sie ist unter {EM} erreichbar.",
        ],
        "neg": [
            "Sie wohnen in Zimmer {N:room_number}; bitte bringen Sie Ihre Matrikelnummer {N:student_id} mit.",
            "Die Waschkarte Nr. {N:laundry_card} wird an der Rezeption aufgeladen.",
            "Das Zimmer ist {N:floor_area} groß und möbliert.",
            "Die Haustür hat ab 22 Uhr den Code {N:door_code}.",
        ],
    },
}

DE_LOCAL = [
    "Aus dem Ortsnetz {TOWN} genügt die {L1}, die Vorwahl können Sie weglassen.",
    "Hausverwaltung {TOWN}, Ortsgespräch: {L1} – für den Hausmeister {L2}.",
    "Wer in {TOWN} anruft, wählt einfach {L1}.",
    "Unser Büro in {TOWN} (ohne Vorwahl):\n{L1}",
    "„Vom Festnetz in {TOWN} reicht die {L1}“, sagte die Dame am Empfang.",
    "Innerhalb von {TOWN} erreichen Sie die Vermietung unter {L1} und den Notdienst unter {L2}.",
    "Die Wohnheimverwaltung hat eine Nummer im Ortsnetz {TOWN}: {L1} (Ortstarif, Vorwahl nicht nötig).",
    "Örtliche Rufnummern in {TOWN}: Mieterbeirat {L1}, Mieterverein {L2}.",
    "Telefon {L1} (nur aus {TOWN} ohne Vorwahl).",
    "In {TOWN} selbst ist der Hausmeister unter {L1} zu erreichen.",
]

FR = {
    "letting": {
        "titles": [
            "Votre dossier de location",
            "Visite confirmée",
            "Bail à signer",
            "État des lieux d'entrée",
        ],
        "pos": [
            (
                "le propriétaire a retenu votre dossier. Pour fixer la date de signature du bail, "
                "appelez-moi au {PM}."
            ),
            "Le dépôt de garantie est à verser par virement, IBAN {IBAN}, avant la remise des clés.",
            "Pour toute question, notre service location est joignable au {P} ou par courriel à {ER}.",
            "Votre conseillère, Mme {NAME}, vous répondra à l'adresse {EM}.",
            "La garantie Visale se demande en ligne; un conseiller répond au {PO}.",
        ],
        "neg": [
            "Le logement fait {N:floor_area}; la chambre mesure {N:dimensions}.",
            "Les charges de copropriété correspondent à {N:tantiemes} des parties communes.",
            (
                "N'oubliez pas de transmettre votre numéro d'allocataire CAF ({N:caf_number}) pour "
                "l'aide au logement."
            ),
            "La cave porte le numéro {N:postbox}.",
        ],
    },
    "repair": {
        "titles": [
            "Votre demande d'intervention",
            "Fuite d'eau – passage du plombier",
            "Entretien annuel de la chaudière",
            "Humidité dans la chambre",
        ],
        "pos": [
            "le plombier passera jeudi matin. En cas d'empêchement, prévenez-le directement au {PM}.",
            "En dehors des heures de bureau, l'astreinte technique répond au {P}.",
            "Merci d'envoyer les photos de la fuite à {ER} en précisant votre numéro de lot.",
            "La chaufferie collective est supervisée à distance; l'automate est à l'adresse {IP}.",
        ],
        "neg": [
            "L'hygromètre indiquait {N:humidity} dans la chambre.",
            "La pression de la chaudière était descendue à {N:boiler_pressure}.",
            "Le boîtier à clés de la loge s'ouvre avec le code {N:keysafe}.",
            "Relevé du compteur d'eau chaude : {N:meter_reading} m³.",
        ],
    },
    "caretaker": {
        "titles": [
            "Mot de la gardienne",
            "Information aux résidents",
            "Loge fermée en août",
            "Encombrants et local vélos",
        ],
        "pos": [
            (
                "La loge est ouverte de 8 h à 12 h. Pour les urgences l'après-midi, la gardienne reste "
                "joignable au {PM}."
            ),
            "Pendant ses congés, M. {NAME} la remplace; son numéro : {P}.",
            "Les encombrants se déclarent auprès de la mairie au {PO}.",
            "Les réclamations sur les charges sont à adresser au syndic : {ER}.",
        ],
        "neg": [
            "Le digicode du hall change lundi : {N:door_code}.",
            "La boîte aux lettres {N:postbox} a été forcée; la serrure sera changée.",
            "Les badges perdus sont désactivés; le nouveau porte le numéro {N:fob_number}.",
            "Le local vélos ferme à clé à partir de 22 h.",
        ],
    },
    "tenants": {
        "titles": [
            "Amicale des locataires – compte rendu",
            "Réunion des locataires",
            "Augmentation des charges : notre réponse",
            "Adhérez à l'amicale",
        ],
        "pos": [
            (
                "La présidente de l'amicale, {NAME}, recueille les témoignages sur le chauffage; vous "
                "pouvez l'appeler au {PM}."
            ),
            "Adhésion : 10 € par an. Écrivez à {ER} ou laissez un message au {P}.",
            "Le compte rendu a été rédigé par {NAME}; corrections à envoyer à {EM}.",
            "Cotisations par virement sur le compte de l'amicale, IBAN {IBAN}.",
        ],
        "neg": [
            "Chaque logement représente environ {N:tantiemes} des charges communes.",
            "Trente-deux foyers étaient présents ou représentés.",
            "Le relevé de la chaufferie indiquait {N:meter_reading} MWh fin mars.",
            "La prochaine réunion aura lieu dans la salle commune, bâtiment C.",
        ],
    },
    "halls": {
        "titles": [
            "Bienvenue en résidence universitaire",
            "Arrivée en résidence",
            "Visite de chambre",
            "Règlement intérieur",
        ],
        "pos": [
            (
                "L'accueil de la résidence est ouvert jusqu'à 19 h; si vous arrivez plus tard, appelez "
                "le veilleur de nuit au {PM}."
            ),
            "Le secrétariat de la résidence répond au {P} et à l'adresse {ER}.",
            "Le wifi de la résidence passe par un portail d'authentification à l'adresse {IP}.",
        ],
        "neg": [
            "Vous êtes logé en chambre {N:room_number}; votre numéro étudiant est {N:student_id}.",
            "La carte laverie n° {N:laundry_card} se recharge à l'accueil.",
            "La chambre fait {N:floor_area}, avec kitchenette et douche.",
        ],
    },
}

LIST_DE = (
    ["Wichtige Nummern rund ums Haus", "Kontakte"],
    ["Hausverwaltung", "Hausmeister", "Notdienst", "Mieterbeirat", "Wohnheimbüro"],
)
LIST_FR = (
    ["Numéros à garder", "Contacts de l'immeuble"],
    ["Syndic", "Gardienne", "Astreinte", "Amicale", "Accueil résidence"],
)
SIGN_DE = ["Mit freundlichen Grüßen\n{NAME}", "Viele Grüße\n{NAME}", "Ihr Mieterbeirat\n{NAME}"]
SIGN_FR = ["Bien cordialement,\n{NAME}", "Cordialement,\n{NAME}", "L'équipe de la résidence – {NAME}"]
OPEN_DE = ["Sehr geehrte Damen und Herren,", "Liebe Mieterinnen und Mieter,", "Hallo zusammen,"]
OPEN_FR = ["Madame, Monsieur,", "Chers locataires,", "Bonjour,"]
