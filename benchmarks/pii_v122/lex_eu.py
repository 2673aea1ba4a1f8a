"""German, French, Spanish and Italian sentences for v122 (same placeholders as lex_en)."""

G = {
    "de": {
        "hotdesk": {
            "t": ["Flexdesk-Buchung bestätigt"],
            "s": [
                "Dein {N:desk|locker} ist bis 12 Uhr reserviert, danach gilt: wer zuerst kommt.",
                "In der Telefonbox bitte nicht länger als eine Stunde bleiben.",
            ],
            "p": [
                "Spät dran? Schreib dem Empfang kurz an {P}.",
                "Die Rechnung ging an {E}.",
                "Tageskarte über {C} bezahlt.",
            ],
        },
        "virtualoffice": {
            "t": ["Geschäftsadresse: Posteingang heute"],
            "s": [
                "Heute kamen zwei Briefe vom Finanzamt ({N:vat_de|company_no|po_box}).",
                "Die Adresse darf ab sofort ins Impressum.",
            ],
            "p": [
                "Anrufe auf Ihre Firmennummer leiten wir weiter an {P}.",
                "Die Monatsgebühr buchen wir per Lastschrift von {I} ab.",
                "Scans schicken wir an {E}.",
            ],
        },
        "pitchnight": {
            "t": ["Pitch-Abend: Ablaufplan"],
            "s": [
                "Dein {N:pitch_slot} steht, bitte zehn Minuten vorher hinter der Bühne sein.",
                "Letztes Mal gab es {N:funding_eur} für das Siegerteam.",
            ],
            "p": [
                "Bühnenleitung am Abend: {NAME}, mobil unter {P}.",
                "Das finale Deck bitte als PDF an {E}.",
            ],
        },
        "accelerator": {
            "t": ["Zusage für das Accelerator-Programm"],
            "s": [
                "Wir investieren gegen {N:equity_pct|share_count}.",
                "Programmleitung ist {NAME}; das Kick-off findet in {N:room_label} statt.",
            ],
            "p": [
                "Fragen zum Vertrag bitte an {E} oder telefonisch unter {P}.",
                "Bitte bis Freitag unter {P} zusagen.",
            ],
        },
        "membership": {
            "t": ["Mitgliedsvertrag Fixdesk", "Deine Coworking-Rechnung"],
            "s": [
                "Im Tarif enthalten sind ein fester Platz, {N:print_quota|locker} und Besprechungsräume.",
                "Bei Auszug bitte {N:fob_id|parking_permit} zurückgeben.",
            ],
            "p": [
                "Abgebucht wird monatlich von {I}; Rückfragen an die Buchhaltung unter {P}.",
                "Kaution über {C} belastet.",
                "Rechnungskontakt: {E}, Telefon {P}.",
            ],
        },
    },
    "fr": {
        "hotdesk": {
            "t": ["Réservation de poste confirmée"],
            "s": [
                "Votre {N:desk|locker} est garde jusqu'à midi.",
                "Les cabines téléphoniques sont prises d'assaut après 10 h.",
            ],
            "p": ["En retard ? Envoyez un SMS à l'accueil au {P}.", "Le reçu a été envoyé à {E}."],
        },
        "pitchnight": {
            "t": ["Soirée pitch : ordre de passage"],
            "s": [
                "Votre {N:pitch_slot} est fixé ; soyez en coulisses dix minutes avant.",
                "La dernière gagnante est repartie avec {N:funding_eur}.",
            ],
            "p": [
                "Régie le soir même : {NAME}, joignable au {P}.",
                "Deck final en PDF à {E} avant jeudi midi.",
            ],
        },
        "virtualoffice": {
            "t": ["Domiciliation : courrier du jour"],
            "s": [
                "Deux courriers des impôts sont arrivés ({N:siret|vat_fr}).",
                "Le courrier part chaque vendredi.",
            ],
            "p": [
                "Les appels sur votre ligne dédiée sont transférés au {P}.",
                "Prélèvement mensuel sur {I}.",
                "Scans envoyés à {E}.",
            ],
        },
        "meetup": {
            "t": ["Petit-déjeuner des fondateurs"],
            "s": [
                "Sujet du jour : passer à {N:arr} sans s'épuiser.",
                "On se retrouve en {N:room_label}, au fond du couloir.",
            ],
            "p": ["Perdu ? Appelez {NAME} au {P}.", "Réponses à {E} pour prévoir assez de croissants."],
        },
    },
    "es": {
        "hotdesk": {
            "t": ["Reserva de puesto flexible"],
            "s": [
                "Tu {N:desk|locker} queda guardado hasta las doce.",
                "Las cabinas se llenan enseguida después de las diez.",
            ],
            "p": ["¿Llegas tarde? Escribe a recepción al {P}.", "El recibo se ha enviado a {E}."],
        },
        "accelerator": {
            "t": ["Admisión en la aceleradora"],
            "s": [
                "Invertimos a cambio de {N:equity_pct|share_count}.",
                "La demo day será en la semana doce, con {N:seat_cap} para inversores.",
            ],
            "p": ["Dudas sobre el contrato: {E} o el {P}.", "Confirma por teléfono ({P}) antes del viernes."],
        },
        "membership": {
            "t": ["Contrato de membresía coworking"],
            "s": [
                "Incluye mesa fija, {N:print_quota|locker} y horas de sala.",
                "Al marcharte, devuelve {N:fob_id|parking_permit}.",
            ],
            "p": ["La cuota se cobra por domiciliación en {I}; dudas al {P}.", "Fianza cargada a {C}."],
        },
    },
    "it": {
        "pitchnight": {
            "t": ["Serata pitch: scaletta"],
            "s": [
                "Il tuo {N:pitch_slot} è confermato.",
                "L'ultima vincitrice ha portato a casa {N:funding_eur}.",
            ],
            "p": ["Responsabile palco: {NAME}, al {P}.", "Manda il deck in PDF a {E} entro giovedì."],
        },
        "roombooking": {
            "t": ["Prenotazione sala riunioni"],
            "s": [
                "Hai la {N:room_label} dalle 14 alle 16.",
                "Il pranzo per {N:seat_cap} è ordinato per le 13:30.",
            ],
            "p": [
                "Lo schermo condiviso è su {IP}.",
                "Per spostare l'orario chiama la reception al {P}.",
                "Conferma inviata anche a {E}.",
            ],
        },
        "virtualoffice": {
            "t": ["Sede legale virtuale: posta del giorno"],
            "s": [
                "Sono arrivate due raccomandate ({N:company_no|po_box}).",
                "Spediamo la posta ogni venerdì.",
            ],
            "p": ["Le chiamate al numero dedicato vengono girate al {P}.", "Addebito mensile su {I}."],
        },
    },
}

