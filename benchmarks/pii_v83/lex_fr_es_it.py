"""French, Spanish and Italian sentences for v83, written fresh."""

FR = {
    "G": {
        "housekeeping": {
            "title": ["Passation gouvernante – {day}", "Planning des femmes de chambre"],
            "body": [
                "Nettoyage à fond des chambres {room_range} cette semaine, matelas à retourner.",
                "Intérimaire du jour : matricule {staff_id}, à former au troisième étage.",
                "Détartrant toujours dilué ({dilution}), fiche de sécurité version {sds_rev}.",
            ],
            "contact": [
                "Si la gouvernante générale ne répond pas à la radio, appelez son portable : {P}.",
                "Manque de linge : prévenir {name} chez le fournisseur au {P}.",
            ],
        },
        "nightaudit": {
            "title": ["Audit de nuit – clôture", "Rapport du veilleur de nuit"],
            "body": [
                "Clôture à 03h08, CA hébergement {revenue}, taux d'occupation {occupancy}.",
                "Prix moyen {adr} euros.",
                "Le folio {folio} affiche un parking en double, à corriger le matin.",
                "No-show sur la réservation {confirm} facturé une nuit.",
            ],
            "contact": [
                "En cas de panne du logiciel, appeler l'assistance de nuit au {P}.",
                "Au-delà du plafond de caisse, réveiller le directeur au {P}.",
            ],
        },
        "laundry": {
            "title": ["Bon de livraison blanchisserie", "Location de linge – tournée"],
            "body": [
                "Enlevé ce jour : {linen_kg} de linge plat et 35 sacs d'éponge.",
                "Le linge de table passe en {wash_prog}.",
                "Lot {lot} de l'agent blanchissant bloqué, mesure {ph}.",
            ],
            "contact": [
                "Tournée manquée ? Appelez l'ordonnancement avant midi au {P}.",
                "Votre chargé de clientèle, {name}, est joignable au {P}.",
            ],
        },
        "windows": {
            "title": ["Devis nettoyage de vitres", "Laveur de carreaux – changement de passage"],
            "body": [
                "Les vitres du 3e étage sont faites depuis le sol avec une perche de {pole_m}.",
                "Eau pure à {tds}, sans produit ni traces.",
                "Boîte à clés près du portail, code {keysafe}.",
            ],
            "contact": [
                "En cas de pluie, nous prévenons la veille depuis le {P}.",
                "Une question sur le devis ? Appelez {name} au {P}.",
            ],
        },
        "pest": {
            "title": ["Rapport de dératisation", "Visite de désinsectisation"],
            "body": [
                "Postes d'appâtage extérieurs contrôlés, activité {trap_count}, "
                "poste {bait_station} remplacé.",
                "Gel appliqué dans les vides de cuisine, homologation {epa_reg}.",
                "Produit {un_no}, dilué à {dilution}.",
            ],
            "contact": [
                "En cas de traces avant le prochain passage, appelez l'astreinte au {P}.",
                "Votre technicien {name} ({P}) enverra le devis de calfeutrement.",
            ],
        },
        "sweep": {
            "title": ["Certificat de ramonage", "Compte rendu du ramoneur"],
            "body": [
                "Conduit {flue}, ramoné par le bas.",
                "Température des fumées {flue_temp}, mesure {co_ppm}.",
                "Certificat n° {sweep_cert}, à conserver pour l'assurance.",
            ],
            "contact": [
                "Prenez rendez-vous pour l'an prochain au {P}.",
                "Odeur de fumée à l'étage ? Éteignez le poêle et appelez-moi au {P}.",
            ],
        },
    },
    "DAYS": ["lundi", "mardi", "mercredi", "jeudi", "vendredi"],
    "LIST_HEAD": ["Liste des contacts", "Annuaire prestataires"],
    "LABELS": [
        "Veilleur de nuit",
        "Gouvernante",
        "Maintenance",
        "Blanchisserie",
        "Dératisation",
        "Réception",
        "Comptabilité",
    ],
    "OTHER": ["Notre service client est gratuit au {O}.", "Numéro pour les demandes d'enlèvement : {O}."],
    "EMAIL": ["Merci de renvoyer le rapport signé à {E}.", "Les factures uniquement à {E}."],
    "CARD": ["Acompte prélevé sur la carte {C} à la réservation."],
    "IBAN": ["Virement sur le compte {I}, en rappelant le numéro de commande.", "Prélèvement sur {I}."],
    "IP": [
        "Le PC de la balance en lingerie est à l'adresse {IP}.",
        "Enregistreur vidéo du local poubelles : {IP}.",
    ],
}

