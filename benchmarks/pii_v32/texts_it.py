"""Frasi italiane per v32 (testo parlato e trascritto); segnaposto come in texts_en."""

LAB = {
    "vm": (
        "Messaggio in segreteria",
        "Da",
        "Durata",
        "Trascrizione (automatica, può contenere errori)",
        "affidabilità",
    ),
    "unknown": "Numero privato",
    "crm": (
        "Interazione",
        "Gestita da",
        "Direzione",
        "in entrata",
        "in uscita",
        "Durata conversazione",
        "Note chiamata",
        "Esito",
    ),
    "log": "Data | Ora | Operatore | Dir. | Numero | Durata",
    "vcard": "Scheda contatto allegata al ticket",
    "meet": [
        "Riunione trimestrale fornitori (registrazione)",
        "Intervista a un ex capoturno",
        "Call dei coordinatori volontari",
    ],
    "parts": "In chiamata",
    "dict": "Nota dettata – da rileggere",
    "punct": ("virgola", "punto", "a capo"),
    "radio": ("CONDUTTRICE", "ASCOLTATORE", "[STACCHETTO]", "[RIENTRO IN STUDIO]"),
    "leaf": ("Versione audio dell'opuscolo", "Traccia", "Numeri letti in questa traccia"),
    "ivr": ("Messaggio", "Testo del risponditore, versione", "Voce"),
    "sub": ("[musica]", "[ride]", "[squilla il telefono]"),
}

G = {
    "voicemail": {
        "ph": [
            "Sì buongiorno sono {N}, ehm, per il preventivo, mi trova al {P} dopo le cinque.",
            "Salve, mi richiami per cortesia al {P}, grazie, arrivederci.",
            "Ciao sono io, ho il telefono scarico, se non rispondo prova al {P}.",
        ],
        "fill": [
            "È tutta la settimana che provo a chiamarvi.",
            "Niente di urgente, volevo solo sapere se vi sono arrivati i documenti.",
        ],
    },
    "callnote": {
        "ph": [
            "Il cliente chiede di usare d'ora in poi il {P}, il vecchio numero è disattivato.",
            "Richiamare al {P} tra le 9 e le 11, lavora di notte.",
        ],
        "fill": [
            "Rispiegato il ciclo di fatturazione, cliente più tranquilla a fine chiamata.",
            "Passato al secondo livello, nessuna tempistica promessa.",
        ],
    },
    "meeting": {
        "ph": [
            "Se il corriere si perde mi chiama direttamente, sono al {P}.",
            "Il referente là è {N}, numero diretto {P}.",
        ],
        "fill": ["Mi sentite tutti? Bene, partiamo.", "Sei saltato un attimo, puoi ripetere?"],
    },
    "subtitle": {
        "ph": [
            "Se questa puntata ti ha toccato, puoi parlarne con qualcuno al {P}.",
            "Per iscriverti al laboratorio chiama il {P}.",
        ],
        "fill": [
            "Oggi parliamo di una cosa un po' diversa.",
            "Restate con noi, dopo la pausa arriva l'ospite.",
        ],
    },
    "dictation": {
        "ph": [
            "Lettera a {N} virgola chiedere conferma del nuovo indirizzo telefonando al {P} punto",
            "Promemoria sollecitare il perito al {P} entro venerdì",
        ],
        "fill": ["Inizio dettatura pratica Ferri.", "Cancella l'ultima frase."],
    },
    "phonein": {
        "ph": [
            "E se volete dire la vostra, i telefoni sono aperti: {P}.",
            "La richiama la redazione, il suo numero è il {P}, giusto?",
        ],
        "fill": ["Buonasera, è in diretta, ci dica.", "Vi ascolto da vent'anni e non avevo mai chiamato."],
    },
    "leaflet": {
        "ph": [
            "Se sei preoccupato per qualcuno, chiama la nostra linea di ascolto al {P}.",
            "Per ricevere questo opuscolo a caratteri grandi chiama il {P}.",
        ],
        "fill": [
            "Questa è la versione audio del nostro opuscolo sulla sicurezza in casa.",
            "Puoi mettere in pausa la registrazione quando vuoi.",
        ],
    },
    "ivr": {
        "ph": [
            "Se preferisce parlare con la sua filiale, riattacchi e componga il {P}.",
            "Per guasti fuori orario chiami il {P}.",
        ],
        "fill": [
            "Grazie per aver chiamato. La chiamata potrebbe essere registrata.",
            "Ascolti attentamente, il menu è cambiato.",
        ],
    },
}

LOCAL = []
MOB = [
    "scrivimi su WhatsApp al {P}, la segreteria non la ascolto mai",
    "sul cellulare, {P}, quando sono in cantiere",
]
FIX = ["il fisso di casa è il {P}, c'è quasi sempre qualcuno", "non il cellulare, il fisso dell'ufficio, {P}"]
SVC = ["è un numero verde, {P}, attivo giorno e notte", "il servizio clienti risponde al {P}"]
REP = ["il numero è {P}, ripeto, {P2}", "quindi {P}, ancora, {P2}"]
EMAIL = ["oppure mi scriva a {E}", "le foto mandale a {E}"]
IBAN = ["rimborso sull'IBAN {I}, confermato al cliente"]
CARD = ["il cliente ha letto il numero della carta {C} prima che lo fermassi, oscurato nel gestionale"]
IP = ["il modem mostra IP pubblico {A}, consigliato riavvio"]
SSN = []

NEG = {
    "call_duration": ["Durata della chiamata {V}."],
    "hold_time": ["Il cliente ha atteso {V} in coda."],
    "case_no": ["Pratica {V} riaperta."],
    "ivr_option": ["Per informazioni sulla bolletta, prema {V}."],
    "card_last4": ["Pagamento con la carta che termina con {V}."],
    "meter_reading": ["Lettura del contatore comunicata: {V}."],
    "radio_freq": ["Ci ascoltate sui {V} in FM."],
    "episode": ["Questa è la puntata {V}."],
    "dob": ["Data di nascita per verifica: {V}."],
    "postcode": ["CAP {V}, indirizzo confermato."],
    "amount": ["Importo residuo {V}."],
    "percent": ["Circa il {V} delle chiamate chiede questo."],
    "order_no": ["Ordine {V} spedito ieri."],
    "meeting_id": ["ID riunione: {V}"],
    "passcode": ["Passcode {V}"],
    "short_code": ["In caso di emergenza chiama sempre il {V}."],
    "road": ["Code sulla {V} stamattina."],
    "chapter": ["{V} arriva l'ospite"],
    "extension": ["Solo interno: interno {V}."],
}
