"""Italian sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "RADIOTAXI AURORA – 24 ore su 24, stazione e aeroporto",
        "Pagamento con carta su tutte le auto; chiedete la ricevuta alla partenza.",
        "Le corse prenotate per l'aeroporto hanno tariffa fissa, anche col traffico.",
        "Le auto attrezzate per carrozzine vanno prenotate con due ore di anticipo.",
        "Grazie e buon viaggio!",
    ),
    "rental": (
        "La sua prenotazione di noleggio è confermata",
        "Porti la patente di tutti i conducenti e la carta usata per prenotare.",
        "L'auto viene consegnata con il pieno e va restituita con il pieno.",
        "Gli iscritti al car sharing aprono l'auto dall'app, senza consegna chiavi.",
        "Buona strada da tutto lo staff.",
    ),
    "driving": (
        "Autoscuola Sorpasso – orario guide e lezioni di teoria",
        "La settimana prossima: rotatorie e parcheggio a spina in salita.",
        "Nota dell'istruttore: specchietti prima della freccia, non dopo.",
        "Le guide disdette con meno di 24 ore di preavviso si pagano intere.",
        "Ci vediamo al solito posto davanti alla biblioteca.",
    ),
    "parking": (
        "SOSTA RISERVATA AI RESIDENTI – esporre il permesso",
        "I veicoli senza contrassegno visibile saranno multati e rimossi.",
        "Mi scusi, stamattina in manovra le ho urtato lo specchietto. Mi chiami.",
        "La sbarra si apre da sola per le targhe registrate.",
        "Grazie per lasciare libero il passo carrabile.",
    ),
    "transit": (
        "Oggetti smarriti – autobus, tram e battello",
        "Gli oggetti dimenticati sui nostri mezzi restano al deposito per un mese.",
        "Orario festivo modificato per i lavori sul ponte.",
        "Indichi l'oggetto, la linea e l'ora approssimativa del viaggio.",
        "Ci scusiamo per il disagio.",
    ),
    "shuttle": (
        "Prenotazione confermata: navetta aeroporto e traghetto",
        "L'autista vi aspetta agli arrivi con un cartello col vostro nome.",
        "L'imbarco passeggeri a piedi chiude trenta minuti prima della partenza.",
        "Bagagli ingombranti come bici o tavole vanno dichiarati in anticipo.",
        "Buon viaggio, e tenete a portata di mano questa conferma.",
    ),
    "bike": (
        "Ciclofficina Raggio – riparazioni, tagliandi, bici usate",
        "Il tagliando comprende freni, cambio, pulizia catena e controllo sicurezza.",
        "Scheda lavoro: ruota posteriore centrata, pastiglie nuove, camera d'aria sostituita.",
        "La colonnina di riparazione al parco ha pompa e attrezzi legati con cavetto.",
        "Buone pedalate – regolazione del cambio gratuita dopo un mese.",
    ),
    "carpool": (
        "Turni accompagnamento a scuola – primo quadrimestre",
        "Ogni famiglia guida una settimana su quattro; gli scambi segnalateli qui.",
        "I bambini devono essere al cancello alle 8:05, poi c'è troppo traffico.",
        "I seggiolini restano nell'auto della famiglia di turno.",
        "Grazie a tutti per la collaborazione!",
    ),
}
CONTACT = [
    "Prenotazioni giorno e notte: {p}",
    "Domande sulla prenotazione? Chiamate il {p}.",
    "Ufficio (lun–sab 7–19): {p}",
]
MOBILE = [
    "Mandate l'indirizzo di partenza con un WhatsApp al {p}.",
    "Cellulare dell'istruttore (solo messaggi durante le guide): {p}",
]
LANDLINE = ["Fisso del deposito, solo chiamate, niente SMS: {p}"]
ABROAD = ["Dall'estero chiamate il {p}.", "Clienti dall'estero: {p}"]
SERVICE = ["Soccorso stradale gratuito: {p}", "Ufficio oggetti smarriti: {p}"]
EMAIL = ["Mandate il codice di prenotazione a {e}.", "Domande sui permessi di sosta: {e}"]
IBAN = "Il deposito cauzionale vi sarà rimborsato con bonifico su: {v}"
CARD = "Nota del cliente nella prenotazione: addebitate la carta {v}, scad. 09/27."
IP = ["Accesso all'app da un indirizzo sconosciuto: {v}", "Sessione del portale aperta da {v}."]
DIR_HEADS = ["Chi chiamare:", "Numeri per la strada:"]
ROLES = ["Banco aeroporto", "Centralino", "Deposito", "Carro attrezzi", "Stazione marittima", "Officina"]
NOPHONE = ["Non accettiamo prenotazioni telefoniche, usate l'app.", "Niente prenotazioni al telefono."]
LOCAL = {}
