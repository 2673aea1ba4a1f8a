"""Frases em português (pt_BR, pt_PT), escritas para v40."""

GENRES = {
    "freight": {
        "head": [
            "CONHECIMENTO DE TRANSPORTE — BL {bill_of_lading}\nRemetente: {name}",
            "Ordem de carga {cal_week}\nSolicitante: {name}",
        ],
        "fill": [
            "Contêiner {container}, lacre {seal}, peso bruto {weight}.",
            "Código NCM/SH {hs_code}; EORI do declarante {eori}.",
            "Trecho aéreo no AWB {awb}, condição {incoterm}.",
            "MRN de exportação {mrn} liberado às {timestamp}.",
        ],
        "sign": ["Estadias acima de duas horas são cobradas à parte."],
    },
    "warehouse": {
        "head": ["LISTA DE SEPARAÇÃO {cal_week}\nSeparador: {name}", "Guia de remessa\nRecebido por: {name}"],
        "fill": [
            "Separar {qty} do endereço {bin_location}, lote {lot}.",
            "Etiqueta do palete {sscc}, medidas {dims}.",
            "Carregar {pallets} na doca {dock}; validade {best_before}.",
            "Os refrigerados ficam a {temp} durante a expedição.",
        ],
        "sign": ["Confira os volumes na frente do motorista e anote as faltas nesta guia."],
    },
    "fleet": {
        "head": [
            "Escala de motoristas {cal_week}\nTráfego: {name}",
            "FICHA DO VEÍCULO — chassi {vin}\nMotorista: {name}",
        ],
        "fill": [
            "Carta de condução {licence_no} conferida, cartão de tacógrafo {tacho_card} válido.",
            "Hodômetro na entrega {odometer}, calibragem {torque}.",
            "Turno da manhã {shift}, carreta estacionada na doca {dock}.",
            "Tanque abastecido até {tank} antes da saída.",
        ],
        "sign": ["As pausas de descanso são obrigatórias."],
    },
    "dispatch": {
        "head": [
            "DIÁRIO DE RÁDIO — central de despacho\nDe plantão: {name}",
            "Registo noturno {cal_week}\nLançado por {name}",
        ],
        "fill": [
            "{timestamp} viatura 8 informa trânsito parado via {radio}, posição {gps}.",
            "{timestamp} alarme do frio, baú a {temp}, motorista avisado.",
            "{timestamp} carga {bill_of_lading} entregue, ticket de balança {weigh_ticket}.",
            "{timestamp} falha {fault_code} no cavalo mecânico, {odometer} rodados.",
        ],
        "sign": ["Diário encerrado. Troca de turno às 06:00."],
    },
    "farm": {
        "head": [
            "COOPERATIVA AGRÍCOLA — boletim de mercado {cal_week}\nAos cooperados, de {name}",
            "Aviso aos cooperados: recebimento da safra\nAssinado por {name}",
        ],
        "fill": [
            "Trigo para ração cotado a {market_price}; padrão de recebimento {yield_moist}.",
            "Propriedade {holding}: adubo {npk} pronto para retirada.",
            "Bezerro com brinco {ear_tag} vendido no leilão.",
            "Área declarada: {area_ha}.",
        ],
        "sign": ["A balança fecha ao anoitecer durante a colheita."],
    },
    "maint": {
        "head": [
            "LIVRO DE MANUTENÇÃO — empilhadeira n.º de série {serial}\nTécnico: {name}",
            "Boletim de serviço, peça {part_no}\nRevisto por {name}",
        ],
        "fill": [
            "Horímetro em {engine_hours}; firmware atualizado para {firmware}.",
            "Porcas apertadas a {torque}, óleo hidráulico {grade}.",
            "Código {fault_code} apagado após troca do sensor.",
            "Potência nominal {power}; próxima inspeção {cal_week}.",
        ],
        "sign": ["Nunca opere a máquina sem as proteções."],
    },
    "sds": {
        "head": [
            "FICHA DE DADOS DE SEGURANÇA — secções 1 e 14\nElaborada por: {name}",
            "Resumo da FDS, lote {lot}\nResponsável: {name}",
        ],
        "fill": [
            "Identificação: {cas}, {ec_number}.",
            "Transporte: {un_number}, número de risco {kemler}.",
            "Ponto de fulgor {flash}; limite de exposição {exposure}.",
            "Dados físicos: {density}.",
        ],
        "sign": ["Leia a ficha completa antes da primeira utilização."],
    },
    "supply": {
        "head": [
            "TABELA DE PREÇOS PARA REVENDA 2025\nSeu representante: {name}",
            "Catálogo do fornecedor, fixadores\nProposta para {name}",
        ],
        "fill": [
            "Artigo {article_no}, embalagem {pack}, material {grade}.",
            "A peça {part_no} agora sai em {pack}.",
            "Pedido mínimo {pallets}, entrega {incoterm}.",
            "Prazo {cal_week} para o artigo {article_no}.",
        ],
        "sign": ["Preços sem impostos e sem frete. Salvo erro ou omissão."],
    },
}

CONTACT = {
    "phone": [
        "Dúvidas sobre esta carga: {role}, {p}.",
        "O setor de {role} atende no {p} ({hours}).",
        "Ligue para {p} e peça o setor de {role}.",
    ],
    "mobile": ["Celular do motorista, de preferência WhatsApp: {p}"],
    "fixed": ["Telefone fixo do escritório do pátio (sem SMS): {p}"],
    "abroad": ["Do exterior, ligue para {p}.", "Parceiros estrangeiros usam o {p}."],
    "service": ["Socorro mecânico gratuito, 24 horas: {p}", "Pedidos por telefone: {p}"],
    "local": [
        "Em {town}, disque só {p}.",
        "Ligação local de {town}: {p}",
        "Dentro de {town} o pátio atende no {p}.",
    ],
    "email": ["Envie os documentos assinados para {e}.", "Dúvidas sobre papéis: {e}"],
    "iban": ["Pague o frete na conta {iban}."],
    "card": ["Cartão combustível cadastrado: {card}."],
    "ip": ["Impressora de etiquetas da doca: {ip}", "Acesso ao portal de rastreio a partir de {ip}."],
    "dir": ["TELEFONES ÚTEIS", "Ramais da unidade"],
    "roles": ["tráfego", "controle de pátio", "despacho", "qualidade", "chefia de turno", "balança"],
    "hours": ["das 6h às 22h", "dias úteis até 17h30", "24 horas"],
    "nophone": ["Não aceitamos pedidos por telefone; use o portal.", "Por favor, não ligue para a portaria."],
}
