"""French documents (fr_FR) with values, written for v3; placeholders are described in v3_render.
France has no local dialling, so every French number here is written in full."""

POS = {
    "sms": [
        "Je suis en vacances jusqu'à dimanche, joignable au {xtel} seulement. Bises, {first}",
        "Bonjour, {first} pour la réservation {booking} : vous pouvez prélever l'acompte sur la carte "
        "{card}, exp. [[08/27|02/28]].",
        "Coucou c'est {first} ! J'ai changé de numéro : {tel:mn}. Enregistre-le 😉",
        "{co} : votre colis arrive demain. Une question ? Appelez le {tel:fn} (du lundi au vendredi).",
        "Salut {first}, je serai en retard. Si besoin appelle le fixe de mes parents : {tel:fn}",
        "RDV confirmé pour {date} à {time}. Pour annuler : {tel:n}. Ne pas répondre à ce SMS.",
        "Tu peux m'envoyer le mail de {first2} ? -> {mail2} merci !",
    ],
    "chat": [
        "[{clock}] {first} : quelqu'un a le numéro du plombier ?\n[{clock}] {first2} : {tel:mn}, de la part "
        "de la voisine\n[{clock}] {first} : top merci",
        "{first} : le serveur {ip4} ne répond plus, ticket {ref}\n{first2} : je relance, l'IPv6 c'est {ip6}",
        "Client (chat) : j'ai été débité deux fois, carte {card}\nConseiller {xfirst} : je vérifie le "
        "dossier {ref}",
    ],
    "whatsapp": [
        "{day} {clock} - {first}: Qui emmène les enfants au match samedi ?\n{day} {clock} - {first2}: Moi ! "
        "Mon portable : {tel:m}\n{day} {clock} - {first}: Merci, rdv au parking",
        "[{day} {clock}] {first}: Le nouveau numéro du coach : {tel:mi}\n[{day} {clock}] {first2}: "
        "et le club-house c'est le {tel:fn}",
    ],
    "voicemail": [
        "Message vocal de {tel} ({date}, {time})\n« Bonjour, {first} {last} de {co}, au sujet de votre "
        "devis {ref}. Rappelez-moi au {tel:fn}, poste {extension}. Merci, au revoir. »",
        "Répondeur {date} : « Bonjour, ici le cabinet du Dr {last2}, votre ordonnance est prête. Vous "
        "pouvez nous joindre au {tel:fn}. »",
    ],
    "signature": [
        "Cordialement,\n{name}\n{co}\nStandard {tel:fn} · bureau de Milan {itel:it}",
        "Cordialement,\n\n{name}\n[[Chargée de clientèle|Responsable achats|Directeur commercial]]\n{co}\n"
        "{street}, {city}\nTél. : {tel:fn}\nFax : {tel:fn}\nPortable : {tel:mn}\n{mailco}\n"
        "SIREN {company_id} · TVA {vat}",
        "Bien à vous,\n{first}\n--\n{co} | {tel:fi} | {mailco}",
        "Bonne journée,\n{name}\nT. {tel} · notre bureau de Genève : {xtel:ch}",
    ],
    "classified": [
        "Vends vélo enfant 20 pouces, {price}. À récupérer à {city}. Tél. {tel:mn} après 18h.",
        "Cours particuliers de maths, tous niveaux. {name}, {tel:m}, {mail}",
        "Chat perdu ! Tigré gris, répond au nom de Minou. Merci d'appeler le {tel:m}. Récompense.",
        "Loue studio {quantity}, {price} CC, libre le {date}. Contact : {tel:mn}[[ ou {mail}|]]",
    ],
    "cv": [
        "CURRICULUM VITAE\n{name}\n{street}, {city}\nTél. : {tel:mn}\nE-mail : {mail}\nNé(e) le {dob}",
        "{name} — Développeuse web\n✉ {mail} · ☎ {tel:mi} · {city}\nExpérience : {co} depuis {year}",
    ],
    "invoice": [
        "{co} · {street} · {city}\nTél. {tel:f} · {role:compta}\nIBAN {iban} · BIC {bic}\n"
        "SIREN {company_id} · TVA intracommunautaire {vat}\nFacture n° {invoice} du {date}",
        "Règlement à 30 jours par virement sur l'IBAN {iban} en rappelant la facture {invoice}. "
        "Questions : {role:compta} ou {tel:fn}.",
        "Merci de régler {price} avant le {date}.\nRIB : IBAN {iban:c} · BIC {bic}\nRéf. client {account}",
    ],
    "booking": [
        "Confirmation de réservation\n{co}\nClient : {name}\nArrivée le {date} à partir de {time}\n"
        "Chambre {room} · n° de réservation {booking}\nRéception : {tel:fn} · {role:reservation}",
        "Votre table chez {co} : {date}, {time}, [[2|4|6]] couverts. Pour modifier : {tel:fn}.",
        "Acompte de {price} débité sur la carte {card}. À bientôt ! {co}",
    ],
    "school": [
        "Chers parents,\n\nla classe de [[CE2|CM1|CP]] ira au musée le {date}. Départ {time} devant l'école, "
        "participation {price}. Le jour de la sortie, l'enseignante est joignable au {tel:mn}. Pour "
        "toute autre question : secrétariat {tel:fn}[[ ou {role:accueil}|]].\n\n{name}, directrice",
        "Absences : prévenir avant {time} au {tel:fn} ou par mail à {role:accueil}.",
    ],
    "forum": [
        "Re: Démarchage téléphonique\nLe {tel} m'appelle tous les jours, soi-disant pour des panneaux "
        "solaires. Signalé sur Bloctel (réf. {ref}).",
        "Ma box est sur {ip4} et je n'arrive pas à ouvrir le port. Firmware {version}. Une idée ?",
    ],
    "ticket": [
        "Ticket {ref} | Priorité : [[haute|normale]]\nDe : {name} <{mail}>\nObjet : double prélèvement\n\n"
        "La commande {order} a été débitée deux fois sur ma carte {card}. Rappelez-moi au {tel:m}.",
        "Incident {ref} : connexions refusées depuis {ip} ({timestamp}). Contact {name}, {mailco}.",
    ],
    "delivery": [
        "BON DE LIVRAISON {order}\nDestinataire : {name}, {street}, {city}\nTél. : {tel:m}\nColis : "
        "[[1|2]] · Poids {quantity}\nDigicode {otp}",
        "Votre colis {tracking} sera livré aujourd'hui entre {clock} et {clock:big}. Livreur : {tel:mi}",
    ],
    "flyer": [
        "VIDE-GRENIER {date}, {clock}–{clock:big}, place de la mairie. Emplacement {price}. Inscriptions : "
        "{first} {tel:mn} / {mail}",
        "Soirée quiz au profit des Restos du Cœur ! Réservez : {tel:fn}[[ ou {role:contact}|]]",
    ],
    "onboarding": [
        "Fiche d'embauche\nNom : {name}\nAdresse : {street}, {city}\nTéléphone : {tel}\nIBAN pour le "
        "salaire : {iban}\nPersonne à prévenir : {name2}, {tel:m}\nMatricule {account}",
    ],
    "appointment": [
        "Rappel : RDV le {date} à {time} avec le Dr {last2}. En cas d'empêchement, merci d'appeler le "
        "{tel:fn} au moins 24 h avant.",
    ],
    "list": [
        "Numéros utiles — {city}\nMairie ........ {tel:fn}\nPharmacie ..... {tel:fn}\nTaxi .......... "
        "{tel:mn}\nÉcole ......... {tel:fn}",
    ],
}

