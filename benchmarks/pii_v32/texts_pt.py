"""Frases em português para v32 (texto falado e transcrito); marcadores como em texts_en."""

LAB = {
    "vm": ("Correio de voz", "De", "Duração", "Transcrição (automática, pode conter erros)", "confiança"),
    "unknown": "Número privado",
    "crm": (
        "Interação",
        "Atendido por",
        "Sentido",
        "recebida",
        "efetuada",
        "Tempo de conversa",
        "Notas da chamada",
        "Código de encerramento",
    ),
    "log": "Data | Hora | Agente | Sentido | Número | Duração",
    "vcard": "Ficha de contacto anexada ao pedido",
    "meet": [
        "Reunião trimestral com fornecedores (gravação)",
        "Entrevista com uma antiga chefe de turno",
        "Chamada dos coordenadores de voluntariado",
    ],
    "parts": "Na chamada",
    "dict": "Nota ditada – não revista",
    "punct": ("vírgula", "ponto final", "novo parágrafo"),
    "radio": ("APRESENTADORA", "OUVINTE", "[VINHETA]", "[REGRESSO AO ESTÚDIO]"),
    "leaf": ("Versão áudio do folheto", "Faixa", "Números lidos nesta faixa"),
    "ivr": ("Mensagem", "Guião do atendimento automático, versão", "Voz"),
    "sub": ("[música]", "[risos]", "[telefone toca]"),
}

G = {
    "voicemail": {
        "ph": [
            "Olá, fala {N}, é sobre o orçamento, pode ligar-me para o {P} depois das cinco.",
            "Bom dia, por favor retorne a ligação no {P}, obrigado.",
            "Oi sou eu, meu celular tá quase sem bateria, se não atender tenta o {P}.",
        ],
        "fill": [
            "Já tentei falar convosco a semana toda.",
            "Nada urgente, só queria saber se chegaram os documentos.",
        ],
    },
    "callnote": {
        "ph": [
            "Cliente pede que passemos a usar o {P}, o número antigo foi cancelado.",
            "Retornar no {P} entre 9h e 11h, cliente trabalha à noite.",
            "Segundo contacto é o filho ({N}), disponível no {P}.",
        ],
        "fill": [
            "Expliquei de novo o ciclo de faturação, cliente mais calma no fim.",
            "Encaminhado para o segundo nível, sem prazo prometido.",
        ],
    },
    "meeting": {
        "ph": [
            "Se o estafeta se perder, liga-me diretamente, estou no {P}.",
            "O contato de lá é {N}, linha direta {P}.",
        ],
        "fill": ["Todos me ouvem? Ótimo, vamos começar.", "Você cortou um segundo, pode repetir?"],
    },
    "subtitle": {
        "ph": [
            "Se este episódio mexeu com você, fale com alguém pelo {P}.",
            "Para se inscrever na oficina, ligue para o {P}.",
        ],
        "fill": [
            "Hoje a gente vai falar de uma coisa um pouco diferente.",
            "Fiquem aí que depois do intervalo tem convidada.",
        ],
    },
    "dictation": {
        "ph": [
            "Carta para {N} vírgula pedir que confirme a nova morada pelo {P} ponto final",
            "Lembrete ligar para o perito no {P} antes de sexta",
        ],
        "fill": ["Início do ditado para o processo Almeida.", "Apaga a última frase."],
    },
    "phonein": {
        "ph": [
            "E se você tem opinião sobre isso, as linhas estão abertas: {P}.",
            "A produção vai ligar de volta, o seu número é o {P}, certo?",
        ],
        "fill": [
            "Boa tarde, você está no ar, pode falar.",
            "Ouço o programa há vinte anos e nunca tinha ligado.",
        ],
    },
    "leaflet": {
        "ph": [
            "Se está preocupado com alguém, ligue para a nossa linha de apoio: {P}.",
            "Para receber este folheto em letra grande, ligue {P}.",
        ],
        "fill": [
            "Esta é a versão áudio do nosso folheto sobre segurança em casa.",
            "Pode pausar a gravação a qualquer momento.",
        ],
    },
    "ivr": {
        "ph": [
            "Se preferir falar com a sua agência, desligue e marque {P}.",
            "Para avarias fora do horário, ligue {P}.",
        ],
        "fill": [
            "Obrigado por ligar. Esta chamada pode ser gravada.",
            "Ouça com atenção, o nosso menu mudou.",
        ],
    },
}

LOCAL = [
    "se você liga de dentro de {T}, não precisa do DDD, é só {P}",
    "a loja de {T}, o número local é {P}, sem o código de área",
    "do telefone fixo em {T} disque só {P}",
    "quem é de {T} pode passar aqui ou ligar {P}",
]
MOB = ["me manda um zap no {P}, não ouço a caixa postal", "no telemóvel, {P}, quando estou na obra"]
FIX = [
    "o fixo lá de casa é o {P}, tem quase sempre alguém",
    "não ligue para o celular, use o fixo do escritório, {P}",
]
SVC = ["é um número gratuito, {P}, vinte e quatro horas", "o apoio ao cliente atende no {P}"]
REP = ["o número é {P}, repito, {P2}", "então {P}, de novo, {P2}"]
EMAIL = ["ou me manda um e-mail, {E}", "as fotos manda para {E}"]
IBAN = ["reembolso para o IBAN {I}, confirmado com o cliente"]
CARD = ["cliente leu o número do cartão {C} antes de eu conseguir interromper, ocultado no sistema"]
IP = ["o router mostra o IP público {A}, pedido reinício"]
SSN = []

NEG = {
    "call_duration": ["Duração da chamada {V}."],
    "hold_time": ["O cliente esperou {V} na fila."],
    "case_no": ["Protocolo {V} reaberto.", "Anote o número do protocolo: {V}."],
    "ivr_option": ["Para segunda via da fatura, digite {V}."],
    "card_last4": ["Pagamento com o cartão final {V}."],
    "meter_reading": ["Leitura do contador indicada pelo cliente: {V}."],
    "radio_freq": ["Você está ouvindo a {V} FM."],
    "episode": ["Este é o episódio {V}."],
    "dob": ["Data de nascimento para confirmação: {V}."],
    "postcode": ["Código postal {V}, morada confirmada."],
    "amount": ["Valor em aberto {V}."],
    "percent": ["Cerca de {V} das chamadas pedem isto."],
    "order_no": ["Encomenda {V} enviada ontem."],
    "meeting_id": ["ID da reunião: {V}"],
    "passcode": ["Senha {V}"],
    "short_code": ["Em caso de emergência ligue sempre {V}."],
    "road": ["Trânsito lento na {V} esta manhã."],
    "chapter": ["{V} chega a convidada"],
    "extension": ["Só interno: ramal {V}."],
}
