"""French, Spanish and Italian sentences of the v90 set (energy and home improvement), written fresh."""

FR = {
    "solar": {
        "title": ["Votre devis photovoltaïque", "Visite technique – panneaux solaires"],
        "pos": [
            "Nous prévoyons {k:panels} ({k:kwp}), inclinaison et "
            "orientation {k:roof}. Pour toute question sur "
            "le calepinage, {name} reste "
            "joignable au {nat}.",
            "Le raccordement est lié au point de livraison {k:prm_fr}. "
            "Le conseiller du gestionnaire de réseau "
            "répond au {free}.",
            "L'acompte sera prélevé sur {iban}.",
            "Le jour de la pose, le chef d'équipe vous appelle depuis le {mob}.",
        ],
        "neg": [
            "Implantation : {k:panels}, chaînes {k:strings}, production estimée {k:yield}.",
            "Dimensions module {k:panel_size} ; économie estimée {k:co2} par an.",
        ],
    },
    "heatpump": {
        "title": ["Installation de votre pompe à chaleur", "Étude thermique et devis PAC"],
        "pos": [
            "Déperditions calculées : {k:heat_loss}, régime d'eau {k:flow_temp}. Votre technicien {name} est "
            "au {nat}.",
            "Le dossier d'aide est en cours ; les pièces manquantes sont à envoyer à {email}.",
            "Notre agence de Genève ou de Bruxelles répond au {intl}.",
            "Le solde a été réglé par carte {card}.",
        ],
        "neg": [
            "Dimensionnement : {k:heat_loss}, {k:scop}, fluide {k:refrigerant}.",
            "Puissance acoustique {k:sound} ; ballon {k:cylinder}.",
        ],
    },
    "insulation": {
        "title": ["Isolation des combles perdus", "Résultat de votre audit énergétique"],
        "pos": [
            "Après soufflage de {k:depth}, la paroi atteint {k:u_value}. Pour décaler l'intervention, "
            "appelez le {nat}.",
            "Votre conseillère {name} vous enverra le rapport depuis {email}.",
            "Si un voisin veut vérifier ses droits, le numéro d'information est le {free}.",
        ],
        "neg": [
            "Surface des combles {k:loft_area}, épaisseur {k:depth}, résultat {k:u_value}.",
            "Étanchéité à l'air {k:airtight} ; VMC {k:airflow}.",
        ],
    },
    "smartmeter": {
        "title": ["Rendez-vous pose de compteur communicant", "Remplacement de votre compteur"],
        "pos": [
            "Le technicien passera entre {k:window}. En cas d'empêchement, appelez le {nat}.",
            "Pour le suivi de consommation, contactez {email} ou le {mob} (SMS accepté).",
        ],
        "neg": [
            "Point de livraison {k:prm_fr} ; index relevé {k:reading}.",
            "Créneau {k:window} ; disjoncteur de branchement {k:fuse}.",
        ],
    },
}

ES = {
    "solar": {
        "title": ["Presupuesto de autoconsumo fotovoltaico", "Visita técnica – placas solares"],
        "pos": [
            "Instalaremos {k:panels} ({k:kwp}) con inclinación y orientación {k:roof}. Para dudas del "
            "proyecto, llame a {name} al {nat}.",
            "El punto de suministro es {k:cups_es}. La distribuidora atiende en el {free}.",
            "La señal se cargará en la cuenta {iban}.",
            "El día del montaje el encargado le avisará desde el {mob}.",
        ],
        "neg": [
            "Configuración: {k:panels}, strings {k:strings}, producción estimada {k:yield}.",
            "Módulo de {k:panel_size}; ahorro estimado {k:co2} al año.",
        ],
    },
    "heatpump": {
        "title": ["Instalación de aerotermia", "Estudio de cargas y oferta de aerotermia"],
        "pos": [
            "La carga térmica es de {k:heat_loss}, con impulsión a {k:flow_temp}. Su técnico, {name}, está "
            "en el {nat}.",
            "Para la subvención necesitamos el certificado energético; envíelo a {email}.",
            "El pago final se cargó en la tarjeta {card}.",
        ],
        "neg": [
            "Equipo: {k:heat_loss}, {k:scop}, refrigerante {k:refrigerant}.",
            "Nivel sonoro {k:sound}; depósito {k:cylinder}.",
        ],
    },
    "evcharger": {
        "title": ["Instalación de punto de recarga", "Cargador del vehículo eléctrico – acta de entrega"],
        "pos": [
            "Montaremos un cargador de {k:charge_kw} con {k:breaker} y "
            "manguera {k:cable}. El electricista le "
            "llamará antes desde el {mob}.",
            "Incidencias del cargador: {free} o {email}.",
            "El cargador se conecta a su red con la IP {ip}.",
        ],
        "neg": [
            "Punto de recarga {k:evse_id}, potencia {k:charge_kw}.",
            "Línea {k:cable}; protecciones {k:breaker}.",
        ],
    },
    "advice": {
        "title": ["Informe de asesoría energética", "Resumen de su consulta sobre la factura de la luz"],
        "pos": [
            "Su precio actual es {k:rate}. Si quiere revisar la "
            "potencia contratada, llame a {name} al {nat}.",
            "Puede escribirnos a {email} con una foto del contador.",
        ],
        "neg": [
            "Lectura {k:reading}; precio {k:rate}.",
            "Punto de suministro {k:cups_es}.",
        ],
    },
}

