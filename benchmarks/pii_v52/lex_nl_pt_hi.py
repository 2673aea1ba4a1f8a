"""Dutch, Portuguese and Hindi sentences, written fresh for v52."""

NL = {
    "bill": {
        "t": ["Uw mobiele rekening", "Factuur internet en tv"],
        "p": [
            "Vragen over deze factuur? Bel de klantenservice op {P}.",
            "Het bedrag wordt afgeschreven van {IB}.",
            "Gesprekken naar {M} vielen buiten uw bundel.",
        ],
        "n": [
            "Klantnummer {N:customer}, factuur {N:invoice}, periode {N:period}.",
            "Dataverbruik: {N:allowance}.",
        ],
    },
    "porting": {
        "t": ["Nummerbehoud bevestigd", "Overstappen naar ons netwerk"],
        "p": ["Uw nummer {M} wordt morgenochtend overgezet.", "Lukt het niet? Bel gratis {T}."],
        "n": ["Nieuwe simkaart {N:iccid}, pincode {N:simpin}, PUK {N:puk}."],
    },
    "router": {
        "t": ["Modem installeren", "Snelstart wifi-router"],
        "p": ["De instellingen vindt u op {IP}.", "Monteur {NAME} belt u vooraf vanaf {M}."],
        "n": ["Wifi-sleutel {N:wifi_key}, type {N:model}, MAC {N:mac}.", "Gemeten snelheid {N:speed}."],
    },
    "netdown": {
        "t": ["Storing internet", "Update netwerkstoring"],
        "p": ["Zakelijke klanten bellen {P}.", "Vanuit het buitenland: {I}."],
        "n": ["Verbinding {N:circuit}; gemeten {N:latency}.", "Masten op {N:band} werken normaal."],
    },
    "ticket": {
        "t": ["ICT-servicedesk: melding", "Escalatie tweede lijn"],
        "p": ["Melder {NAME} is bereikbaar op {P} of {M}.", "Reageren via {E} met het meldingsnummer."],
        "n": ["Melding {N:ticket}, assetnummer {N:asset}, foutcode {N:errcode}."],
    },
    "forward": {
        "t": ["Doorschakelen instellen", "Voicemail instellen"],
        "p": ["Uw voicemail beluistert u via {P}.", "Doorschakelen naar mobiel: **21*{M}# en bellen."],
        "n": ["Standaard voicemailcode {N:simpin}."],
    },
    "switchboard": {
        "t": ["Interne telefoonlijst", "Toestelnummers"],
        "p": ["Receptie {P}; buiten kantooruren beveiliging {M}.", "Facilitair: {E}."],
        "n": ["Financiën toestellen {N:ext_range}; telefonie op {N:vlan}."],
    },
    "smarthome": {
        "t": ["Opleveringsnotitie slimme thermostaat", "Werkbon domotica"],
        "p": ["Hub vast op {IP}.", "Storingen in de eerste maand: installateur {NAME}, {M}."],
        "n": ["Koppelcode {N:matter}, netwerk {N:zigbee}, firmware {N:firmware}."],
    },
}
NL_LOCAL = [
    "Woont u in {town}? Dan belt u de winkel gewoon op {L}.",
    "Vast nummer binnen {town}, zonder netnummer: {L}.",
    "Servicepunt {town}: {L} (balie) of {L} (storingsdienst).",
    "Lokaal in {town} bereikbaar onder {L}.",
    "Vanuit {town} zelf is het kortweg {L}.",
]
NL_LIST = (["Belangrijke nummers", "Escalatielijst"], ["Receptie", "Storingsdienst", "Facturen", "Piket"])

