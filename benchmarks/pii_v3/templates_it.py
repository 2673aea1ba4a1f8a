"""Italian documents (it_IT) with values, written for v3; placeholders are described in v3_render.
Italian numbers always include the area code (it is part of the number), so no local numbers."""

POS = {
    "sms": [
        "Salve, sono {first} per la prenotazione {booking}: la caparra sulla carta {card}, scad. "
        "[[08/27|02/28]]. Grazie",
        "Ciao, sono {first}! Nuovo numero: {tel:mn}. Salvalo 😉",
        "{co}: il suo ordine arriva domani. Info al {tel:fn} (lun-ven 9-18).",
        "Faccio tardi, se non rispondo chiama a casa: {tel:fn}",
        "Appuntamento confermato {date} ore {time}. Per disdire: {tel:n}.",
        "Mi giri la mail di {first2}? -> {mail2} grazie!",
    ],
    "chat": [
        "[{clock}] {first}: qualcuno ha il numero dell'idraulico?\n[{clock}] {first2}: {tel:mn}, digli che "
        "ti "
        "mando io\n[{clock}] {first}: grazie mille",
        "{first}: il server {ip4} non risponde, ticket {ref}\n{first2}: riavvio in corso, IPv6 {ip6}",
        "Cliente (chat): addebito doppio sulla carta {card}\nOperatore {xfirst}: verifico la pratica {ref}",
    ],
    "whatsapp": [
        "{day}, {clock} - {first}: Chi accompagna i bambini alla partita sabato?\n{day}, {clock} - {first2}: "
        "Io! Il mio cell: {tel:m}\n{day}, {clock} - {first}: Perfetto, ci vediamo al parcheggio",
        "[{day}, {clock}] {first}: Nuovo numero del mister: {tel:mi}\n[{day}, {clock}] {first2}: e la "
        "segreteria del club è {tel:fn}",
    ],
    "voicemail": [
        "Messaggio vocale da {tel} ({date}, {time})\n«Buongiorno, sono {first} {last} di {co}, la chiamo per "
        "il preventivo {ref}. Mi richiami al {tel:fn}, interno {extension}. Grazie.»",
        "Segreteria {date}: «Salve, la farmacia di {city}: la sua ricetta è pronta. Tel. {tel:fn}.»",
    ],
    "signature": [
        "Distinti saluti,\n{name}\n{co}\nCentralino {tel:fn} · sede di Monaco {itel:de}",
        "Cordiali saluti,\n\n{name}\n[[Ufficio acquisti|Responsabile commerciale|Amministrazione]]\n{co}\n"
        "{street}, {city}\nTel. {tel:fn}\nFax {tel:fn}\nCell. {tel:mn}\n{mailco}\nP.IVA {vat}",
        "Un saluto,\n{first}\n--\n{co} · {tel:fi} · {mailco}",
        "Buona giornata,\n{name}\nTel. {tel} · sede di Lugano: {xtel:ch}",
    ],
    "classified": [
        "Vendo bici da bambino 20 pollici, {price}. Ritiro a {city}. Chiamare {tel:mn} dopo le 18.",
        "Ripetizioni di matematica, tutti i livelli. {name}, {tel:m}, {mail}",
        "Affittasi bilocale {quantity} a {city}, {price} al mese. Tel. {tel:mn}[[ o {mail}|]]",
        "Smarrito gatto grigio tigrato, si chiama Micio. Chiamate il {tel:m}. Ricompensa!",
    ],
    "cv": [
        "CURRICULUM VITAE\n{name}\n{street}, {city}\nTelefono: {tel:mn}\nE-mail: {mail}\nNata il {dob}",
        "{name} — Ingegnere civile\n{mail} · {tel:mi} · {city}\nEsperienza: {co} dal {year}",
    ],
    "invoice": [
        "{co} · {street} · {city}\nTel. {tel:f} · {role:amministrazione}\nIBAN {iban} · BIC {bic}\n"
        "P.IVA {vat} · REA {company_id}\nFattura n. {invoice} del {date}",
        "Pagamento tramite bonifico a 30 giorni su IBAN {iban}, causale fattura {invoice}. "
        "Info: {role:amministrazione} o {tel:fn}.",
        "Totale {price}, scadenza {date}.\nIBAN: {iban:c}\nCod. cliente {account}",
    ],
    "booking": [
        "Conferma di prenotazione\n{co}\nOspite: {name}\nArrivo {date} dalle {time}\nCamera {room} · "
        "Codice {booking}\nReception: {tel:fn} · {role:prenotazioni}",
        "Il suo tavolo da {co}: {date}, ore {time}, [[2|4|6]] persone. Per modifiche chiami il {tel:fn}.",
        "Caparra di {price} addebitata sulla carta {card}. A presto! {co}",
    ],
    "school": [
        "Gentili genitori,\n\nla classe [[3ª B|4ª A|2ª C]] visiterà il museo il {date}. Partenza alle {time} "
        "davanti alla scuola, quota {price}. Durante l'uscita la maestra è raggiungibile al {tel:mn}; "
        "per il resto segreteria {tel:fn}[[ o {role:segreteria}|]].\n\n{name}, dirigente scolastica",
        "Le assenze vanno comunicate entro le {time} al {tel:fn} o via mail a {role:segreteria}.",
    ],
    "forum": [
        "Re: Telemarketing\nIl {tel} mi chiama ogni giorno per la luce. Segnalato (rif. {ref}).",
        "Il modem è su {ip4} ma non riesco ad aprire le porte. Firmware {version}. Idee?",
    ],
    "ticket": [
        "Ticket {ref} | Priorità: [[alta|normale]]\nDa: {name} <{mail}>\nOggetto: doppio addebito\n\n"
        "L'ordine {order} è stato addebitato due volte sulla carta {card}. Richiamatemi al {tel:m}.",
        "Allarme {ref}: accessi bloccati da {ip} ({timestamp}). Referente {name}, {mailco}.",
    ],
    "delivery": [
        "DDT {order}\nDestinatario: {name}, {street}, {city}\nTel.: {tel:m}\nColli: [[1|2]] · Peso "
        "{quantity}",
        "La spedizione {tracking} sarà consegnata oggi tra le {clock} e le {clock:big}. Corriere: {tel:mi}",
    ],
    "flyer": [
        "MERCATINO DI BENEFICENZA {date}, {clock}–{clock:big}, piazza del paese. Banco {price}. Iscrizioni: "
        "{first} {tel:mn} / {mail}",
    ],
    "onboarding": [
        "Scheda assunzione\nNome: {name}\nIndirizzo: {street}, {city}\nTelefono: {tel}\nIBAN stipendio: "
        "{iban}\n"
        "Contatto di emergenza: {name2}, {tel:m}\nMatricola {account}",
    ],
    "appointment": [
        "Promemoria: visita il {date} alle {time} con la dott.ssa {last2}. Per disdire chiamare il {tel:fn} "
        "con 24 ore di anticipo.",
    ],
    "list": [
        "Numeri utili — {city}\nComune ......... {tel:fn}\nGuardia medica .. {tel:fn}\nTaxi ........... "
        "{tel:mn}\nScuola ......... {tel:fn}",
    ],
}

