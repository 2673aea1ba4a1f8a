"""Italian, Dutch, Portuguese and Hindi sentences (slots as in lex_en)."""

IT = {
    "TITLES": {
        "shop": ["Agenzia scommesse – avviso ai clienti", "Pagamento delle schedine vincenti"],
        "lottery": ["Ricevitoria – ritiro vincite", "Sistema del Superenalotto"],
        "racecourse": ["Giornata di corse all'ippodromo", "Il tuo tesserino proprietario"],
        "helpline": ["Gioco responsabile – chiedere aiuto", "La tua richiesta di autoesclusione"],
    },
    "POS": {
        "shop": [
            "Per contestazioni su una giocata chiamate l'agenzia al {P}.",
            "Servizio clienti: {F}, oppure scrivete a {E}.",
            "Il titolare, {name}, risponde al {M} in caso di guasto del terminale.",
        ],
        "lottery": [
            "Le vincite oltre soglia si riscuotono presso il concessionario: {F}.",
            "Le quote del sistema vanno versate su {I} entro giovedì.",
            "Per il sistema di gruppo chiedete a {name}: {M}.",
        ],
        "racecourse": [
            "Segreteria corse: {P}, email {E}.",
            "Proprietari dall'estero: {X}.",
            "La prenotazione in tribuna è stata addebitata sulla carta {C}.",
        ],
        "helpline": [
            "Numero verde gratuito e anonimo: {F}.",
            "La tua referente, {name}, ti richiamerà dal {P}.",
            "Puoi anche scrivere a {E}.",
        ],
    },
    "PLAIN": {
        "shop": ["Le corse sono trasmesse in diretta.", "Conservate la ricevuta fino al pagamento."],
        "lottery": ["L'estrazione è alle 20.", "Il sistema comprende dieci colonne."],
        "racecourse": ["I cancelli aprono un'ora prima della prima corsa.", "Il parcheggio è gratuito."],
        "helpline": [
            "L'autoesclusione vale per tutti i concessionari.",
            "Puoi impostare un limite di versamento.",
        ],
    },
    "NEG": [
        "Schedina {N:betslip}, quota {N:dec_odds}, vincita {N:prize}.",
        "Combinazione estratta: {N:lotto_line}.",
        "Partenza alle {N:racetime}, distanza {N:distance}.",
        "Microchip {N:microchip}.",
        "Jackpot {N:jackpot}, payout {N:rtp}.",
        "Codice autoesclusione {N:selfex}.",
    ],
    "LIST_HEADS": ["Recapiti utili", "Contatti della giornata"],
    "LIST_LABELS": ["Segreteria", "Cassa", "Ricevitoria", "Assistenza", "Titolare"],
}

