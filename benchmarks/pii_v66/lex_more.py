"""Spanish, Italian, Dutch, Portuguese and Hindi sentences for retail documents."""

ES = {
    "titles": {
        "returns": ["Hemos recibido tu devolución", "Cambio en tienda"],
        "collect": ["Tu pedido ya está en tienda", "Recogida en tienda – recordatorio"],
        "seller": ["Mensaje del vendedor", "Tu compra en el marketplace"],
        "pawn": ["Contrato de empeño – copia del cliente", "Renovación de préstamo"],
    },
    "pos": {
        "returns": [
            "Te devolveremos el importe a la cuenta {IBAN}. Si tienes dudas, llama al {NAT}.",
            "También puedes escribirnos a {EMR}.",
            "El reembolso irá a la tarjeta {CC}.",
        ],
        "collect": [
            "Tu paquete está en el mostrador. Si lo recoge otra persona, avisa a la tienda en el {NAT}.",
            "Te mandaremos un SMS al {MOB} cuando esté listo.",
            "Línea gratuita: {FREE}.",
        ],
        "seller": [
            "Gracias por tu compra. Si hay algún problema, escríbeme al {MOB} por las tardes.",
            "Puedes contactarme en {EMP}.",
            "Para compradores de fuera, nuestra oficina: {INTL}.",
        ],
        "pawn": [
            "Para renovar el préstamo, llámanos al {NAT} antes del vencimiento.",
            "Los pagos, por transferencia a {IBAN}.",
            "Te avisaremos al {MOB} una semana antes.",
        ],
    },
    "neg": {
        "returns": [
            "Artículo {N:ean13}.",
            "Ticket {N:receipt_no}.",
            "Importe: {N:price}.",
            "Seguimiento: {N:tracking}.",
        ],
        "collect": [
            "Código de recogida: {N:collect_code}.",
            "Taquilla y código: {N:locker_code}.",
            "Franja: {N:slot}.",
        ],
        "seller": ["Anuncio {N:listing_id}.", "Valoración: {N:rating}.", "Medidas: {N:dims}."],
        "pawn": [
            "Prenda: pulsera, {N:gold_weight}.",
            "Interés {N:loan_rate}; vence el {N:redeem_date}.",
            "Papeleta {N:pawn_ticket}.",
        ],
    },
    "heads": ["Teléfonos de la tienda", "Contacto"],
    "labels": ["Atención al cliente", "Devoluciones", "Recogidas", "Encargado", "Tasaciones"],
}

IT = {
    "titles": {
        "returns": ["Reso ricevuto", "Cambio merce in negozio"],
        "collect": ["Il tuo ordine è pronto per il ritiro", "Ritiro in negozio"],
        "loyalty": ["La tua carta fedeltà", "Saldo punti"],
        "secondhand": ["Conto vendita: riepilogo", "Usato ritirato"],
    },
    "pos": {
        "returns": [
            "Il rimborso verrà accreditato sull'IBAN {IBAN}. Per domande chiama il {NAT}.",
            "Puoi anche scriverci a {EMR}.",
            "Importo riaccreditato sulla carta {CC}.",
        ],
        "collect": [
            "Il pacco è alla cassa centrale. Se passa un'altra persona, avvisa il negozio al {NAT}.",
            "Ti manderemo un SMS al {MOB}.",
            "Numero verde per i ritiri: {FREE}.",
        ],
        "loyalty": [
            "Carta smarrita? Bloccala chiamando il {NAT}.",
            "L'estratto punti arriverà a {EMP}.",
            "I negozi partner all'estero rispondono al {INTL}.",
        ],
        "secondhand": [
            "Il ricavato della vendita sarà bonificato su {IBAN}.",
            "Per riprendere l'invenduto chiama il {NAT}.",
            "Il furgone per i mobili: {MOB}.",
        ],
    },
    "neg": {
        "returns": ["Articolo {N:ean13}.", "Scontrino {N:receipt_no}.", "Rimborso: {N:price}."],
        "collect": [
            "Codice ritiro: {N:collect_code}.",
            "Fascia oraria {N:slot}.",
            "Negozio {N:store_no}, CAP {N:postcode}.",
        ],
        "loyalty": ["Saldo: {N:loyalty_points}.", "Buono {N:voucher}.", "Rate: {N:instalments}."],
        "secondhand": ["Conferente {N:consignor}.", "Libro: ISBN {N:isbn13}.", "Credenza, {N:dims}."],
    },
    "heads": ["Numeri del negozio", "Come contattarci"],
    "labels": ["Cassa", "Assistenza clienti", "Ritiri", "Responsabile", "Conto vendita"],
}

