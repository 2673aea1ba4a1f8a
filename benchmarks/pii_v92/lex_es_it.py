"""Spanish and Italian cells. '@genre slot' starts a cell; ' // ' is a line break."""

ES = """
@pitch title
Confirmación de puesto en el mercadillo
Mercado semanal: adjudicación de puestos
@pitch neg
Le corresponde el puesto {N:pitch}, junto a la fuente, de {N:stall_size}.
La toma eléctrica da {N:power}; traiga su propia manguera {N:cable}.
Su referencia de reserva es {N:booking_ref} y la tasa diaria, {N:pitch_fee} €.
La licencia de venta ambulante {N:street_licence} debe estar visible en el puesto.
Horario de montaje: {N:hours}.
@pitch pos
Si no puede venir, avise al encargado del mercado en el {PH} antes de las seis.
Para dudas sobre la adjudicación, llame a Lucía al {MO}.
La concejalía de mercados atiende en el {PH} de lunes a viernes.
@farmers title
Boletín del mercado de productores
Novedades del mercado agroecológico
@farmers neg
Ubicación: {N:gps}, junto a la cooperativa.
Los espárragos llevan el lote {N:lot_code} y el código PLU {N:plu}.
El queso se conserva a {N:fridge_temp}; lo apuntamos cada dos horas.
Patatas nuevas a {N:price_kg}; el tarro de miel lleva el código {N:ean13}.
Nuestro certificado ecológico: {N:organic}.
@farmers pos
Los productores que quieran sumarse pueden llamar a Andrés al {PH}.
Pedidos de cordero para Navidad por teléfono: {MO}, por las tardes.
@foodfest title
Dossier para food trucks – festival gastronómico
Feria de la tapa: información para hosteleros
@foodfest neg
Código de comercio del datáfono: {N:merchant_id}.
Cada puesto recibe {N:gas} de propano, revisadas antes de abrir.
El grupo electrógeno es de {N:generator}; declaren todas las freidoras.
Su registro sanitario {N:hygiene_ref} debe coincidir con el del mostrador.
A partir de las 23 h el ruido no puede superar {N:noise}.
@foodfest pos
La responsable de restauración, Marta, gestiona los cambios de puesto: {MO}.
Las entregas se reservan con la oficina del recinto en el {PH}.
@volunteer title
Turnos de voluntariado – fiestas patronales
¡Gracias por ser voluntario!
@volunteer neg
Tu primer turno es {N:shift_code}; quedamos en el punto de información a las {N:set_time}.
Recoge el chaleco {N:vest_no} en la carpa del equipo.
Tu pulsera de equipo es la {N:wristband}.
@volunteer pos
Si llegas tarde o estás enfermo, avisa a la coordinación de voluntarios en el {MO}.
El jefe de primeros auxilios lleva el {MO} todo el fin de semana.
@other
Teléfono gratuito de información municipal: {OT}.
Averías del datáfono: {OT}, las 24 horas.
@intl
Nuestro proveedor de quesos del extranjero recibe pedidos en el {IN}.
@email
Mandad la carta y los alérgenos a {ER} antes del viernes.
Fotos para el programa: {EM}.
@card
La fianza se cargó a la tarjeta {CC}.
@iban
La tasa se paga solo por transferencia al IBAN {IB}, indicando la referencia.
@ip
Los datáfonos se conectan al wifi del recinto a través de {IP}.
@heads
Teléfonos del mercado
A quién llamar el día del evento
@labels
Encargado
Oficina del recinto
Electricidad
Seguridad
Objetos perdidos
@sign
Un saludo, {NAME}
Nos vemos en la feria, {NAME}
"""

IT = """
@pitch title
Conferma del posteggio
Mercato settimanale: assegnazione dei posteggi
@pitch neg
Le è stato assegnato il posteggio {N:pitch}, lato portici, di {N:stall_size}.
L'allaccio elettrico fornisce {N:power}; portare una prolunga {N:cable}.
Codice prenotazione {N:booking_ref}, canone giornaliero {N:pitch_fee} €.
La concessione {N:street_licence} va esposta sul banco.
Orario di montaggio: {N:hours}.
@pitch pos
In caso di assenza avvisare l'ufficio mercati al {PH} entro le sei.
Per domande sull'assegnazione chiamare la signora Bassi al {MO}.
@farmers title
Notizie dal mercato contadino
Lettera ai produttori del mercato a km zero
@farmers neg
Coordinate del mercato per il navigatore: {N:gps}.
Gli asparagi hanno il lotto {N:lot_code}, codice PLU {N:plu} alla cassa.
I formaggi sono conservati a {N:fridge_temp}, rilevati ogni due ore.
Patate novelle a {N:price_kg}; il miele ha il codice a barre {N:ean13}.
Certificazione biologica: {N:organic}.
@farmers pos
I nuovi produttori possono chiamare Giorgio al {PH}.
Ordini di capponi per Natale al telefono: {MO}, di sera.
@foodfest title
Sagra: informazioni per gli stand gastronomici
Festival del cibo di strada – vademecum per gli espositori
@foodfest neg
Codice esercente del POS: {N:merchant_id}.
Ogni stand riceve {N:gas} di propano, controllate prima del servizio.
Il generatore principale è da {N:generator}.
La registrazione sanitaria {N:hygiene_ref} deve corrispondere a quella esposta.
Dopo le 23 il rumore non deve superare {N:noise}.
@foodfest pos
La responsabile della ristorazione, Chiara, gestisce gli scambi di posto: {MO}.
Le consegne si prenotano con la segreteria al {PH}.
@flea title
Mercatino dell'usato – guida per gli espositori
Mercatino dell'antiquariato: conferma
@flea neg
Il suo tavolo è nel padiglione {N:hall_stand}, misure {N:stall_size}.
I biglietti della lotteria {N:raffle_range} sono stati estratti.
Il suo codice espositore è {N:trader_reg}.
@flea pos
Iscrizioni e disdette con Rosanna al {PH} (segreteria telefonica).
Il custode della sala: {PH}, per chiavi e riscaldamento.
@other
Numero verde dell'ufficio mercati: {OT}.
Assistenza POS: {OT}, attiva 24 ore su 24.
@intl
Il nostro fornitore di formaggi dall'estero prende ordini al {IN}.
@email
Inviate menù e allergeni a {ER} entro venerdì.
Foto per il programma: {EM}.
@card
Il deposito è stato addebitato sulla carta {CC}.
@iban
Il canone si paga solo con bonifico sull'IBAN {IB}, causale: codice prenotazione.
@ip
I POS si collegano al wifi della manifestazione tramite {IP}.
@heads
Numeri utili per gli espositori
Chi chiamare il giorno della fiera
@labels
Ufficio mercati
Direzione
Elettricista
Vigilanza
Oggetti smarriti
@sign
Cordiali saluti, {NAME}
A presto, {NAME} per il comitato
"""
