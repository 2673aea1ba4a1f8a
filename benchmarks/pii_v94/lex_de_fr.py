"""German and French sentences for v94 (animal care)."""

DE = {
    "clinic": {
        "t": [
            "Entlassungsbericht für {pet}",
            "Ihr Termin in der Tierarztpraxis am Stadtpark",
            "Erinnerung: Nachkontrolle",
        ],
        "p": [
            "Falls {pet} nach der Narkose nicht frisst, rufen Sie bitte morgen früh unter {N} an.",
            "Befunde schicken wir Ihnen an die angegebene Adresse; Rückfragen gern an {E}.",
            "Die Anzahlung für die Operation wurde von der Karte {C} abgebucht.",
            "Dr. {name} ist für Rückfragen zur Wundheilung auch mobil erreichbar: {M}.",
            "Die Überweisungsklinik bittet um Rückruf unter {I}.",
        ],
        "n": [
            "Gewicht heute {x:body_weight}, Körpertemperatur {x:temperature}.",
            "Dosierung: {x:dose} einmal täglich, Charge {x:vaccine_lot}.",
            "Transponder gelesen: {x:microchip}; EU-Heimtierausweis {x:pet_passport}.",
            "Laborauftrag {x:lab_accession}, {x:blood_panel}.",
            "Röntgenaufnahmen gespeichert unter {x:dicom_uid}.",
        ],
    },
    "ooh": {
        "t": ["Tierärztlicher Notdienst am Wochenende", "Notfall außerhalb der Sprechzeiten"],
        "p": [
            "Am Wochenende übernimmt die Tierklinik den Notdienst – bitte vorher unter {N} anmelden.",
            "Bei Vergiftungsverdacht berät die Giftnotruf-Hotline kostenlos unter {O}.",
            "Im Urlaub im Ausland? Die Partnerklinik erreichen Sie unter {I}.",
            "Diensthabende Tierärztin heute: {name}, Handy {M}.",
        ],
        "n": [
            "Notdienstgebühr laut GOT: {x:money} zuzüglich Behandlung.",
            "Packung mitbringen oder den Strichcode {x:ean13} abfotografieren.",
            "Anfahrt: Koordinaten {x:gps}, Eingang über den Hof.",
            "Erstbefund: {x:temperature}, {x:heart_resp}.",
        ],
    },
    "boarding": {
        "t": ["Buchungsbestätigung Tierpension Sonnenhof", "Katzenpension – Ihr Aufenthalt"],
        "p": [
            "Während des Aufenthalts erreichen Sie uns täglich von 8 bis 18 Uhr unter {N}.",
            "Den Restbetrag überweisen Sie bitte auf {B}.",
            "Als Notfallkontakt haben Sie {I} angegeben.",
            "Fotos vom Tag schicken wir per Mail von {E}.",
        ],
        "n": [
            "Buchung {x:booking_ref}, Zwinger {x:run_pen}, Bringen und Abholen {x:checkin_times}.",
            "Futterplan: {x:feed_grams} Nassfutter.",
            "Jedes Katzenzimmer misst {x:pen_size}.",
            "Gesamtbetrag für zehn Nächte: {x:money}.",
        ],
    },
    "farrier": {
        "t": ["Hufschmied – Termin und Befund", "Beschlagprotokoll"],
        "p": [
            "Der nächste Beschlag ist in sieben Wochen; Hufschmied {name} erreichen Sie unter {M}.",
            "Verliert das Pferd vorher ein Eisen, bitte im Stall unter {N} Bescheid geben.",
            "Rechnungen kommen von {E}.",
        ],
        "n": [
            "Vorne neu beschlagen, Eisen {x:shoe_size}; Huf {x:hoof_mm}.",
            "Equidenpass geprüft, UELN {x:ueln}.",
            "Kotprobe: {x:egg_count}, keine Entwurmung nötig.",
            "Kosten für vier Eisen: {x:money}.",
        ],
    },
    "claim": {
        "t": ["Ihre Schadenmeldung zur Tierkrankenversicherung", "Erstattung Ihrer Tierarztrechnung"],
        "p": [
            "Die Erstattung überweisen wir auf {B}.",
            "Rückfragen beantwortet unser Leistungsservice unter {O}, aus dem Ausland unter {I}.",
            "Rechnungen können Sie einfach an {E} mailen.",
            "Ihre Sachbearbeiterin {name} erreichen Sie direkt unter {N}.",
        ],
        "n": [
            "Vertrag {x:policy_no}, Schaden {x:claim_ref}, Rechnungsbetrag {x:money}.",
            "Selbstbeteiligung: {x:money}.",
            "Die Rechnung trägt die Steuernummer {x:vat_no}.",
        ],
    },
    "walker": {
        "t": ["Gassi-Service: Wochenbericht", "Hundesitter – Infos für neue Kunden"],
        "p": [
            "Wenn ich mich verspäte, schreibe ich Ihnen von {M}.",
            "Vertretung im Urlaub: {name}, Telefon {N}.",
            "Die Monatsrechnung kommt von {E}; bitte auf {B} überweisen.",
        ],
        "n": [
            "Schlüsseltresor-Code {x:gate_code}.",
            "Heute {x:walk_stats}, viel Schnüffeln am Kanal.",
            "Treffpunkt Gruppenrunde: {x:gps}.",
        ],
    },
}

