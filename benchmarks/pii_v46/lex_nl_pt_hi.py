"""Dutch, Portuguese and Hindi sentences for v46 (same slots as lex_en)."""

NL = {
    "parish": {
        "title": ["Parochieblad", "Kerkbrief van de Protestantse Gemeente", "Mededelingen"],
        "phone": [
            "Het parochiesecretariaat is op dinsdag en vrijdag bereikbaar via {P}.",
            "Voor ziekenbezoek kunt u pastor {NAME} bellen: {P}.",
            "Vervoer naar de kerkdienst nodig? Bel de rijdienst op {P}.",
        ],
        "neg": [
            "Schriftlezing: {N:bible}; we zingen {N:hymn}.",
            "Psalm: {N:psalm}. Vieringen: {N:masstimes}.",
            "Voor een doopbewijs vermeldt u {N:register}.",
        ],
    },
    "funeral": {
        "title": ["Overlijdensbericht", "Dankbetuiging"],
        "phone": [
            "De uitvaart wordt verzorgd door uitvaartcentrum {NAME}, {P}.",
            "Voor condoleances en vragen kunt u bellen naar {P}.",
        ],
        "neg": [
            "{NAME}, {N:lifespan}, {N:aged}.",
            "De begrafenis vindt plaats op {N:plot}.",
            "De afscheidsdienst begint om {N:clock}.",
        ],
    },
    "wedding": {
        "title": ["Wij gaan trouwen!", "Uitnodiging doopfeest"],
        "phone": [
            "Laat vóór 1 mei weten of je komt: {NAME}, {P} (appen mag ook).",
            "Vragen over de dag? Ceremoniemeester {NAME}: {P}.",
        ],
        "neg": ["Jullie zitten aan {N:table}; cadeaulijst {N:giftlist}.", "We verwachten {N:guests}."],
    },
    "festival": {
        "title": ["Festivalprogramma", "Zomerconcerten in het park"],
        "phone": ["Gevonden voorwerpen en EHBO op het terrein: {P}.", "Standhouders voor volgend jaar: {P}."],
        "neg": [
            "Na de pauze: {N:opus} en {N:opus}.",
            "Deuren open {N:clock}; het terrein biedt plaats aan {N:capacity}.",
            "De hoofdact speelt {N:setlen}.",
        ],
    },
    "boxoffice": {
        "title": ["Kassa", "Je bestelling is bevestigd"],
        "phone": [
            "Telefonisch reserveren kan vanaf 10.00 uur via {P}.",
            "E-tickets niet ontvangen? Bel de kassa op {P}.",
        ],
        "neg": [
            "Jouw plek: {N:seat}; boekingscode {N:bookref}.",
            "Prijs: {N:price}. Ingang {N:gate}.",
            "Toon deze code bij de ingang: {N:barcode} ({N:eventcode}).",
        ],
    },
    "radio": {
        "title": ["Belpanel - draaiboek", "Radioquiz - presentatietekst"],
        "phone": [
            "PRESENTATOR: De lijnen zijn open, bel {P}, nog één keer: {PR}.",
            "PRESENTATOR: Sms je antwoord naar {P}.",
        ],
        "neg": [
            "PRESENTATOR: Je luistert naar ons op {N:frequency}. Om {N:timecode} het verkeer.",
            "PRESENTATOR: Na ronde vier: {N:quizscore}.",
        ],
    },
    "fanclub": {
        "title": ["Nieuwsbrief fanclub", "Tributeband boeken"],
        "phone": ["Meet & greet aanvragen via de fanclublijn {P}.", "Band boeken? Manager {NAME}: {P}."],
        "neg": [
            "Verlengen? Vermeld {N:member}. De heruitgave verschijnt als {N:catalogue}.",
            "De single stond op {N:chart}.",
        ],
    },
    "venue": {
        "title": ["Zaalverhuur", "Offerte catering"],
        "phone": [
            "Datum vastleggen? Bel ons evenemententeam: {P}.",
            "Allergieën doorgeven aan de keuken: {P}.",
        ],
        "neg": ["De tuinzaal meet {N:roomsize} en biedt plek aan {N:guests}.", "Menu B: {N:perhead}."],
    },
    "sitter": {
        "title": ["Briefje voor de oppas", "Instructies voor de kattenoppas"],
        "phone": ["Bij twijfel bel eerst mij ({P}), dan oma ({P}).", "Dierenarts met dienst: {P}."],
        "neg": [
            "Chipnummer van Pip: {N:microchip}.",
            "Medicijn: {N:dose}. Bedtijd {N:clock}.",
            "Zoals afgesproken: {N:rate}.",
        ],
    },
}
NL_LOCAL = [
    "Vanuit {T} zelf volstaat {L}.",
    "Woon je in {T}? Bel dan gewoon {L}.",
    "In {T} en omgeving (zonder netnummer): {L} of {L}.",
    "Lokaal {T}: {L}.",
]
NL_LIST = ["Belangrijke nummers", "Contactpersonen"]
NL_LABELS = ["Secretariaat", "Koster", "Kassa", "Catering", "Organist", "Beheerder", "EHBO"]
NL_EMAIL = ["Aanmelden of vragen per mail: {E}.", "Kopij voor het volgende blad naar {E}."]
NL_CARD = ["Aanbetaling gedaan met creditcard {C} (geldig t/m 06/27)."]
NL_IBAN = ["Een bijdrage voor de cadeaupot kan op {IBAN}.", "Giften voor de kerk: {IBAN}."]
NL_IP = ["Bestelling geplaatst vanaf {IP}."]

