"""Portuguese and Hindi sentences: sports and hobby clubs."""

PT = {
    "genres": {
        "fixtures": {
            "titles": ["Tabela de jogos", "Jogo remarcado – {club}", "Rodada do fim de semana"],
            "pos": [
                "O jogo fora contra o {club2} passou para as 15h; dúvidas com o diretor de futebol pelo {P}.",
                "Se o campo for interditado, {name} avisa os capitães pelo {M}.",
                "Adiamentos devem ser comunicados pelo e-mail {E} e pelo telefone {P}.",
                "A central de resultados da liga, {F}, atende até as 19h.",
                "Contato do adversário: {name}, {X}.",
            ],
            "neg": [
                "O último jogo terminou {n:score}.",
                "Classificação após a rodada {n:matchday}: {n:table_row}.",
                "O jogo {n:match_no} abre o campeonato.",
                "Público no clássico: {n:attendance}.",
            ],
        },
        "gym": {
            "titles": ["Grade de aulas da academia", "Aviso aos alunos", "Novos horários"],
            "pos": [
                "As aulas de spinning agora podem ser agendadas pelo {P}.",
                "O professor {name} dá o funcional das 6h; mande mensagem para {M} se atrasar.",
                "Trancamento de matrícula é com a recepção ({E}, {P}).",
                "Planos empresariais pelo {F}.",
                "A catraca da academia responde no {IP}; problemas pelo {P}.",
                "A anuidade foi cobrada no cartão {C}.",
            ],
            "neg": [
                "A aula de pilates muda para {n:class_times}.",
                "Zona alvo: {n:heart_rate}.",
                "Treino de hoje: agachamento {n:lift_sets}.",
                "Armário {n:locker}, matrícula {n:membership_no}.",
            ],
        },
        "angling": {
            "titles": ["Boletim do clube de pesca", "Resultado do torneio de pesca", "Aviso da fiscalização"],
            "pos": [
                "Pesca predatória deve ser denunciada ao fiscal pelo {M}.",
                "Inscrições para o torneio com {name} no {P}.",
                "Mensalidades por débito no {B} ou dúvidas pelo {E}.",
            ],
            "neg": [
                "O peso vencedor foi {n:fish_weight}, no posto {n:peg}.",
                "Nível do rio hoje cedo: {n:river_level}.",
                "Encontro no estacionamento ({n:gps}) às 6h.",
            ],
        },
        "chess": {
            "titles": ["Clube de xadrez – informativo", "Resultados do torneio", "Match por equipes"],
            "pos": [
                "O primeiro tabuleiro ainda está livre; fale com o capitão {name}, {M}.",
                "O árbitro-chefe atende durante as rodadas pelo {P}.",
                "Aulas para juniores às quintas; inscrições pelo {P} ou {E}.",
            ],
            "neg": [
                "Ritmo de jogo: {n:time_control}.",
                "Nosso primeiro tabuleiro (FIDE ID {n:fide_id}, rating {n:rating}) empatou.",
                "Momento decisivo: {n:chess_moves}.",
            ],
        },
        "stewards": {
            "titles": ["Orientação aos orientadores de público", "Escala do dia de jogo"],
            "pos": [
                "O responsável pela segurança no jogo é {name}, celular {M}.",
                "Quem não puder comparecer avisa a central pelo {P} até sexta.",
            ],
            "neg": [
                "Apresentação nas catracas {n:turnstiles} às 12h15.",
                "Seu posto: setor/fila/cadeira {n:seat}.",
                "Colete número {n:bib}, devolver após o apito final.",
            ],
        },
    },
    "local": [
        "Sede social ({town}, só ligação local):\n{L}",
        "De um fixo em {town}, o zelador do campo atende direto no {L}.",
        "— Liga no {L}, aqui em {town} nem precisa de DDD — lembrou o tesoureiro.",
        "O ginásio de {town} atende no {L} (sem DDD para quem liga da cidade).",
        "Rouparia {L}, sala dos técnicos {L2}: ambos fixos de {town}.",
        "{L} é o telefone da mesa de súmula; DDD só para quem liga de fora de {town}.",
        "(Sócios em {town}: reservas de quadra pelo {L}.)",
    ],
    "heads": ["Contatos do clube", "Telefones da diretoria", "Quem chamar no dia do jogo"],
    "labels": ["Presidente", "Tesoureiro", "Secretaria", "Técnico", "Zelador", "Categorias de base"],
}

