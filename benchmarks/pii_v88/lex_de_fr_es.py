"""German, French and Spanish sentences for v88. Slots: see compose.py."""

DE = {
    "GENRES": {
        "studio": {
            "titles": ["Ihr Fototermin im Atelier", "Bewerbungsfotos - Terminbestätigung"],
            "body": [
                "Vielen Dank für Ihre Buchung bei {NAME}; falls etwas dazwischenkommt, schreiben Sie kurz "
                "an {M}.",
                'Das Studio liegt im Hinterhof, zweiter Stock - klingeln Sie bei "Lichtwerk" oder rufen '
                "Sie {P} an.",
                "Wir fotografieren bei {N_kelvin} Dauerlicht, bitte keine grellen Muster tragen.",
                "Die Auswahl der Bilder erhalten Sie per Link von {E}.",
                "Die Anzahlung wurde von Ihrer Karte {C} abgebucht.",
            ],
        },
        "framing": {
            "titles": ["Rahmenauftrag", "Ihr Bild ist fertig gerahmt"],
            "body": [
                "Eingang: Radierung, {N_frame}, Passepartout mit Ausschnitt {N_mat}.",
                "Abholung ab Mittwoch; vorher bitte kurz unter {P} nachfragen.",
                "Die Leiste kommt vom Großhändler, Bestellhotline {F}.",
                "Bezahlung per Überweisung auf {IB}, Verwendungszweck Ihr Name.",
                "Für Rückfragen zur Verglasung erreichen Sie Meister {NAME} unter {M}.",
            ],
        },
        "classes": {
            "titles": ["Kursanmeldung Aquarell", "Töpferkurs für Einsteiger - Infos"],
            "body": [
                "Der Kurs findet {N_hours} statt, Material wird gestellt.",
                "Bei Krankheit bitte bis zum Vorabend unter {P} absagen.",
                "Die Kursgebühr buchen wir per Lastschrift von {IB} ab.",
                "Kursnummer {N_course} bitte bei jeder Überweisung angeben.",
                "Fragen zum Material beantwortet die Dozentin gern per Mail an {EP}.",
            ],
        },
        "fair": {
            "titles": ["Kunsthandwerkermarkt - Standzusage", "Infos für Aussteller"],
            "body": [
                "Ihr Standplatz ist {N_stall}; Aufbau ab 7 Uhr über die Einfahrt Nord.",
                "Am Markttag ist die Marktleitung mobil unter {M} erreichbar.",
                "Die Standgebühr wurde Ihrer Kreditkarte {C} belastet.",
                "Stromanschlüsse bitte bis Freitag bei {E} anmelden.",
                "Das Kassen-WLAN des Marktes hängt an {IP}.",
            ],
        },
        "pottery": {
            "titles": ["Brennplan der Werkstatt", "Offene Töpferwerkstatt"],
            "body": [
                "Der Schrühbrand am Dienstag lief bis {N_kiln}, der Glasurbrand folgt Freitag.",
                "Bitte Glasurcharge {N_glaze} auf dem Boden vermerken.",
                "Ist ein Stück nicht im Regal, melden Sie sich unter {P}.",
                "Ton bestellen wir in Säcken zu {N_clay}.",
                "Die Werkstattleitung, {NAME}, hat die Nummer {M}.",
            ],
        },
        "gallery": {
            "titles": ["Ausstellung regionaler Kunst", "Kaufbestätigung der Galerie"],
            "body": [
                "Danke für Ihren Kauf; das Blatt ({N_edition}) bleibt bis zum Ende der Ausstellung hängen.",
                "Die Lieferung organisiert {NAME}; erreichbar unter {P} oder {M}.",
                "Künstlerhonorare überweisen wir binnen zwei Wochen auf {IB}.",
                "Pressebilder gibt es über {E}.",
                "Unsere Partnergalerie in Wien erreichen Sie unter {X}.",
            ],
        },
        "printlab": {
            "titles": ["Fotolabor - Auftragseingang", "Ihre Abzüge sind versandt"],
            "body": [
                "Wir haben {N_filename} und die übrigen Dateien erhalten, gedruckt wird auf {N_gsm}.",
                "Die Korrekturabzüge liegen auf dem Laborserver unter {IP}.",
                "Wenn der Beschnitt nicht passt, rufen Sie die Druckannahme unter {P} an.",
                "Bezahlt per Karte {C}; die Rechnung ging an {EP}.",
            ],
        },
    },
    "LOCAL": [
        "Wer in {TOWN} wohnt, erreicht das Atelier ganz ohne Vorwahl unter {L}.",
        "Ortsnetz {TOWN}: Galerie {L}, Werkstatt {L}.",
        "Aus dem {TOWN}er Festnetz einfach die {L} wählen - dann meldet sich die Rahmenwerkstatt.",
        '"Ruf halt die {L} an", meinte die Töpferin, "das ist hier in {TOWN} die Werkstatt."',
        "Telefon (nur innerhalb von {TOWN}):\n{L}",
    ],
    "LIST_HEADS": ["Kontakt im Atelier", "So erreichen Sie uns", "Telefonliste Markttag"],
    "LABELS": ["Atelier", "Rahmenwerkstatt", "Kursbüro", "Brennofen-Raum", "Marktleitung", "Fotolabor"],
    "TOWN_ABROAD": "Wien",
}

