"""Dutch, Portuguese (Brazil and Portugal) and Hindi sentences of v37."""

NL = {
    "call": [
        "Bij productie-incidenten de piketdienst bellen op {p}.",
        "De integratiesupport van de leverancier is bereikbaar op {p}.",
        "Licentievragen: bel het kantoor van de maintainers, {p}.",
        "Test-sms'jes komen binnen op de gedeelde QA-telefoon: {p}.",
    ],
    "local": [
        "Binnen het netnummergebied {t} volstaat {p}.",
        "(lokaal {t}, zonder kengetal) {p}",
        "Wie al in {t} zit, belt gewoon {p}.",
    ],
    "service": ["Gratis nummer voor factuurvragen: {p}.", "Klantenservice op {p}, op werkdagen."],
    "bug": [
        "Het formulier weigert {p}, terwijl het nummer echt bestaat.",
        "Na de update staat {p} twee keer op de profielpagina.",
        "De CSV-export maakt van {p} een getal in wetenschappelijke notatie.",
    ],
    "neg": [
        "Opgehoogd naar {x} na de regressie in de parser.",
        "Opnieuw gereproduceerd met {x}.",
        "Zie {x} voor de oorspronkelijke discussie.",
        "Vastgezet op {x} tot de fix er is.",
    ],
    "roster": ["Piketrooster", "Contactpersonen", "Testgebruikers (verzonnen)"],
    "title": ["Contactsynchronisatie", "Factuurexport", "Afspraakherinnering"],
    "contact_h": ["Contact", "Hulp nodig?"],
    "contrib": [
        "Draai de tests voordat je een pull request opent.",
        "Kleine fixes zijn welkom; open voor grotere wijzigingen eerst een issue.",
    ],
    "ui": ["Wijzigingen opslaan", "Je bestelling is verzonden", "Vul een geldig telefoonnummer in"],
    "nb": ["Klantexport inladen en de telefoonkolom opschonen.", "Even kijken naar de mislukte leveringen."],
    "api": [
        "Maakt een contact aan. Het veld phone wordt ongewijzigd opgeslagen.",
        "Geeft één klant terug met het hoofdtelefoonnummer.",
    ],
    "email": ["Beveiligingsmeldingen: {e}", "Vragen over deze module: {e}"],
    "iban": ["Terugbetalingen in de fixture gaan naar {i}.", "Uitbetaalrekening (sandbox): {i}"],
    "card": ["De betaaltests gebruiken kaart {c}.", "Geval geweigerde kaart: {c}"],
    "ip": ["Staging antwoordt vanaf {ip}.", "De verzoeken kwamen van {ip}."],
    "ssn": ["Het Amerikaanse testrecord gebruikt SSN {s}."],
}

PT = {
    "call": [
        "Em caso de incidente em produção, ligue para o plantão no {p}.",
        "O suporte de integração do fornecedor atende no {p}.",
        "Dúvidas sobre a licença: escritório dos mantenedores, {p}.",
        "Os SMS de teste chegam no celular compartilhado do QA: {p}.",
    ],
    "local": [
        "Dentro de {t} basta discar {p}, sem o DDD.",
        "(ligação local em {t}) {p}",
        "Para quem já está em {t}, o ramal da recepção é {p}.",
    ],
    "service": ["Central gratuita de cobrança: {p}.", "Atendimento ao cliente no {p}, em dias úteis."],
    "bug": [
        "O formulário recusa {p} mesmo sendo um número real.",
        "Depois da atualização o perfil mostra {p} duas vezes.",
        "A exportação para CSV transforma {p} em notação científica.",
    ],
    "neg": [
        "Atualizado para {x} depois da regressão no parser.",
        "Reproduzido de novo com {x}.",
        "Veja {x} para a discussão original.",
        "Travado em {x} até sair a correção.",
    ],
    "roster": ["Escala de plantão", "Contatos da equipe", "Usuários de teste (fictícios)"],
    "title": ["Sincronização de contatos", "Exportador de faturas", "Lembrete de consultas"],
    "contact_h": ["Contato", "Suporte"],
    "contrib": [
        "Rode os testes antes de abrir um pull request.",
        "Correções pequenas são bem-vindas; para mudanças grandes abra uma issue antes.",
    ],
    "ui": ["Salvar alterações", "Seu pedido foi enviado", "Informe um telefone válido"],
    "nb": [
        "Carregar a exportação de clientes e limpar a coluna de telefone.",
        "Olhada rápida nas entregas com falha.",
    ],
    "api": [
        "Cria um contato. O campo phone é gravado como veio.",
        "Retorna um cliente com o telefone principal.",
    ],
    "email": ["Relatos de segurança: {e}", "Dúvidas sobre este módulo: {e}"],
    "iban": ["Os reembolsos do fixture vão para {i}.", "Conta de repasse (sandbox): {i}"],
    "card": ["Os testes de pagamento usam o cartão {c}.", "Caso de cartão recusado: {c}"],
    "ip": ["O staging responde de {ip}.", "As requisições vinham de {ip}."],
    "ssn": ["O registro de teste americano usa o SSN {s}."],
}

