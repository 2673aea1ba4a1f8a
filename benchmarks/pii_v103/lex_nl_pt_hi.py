"""Dutch, Portuguese and Hindi sentences (fresh for v103)."""

NL = {
    "brewery": {
        "heads": ["Nieuws uit de brouwerij", "Brouwlog", "Rondleiding door de brouwerij"],
        "pos": [
            "Lege fusten terugbrengen? Stuur eerst een appje naar {M}.",
            "Horecabestellingen via {E}; betalen op {B}.",
            "De brouwhuisbesturing draait op {P}; bij een storing de brouwmeester bellen op {N}.",
            "Voor de stamtafel reserveert u telefonisch via {N}.",
            "De rondleiding is betaald met kaart {C}.",
        ],
        "neg": [
            "De tripel heeft {X:abv}, {X:ibu} en een kleur van {X:ebc_colour}.",
            "Metingen in de gisttank: {X:gravity}, gist {X:yeast_strain}.",
            "Fust {X:keg_no} lekt bij de fitting.",
            "Lagertank {X:tank_litres} staat op {X:bar_pressure}.",
        ],
    },
    "offlicence": {
        "heads": ["Slijterij – bestelling klaar", "Uw wijnbestelling", "Mededeling van de slijterij"],
        "pos": [
            "Uw bestelling staat klaar; bel de winkel op {N} als u later komt.",
            "Betaling ontvangen van kaart {C}.",
            "Klantenservice (gratis): {T}.",
            "Groothandel: mail {E}, of bel de vertegenwoordiger op {M}.",
            "De pinautomaat op {P} was offline, dus vanochtend alleen contant.",
        ],
        "neg": [
            "In uw mandje: {X:case_count} à {X:price}, {X:bottle_size}.",
            "Palletlabel {X:sscc} is ingescand.",
            "Lot {X:lot_code} van de rosé is teruggeroepen.",
            "Open {X:opening_hours}.",
        ],
    },
    "club": {
        "heads": ["Wijnclub – voorjaarsselectie", "Uw clubpakket", "Leden: verzending"],
        "pos": [
            "De bezorger belt {M} als er niemand thuis is.",
            "Ledenservice: {N} of {E}.",
            "De kwartaalincasso gaat van {B}.",
            "Leveringen pauzeren kan via {T}.",
        ],
        "neg": [
            "Lid {X:member_no}: dit pakket bevat {X:case_count} flessen van {X:bottle_size}.",
            "De mousserende is gedegorgeerd in {X:disgorged}, dosage {X:dosage}.",
            "Bij de oogst: {X:brix}, {X:ph}, zuur {X:acidity}.",
        ],
    },
}

PT = {
    "cellar": {
        "heads": ["Visitas à adega", "Prova de vinhos", "A sua reserva na vinícola"],
        "pos": [
            "As provas acontecem {X:opening_hours}; para remarcar, ligue para a adega no {N}.",
            "Se o portão estiver fechado, ligue para o {M} e {name} vem abrir.",
            "O sinal foi cobrado no cartão {C}.",
            "O nosso importador no exterior atende no {I}.",
            "Dúvidas sobre a vertical {X:vintage_span}: {E}.",
        ],
        "neg": [
            "Na prova: o branco com {X:abv} da parcela {X:cadastre} e o tinto do clone {X:clone}.",
            "A cave fica a {X:temperature}.",
            "O reserva teve {X:score}; só {X:case_count} caixas.",
            "Código da reserva {X:booking_ref}.",
        ],
    },
    "harvest": {
        "heads": ["Voluntários da vindima", "Plano da colheita", "Vindima: orientações"],
        "pos": [
            "Encontro às sete no lagar; se atrasar, mande mensagem para o {M}.",
            "Encarregado e primeiros socorros: {N}.",
            "A estação meteorológica envia os dados para {P}.",
            "Voluntários estrangeiros podem ligar para a família anfitriã no {I}.",
            "Dúvidas sobre alojamento: {name}, {E}.",
        ],
        "neg": [
            "Começamos pela parcela {X:cadastre} ({X:parcel_ha}), fileiras {X:vine_rows}.",
            "Data prevista: {X:picking_date}; porta-enxerto {X:rootstock}.",
            "Meta de {X:brix} e rendimento de {X:yield_hlha}.",
        ],
    },
    "distillery": {
        "heads": ["Alambique – visitas", "Cachaçaria: novidades", "Destilaria aberta"],
        "pos": [
            "Para uma amostra do seu barril, ligue para o mestre alambiqueiro no {N}.",
            "A câmera do alambique, no endereço {P}, mostra a destilação ao vivo.",
            "Pagamento feito com o cartão {C}; o recibo sai de {E}.",
            "Atendimento gratuito: {T}.",
        ],
        "neg": [
            "O barril {X:cask_no} foi enchido a {X:cask_strength} e terá {X:age_years} anos.",
            "Garrafa {X:bottle_of}, edição numerada.",
            "As visitas são {X:opening_hours}.",
        ],
    },
}