NL = {
    "titles": {
        "returns": ["Je retour is binnen", "Ruilen in de winkel", "Terugbetaling van je bestelling"],
        "collect": ["Je bestelling ligt klaar", "Afhalen in de winkel"],
        "seller": ["Bericht van de verkoper", "Je aankoop via het platform"],
        "secondhand": ["Afrekening consignatie", "Inkoop tweedehands"],
    },
    "pos": {
        "returns": [
            "We storten het bedrag terug op {IBAN}. Vragen? Bel de retourafdeling op {NAT}.",
            "Mailen kan ook: {EMR}.",
            "Het bedrag gaat terug naar de kaart {CC}.",
            "De koerier belt vooraf op {MOB}.",
        ],
        "collect": [
            "Je pakket ligt bij de servicebalie. Komt iemand anders het halen, bel dan eerst de "
            "winkel: {NAT}.",
            "We sturen een sms naar {MOB} zodra alles klaarligt.",
            "Gratis afhaallijn: {FREE}.",
        ],
        "seller": [
            "Bedankt voor je aankoop! Is er iets mis, app me gerust op {MOB}.",
            "Je kunt me ook mailen op {EMP}.",
            "Kopers uit het buitenland: {INTL}.",
        ],
        "secondhand": [
            "Zodra je spullen verkocht zijn, maken we het over naar {IBAN}.",
            "Onverkochte spullen ophalen? Bel de winkel op {NAT}.",
            "De maandafrekening gaat naar {EMP}.",
        ],
    },
    "neg": {
        "returns": [
            "Artikel {N:ean13}.",
            "Bon {N:receipt_no}.",
            "Bedrag: {N:price}.",
            "Track & trace: {N:tracking}.",
        ],
        "collect": [
            "Afhaalcode: {N:collect_code}.",
            "Kluisje en code: {N:locker_code}.",
            "Tijdvak {N:slot}.",
        ],
        "seller": ["Advertentie {N:listing_id}.", "Beoordeling: {N:rating}.", "Afmetingen: {N:dims}."],
        "secondhand": ["Inbrenger {N:consignor}.", "Boek: ISBN {N:isbn13}.", "Stelling {N:bin_loc}."],
    },
    "local": [
        "Vanuit {TOWN} bel je de winkel op {L}, het netnummer mag je weglaten.",
        "Winkel {TOWN} (lokaal nummer):\n{L}",
        '"Gewoon {L} draaien," zei de verkoopster, "je zit toch in {TOWN}."',
        "Kassa {L}, magazijn {L} – allebei lokaal in {TOWN}.",
        "Telefoon {L} (binnen {TOWN}; van buiten de stad met netnummer).",
        "Woon je in {TOWN}? Dan is de balie te bereiken op {L}.",
    ],
    "heads": ["Telefoonnummers", "Zo bereik je ons"],
    "labels": ["Servicebalie", "Klantenservice", "Afhalen", "Bedrijfsleider", "Inkoop", "Bezorging"],
}

