"""Dutch, Portuguese and Hindi text: ambassades, naturalisatie; consulados, vistos; दूतावास, वीज़ा, "
"पासपोर्ट."""

NL = {
    "GENRES": {
        "ceremony": {
            "titles": ["Uitnodiging naturalisatieceremonie", "Uw naturalisatie: de ceremonie"],
            "s": [
                "U bent van harte uitgenodigd voor de naturalisatieceremonie in het stadhuis.",
                "Tijdens de ceremonie legt u de verklaring van verbondenheid af.",
                "Kunt u niet komen? Bel dan het team Burgerzaken op {NAT}.",
                "Uw besluit heeft kenmerk {N:cert_no}.",
                "Neem uw verblijfsdocument ({N:eat_card}) mee.",
                "Vragen over de ceremonie kunt u mailen naar {RMAIL}.",
            ],
        },
        "adviser": {
            "titles": ["Opdrachtbevestiging immigratieadvies", "Stand van zaken in uw dossier"],
            "s": [
                "Wij hebben uw aanvraag voor een verblijfsvergunning bij de IND ingediend; dossiernummer "
                "{N:case_file}.",
                "De beslistermijn is {N:working_days} werkdagen.",
                "Bel mij gerust op {NAT}, of buiten kantoortijd op {MOB}.",
                "Ons honorarium kunt u overmaken naar {IBAN}, o.v.v. {N:transfer_ref}.",
                "Stuurt u de ondertekende stukken naar {PMAIL}?",
            ],
        },
        "embassy": {
            "titles": ["Bericht van de consulaire afdeling", "Ambassade gesloten op feestdag"],
            "s": [
                "De consulaire afdeling is maandag gesloten vanwege een nationale feestdag.",
                "In noodgevallen is de dienstdoende medewerker bereikbaar op {INTL}.",
                "Paspoortaanvragen op afspraak: {N:opening_hours}.",
                "Het afsprakensysteem draait tijdelijk op {IP}.",
                "Het BZ Contactcenter is 24/7 bereikbaar via {FREE}.",
                "Uw paspoortnummer {N:passport_no} vindt u op de fotopagina.",
            ],
        },
        "apostille": {
            "titles": ["Legalisatie van uw documenten", "Apostille aangevraagd"],
            "s": [
                "De apostille is afgegeven onder nummer {N:apostille_no}.",
                "De rechtbank behandelt aanvragen binnen {N:working_days} werkdagen.",
                "Voor vragen over legalisatie belt u {NAT}.",
                "Stuur de originelen naar het legalisatiebureau, {N:postcode_nl}.",
            ],
        },
    },
    "NEG_EXTRA": [
        "Visumsticker: {N:visa_sticker}.",
        "Vlucht {N:flight} landt om kwart over zeven.",
        "Geldigheid: {N:validity}.",
        "Postadres: {N:embassy_pobox}.",
    ],
    "LOCAL": [
        "Woont u in {TOWN}? Het loket naturalisatie heeft een lokaal nummer: {L1}.",
        "Binnen {TOWN} draait u voor de balie Burgerzaken {L1}; voor afspraken {L2}.",
        "Vanuit het netnummergebied {TOWN} volstaat {L1}.",
        "Het honorair consulaat in {TOWN} neemt op onder {L1} (lokaal tarief).",
        "Voor klanten uit {TOWN}: ons kantoor belt u zonder netnummer op {L1}.",
        "Belt u vanaf een vaste lijn in {TOWN}, kies dan {L1} voor de paspoortbalie en {L2} voor spoed.",
        "Lokaal bereikbaar in {TOWN}: {L1} – vraag naar de immigratieadviseur.",
        "Balie paspoorten {TOWN} (bellen binnen de stad):\n{L1}",
        "„Vanuit {TOWN} gewoon {L1} draaien”, zei de medewerker van het gemeenteloket.",
        "{L1} is het nummer voor bellers uit {TOWN}; het netnummer kunt u weglaten.",
    ],
    "LIST_HEADS": ["Telefoonnummers bij uw aanvraag", "Wie belt u?", "Contact"],
    "LIST_LABELS": ["Visumafdeling", "Burgerzaken", "Spoedlijn", "Legalisatie", "Paspoorten"],
    "ROLES": ["visa", "consulaire.zaken", "naturalisatie", "legalisatie"],
    "TEL": "tel.",
}

