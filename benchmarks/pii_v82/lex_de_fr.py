"""German and French sentences, written fresh for v82."""

DE = {
    "TITLES": {
        "schoollab": ["Chemie-Sammlung – Hinweis für Lehrkräfte", "Vorbereitung Schülerpraktikum"],
        "unilab": ["Laborunterweisung für neue Mitarbeitende", "Hinweise zur Gerätebuchung"],
        "testlab": ["Prüfbericht – Anschreiben", "Trinkwasseruntersuchung: Ergebnis"],
        "envmon": ["Messstation – Wochenprotokoll", "Pegelkontrolle vor Ort"],
        "courier": ["Probenabholung bestätigt", "Kühlkettentransport – Ankündigung"],
        "servicing": ["Wartungsbericht", "Prüfprotokoll Abzug"],
        "citsci": ["Rundbrief an die Ehrenamtlichen", "Mitmachaktion Gewässercheck"],
    },
    "POS": {
        "schoollab": [
            "Frau {name} aus der Sammlung ist bis 14 Uhr unter {nat} erreichbar, danach mobil unter {mob}.",
            "Fehlende Schutzbrillen bitte über {role} nachbestellen; die Bestellhotline lautet {free}.",
        ],
        "unilab": [
            "Bei Havarien außerhalb der Dienstzeit sofort die Leitwarte anrufen: {nat}.",
            "Das Konfokalmikroskop buchen Sie über {role}; Rückfragen an {name}, {mob}.",
            "Der Messrechner hängt unter {ip4p} im Institutsnetz; Zugänge vergibt {mail}.",
        ],
        "testlab": [
            "Fragen zum Prüfbericht beantwortet Ihr Ansprechpartner unter {nat} oder per Mail an {mail}.",
            "Bitte überweisen Sie den Rechnungsbetrag auf {iban}.",
            "Unser Partnerlabor im Ausland erreichen Sie unter {intl}.",
        ],
        "envmon": [
            "Fällt die Datenübertragung an {ip4} aus, bitte die Rufbereitschaft unter {mob} verständigen.",
            "Auffälligkeiten am Gewässer meldet man rund um die Uhr unter {free}.",
        ],
        "courier": [
            "Der Fahrer, Herr {name}, meldet sich zehn Minuten vorher unter {mob}.",
            "Änderungen der Abholung bitte an {role} oder telefonisch an {nat}.",
        ],
        "servicing": [
            "Techniker {name} ({mob}) hat die Dichtung des Rotordeckels getauscht.",
            "Den nächsten Wartungstermin vereinbaren Sie unter {free} oder über {role}.",
        ],
        "citsci": [
            "Fragen zum Messkoffer? {name} hilft gern weiter: {mob}.",
            "Eure Messwerte sammelt {role}; die Projektleitung erreicht ihr unter {nat}.",
        ],
    },
    "NEG": {
        "schoollab": ["Die Säure wird auf {n:conc} verdünnt, Einwaage {n:mass}, Wasserbad {n:temp}."],
        "unilab": [
            "Lysat bei {n:rcf} zentrifugieren und unter {n:freezer_pos} einlagern.",
            "Das Projekt läuft unter Förderkennzeichen {n:grant}; Methode siehe doi {n:doi}.",
        ],
        "testlab": [
            "Probe {n:sample_id}: {n:conc}, {n:ph}, Leitfähigkeit {n:conductivity}.",
            "Geprüft nach {n:standard}, Akkreditierung {n:accreditation}.",
        ],
        "envmon": ["Station {n:station} meldete {n:pm} um {n:logger_ts}.", "Abfluss am Pegel: {n:flow}."],
        "courier": ["Sendung gekennzeichnet mit {n:un_number}, Luftfrachtbrief {n:waybill}."],
        "servicing": ["Drehzahl geprüft bei {n:rpm}, Kalibrierschein {n:cal_cert}."],
        "citsci": ["Eure Messung am Bach: {n:conductivity} und {n:ph} – danke für das Foto!"],
    },
    "LOCAL": [
        "Innerhalb von {town} erreichen Sie die Probenannahme ohne Vorwahl unter {l1}.",
        "Für Anrufe aus dem {town}er Ortsnetz: Labor {l1}, Pforte {l2}.",
        "Wer in {town} wohnt, ruft den Messtrupp einfach unter {l1} an.",
        "Ortsgespräch nach {town}? Dann genügt für die Sammlung die {l1}.",
        "Geräteservice {town} – aus dem Stadtgebiet direkt: {l1}",
    ],
    "LIST_HEADS": ["Telefonliste Labor", "Kontakte Probenlogistik", "Notfallnummern Praktikum"],
    "LIST_LABELS": [
        "Sammlung",
        "Sicherheitsbeauftragte",
        "Pforte",
        "Gerätewart",
        "Probenannahme",
        "Kurierdienst",
    ],
}