LOCAL_NL = [
    "Vanuit {town} belt u de proeflokaal-lijn gewoon op {L}.",
    "Binnen {town} hoeft u geen netnummer te draaien: {L}.",
    "Slijterij in {town} (lokaal): {L}; de bezorgdienst zit op {L}.",
    "Woont u in {town}? Het brouwerijcafé is te bereiken op {L}.",
    "Plukhulp uit de regio {town} meldt zich op {L}.",
    "Het vaste nummer van de stokerij, voor bellers in {town}: {L}.",
]

LOCAL_PT = [
    "Para quem liga de {town}, a adega atende no {L}.",
    "Em {town}, basta discar {L} para falar com a cervejaria.",
    "Telefone fixo da vinícola em {town}: {L}; loja: {L}.",
    "Morador de {town} liga direto para o alambique: {L}.",
    "De um fixo de {town}, a vindima tem plantão no {L}.",
    "Quem está em {town} fala com o enólogo pelo {L}.",
]

HI = {
    "cellar": {
        "heads": ["वाइनरी विज़िट – ज़रूरी जानकारी", "टेस्टिंग रूम बुकिंग", "आपकी वाइन टेस्टिंग"],
        "pos": [
            "टेस्टिंग {X:opening_hours} होती है; समय बदलना हो तो {N} पर फ़ोन करें।",
            "गेट बंद मिले तो {M} पर कॉल करें, {name} आपको अंदर ले आएँगे।",
            "बुकिंग राशि कार्ड {C} से ली गई है।",
            "किसी भी सवाल के लिए {E} पर लिखें।",
        ],
        "neg": [
            "आज की टेस्टिंग में {X:abv} वाली शिराज़ और क्लोन {X:clone} की वाइन है।",
            "सेलर का तापमान {X:temperature} रहता है।",
            "बुकिंग नंबर {X:booking_ref} चार लोगों के लिए है।",
        ],
    },
    "harvest": {
        "heads": ["हार्वेस्ट वॉलंटियर – निर्देश", "अंगूर तुड़ाई का कार्यक्रम", "वॉलंटियर सूचना"],
        "pos": [
            "सुबह सात बजे प्रेस हाउस पर मिलें; देर हो तो {M} पर मैसेज करें।",
            "फ़र्स्ट-एड और वाइनयार्ड मैनेजर: {N}।",
            "मौसम स्टेशन का डेटा {P} पर जाता है।",
        ],
        "neg": [
            "हम ब्लॉक 4 ({X:parcel_ha}) की कतारें {X:vine_rows} से शुरू करेंगे।",
            "तुड़ाई की तारीख़ {X:picking_date} तय है; लक्ष्य {X:brix}।",
        ],
    },
    "brewery": {
        "heads": ["ब्रूपब की ख़बरें", "ब्रूअरी टूर", "टैपरूम सूचना"],
        "pos": [
            "खाली केग लौटाने से पहले {M} पर मैसेज कर दें।",
            "टेबल बुक करने के लिए टैपरूम को {N} पर फ़ोन करें।",
            "थोक ऑर्डर के लिए {E} पर ईमेल करें।",
        ],
        "neg": [
            "इस हफ़्ते की बीयर में {X:abv} और {X:ibu} है।",
            "फ़र्मेंटर की रीडिंग: {X:gravity}, यीस्ट {X:yeast_strain}।",
        ],
    },
}

LOCAL_HI = [
    "{town} शहर के अंदर से वाइनरी का नंबर सिर्फ़ {L} है।",
    "{town} में लैंडलाइन से {L} डायल करें, STD कोड की ज़रूरत नहीं।",
    "{town} के लोकल कॉल के लिए टेस्टिंग रूम: {L}, गेस्ट हाउस: {L}।",
    "अगर आप {town} से ही फ़ोन कर रहे हैं तो ब्रूअरी को {L} पर कॉल करें।",
    "{town} लोकल नंबर (तुड़ाई वॉलंटियर): {L}",
]

LISTS_NL = {
    "heads": ["Belangrijke telefoonnummers", "Wie bel je?"],
    "labels": ["Proeflokaal", "Brouwmeester", "Winkel", "Chauffeur", "Ledenservice"],
}
LISTS_PT = {
    "heads": ["Telefones da adega", "Para quem ligar"],
    "labels": ["Adega", "Enólogo", "Loja", "Motorista", "Reservas"],
}
LISTS_HI = {
    "heads": ["ज़रूरी फ़ोन नंबर", "किसे कॉल करें"],
    "labels": ["टेस्टिंग रूम", "वाइनमेकर", "दुकान", "ड्राइवर", "बुकिंग"],
}