PT = {
    "GENRES": {
        "passport": {
            "titles": ["Agendamento de passaporte", "Seu passaporte está pronto"],
            "s": [
                "Seu atendimento para emissão de passaporte está marcado para {N:time_slot}.",
                "Leve o passaporte anterior, número {N:passport_no}, e um documento com foto.",
                "Para remarcar, ligue para o posto de atendimento: {NAT}.",
                "A taxa de {N:fee_amount} foi paga com o cartão {CARD}.",
                "Dúvidas podem ser enviadas para {RMAIL}.",
                "Validade do novo documento: {N:validity}.",
            ],
        },
        "vac": {
            "titles": ["Confirmação de agendamento – centro de vistos", "Coleta de biometria"],
            "s": [
                "A coleta de biometria será das {N:time_slot}.",
                "Número do agendamento: {N:vac_booking}.",
                "O sistema de agendamento está temporariamente em {IP}.",
                "Fotos no formato {N:photo_size}, fundo branco.",
                "Central de atendimento ao solicitante: {FREE}.",
                "Em caso de atraso, avise pelo WhatsApp {MOB}.",
            ],
        },
        "embassy": {
            "titles": ["Aviso do setor consular", "Consulado: plantão de emergência"],
            "s": [
                "O setor consular não abrirá na sexta-feira por causa do feriado.",
                "Plantão consular para emergências: {MOB}.",
                "O Itamaraty atende brasileiros no exterior pelo {INTL}.",
                "Horário de atendimento ao público: {N:opening_hours}.",
                "Correspondência: {N:embassy_pobox}.",
            ],
        },
        "apostille": {
            "titles": ["Apostilamento de documentos", "Legalização e apostila"],
            "s": [
                "A apostila foi registrada sob o número {N:apostille_no}.",
                "O cartório atende pelo telefone {NAT}.",
                "O valor deve ser transferido para o IBAN {IBAN}.",
                "Envie os originais para o cartório, {N:postcode_br}.",
                "Traduções juramentadas: fale com {PMAIL}.",
            ],
        },
    },
    "NEG_EXTRA": [
        "Protocolo do processo: {N:case_file}.",
        "Voo {N:flight}, chegada pela manhã.",
        "Data de nascimento: {N:birth_date}.",
    ],
    "LOCAL": [
        "Quem liga de {TOWN} fala com o consulado honorário no {L1}, sem precisar do DDD.",
        "Em {TOWN}, o posto de passaportes atende no {L1} e o setor de vistos no {L2}.",
        "Ligação local de {TOWN}: cartório de apostilas, {L1}.",
        "Para moradores de {TOWN}, o escritório de imigração fica no {L1} (fixo).",
        "De um fixo em {TOWN} basta discar {L1} para falar com a despachante.",
        "Telefone local em {TOWN}: {L1}; recados com a secretária pelo {L2}.",
        "Precisa de ajuda com o visto em {TOWN}? Disque {L1}, ligação local.",
        "Setor de legalizações – {TOWN} (ligação local):\n{L1}",
        "— Daqui de {TOWN} é só ligar {L1} — explicou a atendente do consulado.",
        "{L1} é o número fixo para quem está em {TOWN} (dispensa o DDD).",
    ],
    "LIST_HEADS": ["Telefones do consulado", "Para quem ligar", "Contatos do seu processo"],
    "LIST_LABELS": ["Setor de vistos", "Passaportes", "Plantão", "Cartório", "Atendimento"],
    "ROLES": ["vistos", "consulado", "passaportes", "atendimento"],
    "TEL": "tel.",
}

