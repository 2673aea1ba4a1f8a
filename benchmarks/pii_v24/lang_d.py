"""Portuguese (Brazil) and Hindi text for v24."""

PT = {
    "genres": {
        "notice": (
            ["AVISO AOS MORADORES - {street}", "Festa junina do condomínio em {date}"],
            [
                "No dia {date}, a partir das {time}, a água será cortada para manutenção.",
                "Quem quiser levar comida ou bebida, assine a lista na portaria.",
                "O bicicletário será esvaziado; identifiquem as bicicletas com nome.",
            ],
        ),
        "forum": (
            ["Re: Aquecedor a gás desligando sozinho", "Dúvida sobre taxa extra do condomínio"],
            [
                "Postado por {user} em {date} às {time}",
                "Aconteceu igualzinho comigo, era a válvula.",
                "Valeu, pessoal, volto aqui depois que o técnico vier.",
            ],
        ),
        "qa": (
            ["Pergunta: como marcar consulta no posto de saúde?", "Como transferir a conta de luz ao mudar?"],
            [
                "Perguntado em {date} por {user} - 5 respostas",
                "Melhor resposta:",
                "Resumindo: tem que ligar, pelo site não vai.",
            ],
        ),
        "travel": (
            ["Sua estadia na pousada {place}", "Re: traslado do aeroporto em {date}"],
            [
                "Obrigado pela reserva. O check-in é a partir das {time}.",
                "Nosso motorista vai esperar no desembarque com uma placa com seu nome.",
                "Se o voo atrasar, é só avisar.",
            ],
        ),
        "rental": (
            ["Aluga-se quarto - {street}", "Comunicado aos inquilinos"],
            [
                "A revisão do gás está marcada para {date}; favor estar em casa.",
                "O lixo reciclável é recolhido às terças e sextas.",
                "O depósito caução é devolvido em até 30 dias após a vistoria.",
            ],
        ),
        "care": (
            ["Lembrete de consulta - Clínica {place}", "Orientações de alta para a família"],
            [
                "Seu exame de sangue está marcado para {date} às {time}, em jejum.",
                "Traga o cartão do SUS e a lista de remédios.",
                "Um comprimido de 12 em 12 horas por sete dias.",
            ],
        ),
        "transcript": (
            ["Transcrição de ligação {date} {time}", "Recado na caixa postal (transcrição automática)"],
            [
                "Alô, aqui é {name}, estou ligando por causa do vazamento no terceiro andar.",
                "Desculpa, está cortando, pode repetir?",
                "Certo, anotei tudo. Posso ajudar em mais alguma coisa?",
            ],
        ),
        "email": (
            ["Assunto: RES: reunião de pais", "Assunto: ENC: entrega das chaves do apartamento"],
            [
                "Oi pessoal, um resumo rápido do que conversamos ontem em {place}.",
                "Estou mandando para todos da lista, desculpem se chegar duas vezes.",
                "Se algo estiver errado, me avisem que mando a versão corrigida.",
            ],
        ),
    },
    "close": ["Abraços,", "Atenciosamente,", "Obrigado,", "Um abraço,"],
    "phone": [
        "Se ninguém atender, deixe recado no {P} que retornamos.",
        "Me manda um zap no {P} quando chegar.",
        "Fora do horário, o zelador de plantão atende no {P}.",
        "O único número que funcionou pra mim foi {P} (20 minutos esperando).",
        "Para desmarcar a consulta, ligue para a recepção: {P}.",
        "A imobiliária atende por telefone de segunda a sexta no {P}.",
        "Melhor me ligar, meu celular é {P}.",
        "Quem viu, por favor ligue {P}, a qualquer hora.",
        "Chegada tarde? Ligue para a recepção no {P}.",
    ],
    "call": ["Cliente: Pode me ligar no {P}.", "Cliente: Me retorna no {P}, é o fixo de casa."],
    "service": [
        "A central gratuita {P} atende 24 horas.",
        "Para ocorrências, ligue {P} (custo de ligação local).",
    ],
    "email": ["Ou me escreve em {E}.", "Alterações da reserva por e-mail: {E}."],
    "card": ["Pode cobrar no cartão {C}, validade 03/28."],
    "iban": ["Para transferências internacionais, use o IBAN {I}."],
    "ip": [
        "O roteador responde em {IP}, mas sem internet.",
        "No log aparecem acessos de madrugada vindos de {IP}.",
    ],
    "ssn": [],
    "labels": [
        "Tel.",
        "Telefone",
        "Cel.",
        "Celular",
        "Fixo",
        "Tel. residencial",
        "WhatsApp",
        "\u260e",
        "Ligar",
    ],
    "service_labels": ["Central gratuita", "SAC"],
    "mail_label": "E-mail",
    "speakers": ("Cliente", "Atendente"),
    "roster_title": ["Telefones úteis", "Para quem ligar", "Contatos da diretoria"],
    "neg_frames": [
        "Favor informar o {L} {V} em qualquer contato.",
        "{L}: {V} (guarde este número)",
        "Ao ligar, tenha em mãos o {L} {V}.",
        "Seu {L} é {V}.",
    ],
    "reply_intro": "Em {date}, {name} escreveu:",
    "edit": "EDIT:",
    "ps": "PS:",
    "from": "De",
    "subject": "Assunto",
    "to": "Para",
    "subject_phone": "retornar no",
    "tearoff": "destacar",
}

