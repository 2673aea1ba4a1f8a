"""Dutch, Portuguese and Hindi cells. '@genre slot' starts a cell; ' // ' is a line break."""

NL = """
@flea title
Vrijmarkt en rommelmarkt – info voor verkopers
Bevestiging van je kraam op de vlooienmarkt
@flea neg
Merchant-ID van de pinautomaat: {N:merchant_id}.
Je tafel staat in hal {N:hall_stand}, afmeting {N:stall_size}.
Inrijden voor verkopers: {N:hours}.
De lootjes {N:raffle_range} zijn getrokken; prijzen ophalen bij de bar.
Je verkoperscode is {N:trader_reg}, die staat ook op je badge.
Neem wisselgeld mee: {N:float_cash}, want de kantine wisselt niet.
@flea pos
Aanmelden en afzeggen via Ria op {PH} (ze spreekt in op de voicemail terug).
Verkopers met een invalidenkaart kunnen vooraf bellen naar {MO}.
De beheerder van de sporthal: {PH}, voor sleutels en verwarming.
@farmers title
Nieuws van de boerenmarkt
Nieuwsbrief streekmarkt
@farmers neg
De asperges hebben partijnummer {N:lot_code}, PLU {N:plu} bij de kassa.
De kaas ligt gekoeld op {N:fridge_temp}; we noteren het elke twee uur.
Nieuwe aardappelen voor {N:price_kg}; de honing heeft streepjescode {N:ean13}.
Ons biologisch certificaat: {N:organic}.
Vorige maand telden we zo'n {N:attendance} bezoekers op vier zaterdagen.
@farmers pos
Nieuwe telers kunnen Henk bellen op {PH}.
Kerstbestellingen voor kalkoen telefonisch: {MO}, 's avonds.
@fairground title
Kermis op het Marktplein – info voor exploitanten
Veiligheidsoverleg kermis
@fairground neg
Coördinaten van het kermisterrein: {N:gps}.
Het keuringsrapport van de botsauto's heeft nummer {N:inspection_cert}.
Minimale lengte voor de achtbaan: {N:ride_height}.
Woonwagens staan achter het reuzenrad; kenteken trekker {N:plate}.
Kinderbandjes beginnen bij {N:child_band}, verkrijgbaar bij de EHBO-post.
@fairground pos
De kermismeester, meneer Jansen, is bereikbaar op {MO}.
Buiten kantoortijd helpt de gemeente via {PH}.
@volunteer title
Vrijwilligersrooster festival
Bedankt dat je komt helpen!
@volunteer neg
Je eerste dienst is {N:shift_code}, verzamelen bij de infobalie om {N:set_time}.
Hesje {N:vest_no} ligt voor je klaar in de crewtent.
Je crewbandje heeft nummer {N:wristband}.
De portofoons staan op {N:radio_ch}.
@volunteer pos
Ziek of later? Laat het de vrijwilligerscoördinator zo snel mogelijk weten: {MO}.
De beheerder van de crewcamping is bereikbaar op {PH}.
@other
Gratis informatienummer van de markt: {OT}.
Storing aan de pinautomaat: bel {OT}, dag en nacht.
@intl
Onze kaasleverancier zit in het buitenland, maar neemt bestellingen aan op {IN}.
@email
Stuur je menukaart en allergenen naar {ER} voor vrijdag.
Foto's voor het programmaboekje: {EM}.
@card
De borg is afgeschreven van kaart {CC}.
@iban
Standgeld alleen per overschrijving naar IBAN {IB}, o.v.v. je boekingsnummer.
Terugbetaling voor de afgelaste markt gaat naar je rekening {IB}.
@ip
De pinautomaten gaan via het accesspoint op {IP} het festivalnetwerk op.
@heads
Contacten op de marktdag
Wie bel je?
@labels
Marktmeester
Terreinleiding
Elektra
Beveiliging
Gevonden voorwerpen
EHBO
@sign
Groet, {NAME}
Tot zaterdag! {NAME}, namens de marktcommissie
"""

