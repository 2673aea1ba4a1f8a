"""Spanish and Italian sentences for v113 (same slots as lex_en)."""

ES = {
    "recruit": {
        "titles": [
            "Buscamos voluntarios sanos",
            "Ensayo clínico sobre hipertensión – participación remunerada",
        ],
        "pos": [
            "Si te interesa, llama a la unidad de ensayos al {PN} o escribe a {E}.",
            "También puedes mandar un WhatsApp al {PM} con tu nombre y edad.",
            "Línea gratuita de información: {PF}.",
            "Desde fuera de España, marca el {PI}.",
        ],
        "neg": [
            "Requisitos: {N.bmi} y no fumar.",
            "Compensación: {N.money} al finalizar.",
        ],
    },
    "screening": {
        "titles": ["Cita para la visita de selección"],
        "pos": [
            "Ven en ayunas. Si no puedes acudir, avisa a {name} en el {PM}.",
            "Para cualquier duda antes de la visita, llama al {PN}.",
        ],
        "neg": [
            "Tu número de selección es {N.subject}.",
            "Extraeremos {N.tubes} y mediremos la tensión ({N.bp}).",
        ],
    },
    "safety": {
        "titles": ["Notificación de acontecimientos adversos graves"],
        "pos": [
            "Notifique cada AAG en 24 horas al {PF} y por correo a {E}.",
            "El monitor médico, {name}, atiende en el {PI}.",
        ],
        "neg": [
            "Codificación MedDRA: {N.meddra}.",
            "Kit {N.kit}, lote {N.lot}.",
        ],
    },
    "stipend": {
        "titles": ["Reembolso de gastos de desplazamiento"],
        "pos": [
            "Transferiremos los gastos a la cuenta {IBAN}.",
            "Dudas sobre pagos: administración, {PN}.",
        ],
        "neg": ["Cada visita completada se compensa con {N.money}."],
    },
}
ES_HEADS = ["Contactos del estudio", "Teléfonos del centro"]
ES_LABELS = ["Enfermera de investigación", "Investigador principal", "Farmacia", "Recepción de muestras"]

IT = {
    "recruit": {
        "titles": ["Cerchiamo volontari sani", "Studio clinico sulla psoriasi – partecipazione con rimborso"],
        "pos": [
            "Per sapere se puoi partecipare chiama il centro sperimentale al {PN} oppure scrivi a {E}.",
            "Puoi anche mandare un SMS al {PM}.",
            "Numero verde gratuito: {PF}.",
            "Dall'estero: {PI}.",
        ],
        "neg": ["Requisiti: {N.bmi}, non fumatori.", "Rimborso spese: {N.money}."],
    },
    "consent": {
        "titles": ["Foglio informativo – a chi rivolgersi"],
        "pos": [
            "Per domande sullo studio contatti la coordinatrice, {name}, al {PN}.",
            "In caso di emergenza mostri la tessera dello studio e faccia chiamare il {PI}.",
        ],
        "neg": ["Versione del documento: {N.version}.", "Il farmaco appartiene al gruppo ATC {N.atc}."],
    },
    "courier": {
        "titles": ["Spedizione dei campioni congelati"],
        "pos": [
            "Prenotate il ritiro entro le 13 al {PF}; il laboratorio centrale risponde al {PN}.",
            "Inviate la distinta a {E} in giornata.",
        ],
        "neg": ["Collo con {N.dryice}, lettera di vettura {N.waybill}.", "Centrifugare a {N.centrifuge}."],
    },
    "nurse": {
        "titles": ["Consegne dell'infermiera di ricerca"],
        "pos": [
            "La partecipante preferisce essere chiamata sul cellulare, {PM}.",
            "Domani copre l'ambulatorio {name}, raggiungibile al {PN}.",
        ],
        "neg": ["Parametri: {N.bp}, {N.hr}.", "ECG nella norma, {N.qtc}.", "Infusione a {N.infusion}."],
    },
}
IT_HEADS = ["Contatti dello studio", "Numeri del centro"]
IT_LABELS = ["Infermiera di ricerca", "Sperimentatore principale", "Farmacia", "Accettazione campioni"]