PT = {
    "bill": {
        "t": ["Sua fatura do celular", "Fatura de internet"],
        "p": [
            "Dúvidas sobre a fatura: central {P}.",
            "Ligações para {M} cobradas à parte.",
            "Pagamento no cartão {C}.",
        ],
        "n": [
            "Código do cliente {N:customer}, fatura {N:invoice}, período {N:period}.",
            "Franquia: {N:allowance}.",
        ],
    },
    "porting": {
        "t": ["Portabilidade do seu número", "Troca de operadora"],
        "p": ["Seu número {M} será migrado em até três dias úteis.", "Problemas? Ligue grátis {T}."],
        "n": ["Chip {N:iccid}, PIN {N:simpin}, PUK {N:puk}."],
    },
    "router": {
        "t": ["Instalação do roteador", "Guia rápido do modem"],
        "p": ["Acesse a configuração em {IP}.", "O técnico {NAME} vai ligar do {M} antes da visita."],
        "n": ["Senha do Wi-Fi {N:wifi_key}, modelo {N:model}, velocidade {N:speed}."],
    },
    "repair": {
        "t": ["Ordem de serviço – assistência técnica", "Comprovante de conserto"],
        "p": [
            "Avisaremos por SMS no {M} quando o aparelho estiver pronto.",
            "Dúvidas: assistência {P} ou {EP}.",
        ],
        "n": ["IMEISV {N:imeisv}, OS {N:rma}, bateria {N:battery}."],
    },
    "ticket": {
        "t": ["Chamado de TI", "Escalonamento – suporte"],
        "p": ["Usuário {NAME}, ramal à parte, telefone {P}.", "Responder para {E}."],
        "n": ["Chamado {N:ticket}, patrimônio {N:asset}, erro {N:errcode}."],
    },
    "confcall": {
        "t": ["Convite: reunião de rede", "Audioconferência"],
        "p": ["Acesso por telefone: {P}; do exterior, {I}.", "Organizador: {NAME}, {EP}."],
        "n": ["ID da reunião {N:meeting_id}, senha {N:passcode}."],
    },
    "smarthome": {
        "t": ["Relatório de instalação – casa inteligente", "Notas do instalador"],
        "p": ["Central com IP fixo {IP}.", "Suporte do instalador {NAME}: {M}."],
        "n": ["Código de pareamento {N:homekit}, rede {N:zigbee}."],
    },
}
PT_LOCAL = [
    "Quem mora em {town} liga para a loja no {L}, sem DDD.",
    "Fixo em {town}: {L} (atendimento) e {L} (suporte técnico).",
    "Ligação local em {town}? Disque {L}.",
    "Central da unidade {town} – de telefone fixo da cidade, {L}.",
    "Em {town}, só discar {L}.",
]
PT_LIST = (["Telefones úteis", "Contatos de escalonamento"], ["Central", "Suporte", "Cobrança", "Plantão"])

HI = {
    "bill": {
        "t": ["आपका मोबाइल बिल", "ब्रॉडबैंड बिल"],
        "p": ["बिल से जुड़े सवालों के लिए {P} पर कॉल करें।", "{M} पर की गई कॉल अलग से जोड़ी गई हैं।"],
        "n": ["ग्राहक संख्या {N:customer}, बिल {N:invoice}, अवधि {N:period}।", "डेटा उपयोग: {N:allowance}।"],
    },
    "porting": {
        "t": ["नंबर पोर्टिंग की पुष्टि", "ऑपरेटर बदलना"],
        "p": ["आपका नंबर {M} तीन दिन में हमारे नेटवर्क पर आ जाएगा।", "दिक्कत हो तो टोल-फ्री {T} पर बात करें।"],
        "n": ["नया सिम {N:iccid}, PIN {N:simpin}, PUK {N:puk}।"],
    },
    "router": {
        "t": ["राउटर सेटअप", "मॉडेम लगाने के निर्देश"],
        "p": ["सेटिंग्स के लिए ब्राउज़र में {IP} खोलें।", "तकनीशियन {NAME} आने से पहले {M} से फोन करेंगे।"],
        "n": ["वाई-फाई पासवर्ड {N:wifi_key}, मॉडल {N:model}, फ़र्मवेयर {N:firmware}।"],
    },
    "repair": {
        "t": ["मरम्मत रसीद", "सर्विस सेंटर जॉब कार्ड"],
        "p": ["फोन तैयार होने पर {M} पर SMS भेजा जाएगा।", "पूछताछ: सर्विस सेंटर {P}।"],
        "n": ["IMEISV {N:imeisv}, जॉब {N:rma}, बैटरी {N:battery}।"],
    },
    "ticket": {
        "t": ["आईटी हेल्पडेस्क टिकट", "एस्केलेशन सूची"],
        "p": ["उपयोगकर्ता {NAME} से {P} या {M} पर संपर्क करें।", "जवाब {E} पर भेजें।"],
        "n": ["टिकट {N:ticket}, एसेट {N:asset}, त्रुटि {N:errcode}।"],
    },
    "switchboard": {
        "t": ["कार्यालय टेलीफोन सूची", "एक्सटेंशन सूची"],
        "p": ["मुख्य स्विचबोर्ड {P}; रात में सुरक्षा {M}।"],
        "n": ["लेखा विभाग एक्सटेंशन {N:ext_range}; फोन {N:vlan} पर।"],
    },
}
HI_LOCAL = [
    "{town} शहर के लैंडलाइन से शोरूम का नंबर बस {L} है।",
    "{town} में लोकल कॉल: {L} (काउंटर) या {L} (तकनीकी सहायता)।",
    "{town} के अंदर बिना STD कोड के {L} डायल करें।",
    "स्विचबोर्ड ({town}, लोकल): {L}।",
    "{town} से हों तो सीधे {L} मिलाइए।",
]
HI_LIST = (["ज़रूरी नंबर", "एस्केलेशन संपर्क"], ["स्विचबोर्ड", "सहायता", "बिलिंग", "ड्यूटी इंजीनियर"])
