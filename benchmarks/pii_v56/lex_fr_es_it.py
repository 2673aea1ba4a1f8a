"""French, Spanish and Italian sentences for v56 (tourism and hospitality), written fresh."""

FR = {
    "hotel": {
        "title": ["Confirmation de votre réservation", "Avant votre arrivée", "Question sur votre facture"],
        "pii": [
            "En cas d'arrivée après minuit, prévenez le veilleur de nuit au {ph}.",
            "Portail Wi-Fi : saisissez {ip} si la page ne s'ouvre pas.",
            "Réservations centrales (appel gratuit) : {free}.",
            "La confirmation a aussi été envoyée à {email}.",
            "La carte {card} a été pré-autorisée à titre de garantie.",
            "Pour les groupes, écrivez à {role}.",
            "Le solde peut être réglé par virement sur {iban}.",
        ],
        "plain": [
            "Réservation {n:booking_ref}, chambre {n:room_no}, arrivée {n:checkin_window}.",
            "Le tarif de {n:nightly_rate} la nuit s'entend hors taxe de séjour "
            "({n:tourist_tax} par personne).",
            "Annulation gratuite jusqu'au {n:cancel_deadline}.",
        ],
    },
    "bnb": {
        "title": ["Bienvenue dans notre chambre d'hôtes", "Un mot de vos hôtes"],
        "pii": [
            "Nous habitons la maison d'à côté ; si personne ne répond, appelez le {mob}.",
            "Vos souhaits pour le petit-déjeuner par SMS au {mob} la veille.",
            "L'acompte a été prélevé sur la carte {card}.",
        ],
        "plain": [
            "Le portail s'ouvre avec le code {n:door_code}.",
            "Votre chambre {n:room_no} a un lit de {n:bed_size}.",
            "Silence de {n:quiet_hours}, merci pour les autres hôtes.",
        ],
    },
    "campsite": {
        "title": ["Camping – informations d'arrivée", "Bienvenue au camping du lac"],
        "pii": [
            "Le gardien est joignable en soirée au {mob}.",
            "Pour toute question sur votre séjour : {role}.",
            "L'emplacement a été réglé avec la carte {card}.",
        ],
        "plain": [
            "Votre emplacement : {n:pitch}, près du bloc sanitaire.",
            "Coordonnées GPS : {n:gps_dd}.",
            "Lave-linge : {n:laundry}.",
        ],
    },
    "holidaylet": {
        "title": ["Livret d'accueil du gîte", "Infos pratiques pour votre location"],
        "pii": [
            "En cas de panne de chauffe-eau, appelez notre voisin {name} au {mob}.",
            "La caution sera reversée sur {iban} après l'état des lieux.",
            "Le contrat signé est à renvoyer à {email}.",
            "Pour le ménage en cours de séjour, appelez le {ph}.",
        ],
        "plain": [
            "La boîte à clés à gauche de la porte s'ouvre avec {n:keysafe}.",
            "Relevé du compteur à l'arrivée : {n:meter}.",
            "Marée haute demain : {n:tide}.",
        ],
    },
    "tourguide": {
        "title": ["Votre visite guidée", "Confirmation de votre randonnée accompagnée"],
        "pii": [
            "Votre guide, {name}, est joignable le jour même au {mob}.",
            "Les factures partent de {role}.",
            "Si vous perdez le groupe, appelez l'agence au {ph}.",
            "Notre correspondant en Belgique reprend la suite du circuit : {intl}.",
        ],
        "plain": [
            "Rendez-vous à {n:gps_dms}, devant la fontaine.",
            "Sentier {n:trail}, chaussures de marche conseillées.",
            "Retour en bus à {n:bus_times}.",
        ],
    },
}

ES = {
    "hotel": {
        "title": ["Confirmación de su reserva", "Antes de su llegada", "Consulta sobre su factura"],
        "pii": [
            "Si llega después de medianoche, avise al recepcionista de noche en el {ph}.",
            "Reservas centrales, llamada gratuita: {free}.",
            "También enviamos la confirmación a {email}.",
            "Hemos preautorizado la tarjeta {card} como garantía.",
            "Para grupos, escriba a {role}.",
            "Puede pagar el resto por transferencia a {iban}.",
        ],
        "plain": [
            "Localizador {n:booking_ref}, habitación {n:room_no}, entrada {n:checkin_window}.",
            "La tarifa de {n:nightly_rate} por noche no incluye la tasa turística de {n:tourist_tax}.",
            "Cancelación gratuita hasta el {n:cancel_deadline}.",
        ],
    },
    "holidaylet": {
        "title": ["Manual del apartamento turístico", "Instrucciones de llegada"],
        "pii": [
            "Si falla el aire acondicionado, llame a nuestro técnico {name} al {mob}.",
            "La fianza se devolverá a {iban} tras la salida.",
            "Envíe una foto del DNI o pasaporte a {email} para el registro de viajeros.",
        ],
        "plain": [
            "Número de registro turístico: {n:es_licence}.",
            "La caja de llaves junto a la puerta se abre con {n:keysafe}.",
            "Lectura del contador a la llegada: {n:meter}.",
        ],
    },
    "hostelboard": {
        "title": ["TABLÓN DE ANUNCIOS", "Normas del albergue"],
        "pii": [
            "¿Alguien va a Granada el domingo? Quedan dos plazas, WhatsApp {mob}.",
            "La impresora del salón está en {ip}.",
            "He perdido unas gafas de sol en la terraza – {email}.",
            "Recepción cerrada de 2 a 7 h: teléfono de urgencias {ph}.",
        ],
        "plain": [
            "Tu cama y taquilla: {n:bunk_locker}.",
            "Silencio de {n:quiet_hours}.",
            "Lavadora: {n:laundry}.",
        ],
    },
    "tourguide": {
        "title": ["Su visita guiada", "Confirmación de la excursión"],
        "pii": [
            "Su guía, {name}, estará localizable en el {mob}.",
            "Las facturas se envían desde {role}.",
            "Si se pierde del grupo, llame a la oficina al {ph}.",
        ],
        "plain": [
            "Punto de encuentro: {n:gps_dms}.",
            "Grupo reservado: {n:group_ages}.",
            "Entrada al museo: código {n:ean_ticket}.",
        ],
    },
    "transfer": {
        "title": ["Bono de traslado al aeropuerto", "Confirmación de su traslado"],
        "pii": [
            "Su conductor le enviará un mensaje desde el {mob} al llegar.",
            "Cambios o retrasos: central 24 h en el {ph}.",
            "El traslado se pagó con la tarjeta {card}.",
        ],
        "plain": [
            "Vuelo {n:flight_no}, llegada a las 14:35.",
            "Tren de conexión: {n:train_seat} (tren / coche / plaza).",
            "Equipaje: una maleta de hasta {n:luggage_weight}.",
        ],
    },
}