FR = {
    "GENRES": {
        "studio": {
            "titles": ["Votre séance photo au studio", "Confirmation de rendez-vous portrait"],
            "body": [
                "Merci d'avoir réservé avec {NAME} ; en cas d'empêchement, envoyez un SMS au {M}.",
                "Le studio se trouve au fond de la cour ; sonnez ou appelez le {P}.",
                "Nous travaillons en lumière continue ({N_kelvin}), évitez les rayures fines.",
                "La galerie de sélection vous sera envoyée par {E}.",
                "L'acompte a été prélevé sur la carte {C}.",
            ],
        },
        "framing": {
            "titles": ["Bon de commande encadrement", "Votre cadre est prêt"],
            "body": [
                "Œuvre déposée : gravure, {N_frame}, passe-partout avec fenêtre {N_mat}.",
                "Retrait à partir de jeudi ; appelez l'atelier au {P} avant de passer.",
                "La baguette vient de notre fournisseur, numéro vert {F}.",
                "Règlement par virement sur {IB}.",
                "Pour le verre anti-reflet, l'encadreuse {NAME} répond au {M}.",
            ],
        },
        "classes": {
            "titles": ["Inscription à l'atelier de modèle vivant", "Stage d'aquarelle - infos pratiques"],
            "body": [
                "L'atelier a lieu {N_hours} ; chevalets fournis.",
                "En cas d'absence, prévenez l'accueil au {P}.",
                "Les frais d'inscription sont prélevés sur {IB}.",
                "Merci de rappeler la référence {N_course} sur vos virements.",
                "Les questions sur le matériel vont à {EP}.",
            ],
        },
        "fair": {
            "titles": ["Marché des créateurs - votre emplacement", "Salon des métiers d'art : consignes"],
            "body": [
                "Votre emplacement est le {N_stall} ; déchargement dès 7 h.",
                "Le jour J, le régisseur est joignable au {M}.",
                "Les droits de place ont été débités sur la carte {C}.",
                "Demandes d'électricité à {E} avant vendredi.",
            ],
        },
        "gallery": {
            "titles": ["Exposition des artistes du quartier", "Confirmation d'achat - galerie"],
            "body": [
                "Merci pour votre achat ; l'œuvre ({N_edition}) reste accrochée jusqu'à la fin de "
                "l'exposition.",
                "{NAME} organise la livraison ; appelez le {P} ou le {M}.",
                "Les artistes sont payés sous quinze jours sur {IB}.",
                "Notre galerie partenaire à Genève répond au {X}.",
                "Visuels presse sur demande à {E}.",
            ],
        },
        "pottery": {
            "titles": ["Planning des cuissons", "Atelier céramique - adhésion"],
            "body": [
                "Le biscuit de mardi est monté à {N_kiln} ; l'émaillage suit vendredi.",
                "Notez le lot d'émail {N_glaze} sous chaque pièce.",
                "Une pièce manque sur l'étagère ? Appelez le {P}.",
                "Le four enregistre ses courbes sur l'ordinateur de l'atelier, {IP}.",
            ],
        },
    },
    "LIST_HEADS": ["Contacts de l'atelier", "Pour nous joindre"],
    "LABELS": ["Accueil", "Atelier d'encadrement", "Labo photo", "Régie du marché", "Galerie"],
    "TOWN_ABROAD": "Genève",
}

ES = {
    "GENRES": {
        "studio": {
            "titles": ["Tu sesión de fotos", "Reserva de estudio confirmada"],
            "body": [
                "Gracias por reservar con {NAME}; si no puedes venir, escribe al {M}.",
                "El estudio está en el patio interior; llama al {P} si el portal está cerrado.",
                "Trabajamos con luz continua a {N_kelvin}.",
                "La señal se cobró en la tarjeta {C}.",
            ],
        },
        "classes": {
            "titles": ["Taller de cerámica - inscripción", "Curso de acuarela: información"],
            "body": [
                "El taller es {N_hours}; el barro lo ponemos nosotros.",
                "Si faltas, avisa en recepción al {P}.",
                "La matrícula se paga por transferencia a {IB}.",
                "Indica la referencia {N_course} en el concepto.",
                "Dudas sobre materiales a {E}.",
            ],
        },
        "fair": {
            "titles": ["Feria de artesanía - tu puesto", "Mercado de creadores: normas"],
            "body": [
                "Tu puesto es el {N_stall}; la descarga empieza a las 7:00.",
                "El día de la feria, la organización contesta en el {M}.",
                "La cuota del puesto se cargó en la tarjeta {C}.",
                "Teléfono gratuito para visitantes: {F}.",
            ],
        },
        "gallery": {
            "titles": ["Exposición de artistas locales", "Confirmación de compra"],
            "body": [
                "Gracias por tu compra; la obra ({N_edition}) sigue colgada hasta el cierre.",
                "{NAME} coordina la entrega; llama al {P} o al {M}.",
                "Pagamos a los artistas en quince días a {IB}.",
                "Imágenes de prensa en {E}.",
            ],
        },
        "framing": {
            "titles": ["Orden de enmarcado", "Tu cuadro ya está listo"],
            "body": [
                "Recibido: grabado, {N_frame}, paspartú con ventana de {N_mat}.",
                "Puedes recogerlo desde el jueves; llama antes al {P}.",
                "Pago con tarjeta {C}; el recibo va a {EP}.",
            ],
        },
    },
    "LIST_HEADS": ["Contactos del taller", "Cómo localizarnos"],
    "LABELS": ["Recepción", "Taller", "Enmarcado", "Organización", "Galería"],
    "TOWN_ABROAD": "Oporto",
}
