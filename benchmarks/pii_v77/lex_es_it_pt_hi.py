"""Spanish, Italian, Portuguese and Hindi cells for v77. T title, S sentence, N no-PII sentence, L local."""

ES = {
    "marina": """
T Aviso a los titulares de amarre
T Confirmación de amarre en tránsito
S La oficina del puerto deportivo atiende en el {P}; el marinero de guardia lleva el {M}.
S La cuota anual se cargará en su cuenta {B} a primeros de abril.
S La fianza de la tarjeta de acceso se ha cargado en {C}.
S Envíe el seguro del barco a {R}; para lo demás, escriba a {E}.
N Su amarre es el {N:berth}; el código de la puerta este mes es {N:gate-code}.
N Lectura del contador a su llegada: {N:meter}.
N Tarifa de tránsito para una eslora de {N:dimensions}: {N:dues} € por metro y noche.
""",
    "fishcoop": """
T Cofradía de pescadores – circular
T Informe de la lonja
S Los socios reservan hielo llamando al {P}; el encargado de noche tiene el {M}.
S Las liquidaciones de la subasta se ingresan cada semana en su cuenta, por ejemplo {B}.
S Dudas sobre el informe: {NAME}, en el {M} o en {R}.
S Compradores extranjeros pueden darse de alta con el subastador en el {I}.
N Desembarques de la semana: {N:catch} de merluza y {N:catch} de pulpo; mejor precio {N:price-kg}.
N El lote {N:lot} se retiró tras una reclamación.
N La cuota {N:quota} cubre el resto del trimestre.
""",
    "ferry": """
T Información de la naviera
T Su reserva está confirmada
S Para dudas sobre el trayecto, la estación marítima atiende en el {P}; reservas de vehículos en el {O}.
S Desde el extranjero, nuestra central de reservas está en el {I}.
S El pago de 78,90 € se ha cargado en {C}; el justificante se envió a {E}.
S Grupos y carga: escriba a {R} o llame al {M}.
N Localizador {N:booking-ref}, camarote {N:cabin}, salida {N:crossing-no}.
N Salidas de hoy: {N:timetable}.
N Por viento {N:wind} la salida de la tarde puede cancelarse.
""",
}

IT = {
    "marina": """
T Comunicazione ai titolari di posto barca
T Conferma posto in transito
S La direzione del porto turistico risponde al {P}; l'ormeggiatore di turno al {M}.
S Il canone annuale sarà addebitato sul conto {B} a inizio aprile.
S La cauzione della tessera è stata addebitata sulla carta {C}.
S Inviate l'assicurazione a {R}; per il resto scrivete a {E}.
N Il vostro posto è il {N:berth}; codice del cancello questo mese: {N:gate-code}.
N Lettura del contatore all'arrivo: {N:meter}.
N Tariffa di transito per una barca di {N:dimensions}: {N:dues} € al metro per notte.
""",
    "ferry": """
T Traghetti – informazioni ai passeggeri
T Prenotazione confermata
S Per domande sulla traversata la biglietteria risponde al {P}; prenotazioni auto al {O}.
S Dall'estero il nostro centro prenotazioni è raggiungibile al {I}.
S Il pagamento di 112,40 € è stato addebitato su {C}; la ricevuta è stata inviata a {E}.
S Gruppi e merci: scrivete a {R} o chiamate il {M}.
N Codice prenotazione {N:booking-ref}, cabina {N:cabin}, corsa {N:crossing-no}.
N Partenze di oggi: {N:timetable}.
N Con vento {N:wind} la corsa pomeridiana può essere soppressa.
""",
    "boatyard": """
T Preventivo lavori invernali
T Cantiere nautico – scheda lavori
S Per il preventivo chiedete di {NAME} in ufficio al {P}, oppure al {M} se è in piazzale.
S Abbiamo trattenuto un acconto di 300 € dalla carta {C} per prenotare la gru.
S La perizia verrà inviata a {E} e in copia a {R}.
N Il motore {N:engine-serial} ha {N:engine-hours}; girante e anodi da cambiare.
N Numero di scafo sulla targhetta: {N:hin}.
N Consigliamo un'elica {N:propeller}.
""",
}