ES = {
    "G": {
        "housekeeping": {
            "title": ["Relevo de pisos – {day}", "Parte de la gobernanta"],
            "body": [
                "Limpieza a fondo de las habitaciones {room_range} esta semana.",
                "Refuerzo de hoy: número de empleada {staff_id}, tercera planta.",
                "El desincrustante siempre diluido ({dilution}), ficha de seguridad {sds_rev}.",
            ],
            "contact": [
                "Si la gobernanta no contesta por la emisora, llamad a su móvil: {P}.",
                "Falta de lencería: avisar a {name} en el proveedor, {P}.",
            ],
        },
        "nightaudit": {
            "title": ["Auditoría nocturna – cierre", "Informe del recepcionista de noche"],
            "body": [
                "Cierre a las 03:07, ingresos de alojamiento {revenue}, ocupación {occupancy}.",
                "El folio {folio} tiene el parking duplicado.",
                "No-show de la reserva {confirm} cobrado una noche.",
            ],
            "contact": [
                "Si cae el programa de gestión, llamad al soporte nocturno: {P}.",
                "Por encima del límite de caja, despertad al director en el {P}.",
            ],
        },
        "laundry": {
            "title": ["Albarán de lavandería", "Alquiler de lencería – recogidas"],
            "body": [
                "Recogido hoy: {linen_kg} de ropa plana.",
                "La mantelería va en {wash_prog}.",
                "Lote {lot} del blanqueante retenido, medición {ph}.",
            ],
            "contact": [
                "¿Recogida no realizada? Llamad a logística antes de las 12 al {P}.",
                "Su gestora, {name}, atiende en el {P}.",
            ],
        },
        "pest": {
            "title": ["Informe de control de plagas", "Visita de desratización"],
            "body": [
                "Portacebos exteriores revisados, actividad {trap_count}, "
                "estación {bait_station} sustituida.",
                "Gel en huecos de cocina, registro {epa_reg}.",
            ],
            "contact": [
                "Si ven excrementos antes de la próxima visita, llamen al {P}.",
                "Su técnico {name} ({P}) enviará el presupuesto de sellado.",
            ],
        },
    },
    "DAYS": ["lunes", "martes", "miércoles", "jueves", "viernes"],
    "LIST_HEAD": ["Contactos", "Teléfonos de proveedores"],
    "LABELS": ["Recepción noche", "Gobernanta", "Mantenimiento", "Lavandería", "Plagas", "Administración"],
    "OTHER": ["Atención al cliente gratuita: {O}.", "Solicitudes de recogida en el {O}."],
    "EMAIL": ["Devuelvan el parte firmado a {E}.", "Facturas solo a {E}."],
    "CARD": ["Señal cobrada en la tarjeta {C} al reservar."],
    "IBAN": ["Transferencia a {I}, indicando el número de pedido."],
    "IP": ["El PC de la báscula de lavandería está en {IP}."],
}

IT = {
    "G": {
        "housekeeping": {
            "title": ["Consegne governante – {day}", "Piano cameriere ai piani"],
            "body": [
                "Pulizia a fondo delle camere {room_range} questa settimana.",
                "Rinforzo di oggi: matricola {staff_id}, terzo piano.",
                "Anticalcare sempre diluito ({dilution}), scheda di sicurezza {sds_rev}.",
            ],
            "contact": [
                "Se la governante non risponde alla radio, chiamate il cellulare: {P}.",
                "Biancheria mancante: avvisare {name} dal fornitore, {P}.",
            ],
        },
        "nightaudit": {
            "title": ["Night audit – chiusura giornata", "Rapporto portiere di notte"],
            "body": [
                "Chiusura alle 03:11, ricavi camere {revenue}, occupazione {occupancy}.",
                "Il conto {folio} ha il parcheggio addebitato due volte.",
                "No-show sulla prenotazione {confirm} addebitato una notte.",
            ],
            "contact": [
                "Se il gestionale si blocca, chiamate l'assistenza notturna: {P}.",
                "Oltre il limite di cassa, svegliate il direttore al {P}.",
            ],
        },
        "carpet": {
            "title": ["Rapporto lavaggio moquette", "Pulizia tappeti e imbottiti"],
            "body": [
                "Moquette dei corridoi lavata a estrazione, circa {area_m2}.",
                "Prespray diluito {dilution}, risciacquo a {ph}.",
                "Tempo di asciugatura circa {hours}.",
            ],
            "contact": [
                "Il tecnico di oggi era {name}, cellulare {P}.",
                "Per le scale prenotate in ufficio al {P}.",
            ],
        },
        "waste": {
            "title": ["Calendario ritiro rifiuti", "Noleggio cassoni – conferma"],
            "body": [
                "Due contenitori da {bin_litres} per l'indifferenziato.",
                "Vetro con codice CER {ewc}, formulario {wtn}.",
                "Pesata lordo / tara {weighbridge}.",
            ],
            "contact": [
                "Ritiro saltato? Segnalatelo entro due giorni al {P}.",
                "L'autista, {name}, chiede di essere chiamato al {P} se il cancello è chiuso.",
            ],
        },
    },
    "DAYS": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì"],
    "LIST_HEAD": ["Rubrica fornitori", "Contatti utili in struttura"],
    "LABELS": ["Portiere di notte", "Governante", "Manutenzione", "Lavanderia", "Rifiuti", "Amministrazione"],
    "OTHER": ["Il servizio clienti è gratuito al {O}.", "Richieste di ritiro al {O}."],
    "EMAIL": ["Rimandate il rapporto firmato a {E}.", "Fatture solo a {E}."],
    "CARD": ["Acconto addebitato sulla carta {C} alla prenotazione."],
    "IBAN": ["Bonifico su {I}, indicando il numero d'ordine."],
    "IP": ["Il PC della bilancia in lavanderia è su {IP}."],
}