HI = {
    "GENRES": {
        "passport": {
            "titles": ["पासपोर्ट अपॉइंटमेंट की सूचना", "पासपोर्ट सेवा केंद्र – ज़रूरी जानकारी"],
            "s": [
                "आपका अपॉइंटमेंट {N:time_slot} के बीच है, कृपया समय से पहुँचें।",
                "पुराना पासपोर्ट ({N:passport_no}) और मूल दस्तावेज़ साथ लाएँ।",
                "अपॉइंटमेंट बदलने के लिए {NAT} पर फ़ोन करें।",
                "किसी भी सवाल के लिए टोल-फ़्री नंबर {FREE} पर बात करें।",
                "पुलिस वेरिफ़िकेशन के बारे में अधिकारी का मोबाइल {MOB} है।",
            ],
        },
        "vac": {
            "titles": ["वीज़ा आवेदन केंद्र – बुकिंग", "बायोमेट्रिक अपॉइंटमेंट"],
            "s": [
                "आपकी बुकिंग संख्या {N:vac_booking} है।",
                "फ़ोटो का आकार {N:photo_size} होना चाहिए।",
                "अपॉइंटमेंट पोर्टल अस्थायी रूप से {IP} पर चल रहा है।",
                "देर होने पर केंद्र को {NAT} पर सूचित करें।",
                "शुल्क {N:fee_amount} ऑनलाइन जमा हो चुका है।",
                "कूरियर से पासपोर्ट वापसी के लिए {RMAIL} पर लिखें।",
            ],
        },
        "embassy": {
            "titles": ["दूतावास की सूचना", "कांसुलर सेक्शन – अवकाश"],
            "s": [
                "राष्ट्रीय अवकाश के कारण कांसुलर सेक्शन सोमवार को बंद रहेगा।",
                "आपात स्थिति में ड्यूटी अधिकारी से {INTL} पर संपर्क करें।",
                "काउंटर का समय {N:opening_hours} है।",
                "OCI कार्ड संख्या {N:oci_no} वाले आवेदक फ़ॉर्म {N:form_no} भरें।",
            ],
        },
        "apostille": {
            "titles": ["अपोस्टिल और सत्यापन", "दस्तावेज़ों का सत्यापन"],
            "s": [
                "आपके दस्तावेज़ का अपोस्टिल नंबर {N:apostille_no} है।",
                "सत्यापन डेस्क से {NAT} पर बात की जा सकती है।",
                "विनिमय दर आज {N:exchange_rate} है।",
                "ज़्यादा जानकारी के लिए {PMAIL} पर ईमेल करें।",
            ],
        },
    },
    "NEG_EXTRA": [
        "आपकी फ़्लाइट {N:flight} है।",
        "जन्म तिथि: {N:birth_date}",
        "प्रतीक्षा सूची में आपका स्थान {N:waitlist_pos} है।",
    ],
    "LOCAL": [
        "{TOWN} के लैंडलाइन से पासपोर्ट हेल्पडेस्क का लोकल नंबर {L1} है।",
        "{TOWN} शहर में रहने वाले आवेदक सीधे {L1} मिलाएँ, STD कोड की ज़रूरत नहीं।",
        "{TOWN} में मानद कौंसुल का दफ़्तर {L1} पर और उनका क्लर्क {L2} पर मिलेगा।",
        "लोकल कॉल ({TOWN}): अटेस्टेशन ऑफ़िस – {L1}",
        "अगर आप {TOWN} से ही फ़ोन कर रहे हैं तो वीज़ा डेस्क का नंबर बस {L1} है।",
        "{TOWN} के भीतर इमिग्रेशन सलाहकार को {L1} पर कॉल करें।",
        "पासपोर्ट काउंटर, {TOWN} (शहर के फ़ोन से):\n{L1}",
        'क्लर्क ने कहा, "{TOWN} से हैं तो बस {L1} मिला लीजिए।"',
    ],
    "LIST_HEADS": ["संपर्क नंबर", "किसे फ़ोन करें", "ज़रूरी संपर्क"],
    "LIST_LABELS": ["वीज़ा डेस्क", "पासपोर्ट काउंटर", "आपात अधिकारी", "सत्यापन", "अपॉइंटमेंट"],
    "ROLES": ["visa.help", "consular.hi", "passport.seva", "attestation"],
    "TEL": "फ़ोन",
}