LOCAL_NL = """
@local
Bel je vanuit {town}? Het marktkantoor heeft lokaal nummer {L}.
Kermisbureau {town} (alleen binnen de stad) // {L}
„Binnen {town} hoef je het netnummer niet te draaien, gewoon {L},” zei de marktmeester op de radio.
{L} – dat is vanaf een vaste lijn in {town} de standplaatscommissie; na zes uur {L2}.
Voor inwoners van {town}: aanmelden via {L}, vragen over stroom via {L2}.
De oude veilinghal in {town} heeft nog een vaste lijn, lokaal te bereiken op {L}.
"""

PT = """
@farmers title
Notícias da feira do produtor
Boletim da feira orgânica
@farmers neg
Localização: {N:gps}, ao lado da cooperativa.
O aspargo tem o lote {N:lot_code} e o código PLU {N:plu} no caixa.
O queijo fica refrigerado a {N:fridge_temp}; anotamos a cada duas horas.
Batata nova a {N:price_kg}; o pote de mel tem o código de barras {N:ean13}.
Nosso certificado orgânico: {N:organic}.
No mês passado foram cerca de {N:attendance} visitantes em quatro sábados.
@farmers pos
Novos produtores podem falar com o seu Antônio pelo {PH}.
Encomendas de Natal por telefone: {MO}, à noite.
@foodfest title
Manual do expositor – festival gastronômico
Festival de comida de rua: informações para os food trucks
@foodfest neg
Código do estabelecimento na maquininha: {N:merchant_id}.
Cada barraca recebe {N:gas} de gás, vistoriados antes da abertura.
O gerador principal é de {N:generator}.
O alvará sanitário {N:hygiene_ref} tem de bater com o exposto no balcão.
Depois das 22 h o ruído não pode passar de {N:noise}.
@foodfest pos
A responsável pela alimentação, Juliana, cuida das trocas de lugar: {MO}.
Entregas se agendam com a secretaria do evento pelo {PH}.
@flea title
Feira de antiguidades – guia do expositor
Bazar e brechó: confirmação da sua mesa
@flea neg
Sua mesa fica no pavilhão {N:hall_stand}, medida {N:stall_size}.
A rifa {N:raffle_range} já foi sorteada; prêmios na secretaria.
Seu código de expositor é {N:trader_reg}.
@flea pos
Inscrições e desistências com a dona Cida pelo {PH}.
O zelador do salão: {PH}, para chaves e limpeza.
@volunteer title
Escala de voluntários – festa junina
Obrigado por ser voluntário!
@volunteer neg
Seu primeiro turno é {N:shift_code}, encontro no posto de informações às {N:set_time}.
Pegue o colete {N:vest_no} na tenda da equipe.
Sua pulseira de equipe é a {N:wristband}.
@volunteer pos
Atrasou ou ficou doente? Avise a coordenação de voluntários pelo {MO}.
O chefe dos primeiros socorros fica com o {MO} o fim de semana todo.
@other
Informações gratuitas da prefeitura: {OT}.
Suporte da maquininha de cartão: {OT}, 24 horas.
@intl
Nosso fornecedor de queijos no exterior recebe pedidos pelo {IN}.
@email
Mandem o cardápio e os alérgenos para {ER} até sexta.
Fotos para a programação: {EM}.
@card
O depósito foi cobrado no cartão {CC}.
@iban
A taxa de ocupação paga-se por transferência para o IBAN {IB}.
@ip
As maquininhas entram no wifi do evento pelo ponto de acesso {IP}.
@heads
Telefones da feira
Para quem ligar no dia
@labels
Administração
Coordenação
Eletricista
Segurança
Achados e perdidos
@sign
Abraços, {NAME}
Até a feira! {NAME}, pela comissão
"""

LOCAL_BR = """
@local
Quem liga de fixo em {town} fala com a administração da feira no {L}, sem o DDD.
Barracão da festa em {town} (ligação local) // {L}
{L} – esse é o telefone da feira livre para quem está em {town}; à noite, {L2}.
"Daqui de {town} é só discar {L}", disse a presidente da associação dos feirantes.
Ligações locais em {town}: inscrição de barraca {L}, energia {L2}.
"""

