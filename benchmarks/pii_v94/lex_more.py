"""Spanish, Italian, Dutch, Portuguese and Hindi sentences for v94 (animal care)."""

ES = {
    "clinic": {
        "t": ["Informe de alta – {pet}", "Su cita en la clínica veterinaria Los Almendros"],
        "p": [
            "Si {pet} vomita esta noche, llame a la clínica al {N}.",
            "Los resultados se envían desde {E}.",
            "La señal de la cirugía se cargó en la tarjeta {C}.",
            "La Dra. {name} atiende también por móvil: {M}.",
        ],
        "n": [
            "Peso {x:body_weight}, temperatura {x:temperature}.",
            "Dosis: {x:dose} cada 24 horas, lote {x:vaccine_lot}.",
            "Microchip leído: {x:microchip}.",
        ],
    },
    "ooh": {
        "t": ["Urgencias veterinarias 24 horas", "Guardia de fin de semana"],
        "p": [
            "Fuera de horario, el hospital de guardia atiende en el {N}.",
            "Ante una intoxicación, el teléfono gratuito es el {O}.",
            "Si está de viaje, la clínica asociada responde en el {I}.",
        ],
        "n": [
            "Suplemento de urgencia: {x:money}.",
            "Traiga el envase del medicamento (código {x:ean13}).",
            "Constantes: {x:temperature}, {x:heart_resp}.",
        ],
    },
    "rescue": {
        "t": ["Seguimiento de adopción – protectora Huellas", "Casa de acogida: primeros días"],
        "p": [
            "La voluntaria {name} le llamará desde el {M} antes de la visita.",
            "Si el perro se escapa, avise a la protectora en el {N}.",
            "Donativos en la cuenta {B}.",
        ],
        "n": [
            "Peso al llegar {x:body_weight}, edad estimada {x:pet_age}.",
            "Camada nacida en el refugio: {x:litter}.",
            "Localizador GPS {x:tracker_id}.",
        ],
    },
    "walker": {
        "t": ["Paseos de la semana", "Paseador de perros – ficha de cliente"],
        "p": [
            "Si llego tarde, le escribo desde el {M}.",
            "Facturas desde {E}; pago por transferencia a {B}.",
            "Sustituta en vacaciones: {name}, {N}.",
        ],
        "n": [
            "Código de la caja de llaves: {x:gate_code}.",
            "Hoy: {x:walk_stats}.",
            "Punto de encuentro: {x:gps}.",
        ],
    },
}

IT = {
    "clinic": {
        "t": ["Lettera di dimissione – {pet}", "Il suo appuntamento all'ambulatorio veterinario San Rocco"],
        "p": [
            "Se {pet} non mangia entro domani, chiami l'ambulatorio allo {N}.",
            "Il referto arriverà da {E}.",
            "L'acconto per l'intervento è stato addebitato sulla carta {C}.",
            "Il dott. {name} risponde anche al cellulare {M}.",
        ],
        "n": [
            "Peso {x:body_weight}, temperatura {x:temperature}.",
            "Posologia {x:dose}, lotto {x:vaccine_lot}.",
            "Microchip letto: {x:microchip}.",
        ],
    },
    "boarding": {
        "t": ["Conferma prenotazione – pensione per cani", "Soggiorno in pensione per gatti"],
        "p": [
            "Durante il soggiorno può chiamarci allo {N}.",
            "Il saldo va versato sull'IBAN {B}.",
            "Contatto d'emergenza indicato: {I}.",
        ],
        "n": [
            "Prenotazione {x:booking_ref}, box {x:run_pen}, orari {x:checkin_times}.",
            "Razione: {x:feed_grams}.",
            "Totale soggiorno: {x:money}.",
        ],
    },
    "claim": {
        "t": ["La sua richiesta di rimborso", "Polizza salute animali – sinistro"],
        "p": [
            "Il rimborso sarà accreditato su {B}.",
            "Il servizio sinistri risponde al numero verde {O}; dall'estero al {I}.",
            "Invii la fattura a {E}.",
        ],
        "n": [
            "Polizza {x:policy_no}, pratica {x:claim_ref}, importo {x:money}.",
            "Franchigia: {x:money}.",
            "Partita IVA del veterinario sulla fattura: {x:vat_no}.",
        ],
    },
    "farrier": {
        "t": ["Maniscalco – scheda ferratura", "Visita del maniscalco"],
        "p": [
            "Prossima ferratura tra sei settimane; il maniscalco {name} risponde al {M}.",
            "Se perde un ferro, avvisi la scuderia allo {N}.",
        ],
        "n": [
            "Ferri anteriori {x:shoe_size}; zoccolo {x:hoof_mm}.",
            "Passaporto equino, UELN {x:ueln}.",
            "Esame coprologico: {x:egg_count}.",
        ],
    },
}