NEG = {
    "sms": [
        "Votre code de vérification est {otp}. Il expire dans 10 minutes.",
        "{train} pour {city} : retard de {smallnum} min, arrivée prévue {time}, voie {platform}.",
        "Paiement de {price} chez {co} accepté, carte {maskcard}.",
    ],
    "order": [
        "Commande n° {order} du {date}\nRéf. {sku} · EAN {ean}\nQuantité [[1|2|3]] · {price}\n"
        "Suivi : {tracking}",
        "Retour {ref} : étiquette valable jusqu'au {date}. N° client {account}.",
    ],
    "travel": [
        "{train} {city} → {city}\n{date}, départ {clock}, arrivée {clock:big}\nVoiture [[5|11|14]], place "
        "{seat}\n"
        "Dossier {booking}",
        "Vol {flight} le {date}, départ {time}, porte {seat}, siège {seat}. Réservation {booking}.",
    ],
    "finance": [
        "Relevé du {date}\nCompte {maskiban} · BIC {bic}\nSolde précédent {price} · Nouveau solde {price}",
        "Contrat n° {account}, prime {price} par mois, effet au {date}. SIREN {company_id}, TVA {vat}.",
    ],
    "tech": [
        "Version {version} ({date})\n- correctif démarrage ({hexhash})\n- {percent} plus rapide\nBuild "
        "{epoch}",
        "N° de série {serial}, adresse MAC {mac}, firmware {version}, garantie jusqu'au {date}.",
    ],
    "misc": [
        "Score final {city} {score} {city}. Prochain match le {date} à {time}.",
        "Tirage du {date} : {lotto}, numéro chance {smallnum}.",
        "Recette : {weight} de farine, {weight} de beurre, cuire {smallnum} min à 180 °C.",
        "Exercices : {arith} ; {arith}. À rendre le {date}.",
        "Coordonnées GPS {coords}, parcelle {ref}, surface {smallnum} m².",
    ],
}
