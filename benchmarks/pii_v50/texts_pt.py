"""Portuguese sentences for pii_v50 (getting around)."""

G = {
    "taxi": (
        "TÁXI ESTRELA – 24 horas, aeroporto e rodoviária",
        "Aceitamos cartão em todos os carros; peça o recibo antes de sair.",
        "Corridas marcadas para o aeroporto têm preço fechado, mesmo com trânsito.",
        "Carros adaptados para cadeira de rodas devem ser marcados com duas horas.",
        "Obrigado pela preferência e boa viagem!",
    ),
    "rental": (
        "A sua reserva de aluguer está confirmada",
        "Traga a carta de condução de todos os condutores e o cartão da reserva.",
        "O carro é entregue com o tanque cheio e deve voltar cheio.",
        "Quem usa o carro partilhado abre o veículo pela app, sem entrega de chaves.",
        "Boa viagem!",
    ),
    "driving": (
        "Escola de Condução Rota Certa – horário das aulas",
        "Na próxima semana treinamos rotundas e estacionamento em marcha-atrás.",
        "Nota do instrutor: espelhos antes do pisca, não depois.",
        "Aulas desmarcadas com menos de 24 horas são cobradas por inteiro.",
        "Até quinta no sítio do costume, em frente à biblioteca.",
    ),
    "parking": (
        "ESTACIONAMENTO PARA MORADORES – dístico obrigatório",
        "Veículos sem dístico visível serão multados e rebocados.",
        "Desculpe, bati no seu retrovisor ao manobrar hoje de manhã. Ligue-me, por favor.",
        "A cancela abre sozinha para as matrículas registadas.",
        "Obrigado por deixar a saída livre.",
    ),
    "transit": (
        "Achados e perdidos – ônibus, metrô e barca",
        "Objetos esquecidos nos nossos veículos ficam guardados na garagem por 30 dias.",
        "Horário de fim de semana alterado por causa das obras na ponte.",
        "Informe o objeto, a linha e o horário aproximado da viagem.",
        "Pedimos desculpa pelo transtorno.",
    ),
    "shuttle": (
        "Reserva confirmada: transfer do aeroporto e travessia de ferry",
        "O motorista espera no saguão de desembarque com uma placa com o seu nome.",
        "O embarque a pé fecha trinta minutos antes da partida.",
        "Bagagem volumosa, como bicicletas ou pranchas, deve ser declarada antes.",
        "Boa viagem e guarde esta confirmação.",
    ),
    "bike": (
        "Oficina Pedal Livre – reparos, revisão, bicicletas usadas",
        "A revisão inclui freios, câmbio, limpeza da corrente e checagem de segurança.",
        "Ordem de serviço: roda traseira alinhada, pastilhas novas, câmara trocada.",
        "O ponto de reparo self-service na ciclovia tem bomba e ferramentas presas.",
        "Boas pedaladas – regulagem do câmbio grátis depois de um mês.",
    ),
    "carpool": (
        "Rodízio da carona escolar – primeiro semestre",
        "Cada família leva as crianças uma semana em quatro; trocas, avisem aqui.",
        "As crianças precisam estar no portão às 7h10, depois o trânsito trava.",
        "As cadeirinhas ficam no carro da família da semana.",
        "Valeu, pessoal, o rodízio está funcionando!",
    ),
}
CONTACT = [
    "Reservas dia e noite: {p}",
    "Dúvidas sobre a reserva? Ligue para {p}.",
    "Escritório (seg–sáb, 7h–19h): {p}",
]
MOBILE = [
    "Mande o endereço de embarque por WhatsApp para {p}.",
    "Celular do instrutor (só mensagem durante as aulas): {p}",
]
LANDLINE = ["Fixo da garagem, só chamadas, não recebe SMS: {p}"]
ABROAD = ["Do exterior, ligue para {p}.", "Clientes de fora do país: {p}"]
SERVICE = ["Assistência gratuita em caso de avaria: {p}", "Central de achados e perdidos: {p}"]
EMAIL = ["Envie o código da reserva para {e}.", "Dúvidas sobre dísticos e credenciais: {e}"]
IBAN = "A caução é devolvida por transferência para: {v}"
CARD = "Nota do cliente na reserva: podem cobrar no cartão {v}, validade 09/27."
IP = ["Login na app a partir de um endereço desconhecido: {v}", "Sessão do portal aberta a partir de {v}."]
DIR_HEADS = ["Para quem ligar:", "Números para a estrada:"]
ROLES = ["Balcão do aeroporto", "Central", "Garagem", "Reboque", "Terminal fluvial", "Oficina"]
NOPHONE = ["Não aceitamos reservas por telefone; use a app.", "Reservas só online."]
LOCAL = {
    "BR": [
        "Quem está em {town} disca só {n} para chamar o táxi.",
        "Ligação local em {town}, sem o código de área: {n}",
        "Em {town}, os achados e perdidos atendem no {n}.",
    ],
}