NL = {
    "clinic": {
        "t": ["Ontslagbrief – {pet}", "Uw afspraak bij Dierenkliniek De Linde"],
        "p": [
            "Eet {pet} vanavond niet, bel dan morgenochtend de kliniek op {N}.",
            "Uitslagen sturen we vanaf {E}.",
            "De aanbetaling voor de operatie is afgeschreven van kaart {C}.",
            "Dierenarts {name} is ook mobiel bereikbaar: {M}.",
            "De verwijskliniek belt u terug vanaf {I}.",
        ],
        "n": [
            "Gewicht {x:body_weight}, temperatuur {x:temperature}.",
            "Dosering {x:dose}, batch {x:vaccine_lot}.",
            "Chip gescand: {x:microchip}.",
            "Labnummer {x:lab_accession}: {x:blood_panel}.",
        ],
    },
    "ooh": {
        "t": ["Spoeddienst dierenarts", "Buiten openingstijden"],
        "p": [
            "'s Nachts en in het weekend neemt de spoedkliniek het over: {N}.",
            "Bij vergiftiging belt u gratis {O}.",
            "Op vakantie? De partnerkliniek is bereikbaar op {I}.",
        ],
        "n": [
            "Spoedtoeslag {x:money}.",
            "Neem de verpakking mee (streepjescode {x:ean13}).",
            "Eerste meting: {x:temperature}, {x:heart_resp}.",
        ],
    },
    "boarding": {
        "t": ["Reserveringsbevestiging hondenpension", "Verblijf in het kattenpension"],
        "p": [
            "Tijdens het verblijf zijn we dagelijks bereikbaar op {N}.",
            "Het restbedrag graag overmaken naar {B}.",
            "Opgegeven noodcontact: {I}.",
        ],
        "n": [
            "Reservering {x:booking_ref}, kennel {x:run_pen}, brengen en halen {x:checkin_times}.",
            "Voer: {x:feed_grams}.",
            "Elk kattenverblijf is {x:pen_size}.",
        ],
    },
    "rescue": {
        "t": ["Adoptie-update van Stichting Tweede Kans", "Opvanggezin: de eerste week"],
        "p": [
            "Vrijwilliger {name} belt u vanaf {M} voor het huisbezoek.",
            "Ontsnapt de hond, bel dan direct {N}.",
            "Giften zijn welkom op {B}.",
            "Vragen over opvang: {E}.",
        ],
        "n": [
            "Binnengekomen met {x:body_weight}, geschatte leeftijd {x:pet_age}.",
            "Nestje geboren in de opvang: {x:litter}.",
            "Stamboom {x:kc_reg}.",
        ],
    },
    "walker": {
        "t": ["Uitlaatservice – weekoverzicht", "Hondenuitlater: nieuwe klant"],
        "p": [
            "Ben ik later, dan app ik vanaf {M}.",
            "Vervanger tijdens vakantie: {name}, {N}.",
            "Facturen komen van {E}.",
        ],
        "n": [
            "Code sleutelkluis {x:gate_code}.",
            "Vandaag {x:walk_stats}.",
            "Verzamelpunt: {x:gps}.",
        ],
    },
}