NEG = {
    "sms": [
        "Il tuo codice di verifica è {otp}. Scade tra 10 minuti.",
        "{train} per {city}: ritardo {smallnum} min, arrivo {time}, binario {platform}.",
        "Pagamento di {price} presso {co} autorizzato, carta {maskcard}.",
    ],
    "order": [
        "Ordine n. {order} del {date}\nCod. {sku} · EAN {ean}\nQtà [[1|2|3]] · {price}\nTracking {tracking}",
    ],
    "travel": [
        "{train} {city} → {city}\n{date}, partenza {clock}, arrivo {clock:big}\nCarrozza [[3|5|8]], posto "
        "{seat}\n"
        "PNR {booking}",
        "Volo {flight} il {date}, partenza {time}, gate {seat}, posto {seat}. Prenotazione {booking}.",
    ],
    "finance": [
        "Estratto conto {date}\nConto {maskiban} · BIC {bic}\nSaldo iniziale {price} · Saldo finale {price}",
        "Polizza n. {account}, premio {price} al mese, decorrenza {date}. P.IVA {vat}.",
    ],
    "tech": [
        "Versione {version} ({date})\n- risolto crash all'avvio ({hexhash})\n- {percent} più veloce",
        "Matricola {serial}, MAC {mac}, firmware {version}, garanzia fino al {date}.",
    ],
    "misc": [
        "Risultato finale {city} {score} {city}. Prossima partita {date} ore {time}.",
        "Estrazione del {date}: {lotto}, jolly {smallnum}.",
        "Ricetta: {weight} di farina, {weight} di zucchero, in forno {smallnum} min a 180 °C.",
        "Compiti: {arith}; {arith}. Consegna {date}.",
    ],
}
