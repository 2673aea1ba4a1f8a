"""German and French sentences (circus, magic and street performance), written for v119."""

DE = {
    "school": {
        "title": ["Zirkusschule – Anmeldung Herbstkurse", "Kinderzirkus: Probetraining"],
        "pos": [
            "Für das Probetraining am Samstag melden Sie Ihr Kind bitte im Büro unter {PN} an.",
            "Fällt eine Stunde aus, schreibt Trainerin {NAME} eine Nachricht – erreichbar auch unter {PM}.",
            "Den Kursbeitrag überweisen Sie bitte auf {IBAN}; Fragen zur Ermäßigung an {ER}.",
        ],
        "neg": [
            "Die Gruppe Luftakrobatik (Alter {n:age_range}) trainiert {n:class_slot} in Raum "
            "{n:rehearsal_room}.",
            "Kurszeitraum {n:term_dates}, Vereinsnummer {n:member_no}.",
        ],
    },
    "magician": {
        "title": ["Zauberer buchen – Ihre Anfrage", "Zaubershow zur Firmenfeier"],
        "pos": [
            "Vielen Dank für Ihre Anfrage! Rufen Sie mich, {NAME}, am besten direkt an: {PM}.",
            "Die Anzahlung können Sie per Karte ({CC}) oder auf mein Geschäftskonto {IBAN} leisten.",
            "Für Auftritte in der Schweiz erreichen Sie meine Agentur unter {PI}.",
            "Kostenlose Buchungshotline: {PO}.",
        ],
        "neg": [
            "Die Bühnenshow dauert 40 Minuten; Gutscheincode {n:voucher_code} gilt bis Jahresende.",
            "Mein Buch zur Mentalmagie trägt die ISBN {n:isbn}, USt-IdNr. {n:vat_id}.",
        ],
    },
    "busking": {
        "title": ["Straßenkunst – Genehmigung erteilt", "Standplätze für Straßenmusik"],
        "pos": [
            "Bei Kontrollen kann das Ordnungsamt die Erlaubnis telefonisch unter {PN} prüfen.",
            "Beschwerden über Lautstärke nimmt {ER} entgegen; Ansprechpartner ist {NAME}, {PN}.",
            "Gäste aus Österreich wenden sich an die Kulturstelle unter {PI}.",
        ],
        "neg": [
            "Genehmigung {n:busking_permit} für Standplatz {n:pitch_code}, Höchstpegel {n:noise_limit}.",
            "Spielzeiten {n:class_slot}; der Platz am Brunnen liegt bei {n:gps}.",
        ],
    },
    "juggling": {
        "title": ["Jonglierverein – Rundbrief", "Jonglierconvention: Helferliste"],
        "pos": [
            "Ist die Turnhalle zu, ruft bitte {NAME} an: {PM}.",
            "Das Orga-Büro der Convention ist unter {PN} besetzt, die Helferliste führt {EP}.",
            "Mitgliedsbeitrag bitte auf {IBAN} überweisen.",
        ],
        "neg": [
            "Muster des Monats: {n:siteswap}. Vereinsrekord: {n:catch_record} Fänge mit fünf Keulen.",
            "Artikel {n:prop_sku} ist wieder da; Startnummer {n:running_order} in der Wertung, Note "
            "{n:score}.",
        ],
    },
    "troupe": {
        "title": ["Tourneeplan der Compagnie", "Vorausinfo nächste Spielstätte"],
        "pos": [
            "Vorausplanung: {NAME}, mobil {PM}; die Produktionsleitung sitzt unter {PN}.",
            "Die Tourleitung ist an Grenzübergängen rund um die Uhr unter {PI} erreichbar.",
            "Das Lichtpult hängt an {IPP}, der Videoserver an {IP6}.",
        ],
        "neg": [
            "Lkw {n:truck_plate} zieht einen Anhänger mit {n:trailer_weight}; Aggregat {n:generator_kva}.",
            "Zeltmaß {n:tent_size}, Aufbautage {n:tour_dates}, Funkstrecke {n:mic_freq}.",
        ],
    },
    "acro": {
        "title": ["Akrobatikverein – Prüfung der Anschlagpunkte", "Workshop Vertikaltuch"],
        "pos": [
            "Der Rigger vom Dienst, {NAME}, ist unter {PM} erreichbar.",
            "Unfallmeldungen bitte an {ER}, dringende Fälle an die Geschäftsstelle: {PN}.",
        ],
        "neg": [
            "Jeder Anschlagpunkt ist für {n:rig_load} freigegeben, Hängehöhe {n:rig_height}.",
            "Haftpflicht {n:cover_amount} € laut Police {n:policy_no}.",
        ],
    },
}
DE_LOCAL = [
    "Wer in {TOWN} wohnt, erreicht die Zirkusschule ohne Vorwahl unter {L}.",
    "Kartenvorverkauf am Zirkuszelt {TOWN}: im Stadtgebiet einfach {L} wählen, die Kasse am Abend {L2}.",
    "Aus dem {TOWN}er Ortsnetz ist unser Jonglierladen unter {L} zu erreichen.",
    "Clownsbuchung für {TOWN} – vom Festnetz vor Ort genügt {L}.",
]
DE_HEADS = ["Kontakte hinter der Bühne", "Tourneebüro", "Wen anrufen?"]
DE_LABELS = ["Zirkusdirektion", "Bühneneingang", "Kasse", "Requisite", "Tourleitung", "Sanitäter"]