PT = {
    "parish": {
        "title": ["Boletim paroquial", "Avisos da comunidade"],
        "phone": [
            "A secretaria paroquial atende às terças e sextas pelo {P}.",
            "Para visitas a doentes, ligue ao padre {NAME}: {P}.",
        ],
        "neg": [
            "Leituras: {N:bible}; cântico: {N:hymn}.",
            "Salmo: {N:psalm}. Missas: {N:masstimes}.",
            "Para a certidão de batismo indique {N:register}.",
        ],
    },
    "funeral": {
        "title": ["Nota de falecimento", "Missa de sétimo dia"],
        "phone": [
            "Funeral a cargo da Agência Funerária {NAME}, tel. {P}.",
            "Informações à família pelo {P}.",
        ],
        "neg": [
            "{NAME}, {N:lifespan}, {N:aged}.",
            "Sepultamento no cemitério municipal, {N:plot}.",
            "A missa será às {N:clock}.",
        ],
    },
    "wedding": {
        "title": ["Convite de casamento", "Batizado de {NAME}"],
        "phone": ["Confirme presença até 10 de maio com {NAME}: {P}.", "Dúvidas sobre o transporte: {P}."],
        "neg": ["Vocês estão na {N:table}; lista de presentes: {N:giftlist}.", "Seremos {N:guests}."],
    },
    "festival": {
        "title": ["Programa das festas", "Temporada de concertos"],
        "phone": ["Achados e perdidos e posto médico: {P}.", "Barraquinhas e expositores: {P}."],
        "neg": [
            "Segunda parte: {N:opus} e {N:opus}.",
            "Abertura dos portões {N:clock}; lotação: {N:capacity}.",
        ],
    },
    "boxoffice": {
        "title": ["Bilheteira", "Confirmação da compra"],
        "phone": ["Venda por telefone a partir das 10h pelo {P}.", "Não recebeu os bilhetes? Ligue {P}."],
        "neg": [
            "O seu lugar: {N:seat}; código {N:bookref}.",
            "Preço: {N:price}. Entrada pela {N:gate}.",
            "Apresente este código: {N:barcode} ({N:eventcode}).",
        ],
    },
    "raffle": {
        "title": ["Rifa solidária", "Resultado do sorteio"],
        "phone": ["Prémios não levantados: falar com {NAME} pelo {P}."],
        "neg": [
            "1.º prémio: {N:raffle}; 2.º prémio: {N:raffle}.",
            "Sorteio {N:drawno}: {N:lotto}.",
            "Rifas a {N:prizeprice}.",
        ],
    },
    "radio": {
        "title": ["Programa de participação - roteiro", "Quiz da tarde - texto do locutor"],
        "phone": [
            "LOCUTOR: As linhas estão abertas, ligue {P}, repito, {PR}!",
            "LOCUTOR: Mande a resposta por SMS para {P}.",
        ],
        "neg": [
            "LOCUTOR: Você está ouvindo a {N:frequency}. Às {N:timecode}, o trânsito.",
            "LOCUTOR: Depois da quarta rodada, {N:quizscore}.",
        ],
    },
    "venue": {
        "title": ["Aluguel de salão de festas", "Orçamento de buffet"],
        "phone": [
            "Para reservar a data, ligue para a nossa equipa: {P}.",
            "Alergias: avise a cozinha pelo {P}.",
        ],
        "neg": ["O salão tem {N:roomsize} e comporta {N:guests}.", "Cardápio B: {N:perhead}."],
    },
}
PT_LOCAL = [
    "Quem é de {T} liga direto {L}.",
    "Em {T}, basta discar {L}.",
    "Secretaria (fixo em {T}): {L} ou {L}.",
    "De qualquer telefone de {T}: {L}.",
]
PT_LIST = ["Telefones úteis", "Contatos"]
PT_LABELS = ["Secretaria", "Sacristia", "Bilheteira", "Buffet", "Portaria", "Coordenação"]
PT_EMAIL = ["Escreva para {E}.", "Confirmações por e-mail: {E}."]
PT_CARD = ["Sinal pago com o cartão {C} (val. 04/27)."]
PT_IBAN = ["Para presentear os noivos: IBAN {IBAN}.", "Donativos para a paróquia: {IBAN}."]
PT_IP = ["Compra feita a partir do IP {IP}."]