MISC = {
    "de": [
        "Ein Paket liegt am Empfang: {N:parcel}.",
        "Deine {N:booking_ref} wurde geändert.",
        "Auf der Rückseite des Ausweises steht deine {N:member_id}.",
        "Willkommen im {N:cohort}!",
    ],
    "fr": [
        "Un {N:parcel} vous attend à l'accueil.",
        "Votre {N:booking_ref} a été modifiée.",
        "Pour venir : {N:gps}.",
        "Bienvenue dans la {N:cohort} !",
    ],
    "es": [
        "Tienes un {N:parcel} en recepción.",
        "Tu {N:booking_ref} ha cambiado.",
        "Bienvenida a la {N:cohort}.",
    ],
    "it": [
        "C'è un {N:parcel} alla reception.",
        "La tua {N:booking_ref} è stata modificata.",
        "Il {N:isbn} è sullo scaffale in cucina.",
    ],
}
LOCAL = {
    "DE": [
        "Wer in {TOWN} anruft, erreicht den Empfang ohne Vorwahl unter {L1}.",
        "Coworking {TOWN}, Ortsnetz: Empfang {L1}, Eventteam {L2}.",
        "Aus dem Festnetz in {TOWN} genügt {L1}.",
        "Unser Standort {TOWN} ist innerorts unter {L1} erreichbar.",
    ],
}
LIST_HEADS = {
    "de": ["Wen anrufen?", "Nummern fürs Haus"],
    "fr": ["Qui appeler ?"],
    "es": ["A quién llamar"],
    "it": ["Chi chiamare"],
}
LIST_LABELS = {
    "de": ["Empfang", "Community", "Hausmeister", "Buchhaltung"],
    "fr": ["Accueil", "Communauté", "Événements"],
    "es": ["Recepción", "Comunidad", "Eventos"],
    "it": ["Reception", "Community", "Eventi"],
}