PT = {
    "clinic": {
        "t": ["Alta médica – {pet}", "Sua consulta na Clínica Veterinária Ipê"],
        "p": [
            "Se {pet} não comer até amanhã, ligue para a clínica no {N}.",
            "Os exames chegam por e-mail de {E}.",
            "O sinal da cirurgia foi cobrado no cartão {C}.",
            "A Dra. {name} atende também pelo celular {M}.",
        ],
        "n": [
            "Peso {x:body_weight}, temperatura {x:temperature}.",
            "Dose {x:dose}, lote {x:vaccine_lot}.",
            "Microchip lido: {x:microchip}.",
        ],
    },
    "ooh": {
        "t": ["Pronto-atendimento veterinário 24h", "Plantão de fim de semana"],
        "p": [
            "Fora do horário, o hospital de plantão atende no {N}.",
            "Em caso de intoxicação, a linha gratuita é {O}.",
            "Viajando? A clínica parceira atende no {I}.",
        ],
        "n": [
            "Taxa de plantão: {x:money}.",
            "Traga a embalagem do remédio (código {x:ean13}).",
            "Triagem: {x:temperature}, {x:heart_resp}.",
        ],
    },
    "rescue": {
        "t": ["Acompanhamento de adoção – ONG Patas Unidas", "Lar temporário: primeira semana"],
        "p": [
            "A voluntária {name} vai ligar do {M} antes da visita.",
            "Se o cão fugir, avise a ONG no {N}.",
            "Doações pelo e-mail {E} ou pela conta {B}.",
        ],
        "n": [
            "Chegou com {x:body_weight}, idade estimada {x:pet_age}.",
            "Ninhada nascida no abrigo: {x:litter}.",
            "Coleira GPS {x:tracker_id}.",
        ],
    },
    "walker": {
        "t": ["Relatório de passeios", "Passeador de cães – ficha do cliente"],
        "p": [
            "Se eu atrasar, mando mensagem do {M}.",
            "Substituta nas férias: {name}, {N}.",
            "Cobranças vêm de {E}.",
        ],
        "n": [
            "Senha do portão: {x:gate_code}.",
            "Hoje: {x:walk_stats}.",
            "Ponto de encontro: {x:gps}.",
        ],
    },
    "claim": {
        "t": ["Seu pedido de reembolso – plano pet", "Reembolso aprovado"],
        "p": [
            "O reembolso será depositado na conta {B}.",
            "Central de reembolsos: {O}; do exterior, {I}.",
            "Envie a nota fiscal para {E}.",
        ],
        "n": [
            "Apólice {x:policy_no}, processo {x:claim_ref}, valor {x:money}.",
            "Coparticipação: {x:money}.",
        ],
    },
}

