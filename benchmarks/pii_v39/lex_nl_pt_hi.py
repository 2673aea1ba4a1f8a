"""Dutch, Portuguese and Hindi news and public-record text for v39."""

NL = {
    "local": [
        "Gemeenteraad stemt in met nieuwe fietsbrug",
        "Het dorp telt {pop} inwoners en wacht sinds {founded} op een veilige oversteek.",
        "De raad stemde {seats}; de bouw begint op {date}.",
    ],
    "appeal": [
        "Politie zoekt getuigen van inbraak bij juwelier",
        "De inbraak gebeurde op {date} rond {time} uur; een man van {age} is aangehouden.",
        "Vermeld bij het doorgeven van tips het zaaknummer {crimeref}.",
    ],
    "obit": [
        "Overlijdensbericht",
        "Verdrietig maar dankbaar nemen wij afscheid van {name} ({years}).",
        "De uitvaart vindt plaats op {date} om {time} uur.",
    ],
    "sport": [
        "Koploper morst punten in derby",
        "Voor {attend} toeschouwers viel de {score} pas in de {minute} minuut.",
        "Stand (G W G V DV-DT P): VV {table}",
    ],
    "court": [
        "Rechtbank veroordeelt oplichter",
        "In de zaak met parketnummer {case} ging het om {price} schade.",
        "De uitspraak was op {date}.",
    ],
    "encyclo": [
        "Geschiedenis",
        "De club werd opgericht in {founded}; het stadion biedt plaats aan {capacity} toeschouwers.",
        "De gemeente beslaat {area}; KvK-nummer van het havenbedrijf {company}.",
    ],
    "listings": [
        "Uitagenda",
        "Zaterdag vanaf {time} uur rommelmarkt op het plein, entree {price}.",
        "Boekpresentatie (ISBN {isbn}) op {date}.",
    ],
    "letter": [
        "Ingezonden brieven",
        "In uw stuk van {date} lees ik een opkomst van {turnout}. Dat zegt genoeg.",
        "Die rondweg is al in {founded} beloofd. {name}",
    ],
    "wire": [
        "{wire} AEX sluit hoger",
        "De index sloot op {index} punten; de euro deed {fx} dollar.",
        "Vlucht {flight} moest uitwijken naar Eindhoven.",
    ],
    "classified": [
        "KLEINTJES",
        "Te koop: stationwagen, {engine} cc, {mileage} km, vraagprijs {price}.",
        "Te huur: appartement {sqm}, per {date}, brieven onder nr. {boxno}.",
    ],
    "bulletin": [
        "Weer en verkeer",
        "Maxima rond {temp}, luchtdruk {hpa}, windstoten tot {wind}, {rain} regen.",
        "File op de {road}; de {train} rijdt met vertraging.",
    ],
}

NL_SLOTS = {
    "intl": [
        "Wie iets heeft gezien kan bellen met {p}.",
        "Vanuit het buitenland is de redactie bereikbaar op {p}.",
    ],
    "nat": [
        "Tips kunnen naar de recherche via {p}.",
        "Kaarten via de kassa, {p}.",
        "Info bij {name}, tel. {p}, na 18.00 uur.",
        "Condoleren kan telefonisch via {p}.",
    ],
    "local": [
        "Binnen {town} volstaat {p}.",
        "(in {town} zonder netnummer) {p}",
        "Bellers uit {town} draaien {p}.",
        "Telefoon {town}: {p}",
    ],
    "service": ["Slachtofferhulp is gratis bereikbaar op {p}.", "Storingen melden via {p}."],
    "email": ["Brieven graag met naam en woonplaats naar {e}.", "Aanmelden via {e}."],
    "iban": ["In plaats van bloemen een gift aan het hospice, IBAN {i}."],
    "card": ["Volgens de officier werd de creditcard {c} gebruikt bij drie tankstations."],
    "ip": ["De berichten kwamen van IP-adres {ip}."],
    "list_head": ["Belangrijke nummers:", "Contact"],
    "list_item": ["{label}: {p}", "- {label} {p}"],
    "labels": ["Gemeentehuis", "Bibliotheek", "Zwembad", "VVV", "Uitvaartcentrum", "Buurthuis"],
}