NL = {
    "TITLES": {
        "shop": ["Wedkantoor – mededeling aan klanten", "Uitbetaling van winnende bonnen"],
        "lottery": ["Loterijverkooppunt – prijzen ophalen", "Lotto-pot van de afdeling"],
        "racecourse": ["Koersdag op de drafbaan", "Uw eigenaarspas"],
        "trainer": ["Stalnieuws voor de eigenaren", "Update vanuit de trainingsstal"],
        "helpline": ["Even stoppen met gokken", "Uw inschrijving in Cruks"],
    },
    "POS": {
        "shop": [
            "Klopt de uitbetaling niet? Bel het wedkantoor op {P}.",
            "Klantenservice: {F} of {E}.",
            "De bedrijfsleider, {name}, is bij storingen mobiel bereikbaar op {M}.",
        ],
        "lottery": [
            "Grote prijzen worden door de loterij zelf uitbetaald; bel {F}.",
            "De inleg voor de pot graag overmaken op {I}.",
            "{name} houdt de pot bij – appen kan op {M}.",
        ],
        "racecourse": [
            "Het secretariaat van de baan is bereikbaar op {P} of via {E}.",
            "Eigenaren uit België bellen {X}.",
            "Uw tafelreservering is afgeschreven van kaart {C}.",
        ],
        "trainer": [
            "Wie bij het trainen wil kijken, belt vooraf {name} op {M}.",
            "De dierenartskosten graag voldoen op {I}.",
            "Het staloffice is 's ochtends bereikbaar op {P}.",
        ],
        "helpline": [
            "Praat gratis en anoniem met een hulpverlener: {F}.",
            "Mailen kan ook: {E}.",
            "Uw vaste contactpersoon {name} belt u terug vanaf {P}.",
        ],
    },
    "PLAIN": {
        "shop": ["Koersen worden live uitgezonden op de schermen.", "Bewaar uw bon tot de uitbetaling."],
        "lottery": ["De trekking is zaterdagavond.", "Elke deelnemer legt vijf euro in."],
        "racecourse": ["De poort gaat een uur voor de eerste koers open.", "Parkeren is gratis."],
        "trainer": ["De merrie liep dinsdag een goede training.", "De ruin krijgt nog een week rust."],
        "helpline": [
            "Inschrijving in Cruks geldt minimaal zes maanden.",
            "Een stortingslimiet helpt veel mensen.",
        ],
    },
    "NEG": [
        "Bon {N:betslip}, quotering {N:dec_odds}, uitbetaald {N:prize}.",
        "Getrokken getallen: {N:lotto_line}.",
        "Start om {N:racetime}, afstand {N:distance}, kilometertijd {N:wintime}.",
        "Chipnummer {N:microchip}, UELN {N:ueln}.",
        "Cruks-kenmerk {N:selfex}.",
        "Jackpot {N:jackpot}, uitkeringspercentage {N:rtp}.",
        "Kraslot {N:scratch}.",
    ],
    "LOCAL": [
        "Woont u in {T}? Het secretariaat is zonder netnummer te bellen op {L}.",
        "Binnen {T} draait u gewoon {L}.",
        "Voor bellers uit {T}: kantine {L}, stalgang {L}.",
        "Vanaf een vaste lijn in {T} is het wedkantoor {L}.",
        "Leden uit {T} bellen de bingo op {L}.",
        "Lokaal in {T} bereikbaar onder {L}.",
    ],
    "LIST_HEADS": ["Handige nummers", "Contact op de koersdag"],
    "LIST_LABELS": ["Secretariaat", "Kassa", "Stal", "Klantenservice", "Bedrijfsleider"],
}

PT = {
    "TITLES": {
        "shop": ["Casa lotérica – aviso aos clientes", "Pagamento de prémios"],
        "lottery": ["Lotérica – retirada de prêmios", "Bolão da Mega-Sena"],
        "racecourse": ["Dia de corridas no hipódromo", "Seu cartão de proprietário"],
        "helpline": ["Jogo responsável – peça ajuda", "Seu pedido de autoexclusão"],
    },
    "POS": {
        "shop": [
            "Reclamações sobre apostas: ligue para a loja no {P}.",
            "Apoio ao cliente: {F} ou {E}.",
            "O gerente, {name}, atende no {M} quando o terminal falha.",
        ],
        "lottery": [
            "Prêmios maiores são pagos pela Caixa; dúvidas pelo {F}.",
            "A cota do bolão deve ser paga até quinta; o organizador é {name}, celular {M}.",
            "Comprovantes podem ser enviados para {E}.",
            "A transferência do prémio será feita para {I}.",
        ],
        "racecourse": [
            "Secretaria de corridas: {P} ou {E}.",
            "Proprietários do exterior: {X}.",
            "A reserva da tribuna foi cobrada no cartão {C}.",
        ],
        "helpline": [
            "Linha de apoio gratuita: {F}.",
            "Se preferir escrever: {E}.",
            "Sua psicóloga, {name}, vai ligar do número {P}.",
        ],
    },
    "PLAIN": {
        "shop": ["As corridas passam ao vivo nas televisões.", "Guarde o recibo até ao pagamento."],
        "lottery": ["O sorteio é no sábado à noite.", "Cada cota do bolão custa dez reais."],
        "racecourse": ["Os portões abrem uma hora antes do primeiro páreo.", "O estacionamento é gratuito."],
        "helpline": ["A autoexclusão vale para todas as casas licenciadas.", "Defina um limite de depósito."],
    },
    "NEG": [
        "Bilhete {N:betslip}, odd {N:dec_odds}, prêmio {N:prize}.",
        "Dezenas sorteadas: {N:lotto_line}.",
        "Largada às {N:racetime}, distância {N:distance}.",
        "Microchip {N:microchip}.",
        "Prêmio acumulado {N:jackpot}.",
        "Protocolo de autoexclusão {N:selfex}.",
        "Concurso {N:draw}, lotérica {N:retailer}.",
    ],
    "LOCAL": [
        "Quem liga de um fixo de {T} fala com a secretaria do jóquei no {L}.",
        "Em {T}, sem DDD: {L}.",
        "Para quem está em {T}: bilheteria {L}, cocheiras {L}.",
        "Ligação local de {T}? A lotérica atende no {L}.",
        "Moradores de {T} podem reservar o salão de bingo pelo {L}.",
        "O bolão do escritório de {T} é combinado pelo {L}.",
    ],
    "LIST_HEADS": ["Telefones da casa", "Contatos do dia"],
    "LIST_LABELS": ["Secretaria", "Bilheteria", "Lotérica", "Apoio", "Gerente"],
}

