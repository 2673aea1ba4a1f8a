"""Dutch, Portuguese and Hindi sentences for v45 (tokens as in lex_en)."""

NL = {
    "tolet": {
        "title": ["Te huur: appartement nabij centrum", "Kamer te huur voor student", "Bovenwoning te huur"],
        "body": [
            "[[neg:flat]], [[neg:area]], [[neg:energy]], bouwjaar [[neg:builtyear]].",
            "Huur [[neg:rent]] per maand, beschikbaar per [[neg:movein]], postcode [[neg:postcode]].",
            "Bezichtiging zaterdag [[neg:slot]] uur, [[neg:parcel]].",
        ],
        "contact": ["Bel voor een bezichtiging [[phone]].", "Verhuurder: [[phone]]."],
        "none": ["Reageren via de site.", "Geen huisdieren."],
    },
    "notice": {
        "title": [
            "VERMIST: zwarte kater",
            "GEVONDEN: fietssleutel",
            "Klusjesman zoekt werk - scheur een strookje af",
        ],
        "body": [
            "Sleutel met label [[neg:lostref]], gevonden bij de bushalte.",
            "Vermist rond [[neg:postcode]], chip [[neg:lostref]].",
            "Ik doe kleine klussen, [[neg:rate]].",
        ],
        "contact": ["[[tab]] | [[tab]] | [[tab]]", "Gezien? Bel [[phone]]."],
        "none": ["Vraag het bij de bakker.", "Beloning."],
    },
    "removal": {
        "title": ["Offerte verhuizing", "Offerte eindschoonmaak", "Verhuisbegroting"],
        "body": [
            "Offerte [[neg:quote]]: volume [[neg:volume]], 2 verhuizers, verhuislift.",
            "Kast [[neg:dims]], adres [[neg:flat]].",
            "Schoonmaak [[neg:area]], [[neg:rate]].",
        ],
        "contact": ["Datum bevestigen via [[phone]].", "Uw planner: [[phone]]."],
        "none": ["Offerte 30 dagen geldig.", "Graag getekend retour."],
    },
    "flyer": {
        "title": ["Klusbedrijf Dekker: ook voor kleine klussen", "Schilder nodig?", "Loodgieter in de buurt"],
        "body": [
            "Kozijnen in [[neg:paint]], uurtarief [[neg:rate]], [[neg:tradereg]].",
            "Op de bus ([[neg:plate]]) staat alles wat we doen.",
            "Nieuwe leidingen [[neg:pipe]].",
        ],
        "contact": ["Bel [[phone]] voor een vrijblijvende offerte.", "Op de bus: DEKKER KLUSSEN [[phone]]."],
        "none": ["Offerte aanvragen via het formulier.", "Vrijblijvend advies."],
    },
    "market": {
        "title": ["Te koop: wasmachine", "Aangeboden: telefoon in doos", "Gratis af te halen: koelkast"],
        "body": [
            "Type [[neg:serial]], [[neg:dims]], vraagprijs [[neg:price]].",
            "[[neg:storage]], EAN [[neg:ean]].",
        ],
        "contact": ["Appen naar [[phone]].", "Bellen na 18.00 uur: [[phone]]."],
        "none": ["Alleen ophalen.", "Reageer via de app."],
    },
}
NL_LOCAL = [
    "In {T} bel je gewoon [[local]].",
    "Voor klanten in {T}: [[local]].",
    "{T} en omgeving: [[local]] (werkplaats) of [[local]] (kantoor).",
]
NL_SVC = ["Gratis servicenummer: [[svc]]."]
NL_EMAIL = ["Foto's naar [[email]].", "Mail [[pemail]]."]
NL_CARD = ["Aanbetaling met creditcard [[card]]."]
NL_IBAN = ["Graag overmaken naar [[iban]].", "Borg naar [[iban]] onder vermelding van het adres."]
NL_IP = ["De router staat op [[ip]]."]
NL_LIST = (
    ["Handige nummers:", "Nummers voor in de meterkast:"],
    ["Verhuurder", "Beheerder", "Loodgieter", "Slotenmaker"],
)

