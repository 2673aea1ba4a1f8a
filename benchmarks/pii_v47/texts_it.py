"""Italian sentences (it_IT) for the eight retail genres."""

GENRES = {
    "order": {
        "head": ["Grazie per il tuo ordine, {name}!", "{org}: il tuo pacco è partito"],
        "fill": [
            "Prepariamo gli articoli entro un giorno lavorativo e ti avvisiamo al ritiro del corriere.",
            "Puoi modificare l'indirizzo di consegna dal tuo account fino alla spedizione.",
            "Un articolo viene spedito a parte dal magazzino di un partner.",
            "Se sei assente, il pacco sarà lasciato in un punto di ritiro.",
        ],
        "sign": ["Buono shopping,\nIl team {org}"],
    },
    "returns": {
        "head": ["Oggetto: reclamo – lavatrice guasta", "Spettabile {org},"],
        "fill": [
            "ho acquistato l'elettrodomestico nel vostro negozio tre mesi fa e non centrifuga più.",
            "Allego copia dello scontrino; conservo ancora l'imballo originale.",
            "Chiedo la riparazione in garanzia o, in alternativa, la sostituzione.",
            "Il reso è gratuito entro 30 giorni.",
        ],
        "sign": ["Distinti saluti,\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n*** DOCUMENTO COMMERCIALE ***", "{org} ti ringrazia per l'acquisto"],
        "fill": [
            "Conserva lo scontrino per cambi e resi.",
            "Gli articoli in saldo non si cambiano.",
            "PAGAMENTO CONTACTLESS — RESTO 0,00",
            "Lascia una recensione e partecipa all'estrazione di un buono.",
        ],
        "sign": ["Arrivederci e grazie!"],
    },
    "loyalty": {
        "head": ["{name}, i tuoi punti ti aspettano", "Settimana soci da {org}"],
        "fill": [
            "Punti doppi su tutta la casa fino a domenica.",
            "Mostra la carta o l'app in cassa per accumulare punti.",
            "I punti scadono dopo 24 mesi.",
            "Questo mese un caffè omaggio con ogni acquisto.",
        ],
        "sign": ["Ricevi questa e-mail in quanto socio {org}. Puoi cancellarti quando vuoi."],
    },
    "seller": {
        "head": ["Informazioni sul venditore: {org}", "{org} – negozio ufficiale sul marketplace"],
        "fill": [
            "Azienda di famiglia dal 1996, spediamo dal nostro magazzino.",
            "Ordini entro le 14 spediti in giornata.",
            "Fattura con IVA in ogni pacco.",
            "Feedback positivi negli ultimi 12 mesi: 98 %.",
        ],
        "sign": ["Domande? Scrivici tramite la piattaforma o contattaci direttamente."],
    },
    "review": {
        "head": ["★★★★☆ Funziona, ma è rumoroso", "Domanda di {name}: va bene anche per il modello vecchio?"],
        "fill": [
            "Montaggio in venti minuti, istruzioni chiare.",
            "Risposta del venditore: sì, è compatibile con tutte le versioni.",
            "Unico difetto: il cavo è corto.",
            "L'assistenza mi ha spedito la vite mancante in pochi giorni.",
        ],
        "sign": ["Questa recensione ti è stata utile? Sì / No"],
    },
    "chat": {
        "head": [
            "Trascrizione chat – assistenza {org}\nOperatrice: Buongiorno, sono {name}, come posso aiutarla?",
            "COPIONE TELEFONICO – consegne\nApertura: {org}, buongiorno, sono {name}.",
        ],
        "fill": [
            "Cliente: risulta consegnato ma non ho ricevuto nulla.",
            "Operatrice: mi dispiace, controllo la prova di consegna del corriere.",
            "Verificare l'identità: nome, CAP e ultimo ordine. Mai chiedere il numero completo della carta.",
            "Operatrice: ho aperto una segnalazione, risposta entro 48 ore.",
        ],
        "sign": ["Operatrice: posso aiutarla in altro?\nCliente: no, grazie."],
    },
    "stores": {
        "head": ["Trova il punto vendita", "{org} – orari e contatti"],
        "fill": [
            "Il giovedì apertura serale fino alle 21.",
            "Nei giorni festivi gli orari possono variare.",
            "Due ore di parcheggio gratuito con lo scontrino, da vidimare al punto informazioni.",
            "Gli ordini da ritirare sono pronti al banco dopo due ore.",
        ],
        "sign": ["Ingresso accessibile e fasciatoio al piano terra."],
    },
}

CONTACT = {
    "phone": [
        "Domande sull'ordine? Chiamaci al {p}.",
        "Servizio clienti: {p} (lun–sab, 8–20)",
        "Il banco informazioni risponde al {p}.",
    ],
    "mobile": ["SMS o WhatsApp al corriere: {p}"],
    "landline": ["Fisso del negozio (niente SMS): {p}"],
    "abroad": ["Ordini dall'estero? Componi il {p}.", "Clienti internazionali: {p}"],
    "service": ["Numero verde ordini: {p}", "Domande sui pagamenti: {p}"],
    "email": ["Scrivi a {e} indicando il numero d'ordine.", "E-mail: {e}"],
    "iban": ["Rimborso tramite bonifico sull'IBAN {i}."],
    "card": ["Attenzione: il cliente ha incollato il numero completo della carta in chat ({c}), oscurarlo."],
    "ip": ["Ordine effettuato dall'IP {ip} (controllo manuale).", "Origine della sessione: {ip}"],
    "dir_head": ["Numeri utili:", "I nostri negozi:"],
    "roles": [
        "Resi",
        "Ritiro in negozio",
        "Servizio clienti",
        "Assistenza tecnica",
        "Consegna a domicilio",
        "Parafarmacia",
    ],
    "nophone": ["Non accettiamo ordini telefonici.", "Per gli ordini online non chiamate il negozio."],
}

LOCAL = {}
