"""French sentences for the v110 set."""

TITLES = {
    "obsnight": ["Soirée d'observation publique – confirmation", "Nuit des étoiles à l'observatoire"],
    "planetarium": ["Planétarium : séances du mois", "Réservation de groupe – planétarium"],
    "schooltrip": [
        "Sortie scolaire au centre de sciences",
        "Classe découverte : le Soleil en toute sécurité",
    ],
    "eclipse": ["Voyage éclipse – programme", "Éclipse totale : derniers détails du car"],
    "lecture": ["Cycle de conférences grand public", "Conférence : les exoplanètes"],
}
BODY = {
    "obsnight": [
        "Au programme : {ngc} et l'étoile double {hd}, la coupole ouvre {timerange}.",
        "Le télescope principal est un {optics} ; Saturne se montre bien avec un oculaire de {eyepiece}.",
        "En cas de nuages la soirée est reportée et votre billet {booking} reste valable.",
    ],
    "planetarium": [
        "La séance suit {exoplanet} puis revient au ciel du soir ; votre groupe est placé au {seat}.",
        "Nous recréons le ciel du {utc} pour commencer.",
        "La nébuleuse d'Orion, à {dist}, clôt le spectacle.",
    ],
    "schooltrip": [
        "Les élèves observent le Soleil avec un filtre H-alpha à {wave}.",
        "L'atelier se déroule {timerange} ; chaque classe passe par le planétarium.",
        "Merci d'indiquer la classe et le {seat} sur chaque sac de pique-nique.",
    ],
    "eclipse": [
        "La totalité dure environ deux minutes ; premier contact {utc}.",
        "Le car part à 5 h 30, installation à {latlon}, altitude {elev}.",
        "Pour la photo, une lunette {optics} avec une caméra à pixels de {pixel} suffit.",
    ],
    "lecture": [
        "La conférence porte sur {exoplanet} et la méthode des transits.",
        "Les diapositives citent {bibcode} et {doi} pour aller plus loin.",
        "L'intervenante reviendra sur l'alerte {atel} et le suivi organisé en quelques heures.",
    ],
}
PHONE = [
    "Pour modifier votre réservation, appelez le {P}.",
    "Questions le soir même : {P}.",
    "En cas de météo défavorable, un SMS part du {P}.",
    "L'accueil de groupes répond au {P}.",
]
PHONE2 = ["Secrétariat : {P} ; les soirs d'observation, coupole : {P2}."]
SERVICE = ["Numéro gratuit pour les écoles : {P}.", "Ligne d'information éclipse (appel gratuit) : {P}."]
LOCAL1 = []
LOCAL2 = []
EMAIL = ["Envoyez vos comptes rendus d'observation à {E}.", "Demandes d'accessibilité : {E}."]
IP = ["La caméra all-sky diffuse depuis {IP}.", "La station météo publie ses données sur {IP}."]
CARD = ["L'acompte a été débité sur la carte {C}."]
IBAN = ["La cotisation est prélevée sur le compte {IB}.", "Merci de rembourser l'acompte sur {IB}."]
SSN = []
HEADS = ["Numéros pour la soirée", "Contacts de l'observatoire"]
LABELS = ["Billetterie", "Astronome de garde", "Responsable du car", "Accueil scolaire", "Coupole"]
