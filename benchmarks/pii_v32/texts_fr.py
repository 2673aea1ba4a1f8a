"""Formulations françaises pour v32 (textes parlés et transcrits); marqueurs comme dans texts_en."""

LAB = {
    "vm": (
        "Message vocal",
        "De",
        "Durée",
        "Transcription (automatique, peut contenir des erreurs)",
        "confiance",
    ),
    "unknown": "Numéro masqué",
    "crm": (
        "Interaction",
        "Traité par",
        "Sens",
        "entrant",
        "sortant",
        "Durée de conversation",
        "Notes d'appel",
        "Code de clôture",
    ),
    "log": "Date | Heure | Conseiller | Sens | Numéro | Durée",
    "vcard": "Fiche contact jointe au ticket",
    "meet": [
        "Revue fournisseurs du trimestre (enregistrement)",
        "Entretien avec une ancienne cheffe d'équipe",
        "Point des coordinateurs bénévoles",
        "Lancement du projet – transcription auto",
    ],
    "parts": "Participants",
    "dict": "Note dictée – non relue",
    "punct": ("virgule", "point", "à la ligne"),
    "radio": ("ANIMATEUR", "AUDITEUR", "[VIRGULE SONORE]", "[RETOUR PLATEAU]"),
    "leaf": ("Version audio du dépliant", "Piste", "Numéros cités dans cette piste"),
    "ivr": ("Message", "Script du serveur vocal, version", "Voix"),
    "sub": ("[musique]", "[rires]", "[sonnerie]"),
}

G = {
    "voicemail": {
        "ph": [
            "Oui bonjour c'est {N}, euh, pour le devis, vous pouvez me rappeler au {P}, même le soir.",
            "Bonjour, merci de me rappeler au {P}, bonne journée.",
            "Coucou c'est moi, j'ai presque plus de batterie, sinon essaie le {P}.",
        ],
        "fill": [
            "Ça fait trois fois que j'essaie de vous joindre.",
            "Rien d'urgent, c'était juste pour savoir si vous aviez reçu le dossier.",
        ],
    },
    "callnote": {
        "ph": [
            "Le client demande qu'on utilise désormais le {P}, l'ancien numéro est résilié.",
            "Rappel souhaité au {P} entre 9 h et 11 h, client travaille de nuit.",
            "Deuxième contact : le fils ({N}), joignable au {P}.",
        ],
        "fill": [
            "Cycle de facturation réexpliqué, cliente plus calme en fin d'appel.",
            "Transmis au niveau 2, aucun délai promis.",
        ],
    },
    "meeting": {
        "ph": [
            "Si le livreur se perd, il m'appelle directement, je suis au {P}.",
            "La personne à contacter là-bas c'est {N}, ligne directe {P}.",
        ],
        "fill": [
            "Bon, tout le monde m'entend ? Parfait, on commence.",
            "Tu as coupé une seconde, tu peux répéter ?",
        ],
    },
    "subtitle": {
        "ph": [
            "Si cet épisode vous a touché, vous pouvez en parler au {P}.",
            "Pour vous inscrire à l'atelier, appelez le {P}.",
        ],
        "fill": [
            "Aujourd'hui on parle de quelque chose d'un peu différent.",
            "Restez avec nous, après la pause on reçoit une invitée.",
        ],
    },
    "dictation": {
        "ph": [
            "Courrier à {N} virgule lui demander de confirmer la nouvelle adresse au {P} point",
            "Penser à relancer l'expert au {P} avant vendredi",
        ],
        "fill": ["Début de la dictée pour le dossier Moreau.", "Supprimer la dernière phrase."],
    },
    "phonein": {
        "ph": [
            "Et si vous voulez réagir, le standard est ouvert : {P}.",
            "On va vous rappeler hors antenne, votre numéro c'est bien le {P} ?",
        ],
        "fill": [
            "Bonjour, vous êtes à l'antenne, on vous écoute.",
            "Je vous écoute depuis vingt ans et c'est la première fois que j'appelle.",
        ],
    },
    "leaflet": {
        "ph": [
            "Si vous êtes inquiet pour un proche, appelez notre ligne d'écoute au {P}.",
            "Pour obtenir ce dépliant en gros caractères, composez le {P}.",
        ],
        "fill": [
            "Ceci est la version audio de notre dépliant sur la sécurité à la maison.",
            "Vous pouvez mettre l'enregistrement en pause à tout moment.",
        ],
    },
    "ivr": {
        "ph": [
            "Pour joindre directement votre agence, raccrochez et composez le {P}.",
            "Pour un dépannage en dehors des heures d'ouverture, appelez le {P}.",
        ],
        "fill": [
            "Merci de votre appel. Cet appel peut être enregistré.",
            "Écoutez attentivement, nos choix ont changé.",
        ],
    },
}

LOCAL = []
MOB = [
    "envoie-moi plutôt un texto ou un WhatsApp au {P}, j'écoute jamais ma messagerie",
    "sur mon portable, le {P}, quand je suis sur le chantier",
]
FIX = [
    "le fixe à la maison c'est le {P}, il y a presque toujours quelqu'un",
    "pas le portable, la ligne fixe du bureau, le {P}",
]
SVC = ["c'est un numéro vert, le {P}, joignable jour et nuit", "le service client répond au {P}"]
REP = ["le numéro c'est le {P}, je répète, {P2}", "donc {P}, encore une fois {P2}"]
EMAIL = ["ou envoyez-moi un mail à {E}", "les photos, envoie-les à {E}"]
IBAN = ["remboursement sur l'IBAN {I}, confirmé au client"]
CARD = ["le client a lu son numéro de carte {C} avant que je l'arrête, masqué dans l'outil"]
IP = ["la box affiche l'adresse WAN {A}, redémarrage conseillé"]
SSN = []

NEG = {
    "call_duration": ["Durée de l'appel {V}, surtout de l'attente."],
    "hold_time": ["Le client a attendu {V} en file."],
    "case_no": ["Dossier {V} rouvert.", "Rappelez le numéro de dossier {V} si vous nous rappelez."],
    "ivr_option": ["Pour une question sur votre facture, tapez {V}."],
    "card_last4": ["Paiement par la carte se terminant par {V}."],
    "meter_reading": ["Index du compteur relevé par le client : {V}."],
    "radio_freq": ["Vous nous écoutez sur le {V} FM."],
    "episode": ["C'est l'épisode {V}."],
    "pin_spoken": ["Votre code provisoire est {V}."],
    "dob": ["Date de naissance pour vérification : {V}."],
    "postcode": ["Code postal {V}, adresse confirmée."],
    "amount": ["Solde restant {V}.", "Geste commercial de {V} appliqué."],
    "percent": ["Environ {V} des appelants posent cette question."],
    "audience": ["La semaine dernière, {V} écoutes, merci !"],
    "order_no": ["Commande {V} expédiée hier."],
    "firmware": ["Version du firmware {V}."],
    "room": ["On est en salle {V} pour ceux qui viennent sur place."],
    "meeting_id": ["ID de réunion : {V}"],
    "passcode": ["Code secret {V}"],
    "short_code": ["En cas d'urgence, composez le {V}."],
    "road": ["Ça bouchonne sur l'{V} ce matin."],
    "gps": ["Position du téléphone {V}."],
    "chapter": ["{V} arrivée de l'invitée"],
    "extension": ["Interne uniquement : poste {V}."],
}