IT = {
    "solar": {
        "title": ["Preventivo impianto fotovoltaico", "Sopralluogo per pannelli solari"],
        "pos": [
            "Prevediamo {k:panels} ({k:kwp}), inclinazione e orientamento {k:roof}. Per domande sul progetto "
            "contatti {name} al {nat}.",
            "Il POD dell'abitazione è {k:pod_it}. Il distributore risponde al numero verde {free}.",
            "L'acconto verrà addebitato sull'IBAN {iban}.",
            "Il giorno dell'installazione il caposquadra la chiamerà dal {mob}.",
        ],
        "neg": [
            "Configurazione: {k:panels}, stringhe {k:strings}, producibilità {k:yield}.",
            "Dimensioni modulo {k:panel_size}; risparmio stimato {k:co2} all'anno.",
        ],
    },
    "heatpump": {
        "title": ["Installazione pompa di calore", "Calcolo dispersioni e offerta"],
        "pos": [
            "Le dispersioni sono pari a {k:heat_loss}, mandata {k:flow_temp}. Il tecnico {name} risponde al "
            "{nat}.",
            "Per la detrazione ci serve l'APE: lo invii a {email}.",
            "Il saldo è stato pagato con la carta {card}.",
        ],
        "neg": [
            "Macchina: {k:heat_loss}, {k:scop}, refrigerante {k:refrigerant}.",
            "Potenza sonora {k:sound}; accumulo {k:cylinder}.",
        ],
    },
    "insulation": {
        "title": ["Cappotto termico – relazione tecnica", "Isolamento del sottotetto"],
        "pos": [
            "Con {k:depth} di isolante la parete arriva a {k:u_value}. "
            "Per spostare il cantiere chiami il {nat}.",
            "Il geometra {name} le manderà il computo da {email}.",
            "Per urgenze in cantiere: {mob}.",
        ],
        "neg": [
            "Superficie {k:loft_area}, spessore {k:depth}, trasmittanza {k:u_value}.",
            "Tenuta all'aria {k:airtight}; VMC {k:airflow}.",
        ],
    },
    "smartmeter": {
        "title": ["Sostituzione contatore elettronico", "Appuntamento per il nuovo contatore"],
        "pos": [
            "Il tecnico passerà tra le {k:window}. Se non è in casa, chiami il {nat}.",
            "Per informazioni sui consumi scriva a {email} o chiami il {free}.",
        ],
        "neg": [
            "POD {k:pod_it}; lettura di cessazione {k:reading}.",
            "Fascia oraria {k:window}; potenza impegnata {k:charge_kw}.",
        ],
    },
}

LIST_HEADS = {
    "fr": ["Vos interlocuteurs chantier", "Numéros pour le jour de la pose"],
    "es": ["Contactos de su instalación", "Teléfonos para el día del montaje"],
    "it": ["I vostri referenti di cantiere", "Recapiti per l'installazione"],
}
LIST_LABELS = {
    "fr": ["Chef de chantier", "Électricien", "Échafaudage", "Aides financières", "SAV", "Planning"],
    "es": ["Jefe de obra", "Electricista", "Andamios", "Subvenciones", "Posventa", "Planificación"],
    "it": ["Capocantiere", "Elettricista", "Ponteggi", "Incentivi", "Assistenza", "Pianificazione"],
}
