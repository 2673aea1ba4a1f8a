"""Italian, Dutch, Portuguese and Hindi sentences; slots as in lex_en."""

IT = {
    "newsdesk": {
        "titles": ["Riunione di redazione", "Segnalazione di un lettore", "Consegne al turno di notte"],
        "pos": [
            "Una lettrice, {name}, ha visto tutto ed è raggiungibile al {mob}.",
            "L'ufficio stampa del Comune risponde al {phone} fino alle 17.",
            "Mandare il pezzo a {email} per la revisione legale.",
            "Il nostro corrispondente all'estero: {intl}.",
        ],
        "neg": ["Archivio: {neg}.", "Ufficio foto: {neg}.", "Per pagina 5: {neg}."],
    },
    "pressoffice": {
        "titles": ["COMUNICATO STAMPA", "Nota per le redazioni"],
        "pos": [
            "Contatti stampa: {name}, {phone}, cell. {mob}.",
            "Richieste di intervista: {role}.",
            "Le donazioni si possono versare sull'IBAN {iban}.",
            "Numero verde informativo: {free}.",
        ],
        "neg": ["Embargo: {neg}.", "Rif.: {neg}.", "I numeri: {neg}."],
    },
    "phonein": {
        "titles": ["Filo diretto con gli ascoltatori", "Scaletta telefonate"],
        "pos": [
            "Gli ascoltatori possono chiamare la diretta al {phone}.",
            "In attesa: {name}, da richiamare al {mob}.",
            "Dall'estero: {intl}.",
        ],
        "neg": ["Regia: {neg}.", "Nota tecnica: {neg}."],
    },
    "audience": {
        "titles": ["Servizio telespettatori", "Registro segnalazioni"],
        "pos": [
            "I telespettatori possono lasciare un commento al {phone}.",
            "La signora {name} chiede di essere richiamata al {mob}.",
            "Numero verde: {free}.",
        ],
        "neg": ["Programma: {neg}.", "Ascolti: {neg}."],
    },
}
IT_LIST = (
    ["Numeri della redazione", "Contatti di giornata"],
    ["Redazione", "Studio", "Caporedattore", "Regia"],
)

NL = {
    "phonein": {
        "titles": ["Belprogramma – draaiboek", "Bellerslijst ochtendshow", "Notities voor de presentator"],
        "pos": [
            "Vanaf negen uur kunnen luisteraars de studio bellen op {phone}.",
            "Beller 4: {name}, graag terugbellen op {mob}.",
            "Vanuit het buitenland: {intl}.",
            "Gratis luisteraarslijn: {free}.",
        ],
        "neg": ["Techniek meldt: {neg}.", "Voor het draaiboek: {neg}.", "Regie: {neg}."],
    },
    "newsdesk": {
        "titles": ["Redactieoverleg", "Tip van een lezer", "Overdracht nachtdienst"],
        "pos": [
            "Lezer {name} zag de brand en is bereikbaar op {mob}.",
            "De gemeente staat tot vijf uur te woord op {phone}.",
            "Stuur de tekst vooraf naar {email} voor juridische controle.",
            "Tips kunnen naar de redactie via {phone} of {role}.",
        ],
        "neg": ["Archief: {neg}.", "Fotoredactie: {neg}.", "Voor pagina 3: {neg}."],
    },
    "shownotes": {
        "titles": ["Shownotes", "In deze aflevering", "Links bij de aflevering"],
        "pos": [
            "Vraag voor de volgende aflevering? Spreek hem in op {phone}.",
            "Onze gast {name} is voor boekingen bereikbaar op {mob}.",
            "Samenwerkingen: {role}.",
            "De feed draait nu op {ip}.",
        ],
        "neg": ["Opgenomen met: {neg}.", "Hoofdstukken: {neg}.", "Techniek: {neg}."],
    },
    "audience": {
        "titles": ["Kijkersservice", "Dienstlogboek publieksservice"],
        "pos": [
            "Kijkers kunnen reageren op {phone}, tot middernacht.",
            "Mevrouw {name} vraagt om een terugbelverzoek op {mob}.",
            "De terugbetaling gaat naar rekening {iban}.",
            "Gratis nummer: {free}.",
        ],
        "neg": ["Programma: {neg}.", "Kijkcijfers: {neg}.", "Klacht over: {neg}."],
    },
    "obsheet": {
        "titles": ["Buitenuitzending – draaiboek", "Locatieblad reportagewagen"],
        "pos": [
            "Contactpersoon op locatie is {name}, mobiel {mob}.",
            "Codec op locatie: {ipp}, studiozijde {ip}.",
            "Valt de verbinding weg, bel eindregie op {phone}.",
        ],
        "neg": ["Satellietboeking: {neg}.", "Audio: {neg}.", "Opbouw: {neg}."],
    },
}
NL_LOCAL = [
    "Luistert u in {town}? Dan belt u de studio gewoon op {l1}.",
    "Binnen {town} volstaat {l1} voor de redactie, zonder kengetal.",
    "Regioredactie {town}, lokaal bellen: {l1}, sport {l2}.",
    'De presentator: "Zit je in {town}, bel dan nu {l1}!"',
    "Vaste lijn {town}-centrum (zonder netnummer):\n{l1}",
    "Kijkers uit {town} bereiken het regiokantoor op {l1}.",
]
NL_LIST = (
    ["Nummers van de redactie", "Bereikbaarheid uitzenddag"],
    ["Redactie", "Studio", "Eindredactie", "Regie", "Fotoredactie"],
)

