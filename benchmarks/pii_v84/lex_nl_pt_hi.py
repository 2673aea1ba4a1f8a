"""Dutch, Portuguese and Hindi sentences: sportscholen, zwembaden, academias, dojôs; जिम, योग, दौड़ क्लब."""

from .lexparse import parse

NL = """
[gym title]
Inschrijving bevestigd – Sportschool De Loods
Overdracht balie avonddienst
[gym body]
Je pas werkt vanaf vandaag. Doet het poortje moeilijk, bel dan de balie: {P}.
De maandelijkse contributie van {n:price} schrijven we af van {IB}.
De eerste betaling liep via creditcard {C}; vragen over facturen naar {E}.
Avonddienst deze week: {N} ({PM}).
Het wifi-portaal voor leden staat op {IPP}, de incheckzuil op {IP}.
Opzeggen of bevriezen: mail {E} of bel {PS}.
Onze partnerclub in het buitenland: {PI}.
[gym neg]
Lidnummer {n:barcode}, kluisje {n:locker}.
Openingstijden: {n:hours}. Bevriezing gaat in op {n:gdate}.
Schema: squat {n:sets} met {n:lift}, daarna {n:interval} op de roeier.
[yoga title]
Rooster najaar – Yogastudio Ademruimte
[yoga body]
Yin yoga verhuist naar {n:classtime} op woensdag. Ben je later, app dan {N} op {PM}.
Aanbetaling voor de retraite ontvangen via kaart {C}; het restant ({n:price}) naar {IB}.
Studiotelefoon: {PF}. Docentenopleiding: {E}.
[yoga neg]
Maximaal {n:capacity} deelnemers, zaal op {n:temp}.
Tienrittenkaart {n:booking} voor {n:price}.
[pool title]
Zwemles – brief aan ouders
[pool body]
Zwemles is op zaterdag om {n:classtime}. Gaat de les niet door, dan bellen we je op {P}.
Baanreservering: {n:lanes}. Wijzigen kan via de kassa: {PF}.
Het lesgeld ({n:price}) is afgeschreven van kaart {C}.
De tijdwaarneming stuurt naar {IPP}; het scorebord spiegelt {IP6}.
[pool neg]
Watertemperatuur {n:temp}. Beste tijd 100 m rugslag: {n:swim}.
Hoofdserie: {n:interval}, daarna {n:dist} uitzwemmen.
[climb title]
Welkom bij boulderhal Greep
[climb body]
De cursus zekeren begint om {n:classtime}. Dienstdoende: {PM}.
Nieuwe boulders ({n:grade}); feedback aan de routebouwers via {E}.
Groepen en kinderfeestjes: {PF} of centraal {PS}.
[climb neg]
Boulder van de maand: {n:boulder} ({n:grade}), geschroefd op {n:gdate}.
Wandhoogte {n:elev}.
[run title]
Loopgroep dinsdagavond
[run body]
Startnummers ophalen vanaf {n:classtime}. Startnummer kwijt? Bel {P}.
Onze trainer {N} ({PM}) leidt deze week de tempogroep.
Inschrijfgeld ({n:price}) betaald met kaart {C}; overschrijven alleen via {E}.
[run neg]
Netto tijd {n:chip}, tempo {n:pace}, startnummer {n:bib}.
Categorie {n:agegroup}, hoogtemeters {n:elev}.
[local NL]
Woon je in {T}? Dan bel je de sportschool zonder netnummer op {L}.
Balie zwembad ({T}, lokaal): {L}
Binnen {T} volstaat {L}; voor de zwemlessen is het {L2}.
Dojo {T} – telefoon in de stad:¶{L}
"Bel gewoon {L}, we zitten toch in {T}," zei de trainer na de proefles.
Klimhal {T}, lokaal gesprek: {L} (zonder kengetal).
Loopgroep {T}: de voicemail staat op {L} als je vanuit de stad belt.
[heads]
Contactgegevens
Wie bel je
Telefoonlijst
[labels]
Balie
Hoofdtrainer
Kassa
Badmeester
Secretariaat
"""

