"""Frasi italiane (it_IT), scritte per v40."""

GENRES = {
    "freight": {
        "head": [
            "LETTERA DI VETTURA CMR — polizza {bill_of_lading}\nMittente: {name}",
            "Ordine di trasporto {cal_week}\nCommittente: {name}",
        ],
        "fill": [
            "Container {container}, sigillo {seal}, peso lordo {weight}.",
            "Codice doganale {hs_code}; EORI del dichiarante {eori}.",
            "Tratta aerea con AWB {awb}, resa {incoterm}.",
            "MRN di esportazione {mrn} svincolato alle {timestamp}.",
        ],
        "sign": ["Le soste oltre le due ore sono addebitate a parte."],
    },
    "warehouse": {
        "head": [
            "LISTA DI PRELIEVO {cal_week}\nOperatore: {name}",
            "Documento di trasporto\nRicevuto da: {name}",
        ],
        "fill": [
            "Prelevare {qty} dall'ubicazione {bin_location}, lotto {lot}.",
            "Etichetta pallet {sscc}, ingombro {dims}.",
            "Caricare {pallets} alla baia {dock}; da consumarsi entro {best_before}.",
            "La merce refrigerata resta a {temp} in area di carico.",
        ],
        "sign": ["Contate i colli davanti all'autista e annotate le riserve sul DDT."],
    },
    "fleet": {
        "head": [
            "Turni autisti {cal_week}\nUfficio traffico: {name}",
            "SCHEDA MEZZO — telaio {vin}\nAutista: {name}",
        ],
        "fill": [
            "Patente {licence_no} verificata, carta tachigrafica {tacho_card} valida.",
            "Contachilometri alla consegna {odometer}, pressione {torque}.",
            "Turno del mattino {shift}, semirimorchio alla baia {dock}.",
            "Pieno fatto a {tank} prima della partenza.",
        ],
        "sign": ["I tempi di riposo vanno rispettati sempre."],
    },
    "dispatch": {
        "head": [
            "REGISTRO RADIO — centrale operativa\nIn turno: {name}",
            "Brogliaccio notturno {cal_week}\nCompilato da {name}",
        ],
        "fill": [
            "{timestamp} il mezzo 3 segnala coda su {radio}, posizione {gps}.",
            "{timestamp} allarme frigo, cella a {temp}, autista avvisato.",
            "{timestamp} consegnata la spedizione {bill_of_lading}, scontrino di pesata {weigh_ticket}.",
            "{timestamp} guasto {fault_code} sulla motrice, {odometer} percorsi.",
        ],
        "sign": ["Registro chiuso. Cambio turno alle 06:00."],
    },
    "farm": {
        "head": [
            "CONSORZIO AGRARIO — listino settimanale {cal_week}\nPer i soci, da {name}",
            "Avviso ai soci: conferimento del raccolto\nA cura di {name}",
        ],
        "fill": [
            "Il frumento foraggero quota {market_price}; standard di ritiro {yield_moist}.",
            "Azienda {holding}: concime {npk} pronto al ritiro.",
            "Vitello con marca auricolare {ear_tag} venduto all'asta.",
            "Superficie dichiarata per la PAC: {area_ha}.",
        ],
        "sign": ["La pesa chiude al tramonto durante la trebbiatura."],
    },
    "maint": {
        "head": [
            "REGISTRO DI MANUTENZIONE — carrello matricola {serial}\nTecnico: {name}",
            "Bollettino tecnico, ricambio {part_no}\nVerificato da {name}",
        ],
        "fill": [
            "Contaore a {engine_hours}; firmware aggiornato alla {firmware}.",
            "Dadi serrati a {torque}, olio idraulico {grade}.",
            "Codice {fault_code} cancellato dopo la sostituzione del sensore.",
            "Potenza nominale {power}; prossima verifica {cal_week}.",
        ],
        "sign": ["Non usare la macchina senza i ripari montati."],
    },
    "sds": {
        "head": [
            "SCHEDA DI DATI DI SICUREZZA — sezioni 1 e 14\nRedatta da: {name}",
            "Estratto SDS, lotto {lot}\nReferente: {name}",
        ],
        "fill": [
            "Identificazione: {cas}, {ec_number}.",
            "Trasporto: {un_number}, numero di pericolo {kemler}.",
            "Punto di infiammabilità {flash}; limite di esposizione {exposure}.",
            "Dati fisici: {density}.",
        ],
        "sign": ["Leggere l'intera scheda prima del primo utilizzo."],
    },
    "supply": {
        "head": [
            "LISTINO RIVENDITORI 2025\nIl suo agente: {name}",
            "Catalogo fornitore, viteria\nOfferta per {name}",
        ],
        "fill": [
            "Articolo {article_no}, confezione {pack}, materiale {grade}.",
            "Il ricambio {part_no} ora esce in {pack}.",
            "Ordine minimo {pallets}, resa {incoterm}.",
            "Consegna {cal_week} per il codice {article_no}.",
        ],
        "sign": ["Prezzi IVA esclusa, trasporto escluso. Salvo errori."],
    },
}

CONTACT = {
    "phone": [
        "Domande su questo carico: {role}, {p}.",
        "L'{role} risponde allo {p} ({hours}).",
        "Chiamate lo {p} e chiedete dell’{role}.",
    ],
    "mobile": ["Cellulare dell'autista, meglio un SMS: {p}"],
    "fixed": ["Telefono fisso della guardiola (niente SMS): {p}"],
    "abroad": ["Dall'estero chiamate lo {p}.", "I partner esteri chiamano il {p}."],
    "service": ["Soccorso stradale gratuito, giorno e notte: {p}", "Ordini telefonici: {p}"],
    "email": ["Rimandate i documenti firmati a {e}.", "Domande sui documenti: {e}"],
    "iban": ["Pagate il trasporto sul conto {iban}."],
    "card": ["Carta carburante registrata: {card}."],
    "ip": ["Stampante etichette della baia: {ip}", "Accesso al portale di tracciamento da {ip}."],
    "dir": ["NUMERI UTILI", "Interni dello stabilimento"],
    "roles": [
        "ufficio traffico",
        "ufficio piazzale",
        "ufficio centrale",
        "ufficio qualità",
        "ufficio turni",
        "ufficio pesa",
    ],
    "hours": ["dalle 6 alle 22", "feriali fino alle 17:30", "sempre"],
    "nophone": [
        "Non accettiamo ordini telefonici: usate il portale.",
        "Per favore non chiamate la portineria.",
    ],
}
