"""Formulations françaises (fr_FR, fr_BE, fr_CH)."""

L = {
    "titles": {
        "message": ["Coucou {first} !", "Petite question", "Salut tout le monde"],
        "email": [
            "Objet : RE: passation avant mes congés",
            "Objet : votre demande pour l’appartement",
            "Objet : TR: changement d’adresse",
        ],
        "community": [
            "Groupe des voisins de {town}",
            "Chat perdu – quartier de {town}",
            "Fête des voisins : organisation",
        ],
        "shop": ["Pressing {last}", "AVIS À NOTRE CLIENTÈLE", "Désormais ouvert le dimanche !"],
        "public": [
            "Médiathèque de {town} : nouveaux horaires",
            "Centre de santé : campagne de vaccination",
            "Avis de travaux",
        ],
        "form": ["FICHE D’INSCRIPTION BÉNÉVOLE", "Dossier de location", "Renouvellement d’adhésion"],
        "listing": [
            "VENDS citadine, première main",
            "Chambre en colocation à {town}",
            "Petits travaux – devis gratuit",
        ],
    },
    "body": {
        "message": [
            "Bien arrivée, juste la queue au contrôle des passeports.",
            "Tu peux prendre du lait en rentrant ?",
            "J’ai 10 min de retard désolé !!",
            "Maman dit que le barbecue est maintenu sauf s’il pleut.",
        ],
        "email": [
            "Merci pour votre retour rapide.",
            "Vous trouverez ci-joint la copie signée.",
            "Désolé pour le délai de réponse.",
            "N’hésitez pas si quelque chose n’est pas clair.",
        ],
        "community": [
            "Quelqu’un sait pourquoi les lampadaires de la rue sont encore éteints ?",
            "Merci à tous ceux qui sont venus ramasser les déchets samedi !",
            "Elle est petite, grise et très craintive.",
            "La mairie n’a toujours pas répondu à notre courrier.",
        ],
        "shop": [
            "Fermeture le premier lundi de chaque mois pour formation.",
            "Les articles non retirés sous 60 jours seront donnés.",
            "Paiement par carte uniquement dès le mois prochain.",
            "Merci de consommer local !",
        ],
        "public": [
            "Les automates de prêt restent accessibles pendant les heures d’ouverture.",
            "Merci de vous munir d’une pièce d’identité.",
            "L’accès riverains est maintenu.",
            "Le masque n’est plus obligatoire.",
        ],
        "form": [
            "Merci de remplir en lettres capitales.",
            "Partie B : vos coordonnées",
            "Je certifie l’exactitude des informations.",
            "Signature : ____________",
        ],
        "listing": [
            "Carnet d’entretien à jour, deux clés, CT OK.",
            "Charges comprises, libre au 1er.",
            "Visite sur rendez-vous.",
            "Assuré, devis gratuit.",
        ],
    },
    "phone": [
        ("fr_sms_arrivee", "mob", "Envoie-moi un SMS quand tu es rentrée : {n}"),
        ("fr_nouveau_num", "mob", "Nouveau numéro, mon ancien portable est mort – à enregistrer : {n}"),
        ("fr_accueil", "fix", "En cas d’urgence, appelez directement l’accueil au {n}."),
        ("fr_repondeur", "any", "Laissez un message au {n}, on vous rappelle."),
        ("fr_chat_trouve", "any", "Si vous la voyez, appelez le {n}, même tard."),
        ("fr_demander", "any", "Appelez le {n} et demandez {first}."),
        ("fr_groupe_rue", "mob", "Pour rejoindre le WhatsApp de la rue, écrivez à {first} au {n}."),
        ("fr_astreinte", "fix", "En dehors des heures d’ouverture, l’astreinte répond au {n}."),
    ],
    "local": [],
    "service": [
        ("fr_svc_gratuit", "Numéro vert {n}, du lundi au samedi."),
        ("fr_svc_panne", "Signalez une panne au {n}."),
    ],
    "EMAIL": [
        "Envoie-moi les dates à {v}.",
        "Candidatures avant vendredi à {v}.",
        "Des questions ? Écrivez à {v}.",
    ],
    "IBAN": ["La caution est à verser sur mon compte, IBAN {v}.", "Virement : IBAN {v}, indiquez votre nom."],
    "CREDIT_CARD": [
        "J’ai réservé avec la carte {v}, tu peux vérifier ?",
        "Carte utilisée pour la réservation : {v}",
    ],
    "IP_ADDRESS": ["L’interface de la box est sur {v}.", "Les messages de spam venaient tous de {v}."],
    "lab": {
        "any": ["Tél.", "Téléphone", "Tél"],
        "mob": ["Portable", "Mobile", "Tél./WhatsApp"],
        "fix": ["Fixe", "Bureau"],
        "svc": ["Numéro vert", "Service client"],
        "EMAIL": ["Courriel", "E-mail"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["N° de carte"],
        "IP_ADDRESS": ["IP"],
    },
    "pl": {
        "regards": ["Bien à vous,", "Bises,", "Cordialement,", "À bientôt,"],
        "ps": "PS :",
        "wrote": "Le {day}, {name} a écrit :",
        "q": "Q :",
        "a": "R :",
        "vm": "Message vocal ({dur}) de",
        "vm_say": "« Bonjour, c’est {first}, rappelle-moi quand tu peux. »",
        "ooo": "Je suis absent jusqu’au {day} avec un accès limité à mes courriels.",
        "fwd": "---------- Message transféré ---------",
        "from": "De",
        "to": "À",
        "subject": "Objet",
        "tear": "SERVEZ-VOUS",
        "ticked": "Contact préféré",
    },
    "roster": {
        "phone": [
            "Chaîne téléphonique – en cas de fermeture, appelez la personne suivante :",
            "Chauffeurs bénévoles",
            "Qui appeler",
            "Bureau de l’association",
        ],
        "other": ["Parcelles", "Adhérents", "Billets gagnants", "Planning"],
    },
    "days": ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."],
    "roles": ["présidente", "trésorier", "secrétaire", "secouriste", "clés"],
    "ref_frames": [
        "Merci de rappeler en référence : {label} {v}.",
        "{Label} : {v}",
        "Si besoin – {label} {v}.",
        "Ils redemandent : {label} ({v}).",
        "À garder sous la main – {label} : {v}.",
    ],
    "fact_frames": [
        "{Label} : {v}",
        "Point du jour : {label} {v}.",
        "Pour info, {label} {v}.",
        "La dernière fois : {label} {v}.",
        "({label} : {v})",
    ],
    "neg": """sort_code=code guichet/compte
routing_number=numéro de routage
nhs_number=n° de sécu
mrn=n° de dossier patient
rx_number=n° d’ordonnance
vaccine_batch=lot
appointment_ref=référence du rendez-vous
booking_ref=confirmation de réservation
flight=vol
pnr=code de réservation
train_seat=voiture/place
plate=immatriculation
vin=n° VIN
mac=adresse MAC
door_code=digicode
key_safe=code de la boîte à clés
raffle=billets de tombola
shelfmark=cote
plot=parcelle
title_number=référence cadastrale
planning_ref=permis de construire
pcn=avis de contravention
permit_number=vignette résident
council_tax_ref=référence taxe d’habitation
tax_ref=numéro fiscal
staff_number=matricule
po_box=BP
flat=appartement
gift_card=carte cadeau
member_number=n° d’adhérent
library_card=carte de lecteur
cheque_number=n° de chèque
model_number=modèle
loan_ref=n° de prêt
claim_number=n° de sinistre
rma=n° de retour
job_ref=réf. de l’offre
support_case=ticket
grid_ref=carreau
blood_pressure=tension
glucose=glycémie
steps=nombre de pas aujourd’hui
dosage=posologie
mileage=kilométrage
tyre_size=pneus
resolution=écran
storage=stockage
lottery=numéros du loto
hymns=chants
bible_ref=lecture
page_ref=pages
payslip=net à payer
shift=poste
hours=heures cette semaine
salary=salaire
dob=date de naissance
ages=âges
votes=vote
signatures=signatures
donations=dons récoltés
headcount=adultes + enfants
temperature=température
rainfall=pluie
address_range=numéros
bus_route=bus
score=note
bin_day=collectes
body_weight=poids
height=taille
shoe_size=pointure
fuel_use=consommation
tariff=prix du kWh
interest_rate=taux
gps_dms=coordonnées
elevation=altitude
distance=distance
duration=durée de marche
date_range=dates
year_range=années
time_range=horaire
unit_price=prix""",
}
