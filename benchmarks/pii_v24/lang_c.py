"""Italian and Dutch text for v24."""

IT = {
    "genres": {
        "notice": (
            ["AVVISO AI CONDÒMINI - {street}", "Festa di quartiere il {date}"],
            [
                "Il {date} dalle {time} l'acqua sarà sospesa per lavori alla rete.",
                "Chi vuole portare dolci o bibite si segni sul foglio in portineria.",
                "Il locale biciclette verrà svuotato; mettete un cartellino con il nome.",
            ],
        ),
        "forum": (
            ["Re: Caldaia va in blocco ogni mattina", "Dubbio sulle spese condominiali"],
            [
                "Scritto da {user} il {date} alle {time}",
                "Avevo lo stesso problema, era il vaso di espansione.",
                "Grazie a tutti, vi aggiorno dopo la visita del tecnico.",
            ],
        ),
        "qa": (
            [
                "Domanda: come si prenota una visita tramite CUP?",
                "Come si fa la voltura della luce in affitto?",
            ],
            [
                "Chiesto il {date} da {user} - 3 risposte",
                "Risposta migliore:",
                "In breve: bisogna telefonare, online non funziona.",
            ],
        ),
        "travel": (
            ["Il vostro soggiorno all'agriturismo {place}", "Re: transfer dalla stazione il {date}"],
            [
                "Grazie per la prenotazione. Il check-in è dalle {time}.",
                "Il nostro autista vi aspetterà all'uscita con un cartello con il vostro nome.",
                "Se il treno è in ritardo, avvisateci pure.",
            ],
        ),
        "rental": (
            ["Affittasi stanza - {street}", "Comunicazione agli inquilini"],
            [
                "La manutenzione della caldaia è fissata per il {date}; vi preghiamo di essere in casa.",
                "L'umido si espone il lunedì e il giovedì sera.",
                "Il deposito cauzionale viene restituito entro 30 giorni dalla riconsegna.",
            ],
        ),
        "care": (
            ["Promemoria appuntamento - Studio {name}", "Indicazioni alla dimissione per i familiari"],
            [
                "Il prelievo è fissato il {date} alle {time}, a digiuno.",
                "Portare la tessera sanitaria e l'impegnativa del medico.",
                "Una compressa mattina e sera per sette giorni.",
            ],
        ),
        "transcript": (
            [
                "Trascrizione telefonata del {date}, ore {time}",
                "Messaggio in segreteria (trascrizione automatica)",
            ],
            [
                "Sì pronto, sono {name}, chiamo per l'infiltrazione al terzo piano.",
                "Scusi, si sente male, può ripetere?",
                "Va bene, ho preso nota. Posso aiutarla in altro?",
            ],
        ),
        "email": (
            ["Oggetto: R: riunione dei genitori", "Oggetto: I: consegna chiavi appartamento"],
            [
                "Ciao a tutti, un breve riassunto di quello che ci siamo detti ieri a {place}.",
                "Lo mando a tutti quelli della lista, scusate se arriva due volte.",
                "Se qualcosa non torna ditemelo e mando una versione corretta.",
            ],
        ),
    },
    "close": ["Cordiali saluti,", "Un saluto,", "Grazie mille,", "A presto,"],
    "phone": [
        "Se non rispondiamo, lasciate un messaggio al {P} e vi richiamiamo.",
        "Mandami un messaggio al {P} quando arrivi.",
        "Fuori orario il reperibile risponde al {P}.",
        "L'unico numero che ha funzionato per me è il {P} (20 minuti di attesa).",
        "Per disdire l'appuntamento telefonate in segreteria al {P}.",
        "L'agenzia risponde al telefono dal lunedì al venerdì al {P}.",
        "Chiamami, il mio cellulare è {P}.",
        "Se l'avete vista chiamate il {P}, a qualsiasi ora.",
        "Per arrivi in tarda serata chiamate la reception al {P}.",
    ],
    "call": ["Chiamante: Mi trova al {P}.", "Chiamante: Mi richiami al {P}, è il fisso di casa."],
    "service": [
        "Il numero verde {P} è gratuito e attivo 24 ore su 24.",
        "Per i guasti chiamate il {P} (costo ripartito).",
    ],
    "email": ["Oppure scrivimi a {E}.", "Per modifiche alla prenotazione scrivete a {E}."],
    "card": ["Potete addebitare sulla carta {C}, scadenza 06/27."],
    "iban": ["L'affitto va versato entro il 5 del mese sull'IBAN {I}."],
    "ip": ["Il modem risponde su {IP} ma internet non va.", "Nei log ci sono accessi notturni da {IP}."],
    "ssn": [],
    "labels": [
        "Tel.",
        "Telefono",
        "Cell.",
        "Cellulare",
        "Fisso",
        "Tel. casa",
        "WhatsApp",
        "\u260e",
        "Chiamare",
    ],
    "service_labels": ["Numero verde", "Assistenza clienti"],
    "mail_label": "Email",
    "speakers": ("Chiamante", "Operatrice"),
    "roster_title": ["Numeri utili", "Chi chiamare", "Recapiti del direttivo"],
    "neg_frames": [
        "Si prega di citare il {L} {V} nelle comunicazioni.",
        "{L}: {V} (da conservare)",
        "Quando chiamate, tenete a portata di mano il {L} {V}.",
        "Il suo {L} è {V}.",
    ],
    "reply_intro": "Il {date}, {name} ha scritto:",
    "edit": "EDIT:",
    "ps": "P.S.",
    "from": "Da",
    "subject": "Oggetto",
    "to": "A",
    "subject_phone": "richiamare al",
    "tearoff": "da staccare",
}

