"""Italian sentences for v44 (lavoro e impiego); written fresh for this set."""

G = {
    "jobad": (
        ["OFFERTA DI LAVORO: Capo magazzino presso {O}", "{O} cerca addetto/a paghe e contributi"],
        [
            "Rif. {req}; codice professione {isco}.",
            "RAL {salary}, straordinari a {hourly}.",
            "Orario di {hours} settimanali, {leave} di ferie.",
            "Candidature entro il 15 del mese.",
            "Inquadramento {grade} da CCNL.",
        ],
        "La ricerca è rivolta a entrambi i sessi.",
    ),
    "cv": (
        ["CURRICULUM VITAE — {N}", "{N} — CV europeo"],
        [
            "Capoturno, {period}: squadra di 14 persone.",
            "Dattilografia {wpm}; {degree}.",
            "Vecchia matricola {emp}, lettera di referenze disponibile.",
            "Patentino muletto in corso di validità.",
        ],
        "Autorizzo il trattamento dei dati personali.",
    ),
    "recruit": (
        ["R: la sua candidatura ({req})", "Invito a colloquio — {O}"],
        [
            "Grazie per il CV, il responsabile è rimasto molto colpito.",
            "La posizione è sul centro di costo {cost}, budget {salary}.",
            "Porti un documento d'identità e il suo {natid}.",
            "Il colloquio dura 45 minuti, poi un giro del reparto.",
        ],
        "In bocca al lupo e a presto.",
    ),
    "handbook": (
        ["MANUALE DEL DIPENDENTE — Capitolo 7: chi chiamare", "Catena telefonica di emergenza, {O}"],
        [
            "Il badge {badge} va portato in modo visibile.",
            "Segnalare le assenze prima del turno ({shift}).",
            "Note spese: centro di costo {cost}, ordine {po}.",
            "Se nessuno risponde entro dieci minuti, chiamare il livello successivo.",
        ],
        "Tenere questo foglio vicino al telefono.",
    ),
    "rota": (
        ["Reperibilità manutenzione, settimana {week}", "Turni del reparto spedizioni"],
        [
            "Turno del mattino {shift}; foglio ore {timesheet} da firmare venerdì.",
            "Banca ore: {overtime}.",
            "I cambi turno vanno concordati con il capoturno.",
            "Part-time {fte}; i weekend li coprono i somministrati.",
        ],
        "Grazie per aggiornare il tabellone.",
    ),
    "payroll": (
        ["Comunicazione dell'ufficio paghe — {O}", "Come leggere il cedolino ({payslip})"],
        [
            "Matricola {emp}; dati fiscali: {natid}.",
            "Il lordo comprende {hourly} per 11,5 ore di straordinario.",
            "Il preavviso è di {notice}.",
            "Ferie residue: {leave}.",
        ],
        "Le paghe si chiudono il 20 di ogni mese.",
    ),
    "union": (
        ["Notiziario RSU", "Le notizie dei delegati sindacali"],
        [
            "Trattativa: l'azienda offre {salary}, chiediamo di più.",
            "I colleghi al {grade} avranno gli arretrati.",
            "Il referendum si chiude il 30; affluenza al 61%.",
            "I nuovi assunti a {hours} possono iscriversi.",
        ],
        "Un saluto solidale, la RSU.",
    ),
    "ooo": (
        ["Risposta automatica: fuori sede", "Assente fino a lunedì"],
        [
            "Sono in ferie con accesso limitato alla posta.",
            "Le richieste sulla selezione {req} le riprenderò al rientro.",
            "Per i fogli ore indicate la matricola {emp}.",
        ],
        "Cordiali saluti, {N}",
    ),
}
C = {
    "gen": [
        "Può contattare {N} direttamente al {P}.",
        "Per fissare il colloquio chiami il {P}.",
        "Domande sui turni? Capoturno al {P}.",
    ],
    "mob": ["Cellulare di {N} (anche WhatsApp): {P}"],
    "land": ["Numero fisso ufficio personale (no SMS): {P}"],
    "abroad": ["Candidati dall'estero: {P}", "Dall'estero chiamate il {P}."],
    "svc": ["Sportello ascolto dipendenti, numero verde: {P}", "Assistenza paghe: {P}"],
    "mail": ["Inviate il CV a {E}.", "Confermate la presenza a {E}."],
    "iban": "La quota sindacale è addebitata su {X} il giorno 1.",
    "card": "Costo dell'annuncio pagato con la carta aziendale {X}.",
    "ip": ["Rilevatore presenze sulla rete interna: {X}", "Gateway VPN per lo smart working: {X}"],
    "dirhead": ["Chiamare in quest'ordine:", "Reperibili:"],
    "roles": [
        "Direttore di stabilimento",
        "Capoturno notte",
        "Referente HR",
        "Ufficio paghe",
        "Delegato RSU",
        "Tecnico reperibile",
    ],
    "nophone": [
        "Non diamo informazioni sulle candidature per telefono.",
        "Domande sulle paghe solo via e-mail.",
    ],
}
