"""German and French sentences for v74, written fresh for this set."""

DE = {
    "titles": {
        "vet": ["Entlassungsbericht – {pet}", "Impferinnerung", "Befund und Nachkontrolle"],
        "boarding": ["Buchungsbestätigung Tierpension", "Aufnahmebogen Katzenpension"],
        "groomer": ["Termin im Hundesalon", "Pflegekarte für {pet}"],
        "stable": ["Aushang im Reitstall", "Reitstunden und Hufschmied"],
        "petins": ["Schadenmeldung Tierkrankenversicherung", "Erstattung Ihrer Tierarztrechnung"],
        "rescue": ["Vermittlung aus dem Tierheim", "Pflegestelle – Übergabe"],
    },
    "body": {
        "vet": [
            "{pet} hat die Narkose gut vertragen, Gewicht heute {n_weight} kg, Temperatur {n_temp} °C.",
            "Bei Nachblutungen am Wochenende erreichen Sie den tierärztlichen Notdienst unter {ph}.",
            "Tollwutimpfung mit Charge {n_vaxlot}, Chip {n_chip} gelesen und im Pass eingetragen.",
            "Dr. {name} bittet um kurze Rückmeldung per SMS an {mob}.",
            "Laborwerte ({n_lab}): {n_bloods}, alles unauffällig.",
            "Die Anzahlung von {n_amount} € wurde von Karte {card} abgebucht.",
        ],
        "boarding": [
            "{pet} wohnt vom {n_booking} in Zwinger {n_kennel}, Abgabe zwischen {n_apptime}.",
            "Notfallkontakt während Ihres Urlaubs: {name}, {mob}.",
            "Verspätet sich Ihr Flug, sagen Sie bitte im Büro unter {ph} Bescheid.",
            "Rechnung über {n_amount} € geht an {mail}; Rückfragen an {rmail}.",
            "Wir sind bis Monatsende im Ausland, erreichbar unter {intl}.",
            "Die Webcam im Auslauf erreichen Sie im WLAN unter {ip}.",
        ],
        "groomer": [
            "{pet} ist für Samstag, {n_apptime}, zum Scheren eingetragen – Scherkopf {n_blade}.",
            "Schaffen Sie es nicht pünktlich, rufen Sie kurz im Salon an: {ph}.",
            "Fotos vom heutigen Termin schicken wir an {mail}.",
            "Gewicht beim Einchecken {n_weight} kg, Krallen gekürzt.",
        ],
        "stable": [
            "Box {n_kennel} wird am Dienstag neu eingestreut, die Pferde stehen auf der oberen Koppel.",
            "Für die Turniernennung brauchen wir UELN {n_ueln} und die FEI-Nummer {n_fei}.",
            "Absagen von Reitstunden bis 18 Uhr am Vortag an den Stall: {ph}.",
            "Die Einstellgebühr von {n_amount} € wird per Lastschrift von {iban} eingezogen.",
            "Stallleitung {name}: {mob}.",
        ],
        "petins": [
            "Ihre Schadenmeldung {n_claim} zum Vertrag {n_policy} ist eingegangen.",
            "Die Selbstbeteiligung beträgt {n_excess}, erstattet werden {n_reimb} der Restsumme.",
            "Die Erstattung über {n_amount} € überweisen wir auf {iban}.",
            "Fragen zur Abrechnung beantwortet unser Team kostenfrei unter {free}.",
            "Die Praxis kann Unterlagen an {rmail} schicken oder uns unter {ph} anrufen.",
        ],
        "rescue": [
            "{pet} (Aufnahme {n_intake}) hat sich in der Pflegestelle gut eingelebt.",
            "Vermittlungsnummer {n_adopt}, die Schutzgebühr betrug {n_amount} €.",
            "Bitte melden Sie den Chip {n_chip} innerhalb von zwei Wochen auf sich um.",
            "Unsere Vermittlerin {name} ist werktags unter {mob} erreichbar.",
            "Spenden per Dauerauftrag an {iban} helfen bei den Kastrationskosten.",
        ],
    },
    "local": {
        "DE": [
            "Aus {town} selbst erreichen Sie die Praxis ohne Vorwahl unter {loc}.",
            "Tierpension {town}, Ortsnetz: {loc}",
            "Wer in {town} anruft, wählt für den Hundesalon nur {loc}, für die Anmeldung {loc2}.",
            "Im Stadtgebiet {town} ist das Tierheim unter {loc} zu erreichen.",
            "Reitstall (Festnetz {town}, ohne Vorwahl): {loc}",
            "Innerhalb von {town} genügt die {loc}, um den Notdienst zu erreichen.",
        ],
    },
    "heads": ["Für die Tiersitterin", "Neben das Telefon legen", "Wichtig für {pet}"],
    "labels": ["Tierarzt", "Notdienst", "Hundepension", "Hufschmied", "Salon", "Nachbarin", "Tierheim"],
}
FR = {
    "titles": {
        "vet": ["Compte rendu de sortie – {pet}", "Rappel de vaccination"],
        "boarding": ["Confirmation de réservation – pension", "Fiche d'arrivée à la chatterie"],
        "groomer": ["Rendez-vous au salon de toilettage"],
        "petins": ["Déclaration de sinistre – assurance animaux", "Suivi de votre remboursement"],
        "stable": ["Note aux propriétaires – écurie", "Planning des cours d'équitation"],
    },
    "body": {
        "vet": [
            "{pet} s'est bien réveillé, poids {n_weight} kg, température {n_temp} °C.",
            "En cas de saignement ce week-end, appelez la clinique de garde au {ph}.",
            "Vaccin antirabique, lot {n_vaxlot} ; puce {n_chip} lue et vérifiée.",
            "Le Dr {name} attend de vos nouvelles jeudi, par SMS au {mob}.",
            "L'acompte de {n_amount} € a été réglé avec la carte {card}.",
        ],
        "boarding": [
            "{pet} est inscrit du {n_booking} au box {n_kennel}, arrivée entre {n_apptime}.",
            "Contact d'urgence pendant votre absence : {name}, {mob}.",
            "Si votre vol a du retard, prévenez l'accueil au {ph}.",
            "La facture ({n_amount} €) sera envoyée à {mail}.",
        ],
        "groomer": [
            "{pet} est attendu samedi, {n_apptime}, tonte avec la lame {n_blade}.",
            "Un empêchement ? Appelez le salon au {ph}.",
            "Les photos de la séance partent à {mail}.",
        ],
        "petins": [
            "Votre déclaration {n_claim} (contrat {n_policy}) a bien été enregistrée.",
            "Franchise de {n_excess}, remboursement à {n_reimb} du reste.",
            "Le virement de {n_amount} € sera effectué sur {iban}.",
            "Une question ? Notre service sinistres répond gratuitement au {free}.",
            "Le vétérinaire peut envoyer le dossier à {rmail}.",
        ],
        "stable": [
            "Le box {n_kennel} sera refait mardi ; les chevaux sont au pré du haut.",
            "Pour l'engagement en concours il faut l'UELN {n_ueln} et le numéro FEI {n_fei}.",
            "Annulation de cours la veille avant 18 h au {ph}.",
            "La pension ({n_amount} € par mois) est prélevée sur {iban}.",
        ],
    },
    "local": {},
    "heads": ["Pour la personne qui garde {pet}", "À garder près du téléphone"],
    "labels": ["Vétérinaire", "Urgences", "Pension", "Maréchal-ferrant", "Toiletteur", "Voisine"],
}
