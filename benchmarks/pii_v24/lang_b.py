"""French and Spanish text for v24."""

FR = {
    "genres": {
        "notice": (
            ["AVIS AUX RÉSIDENTS - {street}", "Fête des voisins le {date}"],
            [
                "Une coupure d'eau est prévue le {date} à partir de {time}.",
                "Chacun apporte un plat ou une boisson; les tables seront dans la cour.",
                "Le local à vélos sera vidé; merci d'étiqueter vos vélos.",
            ],
        ),
        "forum": (
            ["Re: Chaudière en sécurité tous les matins", "Question charges de copropriété - normal ?"],
            [
                "Message de {user} le {date} à {time}",
                "J'ai eu exactement le même souci, c'était le vase d'expansion.",
                "Merci à tous, je reviens vers vous après le passage du technicien.",
            ],
        ),
        "qa": (
            [
                "Question : comment transférer sa ligne lors d'un déménagement ?",
                "Comment obtenir un rendez-vous en préfecture ?",
            ],
            [
                "Posée le {date} par {user} - 4 réponses",
                "Meilleure réponse :",
                "En bref : il faut appeler, le formulaire en ligne ne marche jamais.",
            ],
        ),
        "travel": (
            ["Votre séjour au gîte {place}", "Re: transfert depuis la gare le {date}"],
            [
                "Merci pour votre réservation. L'arrivée se fait à partir de {time}.",
                "Notre chauffeur vous attendra à la sortie avec une pancarte à votre nom.",
                "En cas de retard du train, prévenez-nous simplement.",
            ],
        ),
        "rental": (
            ["Chambre à louer en colocation - {street}", "Information aux locataires"],
            [
                "L'entretien de la chaudière aura lieu le {date}; merci d'être présent.",
                "Les poubelles sont sorties le mardi soir, le tri tous les quinze jours.",
                "Le dépôt de garantie est restitué dans le mois suivant l'état des lieux.",
            ],
        ),
        "care": (
            ["Rappel de rendez-vous - cabinet du Dr {name}", "Consignes de sortie pour la famille"],
            [
                "Votre prise de sang est prévue le {date} à {time}, à jeun.",
                "Merci d'apporter votre carte Vitale et votre ordonnance.",
                "Un comprimé matin et soir pendant sept jours.",
            ],
        ),
        "transcript": (
            ["Compte rendu d'appel du {date}, {time}", "Message vocal (transcription automatique)"],
            [
                "Oui bonjour, c'est {name}, j'appelle pour la fuite au troisième.",
                "Pardon, ça coupe, vous pouvez répéter ?",
                "Très bien, j'ai tout noté. Autre chose pour votre service ?",
            ],
        ),
        "email": (
            ["Objet : RE: réunion de parents jeudi", "Objet : TR: remise des clés du gîte"],
            [
                "Bonjour à tous, petit résumé de ce qu'on s'est dit hier à {place}.",
                "J'envoie à tous ceux qui étaient sur la liste, désolé si vous le recevez deux fois.",
                "Dites-moi si quelque chose est faux, j'enverrai une version corrigée.",
            ],
        ),
    },
    "close": ["Bien à vous,", "Amicalement,", "Cordialement,", "Bonne journée,"],
    "phone": [
        "Si personne ne répond, laissez un message au {P}, on vous rappelle.",
        "Envoie-moi un SMS au {P} quand tu arrives.",
        "En dehors des heures d'ouverture, le gardien d'astreinte est joignable au {P}.",
        "Le seul numéro qui a marché pour moi : {P} (20 min d'attente).",
        "Pour annuler un rendez-vous, appelez le secrétariat au {P}.",
        "L'agence est joignable par téléphone du lundi au vendredi au {P}.",
        "Appelle-moi plutôt, mon portable c'est le {P}.",
        "Si vous l'avez vu, appelez-nous au {P}, même la nuit !",
        "Pour une arrivée tardive, sonnez à l'accueil ou téléphonez au {P}.",
    ],
    "call": ["Appelant : Vous pouvez me joindre au {P}.", "Appelant : Rappelez-moi au {P}, c'est le fixe."],
    "service": [
        "Le numéro vert {P} est gratuit et ouvert 24h/24.",
        "Pour les pannes, appelez le {P} (service 0,15 €/min).",
    ],
    "email": ["Ou écris-moi à {E}.", "Pour modifier la réservation, écrivez à {E}."],
    "card": ["Vous pouvez débiter ma carte {C}, expiration 04/27."],
    "iban": ["Le loyer est à virer avant le 5 sur le compte {I}."],
    "ip": [
        "La box répond sur {IP} mais pas d'internet.",
        "Les journaux montrent des connexions depuis {IP} la nuit.",
    ],
    "ssn": [],
    "labels": [
        "Tél.",
        "Téléphone",
        "Portable",
        "Mobile",
        "Fixe",
        "Tél. domicile",
        "SMS/WhatsApp",
        "\u260e",
        "Appeler",
    ],
    "service_labels": ["Numéro vert", "Service client"],
    "mail_label": "Courriel",
    "speakers": ("Appelant", "Conseillère"),
    "roster_title": ["Numéros utiles", "Qui appeler ?", "Contacts du bureau de l'association"],
    "neg_frames": [
        "Merci de rappeler la référence {L} {V} dans vos échanges.",
        "{L} : {V} (à conserver)",
        "Quand vous appelez, munissez-vous de votre {L} {V}.",
        "Votre {L} est le {V}.",
    ],
    "reply_intro": "Le {date}, {name} a écrit :",
    "edit": "EDIT :",
    "ps": "PS :",
    "from": "De",
    "subject": "Objet",
    "to": "À",
    "subject_phone": "merci de rappeler au",
    "tearoff": "à détacher",
}

