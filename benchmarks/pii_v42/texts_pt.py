"""Frases em português para v42 (pt_PT, pt_BR), escritas para este conjunto."""

GENRES = {
    "gp": {
        "head": [
            "Unidade de saúde {org} — aviso aos utentes\nAtualizado por {name}",
            "Campanha de vacinação na farmácia {org}",
        ],
        "fill": [
            "As receitas renováveis ({drug}) ficam prontas em dois dias úteis.",
            "O reforço é oferecido a quem tem {ageband} anos; traga o seu número de utente/cartão "
            "({patient_id}).",
            "O medidor de tensão da sala de espera imprime valores como {bp}.",
            "Espera média sem marcação esta manhã: {wait} minutos.",
            "Código da unidade {practice}, cédula profissional {regno}.",
        ],
        "sign": "Obrigado por tratar bem a equipa da receção.",
    },
    "hosp": {
        "head": [
            "Nota de alta — {org}\nMédica responsável: {name}",
            "Marcação de consulta externa, {org}\nCaro/a {name},",
        ],
        "fill": [
            "Esteve no serviço/cama {wardbed}, processo {mrn}.",
            "Diagnóstico {icd}; à saída PA {bp}, pulso {pulse}, temperatura {temp}.",
            "Continue com {dose}; o soro a {infusion} foi retirado.",
            "Dirija-se ao gabinete {room}, referência {aptref}.",
            "O ECG de controlo mostrou {qtc}, normal.",
        ],
        "sign": "Se não puder vir, avise para libertarmos a vaga.",
    },
    "lab": {
        "head": [
            "Boletim de análises — {org}\nRequisitado por {name}",
            "Os seus resultados já saíram\nLaboratório {org}",
        ],
        "fill": [
            "Amostra {specimen}: potássio dentro do intervalo {refrange}.",
            "HbA1c {hba1c}, glicose em jejum {glucose}.",
            "Função renal (TFG) {egfr}; colesterol total {chol}.",
            "O seu INR hoje é {inr}; mantenha a mesma dose.",
        ],
        "sign": "Os resultados só são entregues ao próprio ou a quem autorizar.",
    },
    "care": {
        "head": ["Jornal do lar {org}\nDa diretora técnica, {name}", "Regras de visita — lar {org}"],
        "fill": [
            "Os quartos até ao {room} receberam camas articuladas novas.",
            "Com febre acima de {temp}, adie a visita, por favor.",
            "A D. Amélia deu {steps} passos por dia no jardim este mês.",
            "O rastreio auditivo encontrou perdas perto de {hearing} em vários residentes.",
        ],
        "sign": "Obrigado às famílias que ajudaram no arraial.",
    },
    "tele": {
        "head": [
            "Como entrar na sua teleconsulta\n{org}, preparado por {name}",
            "Guia de telemedicina — {org}",
        ],
        "fill": [
            "ID da reunião {meeting}, senha {passcode}.",
            "Atualize a aplicação para a versão {appver} ou superior.",
            "Tenha o aparelho à mão: vamos pedir valores como {bp} e a sua {spo2}.",
            "Escreva a referência {aptref} tal como vem na carta.",
        ],
        "sign": "Se a imagem congelar, a médica passa para chamada de voz.",
    },
    "eyedent": {
        "head": ["Lembrete da clínica {org}\nPara {name}", "ESTÁ NA HORA DA REVISÃO — {org}"],
        "fill": [
            "Na última consulta anotámos os dentes {teeth} para vigiar.",
            "A sua graduação atual: {eyerx}.",
            "Acuidade visual do olho mais fraco: {acuity}.",
            "Traga o cartão de chamada n.º {aptref}.",
        ],
        "sign": "Faltas sem aviso de 24 horas podem ser cobradas.",
    },
    "helpline": {
        "head": ["Está difícil? Folheto de {org}", "Publicação no fórum de {org}\npor {name}"],
        "fill": [
            "Desde que caminho ao fim do dia, a minha frequência em repouso desceu para {pulse}.",
            "O médico receitou-me {dose}; as primeiras semanas custaram.",
            "Ao domingo à noite os voluntários atendem cerca de {wait} chamadas por hora.",
            "Para jovens de {ageband} anos a lista de espera é mais curta.",
        ],
        "sign": "Em perigo imediato, ligue para a emergência.",
    },
    "fitness": {
        "head": [
            "Horário de aulas e fisioterapia — {org}\nOrganizado por {name}",
            "O seu plano de reabilitação\n{org}, fisioterapeuta: {name}",
        ],
        "fill": [
            "Joelho: {sets}, três vezes por semana.",
            "Treine na zona {zone} nas duas primeiras semanas.",
            "Sócio n.º {member}, cacifo {locker}.",
            "Último teste: VO2máx {vo2}, IMC {bmi}, altura/peso {hw}.",
        ],
        "sign": "Limpe os aparelhos depois de usar.",
    },
}

GENERAL = [
    "A receção atende pelo {phone}.",
    "Dúvidas sobre esta carta: {phone}.",
    "Para remarcar, ligue {phone}.",
]
MOBILE = "Os lembretes por SMS vêm do {phone}; pode responder."
FIXED = "Telefone fixo do serviço: {phone}."
ABROAD = ["Do estrangeiro, ligue {phone}.", "Familiares fora do país podem ligar para {phone}."]
SERVICE = ["Linha gratuita de informação: {phone}.", "Linha de apoio (número de serviço): {phone}."]
LOCAL = {"BR": ["Dentro de {town}, basta discar {local}.", "De telefone fixo em {town}: {local}."]}
EMAIL = ["Envie os documentos para {email}.", "O seu fisioterapeuta responde por e-mail: {email}."]
IBAN = "Para pagar a mensalidade por transferência: {iban}."
CARD = "Taxa paga com o cartão {card}; recibo em anexo."
IP_PRIV = "Para a informática: o terminal de vídeo da sala de estar está em {ip}."
IP_PUB = "Se a firewall bloquear a chamada, autorize o nosso servidor {ip}."
DIR_HEAD = ["Contactos úteis", "Para quem ligar"]
ROLES = ["Receção", "Farmácia", "Enfermeira-chefe", "Fisioterapia", "Resultados", "Enfermagem noturna"]
NOPHONE = ["Não damos resultados por telefone.", "Não ligue para o serviço por causa de análises."]
