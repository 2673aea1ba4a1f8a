"""Dutch, Portuguese and Hindi sentences of v49."""

NL = {
    "genres": {
        "outage": {
            "title": ["Stroomonderbreking", "Melding drinkwater", "Gaslek in de wijk"],
            "pos": [
                "Storing melden kan dag en nacht via {P}; vermeld nummer {X:outage_id}.",
                "Ruikt u gas? Ga naar buiten en bel van daaruit {S}.",
            ],
            "neg": [
                "Getroffen postcodes: {X:postcodes}; de {X:voltage}-kabel wordt vrijgeschakeld.",
                "Meter {X:meter_id}, stand {X:meter_reading}.",
                "Leiding {X:pipe_dn} gesprongen; kookadvies, vrij chloor {X:chlorine}.",
            ],
        },
        "storm": {
            "title": ["Code oranje: zware windstoten", "Hoogwaterbericht"],
            "pos": [
                "Zandzakken voor hulpbehoevenden: bel de gemeentewerf op {P}.",
                "Het informatienummer van de veiligheidsregio is {P}.",
            ],
            "neg": [
                "Windstoten tot {X:wind_speed}, luchtdruk {X:pressure_hpa}; code {X:warn_level}.",
                "Waterstand bij de brug: {X:river_level}. Neerslag {X:rainfall}.",
                "Er zijn {X:sandbags} zandzakken uitgedeeld.",
            ],
        },
        "evac": {
            "title": ["Opvanglocaties", "Evacuatie van de polder"],
            "pos": [
                "Geen vervoer? Bel {P}, dan halen wij u op.",
                "Medicijnen en babyspullen: opvangbalie {P}.",
            ],
            "neg": [
                "Sporthal ({X:shelter_cap} plaatsen), dorpshuis ({X:shelter_cap} plaatsen).",
                "Verzamelpunt {X:assembly_point}; sirene {X:sirens}.",
            ],
        },
        "watch": {
            "title": ["Buurtpreventie-app: bericht", "Waarschuwing buurtwacht"],
            "pos": [
                "Iets verdachts gezien? Coördinator {N}: {P}.",
                "Camerabeelden graag naar wijkagent {N}, {P}.",
            ],
            "neg": [
                "Grijze bestelbus, kenteken {X:plate}, reed twee keer door de straat.",
                "Aangifte onder zaaknummer {X:case_no}.",
            ],
        },
        "missing": {
            "title": ["VERMIST", "Hond weggelopen", "Kat vermist"],
            "pos": ["Niet achterna rennen, maar {N} bellen op {P}.", "Tips graag naar {P}."],
            "neg": [
                "Lengte en gewicht: {X:height_weight}. Beloning € {X:reward}.",
                "Laatst gezien bij {X:coords}.",
            ],
        },
        "claim": {
            "title": ["Schadeformulier - aantekeningen", "Schademelding woonhuis"],
            "pos": [
                "Tegenpartij {N}, telefoon {P}, heeft het schadeformulier getekend.",
                "De schadebehandelaar belt u terug vanaf {P}.",
            ],
            "neg": [
                "Schadenummer {X:claim_no}, polis {X:policy_no}, eigen risico € {X:excess}.",
                "Chassisnummer {X:vin}, kilometerstand {X:odometer}.",
            ],
        },
        "tow": {
            "title": ["Pechhulp - werkbon", "Bergingsbon"],
            "pos": [
                "De bergingswagen is onderweg; verplaatst u zich, sms dan naar {P}.",
                "Vervangend vervoer: {S}.",
            ],
            "neg": ["Geborgen op {X:road_km}, kenteken {X:plate}, band {X:tyre_size}."],
        },
        "incident": {
            "title": ["Incidentenlogboek", "Meldkamer - uittreksel"],
            "pos": ["Melder {N} belde vanaf {P}: rook uit de nok.", "Beheerder via {P} ingelicht."],
            "neg": [
                "Incident {X:incident_no}: doden/gewonden/ongedeerd {X:casualties}.",
                "Kanaal {X:radio_channel}, roepnamen {X:callsign}.",
            ],
        },
    },
    "email": ["Updates komen van {E}.", "Foto's mailen naar {E}."],
    "card": ["Sleepkosten betaald met kaart {C}."],
    "iban": ["Giften voor de getroffenen: IBAN {I}.", "De uitkering gaat naar {I}."],
    "ip": ["De peilsensor rapporteert vanaf {A}."],
    "local": [
        "Vanaf een vaste lijn in {T} volstaat {L}.",
        "Binnen {T} zonder kengetal: {L} (werf) of {L2} (piket).",
        "Inwoners van {T} bellen gewoon {L}.",
    ],
    "heads": ["Noodnummers", "Bereikbaarheid", "Handige nummers"],
    "labels": ["Meldkamer", "Gemeentewerf", "Opvang", "Coördinator", "Piketdienst"],
}