NL = {
    "genres": {
        "notice": (
            ["MEDEDELING AAN DE BEWONERS - {street}", "Burendag op {date}"],
            [
                "Op {date} wordt vanaf {time} het water afgesloten in verband met werkzaamheden.",
                "Wie iets lekkers meeneemt, kan zich inschrijven op de lijst bij de brievenbussen.",
                "De fietsenstalling wordt opgeruimd; fietsen zonder label gaan naar het depot.",
            ],
        ),
        "forum": (
            ["Re: CV-ketel valt steeds uit (storing)", "Vraag over servicekosten - klopt dit?"],
            [
                "Geplaatst door {user} op {date} om {time}",
                "Had precies hetzelfde, bleek het expansievat te zijn.",
                "Bedankt allemaal, ik laat weten wat de monteur zegt.",
            ],
        ),
        "qa": (
            [
                "Vraag: hoe schrijf ik me in bij een nieuwe huisarts?",
                "Hoe zet ik het energiecontract om bij verhuizing?",
            ],
            [
                "Gevraagd op {date} door {user} - 4 antwoorden",
                "Beste antwoord:",
                "Kort gezegd: bellen werkt beter dan het webformulier.",
            ],
        ),
        "travel": (
            ["Uw verblijf in B&B {place}", "Re: ophalen van het station op {date}"],
            [
                "Bedankt voor uw boeking. Inchecken kan vanaf {time}.",
                "Onze chauffeur wacht bij de uitgang met een bordje met uw naam.",
                "Heeft de trein vertraging, laat het ons dan even weten.",
            ],
        ),
        "rental": (
            ["Kamer te huur - {street}", "Bericht aan alle huurders"],
            [
                "Het onderhoud van de cv-ketel staat gepland op {date}; zorg dat er iemand thuis is.",
                "De groene container gaat dinsdagavond aan de straat.",
                "De borg wordt binnen 14 dagen na de eindinspectie teruggestort.",
            ],
        ),
        "care": (
            ["Herinnering afspraak - huisartsenpraktijk {place}", "Ontslaginformatie voor familie"],
            [
                "Uw bloedafname is op {date} om {time}, nuchter komen.",
                "Neem uw verzekeringspas en medicijnoverzicht mee.",
                "Twee keer per dag een tablet na het eten, zeven dagen lang.",
            ],
        ),
        "transcript": (
            ["Gespreksverslag telefoon {date} {time}", "Voicemail (automatisch uitgeschreven)"],
            [
                "Ja hallo, met {name}, ik bel over de lekkage op drie hoog.",
                "Sorry, u valt even weg, kunt u dat herhalen?",
                "Prima, ik heb het genoteerd. Kan ik verder nog iets voor u doen?",
            ],
        ),
        "email": (
            ["Onderwerp: RE: ouderavond donderdag", "Onderwerp: FW: sleuteloverdracht vakantiehuis"],
            [
                "Hoi allemaal, even kort wat we gisteren in {place} hebben besproken.",
                "Ik stuur dit naar iedereen op de lijst, sorry als je het dubbel krijgt.",
                "Klopt er iets niet, laat het weten, dan stuur ik een verbeterde versie.",
            ],
        ),
    },
    "close": ["Groet,", "Met vriendelijke groet,", "Hartelijke groeten,", "Groetjes,"],
    "phone": [
        "Neemt niemand op, spreek dan in op {P}, we bellen terug.",
        "App me even op {P} als je geland bent.",
        "Buiten kantooruren is de storingsdienst bereikbaar op {P}.",
        "Het enige nummer dat bij mij werkte: {P} (20 minuten in de wacht).",
        "Afspraken afzeggen graag telefonisch via {P}.",
        "Het verhuurkantoor is op werkdagen telefonisch bereikbaar op {P}.",
        "Bel me liever, mijn 06 is {P}.",
        "Gezien? Bel ons op {P}, dag en nacht.",
        "Komt u laat aan, bel dan even met de receptie: {P}.",
    ],
    "call": ["Beller: U kunt me bereiken op {P}.", "Beller: Belt u me terug op {P}, dat is vast."],
    "service": [
        "De gratis hulplijn {P} is dag en nacht bereikbaar.",
        "Storingen melden via {P} (lokaal tarief).",
    ],
    "email": ["Of mail me op {E}.", "Wijzigingen in de boeking graag per mail naar {E}."],
    "card": ["U mag het bedrag afschrijven van mijn creditcard {C}, geldig tot 10/26."],
    "iban": ["De huur vóór de 1e overmaken op {I}."],
    "ip": [
        "De router zit op {IP} maar er is geen internet.",
        "In de log staan 's nachts pogingen vanaf {IP}.",
    ],
    "ssn": [],
    "labels": ["Tel.", "Telefoon", "Mobiel", "06", "Vast", "Tel. thuis", "WhatsApp", "\u260e", "Bellen"],
    "service_labels": ["Gratis hulplijn", "Klantenservice"],
    "mail_label": "E-mail",
    "speakers": ("Beller", "Medewerker"),
    "roster_title": ["Belangrijke nummers", "Wie bel ik?", "Contactpersonen bestuur"],
    "neg_frames": [
        "Vermeld bij vragen altijd het {L} {V}.",
        "{L}: {V} (bewaren)",
        "Houd bij het bellen uw {L} {V} bij de hand.",
        "Uw {L} is {V}.",
    ],
    "reply_intro": "Op {date} schreef {name}:",
    "edit": "EDIT:",
    "ps": "PS:",
    "from": "Van",
    "subject": "Onderwerp",
    "to": "Aan",
    "subject_phone": "graag terugbellen op",
    "tearoff": "afscheuren",
}