PT = {
    "phonein": {
        "titles": [
            "Programa com participação dos ouvintes",
            "Lista de ouvintes – manhã",
            "Notas para o locutor",
        ],
        "pos": [
            "Os ouvintes podem ligar para o estúdio no {phone} a partir das nove.",
            "Ouvinte na espera: {name}, retornar no {mob}.",
            "Do exterior: {intl}.",
            "Ligação gratuita: {free}.",
        ],
        "neg": ["Técnica: {neg}.", "Para o roteiro: {neg}.", "Aviso da técnica: {neg}."],
    },
    "pressoffice": {
        "titles": ["RELEASE PARA A IMPRENSA", "Nota à imprensa", "Convite à imprensa"],
        "pos": [
            "Assessoria de imprensa: {name}, {phone} / {mob}.",
            "Pedidos de entrevista: {role}.",
            "Imprensa internacional: {intl}.",
            "Donativos para a campanha: IBAN {iban}.",
        ],
        "neg": ["Embargo: {neg}.", "Referência: {neg}.", "Números: {neg}."],
    },
    "newsdesk": {
        "titles": ["Pauta do dia", "Dica de leitor", "Passagem de plantão"],
        "pos": [
            "A leitora {name} viu o acidente e atende no {mob}.",
            "A assessoria da prefeitura atende no {phone} até as 18h.",
            "Mandar o texto para {email} para revisão jurídica.",
        ],
        "neg": ["Arquivo: {neg}.", "Fotografia: {neg}.", "Para a página 4: {neg}."],
    },
    "audience": {
        "titles": ["Central do telespectador", "Registro de atendimento"],
        "pos": [
            "Os telespectadores podem comentar pelo {phone}.",
            "A Sra. {name} pede retorno no {mob}.",
            "A doação no cartão {card} foi cobrada duas vezes.",
            "Ligação gratuita: {free}.",
        ],
        "neg": ["Programa: {neg}.", "Audiência: {neg}.", "Reclamação sobre: {neg}."],
    },
    "shownotes": {
        "titles": ["Notas do episódio", "Neste episódio"],
        "pos": [
            "Perguntas para o próximo episódio? Mande um áudio para {mob}.",
            "Parcerias e imprensa: {role}.",
            "O feed agora fica em {ip}.",
        ],
        "neg": ["Gravado com: {neg}.", "Capítulos: {neg}."],
    },
}
PT_LOCAL = [
    "Quem ouve a rádio em {town} liga direto no {l1}, sem o DDD.",
    "Redação de {town}, ligação local: {l1}; esportes: {l2}.",
    'O locutor: "Você que está em {town}, ligue agora: {l1}!"',
    "Telespectadores de {town} falam com a emissora pelo {l1} (de telefone fixo da cidade).",
    "Sucursal {town} – fixo local:\n{l1}",
    "Em {town}, a central de atendimento local é {l1}.",
]
PT_LIST = (
    ["Telefones da redação", "Contatos do dia"],
    ["Redação", "Estúdio", "Produção", "Técnica", "Fotografia"],
)

HI = {
    "phonein": {
        "titles": ["फ़ोन-इन कार्यक्रम – क्रम", "श्रोताओं की कॉल सूची", "एंकर के लिए नोट्स"],
        "pos": [
            "श्रोता सुबह दस बजे से स्टूडियो को {phone} पर कॉल कर सकते हैं।",
            "कॉलर {name} लाइन पर हैं, दोबारा संपर्क {mob} पर करें।",
            "विदेश से कॉल करने वाले {intl} डायल करें।",
            "टोल-फ़्री नंबर: {free}।",
        ],
        "neg": ["तकनीकी नोट: {neg}।", "रनिंग ऑर्डर के लिए: {neg}।"],
    },
    "newsdesk": {
        "titles": ["न्यूज़डेस्क डायरी", "पाठक से मिली सूचना"],
        "pos": [
            "पाठक {name} ने घटना देखी, उनसे {mob} पर बात हो सकती है।",
            "नगर निगम का मीडिया सेल {phone} पर शाम पाँच बजे तक उपलब्ध है।",
            "ख़बर कानूनी जाँच के लिए {email} पर भेजें।",
        ],
        "neg": ["आर्काइव: {neg}।", "फ़ोटो डेस्क: {neg}।"],
    },
    "pressoffice": {
        "titles": ["प्रेस विज्ञप्ति", "मीडिया के लिए सूचना"],
        "pos": [
            "मीडिया संपर्क: {name}, {phone}, मोबाइल {mob}।",
            "साक्षात्कार के अनुरोध {role} पर भेजें।",
            "विदेशी मीडिया: {intl}।",
        ],
        "neg": ["प्रतिबंध: {neg}।", "संदर्भ: {neg}।"],
    },
    "audience": {
        "titles": ["दर्शक सेवा", "दर्शकों की प्रतिक्रिया"],
        "pos": [
            "दर्शक कार्यक्रम पर अपनी राय {phone} पर दे सकते हैं।",
            "{name} जी ने {mob} पर वापस कॉल करने को कहा है।",
            "निःशुल्क हेल्पलाइन: {free}।",
        ],
        "neg": ["कार्यक्रम: {neg}।", "दर्शक आँकड़े: {neg}।"],
    },
}
HI_LOCAL = [
    "{town} में रहने वाले श्रोता स्टूडियो को सीधे {l1} पर कॉल करें, STD कोड की ज़रूरत नहीं।",
    "{town} ब्यूरो (लोकल नंबर): {l1}, खेल डेस्क {l2}।",
    'एंकर: "{town} के साथी अभी डायल करें {l1}!"',
    "शहर के लैंडलाइन से {town} दफ़्तर का नंबर:\n{l1}",
    "{town} के दर्शक स्थानीय कॉल पर {l1} मिलाएँ।",
]
HI_LIST = (["संपर्क नंबर", "आज के संपर्क"], ["न्यूज़डेस्क", "स्टूडियो", "प्रोड्यूसर", "फ़ोटो डेस्क"])
