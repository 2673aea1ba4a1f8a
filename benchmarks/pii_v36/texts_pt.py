"""Textos de viagem em português para v36 (escritos de novo)."""

G = {
    "hotel": {
        "head": [
            (
                "Confirmação de reserva nº {X:hotel_conf}\nHóspede: {NAME}\nEstadia: {X:stay}, {X:nights} "
                "noites\n"
            ),
            "ALOJAMENTO DE TEMPORADA – RESUMO\nLocatário: {NAME}\nImóvel {X:voucher}, {X:covers} camas\n",
        ],
        "fill": [
            "O quarto {X:room} dá para o jardim; o cofre de chaves abre com {X:door_code}.",
            "Wi-Fi: senha {X:wifi}.",
            "A pousada fica a {X:altitude}; à noite chega a {X:temperature}.",
            "No GPS, use {X:gps} em vez do código postal {X:postcode}.",
        ],
        "phone": [
            "Recepção 24 horas: {P}",
            "Vai chegar tarde? Avise pelo {P}.",
            "A anfitriã, {NAME}, atende no {P}.",
        ],
        "end": ["Será um prazer recebê-lo.", "Boa viagem, equipa de reservas"],
    },
    "air": {
        "head": [
            (
                "RECIBO DE BILHETE ELETRÓNICO\nCódigo de reserva: {X:pnr}  Bilhete: "
                "{X:eticket}\nPassageiro: {NAME} SR\n"
            ),
            "Itinerário de {NAME}\nLocalizador {X:pnr}\nVoo {X:flight} {X:route}, {X:dep_arr}\n",
        ],
        "fill": [
            "Lugar {X:seat}, tarifa {X:fare_class}, bagagem de porão {X:baggage}.",
            "O embarque fecha 20 minutos antes na porta {X:gate}; duração {X:duration}.",
            "Cartão de fidelidade {X:loyalty}, saldo {X:miles} milhas.",
            "Etiqueta de bagagem {X:bag_tag}; ligação {X:flight} às {X:clock}.",
        ],
        "phone": [
            "Alterações à reserva: {P}",
            "Balcão de bagagens do aeroporto: {P}",
            "Emitido pela agência (IATA {X:agency_no}), contacto {P}",
        ],
        "end": ["Leve este recibo com o passaporte.", "Aplicam-se as condições de transporte."],
    },
    "rail": {
        "head": [
            "O seu bilhete\nPedido {X:hotel_conf} – {NAME}\n{X:train}, {X:dep_arr}, linha {X:platform}\n",
            "PASSE FERROVIÁRIO {X:pass_no}\nTitular: {NAME}\nValidade: {X:stay}\n",
        ],
        "fill": [
            "Lugar marcado: {X:coach_seat}.",
            "Partidas ao sábado: {X:timetable}.",
            "Autocarros de substituição no largo da estação, cais {X:gate}.",
            "Viagem de cerca de {X:duration} para {X:distance}.",
        ],
        "phone": ["Apoio a passageiros: {P}", "Dúvidas sobre o bilhete? Ligue {P}."],
        "end": ["Mostre o bilhete no telemóvel ou impresso.", "Boa viagem."],
    },
    "car": {
        "head": [
            "CONTRATO DE ALUGUER {X:rental_no}\nLocatário: {NAME}\nGrupo {X:acriss}\n",
            "Voucher de locação {X:voucher}\nCondutor: {NAME}, carta {X:licence}\n",
        ],
        "fill": [
            "Quilometragem à saída: {X:odometer}. Combustível cheio/cheio.",
            "Devolução no parque P2, lugar {X:pitch}, até às {X:clock}.",
            "A saída {X:exit_no} está fechada; desvio de uns {X:distance}.",
            "Em caso de avaria, anote o marco ({X:km_marker}).",
        ],
        "phone": [
            "Assistência em viagem 24 h: {P}",
            "Balcão de devoluções: {P}",
            "Gerente da loja {NAME}, direto {P}",
        ],
        "end": ["Assinado pelo locatário no levantamento.", "Boa estrada."],
    },
    "dining": {
        "head": [
            "Mesa reservada: {NAME}, {X:covers} pessoas\nRef. {X:resto_ref}\n",
            "Lembrete de reserva – {CITY}\n{NAME} · {X:covers} convidados · {X:clock}\n",
        ],
        "fill": [
            "Guardamos a mesa 15 minutos; o menu de degustação tem {X:covers} momentos.",
            "Estacionamento no pátio, {X:postcode} {CITY}.",
            "O vale-presente {X:voucher} será descontado na conta.",
        ],
        "phone": ["Para cancelar, ligue {P}.", "Grupos acima de dez: fale com {NAME} pelo {P}."],
        "end": ["Até breve!", "A equipa da cozinha"],
    },
    "tour": {
        "head": [
            (
                "Proposta para {NAME}\nCódigo do circuito {X:tour_code}\n{X:stay}, {X:nights} noites, meia "
                "pensão\n"
            ),
            "PROGRAMA DO DIA A BORDO – Dia {X:nights}\nCabine {X:cabin} · Ponto de encontro {X:muster}\n",
        ],
        "fill": [
            "Dia de navegação: deck da piscina {X:deck_time}; cocktail do comandante às {X:clock}.",
            "Câmbio usado: {X:fx_rate}.",
            "Seguro de viagem: cobertura desde a partida, processo {X:voucher}.",
            "Ponto mais alto do trilho: {X:altitude}; etapas de cerca de {X:distance}.",
        ],
        "phone": [
            "O seu guia {NAME}: {P}",
            "A nossa agência em {CITY}: {P}",
            "Assistência da seguradora, 24 h: {P}",
        ],
        "end": ["Proposta válida por sete dias.", "Cumprimentos, o seu agente de viagens"],
    },
    "visa": {
        "head": [
            (
                "Setor consular – informações sobre vistos\nAgendamento nº {X:appt_no}\nRequerente: "
                "{NAME}, passaporte {X:passport}\n"
            ),
            "POSTO DE TURISMO DE {CITY}\nAgenda da semana\n",
        ],
        "fill": [
            "Traga o visto anterior {X:visa_no}.",
            "Prazo de análise: {X:nights} dias úteis.",
            "Visita guiada a partir do chafariz ({X:gps}) às {X:clock}.",
            "Vaivém para o castelo: {X:timetable}.",
        ],
        "phone": ["Vistos, dias úteis: {P}", "Posto de informação: {P}", "Plantão consular: {P}"],
        "end": ["Informação sujeita a alterações.", "Estamos ao seu dispor."],
    },
    "camp": {
        "head": [
            "REGULAMENTO DO PARQUE DE CAMPISMO\nLote {X:pitch} · {NAME}\n",
            "REGRAS DO HOSTEL\nA sua cama: {X:dorm_bed}\n",
        ],
        "fill": [
            "Silêncio {X:deck_time}. Código da cancela: {X:door_code}.",
            "Código da lavandaria: {X:door_code}.",
            "Wi-Fi: {X:wifi}. Cacifos para mochilas de {X:baggage}.",
            "A praia fluvial fica a {X:distance}; água a {X:temperature}.",
        ],
        "phone": ["Vigilante noturno: {P}", "Receção (8h–20h): {P}"],
        "end": ["Obrigado por respeitar o descanso.", "Boa estadia!"],
    },
}

C = {
    "local": [
        "Em {TOWN}, basta discar {L}.",
        "(de um fixo de {TOWN}: {L})",
        "Quem está em {TOWN} liga direto para {L}.",
    ],
    "mobile": ["Celular/telemóvel, também WhatsApp: {P}"],
    "land": ["Telefone fixo da casa (sem SMS): {P}"],
    "service": ["Linha gratuita de reservas: {Q}", "Apoio ao cliente: {Q}"],
    "email": ["Escreva-nos para {E}", "Confirmação enviada para {E}"],
    "iban": ["Pague o sinal para o IBAN {I} indicando a referência."],
    "card": ["Cartão de garantia: {C}"],
    "ip": ["Reserva feita a partir do IP {IP}.", "Publicado de {IP}"],
    "ssn": [],
    "list": [
        ("Contactos durante a viagem", "{NAME} ({ROLE}) – {P}"),
        ("A quem ligar", "{ROLE}: {NAME}, {P}"),
    ],
    "roles": ["guia", "motorista", "porteiro noturno", "gerente", "acompanhante"],
    "none": ["Não há telefone no alojamento; use a aplicação.", "Receção fechada depois das 18h."],
}
