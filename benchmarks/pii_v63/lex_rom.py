"""Portuguese, French, Spanish and Italian sentences for v63 (written fresh for this set)."""

CELLS_PT = {
    "courier": {
        "title": ["Tentativa de entrega", "Ordem de coleta – motoboy", "Sua encomenda está a caminho"],
        "pos": [
            "Não encontramos ninguém no endereço. Reagende pelo telefone da central, {P}.",
            "O entregador {NAME} atende no {M} enquanto a rota estiver aberta.",
            "Reclamações sobre extravio: {E}, com o código de rastreio no assunto.",
            "O imposto de importação de {n_fare} pode ser pago pelo {O}.",
            "Nosso centro de distribuição em Miami responde no {X}.",
        ],
        "neg": [
            "Código de rastreio {n_parcel_id}, {n_packages}, janela {n_window}.",
            "CEP de entrega {n_cep}; roteiro {n_route}; peso {n_gross_weight}.",
        ],
    },
    "removals": {
        "title": ["Orçamento de mudança", "Checklist do dia da mudança", "Fatura de guarda-móveis"],
        "pos": [
            "No dia da mudança, o encarregado da equipe atende no {M}; o escritório, no {P}.",
            "O sinal foi cobrado no cartão {C}; o restante após a entrega.",
            "Avarias devem ser comunicadas em até sete dias para {E}.",
            "A vistoria será feita por {NAME}, que liga antes do {M}.",
        ],
        "neg": [
            "Volume estimado {n_volume}; equipe {n_crew_count}; distância {n_distance}.",
            "Contêiner {n_container}, lacre {n_seal}; CEP de origem {n_cep}.",
        ],
    },
    "coach": {
        "title": [
            "Excursão de ônibus – informações finais",
            "Roteiro da viagem em grupo",
            "Bate-volta: o que levar",
        ],
        "pos": [
            "A guia {NAME} viaja com o grupo e atende no {M}.",
            "Atrasou no ponto de embarque? Ligue para a garagem, {P}; o ônibus não pode esperar.",
            "Restrições alimentares para {E} até uma semana antes.",
            "O hotel em Buenos Aires atende no {X}.",
            "O restante de {n_fare} foi pago com o cartão {C}.",
        ],
        "neg": [
            "Poltrona {n_seat}, saída e chegada {n_dep_arr}, placa do ônibus {n_plate}.",
            "Grupo de {n_pax} passageiros; bagagem {n_packages}.",
        ],
    },
    "freight": {
        "title": ["Instruções de embarque", "Aviso de chegada", "Desembaraço aduaneiro"],
        "pos": [
            "O despachante em Santos atende no {P}; fora do horário, {M}.",
            "Envie a fatura comercial e o packing list para {E}.",
            "Contato do consignatário: {NAME}, {EP}, telefone {X}.",
            "Central de cargas 24 horas: {O}.",
        ],
        "neg": [
            "Contêiner {n_container}, lacre {n_seal}, peso bruto {n_gross_weight}.",
            "NCM {n_hs_code}; AWB {n_awb}; temperatura {n_reefer}.",
        ],
    },
}

CELLS_FR = {
    "taxi": {
        "title": ["Confirmation de votre course", "Transfert aéroport", "Transport médical assis"],
        "pos": [
            "En cas de retard de vol, envoyez un SMS au chauffeur au {M}.",
            "Objets trouvés : standard au {P}, en semaine.",
            "Les comptes entreprise réservent aussi par mail : {E}.",
            "Depuis l'étranger, notre central répond au {I}.",
            "Votre chauffeur ce soir : {NAME}, joignable au {M}.",
        ],
        "neg": [
            "Carte professionnelle {n_badge}, immatriculation {n_plate}.",
            "Tarif estimé {n_fare}, trajet {n_distance}, prise en charge {n_window}.",
        ],
    },
    "ferry": {
        "title": ["Confirmation de traversée", "Modification de réservation", "Info trafic : tempête"],
        "pos": [
            "En raison du vent, le départ de 7 h 30 est annulé. Report au {O} ou à la capitainerie, {P}.",
            "Le bureau du port de Douvres répond au {X}.",
            "Votre reçu a été envoyé à {EP} ; carte utilisée : {C}.",
            "Groupes et transporteurs : {E}.",
        ],
        "neg": [
            "Navire {n_imo}, {n_tonnage}, horaires {n_dep_arr}.",
            "Cabine {n_cabin}, véhicule {n_plate}, file {n_lane}, porte {n_gate}.",
        ],
    },
    "freight": {
        "title": ["Ordre de transport", "Avis d'arrivée", "Dédouanement"],
        "pos": [
            "Le transitaire au Havre répond au {P} ; astreinte de nuit au {M}.",
            "Facture commerciale et liste de colisage à envoyer à {E}.",
            "Frais de transport à régler sur {B}.",
            "Pour les matières dangereuses, appelez le conseiller sécurité au {I}.",
        ],
        "neg": [
            "Conteneur {n_container}, scellé {n_seal}, poids brut {n_gross_weight}.",
            "Code SH {n_hs_code}, MRN {n_mrn}, EORI {n_eori}, {n_un_number}.",
        ],
    },
}

