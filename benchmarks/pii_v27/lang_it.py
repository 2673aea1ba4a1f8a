"""Frasi in italiano (it_IT)."""

L = {
    "titles": {
        "message": ["Ciao {first}!", "Domandina veloce", "Ciao a tutti"],
        "email": [
            "Oggetto: R: passaggio di consegne prima delle ferie",
            "Oggetto: la sua richiesta per l’appartamento",
            "Oggetto: I: cambio indirizzo",
        ],
        "community": ["Social street {town}", "Gatta smarrita – zona {town}", "Festa di via: organizzazione"],
        "shop": ["Lavanderia {last}", "AVVISO ALLA CLIENTELA", "Ora aperti anche la domenica!"],
        "public": [
            "Biblioteca civica di {town}: nuovi orari",
            "ASL: campagna antinfluenzale",
            "Avviso lavori stradali",
        ],
        "form": ["MODULO ADESIONE VOLONTARI", "Richiesta di locazione", "Rinnovo tessera"],
        "listing": [
            "VENDO utilitaria, unico proprietario",
            "Stanza in appartamento condiviso a {town}",
            "Piccoli lavori – preventivi gratuiti",
        ],
    },
    "body": {
        "message": [
            "Atterrata, solo un po’ di fila ai passaporti.",
            "Prendi il latte tornando?",
            "Arrivo 10 minuti in ritardo scusa!!",
            "La mamma dice che la grigliata si fa, a meno che diluvi.",
        ],
        "email": [
            "Grazie per la rapida risposta.",
            "Allego la copia firmata.",
            "Mi scuso per il ritardo.",
            "Resto a disposizione per chiarimenti.",
        ],
        "community": [
            "Qualcuno sa perché i lampioni della via sono di nuovo spenti?",
            "Grazie a tutti quelli che sabato hanno raccolto i rifiuti!",
            "È piccola, grigia e molto timida.",
            "Il Comune non ha ancora risposto alla nostra lettera.",
        ],
        "shop": [
            "Chiuso il primo lunedì del mese per formazione.",
            "I capi non ritirati entro 60 giorni saranno donati.",
            "Dal mese prossimo solo pagamenti con carta.",
            "Grazie per comprare nel quartiere!",
        ],
        "public": [
            "Le postazioni di autoprestito restano disponibili.",
            "Portare un documento d’identità.",
            "L’accesso ai residenti è garantito.",
            "La mascherina non è più obbligatoria.",
        ],
        "form": [
            "Compilare in stampatello.",
            "Sezione B: dati personali",
            "Dichiaro che i dati sono veritieri.",
            "Firma: ____________",
        ],
        "listing": [
            "Tagliandi certificati, due chiavi, revisione fatta.",
            "Spese incluse, libera dal 1°.",
            "Visite su appuntamento.",
            "Assicurato, preventivo gratuito.",
        ],
    },
    "phone": [
        ("it_messaggio_arrivo", "mob", "Mandami un messaggio quando arrivi a casa: {n}"),
        ("it_nuovo_numero", "mob", "Numero nuovo, il cellulare vecchio è morto – salvalo: {n}"),
        ("it_portineria", "fix", "Per urgenze chiamate direttamente la portineria allo {n}."),
        ("it_segreteria", "any", "Lasciate un messaggio in segreteria al {n}, richiamiamo noi."),
        ("it_gatta_chiamare", "any", "Se la vedete chiamate il {n}, anche tardi."),
        ("it_chiedere_di", "any", "Chiamare il {n} e chiedere di {first}."),
        ("it_fisso_casa", "fix", "Col cellulare non prendo, chiamatemi sul fisso: {n}."),
        ("it_visite", "any", "Per visite telefonare o scrivere al {n}."),
    ],
    "local": [],
    "service": [
        ("it_svc_verde", "Numero verde {n}, dal lunedì al sabato."),
        ("it_svc_guasti", "Segnalazione guasti: {n}."),
    ],
    "EMAIL": ["Mandami le date a {v}.", "Inviare il CV a {v} entro venerdì.", "Domande? Scrivete a {v}."],
    "IBAN": ["La caparra sul mio conto, IBAN {v}.", "Bonifico: IBAN {v}, causale cognome."],
    "CREDIT_CARD": [
        "Ho prenotato con la carta {v}, puoi controllare?",
        "Carta usata per la prenotazione: {v}",
    ],
    "IP_ADDRESS": ["Il pannello del router è su {v}.", "Lo spam arrivava tutto da {v}."],
    "lab": {
        "any": ["Tel.", "Telefono"],
        "mob": ["Cell.", "Cellulare", "WhatsApp"],
        "fix": ["Fisso", "Ufficio"],
        "svc": ["Numero verde", "Assistenza"],
        "EMAIL": ["Email", "Posta"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["N. carta"],
        "IP_ADDRESS": ["IP"],
    },
    "pl": {
        "regards": ["Cordiali saluti,", "Un abbraccio,", "Saluti,", "Grazie,"],
        "ps": "P.S.",
        "wrote": "Il {day}, {name} ha scritto:",
        "q": "D:",
        "a": "R:",
        "vm": "Messaggio vocale ({dur}) da",
        "vm_say": "«Ciao, sono {first}, richiamami quando puoi.»",
        "ooo": "Sono fuori ufficio fino al {day} con accesso limitato alla posta.",
        "fwd": "---------- Messaggio inoltrato ---------",
        "from": "Da",
        "to": "A",
        "subject": "Oggetto",
        "tear": "STRAPPA QUI",
        "ticked": "Contatto preferito",
    },
    "roster": {
        "phone": [
            "Catena telefonica – se la scuola chiude, chiamate la persona successiva:",
            "Autisti volontari",
            "Chi chiamare",
            "Direttivo",
        ],
        "other": ["Orti assegnati", "Soci", "Biglietti vincenti", "Turni"],
    },
    "days": ["lun", "mar", "mer", "gio", "ven", "sab"],
    "roles": ["presidente", "tesoriere", "segretaria", "primo soccorso", "chiavi"],
    "ref_frames": [
        "Indicare come riferimento: {label} {v}.",
        "{Label}: {v}",
        "Se serve – {label} {v}.",
        "Richiedono ancora: {label} ({v}).",
        "Tenere a portata di mano – {label}: {v}.",
    ],
    "fact_frames": [
        "{Label}: {v}",
        "Oggi: {label} {v}.",
        "Per info, {label} {v}.",
        "L’ultima volta: {label} {v}.",
        "({label}: {v})",
    ],
    "neg": """sort_code=ABI/conto
routing_number=routing number
nhs_number=tessera sanitaria
mrn=cartella clinica
rx_number=ricetta
vaccine_batch=lotto
appointment_ref=codice prenotazione visita
booking_ref=conferma di prenotazione
flight=volo
pnr=codice prenotazione
train_seat=carrozza/posto
plate=targa
vin=telaio
mac=indirizzo MAC
door_code=codice del portone
key_safe=codice della cassetta chiavi
raffle=biglietti della lotteria
shelfmark=collocazione
plot=orto
title_number=foglio/particella
planning_ref=pratica edilizia
pcn=verbale
permit_number=permesso ZTL
council_tax_ref=avviso TARI
tax_ref=codice tributo
staff_number=matricola
po_box=casella postale
flat=interno
gift_card=carta regalo
member_number=tessera n.
library_card=tessera biblioteca
cheque_number=assegno n.
model_number=modello
loan_ref=finanziamento
claim_number=sinistro n.
rma=autorizzazione al reso
job_ref=rif. annuncio
support_case=ticket
grid_ref=riquadro
blood_pressure=pressione
glucose=glicemia
steps=passi oggi
dosage=dose
mileage=chilometraggio
tyre_size=gomme
resolution=schermo
storage=memoria
lottery=numeri del lotto
hymns=canti
bible_ref=lettura
page_ref=pagine
payslip=netto in busta
shift=turno
hours=ore questa settimana
salary=stipendio
dob=data di nascita
ages=età
votes=votazione
signatures=firme raccolte
donations=raccolti finora
headcount=adulti + bambini
temperature=temperatura
rainfall=pioggia
address_range=civici
bus_route=autobus
score=voto
bin_day=raccolta
body_weight=peso
height=altezza
shoe_size=numero di scarpe
fuel_use=consumo
tariff=prezzo energia
interest_rate=tasso
gps_dms=coordinate
elevation=quota
distance=distanza
duration=tempo a piedi
date_range=date
year_range=anni
time_range=orario
unit_price=prezzo""",
}