HI = {
    "parish": {
        "title": ["मंदिर समिति सूचना", "गुरुद्वारा साप्ताहिक संदेश", "चर्च बुलेटिन"],
        "phone": [
            "पूजा और हवन की बुकिंग के लिए कार्यालय से {P} पर संपर्क करें।",
            "लंगर सेवा के लिए {NAME} जी को {P} पर फ़ोन करें।",
        ],
        "neg": ["आज का पाठ: {N:bible}; भजन {N:hymn}।", "आरती का समय: {N:masstimes}।"],
    },
    "funeral": {
        "title": ["शोक संदेश", "श्रद्धांजलि सभा"],
        "phone": ["उठावनी की जानकारी के लिए परिवार से {P} पर संपर्क करें।", "प्रार्थना सभा हेतु {NAME}: {P}।"],
        "neg": ["{NAME} ({N:lifespan}), {N:aged}।", "श्रद्धांजलि सभा {N:clock} बजे होगी।"],
    },
    "wedding": {
        "title": ["शुभ विवाह निमंत्रण", "नामकरण संस्कार"],
        "phone": ["कृपया अपनी उपस्थिति की सूचना {NAME} को {P} पर दें।", "बारात की व्यवस्था के लिए: {P}।"],
        "neg": ["आपकी सीट {N:table} पर है।", "कुल {N:guests} अपेक्षित हैं।"],
    },
    "festival": {
        "title": ["दुर्गा पूजा कार्यक्रम", "संगीत संध्या"],
        "phone": ["खोया-पाया और प्राथमिक चिकित्सा: {P}।", "स्टॉल बुकिंग के लिए {P} पर कॉल करें।"],
        "neg": ["पंडाल {N:clock} बजे खुलेगा; क्षमता {N:capacity}।", "मुख्य प्रस्तुति {N:setlen} की होगी।"],
    },
    "listings": {
        "title": ["इस सप्ताह सिनेमाघर में", "नाटक मंचन"],
        "phone": ["टिकट बुकिंग: {P}।", "समूह बुकिंग के लिए {P} पर कॉल करें।"],
        "neg": ["{N:screen}: नई फ़िल्म ({N:rating}, {N:runtime}), शो {N:showtimes}।"],
    },
    "raffle": {
        "title": ["लकी ड्रॉ परिणाम", "दिवाली मेला कूपन"],
        "phone": ["विजेता अपना इनाम {NAME} से {P} पर बात करके लें।"],
        "neg": ["पहला इनाम: {N:raffle}; दूसरा: {N:raffle}।", "ड्रॉ {N:drawno}: {N:lotto}।"],
    },
    "venue": {
        "title": ["बैंक्वेट हॉल बुकिंग", "कैटरिंग कोटेशन"],
        "phone": ["तारीख़ पक्की करने के लिए {P} पर कॉल करें।", "मेन्यू बदलाव के लिए रसोई: {P}।"],
        "neg": ["हॉल {N:roomsize} का है और इसमें {N:guests} आ सकते हैं।", "मेन्यू B: {N:perhead}।"],
    },
}
HI_LOCAL = [
    "{T} शहर के भीतर बस {L} मिलाइए।",
    "{T} के लोकल नंबर से: {L}।",
    "{T} में रहने वाले {L} या {L} पर बात कर सकते हैं।",
    "कार्यालय ({T} लैंडलाइन): {L}।",
]
HI_LIST = ["ज़रूरी नंबर", "संपर्क सूत्र"]
HI_LABELS = ["कार्यालय", "पुजारी जी", "कैटरर", "टिकट खिड़की", "प्रबंधक", "स्वयंसेवक"]
HI_EMAIL = ["ईमेल करें: {E}।", "फ़ोटो {E} पर भेजें।"]
HI_CARD = ["अग्रिम राशि कार्ड {C} से दी गई।"]
HI_IP = ["ऑनलाइन बुकिंग IP {IP} से की गई।"]
