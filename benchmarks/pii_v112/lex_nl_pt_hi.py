"""Dutch, Portuguese and Hindi sentences for v112 (fashion and textiles); slots as in lex_en."""

NL = {
    "TITLES": {
        "boutique": ["Nieuwe collectie in de winkel", "Je reservering"],
        "alteration": ["Kledingreparatie – afhaalbon", "Afspraak voor een pasbeurt"],
        "vintage": ["Vintagebeurs – info voor standhouders", "Kilo-sale tweedehands kleding"],
        "agency": ["Casting", "Optie en boeking"],
    },
    "BODY": {
        "boutique": [
            "De linnen jurken zijn weer binnen; wil je er een laten apart hangen, bel dan {nat}.",
            "Aanbetaling van € 50 met kaart {card} ontvangen; de jas ({neg}) ligt klaar tot zaterdag.",
            "Je stylist {name} is op afspraak bereikbaar via {nat}.",
            "Gratis retourneren: {free} of mail naar {mail}.",
            "Voor vragen uit Antwerpen belt u ons filiaal op {intl}.",
        ],
        "alteration": [
            "Broek ingekort, {neg}. Ophalen vanaf dinsdag; vragen via {nat}.",
            "{name} speldt de zoom af bij de volgende pasbeurt. Verzetten kan via {nat}.",
            "Nieuwe rits: € 17, betaald met kaart {card}.",
        ],
        "vintage": [
            "Standgeld (€ 35) wordt bij boeking afgeschreven van {iban}.",
            "Opbouw vanaf 8 uur. Kwijt? Bel {name} op {nat}.",
            "Vragen over rekken, spiegels of stroom: {mail}.",
            "Handelaren uit België bereiken de zaalbeheerder op {intl}.",
        ],
        "agency": [
            "Casting voor de breigoedcampagne: om 10 uur, hakken mee. Booker {name}, {nat}.",
            "Bevestig de optie vóór twaalf uur via {intl}.",
            "Het honorarium wordt vrijdag overgemaakt naar {iban}.",
            "Polaroids naar {mail}, zonder filter.",
        ],
    },
    "PLAIN": {
        "boutique": ["Nieuw binnen: {neg} en {neg}.", "Etalage vanaf maandag: {neg}."],
        "alteration": ["Zoom aangepast, {neg}.", "Bewaar je {neg} om het kledingstuk op te halen."],
        "vintage": ["Jouw plek: {neg}. Openingstijden {neg}.", "Volgende beurs: {neg}."],
        "agency": ["Modellenkaart: {neg}, lengte {neg}.", "Schoenmaat {neg}, maten {neg}."],
    },
    "LOCAL": [
        "Bel je vanuit {town}, dan is het atelier gewoon {l1} en de naaikamer {l2}.",
        "Klanten in {town} bellen voor een pasafspraak {l1}, zonder netnummer.",
        "Winkel {town}, lokaal bellen: {l1}.",
        "Binnen {town} bereik je de stomerij en reparatie op {l1}.",
    ],
    "LIST_HEADS": ["Contacten atelier", "Nummers voor de beursdag"],
    "LIST_LABELS": ["Coupeuse", "Winkel", "Standhouders", "Magazijn", "Booker"],
}

