"""French, Spanish and Italian sentences: military life and veterans."""

FR = {
    "family": {
        "title": [
            "Cellule d'aide aux familles – informations",
            "Lettre aux familles pendant l'opération extérieure",
            "Bureau environnement humain : permanences",
        ],
        "pos": [
            "Pendant l'OPEX, la cellule d'aide aux familles répond au {MOB}, jour et nuit.",
            "Les familles qui souhaitent recevoir la lettre d'information écrivent à {EMR}.",
            "Pour la garde d'enfants, contactez {NAME} au {NAT}.",
            "Le numéro vert des familles, {FREE}, est gratuit depuis un fixe.",
            "Depuis l'étranger, composez le {INTL}.",
        ],
        "neg": [
            "Les colis ne doivent pas dépasser {N:kit_weight}.",
            "Rassemblement des familles à {N:mil_time} devant le bâtiment {N:room}.",
            "Indiquez toujours le matricule du militaire ({N:service_no}).",
        ],
    },
    "veterans": {
        "title": [
            "Amicale des anciens combattants – bulletin",
            "Association des anciens du régiment",
            "Section locale de l'Union des combattants",
        ],
        "pos": [
            "Le secrétaire de la section, {NAME}, est joignable le soir au {NAT}.",
            "La cotisation se règle par virement sur {IBAN}.",
            "Inscriptions au banquet auprès de {EMR} ou au {MOB}.",
            "Les photos de la sortie sont chez {EMP}.",
            "Nos adhérents à l'étranger peuvent appeler le {INTL}.",
        ],
        "neg": [
            "La carte d'adhérent n° {N:member_no} a été remplacée.",
            "Notre doyen, né le {N:dob}, a servi en opérations ({N:war_years}).",
            "La tombola a rapporté {N:amount}.",
        ],
    },
    "museum": {
        "title": [
            "Musée du régiment – informations pratiques",
            "Demande de recherche aux archives du musée",
            "Amis du musée des troupes de marine",
        ],
        "pos": [
            "Les visites de groupe se réservent au {NAT}, au moins quinze jours à l'avance.",
            "Les demandes de recherche sur un soldat sont à adresser à {EMR}.",
            "La borne interactive de la salle 2 a l'adresse {IP4P} ; le serveur d'archives répond sur {IP6}.",
            "Votre billet a été réglé avec la carte {CARD}.",
        ],
        "neg": [
            "L'objet {N:accession}, un casque Adrian, est de retour en vitrine.",
            "Le catalogue (ISBN {N:isbn}) coûte {N:amount}.",
            "Dans la cour, un {N:vehicle_type} ; la salle 3 couvre les années {N:war_years}.",
        ],
    },
    "remembrance": {
        "title": [
            "Cérémonie du 11 Novembre – déroulement",
            "Commémoration au monument aux morts",
            "Journée nationale du souvenir : consignes",
        ],
        "pos": [
            "Les gerbes se commandent auprès de {NAME} au {NAT}.",
            "Porte-drapeaux : inscription auprès de {EMR}.",
            "Contact presse : {EMP}, {MOB}.",
        ],
        "neg": [
            "La minute de silence est observée à {N:silence}.",
            "Les nouveaux noms figurent sur les plaques {N:panel}.",
            "Mise en place à {N:mil_time}, place de la mairie.",
        ],
    },
}

