"""Spanish, Italian and Portuguese sentences (placeholders as in lex_en)."""

ES = {
    "blast": {
        "title": ["Aviso de voladuras – cantera", "Comunicado a los vecinos: voladuras"],
        "pii": [
            "Si quiere recibir un SMS antes de cada voladura, llame a la oficina de la cantera al {N}.",
            "Si oye la sirena fuera del horario, avise al artillero en el {M}.",
            "Las quejas por vibraciones las atiende {name} en {E}.",
        ],
        "neg": [
            "Próxima voladura en el banco {n:aod}, {n:mic} por retardo, secuencia {n:delays}.",
            "Última medición: {n:ppv} y {n:overpressure}.",
        ],
    },
    "depot": {
        "title": ["Planta de áridos – confirmación de pedido", "Albarán de entrega"],
        "pii": [
            "El conductor le llamará al {M} antes de llegar.",
            "Pagado en báscula con la tarjeta {C}.",
            "Rogamos transferencia a {B}.",
            "Cambios antes de las 15:00 al {N}.",
        ],
        "neg": [
            "Ticket de báscula {n:weighbridge}: {n:tonnage} de grava {n:grading}.",
            "Reglaje de la trituradora {n:css}.",
        ],
    },
    "rota": {
        "title": ["Rotación de personal – plataforma", "Cambio de turno offshore"],
        "pii": [
            "{name} releva el turno de noche; hasta embarcar, en el {M}.",
            "Las familias contactan con la plataforma a través de la oficina en tierra: {I}.",
            "Incidencias con la lista de pasajeros a {E}.",
        ],
        "neg": [
            "Régimen {n:rotation}; {n:pob} en el último recuento.",
            "Pozo {n:well_id} a {n:depth_md}.",
        ],
    },
    "rescue": {
        "title": ["Brigada de salvamento minero – parte semanal"],
        "pii": [
            "Las alertas entran solo por la sala de control, {N}.",
            "El jefe de brigada de guardia, {name}, atiende en el {M}.",
            "Los equipos extranjeros nos localizan en el {X}.",
        ],
        "neg": [
            "Equipo {n:ba_cylinder} fuera de servicio.",
            "En el simulacro: {n:gas}.",
        ],
    },
}

IT = {
    "blast": {
        "title": ["Avviso di brillamento mine – cava", "Comunicazione ai residenti: volate"],
        "pii": [
            "Chi desidera un SMS prima di ogni volata può iscriversi chiamando l'ufficio al {N}.",
            "Se la sirena suona fuori orario, chiamate il fochino al {M}.",
            "I reclami sulle vibrazioni li segue {name}: {E}.",
        ],
        "neg": [
            "Prossima volata sul gradone {n:aod}, {n:mic} per ritardo, sequenza {n:delays}.",
            "Ultima misura: {n:ppv}, {n:overpressure}.",
        ],
    },
    "depot": {
        "title": ["Impianto inerti – conferma d'ordine", "Documento di trasporto"],
        "pii": [
            "L'autista vi chiamerà al {M} prima dell'arrivo.",
            "Pagato alla pesa con carta {C}.",
            "Si prega di effettuare il bonifico su {B}.",
            "Variazioni entro le 15 all'ufficio al {N}.",
            "Numero verde commerciale: {O}.",
        ],
        "neg": [
            "Scontrino di pesata {n:weighbridge}: {n:tonnage} di ghiaia {n:grading}.",
            "Apertura del frantoio {n:css}.",
        ],
    },
    "ctv": {
        "title": ["Parco eolico offshore – trasferimenti", "Piano giornaliero navetta"],
        "pii": [
            "I tecnici per {n:wtg} si imbarcano alle 6.30; comandante al {M}.",
            "Coordinamento marittimo: {N} oppure {E}.",
            "Il router di bordo risponde su {P}.",
        ],
        "neg": [
            "Nave {n:imo}, {n:mmsi}, ascolto su {n:vhf}.",
            "Limite di trasferimento: {n:sea_state}.",
        ],
    },
}

PT = {
    "rota": {
        "title": ["Escala de embarque – plataforma", "Troca de turma offshore"],
        "pii": [
            "{name} assume o turno da noite; até embarcar, fala no {M}.",
            "Familiares falam com a plataforma pela base em terra: {I}.",
            "Problemas com a lista de passageiros: {E}.",
            "Tripulantes vindos do exterior mandam os dados do voo para {X}.",
        ],
        "neg": [
            "Regime {n:rotation}; {n:pob} na última contagem.",
            "Poço {n:well_id} em {n:depth_md}.",
            "Horário a bordo: {n:shift_times}.",
        ],
    },
    "blast": {
        "title": ["Aviso de detonação – pedreira", "Comunicado aos moradores: desmonte com explosivos"],
        "pii": [
            "Quem quiser receber SMS antes de cada detonação deve ligar para o escritório no {N}.",
            "Se a sirene tocar fora do horário, avise o blaster no {M}.",
            "Reclamações de vibração são tratadas por {name} ({E}).",
        ],
        "neg": [
            "Próximo fogo na bancada {n:aod}, {n:mic} por espera, sequência {n:delays}.",
            "Última medição: {n:ppv}, {n:overpressure}.",
        ],
    },
    "depot": {
        "title": ["Depósito de agregados – pedido confirmado", "Nota de entrega de brita"],
        "pii": [
            "O motorista liga para {M} antes de chegar.",
            "Pago na balança com o cartão {C}.",
            "Dúvidas sobre o pedido: {N}.",
            "Atendimento ao cliente: {O}.",
        ],
        "neg": [
            "Ticket de pesagem {n:weighbridge}: {n:tonnage} de brita {n:grading}.",
            "Abertura do britador {n:css}.",
        ],
    },
    "rescue": {
        "title": ["Brigada de resgate da mina – boletim"],
        "pii": [
            "Acionamento só pela sala de controle, {N}.",
            "Chefe de brigada de plantão: {name}, {M}.",
        ],
        "neg": [
            "Equipamento {n:ba_cylinder} fora de uso.",
            "No simulado: {n:gas}.",
        ],
    },
}

HEADS = {
    "es": ["Contactos en obra", "Cadena de aviso"],
    "it": ["Contatti in sito", "Catena di allerta"],
    "pt": ["Contatos na unidade", "Cadeia de acionamento"],
}
LABELS = {
    "es": ["Sala de control", "Portería", "Jefe de turno", "Báscula", "Enfermería"],
    "it": ["Sala controllo", "Portineria", "Capoturno", "Pesa", "Infermeria"],
    "pt": ["Sala de controle", "Portaria", "Supervisor de turno", "Balança", "Ambulatório"],
}
