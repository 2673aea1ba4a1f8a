"""French, Spanish, Italian, Portuguese and Hindi lines: personal and household services."""

FR = {
    "salon": {
        "head": ["Rappel de rendez-vous – Salon Étoile", "Tarifs coiffure Mèches Folles"],
        "neg": ["Dernière couleur : {N}.", "{N}."],
        "pos": ["Un empêchement ? Prévenez-nous au {P}.", "Prise de rendez-vous : {P} ou {E}."],
    },
    "tailor": {
        "head": ["Retouches Au Fil d'Or", "Pressing du Marché – ticket"],
        "neg": ["{N}.", "Retouche : {N}."],
        "pos": ["Nous vous appelons au {P} dès que c'est prêt.", "Robes de mariée sur rendez-vous : {P}."],
    },
    "tutor": {
        "head": ["Cours particuliers de maths – collège et lycée", "Cours de piano à domicile"],
        "neg": ["Tarif : {N}.", "{N}."],
        "pos": ["À découper : {P} / {P2}", "Appelez ou envoyez un SMS au {P}."],
    },
    "photo": {
        "head": ["Studio Lumière – confirmation de séance", "Mini-séances de Noël"],
        "neg": ["Formule : {N}.", "{N}."],
        "pos": [
            "En cas de pluie, appelez Camille au {P}.",
            "Virement de l'acompte sur {I}, questions : {P}.",
        ],
    },
    "homecare": {
        "head": ["Aide à domicile Les Tilleuls – planning", "Ménage Éclat – confirmation"],
        "neg": ["{N}.", "Accès : {N}."],
        "pos": ["Astreinte soir et week-end : {P}.", "Votre intervenante n'est pas arrivée ? {P}."],
    },
}
ES = {
    "salon": {
        "head": ["Peluquería Tijeras de Oro – recordatorio", "Lista de precios Salón Rizos"],
        "neg": ["Último color: {N}.", "{N}."],
        "pos": ["¿No puedes venir? Avísanos al {P}.", "Citas por WhatsApp: {P}."],
    },
    "barber": {
        "head": ["Barbería Tito", "Mensaje de la barbería 💈"],
        "neg": ["{N}.", "Degradado + barba: {N}."],
        "pos": ["Sin cita o llamando al {P}.", "Tío, el barbero de mi barrio es un crack, su número es {P}"],
    },
    "trainer": {
        "head": ["Tu plan de entreno – semana 2", "Entrenamiento funcional en el parque"],
        "neg": ["Principal: {N}.", "{N}."],
        "pos": ["¿Enfermo? Avísame antes de las 7 al {P}.", "Primera clase gratis: {P} o {E}."],
    },
    "homecare": {
        "head": ["Limpiezas Brillo – confirmación", "Cuidadores a domicilio Sol"],
        "neg": ["{N}.", "Servicio: {N}."],
        "pos": ["Coordinadora de guardia: {P}.", "Pago por transferencia a {I}; dudas al {P}."],
    },
}
IT = {
    "salon": {
        "head": ["Promemoria appuntamento – Parrucchieria Onda", "Listino Salone Bianca"],
        "neg": ["Ultimo colore: {N}.", "{N}."],
        "pos": ["Imprevisti? Chiama il {P}.", "Prenotazioni: {P} oppure {E}."],
    },
    "tailor": {
        "head": ["Sartoria Bianchi – riparazioni", "Lavanderia Stella – ricevuta"],
        "neg": ["{N}.", "Riparazione: {N}."],
        "pos": ["La chiamiamo al {P} quando è pronto.", "Abiti da sposa su appuntamento: {P}."],
    },
    "tutor": {
        "head": ["Ripetizioni di matematica e fisica", "Lezioni di chitarra"],
        "neg": ["Tariffa: {N}.", "{N}."],
        "pos": ["Strappa qui: {P} / {P2}", "Chiamami o scrivimi al {P}."],
    },
    "dog": {
        "head": ["Toelettatura Fido – ritiro", "Dog sitter in zona"],
        "neg": ["Luna: {N}.", "{N}."],
        "pos": ["Se Luna è pronta prima, chiamiamo il {P}.", "Per emergenze: {P}."],
    },
}
PT = {
    "salon": {
        "head": ["Lembrete do Salão Brilho", "Tabela de preços – Studio Cachos"],
        "neg": ["Última coloração: {N}.", "{N}."],
        "pos": ["Não vai conseguir vir? Avise pelo {P}.", "Agendamentos: {P} ou {E}."],
    },
    "nails": {
        "head": ["Espaço Unhas da Bia – confirmação", "Manicure a domicílio"],
        "neg": ["Cor usada: {N}.", "{N}."],
        "pos": ["Lascou em 5 dias? Chama no zap {P}.", "Sinal pago no cartão {C}. Dúvidas: {P}."],
    },
    "dog": {
        "head": ["Pet Spa Bigodes – aviso de retirada", "Passeador de cães"],
        "neg": ["Thor: {N}.", "{N}."],
        "pos": [
            "Se o Thor ficar pronto antes, ligamos no {P}.",
            "Indicação do grupo: o Caio passeia super bem, {P}",
        ],
    },
    "homecare": {
        "head": ["Diarista Casa Limpa – confirmação", "Cuidadores Bem Viver – escala"],
        "neg": ["{N}.", "Visita: {N}."],
        "pos": ["Plantão noturno: {P}.", "Faça o PIX ou transferência; dúvidas no {P}."],
    },
    "tutor": {
        "head": ["Aulas particulares de matemática", "Aulas de violão"],
        "neg": ["Valor: {N}.", "{N}."],
        "pos": ["Destaque aqui: {P} / {P2}", "Ligue ou mande mensagem: {P}."],
    },
}
PT_LOCAL = [
    "De {T}, sem DDD: {L}.",
    "Quem mora em {T} liga direto {L}.",
    'No mural da padaria de {T}: "Diarista de confiança, tel. {L}".',
    "{T} – salão {L}, estética {L2}.",
    "Indicação do grupo do condomínio em {T}: costureira Dona Lúcia, {L}.",
]
HI = {
    "salon": {
        "head": ["सैलून अपॉइंटमेंट रिमाइंडर", "ब्यूटी पार्लर रेट लिस्ट"],
        "neg": ["पिछली बार: {N}।", "{N}।"],
        "pos": ["नहीं आ पा रहे? {P} पर बता दें।", "बुकिंग के लिए {P} पर कॉल करें।"],
    },
    "tutor": {
        "head": ["होम ट्यूशन – कक्षा 6 से 10", "संगीत कक्षा – हारमोनियम और तबला"],
        "neg": ["फ़ीस: {N}।", "{N}।"],
        "pos": ["संपर्क करें: {P}", "हमारे बच्चों की ट्यूटर बहुत अच्छी हैं, नंबर {P} है"],
    },
    "homecare": {
        "head": ["घरेलू सफ़ाई सेवा – बुकिंग पक्की", "बुज़ुर्गों की देखभाल – विज़िट प्लान"],
        "neg": ["{N}।", "विज़िट: {N}।"],
        "pos": ["रात में इमरजेंसी नंबर: {P}", "सफ़ाई वाली दीदी नहीं आईं तो {P} पर कॉल करें।"],
    },
    "tailor": {
        "head": ["मास्टरजी टेलर्स – रसीद", "ड्राई क्लीनर्स – डिलीवरी सूचना"],
        "neg": ["{N}।", "सिलाई: {N}।"],
        "pos": ["कपड़े तैयार होने पर {P} पर फ़ोन करेंगे।", "शादी के ब्लाउज़ के लिए {P} पर समय लें।"],
    },
}
HI_LOCAL = [
    "{T} से बिना कोड के: {L}",
    "{T} में रहने वाले सीधे {L} पर फ़ोन करें।",
    "{T} दुकान {L}, घर {L2}",
    "{T} सोसाइटी ग्रुप में सुझाव: टेलर मास्टरजी, {L}",
]
EN_IN_LOCAL = [
    "Within {T}, dial {L} — no STD code needed.",
    "{T} residents can call the parlour on {L}.",
    "{T} counter {L}, home service {L2}.",
    "Recommended in our {T} society group: Mehta tailors, {L}.",
]
LISTS = {
    "fr": (
        ["Numéros sur le frigo :", "Nos bonnes adresses :"],
        [
            "coiffeuse",
            "promeneur de chiens",
            "laveur de vitres",
            "prof de piano",
            "retoucheuse",
            "femme de ménage",
        ],
    ),
    "es": (
        ["Números en la nevera:", "Los de confianza:"],
        ["peluquera", "paseador", "limpiacristales", "profe de inglés", "costurera", "jardinero"],
    ),
    "it": (
        ["Numeri sul frigo:", "I nostri di fiducia:"],
        ["parrucchiera", "dog sitter", "lavavetri", "maestra di piano", "sarta", "giardiniere"],
    ),
    "pt": (
        ["Números na geladeira:", "Os de confiança:"],
        ["cabeleireira", "passeador", "diarista", "professora", "costureira", "jardineiro"],
    ),
    "hi": (["ज़रूरी नंबर:", "भरोसेमंद लोग:"], ["टेलर", "ट्यूटर", "पार्लर", "माली", "सफ़ाई", "ड्राइवर"]),
}
CLOSE = {
    "fr": ["À bientôt !", "Merci de votre confiance.", ""],
    "es": ["¡Hasta pronto!", "Gracias.", ""],
    "it": ["A presto!", "Grazie.", ""],
    "pt": ["Até logo!", "Obrigada pela preferência.", ""],
    "hi": ["धन्यवाद।", "फिर मिलेंगे।", ""],
}