PT = {
    "genres": {
        "outage": {
            "title": ["Interrupção programada de energia", "Aviso de falta de água"],
            "pos": [
                "Para informar uma avaria ligue {P} e indique o protocolo {X:outage_id}.",
                "Cheiro de gás? Saia sem acionar interruptores e ligue {S} da rua.",
            ],
            "neg": [
                "CEPs afetados: {X:postcodes}; rede de {X:voltage} desligada.",
                "Medidor {X:meter_id}, leitura {X:meter_reading}.",
                "Adutora {X:pipe_dn} rompida; cloro residual {X:chlorine}.",
            ],
        },
        "storm": {
            "title": ["Alerta de temporal", "Boletim de cheia"],
            "pos": [
                "A Defesa Civil atende pelo {P}.",
                "Se a água entrar em casa, desligue a energia e ligue {P}.",
            ],
            "neg": [
                "Rajadas de {X:wind_speed}, pressão {X:pressure_hpa}, nível {X:warn_level}.",
                "O rio marca {X:river_level} na régua; chuva acumulada {X:rainfall}.",
            ],
        },
        "evac": {
            "title": ["Abrigos abertos", "Evacuação preventiva"],
            "pos": [
                "Quem não tem carro pede transporte pelo {P}.",
                "Remédios e fraldas: ponto de apoio, {P}.",
            ],
            "neg": [
                "Ginásio ({X:shelter_cap} vagas), escola estadual ({X:shelter_cap} vagas).",
                "Ponto de encontro {X:assembly_point}; sirene {X:sirens}.",
            ],
        },
        "missing": {
            "title": ["DESAPARECIDA", "Cachorro perdido", "Gato perdido"],
            "pos": ["Se vir, não corra atrás: ligue para {N} no {P}.", "Qualquer pista: {P}. Compartilhe!"],
            "neg": [
                "Altura e peso: {X:height_weight}. Recompensa: {X:reward}.",
                "Visto pela última vez em {X:coords}.",
            ],
        },
        "claim": {
            "title": ["Aviso de sinistro - anotações", "Participação de acidente"],
            "pos": [
                "O outro motorista, {N}, telefone {P}, assumiu a culpa.",
                "O regulador vai retornar do {P}.",
            ],
            "neg": [
                "Sinistro {X:claim_no}, apólice {X:policy_no}, franquia de {X:excess}.",
                "Chassi {X:vin}, quilometragem {X:odometer}.",
            ],
        },
        "tow": {
            "title": ["Ordem de guincho", "Assistência 24h - atendimento"],
            "pos": ["O guincho está a caminho; se mudar de lugar, mande SMS para {P}."],
            "neg": ["Removido em {X:road_km}, placa {X:plate}, pneu {X:tyre_size}."],
        },
        "roster": {
            "title": ["Escala de voluntários de resgate", "Plantão da brigada"],
            "pos": ["Líder de equipe no fim de semana: {N}, {P}.", "Se o rádio falhar: {P}."],
            "neg": [
                "Rádio: canal {X:radio_channel}; prefixos {X:callsign}, {X:callsign}.",
                "Base em {X:coords}; gerador {X:generator}.",
            ],
        },
    },
    "email": ["Os boletins saem de {E}.", "Mande as fotos para {E}."],
    "card": ["Guincho pago no cartão {C}."],
    "iban": ["Doações para os desabrigados: IBAN {I}.", "A indemnização será paga no {I}."],
    "ip": ["A câmera do portão transmite de {A}."],
    "local": [
        "De fixo em {T}, sem DDD: {L}.",
        "Quem está em {T} liga só {L} (base) ou {L2} (plantão).",
        "Telefone local ({T}): {L}.",
    ],
    "heads": ["Telefones de emergência", "Contatos importantes"],
    "labels": ["Defesa Civil", "Abrigo", "Plantão", "Coordenação", "Base"],
}

