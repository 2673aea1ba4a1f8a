"""Dutch, Portuguese and Hindi sentences for the v120 set (postal services)."""

NL = {
    "titles": {
        "counter": ["Postkantoor – bericht aan klanten", "Nieuws van de balie"],
        "pobox": ["Uw postbus", "Verlenging postbushuur"],
        "sorting": ["We hebben u gemist", "Sorteercentrum – afhaalbericht"],
        "redirect": ["Uw verhuisdoorzending", "Bevestiging doorzending"],
        "franking": ["Frankeermachine – overzicht", "Aanlevering zakelijke post"],
        "rural": ["Postpunt in de dorpswinkel", "Postagentschap – nieuwe tijden"],
    },
    "body": {
        "counter": [
            "De balie voor aangetekende post zit voortaan achterin het kantoor.",
            "Voor grote partijen maakt u een afspraak via {P}.",
            "Vragen over uw bon? Mail naar {E}.",
            "{NAME} helpt op dinsdag met rijbewijsaanvragen, mobiel {M}.",
            "De betaling met kaart {C} is teruggeboekt.",
        ],
        "pobox": [
            "De huur van uw postbus wordt afgeschreven van {IB}.",
            "Sleutel kwijt? Bel meteen {P}.",
            "Wat niet in de bus past, bewaren we twee weken aan de balie.",
            "Een extra naam op de postbus? Mail {E}.",
        ],
        "sorting": [
            "We konden uw pakket niet bezorgen omdat er een handtekening nodig was.",
            "Nieuwe bezorgdag afspreken: bel {P} of sms {M}.",
            "De douanebetaling werd gedaan vanaf {IP}.",
            "Neem dit briefje en uw legitimatie mee naar het afhaalpunt.",
        ],
        "redirect": [
            "We sturen uw post door naar het nieuwe adres zolang u dat wilt.",
            "De kosten zijn afgeschreven van kaart {C}.",
            "Einddatum wijzigen? Bel {T}.",
            "Niets aangevraagd? Neem direct contact op via {P}.",
        ],
        "franking": [
            "Het tegoed van uw frankeermachine wordt aangevuld via incasso van {IB}.",
            "Zakelijke post gebundeld per vijftig en gesorteerd op postcode aanleveren.",
            "Aanleveren aan het dock tussen 14 en 17 uur; later? Bel {P}.",
            "Uw accountmanager: {NAME}, {PE}, mobiel {M}.",
        ],
        "rural": [
            "Het postpunt in de dorpswinkel is nu ook op woensdagmiddag open.",
            "{NAME} beheert het postagentschap; berichten kunnen ook naar {M}.",
            "Voor openingstijden in de zomer belt u {P}.",
            "Klantenservice: {T}.",
        ],
    },
    "neg": ["Vermeld bij vragen altijd {nl} {N}.", "{NL}: {N}.", "Op de bon staat {nl} {N}."],
    "list_heads": ["Telefoonnummers postkantoor", "Contact post en pakketten"],
    "list_labels": ["Balie", "Sorteercentrum", "Postbussen", "Doorzending", "Zakelijk", "Postagentschap"],
    "local": {
        "NL": [
            "Bellen binnen {TOWN}? Het postkantoor is bereikbaar op {L}.",
            "Voor {TOWN}se postbushouders: {L} (zonder netnummer), de balie {L}.",
            "Binnen de regio {TOWN} volstaat {L} voor het sorteercentrum.",
            "Lokaal ({TOWN}): afhaalbalie {L}.",
        ],
    },
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: tel. {ph}"],
}

PT = {
    "titles": {
        "counter": ["Agência dos Correios – aviso", "Novidades no balcão"],
        "pobox": ["Sua caixa postal", "Renovação da caixa postal"],
        "sorting": ["Aviso de chegada: objeto aguardando retirada", "Centro de distribuição – retirada"],
        "redirect": ["Reencaminhamento de correspondência confirmado", "Seu pedido de redirecionamento"],
        "franking": ["Máquina de franquear – extrato", "Postagem em grande volume"],
        "rural": ["Agência comunitária dos Correios", "Posto postal rural"],
    },
    "body": {
        "counter": [
            "O balcão de registados passou para o fundo da loja.",
            "Para postagens grandes, agende pelo {P}.",
            "Dúvidas sobre o comprovante? Escreva para {E}.",
            "{NAME} atende os vales postais às terças; celular {M}.",
        ],
        "pobox": [
            "A mensalidade da caixa postal será debitada em {IB}.",
            "Perdeu a chave? Ligue já para {P}.",
            "O pagamento foi feito com o cartão {C}.",
            "Volumes que não cabem ficam no balcão por sete dias úteis.",
        ],
        "sorting": [
            "Não foi possível entregar o objeto: era preciso assinatura.",
            "Para reagendar, ligue {P} ou mande mensagem para {M}.",
            "O pagamento da taxa de importação foi feito a partir de {IP}.",
        ],
        "redirect": [
            "Sua correspondência será enviada para o novo endereço no período escolhido.",
            "Para mudar a data final, ligue {T}.",
            "Não pediu nada? Ligue imediatamente para {P}.",
        ],
        "franking": [
            "O saldo da máquina é recarregado por débito em {IB}.",
            "Postagens em volume devem vir amarradas de cinquenta em cinquenta, por CEP.",
            "Entrega na doca das 14h às 17h; em caso de atraso, ligue {P}.",
            "Sua gerente: {NAME}, {PE}, celular {M}.",
        ],
        "rural": [
            "A agência comunitária funciona na mercearia da vila às segundas e quintas.",
            "{NAME} cuida do posto; deixe recado no {M}.",
            "Horários de feriado: {P}.",
            "Central de atendimento: {T}.",
        ],
    },
    "neg": ["Informe {nl} {N} em qualquer contato.", "{NL}: {N}.", "Consta no comprovante {nl} {N}."],
    "list_heads": ["Telefones da agência", "Contatos úteis"],
    "list_labels": [
        "Balcão",
        "Distribuição",
        "Caixas postais",
        "Redirecionamento",
        "Empresas",
        "Posto rural",
    ],
    "local": {
        "BR": [
            "De um fixo de {TOWN}, a agência central atende no {L}.",
            "Em {TOWN}, ligação local: balcão {L}, caixas postais {L}.",
            "Mora em {TOWN}? O centro de distribuição é só discar {L}.",
            "Atendimento local ({TOWN}): {L}.",
        ],
    },
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: tel. {ph}"],
}

