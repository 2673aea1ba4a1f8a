"""Brazilian Portuguese documents (pt_BR) with values, written for v3; placeholders are described in
v3_render."""

POS = {
    "sms": [
        "Tô viajando até domingo, me acha no {xtel} (WhatsApp). Bjs, {first}",
        "Oi, é {first} da reserva {booking}: pode cobrar o sinal no cartão {card}, validade "
        "[[08/27|02/28]]. Obrigada!",
        "Oi, é {first}! Troquei de número: {tel:mn}. Salva aí 😉",
        "{co}: seu pedido chega amanhã. Dúvidas? Ligue {tel:fn} (seg a sex).",
        "Vou atrasar, se não atender liga no fixo aqui de casa: {loc}",
        "Consulta confirmada {date} às {time}. Para desmarcar: {home}.",
        "Me passa o e-mail da {first2}? -> {mail2} valeu!",
        "Seu código {otp}. Não compartilhe. Não foi você? Ligue {tel:t}",
    ],
    "chat": [
        "[{clock}] {first}: alguém tem o número do encanador?\n[{clock}] {first2}: {tel:mn}, fala que fui eu "
        "que indiquei\n[{clock}] {first}: valeu!",
        "{first}: o servidor {ip4} caiu, chamado {ref}\n{first2}: reiniciando, IPv6 é {ip6}",
        "Cliente (chat): cobraram duas vezes no cartão {card}\nAtendente {xfirst}: vou verificar o "
        "protocolo {ref}",
        "[{clock}] {first}: qual o fixo da portaria?\n[{clock}] {first2}: {loc}, e o zelador é {tel:m}",
    ],
    "whatsapp": [
        "{day} {clock} - {first}: Quem leva as crianças no jogo sábado?\n{day} {clock} - {first2}: Eu! Meu "
        "cel: {tel:m}\n{day} {clock} - {first}: Combinado, encontro no estacionamento",
        "[{day} {clock}] {first}: Número novo do técnico: {tel:mi}\n[{day} {clock}] {first2}: e o fixo do "
        "clube é {loc} (depois das 18h)",
    ],
    "voicemail": [
        'Mensagem de voz de {tel} ({date}, {time})\n"Bom dia, aqui é {first} {last} da {co}, sobre o '
        'orçamento {ref}. Pode me retornar no {tel:fn}, ramal {extension}? Obrigado."',
        'Caixa postal {date}: "Olá, é da farmácia de {city}, seu pedido está pronto. Nosso telefone é '
        '{home}."',
    ],
    "signature": [
        "Abraços,\n{name}\n{co}\nTel. {tel:fn} · escritório em Madri {itel:es}",
        "Atenciosamente,\n\n{name}\n[[Gerente comercial|Atendimento|Financeiro]]\n{co}\n{street}, {city}\n"
        "Tel.: {tel:fn}\nCel.: {tel:mn}\n{mailco}\nCNPJ {company_id}",
        "Abraço,\n{first}\n--\n{co} · {tel:fi} · {mailco}",
        "Att.,\n{name}\nTel. {tel} · escritório de Lisboa: {xtel:pt}",
    ],
    "classified": [
        "Vendo bicicleta infantil aro 20, {price}. Retirar em {city}. Tratar no {loc} ou {tel:m}.",
        "Aulas particulares de matemática, todos os níveis. {name}, {tel:m}, {mail}",
        "Alugo apartamento {quantity} em {city}, {price}/mês. WhatsApp {tel:mn}",
        "Perdeu-se cachorro pequeno, caramelo, atende por Bolinha. Ligar {tel:m}. Gratifica-se!",
    ],
    "cv": [
        "CURRÍCULO\n{name}\n{street}, {city}\nCelular: {tel:mn}\nE-mail: {mail}\nNascimento: {dob}",
        "{name} — Analista de dados\n{mail} · {tel:mi} · {city}\nExperiência: {co} desde {year}",
    ],
    "invoice": [
        "{co} · {street} · {city}\nTel. {tel:f} · {role:financeiro}\nCNPJ {vat}\nNota fiscal {invoice} de "
        "{date}\n"
        "Para pagamentos internacionais: IBAN {iban:br} · SWIFT {bic}",
        "Pagamento em 30 dias. Dúvidas: {role:financeiro} ou {tel:fn}. Pedido {order}.",
    ],
    "booking": [
        "Confirmação de reserva\n{co}\nHóspede: {name}\nCheck-in {date} a partir das {time}\nQuarto {room} · "
        "Reserva {booking}\nRecepção: {tel:fn} · {role:reservas}",
        "Sua mesa no {co}: {date}, {time}, [[2|4|6]] pessoas. Para alterar ligue {loc}.",
        "Sinal de {price} debitado no cartão {card}. Até breve! {co}",
    ],
    "school": [
        "Senhores pais,\n\na turma do [[3º ano|4º ano|2º ano]] visitará o museu em {date}. Saída às {time} "
        "do "
        "portão da escola, valor {price}. No dia, a professora atende no {tel:mn}; demais assuntos com a "
        "secretaria {loc}[[ ou {role:secretaria}|]].\n\n{name}, diretora",
        "LISTA DE TELEFONES — turma [[3A|4B]] (DDD {area})\n{xname}: {lst}\n{xname}: {lst}\n{xname}: {lst}",
    ],
    "forum": [
        "Re: Ligações de telemarketing\nO {tel} me liga todo dia oferecendo cartão. Denunciei (protocolo "
        "{ref}).",
        "Meu roteador está em {ip4} e não consigo abrir portas. Firmware {version}. Alguma dica?",
    ],
    "ticket": [
        "Chamado {ref} | Prioridade: [[alta|normal]]\nDe: {name} <{mail}>\nAssunto: cobrança em dobro\n\n"
        "O pedido {order} foi cobrado duas vezes no cartão {card}. Me liguem no {tel:m}.",
    ],
    "delivery": [
        "ROMANEIO {order}\nDestinatário: {name}, {street}, {city}\nTelefone: {tel:m}\nVolumes: [[1|2]] · "
        "Peso {quantity}\nSe não houver ninguém, ligar {loc}",
        "Seu pedido {tracking} sai para entrega hoje entre {clock} e {clock:big}. Entregador: {tel:mi}",
    ],
    "flyer": [
        "FESTA JUNINA {date}, {clock}–{clock:big}, {street}\nQuadrilha · quentão · bingo (cartela {price})\n"
        "Barracas: falar com {first}, tel. {loc} / {mail}",
    ],
    "onboarding": [
        "Ficha de admissão\nNome: {name}\nEndereço: {street}, {city}\nTelefone: {tel}\nContato de "
        "emergência: {name2}, {tel:m}\nMatrícula {account}\nE-mail pessoal: {mail}",
    ],
    "appointment": [
        "Lembrete: consulta {date} às {time} com a Dra. {last2}. Para remarcar ligue {home} com 24 h de "
        "antecedência.",
        "Clínica {last2}: exame marcado {date}, {time}. Confirmação pelo fixo {loc} ou WhatsApp {tel:mn}.",
    ],
    "list": [
        "Telefones úteis — {city} (DDD {area})\nPosto de saúde .. {lst}\nFarmácia ........ {lst}\n"
        "Táxi ............ {lst}\nPrefeitura ...... {tel:n}",
    ],
}

