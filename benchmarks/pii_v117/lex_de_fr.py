"""German and French cells of v117 (written fresh)."""

DE = {
    "genres": {
        "relay": {
            "titles": [
                "Gebärdensprach-Relay: so funktioniert's",
                "Ihr Zugang zum Telefondolmetschdienst",
                "Schriftdolmetschen per Telefon",
            ],
            "pos": [
                "Hörende Anrufer erreichen Sie über die Vermittlung unter {P}; die Dolmetscherin stellt "
                "dann durch.",
                "Bei Problemen mit der App schreiben Sie an {E} oder rufen Sie die Sprach-Hotline {F} an.",
                "Ihr Videotelefon meldet sich am Server {A} an; diese Adresse bitte nicht ändern.",
                "Frau {name} aus dem Technikteam meldet sich vor dem Termin kurz von {M}.",
                "Aus Österreich und der Schweiz ist der Dienst über {I} erreichbar.",
            ],
            "neg": [
                "Gesprächsnummer {N:relay_call_id}, vermittelt durch Dolmetscher-ID {N:ca_number}.",
                "Ihr Bestätigungscode lautet {N:sms_code}.",
                "Die Untertitel liefen im Test mit etwa {N:caption_rate}.",
            ],
        },
        "interpreter": {
            "titles": [
                "Auftragsbestätigung DGS-Dolmetschen",
                "Dolmetscheinsatz beim Jobcenter",
                "Terminänderung Gebärdensprachdolmetscher",
            ],
            "pos": [
                "Ihr Dolmetscher {name} ist am Einsatztag mobil unter {M} erreichbar.",
                "Absagen bitte spätestens 48 Stunden vorher telefonisch unter {P}.",
                "Unterlagen zur Vorbereitung senden Sie bitte an {E}.",
                "Die Rechnung geht an das Integrationsamt; Rückfragen zur Zahlung unter {P}.",
                "Das Honorar überweisen Sie bitte auf {B}.",
            ],
            "neg": [
                "Auftrag {N:interp_booking} am {N:appointment_date}, {N:time_window}, Raum {N:room_number}.",
                "Kostenübernahme laut Bescheid: {N:funding_share}; GdB {N:gdb_degree}.",
                "Die Induktionsschleife im Saal entspricht {N:standard_ref}.",
            ],
        },
        "mobility": {
            "titles": [
                "Reparaturauftrag Elektrorollstuhl",
                "Lieferschein Rollator und Duschstuhl",
                "Kostenvoranschlag Scooter",
            ],
            "pos": [
                "Aus der Werkstatt ruft {name} Sie etwa 30 Minuten vorher von {M} an.",
                "Bei einer Panne außerhalb der Geschäftszeiten: Notdienst {F}.",
                "Die Kaution für den Leih-Scooter wurde von der Karte {C} abgebucht.",
                "Fragen zum Angebot gern an {E} oder an die Werkstatt unter {P}.",
                "Der Rollstuhl meldet Fehlercodes per Funkmodul an {A}; die Werkstatt sieht sie dort sofort.",
            ],
            "neg": [
                "Hilfsmittelnummer {N:hmv_number}, {N:pzn}.",
                "Akku {N:battery_spec}, Höchstgeschwindigkeit {N:scooter_speed}, max. Nutzergewicht "
                "{N:max_user_weight}.",
                "Ihre Türbreite beträgt {N:door_clearance}; der Wendekreis des Stuhls {N:turning_radius}.",
                "Reifendruck: {N:tyre_pressure}.",
            ],
        },
        "taxi": {
            "titles": [
                "Rollstuhltaxi – Fahrtbestätigung",
                "Fahrdienst für Menschen mit Behinderung",
                "Ihre Anmeldung beim Behindertenfahrdienst",
            ],
            "pos": [
                "Ihre Fahrerin heute ist {name}; die Zentrale erreichen Sie unter {P}.",
                "Rückfahrten bitte bis 18 Uhr am Vortag unter {P} oder per Mail an {E} anmelden.",
                "Verspätet sich das Fahrzeug um mehr als 15 Minuten, rufen Sie {F} an.",
                "Der Fahrer schickt eine SMS, sobald er vor der Tür steht – hinterlegt ist {M}.",
            ],
            "neg": [
                "Fahrt {N:trip_id}, Wagen {N:fleet_number}, Kennzeichen {N:plate}.",
                "Abholfenster {N:time_window}, Eigenanteil {N:fare} €.",
                "Die Hebebühne hat eine Plattform von {N:platform_size}.",
            ],
        },
        "advocacy": {
            "titles": [
                "Rundbrief des Behindertenbeirats",
                "Einladung zum Selbsthilfetreffen",
                "Stellungnahme zur Barrierefreiheit im Rathaus",
            ],
            "pos": [
                "Wer Hilfe beim Widerspruch braucht, erreicht unsere Beraterin {name} unter {M}.",
                "Spenden für die Beratungsstelle: {B}.",
                "Anmeldungen zum Treffen bitte an {E}.",
                "Unsere Partnerorganisation in Wien ist unter {I} erreichbar.",
                "Die EUTB-Beratung ist unter {P} erreichbar, dienstags auch abends.",
            ],
            "neg": [
                "Mitgliedsnummer {N:member_number}; Ihr Beitrag für 2026 beträgt {N:benefit_amount} €.",
                "Der Treffpunkt liegt {N:route_length} von der Haltestelle, stufenlos erreichbar.",
                "Der Aufzug im Rathaus ist nach {N:standard_ref} geplant, die Tür hat aber nur "
                "{N:door_clearance}.",
            ],
        },
    },
    "local": [
        "Wer in {town} wohnt, erreicht den Fahrdienst im Ortsnetz unter {L}.",
        "Gebärdensprachdolmetscher für {town}: Ortsgespräch zur Vermittlung {L}, Bereitschaft {L2}.",
        "Sanitätshaus {town}, Werkstatt – aus dem {town}er Festnetz einfach {L} wählen.",
        "Die Beratungsstelle in {town} ist innerhalb der Stadt unter {L} zu erreichen.",
        "Rollstuhltaxi {town}: Bestellung {L}, Storno {L2} (jeweils ohne Vorwahl).",
    ],
    "lists": {
        "heads": ["Barrierefrei erreichbar", "Wichtige Kontakte", "Hilfe im Alltag"],
        "labels": [
            "Fahrdienst",
            "Dolmetschvermittlung",
            "Werkstatt",
            "Notdienst",
            "Beratung",
            "Hilfsmittelverleih",
        ],
    },
    "towns": ["Kassel", "Graz", "Bern", "Bremen", "Linz", "Basel"],
}

