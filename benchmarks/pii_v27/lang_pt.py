"""Frases em português (pt_BR)."""

L = {
    "titles": {
        "message": ["Oi {first}!", "Pergunta rápida", "Oi gente"],
        "email": [
            "Assunto: RES: passagem de serviço antes das férias",
            "Assunto: sua consulta sobre o apartamento",
            "Assunto: ENC: mudança de endereço",
        ],
        "community": [
            "Grupo de vizinhos – {town}",
            "Gata perdida – bairro em {town}",
            "Festa junina da rua: organização",
        ],
        "shop": ["Lavanderia {last}", "AVISO AOS CLIENTES", "Agora abrimos aos domingos!"],
        "public": [
            "Biblioteca municipal de {town}: novo horário",
            "UBS: campanha de vacinação",
            "Aviso de obras",
        ],
        "form": ["FICHA DE CADASTRO DE VOLUNTÁRIO", "Ficha cadastral para locação", "Renovação de sócio"],
        "listing": [
            "VENDO carro popular, único dono",
            "Quarto em república em {town}",
            "Marido de aluguel – orçamento grátis",
        ],
    },
    "body": {
        "message": [
            "Cheguei bem, só fila na imigração.",
            "Pode trazer leite na volta?",
            "Vou atrasar 10 min, foi mal!!",
            "Mãe disse que o churrasco está de pé, a não ser que caia um toró.",
        ],
        "email": [
            "Obrigado pelo retorno rápido.",
            "Segue em anexo a cópia assinada.",
            "Desculpe a demora.",
            "Fico à disposição para dúvidas.",
        ],
        "community": [
            "Alguém sabe por que os postes da rua apagaram de novo?",
            "Obrigado a todos que vieram no mutirão de limpeza no sábado!",
            "Ela é pequena, cinza e muito medrosa.",
            "A prefeitura ainda não respondeu nosso ofício.",
        ],
        "shop": [
            "Fechamos na primeira segunda do mês para treinamento.",
            "Peças não retiradas em 60 dias serão doadas.",
            "A partir do mês que vem só cartão ou Pix.",
            "Obrigado por comprar no bairro!",
        ],
        "public": [
            "Os terminais de autoatendimento continuam funcionando.",
            "Traga documento com foto.",
            "O acesso de moradores está garantido.",
            "A máscara não é mais obrigatória.",
        ],
        "form": [
            "Preencha em letra de forma.",
            "Parte B: dados pessoais",
            "Declaro que as informações são verdadeiras.",
            "Assinatura: ____________",
        ],
        "listing": [
            "Revisões na concessionária, duas chaves, IPVA pago.",
            "Contas inclusas, livre a partir do dia 1º.",
            "Visitas com hora marcada.",
            "Com seguro, orçamento sem compromisso.",
        ],
    },
    "phone": [
        ("pt_zap_chegar", "mob", "Me manda um zap quando chegar em casa: {n}"),
        ("pt_numero_novo", "mob", "Número novo, o celular antigo quebrou – salva aí: {n}"),
        ("pt_portaria", "fix", "Em caso de urgência ligue direto na portaria: {n}."),
        ("pt_recado", "any", "Deixe recado no {n} que a gente retorna."),
        ("pt_gata_ligar", "any", "Se alguém vir, liga no {n}, qualquer horário."),
        ("pt_falar_com", "any", "Ligar no {n} e falar com {first}."),
        ("pt_grupo_rua", "mob", "Quer entrar no grupo da rua? Chama {first} no WhatsApp {n}."),
        ("pt_fixo_casa", "fix", "Não uso celular, liga no fixo de casa: {n}."),
        ("pt_visitas", "any", "Visitas: ligar ou mandar mensagem para {n}."),
    ],
    "local": [
        ("pt_local_salao", "Telefone do salão paroquial: {n} – quase sempre tem alguém."),
        ("pt_local_liga", "Liga aqui em casa, {n}, está na lista em nome de {last}."),
        ("pt_local_loja", "Tel. da loja {n} (secretária eletrônica quando estamos na entrega)"),
    ],
    "service": [
        ("pt_svc_gratuita", "Ligação gratuita {n}, de segunda a sábado."),
        ("pt_svc_sac", "SAC: {n}."),
    ],
    "EMAIL": [
        "Me manda as datas no {v}.",
        "Envie o currículo para {v} até sexta.",
        "Dúvidas? Escreva para {v}.",
    ],
    "IBAN": ["Para transferência internacional: IBAN {v}.", "Dados para depósito do exterior – IBAN {v}."],
    "CREDIT_CARD": ["Reservei com o cartão {v}, consegue ver?", "Cartão usado na reserva: {v}"],
    "IP_ADDRESS": ["O painel do roteador fica em {v}.", "Todo o spam veio de {v}, bloqueia aí."],
    "lab": {
        "any": ["Tel.", "Telefone", "Fone"],
        "mob": ["Celular", "Cel./WhatsApp", "Zap"],
        "fix": ["Fixo", "Escritório"],
        "svc": ["SAC", "Central"],
        "EMAIL": ["E-mail"],
        "IBAN": ["IBAN"],
        "CREDIT_CARD": ["Nº do cartão"],
        "IP_ADDRESS": ["IP"],
    },
    "pl": {
        "regards": ["Abraços,", "Atenciosamente,", "Beijos,", "Obrigado,"],
        "ps": "P.S.:",
        "wrote": "Em {day}, {name} escreveu:",
        "q": "P:",
        "a": "R:",
        "vm": "Mensagem de voz ({dur}) de",
        "vm_say": '"Oi, é {first}, me liga quando puder."',
        "ooo": "Estou fora do escritório até {day}, com acesso limitado ao e-mail.",
        "fwd": "---------- Mensagem encaminhada ---------",
        "from": "De",
        "to": "Para",
        "subject": "Assunto",
        "tear": "DESTAQUE AQUI",
        "ticked": "Contato preferido",
    },
    "roster": {
        "phone": [
            "Corrente de ligações – se não tiver aula, ligue para a próxima pessoa:",
            "Motoristas voluntários",
            "Para quem ligar",
            "Diretoria",
        ],
        "other": ["Canteiros da horta", "Sócios", "Números sorteados", "Escala"],
    },
    "days": ["seg", "ter", "qua", "qui", "sex", "sáb"],
    "roles": ["presidente", "tesoureiro", "secretária", "primeiros socorros", "chaves"],
    "ref_frames": [
        "Informe como referência: {label} {v}.",
        "{Label}: {v}",
        "Se precisar – {label} {v}.",
        "Pediram de novo: {label} ({v}).",
        "Tenha em mãos – {label}: {v}.",
    ],
    "fact_frames": [
        "{Label}: {v}",
        "Hoje: {label} {v}.",
        "Só pra avisar, {label} {v}.",
        "Da última vez: {label} {v}.",
        "({label}: {v})",
    ],
    "neg": """sort_code=agência/conta
routing_number=número de roteamento
nhs_number=cartão do SUS
mrn=prontuário
rx_number=receita
vaccine_batch=lote
appointment_ref=protocolo do agendamento
booking_ref=confirmação da reserva
flight=voo
pnr=localizador
train_seat=vagão/poltrona
plate=placa
vin=chassi
mac=endereço MAC
door_code=senha do portão
key_safe=código do cofre de chaves
raffle=rifas
shelfmark=número de chamada
plot=canteiro
title_number=matrícula do imóvel
planning_ref=alvará
pcn=auto de infração
permit_number=credencial de estacionamento
council_tax_ref=inscrição do IPTU
tax_ref=inscrição municipal
staff_number=matrícula
po_box=caixa postal
flat=apto
gift_card=vale-presente
member_number=nº de sócio
library_card=carteirinha da biblioteca
cheque_number=cheque nº
model_number=modelo
loan_ref=contrato de empréstimo
claim_number=sinistro nº
rma=protocolo de troca
job_ref=código da vaga
support_case=chamado
grid_ref=quadrícula
blood_pressure=pressão
glucose=glicemia
steps=passos hoje
dosage=dose
mileage=quilometragem
tyre_size=pneus
resolution=tela
storage=armazenamento
lottery=números da Mega
hymns=cânticos
bible_ref=leitura
page_ref=páginas
payslip=líquido
shift=plantão
hours=horas na semana
salary=salário
dob=data de nascimento
ages=idades
votes=votação
signatures=assinaturas
donations=arrecadado
headcount=adultos + crianças
temperature=temperatura
rainfall=chuva
address_range=números
bus_route=linhas de ônibus
score=nota
bin_day=coleta
body_weight=peso
height=altura
shoe_size=número do sapato
fuel_use=consumo
tariff=tarifa
interest_rate=juros
gps_dms=coordenadas
elevation=altitude
distance=distância
duration=tempo a pé
date_range=período
year_range=anos
time_range=horário
unit_price=preço""",
}