CELLS_ES = {
    "carhire": {
        "title": [
            "Contrato de alquiler",
            "Confirmación de reserva de coche",
            "Parte de daños a la devolución",
        ],
        "pos": [
            "Se ha bloqueado una fianza en la tarjeta {C}; se libera en diez días hábiles.",
            "Asistencia en carretera 24 horas: {O}.",
            "La oficina cierra a las 20:00; para dudas sobre la entrega de llaves llame al {P}.",
            "Las reclamaciones se envían a {E}.",
            "Si su vuelo se retrasa, avise a {NAME} en el mostrador: {M}.",
        ],
        "neg": [
            "Contrato {n_rental_no}, matrícula {n_plate}, combustible {n_fuel}.",
            "Periodo {n_hire_dates}, franquicia {n_excess}, reserva {n_booking_ref}.",
        ],
    },
    "coach": {
        "title": ["Excursión en autocar", "Itinerario del viaje en grupo", "Información de salida"],
        "pos": [
            "La guía, {NAME}, viaja con el grupo; su móvil es el {M}.",
            "Si llega tarde a la parada, llame a la cochera: {P}.",
            "Las peticiones de menú, a {E}.",
            "El hotel de Oporto contesta en el {X}.",
        ],
        "neg": [
            "Asiento {n_seat}, horario {n_dep_arr}, autocar {n_plate}.",
            "Grupo de {n_pax} plazas; equipaje {n_packages}.",
        ],
    },
    "freight": {
        "title": ["Instrucciones de embarque", "Aviso de llegada", "Despacho de aduanas"],
        "pos": [
            "El agente de aduanas de Valencia atiende en el {P}; guardia nocturna {M}.",
            "Factura comercial y packing list a {E}.",
            "Flete pagadero en {B}.",
        ],
        "neg": [
            "Contenedor {n_container}, precinto {n_seal}, peso bruto {n_gross_weight}.",
            "Partida arancelaria {n_hs_code}; MRN {n_mrn}; temperatura {n_reefer}.",
        ],
    },
}

CELLS_IT = {
    "taxi": {
        "title": ["Conferma prenotazione taxi", "Transfer aeroporto", "NCC – conferma servizio"],
        "pos": [
            "Se il volo ritarda, mandi un messaggio all'autista al {M}.",
            "Oggetti smarriti: centralino {P}, dal lunedì al venerdì.",
            "Le aziende convenzionate prenotano anche scrivendo a {E}.",
            "Dall'estero il nostro centralino risponde al {I}.",
        ],
        "neg": [
            "Licenza n. {n_badge}, targa {n_plate}.",
            "Tariffa stimata {n_fare}, percorso {n_distance}, ritiro {n_window}.",
        ],
    },
    "courier": {
        "title": ["Tentata consegna", "Ritiro corriere espresso", "La sua spedizione è in viaggio"],
        "pos": [
            "Non abbiamo trovato nessuno. Per fissare una nuova consegna chiami la filiale al {P}.",
            "Il corriere, {NAME}, risponde al {M} durante il giro.",
            "Reclami per colli mancanti a {E}.",
            "I dazi di {n_fare} si pagano al {O}.",
        ],
        "neg": [
            "Lettera di vettura {n_parcel_id}, {n_packages}, fascia oraria {n_window}.",
            "Smistato il {n_timestamp}, giro {n_route}, peso {n_gross_weight}.",
        ],
    },
    "removals": {
        "title": ["Preventivo trasloco", "Giorno del trasloco", "Fattura deposito mobili"],
        "pos": [
            "Il caposquadra il giorno del trasloco risponde al {M}; l'ufficio al {P}.",
            "L'acconto va versato su {B} indicando il numero di preventivo.",
            "Danni da segnalare entro sette giorni a {E}.",
        ],
        "neg": [
            "Volume stimato {n_volume}, squadra {n_crew_count}, distanza {n_distance}.",
            "Container {n_container}, sigillo {n_seal}.",
        ],
    },
}

LOCAL_BR = [
    "Para quem liga de telefone fixo em {TOWN}, a central de táxi é {L1}.",
    "Clientes de {TOWN}: depósito no {L1} e financeiro no {L2}, sem precisar do código de área.",
    "Filial {TOWN} (ligação local):\n{L1}",
    "O motorista avisou: \u201cse estiver em {TOWN}, liga no {L1}, é a coordenação\u201d.",
    "Dentro de {TOWN}, a agência de mudanças atende no {L1}.",
]
HEADS_PT = ["Lista de telefones", "Contatos do dia", "Telefones das filiais"]
LABELS_PT = ["Central", "Coordenação", "Depósito", "Despachante", "Motorista", "Plantão"]
HEADS_FR = ["Annuaire", "Contacts du jour", "Agences"]
LABELS_FR = ["Standard", "Exploitation", "Entrepôt", "Douane", "Chauffeur", "Astreinte"]
HEADS_ES = ["Listín", "Contactos del día", "Oficinas"]
LABELS_ES = ["Centralita", "Tráfico", "Almacén", "Aduanas", "Conductor", "Guardia"]
HEADS_IT = ["Rubrica", "Contatti utili", "Filiali"]
LABELS_IT = ["Centralino", "Traffico", "Magazzino", "Dogana", "Autista", "Reperibilità"]
