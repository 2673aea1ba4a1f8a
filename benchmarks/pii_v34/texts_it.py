"""Italian sentences for v34 (it_IT documents)."""

G = {
    "legal": {
        "head": [
            "{ORG}\nStudio Legale\n\nNs. rif.: {n:docket}\nVs. rif.: {n:claim}\n\nEgregio {NAME},\n\n"
            "Oggetto: {ORG2} c. {NAME2}",
            "TRIBUNALE ORDINARIO DI {CITY}\n{n:docket}\n\nATTO DI CITAZIONE\n\nper {ORG2}\n\n"
            "contro\n\n{NAME}",
        ],
        "ph": [
            "Per valutare una soluzione transattiva può contattare lo studio al numero {NAT}.",
            "La cancelleria ci ha chiesto di confermare l'udienza telefonando allo {FIX}.",
            "Il convenuto, chiamato tre volte al {NAT}, non ha mai richiamato.",
            "Il nostro corrispondente estero risponde al {INTL}.",
        ],
        "fill": [
            "La domanda si fonda sull'{n:statute}.",
            "Si richiama la sentenza {n:ecli}, in particolare i punti {n:pages}.",
            "L'immobile, censito al catasto con {n:parcel}, è trasferito libero da pesi.",
            "L'atto è iscritto a repertorio con il n. {n:deed}.",
        ],
        "foot": ["Distinti saluti\n\nAvv. {NAME2}", "Salvis iuribus."],
        "list": None,
    },
    "insurance": {
        "head": [
            "NOTA SINISTRO\nPolizza n.: {n:policy}\nSinistro n.: {n:claim}\nAssicurato: {NAME}\n"
            "Luogo: {CITY}",
            "Perizia – {ORG}\nPratica {n:claim} (polizza {n:policy})\nPerito incaricato: {NAME2}",
        ],
        "ph": [
            "Sentito l'assicurato stamattina: per il sopralluogo chiamarlo al {MOB}.",
            "Il perito è reperibile al {NAT} e invierà le foto entro venerdì.",
            "La compagnia della controparte chiede di gestire la rivalsa al {INTL}.",
            "Preventivo dell'idraulico pervenuto; per chiarimenti la ditta risponde allo {FIX}.",
        ],
        "fill": [
            "Veicolo targato {n:plate} trasportato alla carrozzeria convenzionata.",
            "Riserva appostata: {n:price}.",
            "Danni da acqua su circa {n:area} di parquet al piano terra.",
            "Denuncia ai Carabinieri prot. {n:crimeref} allegata dall'assicurato.",
        ],
        "foot": ["Prossimo controllo fra quindici giorni.", "Proposta: liquidazione a valore commerciale."],
        "list": None,
    },
    "medical": {
        "head": [
            "LETTERA DI DIMISSIONE\nPaziente: {NAME}   N. nosologico: {n:patient}\nLetto: {n:ward}\n"
            "Ricovero: {n:admitted}",
            "Richiesta di consulenza\n\nGentile Collega,\n\nLe invio {NAME}, cartella n. {n:patient}.",
        ],
        "ph": [
            "Per dubbi dopo la dimissione, il coordinatore infermieristico risponde allo {FIX}.",
            "La figlia, che lo assiste a casa, chiede di essere chiamata al {MOB}.",
            "Il controllo va prenotato tramite il CUP aziendale: {NAT}.",
            "L'ambulatorio di diabetologia ha una linea di consulenza al {NAT}.",
        ],
        "fill": [
            "PA all'ingresso {n:vitals}, FC {n:pulse}; {n:lab}.",
            "Terapia alla dimissione: {n:dosage}.",
            "Diagnosi principale {n:icd}, decorso regolare.",
            "Deambulazione autonoma, ferita in ordine.",
        ],
        "foot": ["Cordiali saluti\n\nDott.ssa {NAME2}", "Copia al medico di medicina generale"],
        "list": None,
    },
    "hr": {
        "head": [
            "SCHEDA DI ASSUNZIONE – {ORG}\nMatricola: {n:staff}\nNominativo: {NAME}\n"
            "Data di assunzione: {n:admitted}",
            "Contatti di emergenza (riservato)\nMatricola {n:staff}, ufficio amministrazione",
        ],
        "ph": [
            "Cellulare personale: {MOB}",
            "Telefono di casa: {FIX}",
            "Il tuo tutor, {NAME2}, è raggiungibile al {NAT} nella prima settimana.",
        ],
        "fill": [
            "RAL: {n:salary}, in tredici mensilità.",
            "Orario {n:hours}, con flessibilità in entrata.",
            "Numero di iscrizione al fondo pensione: {n:member}.",
        ],
        "foot": ["Restituire all'ufficio del personale entro cinque giorni lavorativi.", "Firma: ________"],
        "list": (
            "In caso di emergenza contattare\nNome | Rapporto | Telefono",
            "{PNAME} | {REL} | {LP}",
            ["coniuge", "madre", "fratello", "compagna", "vicino"],
        ),
    },
    "tender": {
        "head": [
            "BANDO DI GARA\nN. avviso: {n:ted}\nStazione appaltante: {ORG}, {CITY}\n"
            "CIG interno: {n:tenderid}",
            "Procedura aperta {n:tenderid}\nCPV principale: {n:cpv}\nLotto {n:lot}: manutenzione del verde",
        ],
        "ph": [
            "I quesiti possono essere posti anche telefonicamente al RUP, {NAT}.",
            "Assistenza alla piattaforma telematica: {SVC}",
            "Sopralluogo su appuntamento con il custode, tel. {INTL}",
        ],
        "fill": [
            "Importo a base d'asta IVA esclusa: {n:price}.",
            "Termine per le offerte: {n:admitted}.",
            "Intervento finanziato con la convenzione di sovvenzione n. {n:grant}.",
        ],
        "foot": ["Organo di ricorso: TAR competente.", "Data di invio del bando: vedi sopra."],
        "list": ("Punti di contatto", "{PNAME} ({REL}): {LP}", ["tecnico", "amministrativo", "legale"]),
    },
    "academic": {
        "head": [
            "CURRICULUM VITAE\n{NAME}\nORCID {n:orcid}\nDipartimento di Lettere, Università di {CITY}",
            "Programma del convegno – Sessione {n:session}\nPresiede: {NAME}\nAula Magna",
        ],
        "ph": [
            "Studio: {FIX}",
            "Segreteria organizzativa, reperibile durante il convegno al {MOB}",
            "Recapito: Palazzo centrale, {CITY}, tel. {INTL}",
        ],
        "fill": [
            "{NAME2} (2019). Notai e mercanti. Riv. stor. {n:bibvol}, pp. {n:pages}. DOI {n:doi}",
            "Monografia, ISBN {n:isbn}; recensita in una rivista con ISSN {n:issn}.",
            "Relazione {n:paper}: gli archivi parrocchiali.",
        ],
        "foot": ["Elenco completo delle pubblicazioni su richiesta.", "Pausa caffè nel chiostro."],
        "list": ("Presidenti di sessione", "{PNAME} – {REL} – {LP}", ["presidente", "discussant"]),
    },
    "press": {
        "head": [
            "COMUNICATO STAMPA\nEmbargo fino al {n:embargo}\n\n{ORG} presenta i risultati",
            "COMUNICATO\n{CITY} – {ORG} inaugura un nuovo polo logistico (ISIN {n:isin})",
        ],
        "ph": [
            "Per richieste di intervista rivolgersi all'ufficio stampa al {NAT}.",
            "Fuori orario l'addetto stampa reperibile risponde al {MOB}.",
            "Investor relations: {INTL}",
        ],
        "fill": [
            "Il fatturato è salito a {n:price}; il magazzino occupa {n:area}.",
            "La società è iscritta con {n:companyreg}.",
            "L'assemblea voterà la delibera {n:resolution}.",
        ],
        "foot": ["– FINE –", "Immagini ad alta risoluzione disponibili su richiesta."],
        "list": ("Contatti stampa", "{PNAME}, {REL}: {LP}", ["responsabile comunicazione", "ufficio stampa"]),
    },
    "police": {
        "head": [
            "VERBALE DI DENUNCIA\nN. procedimento: {n:crimeref}\nVerbalizzante: matricola {n:badge}\n"
            "Luogo: {CITY}",
            "Sommarie informazioni testimoniali\nProcedimento {n:crimeref}\nMatricola {n:badge}",
        ],
        "ph": [
            "Il testimone {NAME2} è reperibile al {MOB} ed è disposto a testimoniare.",
            "La segnalante ha richiamato dal {NAT}: il sospettato si è allontanato su un furgone grigio.",
            "Alla vittima è stato indicato il numero per il blocco della carta, {SVC}.",
        ],
        "fill": [
            "Il veicolo targato {n:plate} è stato visto uscire dal parcheggio.",
            "Intervento della pattuglia concluso alle {n:hours}.",
            "Oggetti sequestrati registrati al n. {n:claim}.",
        ],
        "foot": ["Letto, confermato e sottoscritto.", "Atti trasmessi alla Procura."],
        "list": None,
    },
}

COMMON = {
    "mob": ["Cellulare, meglio un messaggio: {MOB}"],
    "fix": ["La segreteria risponde allo {FIX} in orario d'ufficio."],
    "svc": ["Numero verde: {SVC}", "Informazioni al {SVC}."],
    "email": ["Scrivere a {EMAIL}, in copia a {ROLE}.", "Documenti da inviare a {ROLE}."],
    "iban": ["Bonifico sul conto dello studio, IBAN {IBAN}."],
    "card": ["Il premio è stato addebitato sulla carta {CARD}."],
    "ip": [
        "Il modulo online è stato inviato dall'indirizzo IP {IP4}.",
        "Accesso VPN assegnato: {IPP}; nel log compare anche {IP6}.",
    ],
}

ROLES = ["studio", "sinistri", "stampa", "info", "gare", "personale", "segreteria"]
ORGSUFFIX = ["S.r.l.", "& Associati", "S.p.A.", "Assicurazioni", "Studio Legale"]