HI = {
    "TITLES": {
        "racecourse": ["रेस डे की जानकारी", "टर्फ क्लब सदस्यों के लिए सूचना"],
        "lottery": ["लॉटरी एजेंसी – इनाम का भुगतान", "आपका लॉटरी टिकट"],
        "helpline": ["जुए की आदत से मदद", "परामर्श के लिए संपर्क"],
        "trainer": ["अस्तबल से मालिकों के लिए अपडेट", "ट्रेनर की साप्ताहिक रिपोर्ट"],
    },
    "POS": {
        "racecourse": [
            "बॉक्स बुकिंग के लिए क्लब कार्यालय को {P} पर फ़ोन करें या {E} पर लिखें।",
            "पार्किंग के लिए {name} से {M} पर बात करें।",
            "विदेश से आने वाले मालिक {X} पर संपर्क करें।",
        ],
        "lottery": [
            "बड़े इनाम के दावे के लिए विभाग की हेल्पलाइन {F} पर कॉल करें।",
            "एजेंसी मालिक {name} का मोबाइल {M} है।",
            "दुकान का फ़ोन {P} है, सुबह दस बजे से।",
        ],
        "helpline": [
            "मुफ़्त परामर्श के लिए {F} पर कॉल करें।",
            "आपकी काउंसलर {name} आपको {P} से कॉल करेंगी।",
            "लिखना आसान लगे तो {E} पर ईमेल करें।",
        ],
        "trainer": [
            "सुबह की ट्रेनिंग देखने के लिए {name} को {M} पर पहले बता दें।",
            "अस्तबल कार्यालय {P} पर दोपहर तक खुला रहता है।",
        ],
    },
    "PLAIN": {
        "racecourse": ["पहली रेस से एक घंटा पहले गेट खुलेंगे।", "मेंबर्स एनक्लोज़र में ड्रेस कोड लागू है।"],
        "lottery": ["ड्रॉ आज शाम तीन बजे होगा।", "टिकट का नंबर ध्यान से मिलाएँ।"],
        "helpline": ["पैसे की सीमा तय करना पहला कदम है।", "परिवार के लोग भी बात कर सकते हैं।"],
        "trainer": ["घोड़ी ने मंगलवार को अच्छा काम किया।", "बछेड़ा अगले हफ़्ते फिर दौड़ेगा।"],
    },
    "NEG": [
        "टिकट {N:barcode} की जाँच हो चुकी है।",
        "रेस का समय {N:racetime}, दूरी {N:distance}।",
        "ड्रॉ संख्या {N:draw}, एजेंसी कोड {N:retailer}।",
        "माइक्रोचिप {N:microchip}।",
        "ट्राइफ़ेक्टा {N:trifecta}, टोटे भुगतान {N:tote}।",
    ],
    "LOCAL": [
        "{T} के लैंडलाइन से रेस क्लब का बुकिंग काउंटर सीधे {L} पर मिलता है।",
        "{T} शहर में बिना कोड के {L} डायल करें।",
        "{T} के सदस्य सचिव को {L} पर और स्टीवर्ड्स रूम को {L} पर फ़ोन कर सकते हैं।",
        "लोकल कॉल ({T}): {L}",
        "{T} में लॉटरी एजेंसी का फ़ोन {L} है।",
    ],
    "LIST_HEADS": ["ज़रूरी फ़ोन", "संपर्क सूची"],
    "LIST_LABELS": ["क्लब कार्यालय", "बुकिंग", "एजेंसी", "हेल्पलाइन", "सचिव"],
}