PT = {
    "titles": {
        "returns": ["Recebemos a sua devolução", "Troca na loja"],
        "collect": ["Seu pedido está pronto para retirada", "Retire na loja"],
        "seller": ["Mensagem do vendedor", "Sua compra no marketplace"],
        "pawn": ["Contrato de penhor – via do cliente", "Renovação do empréstimo"],
    },
    "pos": {
        "returns": [
            "O valor será devolvido na conta {IBAN}. Dúvidas? Ligue para {NAT}.",
            "Também pode escrever para {EMR}.",
            "O estorno vai para o cartão {CC}.",
        ],
        "collect": [
            "O pacote está no balcão. Se outra pessoa for buscar, avise a loja pelo {NAT}.",
            "Mandamos SMS para {MOB} quando estiver pronto.",
            "Linha gratuita: {FREE}.",
        ],
        "seller": [
            "Obrigado pela compra! Qualquer problema, me chama no {MOB}.",
            "Pode me escrever em {EMP}.",
            "Compradores do exterior: {INTL}.",
        ],
        "pawn": [
            "Para renovar, ligue para {NAT} antes do vencimento.",
            "Pagamentos por transferência para {IBAN}.",
            "Avisamos pelo {MOB} uma semana antes.",
        ],
    },
    "neg": {
        "returns": [
            "Produto {N:ean13}.",
            "Cupom {N:receipt_no}.",
            "Valor: {N:price}.",
            "Rastreio: {N:tracking}.",
        ],
        "collect": [
            "Código de retirada: {N:collect_code}.",
            "Armário e código: {N:locker_code}.",
            "Horário: {N:slot}.",
        ],
        "seller": ["Anúncio {N:listing_id}.", "Avaliação: {N:rating}.", "Medidas: {N:dims}."],
        "pawn": [
            "Joia: pulseira, {N:gold_weight}.",
            "Juros {N:loan_rate}; vence em {N:redeem_date}.",
            "Cautela {N:pawn_ticket}.",
        ],
    },
    "local": [
        "Quem liga de {TOWN} fala com a loja no {L}, sem o DDD.",
        "Loja {TOWN} (ligação local):\n{L}",
        '"É só discar {L}," disse a atendente, "você está em {TOWN}."',
        "Balcão {L}, estoque {L} – os dois são locais em {TOWN}.",
        "Telefone {L} (de {TOWN}; de fora, acrescente o DDD).",
        "Mora em {TOWN}? O caixa atende no {L}.",
    ],
    "heads": ["Telefones da loja", "Fale com a gente"],
    "labels": ["Balcão", "Atendimento", "Retirada", "Gerência", "Avaliação", "Entregas"],
}

HI = {
    "titles": {
        "returns": ["आपका रिटर्न मिल गया है", "दुकान पर बदलाव"],
        "collect": ["आपका ऑर्डर स्टोर पर तैयार है", "स्टोर से पिकअप"],
        "pawn": ["गिरवी रसीद – ग्राहक प्रति", "कर्ज़ नवीनीकरण"],
        "seller": ["विक्रेता का संदेश", "मार्केटप्लेस ऑर्डर"],
    },
    "pos": {
        "returns": [
            "रिफ़ंड पाँच दिन में आ जाएगा। कोई सवाल हो तो {NAT} पर कॉल करें।",
            "आप हमें {EMR} पर भी लिख सकते हैं।",
            "पैसा कार्ड {CC} पर वापस जाएगा।",
        ],
        "collect": [
            "पार्सल काउंटर पर रखा है। कोई और लेने आए तो पहले स्टोर को {NAT} पर बता दें।",
            "तैयार होते ही {MOB} पर SMS भेजेंगे।",
            "टोल-फ़्री नंबर: {FREE}।",
        ],
        "pawn": ["कर्ज़ बढ़वाना हो तो तारीख़ से पहले {NAT} पर संपर्क करें।", "याद दिलाने का SMS {MOB} पर आएगा।"],
        "seller": ["ख़रीदारी के लिए धन्यवाद! कोई दिक़्क़त हो तो {MOB} पर WhatsApp करें।", "ईमेल: {EMP}।"],
    },
    "neg": {
        "returns": ["सामान {N:ean13}।", "बिल {N:receipt_no}।", "रक़म: {N:price}।"],
        "collect": ["पिकअप कोड: {N:collect_code}।", "समय: {N:slot}।"],
        "pawn": ["गिरवी: कंगन, {N:gold_weight}।", "ब्याज {N:loan_rate}; अंतिम तिथि {N:redeem_date}।"],
        "seller": ["लिस्टिंग {N:listing_id}।", "रेटिंग: {N:rating}।"],
    },
    "local": [
        "{TOWN} शहर के अंदर से दुकान का नंबर सिर्फ़ {L} है।",
        "{TOWN} शोरूम (लोकल कॉल):\n{L}",
        '"{TOWN} से हो तो बस {L} मिलाइए," दुकानदार ने कहा।',
        "काउंटर {L}, गोदाम {L} – दोनों {TOWN} के लोकल नंबर हैं।",
        "फ़ोन {L} ({TOWN} से; बाहर से STD कोड लगाएँ)।",
    ],
    "heads": ["दुकान के नंबर", "संपर्क"],
    "labels": ["काउंटर", "ग्राहक सेवा", "पिकअप", "मैनेजर", "गिरवी"],
}
