"""Frasi italiane per v42 (it_IT), scritte per questo set."""

GENRES = {
    "gp": {
        "head": [
            "Studio del medico di base {org} — avviso ai pazienti\nAggiornato da {name}",
            "Campagna vaccinale presso la farmacia {org}",
        ],
        "fill": [
            "Le ricette ripetibili ({drug}) sono pronte dopo due giorni lavorativi.",
            "Il richiamo è offerto a chi ha {ageband} anni; portate la tessera sanitaria ({patient_id}).",
            "Lo sfigmomanometro in sala d'attesa stampa valori come {bp}.",
            "Attesa media senza appuntamento stamattina: {wait} minuti.",
            "Codice ambulatorio {practice}, iscrizione {regno}.",
        ],
        "sign": "Grazie per la cortesia verso il personale.",
    },
    "hosp": {
        "head": [
            "Lettera di dimissione — {org}\nMedico referente: {name}",
            "Appuntamento ambulatoriale, {org}\nGentile {name},",
        ],
        "fill": [
            "Era ricoverato in reparto/letto {wardbed}, cartella {mrn}.",
            "Diagnosi {icd}; alla dimissione PA {bp}, FC {pulse}, temperatura {temp}.",
            "Proseguire {dose}; l'infusione a {infusion} è stata sospesa.",
            "Si presenti all'ambulatorio {room}, codice prenotazione {aptref}.",
            "L'ECG di controllo mostrava {qtc}, nella norma.",
        ],
        "sign": "In caso di disdetta, avvisi per liberare il posto.",
    },
    "lab": {
        "head": [
            "Referto di laboratorio — {org}\nRichiedente: {name}",
            "I suoi esami del sangue sono pronti\nLaboratorio {org}",
        ],
        "fill": [
            "Campione {specimen}: potassio nell'intervallo {refrange}.",
            "Emoglobina glicata {hba1c}, glicemia a digiuno {glucose}.",
            "Funzione renale (eGFR) {egfr}; colesterolo totale {chol}.",
            "Il suo INR oggi è {inr}; non cambi la dose di Coumadin.",
        ],
        "sign": "I referti si consegnano solo all'interessato o a un delegato.",
    },
    "care": {
        "head": [
            "Il notiziario della RSA {org}\nA cura della direttrice, {name}",
            "Regole per le visite — RSA {org}",
        ],
        "fill": [
            "Le camere fino alla {room} hanno letti nuovi.",
            "Con febbre sopra {temp} vi chiediamo di rimandare la visita.",
            "Il signor Bellini ha fatto {steps} passi al giorno in giardino.",
            "Il controllo dell'udito ha rilevato perdite intorno a {hearing} in alcuni ospiti.",
        ],
        "sign": "Grazie alle famiglie presenti alla festa d'estate.",
    },
    "tele": {
        "head": [
            "Come partecipare alla televisita\n{org}, a cura di {name}",
            "Guida alla telemedicina — {org}",
        ],
        "fill": [
            "ID riunione {meeting}, passcode {passcode}.",
            "Aggiorni l'app almeno alla versione {appver}.",
            "Tenga pronto il misuratore: chiederemo valori come {bp} e la {spo2}.",
            "Inserisca il codice {aptref} esattamente come stampato.",
        ],
        "sign": "Se l'immagine si blocca, il medico passerà alla sola voce.",
    },
    "eyedent": {
        "head": ["Promemoria dallo studio {org}\nPer {name}", "È ORA DEL CONTROLLO — {org}"],
        "fill": [
            "All'ultima visita abbiamo segnato i denti {teeth} da tenere d'occhio.",
            "La sua prescrizione attuale: {eyerx}.",
            "Acuità visiva dell'occhio più debole: {acuity} decimi.",
            "Porti il cartoncino di richiamo n. {aptref}.",
        ],
        "sign": "Gli appuntamenti non disdetti 24 ore prima possono essere addebitati.",
    },
    "helpline": {
        "head": ["Ti senti giù? Opuscolo di {org}", "Post nel forum di {org}\nscritto da {name}"],
        "fill": [
            "Da quando cammino la sera, la frequenza a riposo è scesa a {pulse}.",
            "Il medico mi ha dato {dose}; le prime settimane sono state dure.",
            "La domenica sera i volontari rispondono a circa {wait} chiamate l'ora.",
            "Per chi ha {ageband} anni l'attesa per la psicoterapia è più breve.",
        ],
        "sign": "Se sei in pericolo immediato, chiama i soccorsi.",
    },
    "fitness": {
        "head": [
            "Orario corsi e fisioterapia — {org}\nPreparato da {name}",
            "Il tuo piano di riabilitazione\n{org}, fisioterapista: {name}",
        ],
        "fill": [
            "Ginocchio: {sets}, tre volte a settimana.",
            "Allenati nella zona {zone} per le prime due settimane.",
            "Tessera socio {member}, armadietto {locker}.",
            "Ultimo test: VO2max {vo2}, IMC {bmi}, altezza/peso {hw}.",
        ],
        "sign": "Pulisci gli attrezzi dopo l'uso.",
    },
}

GENERAL = [
    "La segreteria risponde al {phone}.",
    "Per domande su questa lettera: {phone}.",
    "Per spostare l'appuntamento chiami il {phone}.",
]
MOBILE = "Gli SMS di promemoria arrivano dal {phone}; può rispondere."
FIXED = "Numero fisso del reparto: {phone}."
ABROAD = ["Dall'estero chiami il {phone}.", "I parenti all'estero possono chiamare il {phone}."]
SERVICE = [
    "Numero verde informazioni: {phone}.",
    "Servizio prenotazioni (numero a tariffa speciale): {phone}.",
]
LOCAL = {}
EMAIL = ["Inviate i documenti a {email}.", "Il fisioterapista risponde anche via mail: {email}."]
IBAN = "Per pagare la retta con bonifico: {iban}."
CARD = "Ticket pagato con carta {card}, ricevuta allegata."
IP_PRIV = "Per i tecnici: il terminale video in soggiorno ha indirizzo {ip}."
IP_PUB = "Se il firewall blocca la chiamata, autorizzi il nostro gateway {ip}."
DIR_HEAD = ["Numeri utili", "Chi chiamare"]
ROLES = ["Segreteria", "Farmacia", "Caposala", "Fisioterapia", "Referti", "Infermiere di notte"]
NOPHONE = ["Non comunichiamo referti per telefono.", "Non telefonate in reparto per gli esami."]