FR = {
    "TITLES": {
        "schoollab": ["Note au labo de SVT", "Préparation des TP de chimie"],
        "unilab": ["Accueil au laboratoire – consignes", "Réservation des appareils"],
        "testlab": ["Rapport d'essai – courrier d'accompagnement", "Analyse d'eau : résultats"],
        "envmon": ["Station de mesure – relevé hebdomadaire", "Visite du point de prélèvement"],
        "courier": ["Enlèvement d'échantillons confirmé", "Transport sous température dirigée"],
        "servicing": ["Compte rendu d'intervention", "Contrôle de la sorbonne"],
        "citsci": ["Lettre aux bénévoles", "Opération sciences participatives"],
    },
    "POS": {
        "schoollab": [
            "La technicienne, Mme {name}, répond au {nat} jusqu'à midi.",
            "Commandes de verrerie : écrire à {role} ou appeler le {free}.",
        ],
        "unilab": [
            "En cas de déversement hors horaires, appelez le PC sécurité au {nat}.",
            "Le microscope se réserve via {role} ; le responsable, {name}, est joignable au {mob}.",
            "L'ordinateur du spectromètre est à l'adresse {ip4p} ; accès auprès de {mail}.",
        ],
        "testlab": [
            "Pour toute question sur ce rapport, contactez le {nat} ou {mail}.",
            "Merci de régler la facture par virement sur {iban}.",
            "Notre laboratoire partenaire répond au {intl}.",
        ],
        "envmon": [
            "Si l'envoi vers {ip4} s'interrompt, prévenez l'astreinte au {mob}.",
            "Toute pollution visible se signale au {free}, jour et nuit.",
        ],
        "courier": [
            "Le chauffeur, M. {name}, appelle du {mob} dix minutes avant son arrivée.",
            "Pour modifier l'enlèvement : {role} ou le {nat}.",
        ],
        "servicing": [
            "Le technicien {name} ({mob}) a remplacé le joint du couvercle.",
            "Prochaine visite à planifier au {free} ou via {role}.",
        ],
        "citsci": [
            "Une question sur la mallette ? {name} répond au {mob} le soir.",
            "Les relevés sont centralisés par {role} ; la coordination est au {nat}.",
        ],
    },
    "NEG": {
        "schoollab": ["Diluer l'acide à {n:conc}, peser {n:mass}, bain-marie à {n:temp}."],
        "unilab": [
            "Centrifuger à {n:rcf}, puis ranger en {n:freezer_pos}.",
            "Projet financé sous la convention {n:grant} ; méthode décrite dans doi {n:doi}.",
        ],
        "testlab": [
            "Échantillon {n:sample_id} : {n:conc}, {n:ph}, conductivité {n:conductivity}.",
            "Essais selon {n:standard}, accréditation {n:accreditation}.",
        ],
        "envmon": [
            "La station {n:station} a mesuré {n:pm} à {n:logger_ts}.",
            "Débit relevé au seuil : {n:flow}.",
        ],
        "courier": ["Colis étiqueté {n:un_number}, LTA {n:waybill}, fiche de traçabilité {n:coc_form}."],
        "servicing": ["Vitesse contrôlée à {n:rpm}, certificat d'étalonnage {n:cal_cert}."],
        "citsci": ["Votre mesure au ruisseau : {n:conductivity}, {n:ph}. Merci !"],
    },
    "LIST_HEADS": ["Numéros du labo", "Contacts logistique échantillons"],
    "LIST_LABELS": ["Préparatrice", "Sécurité", "Magasin", "Accueil", "Coursier", "Astreinte"],
}