ES = {
    "genres": {
        "notice": (
            ["AVISO A LOS VECINOS - {street}", "Fiesta del barrio el {date}"],
            [
                "El {date} se cortará el agua a partir de las {time} por obras en la acometida.",
                "Quien quiera traer tortilla o bebida, que se apunte en la hoja del portal.",
                "Se vaciará el cuarto de bicis; marcad las vuestras con vuestro nombre.",
            ],
        ),
        "forum": (
            ["Re: La caldera pierde presión cada noche", "Duda sobre la derrama de la comunidad"],
            [
                "Publicado por {user} el {date} a las {time}",
                "A mí me pasó lo mismo, era el vaso de expansión.",
                "Gracias a todos, os cuento cuando venga el técnico.",
            ],
        ),
        "qa": (
            [
                "Pregunta: ¿cómo pido cita en el centro de salud?",
                "¿Cómo cambio el titular de la luz al mudarme?",
            ],
            [
                "Preguntado el {date} por {user} - 6 respuestas",
                "Mejor respuesta:",
                "Resumiendo: hay que llamar, por la web no hay manera.",
            ],
        ),
        "travel": (
            ["Su estancia en la casa rural {place}", "Re: recogida en el aeropuerto el {date}"],
            [
                "Gracias por su reserva. La entrada es a partir de las {time}.",
                "Nuestro conductor le esperará en llegadas con un cartel con su nombre.",
                "Si el vuelo se retrasa, avísenos y cambiamos la hora.",
            ],
        ),
        "rental": (
            ["Se alquila habitación - {street}", "Comunicado a los inquilinos"],
            [
                "La revisión del gas está prevista para el {date}; por favor, estén en casa.",
                "La basura se saca de domingo a jueves a partir de las 20:00.",
                "La fianza se devuelve en un plazo de 30 días tras la entrega de llaves.",
            ],
        ),
        "care": (
            ["Recordatorio de cita - Centro de Salud {place}", "Indicaciones al alta para la familia"],
            [
                "Su cita para la analítica es el {date} a las {time}, en ayunas.",
                "Traiga la tarjeta sanitaria y el listado de medicación.",
                "Un comprimido cada 12 horas durante siete días.",
            ],
        ),
        "transcript": (
            ["Transcripción de llamada {date} {time}", "Mensaje de buzón de voz (transcripción automática)"],
            [
                "Sí, hola, soy {name}, llamo por la gotera del tercero.",
                "Perdone, se corta, ¿me lo repite?",
                "Vale, lo tengo apuntado. ¿Algo más en lo que pueda ayudarle?",
            ],
        ),
        "email": (
            ["Asunto: RE: reunión de la comunidad", "Asunto: RV: llaves del apartamento"],
            [
                "Hola a todos, un resumen rápido de lo que hablamos ayer en {place}.",
                "Lo mando a todos los de la lista, perdón si os llega dos veces.",
                "Si algo está mal, decídmelo y mando una versión corregida.",
            ],
        ),
    },
    "close": ["Un saludo,", "Saludos cordiales,", "Gracias de antemano,", "Un abrazo,"],
    "phone": [
        "Si no contestamos, deje un mensaje en el {P} y le llamamos.",
        "Mándame un WhatsApp al {P} cuando aterrices.",
        "Fuera de horario, el conserje de guardia atiende en el {P}.",
        "El único número que me funcionó fue el {P} (20 minutos esperando).",
        "Para anular la cita llame al centro al {P}.",
        "La inmobiliaria atiende por teléfono de lunes a viernes en el {P}.",
        "Llámame mejor, mi móvil es el {P}.",
        "Si la habéis visto, llamad al {P}, a cualquier hora.",
        "Para llegadas tarde, llame a recepción al {P}.",
    ],
    "call": [
        "Llamante: Me puede localizar en el {P}.",
        "Llamante: Devuélvame la llamada al {P}, es el fijo.",
    ],
    "service": [
        "El teléfono gratuito {P} atiende 24 horas.",
        "Averías en el {P} (coste de llamada compartida).",
    ],
    "email": ["O escríbeme a {E}.", "Cambios de reserva por correo a {E}, por favor."],
    "card": ["Pueden cargar el importe en mi tarjeta {C}, caduca 02/28."],
    "iban": ["El alquiler se ingresa antes del día 5 en la cuenta {I}."],
    "ip": [
        "El router responde en {IP} pero no hay internet.",
        "En el registro salen accesos desde {IP} de madrugada.",
    ],
    "ssn": [],
    "labels": [
        "Tel.",
        "Teléfono",
        "Móvil",
        "Tfno. fijo",
        "Tel. casa",
        "WhatsApp",
        "\u260e",
        "Llamar",
        "Telf.",
    ],
    "service_labels": ["Teléfono gratuito", "Atención al cliente"],
    "mail_label": "Correo",
    "speakers": ("Llamante", "Operadora"),
    "roster_title": ["Teléfonos útiles", "¿A quién llamo?", "Contactos de la junta"],
    "neg_frames": [
        "Indique el {L} {V} en todas sus comunicaciones.",
        "{L}: {V} (consérvelo)",
        "Cuando llame, tenga a mano su {L} {V}.",
        "Su {L} es el {V}.",
    ],
    "reply_intro": "El {date}, {name} escribió:",
    "edit": "EDITO:",
    "ps": "P.D.:",
    "from": "De",
    "subject": "Asunto",
    "to": "Para",
    "subject_phone": "devolver llamada al",
    "tearoff": "recortar",
}
