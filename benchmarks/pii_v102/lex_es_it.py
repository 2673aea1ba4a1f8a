"""Spanish and Italian text: consulados, visados, apostillas; consolati, visti, cittadinanza."""

ES = {
    "GENRES": {
        "passport": {
            "titles": ["Cita para el pasaporte", "Renovación de pasaporte en el consulado"],
            "s": [
                "Su cita para renovar el pasaporte es de {N:time_slot}.",
                "Traiga el pasaporte anterior ({N:passport_no}) y una fotografía de {N:photo_size}.",
                "Si no puede acudir, llame al consulado al {NAT} para anularla.",
                "La tasa de {N:fee_amount} se abona con tarjeta en ventanilla.",
                "Consultas por correo: {RMAIL}.",
                "Si la web de citas no carga, pruebe con {IP}.",
            ],
        },
        "residence": {
            "titles": ["Cita en extranjería", "Su tarjeta de identidad de extranjero"],
            "s": [
                "Su NIE es {N:nie_no}; indíquelo en todos los formularios.",
                "Expediente: {N:case_file}.",
                "La oficina de extranjería atiende llamadas en el {NAT} por las mañanas.",
                "Horario de atención: {N:opening_hours}.",
                "Para urgencias, el abogado de guardia responde en el {MOB}.",
            ],
        },
        "apostille": {
            "titles": ["Apostilla de La Haya", "Legalización de documentos"],
            "s": [
                "La apostilla se ha registrado con el número {N:apostille_no}.",
                "Abone la tasa por transferencia a la cuenta {IBAN}.",
                "El servicio de legalizaciones informa en el {FREE}.",
                "Envíe los originales a la dirección indicada; el número de envío es {N:courier_awb}.",
                "Dudas sobre traducciones juradas: {PMAIL}.",
            ],
        },
    },
    "NEG_EXTRA": [
        "Número de vuelo: {N:flight}.",
        "Fecha de nacimiento: {N:birth_date}.",
        "Validez del visado: {N:validity}.",
    ],
    "LIST_HEADS": ["Teléfonos del consulado", "A quién llamar"],
    "LIST_LABELS": ["Visados", "Registro civil", "Emergencias consulares", "Pasaportes", "Citas"],
    "ROLES": ["visados", "consulado", "citas", "legalizaciones"],
    "TEL": "tel.",
}

IT = {
    "GENRES": {
        "ceremony": {
            "titles": ["Giuramento di cittadinanza", "Convocazione per il giuramento"],
            "s": [
                "La informiamo che il decreto di concessione della cittadinanza è stato emesso.",
                "Il giuramento si terrà in Comune, sala consiliare; posto {N:seat_row}.",
                "Per spostare la data contatti l'ufficio di stato civile al {NAT}.",
                "Riferimento pratica: {N:case_file}.",
                "Porti con sé un documento valido e la marca da bollo da {N:fee_amount}.",
            ],
        },
        "embassy": {
            "titles": ["Avviso dell'ufficio consolare", "Consolato: chiusura straordinaria"],
            "s": [
                "L'ufficio consolare resterà chiuso al pubblico lunedì per la festa nazionale.",
                "Per emergenze il funzionario di turno risponde al {MOB}.",
                "Orari dello sportello: {N:opening_hours}.",
                "L'Unità di crisi della Farnesina risponde al {INTL}.",
                "Le richieste scritte vanno inviate a {RMAIL}.",
            ],
        },
        "vac": {
            "titles": ["Appuntamento per il visto", "Conferma appuntamento – centro visti"],
            "s": [
                "Il suo appuntamento per i dati biometrici è fissato dalle {N:time_slot}.",
                "Codice prenotazione: {N:vac_booking}.",
                "Il portale prenotazioni risponde temporaneamente su {IP}.",
                "Per informazioni chiami il numero verde {FREE} o il centralino {NAT}.",
                "Il pagamento del servizio è stato addebitato sulla carta {CARD}.",
            ],
        },
    },
    "NEG_EXTRA": [
        "Numero del visto: {N:visa_sticker}.",
        "Volo {N:flight} in arrivo la mattina.",
        "Passaporto n. {N:passport_no}.",
    ],
    "LIST_HEADS": ["Numeri del consolato", "Chi chiamare"],
    "LIST_LABELS": ["Ufficio visti", "Anagrafe consolare", "Emergenze", "Passaporti", "Cittadinanza"],
    "ROLES": ["visti", "consolato", "cittadinanza", "anagrafe"],
    "TEL": "tel.",
}
