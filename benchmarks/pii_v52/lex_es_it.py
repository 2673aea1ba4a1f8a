"""Spanish and Italian sentences, written fresh for v52."""

ES = {
    "bill": {
        "t": ["Tu factura de móvil", "Factura de fibra"],
        "p": [
            "Para dudas sobre la factura llama al {P}.",
            "Cargo en la cuenta {IB}.",
            "Llamadas al {M} fuera de tarifa.",
        ],
        "n": [
            "Nº de cliente {N:customer}, factura {N:invoice}, periodo {N:period}.",
            "Datos consumidos: {N:allowance}.",
        ],
    },
    "porting": {
        "t": ["Portabilidad de tu número", "Cambio de compañía"],
        "p": [
            "Tu número {M} se portará esta noche entre las 2 y las 6.",
            "Si pasadas 24 horas no tienes línea, llama gratis al {T}.",
        ],
        "n": ["Tarjeta SIM {N:iccid}, PIN {N:simpin}, PUK {N:puk}."],
    },
    "router": {
        "t": ["Instalación del router", "Guía rápida de la fibra"],
        "p": ["Accede a la configuración desde {IP}.", "Tu instalador, {NAME}, te llamará desde el {M}."],
        "n": ["Clave wifi {N:wifi_key}, modelo {N:model}, velocidad medida {N:speed}."],
    },
    "repair": {
        "t": ["Resguardo de reparación", "Orden de servicio técnico"],
        "p": ["Te avisaremos por SMS al {M} cuando esté listo.", "Señal pagada con tarjeta {C}."],
        "n": ["IMEISV {N:imeisv}, orden {N:rma}, batería {N:battery}."],
    },
    "ticket": {
        "t": ["Incidencia informática", "Ticket de soporte"],
        "p": ["El usuario {NAME} está en el {P}, extensión aparte.", "Responder a {E} indicando el ticket."],
        "n": ["Ticket {N:ticket}, activo {N:asset}, código {N:errcode}."],
    },
    "confcall": {
        "t": ["Convocatoria: reunión de red", "Multiconferencia"],
        "p": ["Acceso telefónico: {P}; desde otros países, {I}.", "Organiza {NAME} ({EP})."],
        "n": ["ID de reunión {N:meeting_id}, código {N:passcode}."],
    },
}
ES_LIST = (["Teléfonos útiles", "Contactos de escalado"], ["Centralita", "Soporte", "Facturación", "Guardia"])

IT = {
    "bill": {
        "t": ["La tua bolletta mobile", "Fattura linea fissa e internet"],
        "p": [
            "Per informazioni sulla fattura chiama il {P}.",
            "Addebito sul conto {IB}.",
            "Chiamate verso il {M} addebitate a parte.",
        ],
        "n": [
            "Codice cliente {N:customer}, fattura {N:invoice}, periodo {N:period}.",
            "Traffico dati: {N:allowance}.",
        ],
    },
    "porting": {
        "t": ["Portabilità del numero", "Passaggio a nuovo operatore"],
        "p": [
            "Il numero {M} passerà sulla nostra rete entro tre giorni.",
            "Assistenza portabilità: numero verde {T}.",
        ],
        "n": ["SIM {N:iccid}, PIN {N:simpin}, PUK {N:puk}."],
    },
    "router": {
        "t": ["Installazione del modem", "Scheda di configurazione router"],
        "p": ["Pannello di gestione all'indirizzo {IP}.", "Il tecnico {NAME} la chiamerà dal {M}."],
        "n": ["Chiave Wi-Fi {N:wifi_key}, modello {N:model}, firmware {N:firmware}."],
    },
    "netdown": {
        "t": ["Disservizio sulla rete", "Aggiornamento guasto"],
        "p": ["Clienti business: {P}.", "Dall'estero chiamare il {I}."],
        "n": ["Circuito {N:circuit}; valori misurati {N:latency}."],
    },
    "switchboard": {
        "t": ["Rubrica interna", "Centralino e interni"],
        "p": ["Centralino {P}; portineria notturna {M}.", "Economato: {E}."],
        "n": ["Amministrazione interni {N:ext_range}; telefoni sulla {N:vlan}."],
    },
    "smarthome": {
        "t": ["Verbale di installazione domotica", "Note dell'installatore"],
        "p": ["Gateway con indirizzo {IP}.", "Per assistenza: {NAME}, {M}."],
        "n": ["Codice di abbinamento {N:matter}, rete {N:zigbee}."],
    },
}
IT_LIST = (
    ["Numeri utili", "Contatti di escalation"],
    ["Centralino", "Assistenza", "Amministrazione", "Reperibile"],
)