HI = {
    "genres": {
        "fixtures": {
            "titles": ["{club} – मैच कार्यक्रम", "लीग फिक्स्चर में बदलाव", "इस हफ़्ते के मैच"],
            "pos": [
                "{club2} के ख़िलाफ़ मैच अब दोपहर 3 बजे होगा; सवालों के लिए सचिव को {P} पर फ़ोन करें।",
                "मैदान गीला हुआ तो {name} सभी कप्तानों को {M} से मैसेज करेंगे।",
                "मैच टालने की सूचना {E} पर ईमेल और {P} पर फ़ोन से दें।",
                "लीग का रिज़ल्ट हेल्पलाइन नंबर {F} शाम 7 बजे तक चालू रहता है।",
            ],
            "neg": [
                "पिछला मैच {n:score} पर ख़त्म हुआ।",
                "राउंड {n:matchday} के बाद अंक तालिका: {n:table_row}।",
                "मैच नंबर {n:match_no} अब उद्घाटन मैच है।",
            ],
        },
        "gym": {
            "titles": ["जिम क्लास टाइमटेबल", "सदस्यों के लिए सूचना"],
            "pos": [
                "योगा क्लास अब {P} पर फ़ोन करके भी बुक हो सकती है।",
                "कोच {name} सुबह का बूटकैंप लेते हैं; देर हो तो {M} पर मैसेज करें।",
                "सदस्यता रोकने के लिए रिसेप्शन से बात करें ({E}, {P})।",
            ],
            "neg": [
                "ज़ुम्बा क्लास अब {n:class_times} होगी।",
                "हार्ट रेट ज़ोन: {n:heart_rate}।",
                "आज का वर्कआउट: स्क्वाट {n:lift_sets}।",
                "आपका लॉकर {n:locker} है, सदस्यता संख्या {n:membership_no}।",
            ],
        },
        "chess": {
            "titles": ["शतरंज क्लब सूचना", "टूर्नामेंट परिणाम"],
            "pos": [
                "टीम का पहला बोर्ड अभी खाली है; कप्तान {name} को {M} पर बताइए।",
                "राउंड के दौरान आर्बिटर से {P} पर संपर्क करें।",
                "बच्चों की कोचिंग गुरुवार को; नाम लिखवाने के लिए {P} पर कॉल करें।",
            ],
            "neg": [
                "टाइम कंट्रोल: {n:time_control}।",
                "हमारे टॉप खिलाड़ी (FIDE ID {n:fide_id}, रेटिंग {n:rating}) ने ड्रॉ खेला।",
                "निर्णायक चालें: {n:chess_moves}।",
            ],
        },
    },
    "local": [
        "क्लब हाउस ({town}, सिर्फ़ लोकल कॉल):\n{L}",
        "{town} के लैंडलाइन से ग्राउंड्समैन को सीधे {L} पर फ़ोन करें।",
        'सचिव ने कहा, "{town} में हो तो बस {L} मिलाओ, कोड की ज़रूरत नहीं।"',
        "{town} स्पोर्ट्स हॉल का नंबर {L} है – शहर के अंदर बिना कोड के।",
        "किट रूम {L}, कोच ऑफ़िस {L2} – दोनों {town} के लोकल नंबर हैं।",
        "(सदस्य ध्यान दें: {town} से कोर्ट बुकिंग के लिए सिर्फ़ {L} डायल करें।)",
    ],
    "heads": ["क्लब संपर्क", "मैच के दिन के नंबर", "पदाधिकारी"],
    "labels": ["सचिव", "कोषाध्यक्ष", "कोच", "ग्राउंड्समैन", "जूनियर विभाग"],
}
