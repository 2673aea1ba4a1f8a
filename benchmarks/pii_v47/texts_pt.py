"""Portuguese sentences (pt_BR, pt_PT) for the eight retail genres."""

GENRES = {
    "order": {
        "head": ["Obrigado pela sua compra, {name}!", "{org}: seu pedido saiu para entrega"],
        "fill": [
            "Separamos os itens em até um dia útil e avisamos quando a transportadora coletar.",
            "O endereço de entrega pode ser alterado na sua conta até o envio.",
            "Um item será enviado separadamente do centro de distribuição de um parceiro.",
            "Se não houver ninguém em casa, faremos nova tentativa no dia seguinte.",
        ],
        "sign": ["Boas compras!\nEquipe {org}"],
    },
    "returns": {
        "head": ["Assunto: reclamação – liquidificador com defeito", "Prezados,"],
        "fill": [
            "Comprei o aparelho na loja há três meses e o motor parou de funcionar.",
            "Segue em anexo a cópia da nota fiscal; guardei a caixa original.",
            "Solicito o conserto dentro da garantia ou a troca do produto.",
            "A devolução é gratuita em até 30 dias.",
        ],
        "sign": ["Atenciosamente,\n{name}"],
    },
    "receipt": {
        "head": ["{org}\n*** VIA DO CLIENTE ***", "{org} agradece a preferência"],
        "fill": [
            "Guarde este cupom para trocas.",
            "Produtos em promoção não têm troca.",
            "PAGAMENTO POR APROXIMAÇÃO — TROCO 0,00",
            "Avalie nosso atendimento e concorra a um vale-compras.",
        ],
        "sign": ["Volte sempre!"],
    },
    "loyalty": {
        "head": ["{name}, seus pontos estão esperando", "Semana do cliente fiel na {org}"],
        "fill": [
            "Pontos em dobro em toda a linha casa até domingo.",
            "Apresente o cartão ou o app no caixa para acumular pontos.",
            "Os pontos expiram após 24 meses.",
            "Neste mês, um cafezinho grátis em qualquer compra.",
        ],
        "sign": ["Você recebe este e-mail por ser cliente fiel {org}. Cancele quando quiser."],
    },
    "seller": {
        "head": ["Sobre o vendedor: {org}", "{org} – loja oficial no marketplace"],
        "fill": [
            "Empresa familiar desde 2004, enviamos do nosso próprio estoque.",
            "Pedidos até as 14h são despachados no mesmo dia.",
            "Nota fiscal em todas as entregas.",
            "Avaliações positivas nos últimos 12 meses: 98 %.",
        ],
        "sign": ["Dúvidas? Fale com a gente pela plataforma ou diretamente."],
    },
    "review": {
        "head": ["★★★★☆ Bom, mas barulhento", "Pergunta de {name}: serve no modelo antigo?"],
        "fill": [
            "Montei em quinze minutos, manual bem explicado.",
            "Resposta do vendedor: sim, serve em todas as versões.",
            "Único ponto negativo: o cabo é curto.",
            "O SAC mandou um parafuso que faltava em poucos dias.",
        ],
        "sign": ["Esta avaliação foi útil? Sim / Não"],
    },
    "chat": {
        "head": [
            "Transcrição do chat – atendimento {org}\nAtendente: Olá, aqui é {name}, como posso ajudar?",
            "ROTEIRO DE ATENDIMENTO – entregas\nAbertura: {org}, bom dia, {name} falando.",
        ],
        "fill": [
            "Cliente: consta como entregue, mas não recebi nada.",
            "Atendente: sinto muito, vou conferir o comprovante de entrega.",
            "Confirmar identidade: nome, CEP e último pedido. Nunca pedir o número completo do cartão.",
            "Atendente: abri um chamado com a transportadora, retorno em 48 horas.",
        ],
        "sign": ["Atendente: posso ajudar em algo mais?\nCliente: não, obrigado."],
    },
    "stores": {
        "head": ["Encontre uma loja", "{org} – horários e contato"],
        "fill": [
            "Às quintas abrimos até as 21h.",
            "Em feriados o horário pode mudar.",
            "Duas horas de estacionamento grátis com compra; valide o tíquete no balcão.",
            "Pedidos para retirada ficam prontos no balcão em duas horas.",
        ],
        "sign": ["Entrada acessível e fraldário no térreo."],
    },
}

CONTACT = {
    "phone": [
        "Dúvidas sobre o pedido? Ligue para {p}.",
        "Atendimento: {p} (seg. a sáb., 8h às 20h)",
        "O balcão de atendimento atende no {p}.",
    ],
    "mobile": ["WhatsApp ou SMS do entregador: {p}"],
    "landline": ["Telefone fixo da loja (não recebe SMS): {p}"],
    "abroad": ["Comprando do exterior? Ligue para {p}.", "Clientes internacionais: {p}"],
    "service": ["Central de pedidos: {p}", "Dúvidas sobre pagamento: {p}"],
    "email": ["Escreva para {e} informando o número do pedido.", "E-mail: {e}"],
    "iban": ["Reembolso por transferência para o IBAN {i}."],
    "card": ["Atenção: o cliente colou o número completo do cartão no chat ({c}); ocultar."],
    "ip": ["Pedido feito a partir do IP {ip} (análise manual).", "Origem da sessão: {ip}"],
    "dir_head": ["Telefones úteis:", "Nossas lojas:"],
    "roles": [
        "Trocas e devoluções",
        "Retirada na loja",
        "Atendimento",
        "Assistência técnica",
        "Entrega em casa",
        "Farmácia",
    ],
    "nophone": ["Não aceitamos pedidos por telefone.", "Não ligue para a loja sobre pedidos on-line."],
}

LOCAL = {
    "BR": [
        "Clientes de {town} ligam direto, sem o DDD: {p}.",
        "Se você está em {town}, o telefone da loja é {p} (ligação local).",
        "Loja {town} – fixo local: {p}",
    ],
}