FR = {
    "clinic": {
        "t": ["Compte rendu de sortie – {pet}", "Votre rendez-vous à la clinique vétérinaire des Tilleuls"],
        "p": [
            "Si {pet} ne mange pas ce soir, appelez la clinique au {N} dès l'ouverture.",
            "Les résultats d'analyse vous seront envoyés par mail ; pour toute question : {E}.",
            "L'acompte pour la chirurgie a été prélevé sur la carte {C}.",
            "Le Dr {name} reste joignable sur son portable : {M}.",
            "Le centre de référence vous rappellera depuis le {I}.",
        ],
        "n": [
            "Poids du jour {x:body_weight}, température {x:temperature}.",
            "Posologie : {x:dose} une fois par jour, lot {x:vaccine_lot}.",
            "Puce électronique lue : {x:microchip}.",
            "Analyse {x:lab_accession} : {x:blood_panel}.",
        ],
    },
    "ooh": {
        "t": ["Urgences vétérinaires de nuit", "Garde du week-end"],
        "p": [
            "La nuit et le dimanche, la garde est assurée par la clinique d'urgence : {N}.",
            "En cas d'intoxication, le centre antipoison animal répond au {O}.",
            "À l'étranger, la clinique partenaire répond au {I}.",
            "Vétérinaire de garde : {name}, portable {M}.",
        ],
        "n": [
            "Majoration de garde : {x:money}.",
            "Apportez l'emballage du médicament (code-barres {x:ean13}).",
            "Premier examen : {x:temperature}, {x:heart_resp}.",
        ],
    },
    "boarding": {
        "t": ["Confirmation de réservation – pension canine", "Séjour en pension féline"],
        "p": [
            "Pendant le séjour, la pension répond au {N} de 9 h à 18 h.",
            "Merci de régler le solde par virement sur {B}.",
            "Contact d'urgence indiqué : {I}.",
        ],
        "n": [
            "Réservation {x:booking_ref}, box {x:run_pen}, arrivée et départ {x:checkin_times}.",
            "Ration : {x:feed_grams} de croquettes.",
            "Chaque chambre mesure {x:pen_size}.",
            "Total du séjour : {x:money}.",
        ],
    },
    "rescue": {
        "t": ["Suivi d'adoption – refuge des Trois Chênes", "Famille d'accueil : premiers jours"],
        "p": [
            "La bénévole {name} vous appellera du {M} avant la visite de pré-adoption.",
            "Si le chien s'échappe, prévenez aussitôt le refuge au {N}.",
            "Les dons peuvent être versés sur {B}.",
            "Pour les familles d'accueil : {E}.",
        ],
        "n": [
            "Association reconnue, numéro RNA W{x:charity_no}.",
            "Poids à l'arrivée {x:body_weight}, âge estimé {x:pet_age}.",
            "Portée née au refuge : {x:litter}.",
        ],
    },
    "claim": {
        "t": ["Votre demande de remboursement", "Assurance santé animale – dossier sinistre"],
        "p": [
            "Le remboursement sera viré sur {B}.",
            "Notre service sinistres répond au {O} ; depuis l'étranger, composez le {I}.",
            "Envoyez la feuille de soins à {E}.",
        ],
        "n": [
            "Contrat {x:policy_no}, dossier {x:claim_ref}, montant des soins {x:money}.",
            "Franchise déduite : {x:money}.",
            "Numéro de TVA du praticien : {x:vat_no}.",
        ],
    },
}

LOCAL_DE = [
    "Aus dem Ortsnetz {town} einfach {L} wählen.",
    "Tierpension bei {town} – vom Festnetz im Ort: {L}.",
    "Praxis {town} (ohne Vorwahl aus dem Ort):\n{L}",
    "„Aus {town} reicht {L}“, sagte die Sprechstundenhilfe.",
    "Hundeschule und Gassi-Service in {town}: {L}, abends {L2} (Ortsnetz).",
    "Wer in {town} anruft, braucht nur {L}.",
    "Notdienst-Ansage für {town}: Innerhalb der Stadt {L}.",
    "Hufschmied-Werkstatt, Festnetz {town}: {L}",
]

LOCAL_FR = []

HEADS_DE = ["Für den Notfall", "Telefonliste", "Wichtig für Halter"]
LABELS_DE = ["Praxis", "Notdienst", "Tierpension", "Hufschmied", "Tierheim", "Versicherung", "Hundesitter"]
HEADS_FR = ["À garder sous la main", "Contacts pratiques"]
LABELS_FR = ["Clinique", "Urgences", "Pension", "Refuge", "Assurance", "Maréchal-ferrant"]