HI = {
    "clinic": {
        "t": ["{pet} की डिस्चार्ज रिपोर्ट", "पशु चिकित्सालय में आपकी अपॉइंटमेंट"],
        "p": [
            "अगर {pet} रात तक खाना न खाए तो क्लिनिक को {N} पर फ़ोन करें।",
            "रिपोर्ट {E} से ईमेल की जाएगी।",
            "डॉ. {name} का मोबाइल {M} है।",
        ],
        "n": [
            "आज वज़न {x:body_weight}, तापमान {x:temperature}।",
            "दवा {x:dose}, बैच {x:vaccine_lot}।",
            "माइक्रोचिप नंबर {x:microchip}।",
        ],
    },
    "ooh": {
        "t": ["रात की इमरजेंसी सेवा", "छुट्टी के दिन पशु इमरजेंसी"],
        "p": [
            "रात में इमरजेंसी के लिए अस्पताल का नंबर {N} है।",
            "ज़हर खाने के मामले में मुफ़्त हेल्पलाइन {O} पर कॉल करें।",
            "विदेश में हों तो पार्टनर क्लिनिक: {I}।",
        ],
        "n": [
            "इमरजेंसी फ़ीस {x:money}।",
            "दवा का डिब्बा साथ लाएँ (बारकोड {x:ean13})।",
            "जाँच: {x:temperature}, {x:heart_resp}।",
        ],
    },
    "rescue": {
        "t": ["गोद लेने के बाद की जानकारी", "फ़ॉस्टर परिवार के लिए निर्देश"],
        "p": [
            "स्वयंसेवक {name} घर आने से पहले {M} से फ़ोन करेंगी।",
            "कुत्ता भाग जाए तो तुरंत {N} पर बताइए।",
        ],
        "n": [
            "आते समय वज़न {x:body_weight}, अनुमानित उम्र {x:pet_age}।",
            "यहीं पैदा हुए बच्चे: {x:litter}।",
        ],
    },
    "boarding": {
        "t": ["बोर्डिंग बुकिंग की पुष्टि", "कैट बोर्डिंग में ठहराव"],
        "p": [
            "ठहराव के दौरान हमें {N} पर फ़ोन करें।",
            "आपने आपातकालीन संपर्क {I} दिया है।",
        ],
        "n": [
            "बुकिंग {x:booking_ref}, केनेल {x:run_pen}, समय {x:checkin_times}।",
            "खाना: {x:feed_grams}।",
            "कुल राशि {x:money}।",
        ],
    },
}

LOCAL_NL = [
    "Vanuit {town} belt u de praktijk gewoon op {L}.",
    "Woont u in {town}? Het pension is lokaal bereikbaar op {L}.",
    "Spoedlijn regio {town} (zonder netnummer binnen de stad):\n{L}",
    '"Binnen {town} is het {L}," zei de assistente.',
    "Dierenambulance {town}: {L}, administratie {L2} – lokale nummers.",
    "Uitlaatservice in {town}, bel lokaal {L}.",
    "Asiel {town}, vaste lijn in de stad: {L}",
]

LOCAL_PT = [
    "De telefone fixo em {town}, é só discar {L}.",
    "Clínica em {town} – ligação local: {L} ou {L2}.",
    "Quem está em {town} fala com o hotelzinho pelo {L}.",
    "Plantão {town} (fixo, sem DDD dentro da cidade):\n{L}",
    '"Daqui de {town} é só ligar {L}", disse a recepcionista.',
    "ONG de {town}: ligue {L} de qualquer fixo da cidade.",
    "Passeios em {town}: telefone local {L}.",
]

LOCAL_HI = [
    "{town} शहर के लैंडलाइन से क्लिनिक का नंबर सिर्फ़ {L} है।",
    "{town} में बिना कोड के {L} मिलाइए।",
    "बोर्डिंग ({town}, लोकल): {L}, रात में {L2}",
    'रिसेप्शन ने कहा: "{town} से बस {L} डायल कीजिए।"',
    "{town} के अंदर एम्बुलेंस के लिए लोकल नंबर:\n{L}",
]

HEADS = {
    "es": ["Para tener a mano", "Contactos"],
    "it": ["Da tenere a portata di mano", "Recapiti"],
    "nl": ["Handig om te bewaren", "Bereikbaarheid"],
    "pt": ["Para guardar", "Contatos importantes"],
    "hi": ["संपर्क सूची", "इन्हें संभाल कर रखें"],
}
LABELS = {
    "es": ["Clínica", "Urgencias", "Protectora", "Paseador"],
    "it": ["Ambulatorio", "Pensione", "Assicurazione", "Maniscalco"],
    "nl": ["Praktijk", "Spoed", "Pension", "Asiel", "Uitlaatservice"],
    "pt": ["Clínica", "Plantão", "ONG", "Passeador", "Plano pet"],
    "hi": ["क्लिनिक", "इमरजेंसी", "बोर्डिंग", "शेल्टर"],
}
