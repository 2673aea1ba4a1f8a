"""Portuguese sentences for v44 (trabalho e emprego); written fresh for this set."""

G = {
    "jobad": (
        ["VAGA DE EMPREGO: Líder de armazém na {O}", "A {O} contrata analista de folha de pagamento"],
        [
            "Código da vaga {req}; código de ocupação {isco}.",
            "Salário {salary}, horas extra a {hourly}.",
            "Carga horária de {hours} semanais, {leave} de férias.",
            "Inscrições até ao dia 15.",
            "Enquadramento {grade} no plano de cargos.",
        ],
        "Vaga também aberta a pessoas com deficiência.",
    ),
    "cv": (
        ["CURRÍCULO — {N}", "{N} · Currículo"],
        [
            "Supervisor de turno, {period}: equipa de 14 pessoas.",
            "Digitação {wpm}; {degree}.",
            "Antiga matrícula {emp}, declaração disponível.",
            "Habilitação para empilhadeira válida.",
        ],
        "As referências podem ser contactadas.",
    ),
    "recruit": (
        ["RE: a sua candidatura ({req})", "Convite para entrevista — {O}"],
        [
            "Obrigado pelo currículo, o gestor gostou muito.",
            "A vaga está no centro de custo {cost}, faixa {salary}.",
            "Traga documento de identidade e o seu {natid}.",
            "A entrevista dura 45 minutos, seguida de visita ao armazém.",
        ],
        "Boa sorte e até breve.",
    ),
    "handbook": (
        ["MANUAL DO COLABORADOR — Capítulo 7: a quem ligar", "Árvore de contactos de emergência, {O}"],
        [
            "O crachá {badge} deve estar sempre visível.",
            "Avise faltas antes do turno ({shift}).",
            "Despesas: centro de custo {cost} e pedido {po}.",
            "Se ninguém atender em dez minutos, passe ao nível seguinte.",
        ],
        "Mantenha esta página junto ao telefone.",
    ),
    "rota": (
        ["Escala de sobreaviso da manutenção, semana {week}", "Escala da equipa de expedição"],
        [
            "Turno da manhã {shift}; folha de horas {timesheet} assinada à sexta.",
            "Banco de horas: {overtime}.",
            "Trocas de turno só com acordo do supervisor.",
            "Jornada {fte}; temporários cobrem as noites de fim de semana.",
        ],
        "Obrigado por manter a escala em dia.",
    ),
    "payroll": (
        ["Aviso do departamento pessoal — {O}", "Entenda o seu recibo ({payslip})"],
        [
            "Matrícula {emp}; dados fiscais: {natid}.",
            "O bruto inclui {hourly} por 11,5 horas extra.",
            "O seu aviso prévio é de {notice}.",
            "Férias por gozar: {leave}.",
        ],
        "O processamento fecha no dia 20.",
    ),
    "union": (
        ["Boletim da comissão de trabalhadores", "Notícias do sindicato"],
        [
            "Negociação: a empresa propõe {salary}, queremos mais.",
            "Quem está no {grade} recebe os retroativos.",
            "A votação termina dia 30; participação de 61%.",
            "Novos colegas com {hours} podem sindicalizar-se.",
        ],
        "Saudações solidárias, a comissão.",
    ),
    "ooo": (
        ["Resposta automática: fora do escritório", "Ausente até segunda-feira"],
        [
            "Estou de férias com acesso limitado ao e-mail.",
            "Assuntos da vaga {req} serão tratados no meu regresso.",
            "Para folhas de horas indique a matrícula {emp}.",
        ],
        "Atenciosamente, {N}",
    ),
}
C = {
    "gen": [
        "Pode falar diretamente com {N} pelo {P}.",
        "Para marcar a entrevista ligue {P}.",
        "Dúvidas sobre o turno? Supervisor: {P}.",
    ],
    "mob": ["Celular/telemóvel de {N} (WhatsApp também): {P}"],
    "land": ["Telefone fixo do RH (não recebe SMS): {P}"],
    "abroad": ["Candidatos no exterior: {P}", "Do estrangeiro, ligue {P}."],
    "svc": ["Linha de apoio ao colaborador, gratuita: {P}", "Dúvidas de folha: {P}"],
    "local": {"BR": ["Ligação local em {T}, sem DDD: {L}", "De telefone fixo de {T}: {L}"]},
    "mail": ["Envie o currículo para {E}.", "Confirme presença em {E}."],
    "iban": "A quota sindical é debitada em {X} no dia 1.",
    "card": "Taxa do anúncio paga com o cartão corporativo {X}.",
    "ip": ["Relógio de ponto na rede interna: {X}", "Gateway VPN para teletrabalho: {X}"],
    "dirhead": ["Ligar por esta ordem:", "De sobreaviso:"],
    "roles": [
        "Gerente da unidade",
        "Supervisor noturno",
        "Analista de RH",
        "Folha de pagamento",
        "Delegado sindical",
        "Técnico de plantão",
    ],
    "nophone": [
        "Não damos informações sobre candidaturas por telefone.",
        "Dúvidas de salário só por e-mail.",
    ],
}
