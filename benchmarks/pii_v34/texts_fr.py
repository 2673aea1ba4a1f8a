"""French sentences for v34 (fr_FR, fr_BE, fr_CH documents)."""

G = {
    "legal": {
        "head": [
            "{ORG}\nAvocats au Barreau de {CITY}\n\nN/Réf. : {n:docket}\nV/Réf. : {n:claim}\n\n"
            "Maître,\n\nAffaire {ORG2} c/ {NAME2}",
            "TRIBUNAL JUDICIAIRE DE {CITY}\n{n:docket}\n\nASSIGNATION\n\nÀ LA REQUÊTE DE :\n{ORG2}\n\n"
            "CONTRE :\n{NAME}",
        ],
        "ph": [
            "Pour toute discussion en vue d'un accord amiable, vous pouvez joindre le cabinet au {NAT}.",
            "Le greffe nous a demandé de confirmer l'audience par téléphone au {FIX}.",
            "Le défendeur, appelé à trois reprises au {NAT}, n'a jamais rappelé.",
            "Notre correspondant à l'étranger reste joignable au {INTL}.",
        ],
        "fill": [
            "La demande est fondée sur l'{n:statute}.",
            "Voir l'arrêt {n:ecli}, spécialement les paragraphes {n:pages}.",
            "Le bien, cadastré {n:parcel}, sera vendu libre de toute inscription.",
            "L'acte a été reçu sous le numéro de répertoire {n:deed}.",
        ],
        "foot": [
            "Veuillez agréer, Maître, l'expression de mes sentiments confraternels.\n\n{NAME2}",
            "SOUS TOUTES RÉSERVES",
        ],
        "list": None,
    },
    "insurance": {
        "head": [
            "NOTE DE SINISTRE\nN° de contrat : {n:policy}\nN° de sinistre : {n:claim}\nAssuré : {NAME}\n"
            "Lieu du sinistre : {CITY}",
            "Rapport d'expertise – {ORG}\nDossier {n:claim} (contrat {n:policy})\nRédigé par {NAME2}",
        ],
        "ph": [
            "Assuré joint ce matin ; pour la visite sur place, l'appeler au {MOB}.",
            "L'expert mandaté est joignable au {NAT} et enverra les photos vendredi.",
            "L'assureur adverse demande que les recours soient traités au {INTL}.",
            "Devis du couvreur reçu ; le métreur se tient à disposition au {FIX}.",
        ],
        "fill": [
            "Véhicule immatriculé {n:plate} remorqué chez le réparateur agréé.",
            "Provision fixée à {n:price} dans l'attente du rapport.",
            "Dégât des eaux sur environ {n:area} de parquet au rez-de-chaussée.",
            "Récépissé de plainte n° {n:crimeref} transmis par l'assuré.",
        ],
        "foot": ["Prochaine relance dans quinze jours.", "Proposition : indemnisation en valeur d'usage."],
        "list": None,
    },
    "medical": {
        "head": [
            "COMPTE RENDU D'HOSPITALISATION\nPatient : {NAME}   IPP : {n:patient}\nChambre : {n:ward}\n"
            "Entrée le {n:admitted}",
            "Lettre d'adressage\n\nCher confrère,\n\nJe vous adresse {NAME}, n° de dossier {n:patient}.",
        ],
        "ph": [
            "En cas de question, le cadre de santé du service est joignable au {FIX}.",
            "Sa fille, aidante principale, souhaite être appelée au {MOB}.",
            "Le rendez-vous de contrôle se prend auprès du secrétariat au {NAT}.",
            "L'infirmière de coordination assure une permanence téléphonique au {NAT}.",
        ],
        "fill": [
            "TA à l'entrée {n:vitals}, FC {n:pulse} ; {n:lab}.",
            "Traitement de sortie : {n:dosage}.",
            "Diagnostic principal codé {n:icd}, suites simples.",
            "Patient autonome à la marche, cicatrice propre.",
        ],
        "foot": ["Bien confraternellement,\n\nDr {NAME2}", "Copie : médecin traitant"],
        "list": None,
    },
    "hr": {
        "head": [
            "FICHE D'ACCUEIL – {ORG}\nMatricule : {n:staff}\nNom : {NAME}\nDate d'entrée : {n:admitted}",
            "Personnes à prévenir (confidentiel)\nMatricule {n:staff}, service comptabilité",
        ],
        "ph": [
            "Portable personnel : {MOB}",
            "Téléphone fixe (domicile) : {FIX}",
            "Votre tutrice, {NAME2}, est joignable au {NAT} pendant la première semaine.",
        ],
        "fill": [
            "Rémunération annuelle brute : {n:salary}.",
            "Plages fixes : {n:hours} ; télétravail possible après la période d'essai.",
            "Numéro d'adhérent à la mutuelle : {n:member}.",
        ],
        "foot": [
            "Fiche à retourner au service RH sous cinq jours ouvrés.",
            "Signature du salarié : ________",
        ],
        "list": (
            "Personnes à prévenir en cas d'urgence\nNom | Lien | Téléphone",
            "{PNAME} | {REL} | {LP}",
            ["conjoint", "mère", "frère", "compagne", "voisin"],
        ),
    },
    "tender": {
        "head": [
            "AVIS DE MARCHÉ\nN° d'avis : {n:ted}\nAcheteur : {ORG}, {CITY}\nRéférence : {n:tenderid}",
            "Consultation {n:tenderid}\nCode CPV principal : {n:cpv}\n"
            "Lot {n:lot} : entretien des espaces verts",
        ],
        "ph": [
            "Les questions des candidats peuvent être posées par téléphone au {NAT}.",
            "Assistance à la plateforme de dématérialisation : {SVC}",
            "Visite des lieux sur rendez-vous auprès du régisseur, tél. {INTL}",
        ],
        "fill": [
            "Valeur estimée hors TVA : {n:price}.",
            "Date limite de remise des offres : {n:admitted}.",
            "Projet financé au titre de la convention de subvention n° {n:grant}.",
        ],
        "foot": [
            "Instance de recours : tribunal administratif.",
            "Date d'envoi du présent avis : voir ci-dessus.",
        ],
        "list": ("Points de contact", "{PNAME} ({REL}) : {LP}", ["technique", "administratif", "juridique"]),
    },
    "academic": {
        "head": [
            "CURRICULUM VITAE\n{NAME}\nORCID {n:orcid}\nLaboratoire d'histoire, Université de {CITY}",
            "Programme du colloque – Atelier {n:session}\nPrésidence : {NAME}\nAmphithéâtre B",
        ],
        "ph": [
            "Bureau : {FIX}",
            "Comité d'organisation, joignable pendant le colloque au {MOB}",
            "Adresse professionnelle : campus, {CITY}, tél. {INTL}",
        ],
        "fill": [
            "{NAME2} (2021). Les notaires de province. Rev. hist. {n:bibvol}, p. {n:pages}. DOI {n:doi}",
            "Ouvrage, ISBN {n:isbn} ; compte rendu dans une revue ISSN {n:issn}.",
            "Communication {n:paper} : les archives judiciaires rurales.",
        ],
        "foot": ["Liste complète des publications sur demande.", "Pause café dans le hall."],
        "list": (
            "Présidences de séance",
            "{PNAME} – {REL} – {LP}",
            ["présidente", "discutant", "rapporteur"],
        ),
    },
    "press": {
        "head": [
            "COMMUNIQUÉ DE PRESSE\nSous embargo jusqu'au {n:embargo}\n\n{ORG} publie ses résultats",
            "COMMUNIQUÉ\n{CITY} – {ORG} inaugure une nouvelle plateforme logistique (ISIN {n:isin})",
        ],
        "ph": [
            "Pour toute demande d'interview, contactez le service de presse au {NAT}.",
            "En dehors des heures de bureau, l'attaché de presse d'astreinte répond au {MOB}.",
            "Relations investisseurs : {INTL}",
        ],
        "fill": [
            "Le chiffre d'affaires atteint {n:price} ; le site couvre {n:area}.",
            "La société est immatriculée sous le SIREN {n:companyreg}.",
            "La résolution {n:resolution} sera soumise à l'assemblée générale.",
        ],
        "foot": ["– FIN –", "Visuels haute définition disponibles sur demande."],
        "list": (
            "Contacts presse",
            "{PNAME}, {REL} : {LP}",
            ["directrice de la communication", "attaché de presse"],
        ),
    },
    "police": {
        "head": [
            "PROCÈS-VERBAL DE PLAINTE\nN° de procédure : {n:crimeref}\nAgent : matricule {n:badge}\n"
            "Lieu des faits : {CITY}",
            "Audition de témoin\nProcédure {n:crimeref}\nMatricule de l'enquêteur {n:badge}",
        ],
        "ph": [
            "Le témoin {NAME2} est joignable au {MOB} et accepte d'être entendu à nouveau.",
            "La requérante a rappelé du {NAT} : le suspect serait parti à bord d'une camionnette grise.",
            "La victime a été invitée à faire opposition sur sa carte au {SVC}.",
        ],
        "fill": [
            "Le véhicule immatriculé {n:plate} a été aperçu quittant le parking.",
            "Fin d'intervention de la patrouille à {n:hours}.",
            "Objets saisis enregistrés sous le n° de scellé {n:claim}.",
        ],
        "foot": ["Signature de l'agent : ________", "Dossier transmis au parquet."],
        "list": None,
    },
}

COMMON = {
    "mob": ["Portable, SMS de préférence : {MOB}"],
    "fix": ["Le secrétariat répond au {FIX} aux heures de bureau."],
    "svc": ["Numéro vert : {SVC}", "Renseignements au {SVC}."],
    "email": ["Merci d'écrire à {EMAIL}, avec copie à {ROLE}.", "Pièces à envoyer à {ROLE}."],
    "iban": ["Règlement sur le compte CARPA, IBAN {IBAN}."],
    "card": ["La prime a été débitée sur la carte {CARD}."],
    "ip": [
        "Le formulaire en ligne a été envoyé depuis l'adresse IP {IP4}.",
        "Accès VPN attribué : {IPP} ; le journal mentionne aussi {IP6}.",
    ],
}

ROLES = ["cabinet", "sinistres", "presse", "contact", "marches", "rh", "secretariat"]
ORGSUFFIX = ["SAS", "& Associés", "SA", "Assurances", "Avocats", "SARL"]
