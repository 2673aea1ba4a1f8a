"""French sentences (fr_FR, fr_BE, fr_CH) for the eight retail genres."""

GENRES = {
    "order": {
        "head": ["Merci pour votre commande, {name} !", "{org} : votre colis a quitté notre entrepôt"],
        "fill": [
            "Vos articles sont préparés sous 24 h ouvrées ; vous recevrez un e-mail à la prise en charge.",
            "Vous pouvez encore modifier l'adresse de livraison depuis votre espace client.",
            "Un article est expédié séparément depuis l'entrepôt de notre partenaire.",
            "En cas d'absence, le colis sera déposé en point relais.",
        ],
        "sign": ["À bientôt,\nL'équipe {org}"],
    },
    "returns": {
        "head": ["Objet : réclamation – aspirateur en panne", "Madame, Monsieur,"],
        "fill": [
            "J'ai acheté cet appareil dans votre magasin il y a trois mois et il ne s'allume plus.",
            "Vous trouverez ci-joint la copie du ticket de caisse ; j'ai conservé l'emballage.",
            "Je souhaite une réparation au titre de la garantie légale de conformité.",
            "Les retours sont gratuits sous 30 jours, au-delà la garantie constructeur s'applique.",
        ],
        "sign": ["Veuillez agréer mes salutations distinguées.\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n*** DUPLICATA CLIENT ***", "{org} vous remercie de votre visite"],
        "fill": [
            "Conservez ce ticket pour tout échange ou retour.",
            "Les articles soldés ne sont ni repris ni échangés.",
            "PAIEMENT SANS CONTACT — RENDU 0,00",
            "Donnez votre avis en ligne et tentez de gagner un bon d'achat.",
        ],
        "sign": ["Bonne journée et à bientôt !"],
    },
    "loyalty": {
        "head": ["{name}, vos points vous attendent", "Semaine des adhérents chez {org}"],
        "fill": [
            "Points doublés sur tout le rayon maison jusqu'à dimanche.",
            "Présentez votre carte en caisse ou l'application pour cumuler vos points.",
            "Les points expirent 24 mois après leur attribution.",
            "Ce mois-ci, un café offert pour tout achat.",
        ],
        "sign": ["Vous recevez ce message en tant qu'adhérent {org}. Désinscription à tout moment."],
    },
    "seller": {
        "head": ["À propos du vendeur : {org}", "{org} – boutique officielle sur la marketplace"],
        "fill": [
            "Entreprise familiale depuis 2005, expédition depuis notre propre entrepôt.",
            "Commandes passées avant 14 h expédiées le jour même.",
            "Facture avec TVA jointe à chaque colis.",
            "Évaluations positives sur les 12 derniers mois : 97 %.",
        ],
        "sign": ["Une question ? Contactez-nous via la messagerie ou directement."],
    },
    "review": {
        "head": ["★★★★☆ Efficace mais bruyant", "Question de {name} : compatible avec l'ancien modèle ?"],
        "fill": [
            "Montage en vingt minutes, notice claire.",
            "Réponse du vendeur : oui, compatible avec toutes les versions depuis la refonte.",
            "Seul bémol : le câble est un peu court.",
            "Le SAV m'a renvoyé une pièce manquante en une semaine.",
        ],
        "sign": ["Cet avis vous a-t-il été utile ? Oui / Non"],
    },
    "chat": {
        "head": [
            "Transcription du chat – service client {org}\nConseillère : Bonjour, ici {name}, que puis-je "
            "faire pour vous ?",
            "SCRIPT D'APPEL – livraisons\nAccueil : {org} bonjour, {name} à votre écoute.",
        ],
        "fill": [
            "Client : le suivi indique livré mais je n'ai rien reçu.",
            "Conseillère : je suis désolée, je vérifie la preuve de livraison du transporteur.",
            "Vérifier l'identité : nom, code postal et dernière commande. Ne jamais demander le numéro "
            "de carte complet.",
            "Conseillère : j'ouvre une enquête, réponse sous 48 heures.",
        ],
        "sign": ["Conseillère : puis-je vous aider pour autre chose ?\nClient : non merci, au revoir."],
    },
    "stores": {
        "head": ["Trouver un magasin", "{org} – horaires et contact"],
        "fill": [
            "Nocturne le jeudi jusqu'à 21 h.",
            "Horaires susceptibles de changer les jours fériés.",
            "Parking gratuit deux heures avec achat, validez votre ticket à l'accueil.",
            "Retrait des commandes au comptoir service deux heures après validation.",
        ],
        "sign": ["Accès PMR et espace bébé au rez-de-chaussée."],
    },
}

CONTACT = {
    "phone": [
        "Une question sur votre commande ? Appelez-nous au {p}.",
        "Service client : {p} (lun.–sam., 8 h–20 h)",
        "L'accueil du magasin est joignable au {p}.",
    ],
    "mobile": ["SMS ou WhatsApp au livreur : {p}"],
    "landline": ["Ligne fixe du magasin (pas de SMS) : {p}"],
    "abroad": ["Vous commandez depuis l'étranger ? Composez le {p}.", "Clientèle internationale : {p}"],
    "service": ["Numéro vert commandes : {p}", "Questions de paiement : {p}"],
    "email": ["Écrivez à {e} en rappelant votre numéro de commande.", "Courriel : {e}"],
    "iban": ["Remboursement par virement sur l'IBAN {i}."],
    "card": ["Attention : le client a collé son numéro de carte complet dans le chat ({c}), à masquer."],
    "ip": ["Commande passée depuis l'IP {ip} (contrôle manuel).", "Origine de la session : {ip}"],
    "dir_head": ["Numéros utiles :", "Nos magasins :"],
    "roles": [
        "Service retours",
        "Retrait commandes",
        "Service client",
        "Atelier SAV",
        "Livraison à domicile",
        "Parapharmacie",
    ],
    "nophone": [
        "Nous ne prenons pas de commande par téléphone.",
        "Merci de ne pas appeler le magasin pour les commandes en ligne.",
    ],
}

LOCAL = {}
