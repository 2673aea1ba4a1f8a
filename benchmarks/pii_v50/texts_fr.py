"""French sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "TAXI ÉTOILE – conventionné, gares et aéroport 24 h/24",
        "Paiement par carte dans tous nos véhicules, demandez le reçu au départ.",
        "Les courses réservées vers l'aéroport sont à prix fixe, même dans les bouchons.",
        "Les véhicules adaptés aux fauteuils roulants se réservent deux heures avant.",
        "Merci de votre confiance et bonne route !",
    ),
    "rental": (
        "Votre location est confirmée – retrait et retour du véhicule",
        "Présentez le permis de chaque conducteur et la carte utilisée pour réserver.",
        "Le véhicule est livré avec le plein ; rendez-le plein pour éviter des frais.",
        "En autopartage, la voiture s'ouvre avec l'application, sans remise de clés.",
        "Bonne route avec Roule & Partage.",
    ),
    "driving": (
        "Auto-école Horizon – planning des leçons et du code",
        "La semaine prochaine : insertion sur voie rapide et créneau en marche arrière.",
        "Note du moniteur : contrôle des rétroviseurs avant le clignotant, pas après.",
        "Toute leçon annulée moins de 48 h à l'avance est due.",
        "Rendez-vous au point habituel devant la médiathèque.",
    ),
    "parking": (
        "STATIONNEMENT RÉSIDENTS – macaron obligatoire",
        "Tout véhicule sans macaron visible sera verbalisé puis enlevé.",
        "Désolé, j'ai accroché votre rétroviseur en manœuvrant ce matin. Contactez-moi.",
        "La barrière s'ouvre automatiquement pour les plaques enregistrées.",
        "Merci de laisser l'accès pompiers dégagé.",
    ),
    "transit": (
        "Objets trouvés – bus, tramway et navette fluviale",
        "Les objets oubliés dans nos véhicules sont gardés un mois au dépôt.",
        "Horaires du week-end modifiés pendant les travaux sur le pont.",
        "Indiquez l'objet, la ligne et l'heure approximative du trajet.",
        "Nous vous prions de nous excuser pour la gêne occasionnée.",
    ),
    "shuttle": (
        "Réservation confirmée : navette aéroport et traversée en ferry",
        "Votre chauffeur vous attend dans le hall des arrivées avec une pancarte.",
        "L'embarquement piétons ferme trente minutes avant le départ du bateau.",
        "Les bagages hors format (vélos, planches) doivent être déclarés à l'avance.",
        "Bon voyage, et gardez cette confirmation à portée de main.",
    ),
    "bike": (
        "Atelier Rayon Libre – réparation, révision, vélos d'occasion",
        "La révision comprend freins, dérailleurs, nettoyage de la chaîne et contrôle.",
        "Fiche atelier : roue arrière dévoilée, plaquettes neuves, chambre à air changée.",
        "La borne de réparation en libre-service près du canal a une pompe et des outils.",
        "Bonne route – réglage des vitesses offert après un mois.",
    ),
    "carpool": (
        "Covoiturage école – planning du trimestre",
        "Chaque famille conduit une semaine sur quatre ; échanges à signaler ici.",
        "Les enfants doivent être au portail à 8 h 15, la rue est vite bouchée.",
        "Les rehausseurs restent dans la voiture de la famille de service.",
        "Merci à tous pour l'organisation !",
    ),
}
CONTACT = [
    "Réservations jour et nuit : {p}",
    "Une question sur votre réservation ? Appelez le {p}.",
    "Bureau (lun.–sam., 7 h–19 h) : {p}",
]
MOBILE = [
    "Envoyez l'adresse de prise en charge par SMS au {p}.",
    "Portable du moniteur (SMS seulement pendant les leçons) : {p}",
]
LANDLINE = ["Fixe du dépôt, appels uniquement, pas de SMS : {p}"]
ABROAD = ["Depuis l'étranger, composez le {p}.", "Clients hors de France : {p}"]
SERVICE = ["Assistance dépannage gratuite : {p}", "Service objets trouvés : {p}"]
EMAIL = ["Envoyez votre numéro de réservation à {e}.", "Questions sur les macarons : {e}"]
IBAN = "La caution vous sera remboursée par virement sur : {v}"
CARD = "Note du client dans la réservation : débitez la carte {v}, exp. 09/27."
IP = ["Connexion à l'appli depuis une adresse inconnue : {v}", "Session du portail ouverte depuis {v}."]
DIR_HEADS = ["Qui appeler :", "Numéros utiles en route :"]
ROLES = ["Comptoir aéroport", "Standard", "Dépôt", "Dépanneuse", "Gare maritime", "Atelier"]
NOPHONE = ["Aucune réservation par téléphone, passez par l'application.", "Pas de réservation par téléphone."]
LOCAL = {}
