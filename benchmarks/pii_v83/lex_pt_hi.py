"""Portuguese and Hindi sentences for v83, written fresh."""

PT = {
    "G": {
        "housekeeping": {
            "title": ["Passagem de turno da governança – {day}", "Quadro das camareiras"],
            "body": [
                "Limpeza pesada dos apartamentos {room_range} nesta semana.",
                "Reforço de hoje: matrícula {staff_id}, terceiro andar.",
                "Desincrustante sempre diluído ({dilution}), ficha de segurança {sds_rev}.",
            ],
            "contact": [
                "Se a governanta não responder no rádio, liguem para o celular dela: {P}.",
                "Falta de enxoval: avisar {name} no fornecedor, {P}.",
            ],
        },
        "nightaudit": {
            "title": ["Auditoria noturna – fechamento", "Relatório do recepcionista da noite"],
            "body": [
                "Fechamento às 03:09, receita de hospedagem {revenue}, ocupação {occupancy}.",
                "A conta {folio} tem estacionamento lançado em dobro.",
                "No-show da reserva {confirm} cobrado uma diária.",
            ],
            "contact": [
                "Se o sistema cair, liguem para o suporte noturno: {P}.",
                "Acima do limite do caixa, acordem o gerente geral no {P}.",
            ],
        },
        "laundry": {
            "title": ["Romaneio da lavanderia", "Locação de enxoval – coletas"],
            "body": [
                "Coletado hoje: {linen_kg} de roupa plana.",
                "Toalhas de mesa no {wash_prog}.",
                "Lote {lot} do alvejante retido, medição {ph}.",
            ],
            "contact": [
                "Coleta não feita? Liguem para a logística antes do meio-dia: {P}.",
                "Sua consultora, {name}, atende no {P}.",
            ],
        },
        "pest": {
            "title": ["Relatório de controle de pragas", "Visita de desratização"],
            "body": [
                "Porta-iscas externos vistoriados, atividade {trap_count}, estação {bait_station} trocada.",
                "Gel aplicado nos vãos da cozinha, registro {epa_reg}.",
            ],
            "contact": [
                "Se virem fezes antes da próxima visita, liguem para o plantão: {P}.",
                "Seu técnico {name} ({P}) vai mandar o orçamento de vedação.",
            ],
        },
        "waste": {
            "title": ["Cronograma de coleta de resíduos", "Locação de caçamba – confirmação"],
            "body": [
                "Dois contêineres de {bin_litres} para rejeito, coleta segunda e quinta.",
                "Manifesto de transporte {wtn}, código {ewc}.",
                "Ticket da balança: bruto / tara {weighbridge}.",
            ],
            "contact": [
                "Coleta não realizada? Avise em até dois dias úteis pelo {P}.",
                "O motorista, {name}, pede que liguem no {P} se o portão estiver trancado.",
            ],
        },
    },
    "DAYS": ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira"],
    "LOCAL": [
        "De telefone fixo em {town}, basta discar {L}.",
        "Nossa base em {town} atende quem liga da cidade no {L}.",
        "Para clientes de {town}: escritório {L}, oficina {L} – sem o DDD.",
        "{L} (fixo de {town}, ligação local)",
        'Como ela disse: "Quem está em {town} liga direto no {L}."',
        "Obs.: o {L} só funciona sem DDD dentro de {town}.",
        "Recepção em {town}, ligação local:\n{L}",
    ],
    "LIST_HEAD": ["Contatos", "Lista de fornecedores"],
    "LABELS": [
        "Recepção noturna",
        "Governança",
        "Manutenção",
        "Lavanderia",
        "Dedetizadora",
        "Coleta de lixo",
        "Financeiro",
    ],
    "OTHER": ["O atendimento ao cliente é gratuito pelo {O}.", "Pedidos de coleta pelo {O}."],
    "EMAIL": ["Devolvam o relatório assinado para {E}.", "Notas fiscais só para {E}."],
    "CARD": ["Sinal cobrado no cartão {C} na reserva."],
    "IBAN": ["Transferência para {I}, indicando o número do pedido."],
    "IP": ["O PC da balança da lavanderia fica em {IP}."],
}