ES = {
    "family": {
        "title": [
            "Oficina de apoyo a familias – avisos",
            "Carta a las familias durante la misión",
            "Unidad de apoyo al personal: información",
        ],
        "pos": [
            "Mientras dure la misión, la oficina de apoyo a familias atiende en el {MOB}.",
            "Las familias pueden escribir a {EMR} para recibir noticias del contingente.",
            "Para la guardería del acuartelamiento, llamen a {NAME} al {NAT}.",
            "El teléfono gratuito para familias es el {FREE}.",
            "Desde el extranjero, marquen el {INTL}.",
        ],
        "neg": [
            "Los paquetes no pueden superar {N:kit_weight}.",
            "La jornada de puertas abiertas empieza a las {N:mil_time} en el edificio {N:room}.",
        ],
    },
    "veterans": {
        "title": [
            "Hermandad de veteranos – boletín",
            "Asociación de antiguos caballeros legionarios",
            "Reunión anual de veteranos: convocatoria",
        ],
        "pos": [
            "El secretario, {NAME}, atiende por las tardes en el {NAT}.",
            "La cuota se abona por transferencia a {IBAN}.",
            "Inscripciones para la comida en {EMR} o en el {MOB}.",
            "Las fotos del acto las tiene {EMP}.",
        ],
        "neg": [
            "El carné de socio n.º {N:member_no} se ha anulado por duplicado.",
            "Nuestro socio más veterano, nacido el {N:dob}, sirvió en {N:war_years}.",
            "La rifa recaudó {N:amount}.",
        ],
    },
    "museum": {
        "title": [
            "Museo del Ejército – información al visitante",
            "Consulta al archivo del museo",
            "Amigos del museo regimental",
        ],
        "pos": [
            "Las visitas en grupo se reservan en el {NAT}.",
            "Las consultas sobre expedientes de soldados se envían a {EMR}.",
            "El contador de visitantes de la entrada está en {IP4P}.",
            "La entrada se pagó con la tarjeta {CARD}.",
        ],
        "neg": [
            "La pieza {N:accession} vuelve a exponerse tras su restauración.",
            "El catálogo (ISBN {N:isbn}) cuesta {N:amount}.",
            "En el patio hay un {N:vehicle_type}; la sala 3 cubre los años {N:war_years}.",
        ],
    },
}

IT = {
    "family": {
        "title": [
            "Ufficio assistenza famiglie – comunicazioni",
            "Lettera alle famiglie durante la missione",
            "Sportello famiglie del reggimento",
        ],
        "pos": [
            "Durante la missione lo sportello famiglie risponde al {MOB}.",
            "Le famiglie possono scrivere a {EMR} per ricevere notizie dal contingente.",
            "Per l'asilo della caserma chiamate {NAME} allo {NAT}.",
            "Il numero verde per le famiglie è {FREE}.",
            "Dall'estero chiamate il {INTL}.",
        ],
        "neg": [
            "I pacchi non devono superare {N:kit_weight}.",
            "La giornata delle famiglie inizia alle {N:mil_time} davanti alla palazzina {N:room}.",
        ],
    },
    "veterans": {
        "title": [
            "Associazione Nazionale Alpini – notiziario di sezione",
            "Associazione ex combattenti: avvisi",
            "Raduno dei congedati: informazioni",
        ],
        "pos": [
            "Il segretario di sezione, {NAME}, risponde la sera allo {NAT}.",
            "La quota si versa con bonifico su {IBAN}.",
            "Iscrizioni al pranzo presso {EMR} o al {MOB}.",
            "Le foto del raduno le ha {EMP}.",
        ],
        "neg": [
            "La tessera n. {N:member_no} è stata annullata.",
            "Il nostro socio più anziano, nato il {N:dob}, ha servito negli anni {N:war_years}.",
            "La lotteria ha raccolto {N:amount}.",
        ],
    },
    "remembrance": {
        "title": [
            "4 Novembre – programma della cerimonia",
            "Commemorazione al monumento ai caduti",
            "Cerimonia dell'alzabandiera: disposizioni",
        ],
        "pos": [
            "Le corone si ordinano presso {NAME} allo {NAT}.",
            "Portabandiera: iscrizione a {EMR}.",
            "Stampa: {EMP}, {MOB}.",
        ],
        "neg": [
            "Il minuto di silenzio è alle {N:silence}.",
            "I nuovi nomi sono sulle lapidi {N:panel}.",
            "Schieramento alle {N:mil_time} in piazza.",
        ],
    },
}

LIST_FR = {
    "heads": ["Numéros à garder", "Contacts utiles"],
    "labels": ["Cellule familles", "Officier de permanence", "Aumônier", "Secrétaire", "Trésorier"],
}
LIST_ES = {
    "heads": ["Teléfonos de contacto", "A quién llamar"],
    "labels": ["Apoyo a familias", "Oficial de guardia", "Capellán", "Secretaría", "Tesorería"],
}
LIST_IT = {
    "heads": ["Recapiti utili", "Chi chiamare"],
    "labels": ["Sportello famiglie", "Ufficiale di picchetto", "Cappellano", "Segreteria", "Tesoriere"],
}
