"""Spanish and Italian sentences (v95): legal services. Placeholders as in lex_en."""

ES = {
    "clientcare": {
        "title": ["Hoja de encargo profesional", "Su asunto en el despacho"],
        "pos": [
            "Su asunto lo lleva la letrada {NAME}; puede llamarla al {P}.",
            "Para dudas sobre la provisión de fondos, escriba a {E} o llame al {P}.",
            "La provisión se ingresa en la cuenta {I}.",
        ],
        "neg": [
            "Los honorarios pactados ascienden a {n:fee_amount} € más IVA.",
            "Nuestra referencia interna es {n:client_ref}.",
            "Se han dedicado {n:hours_recorded} al expediente.",
        ],
    },
    "notary": {
        "title": ["Cita en la notaría", "Firma de escritura"],
        "pos": [
            "El oficial de la notaría, {NAME}, atiende en el {P}.",
            "Envíe la copia del DNI a {E} antes de la firma.",
            "El vendedor, que reside fuera, estará disponible en el {X}.",
        ],
        "neg": [
            "La escritura se incorpora al protocolo con el número {n:notary_roll}.",
            "La firma queda fijada para el {n:hearing_slot}.",
            "Véase {n:ecli}.",
        ],
    },
    "mediation": {
        "title": ["Invitación a sesión de mediación", "Mediación familiar"],
        "pos": [
            "Si no puede acudir, avise a la mediadora por WhatsApp al {M}.",
            "El servicio de mediación intrajudicial atiende en el {P}.",
            "Línea gratuita de información: {O}.",
        ],
        "neg": [
            "La sesión informativa duró {n:hours_recorded}.",
            "Revise los apartados {n:paragraph_range} del acta inicial.",
            "El coste total es de {n:fee_amount} €.",
        ],
    },
    "witness": {
        "title": ["Citación como testigo", "Oficina de asistencia a las víctimas"],
        "pos": [
            "La Oficina de Asistencia a las Víctimas le acompañará el día del juicio; llame al {P}.",
            "Para los gastos de desplazamiento, envíe los justificantes a {E}.",
            "Si se siente en peligro, contacte con {NAME} en el {M}.",
        ],
        "neg": [
            "La vista se celebra en la sala {n:courtroom} el {n:hearing_slot}.",
            "Procedimiento abreviado {n:it_rg_number}.",
            "Su declaración consta como documento {n:exhibit_ref}.",
        ],
    },
    "legalaid": {
        "title": ["Justicia gratuita: su solicitud", "Servicio de orientación jurídica"],
        "pos": [
            "El Servicio de Orientación Jurídica del colegio le atiende en el {P}.",
            "El abogado de guardia está localizable en el {M}.",
            "Si cambia su teléfono, comuníquelo a {E}.",
        ],
        "neg": [
            "Su expediente de justicia gratuita es el {n:it_rg_number}.",
            "El plazo para recurrir es de {n:limitation_years} días hábiles.",
            "El límite de ingresos es de {n:fee_amount} € anuales.",
        ],
    },
}
ES_HEADS = ["Teléfonos del despacho", "Contactos del procedimiento"]
ES_LABELS = ["Secretaría", "Notaría", "Contabilidad", "Oficina de víctimas", "Mediación"]

IT = {
    "clientcare": {
        "title": ["Lettera di incarico professionale", "Il suo incarico presso lo studio"],
        "pos": [
            "La pratica è seguita dall'avv. {NAME}, raggiungibile al {P}.",
            "Per domande sul fondo spese scriva a {E} o chiami la segreteria al {P}.",
            "Il fondo spese va versato sull'IBAN {I}.",
            "Per urgenze: cellulare dell'avvocato {M}.",
        ],
        "neg": [
            "Il compenso concordato è di {n:fee_amount} € oltre IVA e CPA.",
            "Il procedimento è iscritto al R.G. n. {n:it_rg_number}.",
            "Sono state registrate {n:hours_recorded} di attività.",
        ],
    },
    "notary": {
        "title": ["Appuntamento per il rogito", "Studio notarile – documenti da portare"],
        "pos": [
            "Per il rogito contatti la collaboratrice del notaio, {NAME}, al {P}.",
            "I documenti possono essere anticipati a {E}.",
            "L'acquirente estero è reperibile al {X}.",
        ],
        "neg": [
            "L'atto è iscritto a repertorio con il n. {n:notary_roll}.",
            "Il rogito è fissato per il {n:hearing_slot}.",
            "Le imposte ammontano a {n:fee_amount} €.",
        ],
    },
    "mediation": {
        "title": ["Convocazione al primo incontro di mediazione", "Organismo di mediazione"],
        "pos": [
            "La segreteria dell'organismo risponde al {P}.",
            "Per spostare l'incontro mandi un messaggio al mediatore al {M}.",
            "Numero verde informativo: {O}.",
        ],
        "neg": [
            "Il procedimento di mediazione è il n. {n:it_rg_number}.",
            "L'incontro è durato {n:hours_recorded}.",
            "Si veda {n:ecli}.",
        ],
    },
    "arbitration": {
        "title": ["Ordinanza procedurale n. 3", "Udienza arbitrale"],
        "pos": [
            "Il segretario del collegio arbitrale è raggiungibile al {X}.",
            "Per la logistica scrivere a {E}.",
            "Gli anticipi vanno versati su {I}.",
        ],
        "neg": [
            "L'arbitrato è registrato come {n:arb_case_no}.",
            "Il fascicolo documentale occupa {n:bundle_pages}.",
            "Il documento {n:exhibit_ref} è acquisito agli atti.",
        ],
    },
    "legalaid": {
        "title": ["Gratuito patrocinio", "Sportello di consulenza legale gratuita"],
        "pos": [
            "Lo sportello legale gratuito del comune riceve su appuntamento: telefonare al {P}.",
            "L'avvocato di turno è reperibile al {M}.",
            "Se cambia numero, lo comunichi a {E}.",
        ],
        "neg": [
            "L'istanza di ammissione porta il n. {n:it_rg_number}.",
            "Il limite di reddito è di {n:fee_amount} € annui.",
            "Il termine di prescrizione è di {n:limitation_years} anni.",
        ],
    },
}
IT_HEADS = ["Recapiti dello studio", "Contatti per l'udienza"]
IT_LABELS = ["Segreteria", "Studio notarile", "Amministrazione", "Cancelleria", "Organismo di mediazione"]