PT = {
    "TITLES": {
        "boutique": ["Nova coleção na loja", "Sua reserva"],
        "alteration": ["Ajustes de roupa – comprovante", "Prova agendada"],
        "fabric": ["Pedido de tecido", "Pedido de amostras"],
        "runway": ["Roteiro do desfile", "Convite para o desfile"],
    },
    "BODY": {
        "boutique": [
            "Os vestidos de linho voltaram em todos os tamanhos; para separar um, ligue para {nat}.",
            "Sinal pago no cartão {card}; o casaco ({neg}) fica reservado até sábado.",
            "Sua consultora, {name}, atende com hora marcada no {nat}.",
            "Trocas grátis pelo {free} ou pelo e-mail {mail}.",
            "Clientes em Portugal falam com a nossa loja parceira no {intl}.",
        ],
        "alteration": [
            "Barra da calça feita, {neg}. Retirada a partir de terça; dúvidas no {nat}.",
            "{name} vai alfinetar a barra na próxima prova. Para remarcar, ligue {nat}.",
            "Troca do zíper paga no cartão {card}.",
        ],
        "fabric": [
            "Seu corte de crepe, {neg}, sai amanhã. Acompanhe pelo {nat}.",
            "Amostras grátis: peça por {mail} ou pelo {nat}.",
            "O representante da tecelagem em Portugal atende no {intl}.",
        ],
        "runway": [
            "Modelos no cabelo e maquiagem às 14h. Diretora de palco {name}: {nat}.",
            "O encoder da transmissão está em {ip}; não desligue durante o final.",
            "Confirme presença por {mail} ou pelo {intl}.",
        ],
    },
    "PLAIN": {
        "boutique": ["Novidades: {neg} e {neg}.", "Vitrine nova na segunda: {neg}."],
        "alteration": ["Barra ajustada, {neg}.", "Guarde o {neg} para retirar a peça."],
        "fabric": ["Corte {neg}, largura {neg}.", "Gramatura {neg}, composição {neg}."],
        "runway": ["Ordem de entrada: {neg}.", "Coleção {neg}, apresentada em {neg}."],
    },
    "LOCAL": [
        "Ligando de um fixo de {town}, o ateliê atende no {l1} e a costura no {l2}.",
        "Clientes de {town} marcam prova pelo {l1}, sem precisar do DDD.",
        "Loja {town}, ligação local: {l1}.",
        "Dentro de {town}, a lavanderia e os consertos ficam no {l1}.",
    ],
    "LIST_HEADS": ["Contatos do ateliê", "Telefones do desfile"],
    "LIST_LABELS": ["Costureira-chefe", "Loja", "Produção", "Imprensa", "Estoque"],
}

HI = {
    "TITLES": {
        "boutique": ["बुटीक में नया कलेक्शन", "आपकी ड्रेस रिज़र्व है"],
        "tailoring": ["दर्ज़ी – दूसरी फ़िटिंग", "सिलाई का ऑर्डर"],
        "fabric": ["कपड़े का ऑर्डर", "सैंपल की माँग"],
        "bridal": ["शादी के लहंगे की फ़िटिंग", "लहंगा तैयार है"],
    },
    "BODY": {
        "boutique": [
            "लिनन की कुर्तियाँ फिर से आ गई हैं; एक अलग रखवाने के लिए {nat} पर कॉल करें।",
            "एडवांस कार्ड {card} से मिल गया; जैकेट ({neg}) शनिवार तक रखी रहेगी।",
            "आपकी स्टाइलिस्ट {name} से {nat} पर समय लें।",
            "रिटर्न के लिए टोल-फ़्री {free} या ईमेल {mail}।",
        ],
        "tailoring": [
            "कपड़ा चुना गया: {neg}। मास्टर जी {name} का नंबर {nat} है।",
            "आधा पैसा कार्ड {card} से पहली फ़िटिंग पर लिया गया।",
            "विदेश में रहने वाले ग्राहक {intl} पर वीडियो कॉल कर सकते हैं।",
        ],
        "fabric": [
            "आपका कपड़ा, {neg}, कल भेजा जाएगा। जानकारी के लिए {nat}।",
            "सैंपल मुफ़्त हैं: {mail} पर लिखें या {nat} पर कॉल करें।",
        ],
        "bridal": [
            "दूसरी फ़िटिंग {name} करेंगी। देर हो तो {nat} पर बताइए।",
            "लहंगे की कढ़ाई का सवाल हो तो {intl} पर संपर्क करें।",
            "दुल्हन की सहेलियाँ अपना नाप {mail} पर भेज सकती हैं।",
        ],
    },
    "PLAIN": {
        "boutique": ["नया स्टॉक: {neg} और {neg}।", "शोकेस सोमवार से: {neg}।"],
        "tailoring": ["कपड़ा {neg}, अस्तर {neg}।", "बटन {neg}।"],
        "fabric": ["कटिंग {neg}, चौड़ाई {neg}।", "वज़न {neg}, मिश्रण {neg}।"],
        "bridal": ["लहंगा {neg}, फ़िटिंग {neg} को।", "ब्लाउज़ साइज़ {neg}।"],
    },
    "LOCAL": [
        "{town} के लैंडलाइन से बुटीक का नंबर सिर्फ़ {l1} है, सिलाई यूनिट का {l2}।",
        "{town} शहर के ग्राहक फ़िटिंग के लिए {l1} मिलाएँ, कोड की ज़रूरत नहीं।",
        "{town} शोरूम, लोकल कॉल: {l1}।",
        "{town} में कढ़ाई वर्कशॉप का लोकल नंबर {l1} है।",
    ],
    "LIST_HEADS": ["बुटीक के संपर्क", "वर्कशॉप नंबर"],
    "LIST_LABELS": ["मास्टर जी", "काउंटर", "कढ़ाई", "स्टॉक", "ब्राइडल डेस्क"],
}