NEG = {
    "sms": [
        "Seu código de verificação é {otp}. Expira em 10 minutos.",
        "Compra de {price} em {co} aprovada no cartão {maskcard}.",
        "Voo {flight} para {city}: embarque portão {seat}, assento {seat}, localizador {booking}.",
    ],
    "order": [
        "Pedido nº {order} de {date}\nCód. {sku} · EAN {ean}\nQtd [[1|2|3]] · {price}\nRastreio {tracking}",
    ],
    "travel": [
        "Voo {flight} em {date}, partida {time}, portão {seat}, assento {seat}. Localizador {booking}.",
    ],
    "finance": [
        "Extrato {date}\nAgência {bankcode} · Conta final {last4}\nSaldo anterior {price} · Saldo atual "
        "{price}",
        "Apólice nº {account}, prêmio {price} por mês, vigência a partir de {date}. CNPJ {company_id}.",
    ],
    "tech": [
        "Versão {version} ({date})\n- corrigido travamento ao iniciar ({hexhash})\n- {percent} mais rápido",
        "Nº de série {serial}, MAC {mac}, firmware {version}, garantia até {date}.",
    ],
    "misc": [
        "Placar final {city} {score} {city}. Próximo jogo {date} às {time}.",
        "Resultado da Mega-Sena de {date}: {lotto}. Prêmio estimado {price}.",
        "Receita: {weight} de farinha, {weight} de açúcar, assar {smallnum} min a 180 °C.",
        "Lição de casa: {arith} e {arith}. Entregar {date}.",
        "CEP {postcode}, coordenadas {coords}, lote {ref}.",
    ],
}
