"""Italian, Dutch, Portuguese and Hindi sentences for v88. Slots: see compose.py."""

IT = {
    "GENRES": {
        "studio": {
            "titles": ["Il tuo servizio fotografico", "Conferma appuntamento in studio"],
            "body": [
                "Grazie per aver prenotato con {NAME}; per imprevisti manda un messaggio al {M}.",
                "Lo studio è in fondo al cortile: suona o chiama lo {P}.",
                "Scattiamo con luce continua a {N_kelvin}.",
                "L'acconto è stato addebitato sulla carta {C}.",
            ],
        },
        "pottery": {
            "titles": ["Calendario cotture", "Laboratorio di ceramica - iscrizione"],
            "body": [
                "La biscottatura di martedì è arrivata a {N_kiln}.",
                "Segnate il lotto di smalto {N_glaze} sotto ogni pezzo.",
                "Se manca un pezzo dallo scaffale, chiamate lo {P}.",
                "La quota mensile viene addebitata su {IB}.",
                "Per gli ordini di argilla ({N_clay}) scrivete a {E}.",
            ],
        },
        "gallery": {
            "titles": ["Mostra di artisti del territorio", "Conferma di acquisto"],
            "body": [
                "Grazie per l'acquisto; l'opera ({N_edition}) resta esposta fino alla chiusura.",
                "{NAME} organizza la consegna: chiamate lo {P} o il {M}.",
                "Gli artisti vengono pagati entro quindici giorni su {IB}.",
                "La galleria partner a Lugano risponde al {X}.",
            ],
        },
        "printlab": {
            "titles": ["Ordine di stampa ricevuto", "Laboratorio fotografico - aggiornamento"],
            "body": [
                "Abbiamo ricevuto {N_filename}; stampiamo su {N_gsm}.",
                "Le prove colore sono sul server del laboratorio, {IP}.",
                "Se il taglio non va bene, chiamate il banco stampa allo {P}.",
                "Pagato con carta {C}; fattura inviata a {EP}.",
            ],
        },
        "classes": {
            "titles": ["Corso di acquerello - iscrizione", "Corso serale di nudo"],
            "body": [
                "Il corso si tiene {N_hours}; cavalletti forniti.",
                "In caso di assenza avvisate la segreteria allo {P}.",
                "Indicate il codice {N_course} nella causale.",
                "Numero verde per le iscrizioni: {F}.",
            ],
        },
    },
    "LIST_HEADS": ["Contatti del laboratorio", "Per raggiungerci"],
    "LABELS": ["Segreteria", "Laboratorio", "Banco stampa", "Galleria", "Docente"],
    "TOWN_ABROAD": "Lugano",
}