FR = {
    "school": {
        "title": ["École de cirque – inscriptions", "Cirque jeunesse : séance d'essai"],
        "pos": [
            "Pour réserver la séance d'essai, appelez l'accueil au {PN}.",
            "En cas d'absence, prévenez l'intervenante, {NAME}, au {PM}.",
            "Les frais d'inscription se règlent par virement sur {IBAN} ; questions à {ER}.",
        ],
        "neg": [
            "Le groupe trapèze (âge {n:age_range}) s'entraîne de {n:class_slot} en salle {n:rehearsal_room}.",
            "Trimestre du {n:term_dates} ; numéro d'adhérent {n:member_no}.",
        ],
    },
    "magician": {
        "title": ["Magicien pour votre soirée", "Devis spectacle de magie"],
        "pos": [
            "Merci pour votre demande ! Le plus simple est de m'appeler, {NAME}, au {PM}.",
            "L'acompte peut être réglé par carte ({CC}) ou par virement sur {IBAN}.",
            "Pour un spectacle en Belgique ou en Suisse, mon agent répond au {PI}.",
            "Ligne de réservation gratuite : {PO}.",
        ],
        "neg": [
            "Le spectacle dure 50 minutes ; code cadeau {n:voucher_code}.",
            "Mon livre de cartomagie porte l'ISBN {n:isbn} ; extrait au timecode {n:timecode}.",
        ],
    },
    "clown": {
        "title": ["Clown pour anniversaire", "Visite des clowns à l'hôpital"],
        "pos": [
            "Pour changer l'heure de la fête, appelez {NAME} au {PM}.",
            "La coordinatrice du service pédiatrie est joignable au {PN} ; boîte de l'équipe : {ER}.",
        ],
        "neg": [
            "Tailles des costumes : {n:costume_size} ; monocycle {n:unicycle_wheel}.",
            "Référence de la prestation {n:gig_ref}, stand {n:fair_stand} à la kermesse.",
        ],
    },
    "busking": {
        "title": ["Autorisation de spectacle de rue", "Emplacements pour artistes de rue"],
        "pos": [
            "En cas de contrôle, la police municipale peut vérifier l'autorisation au {PN}.",
            "Réclamations sur le bruit : {ER} ; le référent, {NAME}, répond au {PN}.",
        ],
        "neg": [
            "Autorisation {n:busking_permit}, emplacement {n:pitch_code}, niveau sonore max. "
            "{n:noise_limit}.",
            "Créneaux {n:class_slot} ; la fontaine se trouve à {n:gps}.",
        ],
    },
    "festival": {
        "title": ["Festival des arts de la rue – brief artistes", "Programme et bénévoles du festival"],
        "pos": [
            "Enfant perdu ou artiste égaré : le point info répond au {PN} tout le week-end.",
            "Demandes presse à {ER} ; le chef des bénévoles, {NAME}, est au {PM}.",
            "Compagnies étrangères : chargée d'accueil au {PI}.",
        ],
        "neg": [
            "La parade fait {n:parade_km} et part à {n:show_times}.",
            "Jauge de la place : {n:capacity} ; billet {n:ticket_price} €.",
        ],
    },
}
FR_HEADS = ["Contacts coulisses", "Feuille de service", "Bureau de tournée"]
FR_LABELS = ["Régie", "Entrée des artistes", "Billetterie", "Accessoires", "Chapiteau", "Secours"]