PT = {
    "carsale": {
        "title": [
            "Vendo Gol 1.6, único dono",
            "Vende-se carrinha, bom estado",
            "Vendo moto, documentos em dia",
        ],
        "body": [
            "[[neg:mileage]], ano [[neg:regdate]], [[neg:engine]].",
            "Matrícula [[neg:plate]], cor [[neg:paint]], pneus [[neg:tyre]].",
            "Preço [[neg:price]], chassi [[neg:vin]].",
        ],
        "contact": ["Ligar para [[phone]].", "Interessados: [[phone]]."],
        "none": ["Só por mensagem no site.", "Aceito troca."],
    },
    "agent": {
        "title": ["Aluga-se apartamento T2", "Vende-se moradia", "Imobiliária: novo imóvel"],
        "body": [
            "Ref. [[neg:agentref]]: [[neg:flat]], [[neg:area]], [[neg:energy]].",
            "Renda [[neg:rent]], disponível a [[neg:movein]], [[neg:parcel]].",
            "Visitas sábado [[neg:slot]], código postal [[neg:postcode]].",
        ],
        "contact": ["Marque a visita pelo [[phone]].", "Imobiliária: [[phone]]."],
        "none": ["Visitas só com marcação online.", "Não aceitamos animais."],
    },
    "emergency": {
        "title": ["Chaveiro 24 horas", "Canalizador - urgências", "Eletricista de urgência"],
        "body": [
            "Abertura de portas, canhão [[neg:cylinder]].",
            "Disjuntores [[neg:breaker]], cabo [[neg:cable]].",
            "Tubos [[neg:pipe]] sempre na carrinha.",
        ],
        "contact": ["Urgências: [[phone]].", "Ligue já [[phone]]."],
        "none": ["Fale com o síndico.", "Número afixado na portaria."],
    },
    "market": {
        "title": ["Vendo máquina de lavar", "Vendo telemóvel na caixa", "Doa-se frigorífico"],
        "body": [
            "Modelo [[neg:serial]], [[neg:dims]], [[neg:price]].",
            "[[neg:storage]], código [[neg:ean]].",
        ],
        "contact": ["Zap [[phone]].", "Contacto: [[phone]]."],
        "none": ["Retirada no local.", "Só por mensagem."],
    },
}
PT_LOCAL = [
    "Atendemos {T}: [[local]] (ligação local).",
    "Moradores de {T} ligam direto [[local]].",
    "Em {T}: loja [[local]], oficina [[local]].",
]
PT_SVC = ["Linha grátis: [[svc]].", "Apoio ao cliente: [[svc]]."]
PT_EMAIL = ["Fotos para [[email]].", "E-mail: [[pemail]]."]
PT_CARD = ["Sinal pago com cartão [[card]]."]
PT_IBAN = ["Transferência para [[iban]]."]
PT_IP = ["O router está em [[ip]]."]
PT_LIST = (["Contactos úteis:", "Números da casa:"], ["Senhorio", "Porteiro", "Canalizador", "Eletricista"])

HI = {
    "tolet": {
        "title": ["किराये के लिए 2BHK फ़्लैट", "PG कमरा उपलब्ध", "दुकान किराये पर"],
        "body": [
            "[[neg:flat]], [[neg:area]], किराया [[neg:rent]] प्रति माह।",
            "[[neg:movein]] से खाली, पिन [[neg:postcode]], [[neg:parcel]]।",
            "देखने का समय रविवार [[neg:slot]]।",
        ],
        "contact": ["मकान मालिक से बात करें: [[phone]]।", "संपर्क करें [[phone]]।"],
        "none": ["ब्रोकर कृपया संपर्क न करें।", "केवल परिवार के लिए।"],
    },
    "flyer": {
        "title": ["बिजली मिस्त्री - घर की सभी मरम्मत", "पेंटर उपलब्ध", "प्लंबर - नल, टंकी, पाइप"],
        "body": [
            "वायरिंग [[neg:cable]], MCB [[neg:breaker]], दर [[neg:rate]]।",
            "दीवारों पर [[neg:paint]] रंग, दो कोट।",
            "पाइप [[neg:pipe]] बदलना, गाड़ी नंबर [[neg:plate]]।",
        ],
        "contact": ["कॉल करें: [[phone]]।", "वैन पर लिखा है: शर्मा इलेक्ट्रिकल्स [[phone]]।"],
        "none": ["दुकान पर आकर मिलें।", "काम की गारंटी।"],
    },
    "emergency": {
        "title": ["24 घंटे ताला-चाबी सेवा", "आपात प्लंबर", "बिजली की आपात सेवा"],
        "body": [
            "दरवाज़ा बिना नुकसान खोलते हैं, नया सिलेंडर [[neg:cylinder]]।",
            "चाबी कार्ड नंबर [[neg:keycard]] से डुप्लीकेट चाबी।",
            "टूटी पाइप [[neg:pipe]] तुरंत बदलें।",
        ],
        "contact": ["रात में भी कॉल करें: [[phone]]।", "आपात नंबर [[phone]]।"],
        "none": ["सोसाइटी दफ़्तर से नंबर लें।", "गार्ड से पूछें।"],
    },
    "carsale": {
        "title": ["कार बिक्री के लिए, पहला मालिक", "स्कूटी बेचनी है", "पुरानी कार, अच्छी हालत"],
        "body": [
            "[[neg:mileage]] चली, रजिस्ट्रेशन [[neg:regdate]], [[neg:engine]]।",
            "नंबर [[neg:plate]], टायर [[neg:tyre]] नए।",
            "कीमत [[neg:price]], चेसिस [[neg:vin]]।",
        ],
        "contact": ["सिर्फ़ असली ख़रीदार कॉल करें: [[phone]]।", "WhatsApp [[phone]]।"],
        "none": ["साइट पर मैसेज करें।", "शनिवार को देख सकते हैं।"],
    },
}
HI_LOCAL = [
    "{T} के ग्राहक सीधे [[local]] पर फ़ोन करें।",
    "{T} में लैंडलाइन: [[local]]।",
    "{T} दफ़्तर [[local]], गोदाम [[local]]।",
]
HI_SVC = ["टोल-फ़्री नंबर: [[svc]]।"]
HI_EMAIL = ["फ़ोटो भेजें: [[email]]।", "ईमेल: [[pemail]]।"]
HI_CARD = ["एडवांस कार्ड [[card]] से दिया गया।"]
HI_IP = ["राउटर का पता [[ip]] है।"]
HI_LIST = (["काम आने वाले नंबर:", "घर के ज़रूरी फ़ोन:"], ["मकान मालिक", "चौकीदार", "प्लंबर", "बिजली वाला"])