PT = {
    "local": [
        "Câmara aprova nova passarela no bairro",
        "O bairro tem {pop} moradores e espera a obra desde {founded}.",
        "A votação terminou {seats}; as obras começam em {date}.",
    ],
    "appeal": [
        "Polícia pede ajuda para identificar suspeito",
        "O crime ocorreu em {date}, por volta das {time}; a vítima tem {age} anos.",
        "O processo tem o número {case}.",
    ],
    "obit": [
        "Nota de falecimento",
        "A família comunica o falecimento de {name} ({years}).",
        "O velório será em {date}, às {time}.",
    ],
    "sport": [
        "Líder vence clássico com gol no fim",
        "Diante de {attend} torcedores, o {score} saiu aos {minute}.",
        "Classificação (J V E D GP-GC Pts): EC {table}",
    ],
    "court": [
        "Justiça condena golpista",
        "No processo {case}, o prejuízo foi de {price}.",
        "A sentença saiu em {date}.",
    ],
    "encyclo": [
        "História",
        "O clube foi fundado em {founded}; o estádio tem capacidade para {capacity} pessoas.",
        "O município ocupa {area}; CNPJ da fundação {company}.",
    ],
    "listings": [
        "Agenda cultural",
        "Sábado a partir das {time}, feira no largo, ingresso {price}.",
        "Lançamento do livro (ISBN {isbn}) em {date}.",
    ],
    "letter": [
        "Cartas dos leitores",
        "Na edição de {date}, a participação foi de {turnout}. Diz muito.",
        "O viaduto foi prometido em {founded}. {name}",
    ],
    "wire": [
        "{wire} Ibovespa fecha em alta",
        "O índice fechou em {index} pontos; o dólar valia {fx}.",
        "O voo {flight} pousou com atraso.",
    ],
    "classified": [
        "CLASSIFICADOS",
        "Vendo carro, motor {engine}, {mileage} km, {price}.",
        "Alugo apartamento de {sqm}, livre a partir de {date}.",
    ],
    "bulletin": [
        "Tempo e trânsito",
        "Máxima de {temp}, pressão {hpa}, ventos de {wind} e {rain} de chuva.",
        "Lentidão na {road}; a linha {route} está com atraso.",
    ],
}

PT_SLOTS = {
    "intl": ["Quem tiver informações pode ligar para {p}.", "Do exterior, a redação atende pelo {p}."],
    "nat": [
        "Denúncias anônimas pelo {p}.",
        "Ingressos na bilheteria ou pelo {p}.",
        "Tratar com {name} pelo {p}.",
        "Informações sobre o velório pelo {p}.",
    ],
    "local": [
        "Em {town}, ligue só {p}.",
        "({town}, ligação local) {p}",
        "Quem liga de {town} disca {p}.",
        "Fone em {town}: {p}",
    ],
    "service": ["O disque-denúncia é gratuito: {p}.", "A central de atendimento é a {p}."],
    "email": ["Envie sua carta para {e} com nome e cidade.", "Inscrições pelo {e}."],
    "iban": ["Em vez de flores, donativos para a associação, IBAN {i}."],
    "card": ["Segundo a denúncia, o cartão {c} foi usado em compras on-line."],
    "ip": ["As mensagens partiram do endereço IP {ip}."],
    "list_head": ["Telefones úteis:", "Contatos"],
    "list_item": ["{label}: {p}", "- {label} {p}"],
    "labels": ["Prefeitura", "Biblioteca", "Ginásio", "Posto de turismo", "Funerária", "Secretaria do clube"],
}