HI = {
    "titles": {
        "counter": ["डाकघर काउंटर – ग्राहकों के लिए सूचना", "काउंटर पर इस हफ़्ते"],
        "pobox": ["आपका पोस्ट बॉक्स", "पोस्ट बॉक्स नवीनीकरण"],
        "sorting": ["डिलीवरी नहीं हो सकी – सूचना", "छँटाई कार्यालय से संदेश"],
        "redirect": ["डाक पुनर्निर्देशन की पुष्टि", "आपका रीडायरेक्शन अनुरोध"],
        "franking": ["फ्रैंकिंग मशीन – विवरण", "थोक डाक जमा करने के नियम"],
        "rural": ["ग्रामीण डाक सेवक सूचना", "शाखा डाकघर – नया समय"],
    },
    "body": {
        "counter": [
            "रजिस्टर्ड डाक का काउंटर अब हॉल के पीछे है।",
            "बड़ी बुकिंग के लिए {P} पर समय लें।",
            "रसीद के बारे में सवाल हों तो {E} पर लिखें।",
            "{NAME} मंगलवार को मनी ऑर्डर देखते हैं, मोबाइल {M}।",
        ],
        "pobox": [
            "पोस्ट बॉक्स का किराया कार्ड {C} से लिया गया है।",
            "चाबी खो गई? तुरंत {P} पर बताइए।",
            "बड़े पार्सल काउंटर पर दस दिन रखे जाते हैं।",
        ],
        "sorting": [
            "हस्ताक्षर ज़रूरी था, इसलिए आपका पार्सल नहीं दिया जा सका।",
            "दोबारा डिलीवरी के लिए {P} पर फ़ोन करें या {M} पर SMS भेजें।",
            "कस्टम शुल्क का भुगतान {IP} से दर्ज हुआ।",
        ],
        "redirect": [
            "चुनी गई अवधि तक आपकी डाक नए पते पर भेजी जाएगी।",
            "तारीख़ बदलनी हो तो {T} पर कॉल करें।",
            "अगर आपने यह अनुरोध नहीं किया, तो तुरंत {P} पर संपर्क करें।",
        ],
        "franking": [
            "फ्रैंकिंग मशीन का बैलेंस कार्ड {C} से रिचार्ज हुआ।",
            "थोक डाक पचास-पचास के बंडल में, पिन कोड के हिसाब से छाँटकर लाएँ।",
            "खाता प्रबंधक: {NAME}, {PE}, मोबाइल {M}।",
        ],
        "rural": [
            "शाखा डाकघर अब बुधवार दोपहर को भी खुलेगा।",
            "ग्रामीण डाक सेवक {NAME} से {M} पर बात करें।",
            "किसी और सहायता के लिए {T} पर कॉल करें।",
        ],
    },
    "neg": ["संपर्क करते समय {nl} {N} बताएँ।", "{NL}: {N}।", "रसीद पर {nl} {N} लिखा है।"],
    "list_heads": ["डाकघर के नंबर", "ज़रूरी संपर्क"],
    "list_labels": ["काउंटर", "डिलीवरी कार्यालय", "पोस्ट बॉक्स", "स्पीड पोस्ट", "थोक डाक", "शाखा डाकघर"],
    "local": {
        "IN": [
            "{TOWN} के लैंडलाइन से प्रधान डाकघर की पूछताछ {L} पर होती है।",
            "{TOWN} शहर में स्पीड पोस्ट काउंटर {L} और पोस्ट बॉक्स सेक्शन {L} है।",
            "{TOWN} के भीतर उप डाकघर के लिए बस {L} मिलाइए।",
            "लोकल कॉल ({TOWN}): पार्सल सेक्शन {L}।",
        ],
    },
    "list_fmt": ["{lab}\t{ph}", "• {lab}, {ph}", "{ph} ({lab})", "{lab} — {ph}", "{lab}: फ़ोन {ph}"],
}
