"""German and French sentences for v72; written fresh for this set."""

DE = {
    "HEADS": {
        "guard": ["Wachbericht Nachtschicht", "Objektschutz – Übergabeprotokoll"],
        "alarm": ["Wartung Einbruchmeldeanlage", "Alarmaufschaltung – Hinweise"],
        "locksmith": ["Schlüsseldienst – Rechnung", "Angebot Schließanlage"],
        "facility": ["Haustechnik – Störmeldung", "Facility-Management: Wartungsplan"],
        "cleaning": ["Unterhaltsreinigung – Leistungsverzeichnis", "Glasreinigung: Terminhinweis"],
        "cctv": ["Videoüberwachung – Abnahmeprotokoll", "Kamerawartung"],
    },
    "BODY": {
        "guard": [
            "Kontrollgänge um {n:patrol_times}, keine besonderen Vorkommnisse.",
            "Dienstzeit {n:shift}; Besucherausweise {n:badge_range} ausgegeben.",
            "Anzeige bei der Polizei aufgenommen, Vorgang {n:police_urn}.",
        ],
        "alarm": [
            "Die Zentrale (Seriennummer {n:panel_serial}) meldete {n:alarm_zone_event} "
            "und setzte sich zurück.",
            "Ihre Aufschaltnummer in der Notruf- und Serviceleitstelle lautet {n:arc_account}.",
            "Akku getauscht, alle Melder begangen; Objekt {n:site_code}.",
        ],
        "locksmith": [
            "Profilzylinder {n:cylinder} eingebaut, in Schließanlage {n:master_key} eingebunden.",
            "Drei Schlüssel nach Nummer {n:key_number} nachgefertigt; Sicherungskarte liegt vor.",
            "Gesamtbetrag inkl. Anfahrt und MwSt.: {n:price_total} €.",
        ],
        "facility": [
            "Auftrag {n:work_order} ist an die Haustechnik übergeben.",
            "Zählerstand heute früh: {n:meter_reading}; Aufzug {n:lift_no} bleibt bis Freitag gesperrt.",
            "Wartungsposition {n:ppm_task}: Filter {n:filter_size} im 4. OG tauschen.",
        ],
        "cleaning": [
            "Die tägliche Reinigung umfasst {n:floor_area} im EG und 1. OG.",
            "Dosierung {n:dilution}, Charge {n:chem_lot} im Sicherheitsdatenblatt vermerkt.",
            "Raum {n:room_no} braucht eine Teppichgrundreinigung.",
        ],
        "cctv": [
            "Rekorder mit {n:nvr_storage}; Speicherdauer {n:retention} laut Absprache mit dem Datenschutz.",
            "Jede Kamera sendet mit {n:cam_bitrate} über den Switch ({n:poe_budget} PoE).",
            "Angeforderte Aufnahmen ab {n:footage_stamp}.",
        ],
    },
    "CALL": [
        "Bei Auffälligkeiten in der Nacht ist die Leitstelle unter {nat} besetzt.",
        "Fragen zum Einsatz? Rufen Sie uns an: {nat}, oder per Mail an {email}.",
        "Der Schichtleiter ist außerhalb der Geschäftszeiten mobil erreichbar: {mob}.",
        "Unsere Zentrale im Ausland: {intl}.",
        "Kostenlose Hotline für Alarmmeldungen: {oth}.",
        "{name} stimmt den Termin mit Ihnen ab – Handy {mob}, Mail {email}.",
    ],
    "LOCAL": [
        "Niederlassung {town}, aus dem Ortsnetz:\n{loc}",
        "Unser Stützpunkt in {town} ist schnell erreicht: {loc}, nachts {loc2}.",
        "Wer aus {town} anruft, wählt für die Pforte nur {loc}.",
        "Die Wache ({town}, ohne Vorwahl) hat die Nummer {loc}.",
        "Der Kollege sagte: „Aus {town} einfach {loc} wählen, dann landen Sie direkt bei uns.“",
        "{loc} ist der Ortsanschluss unserer {town}er Leitstelle; Schlüsseldienst {loc2}.",
        "(Innerhalb von {town}: {loc}.)",
    ],
    "LIST_HEADS": ["Wichtige Kontakte", "Ansprechpartner vor Ort", "Notfallnummern"],
    "LABELS": ["Leitstelle", "Schichtleitung", "Errichter", "Schlüsseldienst", "Haustechnik", "Pforte"],
    "CARD": ["Anfahrtspauschale per Karte {card} bezahlt."],
    "IBAN": [
        "Die monatliche Aufschaltgebühr buchen wir per Lastschrift von {iban} ab.",
        "Bitte überweisen Sie auf {iban}.",
    ],
    "IP": [
        "Der Rekorder ist unter {ipp} erreichbar, Fernzugriff über {ip}.",
        "Zutrittscontroller auf {ipp}, Cloud-Relay über {ip6}.",
    ],
}