HI = {
    "genres": {
        "outage": {
            "title": ["बिजली कटौती की सूचना", "जल आपूर्ति बाधित"],
            "pos": [
                "खराबी की शिकायत {P} पर दर्ज कराएँ, शिकायत संख्या {X:outage_id} बताएँ।",
                "गैस की गंध आए तो बाहर निकलकर {S} पर फ़ोन करें।",
            ],
            "neg": [
                "प्रभावित पिन कोड: {X:postcodes}; {X:voltage} लाइन बंद रहेगी।",
                "मीटर {X:meter_id}, रीडिंग {X:meter_reading}।",
            ],
        },
        "storm": {
            "title": ["तूफ़ान चेतावनी", "बाढ़ अलर्ट"],
            "pos": ["आपदा नियंत्रण कक्ष: {P}।", "घर में पानी घुसे तो मेन स्विच बंद करें और {P} पर बताएँ।"],
            "neg": [
                "हवा की रफ़्तार {X:wind_speed}, दबाव {X:pressure_hpa}, चेतावनी स्तर {X:warn_level}।",
                "पुल पर नदी का जलस्तर {X:river_level}; वर्षा {X:rainfall}।",
            ],
        },
        "evac": {
            "title": ["राहत शिविरों की सूची", "क्षेत्र खाली कराने का आदेश"],
            "pos": ["जिनके पास वाहन नहीं है वे {P} पर संपर्क करें।", "दवाइयों के लिए शिविर प्रभारी {N}: {P}।"],
            "neg": [
                "सरकारी स्कूल ({X:shelter_cap} लोग), सामुदायिक भवन ({X:shelter_cap} लोग)।",
                "एकत्र होने का स्थान {X:assembly_point}; सायरन {X:sirens}।",
            ],
        },
        "missing": {
            "title": ["गुमशुदा की तलाश", "कुत्ता खो गया है"],
            "pos": ["दिखे तो कृपया {N} को {P} पर फ़ोन करें।", "कोई भी जानकारी {P} पर दें।"],
            "neg": ["कद और वज़न: {X:height_weight}। इनाम ₹{X:reward}।", "आख़िरी बार {X:coords} के पास देखा गया।"],
        },
        "tow": {
            "title": ["रोडसाइड सहायता पर्ची", "टोइंग रसीद"],
            "pos": ["टो ट्रक रास्ते में है; जगह बदलें तो {P} पर SMS करें।"],
            "neg": ["{X:road_km} से उठाया गया, गाड़ी नंबर {X:plate}, टायर {X:tyre_size}।"],
        },
        "incident": {
            "title": ["घटना रजिस्टर", "नियंत्रण कक्ष लॉग"],
            "pos": ["{N} ने {P} से फ़ोन कर छत से धुआँ बताया।", "प्रबंधक को {P} पर सूचना दी गई।"],
            "neg": [
                "घटना {X:incident_no}: मृत/घायल/सुरक्षित {X:casualties}।",
                "भूकंप {X:magnitude}, केंद्र {X:coords}।",
            ],
        },
    },
    "email": ["अपडेट {E} से भेजे जाते हैं।", "फ़ोटो {E} पर भेजें।"],
    "card": ["टोइंग शुल्क कार्ड {C} से चुकाया।"],
    "iban": [],
    "ip": ["गेट का कैमरा {A} से चलता है।"],
    "local": [
        "{T} के लैंडलाइन से सीधे {L} मिलाइए।",
        "{T} शहर में बिना कोड: {L} (नियंत्रण कक्ष) या {L2} (रात्रि ड्यूटी)।",
        "स्थानीय ({T}): {L}",
    ],
    "heads": ["आपातकालीन नंबर", "संपर्क सूत्र"],
    "labels": ["नियंत्रण कक्ष", "शिविर", "थाना", "स्वयंसेवक", "प्रभारी"],
}
