"""German and French sentences: health and care genres."""

DE = {
    "gp": {
        "title": ["Terminerinnerung", "Nachricht aus Ihrer Hausarztpraxis", "Ihre Laborwerte liegen vor"],
        "pos": [
            "Frau Dr. {fname} möchte die Befunde mit Ihnen besprechen. Bitte rufen Sie uns ab 11 Uhr unter "
            "{fixed} an.",
            "Rezeptbestellungen nehmen wir auch per E-Mail an: {role}. Abholung frühestens am nächsten "
            "Werktag.",
            "Außerhalb der Sprechzeiten erreichen Sie den ärztlichen Bereitschaftsdienst; in unserer Praxis "
            "läuft dann eine Ansage unter {fixed}.",
            "Wir haben Sie unter {mobile} nicht erreicht. Melden Sie sich bitte kurz, damit wir den "
            "Impftermin verschieben können.",
            "Für Rückfragen zur Überweisung ist {name} am Empfang zuständig: {email}.",
        ],
        "neg": [
            "Blutdruck heute {n:bp} mmHg, Puls {n:pulse}; bitte weiter wie besprochen messen.",
            "Ihre Krankenversichertennummer lautet {n:kvnr}. Bitte bringen Sie die Karte zum Termin mit.",
            "Nächster Kontrolltermin: {n:appt}. Nüchtern erscheinen.",
            "Diagnose laut Überweisung {n:icd}; HbA1c {n:hba1c}.",
        ],
    },
    "dentist": {
        "title": ["Ihr Heil- und Kostenplan", "Zahnarztpraxis: Recall", "Prophylaxe-Termin"],
        "pos": [
            "Bei Schmerzen am Wochenende hilft der zahnärztliche Notdienst; unsere Notfallnummer für "
            "Bestandspatienten ist {mobile}.",
            "Den Eigenanteil überweisen Sie bitte auf {iban}, Verwendungszweck: Name und Geburtsdatum.",
            "Termine verschieben? Ein Anruf unter {fixed} genügt, gern auch eine Mail an {role}.",
            "Ihre Anzahlung wurde von der Karte {card} abgebucht.",
        ],
        "neg": [
            "Behandelt wurden die Zähne {n:teeth}; die Füllung am ersten muss nach dem Urlaub erneuert "
            "werden.",
            "Nach der Betäubung bitte zwei Stunden nichts essen. Bei Bedarf {n:dose} Ibuprofen.",
            "Recall-Termin: {n:appt}.",
        ],
    },
    "pharmacy": {
        "title": ["Ihre Bestellung liegt bereit", "Apotheke: Lieferhinweis", "Impftermin in der Apotheke"],
        "pos": [
            "Ihr Medikament ist eingetroffen. Wer es für Sie abholt, sagen Sie uns bitte vorher unter "
            "{fixed}.",
            "Unser Botendienst kommt heute nach 15 Uhr. Falls niemand da ist: kurze SMS an {mobile}.",
            "Fragen zur Einnahme beantwortet Apothekerin {fname} telefonisch unter {fixed}.",
            "Das Kassensystem spricht den Etikettendrucker jetzt unter {ipp} an.",
        ],
        "neg": [
            "Das Präparat mit der PZN {n:pzn} ist derzeit nicht lieferbar; wir haben ein Austauschpräparat "
            "bestellt.",
            "Dosierung: morgens und abends je {n:dose}, nicht auf nüchternen Magen.",
            "Geimpft mit Ch.-B. {n:lot}; bitte 15 Minuten im Wartebereich bleiben.",
        ],
    },
    "physio": {
        "title": ["Ihr Übungsplan", "Physiotherapie: Befundbericht", "Rezept über Krankengymnastik"],
        "pos": [
            "Wenn die Schmerzen vor dem nächsten Termin zunehmen, rufen Sie bitte {fixed} an und fragen nach "
            "{name}.",
            "Die Videos zu den Übungen schicken wir an {email}.",
            "Terminabsagen bitte mindestens 24 Stunden vorher unter {mobile} oder {fixed}.",
        ],
        "neg": [
            "Kniebeugung heute bis {n:rom}, Schmerz auf der Skala {n:pain}.",
            "Brücke {n:reps}, zweimal täglich; bei stechendem Schmerz abbrechen.",
            "Nächste Behandlung am {n:appt}.",
        ],
    },
    "carehome": {
        "title": ["Brief an die Angehörigen", "Aus dem Seniorenheim", "Besuchsregelung"],
        "pos": [
            "Besuche sind wieder ab 14 Uhr möglich; bitte melden Sie sich vorher im Dienstzimmer unter "
            "{fixed}.",
            "Die Bezugspflegekraft Ihrer Mutter ist {name}, erreichbar während der Schicht unter {mobile}.",
            "Das Heimentgelt überweisen Sie bitte auf {iban} mit der Zimmernummer als Verwendungszweck.",
            "Fotos für die Erinnerungswand nimmt unsere Betreuung unter {email} entgegen.",
        ],
        "neg": [
            "Ihr Vater hat sich in Zimmer {n:room} gut eingelebt; Trinkmenge gestern {n:fluid}.",
            "Vitalwerte heute früh: Temperatur {n:temp}, Sättigung {n:spo2}.",
            "Geboren am {n:dob}, erzählt sie gern von ihrer Zeit als Lehrerin.",
        ],
    },
    "homecare": {
        "title": ["Ambulanter Pflegedienst: Tourenplan", "Pflegedokumentation", "Ihr Pflegeteam"],
        "pos": [
            "Bei Verspätung ruft die Einsatzleitung unter {mobile} an.",
            "Änderungen am Einsatzplan bitte im Büro unter {fixed}; nach 17 Uhr Rufbereitschaft {mobile}.",
            "Die Pflegekasse erreichen Sie kostenfrei unter {tf}.",
        ],
        "neg": [
            "Laut Etikett hat der Rollator die UDI {n:gtin}; die Rechnung liegt in der Pflegemappe.",
            "Schlüsseltresor-Code {n:keysafe}, bitte nach dem letzten Einsatz ändern.",
            "INR heute {n:inr}; Marcumar-Dosis unverändert.",
            "Blutzucker vor dem Mittag {n:gluc}, Gewicht {n:wt}.",
        ],
    },
}

