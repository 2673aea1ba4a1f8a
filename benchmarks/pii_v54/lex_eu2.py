"""Dutch and Portuguese sentences and the announced local numbers of DE, NL and BR for v54."""

NL = {
    "auction": {
        "title": ["Veiling fokvee – uitslagen", "Kalvermarkt: aanvoer en prijzen", "Veilingbericht"],
        "pos": [
            "Late inschrijvingen alleen telefonisch bij het veilingkantoor: {P}.",
            "Koper {NAME} haalt kavel {N:lot_pen} zelf op, mobiel {M}.",
            "Betaling graag op {B}.",
            "Vragen over de afrekening: {E}.",
            "Buitenlandse kopers kunnen terecht bij onze agent op {I}.",
        ],
        "neg": [
            "Hoogste bod: {N:hammer_price} voor een vaars van {N:liveweight}.",
            "Nuchtere kalveren gemiddeld {N:price_per_kg}; oormerk {N:eartag_eu}.",
        ],
    },
    "feed": {
        "title": ["Voerbestelling", "Afleverbon bulkvoer", "Orderbevestiging mineralen"],
        "pos": [
            "De planning belt u de dag ervoor vanaf {P}.",
            "Chauffeur {NAME}: {M}.",
            "Aanbetaling afgeschreven van kaart {C}.",
            "Het bedrag wordt geïncasseerd van {B}.",
            "Voeradvieslijn (gratis): {O}.",
        ],
        "neg": [
            "Rantsoen: {N:ration_rate} brok, kuilgras {N:dry_matter}, {N:energy_me}.",
            "Weegbon bruto/tarra {N:weighbridge}, prijs {N:price_tonne}.",
        ],
    },
    "machring": {
        "title": [
            "Werktuigencoöperatie – planning",
            "Reservering sleepslangsysteem",
            "Nieuwsbrief van de coöperatie",
        ],
        "pos": [
            "Reserveren bij de planner, {NAME}, op {M}.",
            "Het kantoor van de coöperatie heeft een nieuw nummer: {P}.",
            "Contributie overmaken naar {B}.",
            "De gedeelde agenda draait op {IP}.",
        ],
        "neg": [
            "Urenteller {N:hour_meter}, banden {N:tyre_size}, aftakas {N:pto_speed}.",
            "Zaaizaad {N:seed_rate} op {N:area_ha}; lid {N:share_no}.",
        ],
    },
    "vetcall": {
        "title": ["Verslag dierenartsbezoek", "Nachtdienst – belnotitie", "Bedrijfsbegeleiding"],
        "pos": [
            "Buiten kantooruren is de dienstdoende dierenarts bereikbaar op {P}.",
            "{NAME} wil teruggebeld worden op {M} zodra de bloeduitslag er is.",
            "Uitslagen worden gemaild naar {E}.",
            "Betalen kan met kaart ({C}).",
        ],
        "neg": [
            "Koe {N:eartag_eu}: temperatuur {N:rectal_temp}, dosering "
            "{N:dose_rate}, wachttijd {N:withdrawal}.",
            "Vaccin batch {N:vaccine_batch}, BCS {N:body_score}, drachtdag {N:gestation_day}.",
        ],
    },
    "milk": {
        "title": ["Melkophaling – bericht", "Melkgeldafrekening", "Kwaliteitsuitslagen melk"],
        "pos": [
            "Is de melkwagen om 9 uur nog niet geweest, bel dan de zuivelfabriek: {P}.",
            "Uw buitendienstmedewerker {NAME}: {M}.",
            "Het melkgeld wordt gestort op {B}.",
            "Ledenlijn: {O}.",
        ],
        "neg": [
            "Geleverd: {N:milk_litres}, vet/eiwit {N:fat_protein}, celgetal {N:cell_count}.",
            "Tanktemperatuur {N:tank_temp}.",
        ],
    },
}

