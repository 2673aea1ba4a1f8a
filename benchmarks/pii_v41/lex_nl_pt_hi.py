"""Dutch, Portuguese and Hindi civic text for v41."""

NL = {
    "GENRES": {
        "waste": (
            "Afvalkalender",
            [
                "In {route} wordt het gft vanaf nu op dinsdag opgehaald, behalve {dateranges}.",
                "Een extra container van {binvol} kost {tariff}.",
                "Het milieustraat is open van {hours}.",
            ],
            ["Container niet geleegd? Bel {ph}.", "Grofvuil aanmelden kan via {ph}."],
        ),
        "election": (
            "Verkiezingen",
            [
                "U stemt bij {ward} in het buurthuis.",
                "De partij staat op {ballotpos}.",
                "Een volmacht aanvragen kan {dateranges}.",
            ],
            ["Vragen over uw stempas: {ph}."],
        ),
        "permit": (
            "Aanvraag omgevingsvergunning",
            [
                "Aanvraag {planref} betreft {parcel}.",
                "Gebruik {formno} en let op {regcite}.",
                "Uw {permitno} geldt voor één auto.",
            ],
            ["Het omgevingsloket is bereikbaar op {ph}."],
        ),
        "planning": (
            "Ter inzage",
            [
                "Het {consultref} ligt {dateranges} ter inzage.",
                "Het plangebied ligt rond {gridref}.",
                "Zie {pagepara} van de toelichting.",
            ],
            ["Voor een afspraak belt u {ph}."],
        ),
        "benefit": (
            "Besluit over uw uitkering",
            [
                "Uw uitkering bedraagt {benefit} ({claimref}).",
                "Bezwaar maken kan {dateranges}.",
            ],
            ["Met vragen belt u {ph}."],
        ),
        "foi": (
            "Besluit op uw Woo-verzoek",
            [
                "Uw {foiref} is afgehandeld.",
                "De aanbesteding is gepubliceerd als {tender} ({cpv}).",
                "Het besluit is bekendgemaakt in {statute}.",
            ],
            ["De contactpersoon is bereikbaar via {ph}."],
        ),
        "school": (
            "Bericht van het schoolbestuur",
            [
                "De school ({schoolcode}) sluit {dateranges} voor verbouwing.",
                "Leerlingen van {housenos} gaan met de bus.",
            ],
            ["De leerplichtambtenaar bereikt u via {ph}."],
        ),
    },
    "EMAIL": ["U kunt ook mailen naar {em}.", "Contact: {em}."],
    "LOCAL": {
        "NL": [
            "Binnen {town} belt u {ph}.",
            "Stadswinkel ({town}, lokaal): {ph}.",
            "Wie in {town} woont, draait gewoon {ph}.",
        ]
    },
    "LIST_HEAD": ["Telefoonnummers gemeente:", "Handige nummers"],
    "LIST_LABELS": ["Burgerzaken", "Vergunningen", "Handhaving", "Wijkteam", "Belastingen"],
    "IBAN": ["Het bedrag wordt overgemaakt naar {iban}.", "Betaal de leges op {iban}."],
    "CARD": ["De leges zijn betaald met kaart {card}."],
    "IP": ["Het verzoek kwam binnen vanaf {ip}."],
}