FR = {
    "genres": {
        "relay": {
            "titles": [
                "Centre relais téléphonique : mode d'emploi",
                "Votre accès au service de visio-interprétation",
                "Transcription en temps réel",
            ],
            "pos": [
                "Vos interlocuteurs entendants vous joignent en composant le {P}, puis l'interprète relaie.",
                "Pour toute question sur l'application, écrivez à {E} ou appelez le {F}.",
                "Le visiophone se connecte au serveur {A} ; ne modifiez pas ce réglage.",
                "{name}, de l'équipe technique, vous appellera du {M} avant l'installation.",
                "Depuis la Belgique ou la Suisse, le service est joignable au {I}.",
            ],
            "neg": [
                "Appel n° {N:relay_call_id}, traité par l'opérateur {N:ca_number}.",
                "Code de validation : {N:sms_code}.",
                "La transcription a tenu environ {N:caption_rate} pendant l'essai.",
            ],
        },
        "interpreter": {
            "titles": [
                "Confirmation d'intervention LSF",
                "Interprète en langue des signes : votre rendez-vous",
                "Modification de réservation",
            ],
            "pos": [
                "Votre interprète, {name}, sera joignable le jour même au {M}.",
                "Toute annulation doit être signalée au moins 48 heures avant au {P}.",
                "Merci d'envoyer les documents préparatoires à {E}.",
                "Règlement par virement sur le compte {B}.",
            ],
            "neg": [
                "Réservation {N:interp_booking} le {N:appointment_date}, créneau {N:time_window}, salle "
                "{N:room_number}.",
                "La boucle magnétique de l'amphithéâtre est conforme à {N:standard_ref}.",
                "Prise en charge : {N:funding_share} par la MDPH.",
            ],
        },
        "taxi": {
            "titles": [
                "Transport adapté : confirmation de course",
                "Taxi accessible en fauteuil",
                "Inscription au service PAM",
            ],
            "pos": [
                "Votre chauffeur est {name} ; la centrale de réservation répond au {P}.",
                "Pour le retour, réservez la veille au {P} ou par courriel à {E}.",
                "En cas de retard de plus de quinze minutes, appelez le {F}.",
                "Le conducteur vous enverra un SMS au {M} à son arrivée.",
            ],
            "neg": [
                "Course {N:trip_id}, véhicule {N:fleet_number}, immatriculation {N:plate}.",
                "Plage de prise en charge {N:time_window}, tarif {N:fare} €.",
                "Plateforme élévatrice : {N:platform_size}.",
            ],
        },
        "advocacy": {
            "titles": [
                "Lettre d'information de l'association",
                "Réunion du collectif handicap",
                "Courrier à la mairie sur l'accessibilité",
            ],
            "pos": [
                "Pour être accompagné dans vos démarches, appelez notre bénévole {name} au {M}.",
                "Vos dons sont à verser sur {B}.",
                "Inscriptions à la réunion : {E}.",
                "Nos partenaires bruxellois sont joignables au {I}.",
                "La permanence juridique répond au {P} le mardi et le jeudi.",
                "Le webinaire sous-titré sera diffusé depuis {A} pour ceux qui ont un pare-feu strict.",
            ],
            "neg": [
                "Adhérent n° {N:member_number} ; cotisation {N:benefit_amount} €.",
                "Le local se trouve à {N:route_length} de l'arrêt de tram, accès de plain-pied.",
                "Notre guide sur l'accessibilité numérique détaille le critère {N:wcag_criterion}.",
            ],
        },
    },
    "lists": {
        "heads": ["Contacts utiles", "Numéros accessibilité", "Qui appeler"],
        "labels": ["Réservations", "Interprètes", "Dépannage", "Permanence", "Chauffeur de garde"],
    },
    "towns": ["Lyon", "Liège", "Lausanne", "Nantes", "Namur", "Genève"],
}
