"""French sentences for v44 (travail et emploi); written fresh for this set."""

G = {
    "jobad": (
        ["OFFRE D'EMPLOI : Chef d'équipe entrepôt (H/F) — {O}", "{O} recrute un gestionnaire de paie"],
        [
            "Référence {req} ; code métier {isco}.",
            "Rémunération {salary}, heures sup. à {hourly}.",
            "Contrat {hours} par semaine, {leave} de congés.",
            "Candidatures jusqu'au 15 du mois.",
            "Classification {grade} selon la convention.",
        ],
        "{O} s'engage pour la diversité.",
    ),
    "cv": (
        ["CURRICULUM VITAE — {N}", "{N} — CV"],
        [
            "Chef de quai, {period} : équipe de 14 personnes.",
            "Frappe {wpm} ; {degree}.",
            "Ancien matricule {emp}, certificat de travail sur demande.",
            "CACES à jour, SST validé.",
        ],
        "Références disponibles, n'hésitez pas à les contacter.",
    ),
    "recruit": (
        ["RE : votre candidature ({req})", "Convocation à un entretien — {O}"],
        [
            "Merci pour votre CV, le manager a été très intéressé.",
            "Le poste est rattaché au centre de coût {cost}, budget {salary}.",
            "Merci de vous munir d'une pièce d'identité et de votre {natid}.",
            "L'entretien dure 45 minutes, suivi d'une visite de l'atelier.",
        ],
        "Bonne chance et à bientôt.",
    ),
    "handbook": (
        ["LIVRET D'ACCUEIL — Chapitre 7 : qui appeler ?", "Chaîne d'alerte téléphonique, {O}"],
        [
            "Le badge {badge} doit être porté de façon visible.",
            "Prévenez de toute absence avant votre poste ({shift}).",
            "Notes de frais : centre de coût {cost}, bon de commande {po}.",
            "Sans réponse au bout de dix minutes, passez à la personne suivante.",
        ],
        "Gardez cette page près de votre poste.",
    ),
    "rota": (
        ["Planning d'astreinte maintenance, semaine {week}", "Roulement de l'équipe expédition"],
        [
            "Poste du matin {shift} ; feuille d'heures {timesheet} à signer vendredi.",
            "Compteur d'heures sup. : {overtime}.",
            "Tout échange de poste doit être validé par le chef d'équipe.",
            "Temps de travail {fte} ; les intérimaires couvrent les nuits du week-end.",
        ],
        "Merci de tenir le planning à jour.",
    ),
    "payroll": (
        ["Note du service paie — {O}", "Comprendre votre bulletin ({payslip})"],
        [
            "Matricule {emp}, informations fiscales : {natid}.",
            "Le brut inclut {hourly} pour 11,5 heures supplémentaires.",
            "Votre préavis est de {notice}.",
            "Solde de congés : {leave}.",
        ],
        "La paie est clôturée le 20 de chaque mois.",
    ),
    "union": (
        ["Bulletin du CSE", "Le mot de vos délégués syndicaux"],
        [
            "NAO : la direction propose {salary}, nous demandons davantage.",
            "Les salariés classés {grade} auront un rappel de salaire.",
            "Le vote se termine le 30 ; participation actuelle 61 %.",
            "Les nouveaux arrivants à {hours} sont les bienvenus.",
        ],
        "Solidairement, vos élus.",
    ),
    "ooo": (
        ["Réponse automatique : absent du bureau", "Absence jusqu'à lundi"],
        [
            "Je suis en congés avec un accès limité à ma messagerie.",
            "Les demandes concernant l'offre {req} seront traitées à mon retour.",
            "Pour les feuilles d'heures, indiquez votre matricule {emp}.",
        ],
        "Cordialement, {N}",
    ),
}
C = {
    "gen": [
        "Vous pouvez joindre {N} directement au {P}.",
        "Pour fixer un entretien, appelez le {P}.",
        "Une question sur le planning ? Chef d'équipe au {P}.",
    ],
    "mob": ["Portable de {N} (SMS bienvenus) : {P}"],
    "land": ["Ligne fixe du service RH (pas de SMS) : {P}"],
    "abroad": ["Candidats depuis l'étranger : {P}", "Depuis l'étranger, composez le {P}."],
    "svc": ["Écoute salariés, appel gratuit : {P}", "Assistance paie (prix d'un appel local) : {P}"],
    "mail": ["Envoyez votre CV à {E}.", "Merci de confirmer à {E}."],
    "iban": "La cotisation syndicale est prélevée sur {X} le 1er du mois.",
    "card": "Frais de diffusion réglés avec la carte société {X}.",
    "ip": ["Pointeuse sur le réseau du site : {X}", "Passerelle VPN pour le télétravail : {X}"],
    "dirhead": ["À appeler dans cet ordre :", "Astreinte :"],
    "roles": [
        "Directeur de site",
        "Chef de poste de nuit",
        "Chargée RH",
        "Gestionnaire paie",
        "Délégué syndical",
        "Technicien d'astreinte",
    ],
    "nophone": [
        "Aucune information sur les candidatures n'est donnée par téléphone.",
        "Questions de paie uniquement par e-mail.",
    ],
}