PT = {
    "GENRES": {
        "waste": (
            "Calendário da coleta",
            [
                "No {route} a coleta seletiva passa às quartas, exceto {dateranges}.",
                "O {binvol} adicional custa {tariff}.",
                "O ecoponto funciona {hours}.",
            ],
            ["Para reclamar da coleta, ligue {ph}.", "Recolha de monos: {ph}."],
        ),
        "election": (
            "Aviso ao eleitor",
            [
                "Você vota na {ward}.",
                "Seu nome consta com {elroll}.",
                "O candidato usa o {ballotpos}.",
            ],
            ["Dúvidas sobre o título: {ph}."],
        ),
        "permit": (
            "Pedido de licença",
            [
                "O {planref} refere-se ao {parcel}.",
                "Preencha o {formno} conforme o {regcite}.",
                "A {permitno} deve ser renovada.",
            ],
            ["Atendimento do urbanismo: {ph}."],
        ),
        "summons": (
            "Convocação de jurado",
            [
                "Você foi sorteado como {jurorno}.",
                "A sessão será na {courtroom} do fórum.",
            ],
            ["Justificativas pelo telefone {ph}."],
        ),
        "benefit": (
            "Carta sobre a sua pensão",
            [
                "O benefício é de {benefit} ({claimref}).",
                "O cálculo consta do {pagepara}.",
            ],
            ["Central de atendimento: {ph}."],
        ),
        "foi": (
            "Resposta ao pedido de acesso",
            [
                "O {foiref} foi respondido.",
                "O contrato foi publicado no {statute}.",
                "O imóvel tem {titleno}.",
            ],
            ["Em caso de dúvida, ligue {ph}."],
        ),
        "school": (
            "Comunicado da secretaria de educação",
            [
                "A escola ({schoolcode}) abre matrículas {dateranges}.",
                "Alunos do {postcode} usam o transporte escolar.",
            ],
            ["Secretaria da escola: {ph}."],
        ),
    },
    "EMAIL": ["Também pode escrever para {em}.", "Contato: {em}."],
    "LOCAL": {
        "BR": [
            "De {town}, disque apenas {ph}.",
            "Prefeitura (ramal local de {town}): {ph}.",
            "Moradores de {town} ligam direto para {ph}.",
        ]
    },
    "LIST_HEAD": ["Telefones úteis:", "Contatos da prefeitura"],
    "LIST_LABELS": ["Protocolo", "Ouvidoria", "Defesa Civil", "Tributos", "Assistência social"],
    "IBAN": ["O reembolso será feito para o IBAN {iban}."],
    "CARD": ["A taxa foi paga com o cartão {card}."],
    "IP": ["O pedido foi enviado do endereço {ip}."],
}

HI = {
    "GENRES": {
        "waste": (
            "कचरा संग्रहण सूचना",
            [
                "{route} में गीला कचरा अब रोज़ सुबह उठाया जाएगा, {dateranges} को छोड़कर।",
                "{binvol} के अतिरिक्त डिब्बे का शुल्क {tariff} है।",
                "नगर निगम कार्यालय {hours} खुला रहेगा।",
            ],
            ["कचरा न उठने की शिकायत {ph} पर करें।", "सफ़ाई हेल्पलाइन: {ph}।"],
        ),
        "election": (
            "मतदान सूचना",
            [
                "{ward} के मतदाता सरकारी स्कूल में वोट डालेंगे।",
                "आपका नाम {elroll} पर दर्ज है।",
                "उम्मीदवार का नाम मतपत्र पर {ballotpos} पर है।",
            ],
            ["मतदाता सहायता के लिए {ph} पर फ़ोन करें।"],
        ),
        "permit": (
            "भवन अनुमति आवेदन",
            [
                "आवेदन {planref} {parcel} से संबंधित है।",
                "{formno} भरकर जमा करें।",
            ],
            ["नक्शा शाखा से संपर्क: {ph}।"],
        ),
        "benefit": (
            "पेंशन संबंधी पत्र",
            [
                "आपकी पेंशन {benefit} तय की गई है ({claimref})।",
                "विवरण {pagepara} में दिया गया है।",
            ],
            ["पेंशन हेल्पलाइन: {ph}।"],
        ),
        "foi": (
            "सूचना का अधिकार: उत्तर",
            [
                "आपका आवेदन {foiref} प्राप्त हुआ।",
                "कुछ जानकारी {statute} के तहत रोकी गई है।",
            ],
            ["प्रथम अपील के लिए {ph} पर संपर्क करें।"],
        ),
        "health": (
            "स्वास्थ्य परामर्श",
            [
                "संक्रमण दर {incidence} तक पहुँची।",
                "हवा में {airq} दर्ज किया गया।",
            ],
            ["लक्षण होने पर {ph} पर कॉल करें।"],
        ),
        "school": (
            "विद्यालय सूचना",
            [
                "विद्यालय ({schooldist}) में प्रवेश {dateranges} होंगे।",
                "{postcode} क्षेत्र के बच्चों के लिए बस चलेगी।",
            ],
            ["अभिभावक {ph} पर संपर्क करें।"],
        ),
    },
    "EMAIL": ["ईमेल से भी भेज सकते हैं: {em}।", "संपर्क: {em}।"],
    "LOCAL": {
        "IN": [
            "{town} शहर से सीधे {ph} डायल करें।",
            "नगर निगम ({town} लोकल): {ph}।",
            "{town} के भीतर {ph} पर बात करें।",
        ]
    },
    "LIST_HEAD": ["महत्वपूर्ण नंबर:", "विभागों के फ़ोन"],
    "LIST_LABELS": ["जल विभाग", "बिजली शिकायत", "नगर निगम", "राशन कार्यालय", "पुलिस सहायता"],
    "IBAN": [],
    "CARD": [],
    "IP": ["आवेदन {ip} पते से भेजा गया।"],
}