PT = {
    "marina": """
T Aviso aos titulares de vaga
T Confirmação de vaga para visitantes
S A secretaria da marina atende pelo {P}; o marinheiro de plantão está no {M}.
S A anuidade será debitada na conta {B} no início de abril.
S A caução do cartão de acesso foi cobrada no cartão {C}.
S Envie a apólice de seguro para {R}; outras dúvidas para {E}.
S O Wi-Fi do píer agora distribui endereços na faixa {IP}.
N A sua vaga é a {N:berth}; o código do portão este mês é {N:gate-code}.
N Leitura do contador na chegada: {N:meter}.
""",
    "fishcoop": """
T Colônia de pescadores – comunicado
T Boletim da lota
S Sócios reservam gelo pelo {P}; o encarregado da noite atende no {M}.
S O valor do leilão é depositado semanalmente na sua conta, por exemplo {B}.
S Dúvidas sobre o boletim: {NAME}, no {M} ou em {R}.
S Compradores estrangeiros podem cadastrar-se com o leiloeiro pelo {I}.
N Desembarques da semana: {N:catch} de pescada e {N:catch} de sardinha; melhor preço {N:price-kg}.
N O lote {N:lot} foi retirado após reclamação.
""",
    "ferry": """
T Travessia – informações aos passageiros
T Sua reserva está confirmada
S Dúvidas sobre a travessia: terminal pelo {P}; reservas de veículos pelo {O}.
S Do exterior, a central de reservas atende pelo {I}.
S O pagamento de R$ 184,00 foi cobrado no cartão {C}; o recibo foi enviado para {E}.
S Grupos e carga: escreva para {R} ou ligue {M}.
N Localizador {N:booking-ref}, cabine {N:cabin}, viagem {N:crossing-no}.
N Saídas de hoje: {N:timetable}.
""",
    "boatyard": """
T Orçamento de manutenção
T Estaleiro – ordem de serviço
S Dúvidas sobre o orçamento: fale com {NAME} no {P} ou no {M}, se estiver no pátio.
S Cobramos um sinal no cartão {C} para reservar o travel lift.
S O laudo da vistoria será enviado para {E}, com cópia para {R}.
N O motor {N:engine-serial} marca {N:engine-hours}; rotor e anodos vencidos.
N Número do casco na plaqueta: {N:hin}.
""",
}

LOCAL_PT = """
L Ligando de um fixo de {T}? A secretaria da marina é só {L}.
L Em {T}, o estaleiro atende no {L} e a rampa no {L}.
L Capitania – atendimento local ({T}): {L}
L Quem é de {T} liga direto para o píer: {L}, sem DDD.
L Dentro de {T} basta discar {L} para falar com a colônia.
L Terminal das barcas em {T}, ligação local: {L}; achados e perdidos {L}.
"""

HI = {
    "ferry": """
T फ़ेरी सेवा – यात्री सूचना
T आपकी यात्रा की पुष्टि
S यात्रा से जुड़े सवालों के लिए टर्मिनल का नंबर {P} है; गाड़ियों की बुकिंग {O} पर होती है।
S विदेश से हमारा बुकिंग केंद्र {I} पर उपलब्ध है।
S ₹ 1,240 का भुगतान कार्ड {C} से लिया गया; रसीद {E} पर भेजी गई है।
S समूह और माल बुकिंग के लिए {R} पर लिखें या {M} पर फ़ोन करें।
N बुकिंग कोड {N:booking-ref}, केबिन {N:cabin}, फ़ेरी {N:crossing-no}।
N आज की रवानगी: {N:timetable}।
N {N:wind} हवा के कारण दोपहर की फ़ेरी रद्द हो सकती है।
""",
    "fishcoop": """
T मछुआरा सहकारी समिति – सूचना
T मंडी रिपोर्ट
S सदस्य बर्फ़ के लिए {P} पर बुकिंग करें; रात के सुपरवाइज़र {M} पर मिलेंगे।
S रिपोर्ट पर सवाल हों तो {NAME} से {M} पर या {R} पर संपर्क करें।
S नीलामी की रकम हर हफ़्ते आपके खाते में जमा होती है; कार्ड से शुल्क {C} पर लिया गया है।
N इस हफ़्ते की पकड़: {N:catch} पॉम्फ्रेट, {N:catch} झींगा, सबसे अच्छा भाव {N:price-kg}।
N लॉट {N:lot} शिकायत के बाद वापस लिया गया।
N नाव {N:fishing-reg} सुबह के ज्वार में लौटी।
""",
    "harbour": """
T बंदरगाह कार्यालय की सूचना
T नाविकों के लिए सूचना
S 20 मीटर से लंबे जहाज़ बंदरगाह कार्यालय को {P} पर एक घंटा पहले सूचना दें।
S दफ़्तर बंद होने पर ड्यूटी हार्बर मास्टर {NAME} {M} पर मिलेंगे।
S पायलट की माँग {R} पर भेजें; पायलट स्टेशन {I} पर भी उपलब्ध है।
N सूचना {N:notice}: दक्षिणी जेटी की बत्ती अभी {N:light} दिखा रही है।
N शनिवार का ज्वार: {N:tide}।
N सर्वे जहाज़ {N:imo} चैनल में काम कर रहा है।
""",
}

LOCAL_HI = """
L {T} के लैंडलाइन से जेटी ऑफ़िस का नंबर सीधे {L} है।
L {T} शहर में ही हों तो बोटयार्ड {L} और स्लिपवे {L} पर मिलेगा।
L हार्बर ऑफ़िस ({T}, लोकल कॉल): {L}
L "{L} मिलाइए," हार्बर मास्टर ने कहा, "{T} में सब यह नंबर जानते हैं।"
L {T} के अंदर फ़ेरी घाट का लोकल नंबर {L} है।
"""