PT = """
[gym title]
Matrícula confirmada – Academia Galpão
Passagem de turno da recepção
[gym body]
Sua pulseira já está ativa. Se a catraca não ler, ligue para a recepção: {P}.
A primeira mensalidade ({n:price}) foi paga com o cartão {C}; dúvidas sobre cobrança: {E}.
Professor da noite nesta semana: {N} ({PM}).
O portal wi-fi dos alunos fica em {IPP}; o totem da entrada responde em {IP}.
Trancamento e cancelamento: escreva para {E} ou ligue {PS}.
Nossa academia parceira no exterior: {PI}.
[gym neg]
Matrícula {n:barcode}, armário {n:locker}.
Horário: {n:hours}. Trancamento a partir de {n:gdate}.
Treino: agachamento {n:sets} com {n:lift}, depois {n:interval} no remo.
[dojo title]
Exame de faixa – Academia de Jiu-Jitsu Onda
[dojo body]
O próximo exame de faixa é em {n:gdate}. Tragam a carteirinha da federação ({n:licence}).
O mestre {N} atende no {PM} até as 18h; depois, no telefone da academia {PF}.
Inscrições no campeonato com {E}; saída do ônibus às {n:classtime}, atrasados: {PI}.
[dojo neg]
Ordem das lutas: {n:bout}, pesagem {n:wclass} a partir das {n:classtime}.
Temporada {n:season}, resultados publicados em {n:stamp}.
[pool title]
Escola de natação – aviso aos pais
[pool body]
A aula é aos sábados às {n:classtime}. Se for cancelada, ligamos para {P}.
Reserva de raia: {n:lanes}. Para mudar, ligue para a secretaria: {PF}.
A mensalidade ({n:price}) foi debitada do cartão {C}.
[pool neg]
Água a {n:temp}. Melhor tempo nos 100 m livre: {n:swim}.
Série principal: {n:interval}, depois {n:dist} soltando.
[run title]
Assessoria de corrida – recado da semana
[run body]
Retirada de kits a partir das {n:classtime}. Perdeu o número de peito? Ligue {P}.
Nosso treinador {N} ({PM}) puxa o treino de tiros.
Inscrição ({n:price}) paga com cartão {C}; trocas de titularidade só por {E}.
[run neg]
Tempo líquido {n:chip}, pace {n:pace}, peito {n:bib}.
Faixa etária {n:agegroup}, altimetria {n:elev}.
[pblog title]
Diário de treino – semana 14
[pblog body]
Recorde no levantamento terra: {n:lift}. Mandei mensagem na hora para o treinador ({PM}).
Meu parceiro de treino {N} trocou de número: {PM}.
Fisioterapia remarcada; a clínica atende no {PF}.
[pblog neg]
10 km em {n:chip}, FC {n:hrzone} bpm, VO2máx {n:vo2}.
Peso {n:bodycomp}, pressão {n:bp} mmHg.
[local BR]
Quem é de {T} liga para a academia sem DDD: {L}.
Recepção da piscina ({T}, ligação local): {L}
De um fixo em {T}, é só discar {L}; a natação infantil atende no {L2}.
Dojô {T} – telefone na cidade:¶{L}
"Liga no {L}, a gente é daqui de {T}", disse o professor depois da aula experimental.
Ginásio de escalada em {T}, ligação local: {L} (sem o código de área).
Grupo de corrida {T}: secretária eletrônica no {L}, para quem liga da cidade.
[heads]
Contatos
Para quem ligar
Telefones do clube
[labels]
Recepção
Professor
Secretaria
Salva-vidas
Coordenação
"""

HI = """
[gym title]
जिम सदस्यता की पुष्टि – आयरन हाउस फिटनेस
रिसेप्शन शिफ्ट नोट्स
[gym body]
आपका कार्ड आज से चालू है। अगर गेट न खुले तो रिसेप्शन को {P} पर फ़ोन करें।
पहली फीस {n:price} कार्ड {C} से ली गई है; बिलिंग के सवाल {E} पर भेजें।
इस हफ़्ते शाम के ट्रेनर {N} हैं ( {PM} )।
मेंबर वाई-फाई पोर्टल {IPP} पर है, एंट्री कियोस्क {IP} पर।
सदस्यता रोकने या बंद करने के लिए {E} पर लिखें या टोल-फ्री {PS} पर कॉल करें।
[gym neg]
सदस्य नंबर {n:barcode}, लॉकर {n:locker}।
समय: {n:hours}। सदस्यता {n:gdate} से रुकी रहेगी।
आज का प्लान: स्क्वाट {n:sets} {n:lift} के साथ, फिर रोइंग पर {n:interval}।
[yoga title]
योग शाला – नया टाइम टेबल
[yoga body]
हठ योग अब {n:classtime} बजे होगा। देर हो तो {N} को {PM} पर मैसेज करें।
रिट्रीट की एडवांस राशि कार्ड {C} से मिल गई है।
शाला का फ़ोन: {PF}। टीचर ट्रेनिंग के लिए {E} पर लिखें।
[yoga neg]
एक बैच में {n:capacity} लोग, कमरे का तापमान {n:temp}।
दस क्लास का पास {n:booking}, कीमत {n:price}।
[dojo title]
कराटे बेल्ट परीक्षा की सूचना
[dojo body]
अगली बेल्ट परीक्षा {n:gdate} को है। अपना फेडरेशन कार्ड ( {n:licence} ) साथ लाएँ।
सेंसेई {N} से शाम 6 बजे तक {PM} पर बात करें, उसके बाद डोजो फ़ोन {PF} पर।
टूर्नामेंट की एंट्री {E} पर भेजें; देर से आने वाले {PI} पर कॉल करें।
[dojo neg]
मुकाबलों का क्रम: {n:bout}, वज़न {n:wclass}, समय {n:classtime}।
[run title]
रनिंग क्लब – इस हफ़्ते की खबर
[run body]
बिब {n:classtime} से मिलेंगे। बिब खो गया? {P} पर कॉल करें।
हमारे कप्तान {N} ( {PM} ) इस हफ़्ते टेम्पो रन कराएँगे।
एंट्री फीस {n:price} कार्ड {C} से भरी गई।
[run neg]
चिप टाइम {n:chip}, पेस {n:pace}, बिब {n:bib}।
आयु वर्ग {n:agegroup}, चढ़ाई {n:elev}।
[local IN]
{T} में रहने वाले सदस्य जिम को सीधे {L} पर कॉल कर सकते हैं, STD कोड नहीं चाहिए।
स्विमिंग पूल काउंटर ( {T}, लोकल नंबर ): {L}
{T} के लैंडलाइन से बस {L} मिलाइए; बच्चों की क्लास के लिए {L2}।
योग शाला {T} – शहर का नंबर:¶{L}
"{T} से हो तो सीधे {L} पर फ़ोन कर लो," कोच ने ट्रायल क्लास के बाद कहा।
{T} शहर के अंदर से रनिंग क्लब का नंबर है {L} ।
[heads]
ज़रूरी फ़ोन
किसे फ़ोन करें
[labels]
रिसेप्शन
कोच
पूल काउंटर
सेंसेई
"""

LEX = {"nl": parse(NL), "pt": parse(PT), "hi": parse(HI)}
