"""German and French text: Konsulate, Visastellen, Einbürgerung; consulats, apostilles, naturalisation."""

DE = {
    "GENRES": {
        "vac": {
            "titles": ["Ihr Termin im Visazentrum", "Terminbestätigung – Antrag auf nationales Visum"],
            "s": [
                "Ihr Termin zur Abgabe der Fingerabdrücke ist am angegebenen Tag von {N:time_slot}.",
                "Das Buchungsportal ist vorübergehend unter {IP} erreichbar.",
                "Bitte halten Sie die Buchungsnummer {N:vac_booking} bereit.",
                "Wer sich verspätet, meldet sich bitte vorher telefonisch unter {NAT}.",
                "Passfotos im Format {N:photo_size}, biometrisch, nicht älter als sechs Monate.",
                "Die Bearbeitungsgebühr von {N:fee_amount} ist vor Ort zu entrichten.",
                "Rückfragen zum Versand Ihres Passes richten Sie bitte an {RMAIL}.",
            ],
        },
        "residence": {
            "titles": ["Ausländerbehörde – Einladung zur Vorsprache", "Ihr elektronischer Aufenthaltstitel"],
            "s": [
                "Ihr elektronischer Aufenthaltstitel mit der Kartennummer {N:eat_card} liegt zur Abholung "
                "bereit.",
                "Bitte bringen Sie Ihren Reisepass ({N:passport_no}) und die alte Fiktionsbescheinigung mit.",
                "Aktenzeichen: {N:case_file}.",
                "Terminabsagen bitte ausschließlich per Telefon unter {NAT} oder per Mail an {RMAIL}.",
                "Sie stehen derzeit auf Platz {N:waitlist_pos} der Warteliste.",
                "Öffnungszeiten der Servicetheke: {N:opening_hours}, freitags geschlossen.",
                "Die Online-Terminvergabe war gestern gestört; intern lief sie über {IP}.",
            ],
        },
        "ceremony": {
            "titles": ["Einladung zur Einbürgerungsfeier", "Aushändigung Ihrer Einbürgerungsurkunde"],
            "s": [
                "Wir freuen uns, Sie zur feierlichen Übergabe Ihrer Einbürgerungsurkunde ins Rathaus "
                "einzuladen.",
                "Rechtsgrundlage der Einbürgerung ist {N:law_ref}.",
                "Ihre Urkunde trägt die Nummer {N:cert_no}.",
                "Sie dürfen zwei Begleitpersonen mitbringen; Ihr Platz: Reihe/Platz {N:seat_row}.",
                "Falls Sie verhindert sind, rufen Sie bitte Frau {NAME} an: {NAT}.",
                "Barrierefreier Zugang über den Seiteneingang; Auskunft unter {NAT}.",
            ],
        },
        "apostille": {
            "titles": ["Apostille und Legalisation – Hinweise", "Beglaubigung Ihrer Urkunden"],
            "s": [
                "Die Apostille wurde unter der Nummer {N:apostille_no} erteilt.",
                "Die notarielle Beglaubigung ist verzeichnet unter {N:notary_reg}.",
                "Bitte überweisen Sie die Gebühr auf das Konto {IBAN}, Verwendungszweck {N:transfer_ref}.",
                "Für Rückfragen erreichen Sie die Beglaubigungsstelle unter {NAT}.",
                "Originale senden Sie bitte an das Referat in {N:postcode_de}.",
                "Dringende Fälle: Mobil {MOB} (nur werktags).",
            ],
        },
        "honorary": {
            "titles": ["Honorarkonsulat – Sprechzeiten", "Mitteilung des Honorarkonsuls"],
            "s": [
                "Das Honorarkonsulat kann keine Pässe ausstellen, wohl aber Unterschriften beglaubigen.",
                "Sprechstunde nach Vereinbarung unter {NAT}.",
                "In Notfällen bin ich mobil unter {MOB} erreichbar.",
                "Die zuständige Botschaft erreichen Sie unter {INTL}.",
                "Der Stempel {N:legal_stamp} bestätigt die Beglaubigung.",
                "Schriftliche Anfragen an {PMAIL}.",
            ],
        },
    },
    "NEG_EXTRA": [
        "Vorgangsnummer bitte stets angeben: {N:case_file}.",
        "Postanschrift: {N:embassy_pobox}.",
        "Visummarke Nr. {N:visa_sticker}, gültig {N:validity}.",
        "Flug {N:flight}, Ankunft am Vormittag.",
        "Geburtsdatum laut Pass: {N:birth_date}.",
    ],
    "LOCAL": [
        "Aus dem Ortsnetz {TOWN} wählen Sie für die Einbürgerungsstelle nur {L1}.",
        "Innerhalb von {TOWN} ist das Standesamt direkt unter {L1} zu erreichen, die Urkundenstelle unter "
        "{L2}.",
        "Sie wohnen in {TOWN}? Dann genügt für das Honorarkonsulat die {L1}.",
        "Ortsgespräch in {TOWN}: Ausländerbehörde {L1}.",
        "Für Anrufe aus {TOWN} selbst ist die Beglaubigungsstelle unter {L1} geschaltet – ohne Vorwahl.",
        "Rufen Sie in {TOWN} einfach die {L1} an, wenn Sie einen Passtermin brauchen; Rückrufe kommen von "
        "der {L2}.",
        "Telefon (Stadtgebiet {TOWN}): {L1}",
        "Standesamt {TOWN}, Einbürgerungsfeiern – aus dem Ortsnetz:\n{L1}",
        "„In {TOWN} reicht die {L1}“, sagte die Sachbearbeiterin am Telefon.",
        "Die {L1} ist die Ortsnummer der Passstelle {TOWN} (Vorwahl entfällt innerorts).",
        "Die Kanzlei für Aufenthaltsrecht in {TOWN} ist ohne Vorwahl unter {L1} erreichbar.",
    ],
    "LIST_HEADS": ["Rufnummern rund um Ihren Antrag", "Erreichbarkeit", "Kontakte der Behörde"],
    "LIST_LABELS": [
        "Visastelle",
        "Passstelle",
        "Bereitschaft",
        "Beglaubigungen",
        "Standesamt",
        "Terminvergabe",
    ],
    "ROLES": ["visastelle", "konsulat", "einbuergerung", "termine", "beglaubigung"],
    "TEL": "Tel.",
}