HI = {
    "local": [
        "नगर निगम ने नए फुटओवर ब्रिज को मंज़ूरी दी",
        "वार्ड की आबादी {indnum} है और यहाँ {founded} से पुल की माँग हो रही थी।",
        "काम {date} से शुरू होगा और ठेकेदार को {route} दिन दिए गए हैं।",
    ],
    "appeal": [
        "पुलिस ने चोरी के मामले में गवाहों से अपील की",
        "घटना {date} को करीब {time} बजे हुई; पीड़ित की उम्र {age} वर्ष है।",
        "एफआईआर संख्या {case} दर्ज की गई है।",
    ],
    "obit": [
        "शोक संदेश",
        "अत्यंत दुःख के साथ सूचित किया जाता है कि {name} ({years}) का निधन हो गया।",
        "उठावना {date} को {time} बजे होगा।",
    ],
    "sport": [
        "मेज़बान टीम ने बड़ा स्कोर खड़ा किया",
        "घरेलू टीम ने {cricket} बनाए और {attend} दर्शक मैदान में मौजूद थे।",
    ],
    "court": [
        "अदालत ने ठगी के आरोपी को सज़ा सुनाई",
        "मामला संख्या {case} में ठगी की रकम ₹{indnum} बताई गई।",
        "फ़ैसला {date} को सुनाया गया।",
    ],
    "encyclo": [
        "इतिहास",
        "क्लब की स्थापना {founded} में हुई; स्टेडियम में {capacity} दर्शकों की क्षमता है।",
        "कंपनी का CIN {company} है।",
    ],
    "listings": [
        "इस हफ़्ते शहर में",
        "शनिवार शाम {time} बजे से मेला, टिकट {price}।",
        "नई किताब (ISBN {isbn}) का विमोचन {date} को।",
    ],
    "letter": [
        "संपादक के नाम पत्र",
        "आपकी {date} की रिपोर्ट में मतदान {turnout} बताया गया, यह चिंता की बात है।",
        "बाईपास का वादा {founded} में हुआ था। — {name}",
    ],
    "wire": [
        "{wire} सेंसेक्स बढ़त के साथ बंद",
        "सूचकांक {index} पर बंद हुआ।",
        "उड़ान {flight} को तकनीकी खराबी के कारण मोड़ा गया।",
    ],
    "classified": [
        "वर्गीकृत विज्ञापन",
        "कार बिकाऊ, {engine} सीसी, {mileage} किमी चली, कीमत {price}।",
        "किराए के लिए फ्लैट, {sqm}, {date} से खाली।",
    ],
    "bulletin": [
        "मौसम और यातायात",
        "अधिकतम तापमान {temp}, बारिश {rain}, हवा {wind}।",
        "ट्रेन संख्या {train} {time} बजे रवाना होगी।",
    ],
}

HI_SLOTS = {
    "intl": ["जानकारी देने वाले {p} पर संपर्क करें।", "विदेश से पाठक {p} पर कॉल कर सकते हैं।"],
    "nat": [
        "कोई भी जानकारी हो तो थाने के नंबर {p} पर बताएँ।",
        "टिकट के लिए {p} पर फ़ोन करें।",
        "{name} से {p} पर संपर्क करें।",
        "शोक संवेदना के लिए {p}।",
    ],
    "local": [
        "{town} शहर से सीधे {p} मिलाएँ।",
        "({town} स्थानीय नंबर) {p}",
        "{town} में रहने वाले {p} पर कॉल करें।",
        "दूरभाष ({town}): {p}",
    ],
    "service": ["पीड़ित सहायता हेल्पलाइन {p} निःशुल्क है।", "बिजली शिकायत के लिए {p}।"],
    "email": ["अपने पत्र {e} पर भेजें।", "पंजीकरण के लिए {e} पर लिखें।"],
    "iban": [],
    "card": ["पुलिस के अनुसार कार्ड {c} से ऑनलाइन ख़रीदारी की गई।"],
    "ip": ["संदेश आईपी पता {ip} से भेजे गए थे।"],
    "list_head": ["ज़रूरी नंबर:", "संपर्क"],
    "list_item": ["{label}: {p}", "- {label} {p}"],
    "labels": ["नगर निगम", "पुस्तकालय", "स्टेडियम", "पर्यटन कार्यालय", "क्लब सचिव"],
}