NL = {
    "GENRES": {
        "studio": {
            "titles": ["Je fotoshoot in de studio", "Bevestiging portretsessie"],
            "body": [
                "Bedankt voor je boeking bij {NAME}; lukt het niet, app dan even naar {M}.",
                "De studio zit achter de bakkerij, eerste verdieping; bel {P} als de deur dicht is.",
                "We fotograferen met daglichtlampen van {N_kelvin}.",
                "De aanbetaling is afgeschreven van je creditcard {C}.",
                "Je selectie krijg je via een link van {E}.",
            ],
        },
        "framing": {
            "titles": ["Inlijstopdracht", "Je lijst is klaar"],
            "body": [
                "Ontvangen: ets, {N_frame}, passe-partout met uitsnede {N_mat}.",
                "Ophalen kan vanaf donderdag; bel wel even {P}.",
                "Betaling graag naar {IB} onder vermelding van je naam.",
                "Vragen over museumglas? Lijstenmaker {NAME} is bereikbaar op {M}.",
            ],
        },
        "classes": {
            "titles": ["Inschrijving cursus modeltekenen", "Keramiekcursus voor beginners"],
            "body": [
                "De les is {N_hours}; materiaal ligt klaar.",
                "Afmelden kan tot de avond ervoor via {P}.",
                "Het lesgeld schrijven we af van {IB}.",
                "Vermeld cursuscode {N_course} bij elke betaling.",
                "Vragen aan de docent via {EP}.",
            ],
        },
        "fair": {
            "titles": ["Ambachtsmarkt - standplaats", "Informatie voor standhouders"],
            "body": [
                "Je standplaats is {N_stall}; uitladen vanaf 7 uur.",
                "Op de marktdag is de marktmeester bereikbaar op {M}.",
                "Het staangeld is afgeschreven van creditcard {C}.",
                "Stroom aanvragen bij {E}.",
                "Het pinapparaat draait op het marktnetwerk, {IP}.",
            ],
        },
        "pottery": {
            "titles": ["Stookschema van het atelier", "Open atelier keramiek"],
            "body": [
                "De biscuitstook van dinsdag ging tot {N_kiln}.",
                "Zet het glazuurlot {N_glaze} onder elk werkstuk.",
                "Mist er iets op de plank, bel dan {P}.",
                "Klei bestellen we per {N_clay}.",
            ],
        },
        "gallery": {
            "titles": ["Expositie van makers uit de buurt", "Aankoopbevestiging galerie"],
            "body": [
                "Dank voor je aankoop; het werk ({N_edition}) blijft hangen tot de expositie sluit.",
                "{NAME} regelt de bezorging: bel {P} of {M}.",
                "Kunstenaars krijgen binnen twee weken betaald op {IB}.",
                "Onze partnergalerie in Antwerpen is bereikbaar op {X}.",
            ],
        },
    },
    "LOCAL": [
        "Woon je in {TOWN}? Dan bel je het atelier gewoon op {L}, zonder kengetal.",
        "Vanuit {TOWN} zelf: lijstenmakerij {L}, galerie {L}.",
        "Lokaal nummer {TOWN}:\n{L}",
        '"Draai maar {L}," zei de pottenbakker, "iedereen in {TOWN} kent dat nummer."',
        "Binnen {TOWN} is de fotostudio bereikbaar op {L} (netnummer mag je weglaten).",
    ],
    "LIST_HEADS": ["Contact atelier", "Even bellen?", "Nummers marktdag"],
    "LABELS": ["Atelier", "Lijstenmakerij", "Fotostudio", "Marktmeester", "Ovenruimte", "Galerie"],
    "TOWN_ABROAD": "Antwerpen",
}

PT = {
    "GENRES": {
        "studio": {
            "titles": ["Seu ensaio fotográfico", "Agendamento confirmado no estúdio"],
            "body": [
                "Obrigado por agendar com {NAME}; se precisar remarcar, mande mensagem para {M}.",
                "O estúdio fica nos fundos, segundo andar; ligue para {P} se o portão estiver fechado.",
                "Fotografamos com luz contínua de {N_kelvin}.",
                "O sinal foi cobrado no cartão {C}.",
                "A seleção de fotos chega por link enviado de {E}.",
            ],
        },
        "classes": {
            "titles": ["Inscrição na oficina de cerâmica", "Curso de aquarela - informações"],
            "body": [
                "A oficina acontece {N_hours}; o barro está incluído.",
                "Se faltar, avise a recepção pelo {P}.",
                "A mensalidade pode ser paga por transferência para {IB}.",
                "Informe o código {N_course} no comprovante.",
                "Dúvidas sobre material: {EP}.",
            ],
        },
        "fair": {
            "titles": ["Feira de artesanato - seu estande", "Orientações para expositores"],
            "body": [
                "Seu estande é o {N_stall}; descarga a partir das 7h.",
                "No dia da feira, a coordenação atende no {M}.",
                "A taxa do estande foi debitada no cartão {C}.",
                "Pedidos de energia para {E}.",
                "Ligação gratuita para visitantes: {F}.",
            ],
        },
        "gallery": {
            "titles": ["Exposição de artistas da região", "Confirmação de compra - galeria"],
            "body": [
                "Obrigado pela compra; a obra ({N_edition}) fica exposta até o encerramento.",
                "{NAME} cuida da entrega: ligue para {P} ou {M}.",
                "Os artistas recebem em quinze dias.",
                "A galeria parceira em Lisboa atende no {X}.",
            ],
        },
        "framing": {
            "titles": ["Pedido de moldura", "Sua moldura está pronta"],
            "body": [
                "Recebido: gravura, {N_frame}, passe-partout com janela de {N_mat}.",
                "Retirada a partir de quinta; ligue antes para {P}.",
                "Pagamento no cartão {C}; recibo enviado para {EP}.",
            ],
        },
        "pottery": {
            "titles": ["Calendário de queimas", "Ateliê de cerâmica aberto"],
            "body": [
                "A queima de biscoito de terça chegou a {N_kiln}.",
                "Anote o lote de esmalte {N_glaze} embaixo de cada peça.",
                "Sumiu alguma peça da prateleira? Ligue para {P}.",
                "A ceramista {NAME} atende no {M}.",
            ],
        },
    },
    "LOCAL": [
        "Quem mora em {TOWN} liga para o ateliê no {L}, sem precisar do DDD.",
        "Fixo local ({TOWN}): estúdio {L}, moldura {L}.",
        "De um telefone de {TOWN}, é só discar {L} e pedir a oficina de cerâmica.",
        '"Liga no {L}", disse a fotógrafa, "é o número do estúdio aqui em {TOWN}."',
        "Telefone da loja em {TOWN} (ligação local):\n{L}",
    ],
    "LIST_HEADS": ["Contatos do ateliê", "Fale com a gente"],
    "LABELS": ["Recepção", "Ateliê", "Moldura", "Coordenação", "Estúdio", "Galeria"],
    "TOWN_ABROAD": "Lisboa",
}