FR = {
    "GENRES": {
        "embassy": {
            "titles": ["Avis de la section consulaire", "Fermeture exceptionnelle du consulat"],
            "s": [
                "La section consulaire sera fermée au public jeudi et vendredi, sauf urgence.",
                "En cas d'urgence absolue, la permanence consulaire répond au {MOB}.",
                "Horaires d'ouverture du guichet : {N:opening_hours}, du lundi au jeudi.",
                "Le portail de rendez-vous répond provisoirement à l'adresse {IP}.",
                "Le standard de l'ambassade est joignable au {NAT}.",
                "Le centre de crise du ministère répond jour et nuit au {INTL}.",
                "Toute demande écrite reçoit une réponse sous {N:working_days} jours ouvrés via {RMAIL}.",
            ],
        },
        "apostille": {
            "titles": ["Apostille et légalisation : mode d'emploi", "Votre demande d'apostille"],
            "s": [
                "L'apostille a été délivrée sous le numéro {N:apostille_no}.",
                "Les frais sont à régler par virement sur l'IBAN {IBAN}, référence {N:transfer_ref}.",
                "Pour toute question, le bureau des légalisations répond au {NAT}.",
                "Les originaux sont à envoyer au bureau des légalisations, {N:postcode_fr}.",
                "Le cachet {N:legal_stamp} figure au verso de chaque acte.",
                "Les entreprises peuvent écrire à {RMAIL}.",
            ],
        },
        "ceremony": {
            "titles": [
                "Cérémonie d'accueil dans la nationalité",
                "Invitation : remise du décret de naturalisation",
            ],
            "s": [
                "Vous êtes convié(e) à la cérémonie d'accueil dans la citoyenneté à la préfecture.",
                "Votre place : rang/siège {N:seat_row}.",
                "En cas d'empêchement, merci de prévenir le service au {NAT}.",
                "Le numéro de votre décret est {N:cert_no}.",
                "Une pièce d'identité et ce courrier vous seront demandés à l'entrée.",
            ],
        },
        "vac": {
            "titles": ["Rendez-vous au centre de visas", "Confirmation de rendez-vous biométrique"],
            "s": [
                "Votre rendez-vous biométrique est fixé de {N:time_slot}.",
                "Référence de dossier : {N:vac_booking}.",
                "Photos d'identité au format {N:photo_size}.",
                "Pour décaler le rendez-vous, appelez le centre au {NAT} ou au numéro dédié {FREE}.",
                "Les frais de service, {N:fee_amount}, ont été débités de la carte {CARD}.",
            ],
        },
    },
    "NEG_EXTRA": [
        "Numéro de vignette visa : {N:visa_sticker}.",
        "Vol {N:flight}, arrivée prévue en fin de matinée.",
        "Passeport n° {N:passport_no}.",
        "Boîte postale du consulat : {N:embassy_pobox}.",
    ],
    "LIST_HEADS": ["Numéros du consulat", "Qui appeler ?", "Contacts utiles pour votre dossier"],
    "LIST_LABELS": ["Service des visas", "État civil", "Permanence", "Légalisations", "Passeports"],
    "ROLES": ["visas", "consulat", "legalisation", "etat-civil", "rdv"],
    "TEL": "tél.",
}