HI = """
@farmers title
किसान बाज़ार की ख़बरें
जैविक हाट – इस महीने की सूचना
@farmers neg
बाज़ार की लोकेशन: {N:gps}।
टमाटर के बैच का लॉट नंबर {N:lot_code} है, काउंटर पर PLU {N:plu}।
पनीर {N:fridge_temp} पर ठंडा रखा जाता है, हर दो घंटे में जाँच होती है।
नए आलू {N:price_kg}; शहद के डिब्बे पर बारकोड {N:ean13} है।
हमारा जैविक प्रमाणपत्र नंबर {N:organic} है।
@farmers pos
नए किसान जुड़ना चाहें तो रमेश जी को {PH} पर फ़ोन करें।
त्योहार के ऑर्डर फ़ोन पर लिए जाते हैं: {MO}, शाम को।
@foodfest title
फ़ूड फ़ेस्टिवल – स्टॉल वालों के लिए जानकारी
खान-पान मेला: ज़रूरी बातें
@foodfest neg
हर स्टॉल को {N:gas} गैस मिलेगी, शुरू होने से पहले जाँच होगी।
मुख्य जनरेटर {N:generator} का है, हर फ़्रायर की जानकारी दें।
आपका फ़ूड लाइसेंस संदर्भ {N:hygiene_ref} काउंटर पर लगे प्रमाणपत्र से मिलना चाहिए।
@foodfest pos
स्टॉल बदलने के लिए कैटरिंग प्रभारी नेहा से {MO} पर बात करें।
सामान की डिलीवरी के लिए साइट ऑफ़िस {PH} पर गुरुवार तक बुकिंग करें।
@fairground title
मेले में झूले वालों के लिए सूचना
मेला मैदान – सुरक्षा बैठक
@fairground neg
बड़े झूले का निरीक्षण प्रमाणपत्र {N:inspection_cert} है।
रोलर कोस्टर के लिए न्यूनतम ऊँचाई {N:ride_height} है।
खोए बच्चों के रिस्टबैंड {N:child_band} से शुरू होते हैं।
@fairground pos
मैदान के ठेकेदार शर्मा जी से {MO} पर संपर्क करें।
रात में नगर निगम का सुरक्षा अधिकारी {PH} पर मिलेगा।
@volunteer title
स्वयंसेवक ड्यूटी सूची
मेले में मदद के लिए धन्यवाद!
@volunteer neg
आपकी पहली शिफ़्ट {N:shift_code} है, सूचना केंद्र पर {N:set_time} बजे मिलें।
आपकी जैकेट {N:vest_no} क्रू टेंट में रखी है।
क्रू रिस्टबैंड नंबर {N:wristband} है।
@volunteer pos
देर हो या तबीयत ख़राब हो तो स्वयंसेवक समन्वयक को {MO} पर बताएँ।
प्राथमिक चिकित्सा प्रमुख पूरे हफ़्ते {MO} पर रहेंगे।
@other
नगर निगम की टोल-फ़्री हेल्पलाइन: {OT}।
कार्ड मशीन ख़राब हो तो {OT} पर कॉल करें।
@intl
विदेश से मसाले भेजने वाले व्यापारी का नंबर {IN} है।
@email
मेन्यू और एलर्जी सूची शुक्रवार तक {ER} पर भेजें।
फ़ोटो {EM} पर भेज दें।
@ip
कार्ड मशीनें मेले के वाई-फ़ाई से {IP} के ज़रिए जुड़ती हैं।
@heads
ज़रूरी संपर्क
मेले के दिन किसे फ़ोन करें
@labels
मेला कार्यालय
बिजली
सुरक्षा
खोया-पाया
प्राथमिक चिकित्सा
@sign
धन्यवाद, {NAME}
आयोजन समिति की ओर से, {NAME}
"""

LOCAL_HI = """
@local
{town} शहर के अंदर से मेला दफ़्तर का नंबर बस {L} है, STD कोड की ज़रूरत नहीं।
मेला नियंत्रण कक्ष, {town} (लोकल कॉल) // {L}
"{town} में रहने वाले सीधे {L} मिलाएँ," संयोजक ने घोषणा में कहा।
{town} के लैंडलाइन से स्टॉल आवंटन के लिए {L}, बिजली के लिए {L2} डायल करें।
{L} – यह {town} का हाट कार्यालय है, शहर के भीतर से कॉल करने वालों के लिए।
"""
