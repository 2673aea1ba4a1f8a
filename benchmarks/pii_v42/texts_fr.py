"""Phrases françaises pour v42 (fr_FR, fr_BE, fr_CH), écrites pour ce jeu."""

GENRES = {
    "gp": {
        "head": [
            "Cabinet médical {org} — information aux patients\nMise à jour par {name}",
            "Campagne de vaccination à la pharmacie {org}",
        ],
        "fill": [
            "Les renouvellements d'ordonnance ({drug}) demandent deux jours ouvrés.",
            "Le rappel est proposé à toute personne de {ageband} ans ; apportez votre numéro d'assuré "
            "({patient_id}).",
            "Le tensiomètre de la salle d'attente imprime des valeurs comme {bp}.",
            "Attente moyenne sans rendez-vous ce matin : {wait} minutes.",
            "Identifiant du cabinet {practice}, praticien {regno}.",
        ],
        "sign": "Merci de respecter le personnel d'accueil.",
    },
    "hosp": {
        "head": [
            "Compte rendu de sortie — {org}\nMédecin référent : {name}",
            "Convocation en consultation externe, {org}\nMadame, Monsieur {name},",
        ],
        "fill": [
            "Vous étiez en unité/lit {wardbed}, dossier {mrn}.",
            "Diagnostic {icd} ; à la sortie TA {bp}, pouls {pulse}, température {temp}.",
            "Poursuivre {dose} ; la perfusion à {infusion} a été arrêtée.",
            "Présentez-vous salle {room}, référence {aptref}.",
            "L'ECG de contrôle montrait un {qtc}, normal.",
        ],
        "sign": "En cas d'empêchement, prévenez-nous pour libérer le créneau.",
    },
    "lab": {
        "head": [
            "Compte rendu d'analyses — laboratoire {org}\nPrescripteur : {name}",
            "Vos résultats sont disponibles\nLaboratoire {org}",
        ],
        "fill": [
            "Échantillon {specimen} : potassium dans l'intervalle {refrange}.",
            "HbA1c {hba1c}, glycémie à jeun {glucose}.",
            "Fonction rénale (DFG) {egfr} ; cholestérol total {chol}.",
            "Votre INR est de {inr} ; ne changez pas la dose d'anticoagulant.",
        ],
        "sign": "Les résultats ne sont communiqués qu'au patient ou à son médecin.",
    },
    "care": {
        "head": [
            "La gazette de l'EHPAD {org}\nÉditée par la directrice, {name}",
            "Nouvelles règles de visite — résidence {org}",
        ],
        "fill": [
            "Les chambres jusqu'à la {room} disposent désormais de lits médicalisés neufs.",
            "Au-delà de {temp}, merci de reporter votre visite.",
            "Mme Lefort a fait {steps} pas par jour dans le parc ce mois-ci.",
            "Le bilan auditif a relevé des pertes autour de {hearing} chez plusieurs résidents.",
        ],
        "sign": "Merci aux familles venues à la kermesse de juin.",
    },
    "tele": {
        "head": [
            "Votre téléconsultation, mode d'emploi\n{org}, préparé par {name}",
            "Guide de connexion — {org}",
        ],
        "fill": [
            "ID de réunion {meeting}, code secret {passcode}.",
            "Mettez l'application à jour en version {appver} au minimum.",
            "Préparez votre tensiomètre : on vous demandera des mesures comme {bp} et votre {spo2}.",
            "Saisissez la référence {aptref} telle qu'elle figure sur la convocation.",
        ],
        "sign": "Si l'image se fige, le médecin passera en audio.",
    },
    "eyedent": {
        "head": ["Rappel de votre cabinet {org}\nPour {name}", "C'EST L'HEURE DU CONTRÔLE — {org}"],
        "fill": [
            "Lors de la dernière visite, les dents {teeth} étaient à surveiller.",
            "Votre correction actuelle : {eyerx}.",
            "Acuité visuelle de l'œil le plus faible : {acuity}.",
            "Merci d'apporter la carte de rappel n° {aptref}.",
        ],
        "sign": "Tout rendez-vous non annulé 24 h à l'avance pourra être facturé.",
    },
    "helpline": {
        "head": ["Besoin de parler ? Dépliant de {org}", "Message sur le forum de {org}\npar {name}"],
        "fill": [
            "Depuis que je marche le soir, mon pouls au repos est descendu à {pulse}.",
            "Mon médecin m'a prescrit {dose}, les deux premières semaines ont été dures.",
            "Le dimanche soir, nos bénévoles reçoivent près de {wait} appels par heure.",
            "Pour les {ageband} ans, le délai d'attente en psychothérapie est plus court.",
        ],
        "sign": "En cas de danger immédiat, appelez les secours.",
    },
    "fitness": {
        "head": [
            "Planning des cours et de la kiné — {org}\nÉtabli par {name}",
            "Votre programme de rééducation\n{org}, kinésithérapeute : {name}",
        ],
        "fill": [
            "Genou : {sets}, trois fois par semaine.",
            "Restez dans la zone {zone} les deux premières semaines.",
            "Adhérent n° {member}, casier {locker}.",
            "Dernier test : VO2max {vo2}, IMC {bmi}, taille/poids {hw}.",
        ],
        "sign": "Merci de nettoyer les appareils après usage.",
    },
}

GENERAL = [
    "L'accueil est joignable au {phone}.",
    "Pour toute question sur ce courrier : {phone}.",
    "Pour déplacer un rendez-vous, composez le {phone}.",
]
MOBILE = "Les rappels SMS partent du {phone} ; vous pouvez y répondre."
FIXED = "Ligne fixe du service : {phone}."
ABROAD = ["Depuis l'étranger, composez le {phone}.", "Les proches à l'étranger peuvent appeler le {phone}."]
SERVICE = ["Numéro vert d'information : {phone}.", "Permanence de soins (numéro de service) : {phone}."]
LOCAL = {}
EMAIL = ["Envoyez vos documents à {email}.", "Votre kiné répond aussi par courriel : {email}."]
IBAN = "Pour régler la participation vous-même, virement sur {iban}."
CARD = "Reste à charge réglé par carte {card}, reçu joint."
IP_PRIV = "Pour le service technique : la borne vidéo du salon est en {ip}."
IP_PUB = "Si votre pare-feu bloque l'appel, autorisez notre passerelle {ip}."
DIR_HEAD = ["Numéros utiles", "Qui appeler"]
ROLES = ["Accueil", "Pharmacie", "Cadre de santé", "Kinésithérapie", "Résultats", "Infirmier de nuit"]
NOPHONE = [
    "Aucun résultat n'est donné par téléphone.",
    "Merci de ne pas appeler le service pour les analyses.",
]
