"""Dutch, Portuguese and Hindi text for v48."""

NL = {
    "G": {
        "delivery": {
            "title": ["Je bestelling is onderweg!", "Bezorgupdate", "Bestelling bevestigd"],
            "body": [
                "Bestelling {n:app_order} bij Wok & Roll, verwachte levering {n:eta}.",
                "Kortingscode {n:promo} toegepast. Bon {n:receipt}.",
            ],
        },
        "truck": {
            "title": ["Foodtruck deze week", "Weekmarkt: kaaskraam De Boer", "Poffertjeskraam"],
            "body": [
                "Je vindt ons op standplaats {n:stall}, naast de bloemenkraam.",
                "Oude kaas {n:price_weight}, partij {n:lot}. Stempelkaart: {n:stamps}.",
            ],
        },
        "chalk": {
            "title": ["(overgeschreven van het krijtbord)", "KRIJTBORD VANDAAG"],
            "body": [
                "Flat white — ons recept: {n:coffee}. Wifi-wachtwoord {n:wifi}.",
                "Speciaalbier van de tap {n:abv}; tafel {n:table} is gereserveerd.",
            ],
        },
        "rota": {
            "title": ["Rooster bedrijfskantine week 9", "Kantinerooster"],
            "body": [
                "Dienst {n:shift}: uitgifte, personeelsnr. {n:staff_id}.",
                "Woensdag {n:covers} maaltijden verwacht. Koelcel: {n:fridge_log}.",
            ],
        },
        "preorder": {
            "title": ["Slagerij Visser — kerstbestellingen", "Bakkerij: bestelbon"],
            "body": [
                "Rollade {n:cut_weight}, keurmerk {n:health_mark}.",
                "Eieren met code {n:egg_code}, THT {n:best_before}.",
            ],
        },
    },
    "CONTACT": [
        "Reserveren via {P}.",
        "Bestellen: bel {P}",
        "Tel. {P} (vanaf 16.00 uur)",
        "App ons: {M}",
        "Vragen over allergenen? Bel de keuken: {P}",
        "Mail: {E}",
        "Gratis bestellijn {S}",
        "Bedrijfsleider: {M}",
    ],
    "LOCAL": [
        "Vanuit {T} bel je gewoon {L}.",
        "In {T}: {L}, zonder netnummer.",
        "{T} — winkel {L}, bakkerij {L2}.",
        'Op de pizzadoos: "{T} {L}".',
        "Klanten in {T} bellen {L} (bestellen) of {L2} (catering).",
    ],
    "PII": {
        "iban": ["Aanbetaling op {I}.", "Overmaken naar {I} o.v.v. je naam."],
        "ip": ["Bonprinter keuken: {IP}."],
        "card": ["Garantie via creditcard {C}."],
    },
    "LIST_HEAD": ["Nummers bij de keukendeur:", "Leveranciers:"],
    "LIST_LABELS": ["Groenteboer", "Visboer", "Chef-kok", "Bedrijfsleider", "Bakker"],
    "CLOSE": ["Eet smakelijk!", "Tot snel.", "Prijzen incl. btw.", "Meld allergieën vooraf."],
    "NEGCLOSE": ["Bestellen alleen aan de toonbank.", "Vraag het aan de bediening."],
}

