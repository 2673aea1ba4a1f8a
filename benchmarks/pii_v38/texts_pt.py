"""Frases em português para os géneros v38 (escritas para v38)."""

GENRES = {
    "bank": {
        "title": [
            "Extrato de conta n.º {statement_no}\n{name} · cliente {customer_no}",
            "Movimentos recentes — conta {masked_iban}\nTitular: {name}",
        ],
        "fill": [
            "Saldo anterior {amount}; saldo disponível {amount}.",
            "Débito direto, referência da autorização {mandate_ref}, credor {creditor_id}.",
            "Taxa de descoberto {rate}; BIC {bic}.",
        ],
        "sign": ["Guarde este extrato para eventuais reclamações."],
    },
    "fraud": {
        "title": [
            "Reconhece esta compra?\nCartão {masked_card} · alerta {txn_id}",
            "Alerta de segurança para {name}\nO seu cartão {masked_card} foi bloqueado",
        ],
        "fill": [
            "Recusámos um pagamento de {amount} no comerciante {merchant_id} em {due_date}.",
            "O código de autorização {auth_code} foi pedido a partir do estrangeiro.",
            "Até confirmar, os pagamentos online ficam suspensos.",
        ],
        "sign": ["Nunca pedimos o seu PIN.", "Equipa de prevenção de fraude"],
    },
    "credit": {
        "title": [
            "Proposta de crédito habitação {contract_no}\nProponente: {name}",
            "Simulação de crédito pessoal para {name}\nProcesso {contract_no}",
        ],
        "fill": [
            "Montante {amount} a {loan_term}, TAEG {rate}.",
            "Taxa fixa até {due_date}; financiamento sobre avaliação {ltv}.",
            "Prestação mensal {amount}; comissão de abertura {amount}.",
        ],
        "sign": ["Proposta válida por 30 dias.", "O seu gestor de crédito"],
    },
    "dunning": {
        "title": [
            "Aviso de cobrança — processo {court_file}\n{name}",
            "Notificação de dívida em atraso, cliente {customer_no}\n{name}",
        ],
        "fill": [
            "A fatura {invoice_no} no valor de {amount} venceu em {due_date}.",
            "Acrescem juros de mora de {rate} e despesas de cobrança de {amount}.",
            "Pague por Multibanco: entidade e referência {mb_ref}.",
        ],
        "sign": ["Se já efetuou o pagamento, ignore este aviso.", "Departamento de contencioso"],
    },
    "utility": {
        "title": [
            "Fatura de eletricidade {invoice_no}\n{name} · contador {meter_no}",
            "A sua fatura de internet e telemóvel\nConta {customer_no}, {name}",
        ],
        "fill": [
            "Leitura em {due_date}: {meter_reading}; preço da energia {unit_price}.",
            "Fibra {speed}; dados móveis usados {data_usage}.",
            "O valor de {amount} será debitado na sua conta.",
        ],
        "sign": ["Com os melhores cumprimentos, o apoio ao cliente"],
    },
    "tax": {
        "title": [
            "Autoridade Tributária — nota de liquidação\nNIF {tax_id} · {name}",
            "Receita Federal — notificação de lançamento\n{name}, CPF {cpf_no}",
        ],
        "fill": [
            "Imposto apurado {amount}; retenções na fonte {amount}.",
            "Prazo de pagamento até {due_date}; juros compensatórios {rate}.",
            "Documento de arrecadação: {boleto}.",
        ],
        "sign": ["Pode reclamar no prazo de 120 dias."],
    },
    "payroll": {
        "title": [
            "Recibo de vencimento — {pay_period}\n{name}, n.º de colaborador {employee_no}",
            "Simulação de pensão\n{name}, n.º de segurança social {pension_no}",
        ],
        "fill": [
            "Vencimento base {amount}; horas extra {hours}; líquido a receber {amount}.",
            "Retenção de IRS {rate}; contribuição para a Segurança Social {amount}.",
            "Pensão estimada aos 66 anos: {amount} por mês.",
        ],
        "sign": ["Recursos Humanos — processamento salarial"],
    },
    "insurance": {
        "title": [
            "Aviso de renovação do seguro automóvel\nApólice {policy_no} · matrícula {plate}",
            "Renovação do seu seguro multirriscos\n{name}, apólice {policy_no}",
        ],
        "fill": [
            "Prémio anual {amount}; anos sem sinistros / bónus {no_claims}.",
            "Franquia {amount}; variação do prémio {change}.",
            "O contrato renova-se a {due_date}.",
        ],
        "sign": ["Pode opor-se à renovação até 30 dias antes.", "A sua seguradora"],
    },
    "refund": {
        "title": [
            "Recebemos a sua devolução\nEncomenda {order_no} · devolução {rma}",
            "Reembolso da encomenda {order_no}\nOlá {name},",
        ],
        "fill": [
            "Reembolsámos {amount} no cartão {masked_card}.",
            "A encomenda {tracking} chegou ao armazém em {due_date}.",
            "O artigo EAN {ean_code} estava por usar.",
        ],
        "sign": ["Obrigado pela sua compra!", "Apoio ao cliente"],
    },
    "fund": {
        "title": [
            "Vaquinha solidária para a horta comunitária {campaign_id}\nCriada por {name}",
            "Novidades da campanha {campaign_id}\nde {name}",
        ],
        "fill": [
            "Já temos {pledge}; meta {amount}.",
            "Com {amount} compra sementes para uma estação; taxa da plataforma {rate}.",
            "Os fundos são transferidos em {due_date}.",
        ],
        "sign": ["Obrigado por partilhar!", "A comissão organizadora"],
    },
}

LINES = {
    "any": [
        "Dúvidas sobre esta carta? Ligue para {phone}.",
        "O seu gestor atende no {phone}.",
        "Prefere falar connosco? Telefone para {phone}.",
    ],
    "mobile": ["Telemóvel / celular da sua gestora (também WhatsApp): {phone}."],
    "fixed": ["Telefone fixo da agência: {phone}, no horário de atendimento."],
    "intl": ["Do estrangeiro, marque {phone}.", "Fora do país: {phone}."],
    "service": ["Linha gratuita: {phone}.", "Pagamento automático por telefone, 24 h: {phone}."],
    "local": [
        "Ligações locais em {town}: {local}.",
        "De um fixo de {town}, basta discar {local}.",
        "Clientes de {town} falam direto com a agência pelo {local}.",
    ],
    "email": ["Envie o comprovativo para {email}.", "Por escrito: {email}."],
    "iban": ["Transferência para o IBAN {iban}."],
    "card": ["Cartão debitado: {card}."],
    "ip": ["Acesso registado a partir do endereço IP {ip}."],
    "list_head": ["Contactos úteis", "A quem ligar"],
    "roles": [
        "Pagamentos",
        "Planos de prestações",
        "Reclamações",
        "Cancelamento de cartões",
        "Gestão de conta",
        "Heranças",
    ],
    "hours": ["seg–sex 8h–20h", "24 h", "sáb 9h–13h"],
    "nophone": [
        "Não prestamos informações por telefone; utilize a área de cliente.",
        "Respondemos apenas por correio.",
    ],
}
