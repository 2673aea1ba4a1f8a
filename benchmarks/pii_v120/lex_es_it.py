"""Spanish and Italian sentences for the v120 set (postal services)."""

ES = {
    "titles": {
        "counter": ["Oficina de Correos – aviso a los clientes", "Novedades en ventanilla"],
        "pobox": ["Su apartado postal", "Renovación del apartado"],
        "sorting": ["Aviso de llegada: envío pendiente de recogida", "Centro de reparto – recogida"],
        "redirect": ["Reenvío de correspondencia confirmado", "Su solicitud de reenvío"],
        "franking": ["Máquina franqueadora – extracto", "Entrega de envíos masivos"],
        "rural": ["Servicio rural de Correos", "Oficina auxiliar del pueblo"],
    },
    "body": {
        "counter": [
            "La ventanilla de certificados se ha trasladado al fondo de la oficina.",
            "Para envíos grandes, pida cita en el {P}.",
            "¿Dudas sobre el justificante? Escriba a {E}.",
            "{NAME} atiende los trámites de giro los martes; su móvil es {M}.",
        ],
        "pobox": [
            "La cuota del apartado se cargará en {IB}.",
            "Si pierde la llave, llame cuanto antes al {P}.",
            "Los paquetes que no caben se guardan en ventanilla quince días.",
            "El pago se hizo con la tarjeta {C}.",
        ],
        "sorting": [
            "No pudimos entregar su envío porque requería firma.",
            "Para concertar otra entrega llame al {P} o envíe un SMS al {M}.",
            "El pago de aranceles se registró desde {IP}.",
            "Traiga este aviso y su DNI a la unidad de reparto.",
        ],
        "redirect": [
            "Reenviaremos su correo a la nueva dirección durante el periodo elegido.",
            "Para cambiar la fecha final llame al {T} o escriba a {E}.",
            "Si no ha pedido este reenvío, llame de inmediato al {P}.",
        ],
        "franking": [
            "El saldo de su franqueadora se recarga con cargo a {IB}.",
            "Los envíos masivos deben ir atados de cincuenta en cincuenta y ordenados por código postal.",
            "Entrega en el muelle de 14 a 17 h; si se retrasa, avise al {P}.",
            "Su gestora: {NAME}, {PE}, móvil {M}.",
        ],
        "rural": [
            "El cartero rural pasa por la plaza los lunes y jueves.",
            "Para saber el horario de la oficina auxiliar llame al {P}.",
            "{NAME} recoge los paquetes en el bar del pueblo; avísele al {M}.",
            "Atención al cliente: {T}.",
        ],
    },
    "neg": ["Indique {nl} {N} en cualquier consulta.", "{NL}: {N}.", "Según el justificante, {nl} {N}."],
    "list_heads": ["Teléfonos de la oficina", "Contactos de Correos"],
    "list_labels": ["Ventanilla", "Reparto", "Apartados", "Reenvíos", "Empresas", "Oficina rural"],
    "local": {},
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: tel. {ph}"],
}

IT = {
    "titles": {
        "counter": ["Ufficio postale – avviso alla clientela", "Allo sportello questa settimana"],
        "pobox": ["La sua casella postale", "Rinnovo casella postale"],
        "sorting": ["Avviso di giacenza", "Centro di smistamento – ritiro"],
        "redirect": ["Conferma del servizio Seguimi", "Inoltro della corrispondenza"],
        "franking": ["Affrancatrice – estratto conto", "Consegna di posta massiva"],
        "rural": ["Ufficio postale di frazione", "Sportello postale del paese"],
    },
    "body": {
        "counter": [
            "Lo sportello delle raccomandate è stato spostato in fondo alla sala.",
            "Per spedizioni voluminose fissi un appuntamento al {P}.",
            "Domande sulla ricevuta? Scriva a {E}.",
            "{NAME} segue le pratiche dei vaglia il martedì, cellulare {M}.",
        ],
        "pobox": [
            "Il canone della casella sarà addebitato su {IB}.",
            "Chiave smarrita? Chiami subito il {P}.",
            "Il pagamento è avvenuto con la carta {C}.",
            "I pacchi che non entrano restano allo sportello per dieci giorni.",
        ],
        "sorting": [
            "Non è stato possibile consegnare l'invio: serviva una firma.",
            "Per una nuova consegna chiami il {P} o invii un SMS al {M}.",
            "Il pagamento dei dazi è stato registrato da {IP}.",
        ],
        "redirect": [
            "Inoltreremo la posta al nuovo indirizzo per il periodo scelto.",
            "Per cambiare la data di fine chiami il {T}.",
            "Non ha richiesto nulla? Telefoni subito al {P}.",
        ],
        "franking": [
            "Il credito dell'affrancatrice è ricaricato con addebito su {IB}.",
            "La posta massiva va consegnata in mazzette da cinquanta, ordinate per CAP.",
            "Consegna alla banchina dalle 14 alle 17; in caso di ritardo, avvisi il {P}.",
            "Referente: {NAME}, {PE}, cellulare {M}.",
        ],
        "rural": [
            "L'ufficio di frazione apre il martedì e il venerdì mattina.",
            "Orari e chiusure estive: {P}.",
            "{NAME} gestisce lo sportello; lasciate un messaggio al {M}.",
            "Assistenza clienti: {T}.",
        ],
    },
    "neg": ["Indichi {nl} {N} in ogni comunicazione.", "{NL}: {N}.", "Dalla ricevuta risulta {nl} {N}."],
    "list_heads": ["Numeri dell'ufficio", "Contatti utili"],
    "list_labels": ["Sportello", "Recapito", "Caselle postali", "Inoltro", "Aziende", "Ufficio di frazione"],
    "local": {},
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: tel. {ph}"],
}