DE_LOCAL = [
    "Aus dem Ortsnetz {town} wählen Sie die Praxis einfach unter {local}.",
    "Für Patientinnen und Patienten in {town}: {local} (ohne Vorwahl, vom Festnetz aus).",
    "Die Sozialstation {town} ist im Ort unter {local} zu erreichen, die Pflegedienstleitung unter {local2}.",
    "Wer in {town} anruft, braucht keine Vorwahl:\n{local}",
    "Apotheke am Markt, {town} – Ortsgespräch: {local}",
    "„Innerhalb von {town} reicht die {local}“, erklärte die Sprechstundenhilfe.",
    "Das Seniorenheim in {town} hat für Angehörige aus der Stadt die Nummer {local}, für den Pflegedienst "
    "{local2}.",
    "Physiopraxis {town}: Termine im Ortsnetz unter {local}.",
    "Optiker in {town}? Ein Anruf unter {local} vom Festnetz in der Stadt genügt.",
    "Zahnärztlicher Notdienst {town} (Anruf aus dem Ort, ohne Vorwahl): {local}",
]

DE_LIST = {
    "head": ["Telefonnummern auf einen Blick", "So erreichen Sie uns", "Kontakte der Praxis"],
    "label": ["Anmeldung", "Rezepte", "Rufbereitschaft", "Pflegedienstleitung", "Labor", "Notfall"],
}