PT = {
    "G": {
        "takeaway": {
            "title": ["Pizzaria Bella Napoli — delivery", "Esfiharia do Bairro", "Marmitaria Sabor Caseiro"],
            "body": [
                "{n:menu_no} Pizza calabresa, {n:energy}.",
                "Cupom {n:promo} no primeiro pedido; retirada em {n:eta}.",
                "Combo {n:menu_no}: pizza + refrigerante {n:volume}.",
            ],
        },
        "delivery": {
            "title": ["Seu pedido saiu para entrega!", "Atualização do pedido"],
            "body": [
                "Pedido {n:app_order}, previsão de chegada {n:eta}.",
                "Cupom {n:promo} aplicado, nota {n:receipt}.",
            ],
        },
        "preorder": {
            "title": ["Padaria Trigo de Ouro — encomendas", "Açougue Boi Bom: pedidos de Natal"],
            "body": [
                "Picanha {n:cut_weight}, carimbo {n:health_mark}.",
                "Bolo para {n:servings} pessoas, assar a {n:oven} por {n:bake_time}.",
                "Ovos {n:egg_code}, validade {n:best_before}, lote {n:lot}.",
            ],
        },
        "review": {
            "title": ["Avaliação: o melhor feijão do centro", "Fomos ao novo rodízio"],
            "body": [
                "Nota {n:review_count} e salão com {n:covers} lugares.",
                "Vinho {n:vintage} ({n:abv}); conta {n:per_head}. Mesa {n:table}.",
            ],
        },
        "booking": {
            "title": ["Reserve sua mesa", "Reservas — Restaurante Maré"],
            "body": [
                "Código da reserva {n:booking_ref}; mesa {n:table} na varanda.",
                "Grupos de {n:servings} pessoas: menu fechado {n:per_head}.",
            ],
        },
    },
    "CONTACT": [
        "Reservas pelo {P}.",
        "Pedidos por telefone: {P}",
        "Tel. {P}",
        "WhatsApp {M}",
        "Alergias? Fale com a cozinha: {P}",
        "E-mail: {E}",
        "Ligação gratuita {S}",
        "Gerente: {M}",
    ],
    "LOCAL": [
        "Em {T}, ligue só {L}.",
        "Para quem é de {T}: {L} (sem DDD).",
        "{T} — loja {L}, cozinha {L2}.",
        'Na sacola: "{T} {L}".',
        "Clientes de {T}: pedidos {L}, encomendas {L2}.",
    ],
    "PII": {
        "iban": ["Sinal por transferência: {I}."],
        "ip": ["Impressora da cozinha: {IP}."],
        "card": ["Garantia no cartão {C}."],
    },
    "LIST_HEAD": ["Telefones da cozinha:", "Fornecedores:"],
    "LIST_LABELS": ["Peixaria", "Hortifrúti", "Chef", "Gerente", "Padeiro"],
    "CLOSE": ["Bom apetite!", "Volte sempre.", "Avise sobre alergias."],
    "NEGCLOSE": ["Pedidos só no balcão.", "Informações com a equipe."],
}

HI = {
    "G": {
        "takeaway": {
            "title": ["शर्मा स्वीट्स एंड स्नैक्स — होम डिलीवरी", "पिज़्ज़ा पॉइंट — नया मेन्यू", "ढाबा एक्सप्रेस"],
            "body": [
                "{n:menu_no} पनीर टिक्का पिज़्ज़ा, {n:energy}.",
                "पहले ऑर्डर पर कोड {n:promo}; पिकअप {n:eta} में.",
                "थाली {n:per_head}, साथ में {n:volume} लस्सी.",
            ],
        },
        "delivery": {
            "title": ["आपका ऑर्डर रास्ते में है!", "ऑर्डर अपडेट"],
            "body": [
                "ऑर्डर {n:app_order}, पहुँचने का समय {n:eta}.",
                "कूपन {n:promo} लगा दिया गया, बिल {n:receipt}.",
            ],
        },
        "cookclass": {
            "title": ["कुकिंग क्लास — रजिस्ट्रेशन", "बेकिंग वर्कशॉप"],
            "body": [
                "सेशन {n:class_size}: केक, {n:recipe_qty} मैदा लाएँ.",
                "ओवन {n:oven} पर {n:bake_time}, {n:servings} लोगों के लिए.",
            ],
        },
        "menu": {
            "title": ["अन्नपूर्णा भोजनालय — मेन्यू", "आज की थाली"],
            "body": [
                "{n:menu_no} दाल मखनी, एलर्जन {n:allergens}.",
                "मिर्च वाली चटनी ({n:scoville}), टेबल {n:table}.",
            ],
        },
        "notice": {
            "title": ["एलर्जी सूचना", "रसोई स्वच्छता नोटिस"],
            "body": [
                "फ्रिज लॉग: {n:fridge_log}, {n:ccp} जाँचा गया.",
                "इसमें {n:e_number} है. खुले फल: PLU {n:plu}.",
            ],
        },
    },
    "CONTACT": [
        "ऑर्डर के लिए {P} पर कॉल करें.",
        "फ़ोन: {P}",
        "व्हाट्सऐप {M} पर भेजें.",
        "ईमेल: {E}",
        "टोल-फ़्री {S}",
        "मैनेजर: {M}",
    ],
    "LOCAL": [
        "{T} में सीधे {L} मिलाएँ.",
        "{T} के ग्राहक {L} पर ऑर्डर दें, केटरिंग {L2}.",
        "{T} दुकान {L}, रसोई {L2}.",
        'डिब्बे पर लिखा: "{T} {L}".',
    ],
    "PII": {"ip": ["बिलिंग प्रिंटर: {IP}."]},
    "LIST_HEAD": ["रसोई के ज़रूरी नंबर:", "सप्लायर:"],
    "LIST_LABELS": ["सब्ज़ीवाला", "दूधवाला", "हेड शेफ", "मैनेजर"],
    "CLOSE": ["धन्यवाद!", "फिर आइए.", "एलर्जी हो तो पहले बताएँ."],
    "NEGCLOSE": ["ऑर्डर सिर्फ़ काउंटर पर.", "स्टाफ़ से पूछें."],
}