IT = {
    "hotel": {
        "title": ["Conferma della sua prenotazione", "Prima del suo arrivo", "Domanda sul conto"],
        "pii": [
            "Se arriva dopo mezzanotte, avvisi il portiere di notte al {ph}.",
            "Numero verde prenotazioni: {free}.",
            "Portale Wi-Fi: digitate {ip} nel browser.",
            "La conferma è stata inviata anche a {email}.",
            "A garanzia è stata preautorizzata la carta {card}.",
            "Per i gruppi scriva a {role}.",
            "Il saldo può essere versato con bonifico su {iban}.",
        ],
        "plain": [
            "Prenotazione {n:booking_ref}, camera {n:room_no}, check-in {n:checkin_window}.",
            "La tariffa di {n:nightly_rate} a notte esclude l'imposta di soggiorno ({n:tourist_tax}).",
            "Cancellazione gratuita fino al {n:cancel_deadline}.",
        ],
    },
    "bnb": {
        "title": ["Benvenuti al nostro B&B", "Due righe dai vostri host"],
        "pii": [
            "Abitiamo al piano di sopra; se non rispondiamo, chiamate il {mob}.",
            "Per la colazione scriveteci la sera prima al {mob}.",
            "La caparra è stata addebitata sulla carta {card}.",
        ],
        "plain": [
            "Il portone si apre con il codice {n:door_code}.",
            "Codice identificativo nazionale: {n:it_cin}.",
            "Silenzio dalle {n:quiet_hours}.",
        ],
    },
    "campsite": {
        "title": ["Campeggio – informazioni di arrivo", "Benvenuti al camping"],
        "pii": [
            "Il custode risponde la sera al {mob}.",
            "Per la prenotazione scrivete a {role}.",
            "La piazzola è stata pagata con {card}.",
        ],
        "plain": [
            "La vostra piazzola: {n:pitch}.",
            "Coordinate GPS: {n:gps_dd}.",
            "Lavatrice: {n:laundry}.",
        ],
    },
    "holidaylet": {
        "title": ["Manuale della casa vacanze", "Informazioni per l'agriturismo"],
        "pii": [
            "Per guasti alla caldaia chiamate {name} al {mob}.",
            "Il deposito cauzionale sarà restituito su {iban}.",
            "Per le pulizie extra il numero è {ph}.",
        ],
        "plain": [
            "La cassetta delle chiavi si apre con {n:keysafe}.",
            "Lettura del contatore all'arrivo: {n:meter}.",
            "La colonnina di ricarica ha il codice {n:ev_charger}.",
        ],
    },
    "tourguide": {
        "title": ["La sua visita guidata", "Conferma dell'escursione"],
        "pii": [
            "La vostra guida, {name}, è raggiungibile al {mob}.",
            "Le fatture partono da {role}.",
            "Se perdete il gruppo, chiamate l'agenzia al {ph}.",
        ],
        "plain": [
            "Ritrovo: {n:gps_dms}.",
            "Il rifugio si trova a {n:altitude}.",
            "Rientro in pullman alle {n:bus_times}.",
        ],
    },
}

LIST = {
    "fr": {
        "heads": ["Numéros utiles pendant votre séjour", "Pendant votre séjour"],
        "labels": ["Réception", "Veilleur de nuit", "Ménage", "Taxi", "Guide", "Propriétaire"],
        "tel": "tél.",
    },
    "es": {
        "heads": ["Teléfonos durante su estancia", "Durante su estancia"],
        "labels": ["Recepción", "Conserje de noche", "Limpieza", "Taxi", "Guía", "Propietario"],
        "tel": "tel.",
    },
    "it": {
        "heads": ["Numeri per il soggiorno", "Durante il soggiorno"],
        "labels": ["Reception", "Portiere di notte", "Pulizie", "Taxi", "Guida", "Proprietaria"],
        "tel": "tel.",
    },
}
