"""Frasi italiane per i generi v38 (scritte per v38)."""

GENRES = {
    "bank": {
        "title": [
            "Estratto conto n. {statement_no}\n{name} · cliente {customer_no}",
            "Lista movimenti — conto {masked_iban}\nIntestatario: {name}",
        ],
        "fill": [
            "Saldo iniziale {amount}; saldo contabile finale {amount}.",
            "Addebito SDD, riferimento mandato {mandate_ref}, creditore {creditor_id}.",
            "Tasso debitore sullo scoperto {rate}; BIC {bic}.",
        ],
        "sign": ["In assenza di contestazioni entro 60 giorni l'estratto si intende approvato."],
    },
    "fraud": {
        "title": [
            "Hai effettuato questo pagamento?\nCarta {masked_card} · segnalazione {txn_id}",
            "Avviso di sicurezza per {name}\nLa tua carta {masked_card} è sospesa",
        ],
        "fill": [
            "Abbiamo rifiutato un addebito di {amount} presso {merchant_id} il {due_date}.",
            "Il codice di autorizzazione {auth_code} è stato richiesto dall'estero.",
            "Finché non confermi, i pagamenti online restano bloccati.",
        ],
        "sign": ["Non ti chiederemo mai il PIN.", "Servizio antifrode"],
    },
    "credit": {
        "title": [
            "Proposta di mutuo {contract_no}\nRichiedente: {name}",
            "Preventivo prestito personale per {name}\nPratica {contract_no}",
        ],
        "fill": [
            "Importo finanziato {amount} in {loan_term}, TAEG {rate}.",
            "Tasso fisso fino al {due_date}; rapporto rata/valore {ltv}.",
            "Rata mensile {amount}; spese di istruttoria {amount}.",
        ],
        "sign": ["Proposta valida 15 giorni.", "Il tuo consulente mutui"],
    },
    "dunning": {
        "title": [
            "Sollecito di pagamento — pratica {court_file}\n{name}",
            "Diffida ad adempiere, codice cliente {customer_no}\n{name}",
        ],
        "fill": [
            "La fattura {invoice_no} di {amount} è scaduta il {due_date}.",
            "Si applicano interessi di mora al {rate} e spese di recupero di {amount}.",
            "Codice avviso pagoPA: {pagopa}.",
        ],
        "sign": ["Se ha già pagato, non tenga conto di questa comunicazione.", "Ufficio recupero crediti"],
    },
    "utility": {
        "title": [
            "Bolletta luce {invoice_no}\n{name} · matricola contatore {meter_no}",
            "La tua fattura fibra e mobile\nCodice cliente {customer_no}, {name}",
        ],
        "fill": [
            "Lettura rilevata il {due_date}: {meter_reading}; prezzo energia {unit_price}.",
            "Offerta fibra {speed}; traffico dati {data_usage}.",
            "L'importo di {amount} sarà addebitato con domiciliazione.",
        ],
        "sign": ["Cordiali saluti, il servizio clienti"],
    },
    "tax": {
        "title": [
            "Agenzia delle Entrate — comunicazione di irregolarità\nCodice fiscale {tax_id} · {name}",
            "Avviso bonario, protocollo {tax_ref}\n{name}",
        ],
        "fill": [
            "Imposta dovuta {amount}; versamenti già effettuati {amount}.",
            "Pagamento entro il {due_date}; sanzione ridotta {rate}.",
            "Partita IVA del sostituto d'imposta: {vat_no}.",
        ],
        "sign": ["Entro 60 giorni può chiedere la revisione in autotutela."],
    },
    "payroll": {
        "title": [
            "Cedolino — periodo {pay_period}\n{name}, matricola {employee_no}",
            "Estratto conto contributivo\n{name}",
        ],
        "fill": [
            "Retribuzione lorda {amount}; straordinari {hours}; netto in busta {amount}.",
            "Aliquota IRPEF media {rate}; trattenute previdenziali {amount}.",
            "Pensione stimata a 67 anni: {amount} mensili.",
        ],
        "sign": ["Ufficio paghe"],
    },
    "insurance": {
        "title": [
            "Avviso di scadenza polizza RC auto\nPolizza {policy_no} · targa {plate}",
            "Rinnovo della polizza casa\n{name}, polizza {policy_no}",
        ],
        "fill": [
            "Premio annuo {amount}; anni senza sinistri / sconto {no_claims}.",
            "Franchigia {amount}; variazione del premio {change}.",
            "La copertura scade il {due_date}.",
        ],
        "sign": ["Le condizioni complete sono nel set informativo.", "Ufficio rinnovi"],
    },
    "refund": {
        "title": [
            "Abbiamo ricevuto il tuo reso\nOrdine {order_no} · reso {rma}",
            "Rimborso dell'ordine {order_no}\nCiao {name},",
        ],
        "fill": [
            "Abbiamo rimborsato {amount} sulla carta {masked_card}.",
            "Il pacco {tracking} è arrivato in magazzino il {due_date}.",
            "L'articolo EAN {ean_code} era integro.",
        ],
        "sign": ["Grazie per aver acquistato da noi!", "Assistenza clienti"],
    },
    "fund": {
        "title": [
            "Raccolta fondi per la biblioteca di quartiere {campaign_id}\nPromossa da {name}",
            "Aggiornamento sulla campagna {campaign_id}\nda {name}",
        ],
        "fill": [
            "Siamo a {pledge}, obiettivo {amount}.",
            "Con {amount} compri venti libri; commissione della piattaforma {rate}.",
            "I fondi saranno versati il {due_date}.",
        ],
        "sign": ["Grazie per la condivisione!", "Il comitato promotore"],
    },
}

LINES = {
    "any": [
        "Per chiarimenti su questa lettera chiami il {phone}.",
        "Il suo referente risponde al {phone}.",
        "Preferisce parlarne a voce? Telefoni al {phone}.",
    ],
    "mobile": ["Cellulare della tua consulente (anche SMS): {phone}."],
    "fixed": ["Numero fisso della filiale: {phone}, negli orari di sportello."],
    "intl": ["Dall'estero chiami il {phone}.", "Fuori dall'Italia: {phone}."],
    "service": ["Numero verde gratuito: {phone}.", "Pagamento telefonico automatico h24: {phone}."],
    "email": ["Invii la ricevuta a {email}.", "Per iscritto: {email}."],
    "iban": ["Bonifico sull'IBAN {iban}, indicando il codice pratica."],
    "card": ["Carta addebitata: {card}."],
    "ip": ["Accesso registrato dall'indirizzo IP {ip}."],
    "list_head": ["A chi rivolgersi", "Numeri utili"],
    "roles": ["Pagamenti", "Rateizzazioni", "Reclami", "Blocco carte", "Gestione conto", "Successioni"],
    "hours": ["lun–ven 8–18", "h24", "sab 9–13"],
    "nophone": [
        "Non forniamo informazioni al telefono; usi l'area riservata.",
        "Rispondiamo solo per posta.",
    ],
}