HI = {
    "GENRES": {
        "studio": {
            "titles": ["आपका फ़ोटो शूट", "स्टूडियो बुकिंग की पुष्टि"],
            "body": [
                "{NAME} के साथ बुकिंग के लिए धन्यवाद; समय बदलना हो तो {M} पर मैसेज करें।",
                "स्टूडियो पहली मंज़िल पर है, गेट बंद हो तो {P} पर कॉल करें।",
                "हम {N_kelvin} की लाइट में शूट करते हैं।",
                "एडवांस आपके कार्ड {C} से लिया गया है।",
            ],
        },
        "classes": {
            "titles": ["पॉटरी क्लास में दाख़िला", "वॉटरकलर कोर्स की जानकारी"],
            "body": [
                "क्लास {N_hours} होती है; मिट्टी हम देंगे।",
                "छुट्टी लेनी हो तो रिसेप्शन को {P} पर बताएँ।",
                "फ़ीस से जुड़े सवाल {E} पर भेजें।",
                "कोर्स कोड {N_course} हर भुगतान पर लिखें।",
            ],
        },
        "fair": {
            "titles": ["हस्तशिल्प मेला - आपका स्टॉल", "कारीगर मेले के नियम"],
            "body": [
                "आपका स्टॉल {N_stall} है; सामान सुबह 7 बजे से उतार सकते हैं।",
                "मेले के दिन आयोजक {M} पर मिलेंगे।",
                "दर्शकों के लिए टोल-फ़्री नंबर: {F}।",
                "स्टॉल फ़ीस कार्ड {C} से कटी है।",
            ],
        },
        "gallery": {
            "titles": ["स्थानीय कलाकारों की प्रदर्शनी", "गैलरी से ख़रीद की पुष्टि"],
            "body": [
                "ख़रीद के लिए धन्यवाद; कलाकृति ({N_edition}) प्रदर्शनी ख़त्म होने तक टंगी रहेगी।",
                "डिलीवरी {NAME} देखेंगे, {P} या {M} पर बात करें।",
                "प्रेस फ़ोटो के लिए {E} पर लिखें।",
            ],
        },
        "framing": {
            "titles": ["फ़्रेमिंग ऑर्डर", "आपकी फ़्रेम तैयार है"],
            "body": [
                "मिला: पेंटिंग, {N_frame}, माउंट की खिड़की {N_mat}।",
                "गुरुवार से ले जा सकते हैं; आने से पहले {P} पर फ़ोन कर लें।",
                "रसीद {EP} पर भेजी गई है।",
            ],
        },
    },
    "LOCAL": [
        "{TOWN} शहर के अंदर से स्टूडियो का नंबर सिर्फ़ {L} है।",
        "{TOWN} के लैंडलाइन से फ़्रेम की दुकान {L} और वर्कशॉप {L} पर मिलेगी।",
        "लोकल कॉल ({TOWN}):\n{L}",
        '"बस {L} मिला लो," कुम्हार ने कहा, "{TOWN} में सब यही नंबर जानते हैं।"',
        "{TOWN} में रहने वाले पॉटरी क्लास के लिए {L} डायल करें।",
    ],
    "LIST_HEADS": ["संपर्क सूत्र", "हमसे बात करें"],
    "LABELS": ["रिसेप्शन", "स्टूडियो", "फ़्रेम की दुकान", "आयोजक", "गैलरी"],
    "TOWN_ABROAD": "दुबई",
}
