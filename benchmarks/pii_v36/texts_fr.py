"""Textes de voyage français pour v36 (écrits à neuf)."""

G = {
    "hotel": {
        "head": [
            (
                "Confirmation de réservation n° {X:hotel_conf}\nClient : {NAME}\nSéjour : {X:stay}, "
                "{X:nights} nuits\n"
            ),
            (
                "LOCATION SAISONNIÈRE – RÉCAPITULATIF\nLocataire : {NAME}\nLogement {X:voucher}, "
                "{X:covers} couchages\n"
            ),
        ],
        "fill": [
            "La chambre {X:room} donne sur le jardin ; boîte à clés : code {X:door_code}.",
            "Wi-Fi : mot de passe {X:wifi}.",
            "Le chalet est à {X:altitude}, il peut faire {X:temperature} la nuit.",
            "Pour le GPS, saisissez {X:gps} plutôt que le code postal {X:postcode}.",
        ],
        "phone": [
            "Réception ouverte 24 h/24 : {P}",
            "Arrivée tardive ? Prévenez-nous au {P}.",
            "Votre hôte, {NAME}, reste joignable au {P}.",
        ],
        "end": ["Au plaisir de vous accueillir.", "Bon voyage, le service réservations"],
    },
    "air": {
        "head": [
            (
                "REÇU DE BILLET ÉLECTRONIQUE\nRéférence de réservation : {X:pnr}  Billet : "
                "{X:eticket}\nPassager : {NAME} M.\n"
            ),
            "Itinéraire de {NAME}\nDossier {X:pnr}\nVol {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Siège {X:seat}, classe {X:fare_class}, franchise bagage {X:baggage}.",
            "Fin d'embarquement 20 minutes avant le départ, porte {X:gate} ; durée {X:duration}.",
            "Carte de fidélité {X:loyalty}, solde {X:miles} miles.",
            "Étiquette bagage {X:bag_tag} ; correspondance {X:flight} à {X:clock}.",
        ],
        "phone": [
            "Modifications : notre agence au {P}.",
            "Bagages retardés, aéroport : {P}",
            "Émis par l'agence (code IATA {X:agency_no}), assistance {P}",
        ],
        "end": ["Présentez ce reçu avec votre passeport.", "Conditions de transport applicables."],
    },
    "rail": {
        "head": [
            "Votre e-billet\nCommande {X:hotel_conf} – {NAME}\n{X:train}, {X:dep_arr}, voie {X:platform}\n",
            "PASS RAIL {X:pass_no}\nTitulaire : {NAME}\nValidité : {X:stay}\n",
        ],
        "fill": [
            "Placement : {X:coach_seat}.",
            "Horaires du samedi : {X:timetable}.",
            "Cars de substitution sur le parvis, quai {X:gate}.",
            "Trajet d'environ {X:duration} pour {X:distance}.",
        ],
        "phone": ["Service d'assistance voyageurs : {P}", "Une question sur votre billet ? Appelez le {P}."],
        "end": ["Billet à présenter sur smartphone ou imprimé.", "Bon voyage."],
    },
    "car": {
        "head": [
            "CONTRAT DE LOCATION {X:rental_no}\nLocataire : {NAME}\nCatégorie {X:acriss}\n",
            "Bon de location {X:voucher}\nConducteur : {NAME}, permis {X:licence}\n",
        ],
        "fill": [
            "Kilométrage au départ : {X:odometer}. Carburant : plein/plein.",
            "Retour au parking P2, place {X:pitch}, avant {X:clock}.",
            "La sortie {X:exit_no} est fermée ; déviation d'environ {X:distance}.",
            "En cas de panne, relevez la borne kilométrique ({X:km_marker}).",
        ],
        "phone": [
            "Assistance dépannage 24 h/24 : {P}",
            "Comptoir retour au terminal : {P}",
            "Chef d'agence {NAME}, ligne directe {P}",
        ],
        "end": ["Signé par le locataire à la prise en charge.", "Bonne route."],
    },
    "dining": {
        "head": [
            "Table réservée : {NAME}, {X:covers} couverts\nRéf. {X:resto_ref}\n",
            "Rappel de réservation – {CITY}\n{NAME} · {X:covers} personnes · {X:clock}\n",
        ],
        "fill": [
            "Les tables sont gardées 15 minutes ; le menu dégustation compte {X:covers} plats.",
            "Stationnement dans la cour, {X:postcode} {CITY}.",
            "Le bon cadeau {X:voucher} sera déduit de l'addition.",
        ],
        "phone": ["Pour annuler, téléphonez au {P}.", "Groupes de plus de dix : contactez {NAME} au {P}."],
        "end": ["À bientôt !", "L'équipe en cuisine"],
    },
    "tour": {
        "head": [
            (
                "Notre proposition pour {NAME}\nCode circuit {X:tour_code}\n{X:stay}, {X:nights} nuits, "
                "demi-pension\n"
            ),
            (
                "PROGRAMME DU JOUR À BORD – Jour {X:nights}\nCabine {X:cabin} · Point de rassemblement "
                "{X:muster}\n"
            ),
        ],
        "fill": [
            "Journée en mer : pont piscine ouvert {X:deck_time} ; cocktail du commandant à {X:clock}.",
            "Taux de change retenu : {X:fx_rate}.",
            "Assurance voyage : garanties dès le départ, dossier {X:voucher}.",
            "Point culminant du trek : {X:altitude} ; étapes d'environ {X:distance}.",
        ],
        "phone": [
            "Votre accompagnateur {NAME} : {P}",
            "Notre agence de {CITY} : {P}",
            "Plateau d'assistance, 24 h/24 : {P}",
        ],
        "end": ["Offre valable sept jours.", "Cordialement, votre conseillère voyages"],
    },
    "visa": {
        "head": [
            (
                "Section consulaire – informations visas\nRendez-vous n° {X:appt_no}\nDemandeur : {NAME}, "
                "passeport {X:passport}\n"
            ),
            "OFFICE DE TOURISME DE {CITY}\nAgenda de la semaine\n",
        ],
        "fill": [
            "Apportez le visa {X:visa_no} délivré précédemment.",
            "Délai de traitement actuel : {X:nights} jours ouvrés.",
            "Visite guidée au départ de la fontaine ({X:gps}) à {X:clock}.",
            "Navette vers la citadelle : {X:timetable}.",
        ],
        "phone": [
            "Service des visas, du lundi au vendredi : {P}",
            "Accueil de l'office : {P}",
            "Permanence consulaire d'urgence : {P}",
        ],
        "end": ["Informations sous réserve de modification.", "À votre service."],
    },
    "camp": {
        "head": [
            "RÈGLEMENT DU CAMPING\nEmplacement {X:pitch} · {NAME}\n",
            "RÈGLEMENT DE L'AUBERGE\nVotre lit : {X:dorm_bed}\n",
        ],
        "fill": [
            "Silence {X:deck_time}. Code de la barrière : {X:door_code}.",
            "Code de la buanderie : {X:door_code}.",
            "Wi-Fi : {X:wifi}. Casiers pour sacs de {X:baggage}.",
            "Le lac est à {X:distance} ; eau à {X:temperature}.",
        ],
        "phone": ["Gardien de nuit : {P}", "Accueil (8 h – 20 h) : {P}"],
        "end": ["Merci de respecter le calme.", "Bon séjour !"],
    },
}

C = {
    "local": [],
    "mobile": ["Portable, aussi sur WhatsApp : {P}"],
    "land": ["Fixe du gîte (pas de SMS) : {P}"],
    "service": ["Ligne réservations gratuite : {Q}", "Service client : {Q}"],
    "email": ["Écrivez-nous : {E}", "Confirmation envoyée à {E}"],
    "iban": ["Acompte par virement sur l'IBAN {I} en rappelant votre référence."],
    "card": ["Carte de garantie : {C}"],
    "ip": ["Réservation en ligne depuis l'IP {IP}.", "Message posté depuis {IP}"],
    "ssn": [],
    "list": [
        ("Contacts pendant le voyage", "{NAME} ({ROLE}) – {P}"),
        ("Qui appeler", "{ROLE} : {NAME}, {P}"),
    ],
    "roles": ["guide", "chauffeur", "veilleur de nuit", "responsable d'agence", "accompagnatrice"],
    "none": ["Pas de téléphone sur place, utilisez l'application.", "Accueil fermé après 18 h."],
}