PT = {
    "auction": {
        "title": ["Leilão de gado – resultados", "Feira de bezerros", "Aviso de leilão"],
        "pos": [
            "Inscrições fora do prazo só pelo telefone do escritório: {P}.",
            "O comprador {NAME} retira o lote {N:lot_pen}; celular {M}.",
            "Pagamento por transferência para {B}.",
            "Dúvidas sobre o acerto: {E}.",
        ],
        "neg": [
            "Maior lance: {N:hammer_price} por uma novilha de {N:liveweight}.",
            "Bezerros a {N:price_per_kg} em média; brinco {N:eartag_eu}.",
        ],
    },
    "feed": {
        "title": ["Pedido de ração", "Nota de entrega a granel", "Confirmação de pedido"],
        "pos": [
            "A transportadora liga na véspera do {P}.",
            "Motorista: {NAME}, {M}.",
            "Sinal cobrado no cartão {C}.",
            "Atendimento ao produtor (gratuito): {O}.",
        ],
        "neg": [
            "Dieta: {N:ration_rate} de concentrado, silagem com {N:dry_matter}.",
            "Balança bruto/tara {N:weighbridge}, preço {N:price_tonne}.",
        ],
    },
    "machring": {
        "title": [
            "Cooperativa – reserva de máquinas",
            "Escala do distribuidor de chorume",
            "Boletim da cooperativa",
        ],
        "pos": [
            "Reservas com o responsável, {NAME}, no {M}.",
            "O escritório da cooperativa atende no {P}.",
            "A agenda partilhada está em {IP}.",
            "Reservas também por e-mail: {E}.",
        ],
        "neg": [
            "Horímetro {N:hour_meter}, pneus {N:tyre_size}, tomada de força {N:pto_speed}.",
            "Semeadura a {N:seed_rate} em {N:area_ha}.",
        ],
    },
    "vetcall": {
        "title": ["Relatório de visita veterinária", "Plantão noturno", "Sanidade do rebanho"],
        "pos": [
            "Fora do horário, o veterinário de plantão atende no {P}.",
            "{NAME} pediu retorno no {M} assim que saírem os exames.",
            "Os laudos serão enviados para {E}.",
            "Pagamento no cartão ({C}) aceito na clínica.",
        ],
        "neg": [
            "Vaca {N:eartag_eu}: temperatura {N:rectal_temp}, dose {N:dose_rate}, carência {N:withdrawal}.",
            "Lote da vacina {N:vaccine_batch}, escore corporal {N:body_score}.",
        ],
    },
    "milk": {
        "title": ["Coleta de leite – aviso", "Extrato mensal do leite", "Qualidade do leite"],
        "pos": [
            "Se o caminhão não passar até as 9h, ligue para o laticínio: {P}.",
            "Técnico de campo: {NAME}, {M}.",
            "O pagamento do leite cai em {B}.",
        ],
        "neg": [
            "Entregue no mês: {N:milk_litres}, gordura/proteína {N:fat_protein}, CCS {N:cell_count}.",
            "Temperatura do tanque: {N:tank_temp}.",
        ],
    },
}

LOCAL = {
    "DE": [
        "Aus dem Ortsnetz {TOWN} erreichen Sie die Viehvermarktung unter {L}.",
        "Landwirte in {TOWN} wählen für den Tierarzt-Notdienst nur {L}.",
        "Raiffeisenmarkt {TOWN} (Ortsnummer): {L}, Lager {L}.",
        "Wer in {TOWN} anruft, braucht keine Vorwahl: Maschinenring {L}.",
        "{TOWN}, Ortsgespräch – Molkerei-Annahme {L}.",
        "Für Anrufer aus {TOWN}:\n{L}",
        "Der Landhandel in {TOWN} ist vor Ort unter {L} zu erreichen, die Waage unter {L}.",
    ],
    "NL": [
        "Bel vanuit {TOWN} de veemarkt op {L}.",
        "Boeren in {TOWN} bereiken de dierenarts 's nachts op {L}, zonder kengetal.",
        "Loonbedrijf {TOWN} (lokaal nummer): {L}, werkplaats {L}.",
        "Wie in {TOWN} woont, belt de voerleverancier op {L}.",
        "{TOWN} en omstreken, vaste lijn binnen het netnummergebied: {L}.",
        "Voor bellers uit {TOWN}:\n{L}",
    ],
    "BR": [
        "Em {TOWN}, ligue de telefone fixo para o sindicato rural: {L}.",
        "Produtores de {TOWN} falam com a cooperativa no {L} e com a balança no {L}.",
        "Casa agropecuária de {TOWN} (número local): {L}.",
        "Para quem está em {TOWN}, o veterinário de plantão atende no {L}.",
        "Leilão de {TOWN} – ligação local: {L}.",
        "Quem liga de {TOWN} não precisa do código:\n{L}",
    ],
}