FR = {
    "gp": {
        "title": ["Rappel de rendez-vous", "Message de votre cabinet médical", "Résultats d'analyses"],
        "pos": [
            "Le docteur {name} souhaite vous revoir pour adapter votre traitement. Merci d'appeler le "
            "secrétariat au {fixed} le matin.",
            "Nous n'avons pas réussi à vous joindre au {mobile}. Rien d'urgent, mais rappelez-nous cette "
            "semaine.",
            "Pour un renouvellement d'ordonnance, écrivez à {role} en précisant votre nom.",
            "En dehors des horaires, un message au {fixed} vous indique le médecin de garde.",
        ],
        "neg": [
            "Tension ce matin : {n:bp} mmHg, pouls {n:pulse}.",
            "Numéro de sécurité sociale enregistré : {n:nir}. Signalez-nous toute erreur.",
            "Prochain rendez-vous le {n:appt} ; venez à jeun.",
            "Le médecin traitant est identifié par le RPPS {n:rpps}.",
        ],
    },
    "pharmacy": {
        "title": ["Votre commande est disponible", "Pharmacie : livraison à domicile"],
        "pos": [
            "Votre traitement est arrivé. Si un proche vient le chercher, prévenez-nous au {fixed}.",
            "Notre livreur passera après 16 h ; en cas d'absence, un SMS au {mobile} suffit.",
            "Pour toute question sur les effets indésirables, notre pharmacienne {fname} répond au {fixed}.",
        ],
        "neg": [
            "Posologie : {n:dose} matin et soir, au milieu du repas.",
            "Lot du vaccin : {n:lot}. Restez quinze minutes en salle d'attente.",
            "Glycémie à jeun ce matin : {n:gluc}.",
        ],
    },
    "physio": {
        "title": ["Votre programme d'exercices", "Cabinet de kinésithérapie"],
        "pos": [
            "Si la douleur augmente avant la prochaine séance, appelez le cabinet au {fixed} et demandez "
            "{name}.",
            "Les vidéos des exercices vous seront envoyées à {email}.",
            "Pour annuler une séance, laissez un message au {mobile} au moins 24 h avant.",
        ],
        "neg": [
            "Flexion du genou : {n:rom} aujourd'hui ; douleur évaluée à {n:pain}.",
            "Pont fessier {n:reps}, deux fois par jour.",
        ],
    },
    "carehome": {
        "title": ["Lettre aux familles", "Nouvelles de l'EHPAD"],
        "pos": [
            "Les visites reprennent à partir de 14 h ; appelez l'infirmerie au {fixed} si vous venez avec "
            "des "
            "enfants.",
            "La référente de votre mère est {fname}, joignable au {mobile} pendant ses heures de service.",
            "Les frais de séjour peuvent être réglés par virement sur {iban}.",
            "Envoyez vos photos pour le mur des souvenirs à {email}.",
        ],
        "neg": [
            "Votre père s'est bien installé en chambre {n:room} ; hydratation hier : {n:fluid}.",
            "Constantes ce matin : température {n:temp}, saturation {n:spo2}.",
        ],
    },
    "optician": {
        "title": ["Vos lunettes sont prêtes", "Contrôle de vos lentilles"],
        "pos": [
            "Vos nouvelles lunettes sont prêtes ; appelez le magasin au {fixed} pour l'ajustage.",
            "Le solde a été débité sur la carte {card}.",
            "Pour modifier une commande de lentilles, numéro gratuit : {tf}.",
        ],
        "neg": [
            "Œil droit {n:lensrx}, œil gauche {n:lensrx}.",
            "Écart pupillaire {n:pd} ; acuité {n:va} avec la nouvelle correction.",
            "Tension oculaire {n:iop}.",
        ],
    },
}

FR_LIST = {
    "head": ["Pour nous joindre", "Contacts du cabinet", "Numéros à garder"],
    "label": ["Secrétariat", "Infirmerie", "Astreinte", "Pharmacie", "Rendez-vous", "Direction"],
}