HI = {
    "call": [
        "प्रोडक्शन में दिक्कत हो तो ऑन-कॉल इंजीनियर को {p} पर कॉल करें।",
        "वेंडर की इंटीग्रेशन टीम {p} पर उपलब्ध है।",
        "लाइसेंस से जुड़े सवालों के लिए {p} पर फ़ोन करें।",
        "टेस्ट SMS QA वाले साझा फ़ोन {p} पर आते हैं।",
    ],
    "local": [
        "{t} शहर के अंदर से सीधे {p} डायल करें, STD कोड की ज़रूरत नहीं।",
        "({t} लोकल लैंडलाइन) {p}",
        "{t} में ही हैं तो ऑफ़िस का नंबर {p} है।",
    ],
    "service": ["बिलिंग के लिए टोल-फ़्री हेल्पलाइन: {p}।", "ग्राहक सेवा {p} पर, सोमवार से शुक्रवार।"],
    "bug": [
        "साइनअप फ़ॉर्म {p} को रिजेक्ट कर देता है, जबकि नंबर सही है।",
        "अपडेट के बाद प्रोफ़ाइल पर {p} दो बार दिखता है।",
        "CSV एक्सपोर्ट में {p} साइंटिफ़िक नोटेशन बन जाता है।",
    ],
    "neg": [
        "पार्सर की गड़बड़ी के बाद {x} पर अपग्रेड किया।",
        "{x} के साथ फिर से रिप्रोड्यूस हुआ।",
        "पूरी चर्चा के लिए {x} देखें।",
        "फ़िक्स आने तक {x} पर रोका गया है।",
    ],
    "roster": ["ऑन-कॉल सूची", "टीम के संपर्क", "टेस्ट यूज़र (काल्पनिक)"],
    "title": ["कॉन्टैक्ट सिंक सर्विस", "इनवॉइस एक्सपोर्टर", "अपॉइंटमेंट रिमाइंडर"],
    "contact_h": ["संपर्क", "सहायता"],
    "contrib": ["पुल रिक्वेस्ट खोलने से पहले टेस्ट ज़रूर चलाएँ।", "छोटे सुधार सीधे भेजें; बड़े बदलाव के लिए पहले issue खोलें।"],
    "ui": ["बदलाव सहेजें", "आपका ऑर्डर भेज दिया गया है", "सही फ़ोन नंबर दर्ज करें"],
    "nb": ["कस्टमर एक्सपोर्ट लोड करें और फ़ोन कॉलम साफ़ करें।", "फ़ेल हुई डिलीवरी पर एक नज़र।"],
    "api": [
        "नया कॉन्टैक्ट बनाता है। phone फ़ील्ड जैसा भेजा वैसा ही सेव होता है।",
        "एक ग्राहक और उसका मुख्य फ़ोन नंबर लौटाता है।",
    ],
    "email": ["सिक्योरिटी रिपोर्ट: {e}", "इस मॉड्यूल के सवाल: {e}"],
    "iban": ["फ़िक्स्चर में रिफ़ंड {i} पर जाते हैं।"],
    "card": ["पेमेंट टेस्ट में कार्ड {c} इस्तेमाल होता है।"],
    "ip": ["स्टेजिंग {ip} से जवाब देता है।", "रिक्वेस्ट {ip} से आ रही थीं।"],
    "ssn": ["अमेरिकी टेस्ट रिकॉर्ड में SSN {s} है।"],
}