HI = {
    "genres": {
        "notice": (
            ["सूचना: सभी निवासियों के लिए - {street}", "मोहल्ला सभा {date} को"],
            [
                "{date} को {time} बजे से पानी की सप्लाई बंद रहेगी, मरम्मत का काम चल रहा है।",
                "जो लोग प्रसाद या पानी की व्यवस्था में मदद करना चाहें, गेट पर लिस्ट में नाम लिखें।",
                "पार्किंग में बिना स्टिकर वाली गाड़ियाँ हटाई जाएँगी।",
            ],
        ),
        "forum": (
            ["Re: गीज़र बार बार ट्रिप हो रहा है", "सोसाइटी मेंटेनेंस चार्ज के बारे में सवाल"],
            [
                "{user} द्वारा {date} को {time} बजे पोस्ट किया गया",
                "मेरे साथ भी यही हुआ था, थर्मोस्टेट खराब था।",
                "सबका धन्यवाद, मिस्त्री आने के बाद अपडेट करूँगा।",
            ],
        ),
        "qa": (
            ["प्रश्न: नए घर में बिजली कनेक्शन नाम पर कैसे करवाएँ?", "सरकारी अस्पताल में OPD अपॉइंटमेंट कैसे लें?"],
            [
                "{date} को {user} ने पूछा - 4 उत्तर",
                "सबसे अच्छा उत्तर:",
                "सीधी बात: फ़ोन करना पड़ेगा, वेबसाइट से नहीं होता।",
            ],
        ),
        "travel": (
            ["होमस्टे {place} में आपकी बुकिंग", "Re: {date} को स्टेशन से पिकअप"],
            [
                "बुकिंग के लिए धन्यवाद। चेक-इन {time} बजे के बाद होगा।",
                "हमारा ड्राइवर बाहर आपके नाम की तख्ती लेकर खड़ा रहेगा।",
                "ट्रेन लेट हो तो बस बता दीजिए।",
            ],
        ),
        "rental": (
            ["कमरा किराये पर उपलब्ध - {street}", "सभी किरायेदारों के लिए सूचना"],
            [
                "पानी की टंकी की सफ़ाई {date} को होगी, कृपया घर पर रहें।",
                "कूड़ा गाड़ी रोज़ सुबह आठ बजे आती है।",
                "सिक्योरिटी डिपॉज़िट कमरा खाली करने के 15 दिन में लौटा दिया जाएगा।",
            ],
        ),
        "care": (
            ["अपॉइंटमेंट रिमाइंडर - {place} क्लिनिक", "डिस्चार्ज के बाद परिवार के लिए निर्देश"],
            [
                "आपकी ब्लड जाँच {date} को सुबह {time} बजे है, खाली पेट आएँ।",
                "अपनी पुरानी रिपोर्ट और दवाइयों की पर्ची साथ लाएँ।",
                "दिन में दो बार खाने के बाद एक गोली, सात दिन तक।",
            ],
        ),
        "transcript": (
            ["कॉल ट्रांसक्रिप्ट - {date} {time}", "वॉइसमेल (ऑटो ट्रांसक्रिप्शन)"],
            [
                "हाँ नमस्ते, मैं {name} बोल रहा हूँ, तीसरी मंज़िल पर पानी टपक रहा है।",
                "माफ़ कीजिए, आवाज़ कट रही है, दोबारा बोलिए?",
                "ठीक है, मैंने नोट कर लिया। और कुछ मदद कर सकते हैं?",
            ],
        ),
        "email": (
            ["विषय: Re: रविवार की मीटिंग", "विषय: Fwd: फ़्लैट की चाबी और पार्किंग"],
            [
                "नमस्ते सभी को, कल {place} में जो बात हुई उसका छोटा सा सार।",
                "लिस्ट में जितने लोग थे सबको भेज रहा हूँ, दो बार आए तो माफ़ कीजिए।",
                "कुछ गलत हो तो बताइए, सुधार कर दोबारा भेज दूँगा।",
            ],
        ),
    },
    "close": ["धन्यवाद,", "सादर,", "शुभकामनाओं सहित,", "आपका,"],
    "phone": [
        "कोई फ़ोन न उठाए तो {P} पर मैसेज छोड़ दें, हम वापस कॉल करेंगे।",
        "पहुँचकर {P} पर एक मैसेज कर देना।",
        "ऑफ़िस टाइम के बाद चौकीदार से {P} पर बात करें।",
        "मेरे लिए सिर्फ़ यही नंबर चला: {P} (बीस मिनट होल्ड पर रहा)।",
        "अपॉइंटमेंट कैंसिल करने के लिए रिसेप्शन को {P} पर फ़ोन करें।",
        "प्रॉपर्टी ऑफ़िस सोमवार से शनिवार {P} पर फ़ोन पर मिलता है।",
        "कॉल कर लेना, मेरा मोबाइल नंबर {P} है।",
        "किसी ने देखा हो तो तुरंत {P} पर फ़ोन करें, दिन हो या रात।",
        "देर से पहुँचें तो रिसेप्शन पर {P} पर कॉल करें।",
    ],
    "call": ["कॉलर: मुझे {P} पर कॉल कीजिए।", "कॉलर: घर का नंबर {P} है, उस पर वापस फ़ोन करें।"],
    "service": ["टोल-फ़्री हेल्पलाइन {P} चौबीसों घंटे खुली है।", "शिकायत के लिए {P} पर कॉल करें।"],
    "email": ["या {E} पर ईमेल कर दें।", "बुकिंग में बदलाव के लिए {E} पर लिखें।"],
    "card": ["बाकी रकम मेरे कार्ड {C} से काट लें, एक्सपायरी 07/27।"],
    "iban": ["विदेश से किराया भेजना हो तो IBAN {I} इस्तेमाल करें।"],
    "ip": ["राउटर {IP} पर खुलता है पर इंटरनेट नहीं चलता।", "लॉग में रात को {IP} से बार बार लॉगिन की कोशिश दिखी।"],
    "ssn": [],
    "labels": ["फ़ोन", "मो.", "मोबाइल", "लैंडलाइन", "घर का फ़ोन", "WhatsApp", "\u260e", "संपर्क (फ़ोन)", "कॉल करें"],
    "service_labels": ["टोल-फ़्री", "हेल्पलाइन"],
    "mail_label": "ईमेल",
    "speakers": ("कॉलर", "एजेंट"),
    "roster_title": ["ज़रूरी फ़ोन नंबर", "किसे फ़ोन करें", "समिति के संपर्क"],
    "neg_frames": [
        "कृपया हर पत्राचार में {L} {V} लिखें।",
        "{L}: {V} (संभाल कर रखें)",
        "फ़ोन करते समय अपना {L} {V} तैयार रखें।",
        "आपका {L} {V} है।",
    ],
    "reply_intro": "{date} को {name} ने लिखा:",
    "edit": "EDIT:",
    "ps": "पुनश्च:",
    "from": "प्रेषक",
    "subject": "विषय",
    "to": "प्रति",
    "subject_phone": "कृपया इस नंबर पर कॉल करें",
    "tearoff": "काटें",
}