HI = {
    "G": {
        "housekeeping": {
            "title": ["हाउसकीपिंग हैंडओवर – {day}", "फ़्लोर सुपरवाइज़र के नोट्स"],
            "body": [
                "इस हफ़्ते कमरे {room_range} की डीप क्लीनिंग होगी, गद्दे पलटने हैं।",
                "आज की अस्थायी स्टाफ़ का आईडी {staff_id} है, तीसरी मंज़िल पर लगाएँ।",
                "डीस्केलर हमेशा {dilution} में घोलें, सेफ़्टी शीट संस्करण {sds_rev}।",
            ],
            "contact": [
                "एग्ज़ीक्यूटिव हाउसकीपर रेडियो पर न मिलें तो उनका मोबाइल {P} है।",
                "चादरें कम पड़ें तो सप्लायर के {name} को {P} पर बताएँ।",
            ],
        },
        "laundry": {
            "title": ["लॉन्ड्री डिलीवरी चालान", "लिनन सर्विस – कलेक्शन"],
            "body": [
                "आज {linen_kg} फ़्लैट लिनन उठाया गया।",
                "टेबल लिनन {wash_prog} पर धुलेगा।",
                "ब्लीच का लॉट {lot} रोका गया, जाँच में {ph} आया।",
            ],
            "contact": [
                "पिकअप छूट जाए तो दोपहर से पहले डिस्पैच को {P} पर फ़ोन करें।",
                "आपके अकाउंट मैनेजर {name} का नंबर {P} है।",
            ],
        },
        "pest": {
            "title": ["पेस्ट कंट्रोल सर्विस रिपोर्ट", "चूहा नियंत्रण विज़िट"],
            "body": [
                "बाहर के बेट बॉक्स देखे, गतिविधि {trap_count}, स्टेशन {bait_station} बदला।",
                "किचन में जेल लगाया, पंजीकरण {epa_reg}।",
            ],
            "contact": [
                "अगली विज़िट से पहले कुछ दिखे तो हेल्पलाइन {P} पर कॉल करें।",
                "आपके सर्वेयर {name} ({P}) सीलिंग का कोटेशन भेजेंगे।",
            ],
        },
        "waste": {
            "title": ["कचरा संग्रह समय-सारणी", "स्किप बुकिंग की पुष्टि"],
            "body": [
                "सामान्य कचरे के लिए दो {bin_litres} डिब्बे, सोमवार और गुरुवार को खाली होंगे।",
                "गाड़ी {plate} {time_win} के बीच आएगी।",
                "धर्मकांटा पर्ची: ग्रॉस / टेयर {weighbridge}।",
            ],
            "contact": [
                "कचरा न उठे तो दो दिन के अंदर {P} पर शिकायत करें।",
                "ड्राइवर {name} ने कहा है कि गेट बंद हो तो उन्हें {P} पर फ़ोन करें।",
            ],
        },
    },
    "DAYS": ["सोमवार", "मंगलवार", "बुधवार", "गुरुवार", "शुक्रवार"],
    "LOCAL": [
        "{town} के लैंडलाइन से कोड छोड़कर सीधे {L} मिलाइए।",
        "{town} में रहने वाले हमारे डिपो को {L} पर कॉल कर सकते हैं।",
        "{town} के ग्राहकों के लिए: ऑफ़िस {L}, वर्कशॉप {L}।",
        "{L} ({town} का लोकल नंबर, शहर के अंदर बिना कोड)",
        'उन्होंने फ़ोन पर कहा, "{town} से हो तो बस {L} लगाइए।"',
        "ध्यान दें: {L} बिना कोड के सिर्फ़ {town} के अंदर लगेगा।",
    ],
    "LIST_HEAD": ["संपर्क सूची", "ठेकेदारों के नंबर"],
    "LABELS": ["नाइट मैनेजर", "हाउसकीपिंग", "मेंटेनेंस", "लॉन्ड्री", "पेस्ट कंट्रोल", "कचरा ठेकेदार"],
    "OTHER": ["ग्राहक सेवा टोल-फ़्री नंबर: {O}।", "पिकअप बुकिंग के लिए {O} पर कॉल करें।"],
    "EMAIL": ["हस्ताक्षर की हुई रिपोर्ट {E} पर भेजें।", "बिल सिर्फ़ {E} पर भेजें।"],
    "CARD": [],
    "IBAN": [],
    "IP": ["लॉन्ड्री तराज़ू वाला पीसी {IP} पर है।"],
}
