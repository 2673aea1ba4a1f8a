"""Phrases françaises (fr_FR, fr_BE, fr_CH), écrites pour v40."""

GENRES = {
    "freight": {
        "head": [
            "LETTRE DE VOITURE CMR — connaissement {bill_of_lading}\nExpéditeur : {name}",
            "Ordre de transport {cal_week}\nAffréteur : {name}",
        ],
        "fill": [
            "Conteneur {container}, scellé {seal}, poids brut {weight}.",
            "Code SH {hs_code} ; EORI du déclarant {eori}.",
            "Tronçon aérien sous LTA {awb}, incoterm {incoterm}.",
            "MRN export {mrn} mainlevée à {timestamp}.",
        ],
        "sign": ["Les frais d'immobilisation sont facturés au-delà de deux heures."],
    },
    "warehouse": {
        "head": [
            "BON DE PRÉPARATION {cal_week}\nPréparateur : {name}",
            "Bon de livraison\nRéceptionné par : {name}",
        ],
        "fill": [
            "Prélever {qty} à l'emplacement {bin_location}, lot {lot}.",
            "Étiquette palette {sscc}, gabarit {dims}.",
            "Charger {pallets} au quai {dock} ; DLUO {best_before}.",
            "Les produits frais restent à {temp} pendant la mise à quai.",
        ],
        "sign": ["Vérifiez les colis devant le chauffeur et notez les réserves sur ce bon."],
    },
    "fleet": {
        "head": [
            "Planning conducteurs {cal_week}\nExploitation : {name}",
            "FICHE VÉHICULE — VIN {vin}\nConducteur : {name}",
        ],
        "fill": [
            "Permis {licence_no} contrôlé, carte conducteur {tacho_card} valide.",
            "Compteur à la remise {odometer}, pneus à {torque}.",
            "Poste du matin {shift}, semi garée au quai {dock}.",
            "Plein fait à {tank} avant le départ.",
        ],
        "sign": ["Les temps de repos ne se négocient pas."],
    },
    "dispatch": {
        "head": [
            "MAIN COURANTE RADIO — régulation\nRégulateurs : {name}",
            "Journal de nuit {cal_week}\nSaisi par {name}",
        ],
        "fill": [
            "{timestamp} véhicule 9 signale un bouchon sur {radio}, position {gps}.",
            "{timestamp} alarme groupe froid, caisse à {temp}, chauffeur prévenu.",
            "{timestamp} envoi {bill_of_lading} remis, ticket de pesée {weigh_ticket}.",
            "{timestamp} défaut {fault_code} sur le tracteur, compteur {odometer}.",
        ],
        "sign": ["Journal clos. Relève à 06:00."],
    },
    "farm": {
        "head": [
            "COOPÉRATIVE AGRICOLE — note de marché {cal_week}\nPour les adhérents, de {name}",
            "Avis aux adhérents : collecte moisson\nRédigé par {name}",
        ],
        "fill": [
            "Blé fourrager coté à {market_price} ; norme de réception {yield_moist}.",
            "Exploitation {holding} : engrais {npk} disponible au silo.",
            "Veau boucle {ear_tag} vendu au marché au cadran.",
            "Surface déclarée à la PAC : {area_ha}.",
        ],
        "sign": ["Le pont-bascule ferme à la tombée de la nuit pendant la moisson."],
    },
    "maint": {
        "head": [
            "CARNET D'ENTRETIEN — chariot n° de série {serial}\nTechnicien : {name}",
            "Bulletin de service, pièce {part_no}\nValidé par {name}",
        ],
        "fill": [
            "Horamètre à {engine_hours} ; logiciel passé en {firmware}.",
            "Écrous serrés à {torque}, huile hydraulique {grade}.",
            "Code défaut {fault_code} effacé après remplacement du capteur.",
            "Puissance nominale {power} ; prochaine VGP {cal_week}.",
        ],
        "sign": ["Ne jamais utiliser la machine carter déposé."],
    },
    "sds": {
        "head": [
            "FICHE DE DONNÉES DE SÉCURITÉ — rubriques 1 et 14\nRédigée par : {name}",
            "FDS abrégée, lot {lot}\nInterlocuteur : {name}",
        ],
        "fill": [
            "Identification : {cas}, {ec_number}.",
            "Transport : {un_number}, code danger {kemler}.",
            "Point d'éclair {flash} ; VLEP {exposure}.",
            "Données physiques : {density}.",
        ],
        "sign": ["Lire la fiche entière avant la première utilisation."],
    },
    "supply": {
        "head": [
            "TARIF REVENDEURS 2025\nVotre commercial : {name}",
            "Catalogue fournisseur, visserie\nOffre pour {name}",
        ],
        "fill": [
            "Article {article_no}, conditionnement {pack}, matière {grade}.",
            "La pièce {part_no} est désormais livrée par {pack}.",
            "Minimum de commande {pallets}, livraison {incoterm}.",
            "Délai {cal_week} pour la référence {article_no}.",
        ],
        "sign": ["Prix hors taxes, port en sus. Sauf erreur ou omission."],
    },
}

CONTACT = {
    "phone": [
        "Une question sur ce chargement : {role}, {p}.",
        "Le service {role} répond au {p} ({hours}).",
        "Composez le {p} et demandez le service {role}.",
    ],
    "mobile": ["Portable du chauffeur, SMS de préférence : {p}"],
    "fixed": ["Ligne fixe du bureau de cour (pas de SMS) : {p}"],
    "abroad": ["Depuis l'étranger, composez le {p}.", "Nos partenaires hors de France appellent le {p}."],
    "service": ["Assistance dépannage gratuite, jour et nuit : {p}", "Prise de commandes : {p}"],
    "email": ["Renvoyez les documents signés à {e}.", "Questions administratives : {e}"],
    "iban": ["Réglez le fret sur le compte {iban}."],
    "card": ["Carte carburant enregistrée : {card}."],
    "ip": ["Imprimante étiquettes du quai : {ip}", "Connexion au portail de suivi depuis {ip}."],
    "dir": ["NUMÉROS UTILES", "Contacts du site"],
    "roles": ["exploitation", "gestion de cour", "régulation", "qualité", "chef de poste", "pesée"],
    "hours": ["de 6 h à 22 h", "en semaine jusqu’à 17 h 30", "24 h sur 24"],
    "nophone": ["Aucune commande par téléphone : passez par le portail.", "Merci de ne pas appeler la loge."],
}
