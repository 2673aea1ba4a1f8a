"""Phrases françaises pour les genres v38 (écrites pour v38)."""

GENRES = {
    "bank": {
        "title": [
            "Relevé de compte n° {statement_no}\n{name} · client {customer_no}",
            "Dernières opérations — compte {masked_iban}\nTitulaire : {name}",
        ],
        "fill": [
            "Solde au début de période {amount} ; solde en fin de période {amount}.",
            "Prélèvement SEPA, référence unique de mandat {mandate_ref}, ICS {creditor_id}.",
            "Taux débiteur du découvert autorisé : {rate} ; BIC {bic}.",
        ],
        "sign": ["Document à conserver sans limitation de durée."],
    },
    "fraud": {
        "title": [
            "Opération inhabituelle détectée\nCarte {masked_card} · dossier {txn_id}",
            "Alerte sécurité pour {name}\nVotre carte {masked_card} est temporairement bloquée",
        ],
        "fill": [
            "Un paiement de {amount} chez le commerçant {merchant_id} a été refusé le {due_date}.",
            "Le code d'autorisation {auth_code} a été demandé depuis l'étranger.",
            "Les paiements en ligne restent suspendus jusqu'à votre confirmation.",
        ],
        "sign": ["Nous ne vous demanderons jamais votre code confidentiel.", "Service sécurité cartes"],
    },
    "credit": {
        "title": [
            "Offre de prêt immobilier {contract_no}\nEmprunteur : {name}",
            "Simulation de crédit personnel pour {name}\nRéférence {contract_no}",
        ],
        "fill": [
            "Montant emprunté {amount} sur {loan_term}, TAEG {rate}.",
            "Taux fixe garanti jusqu'au {due_date} ; quotité financée {ltv}.",
            "Coût total du crédit {amount}, dont frais de dossier {amount}.",
        ],
        "sign": ["Délai de réflexion : dix jours à compter de la réception.", "Votre conseiller crédit"],
    },
    "dunning": {
        "title": [
            "Mise en demeure — dossier {court_file}\n{name}",
            "Relance de paiement, client {customer_no}\n{name}",
        ],
        "fill": [
            "La facture {invoice_no} d'un montant de {amount} est échue depuis le {due_date}.",
            "Des pénalités au taux de {rate} et une indemnité forfaitaire de {amount} s'ajoutent.",
            "Merci de rappeler la référence {rf_ref} lors de votre virement.",
            "Communication structurée à indiquer : {be_ogm}.",
        ],
        "sign": ["Sans règlement sous huit jours, le dossier sera transmis à notre huissier."],
    },
    "utility": {
        "title": [
            "Facture d'électricité {invoice_no}\n{name} · compteur {meter_no}",
            "Votre facture box et mobile\nCompte client {customer_no}, {name}",
        ],
        "fill": [
            "Index relevé le {due_date} : {meter_reading} ; prix du kWh {unit_price}.",
            "Offre fibre {speed} ; consommation data {data_usage}.",
            "Votre mensualité passe à {amount} à partir du mois prochain.",
        ],
        "sign": ["Votre service clients"],
    },
    "tax": {
        "title": [
            "Avis d'impôt sur le revenu\nNuméro fiscal {tax_id} · {name}",
            "Direction générale des Finances publiques\nRéférence de l'avis {tax_ref}, {name}",
        ],
        "fill": [
            "Montant de votre impôt {amount} ; déjà prélevé à la source {amount}.",
            "Le solde est à payer avant le {due_date} ; taux de prélèvement {rate}.",
            "Numéro de TVA intracommunautaire : {vat_no}.",
        ],
        "sign": ["Vous pouvez contester cet avis dans les délais indiqués au verso."],
    },
    "payroll": {
        "title": [
            "Bulletin de paie — période {pay_period}\n{name}, matricule {employee_no}",
            "Relevé de situation individuelle retraite\n{name}",
        ],
        "fill": [
            "Salaire de base {amount} ; heures supplémentaires {hours} ; net à payer {amount}.",
            "Taux de prélèvement à la source {rate} ; cotisations salariales {amount}.",
            "Points de retraite complémentaire acquis : {pension_points}.",
        ],
        "sign": ["Service paie", "Conservez ce bulletin sans limitation de durée."],
    },
    "insurance": {
        "title": [
            "Avis d'échéance assurance auto\nContrat {policy_no} · immatriculation {plate}",
            "Renouvellement de votre assurance habitation\n{name}, contrat {policy_no}",
        ],
        "fill": [
            "Nouvelle cotisation annuelle {amount} ; bonus-malus {no_claims}.",
            "Franchise {amount} ; évolution du tarif {change}.",
            "Votre contrat est reconduit au {due_date}.",
        ],
        "sign": ["Vous pouvez résilier à tout moment après un an.", "Votre service contrats"],
    },
    "refund": {
        "title": [
            "Nous avons bien reçu votre retour\nCommande {order_no} · retour {rma}",
            "Remboursement de la commande {order_no}\nBonjour {name},",
        ],
        "fill": [
            "Nous avons remboursé {amount} sur la carte {masked_card}.",
            "Le colis {tracking} a été scanné à l'entrepôt le {due_date}.",
            "L'article EAN {ean_code} était complet et non utilisé.",
        ],
        "sign": ["À bientôt sur notre boutique !", "Service clients"],
    },
    "fund": {
        "title": [
            "Cagnotte solidaire pour l'épicerie du quartier {campaign_id}\nOrganisée par {name}",
            "Des nouvelles de la collecte {campaign_id}\nde la part de {name}",
        ],
        "fill": [
            "Nous en sommes à {pledge}, objectif {amount}.",
            "Un don de {amount} couvre une semaine de loyer ; frais de plateforme {rate}.",
            "Les fonds seront versés le {due_date}.",
        ],
        "sign": ["Merci de partager la cagnotte !", "L'équipe organisatrice"],
    },
}

LINES = {
    "any": [
        "Une question sur ce courrier ? Appelez-nous au {phone}.",
        "Votre gestionnaire répond au {phone}.",
        "Pour en parler de vive voix : {phone}.",
    ],
    "mobile": ["Portable de votre conseillère (SMS possibles) : {phone}."],
    "fixed": ["Ligne fixe de l'agence : {phone}, aux heures d'ouverture."],
    "intl": ["Depuis l'étranger, composez le {phone}.", "Hors de France : {phone}."],
    "service": ["Numéro vert (appel gratuit) : {phone}.", "Serveur vocal de paiement 24 h/24 : {phone}."],
    "email": ["Justificatifs à envoyer à {email}.", "Par écrit : {email}."],
    "iban": ["Virement sur l'IBAN {iban}, en indiquant votre référence."],
    "card": ["Carte débitée : {card}."],
    "ip": ["Connexion enregistrée depuis l'adresse IP {ip}."],
    "list_head": ["Vos interlocuteurs", "Numéros utiles"],
    "roles": [
        "Paiements",
        "Échéancier",
        "Réclamations",
        "Opposition carte",
        "Gestion du compte",
        "Succession",
    ],
    "hours": ["lun.–ven. 8 h–18 h", "7 j/7", "sam. 9 h–12 h"],
    "nophone": [
        "Aucune réponse n'est donnée par téléphone ; merci d'utiliser votre espace client.",
        "Réponse uniquement par courrier.",
    ],
}