FR = {
    "HEADS": {
        "guard": ["Rapport de ronde de nuit", "Main courante – gardiennage"],
        "alarm": ["Maintenance de l'alarme intrusion", "Télésurveillance : avis au client"],
        "locksmith": ["Facture serrurerie", "Devis changement de serrure"],
        "cleaning": ["Contrat de nettoyage – planning", "Proposition de remise en état"],
        "cctv": ["Rapport d'installation vidéosurveillance", "Maintenance des caméras"],
    },
    "BODY": {
        "guard": [
            "Rondes effectuées à {n:patrol_times}, rien à signaler.",
            "Carte professionnelle vérifiée ; badges visiteurs {n:badge_range} remis à l'accueil.",
            "Plainte déposée, numéro de procédure {n:police_urn}.",
        ],
        "alarm": [
            "La centrale (n° de série {n:panel_serial}) a signalé {n:alarm_zone_event} puis s'est rétablie.",
            "Votre numéro d'abonné au centre de télésurveillance : {n:arc_account}.",
            "Batterie remplacée et tous les détecteurs testés ; site {n:site_code}.",
        ],
        "locksmith": [
            "Cylindre {n:cylinder} posé, intégré à l'organigramme {n:master_key}.",
            "Trois clés reproduites sous le numéro {n:key_number}.",
            "Total TTC avec déplacement : {n:price_total} €.",
        ],
        "cleaning": [
            "Le nettoyage quotidien couvre {n:floor_area} au rez-de-chaussée et au premier.",
            "Dilution {n:dilution}, lot {n:chem_lot} noté sur la fiche de sécurité.",
            "La salle {n:room_no} nécessite un shampouinage de moquette.",
        ],
        "cctv": [
            "Enregistreur équipé de {n:nvr_storage} ; conservation des images : {n:retention}.",
            "Chaque caméra diffuse à {n:cam_bitrate} via le switch PoE de {n:poe_budget}.",
            "Images demandées à partir du {n:footage_stamp}.",
        ],
    },
    "CALL": [
        "En cas d'anomalie la nuit, le PC sécurité répond au {nat}.",
        "Une question sur l'intervention ? Appelez le {nat} ou écrivez à {email}.",
        "Le chef de poste est joignable sur son portable : {mob}.",
        "Notre siège à l'étranger : {intl}.",
        "Numéro gratuit pour les déclenchements d'alarme : {oth}.",
        "{name} vous confirmera la date – portable {mob}, courriel {email}.",
    ],
    "LIST_HEADS": ["Contacts du site", "Numéros à joindre"],
    "LABELS": ["PC sécurité", "Chef de poste", "Technicien alarme", "Serrurier", "Accueil"],
    "CARD": ["Frais de déplacement réglés par carte {card}."],
    "IBAN": ["L'abonnement de télésurveillance est prélevé sur {iban}.", "Merci de régler sur {iban}."],
    "IP": ["L'enregistreur est accessible sur {ipp} ; accès distant via {ip}."],
}
