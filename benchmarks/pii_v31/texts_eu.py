# ruff: noqa: E501
"""German, French, Spanish, Italian, Dutch and Portuguese genre cells (written fresh for v31)."""

DE = {
    "diary": "T: {DATE} – {TOWN}, abends\nT: Liebes Tagebuch, {DATE}\nF: Den ganzen Vormittag Regen, also endlich die Fotokiste aufgeräumt.\nF: Nach dem Spaziergang am Kanal ging es mir besser.\nP: Tante Gabi hat eine neue Nummer, sofort eingespeichert: {P}.\nP: Morgen vor zehn den Klavierlehrer zurückrufen, {P}.\nN: Schritte heute: {N:steps}.\nN: Blutdruck heute früh {N:bp}.\nN: Fieber abends {N:temp}.\nS: Gute Nacht.",
    "travel": "T: Reisetagebuch – Tag {DAY}, {TOWN}\nT: Unterwegs: {TOWN}, {DATE}\nF: Der Bus kroch eine Stunde durch den Nebel, dann war plötzlich alles blau.\nF: Frühstück auf der Terrasse, furchtbarer Kaffee, perfekte Aussicht.\nP: Die Wirtin meinte, wir sollen sie unter {P} anrufen, falls wir uns verlaufen.\nP: Mit dem Paar von der Fähre Nummern getauscht: {P}.\nN: Zug {N:train}, Wagen und Platz {N:seat}.\nN: Buchungsnummer Hotel {N:hotel}.\nN: Wechselkurs am Kiosk: {N:fx}.\nS: Mehr morgen.",
    "letter": "T: Liebe Mama, lieber Papa,\nT: Liebe Oma,\nF: Vielen Dank für das Päckchen, der Pulli passt perfekt.\nF: Die neue Wohnung ist klein, aber hell.\nP: Ich habe eine neue Nummer, bitte im Adressbüchlein ändern: {P}.\nP: Wenn ihr mich nicht erreicht, ist meine Mitbewohnerin {NAME} meist da: {P}.\nN: Die neue Adresse ist {N:flat}.\nN: Abholcode für die Packstation: {N:pickup}.\nN: Dein Gutscheincode: {N:voucher}.\nS: Ganz liebe Grüße, {NAME}",
    "market": "T: Zu verkaufen: Kinderfahrrad – {TOWN}\nT: Gefunden: graue Katze bei den Schrebergärten ({TOWN})\nF: Nur Abholung, Barzahlung.\nF: Sehr zutraulich, saß seit Dienstag unter unserem Schuppen.\nP: Bei Interesse gern anrufen oder Nachricht an {P}.\nP: Wenn es Ihre ist, melden Sie sich bitte unter {P}.\nN: Preis {N:price} VB.\nN: Chipnummer laut Tierarzt: {N:chip}.\nN: Rahmennummer {N:frame}.\nN: Maße {N:dims}.\nS: Danke fürs Teilen!",
    "chat": "T: Nachbarschaft Lindenstraße 🏡\nT: Hausgruppe Nr. 14\nF: Wurde bei euch diese Woche auch der Müll nicht abgeholt?\nF: Schön, dass so viele beim Hoffest waren!\nP: Der Fensterputzer von Nr. 12 ist super, seine Nummer: {P}.\nP: Falls jemand Montag zum Krankenhaus muss, ich fahre. Erreichbar unter {P}.\nN: Paket für euch bei Nr. 18, Abholcode {N:pickup}.\nN: Der Transporter vor der Einfahrt hat das Kennzeichen {N:plate}.\nN: Schlüsselsafe-Code {N:doorcode}.\nS: 👍",
    "tenant": "T: Heizung in Wohnung {N:flat}\nT: Nachricht an die Vermieterin – {TOWN}\nF: Die Therme ist Sonntagnacht wieder ausgefallen.\nF: Im hinteren Zimmer ist wieder Schimmel in der Ecke.\nP: Der Monteur bittet, ihn direkt anzurufen: {P}.\nP: Für einen Besichtigungstermin erreichen Sie mich unter {P}.\nN: Im Display steht Störung {N:fault}.\nN: Die Miete von {N:rent} ist am Ersten überwiesen worden.\nN: Schlüssel Fahrradkeller Nr. {N:keyno}.\nS: Freundliche Grüße, {NAME}",
    "invite": "T: Einladung zu {NAME}s 40. Geburtstag\nT: Wir heiraten! {NAME} & {NAME2}\nF: Essen, Tanzen und viel zu viel Kuchen.\nF: Kinder sind herzlich willkommen.\nP: Bitte sagt bis 1. Juni bei {NAME} zu: {P} (gern per SMS).\nP: Wegbeschreibung am Tag selbst: {P}.\nN: Euer Tisch: {N:table}.\nN: Hochzeitstisch im Laden, Listennummer {N:registry}.\nN: Trauung um {N:clock}.\nS: Wir freuen uns auf euch!",
    "school": "T: Elterngruppe Klasse 4b – Grundschule {TOWN}\nT: Elternchat 6a\nF: Erinnerung: Freitag ist Wandertag, bitte Brotzeit mitgeben.\nF: Hat jemand eine blaue Brotdose mit Dino gefunden?\nP: Wer sein Kind früher abholen muss, bitte im Sekretariat anrufen: {P}.\nP: Ich sammle für das Abschiedsgeschenk, meldet euch unter {P}.\nN: Essensgeld-Konto: Schülernummer {N:pupil}.\nN: Ferien: {N:term}.\nS: Danke euch, {NAME}",
    "team": "T: E-Jugend – Auswärtsspiel am Samstag\nT: Fahrgemeinschaft Schwimmwettkampf\nF: Bitte Schienbeinschoner und Trinkflasche mitbringen.\nF: Für die Rückfahrt fehlen noch zwei Fahrer.\nP: Trainer {NAME} ist am Spieltag unter {P} erreichbar.\nP: Wer sich verspätet, bitte {P} anrufen.\nN: Trikotnummern: {N:jersey}.\nN: Tabelle nach dem 9. Spieltag: {N:league}.\nN: Spielerpass-Nr. {N:licence}.\nN: Abfahrt {N:clock}.\nS: Auf geht's!",
    "appt": "T: Terminerinnerung\nT: Erinnerung Ihrer Tierarztpraxis {TOWN}\nF: Bitte kommen Sie zehn Minuten früher und bringen Sie Ihren Medikamentenplan mit.\nF: Bitte den Impfpass von Bello mitbringen.\nP: Absagen bitte spätestens 24 Stunden vorher unter {P}.\nP: Außerhalb der Sprechzeiten: {P}.\nN: Ihre Terminnummer: {N:apptref}.\nN: Gewicht beim letzten Besuch: {N:weight}.\nN: Versicherungsschein {N:policy}.\nS: Praxisteam {TOWN}",
    "note": "T: [handschriftlicher Zettel am Kühlschrank]\nT: [Notiz auf der Rückseite eines Briefumschlags]\nF: Bin einkaufen, um 4 zurück. Fische füttern!!\nF: Milch, Eier, Müllbeutel.\nP: Klempner: {P} – anrufen, falls es wieder tropft\nP: Frau Yilmaz oben → {P}\nN: Fahrradschloss {N:lotto}\nN: Zähler {N:steps}\nS: Kuss, {NAME}",
}
DE_MODES = {
    "mob": ["Schreib mir auf WhatsApp: {P}.", "Am besten per SMS an {P}."],
    "fix": ["Unser Festnetz: {P}, abends ab sechs.", "Im Ferienhaus gibt es nur Festnetz: {P}."],
    "loc": [
        "Aus {TOWN} einfach {P} wählen, ohne Vorwahl.",
        "Ortsnetz {TOWN}: {P}.",
        "(In {TOWN} reicht {P}.)",
    ],
    "svc": ["Kostenlose Hotline: {P}.", "Die Störungsstelle erreicht man gebührenfrei unter {P}."],
    "email": ["Oder per Mail an {E}.", "Fotos bitte an {E}."],
    "iban": ["Überweisung bitte auf {I}, Verwendungszweck euer Name."],
    "card": ["Nimm meine Karte für die Bestellung: {C} – danach löschen!"],
    "ip": ["Die Kamera hängt an {IP}.", "Router-Oberfläche: {IP}"],
    "roster": [
        "Name",
        "Aufgabe",
        "Telefon",
        ["Fahrer", "Trainer", "Trikots", "Kuchen", "Erste Hilfe", "Elternvertretung"],
    ],
}

FR = {
    "diary": "T: {DATE} – {TOWN}, le soir\nT: Cher journal, {DATE}\nF: Pluie toute la matinée, j'ai enfin trié la boîte de photos.\nF: Longue promenade au bord du canal, ça m'a fait du bien.\nP: Tatie Monique a changé de numéro, je le note : {P}.\nP: Rappeler le prof de piano demain avant dix heures au {P}.\nN: Pas aujourd'hui : {N:steps}.\nN: Tension ce matin {N:bp}.\nN: Fièvre à {N:temp} ce soir.\nS: Bonne nuit.",
    "travel": "T: Carnet de voyage – jour {DAY}, {TOWN}\nT: En route : {TOWN}, {DATE}\nF: Le car a grimpé une heure dans le brouillard, puis tout est devenu bleu.\nF: Petit-déjeuner en terrasse, café affreux, vue parfaite.\nP: La dame du gîte nous a dit de l'appeler au {P} si on se perd.\nP: Échangé les numéros avec le couple du ferry : {P}.\nN: Train {N:train}, voiture et place {N:seat}.\nN: Numéro de réservation de l'hôtel {N:hotel}.\nN: Taux de change au kiosque : {N:fx}.\nS: La suite demain.",
    "letter": "T: Chers Papa et Maman,\nT: Chère Mamie,\nF: Merci pour le colis, le pull me va parfaitement.\nF: Le nouvel appartement est petit mais lumineux.\nP: J'ai un nouveau numéro, notez-le dans votre carnet : {P}.\nP: Si vous ne m'avez pas, ma colocataire {NAME} est souvent là : {P}.\nN: La nouvelle adresse : {N:flat}.\nN: Code de retrait au casier : {N:pickup}.\nN: Ton code cadeau : {N:voucher}.\nS: Je vous embrasse, {NAME}",
    "market": "T: À vendre : vélo enfant – {TOWN}\nT: Trouvé : chat gris près des jardins ouvriers ({TOWN})\nF: À retirer sur place, paiement en espèces.\nF: Très câlin, caché sous notre abri depuis mardi.\nP: Appelez ou envoyez un message au {P}.\nP: Si c'est le vôtre, contactez-moi au {P}.\nN: Prix {N:price} à débattre.\nN: Puce lue chez le vétérinaire : {N:chip}.\nN: Dimensions {N:dims}.\nS: Merci de partager !",
    "chat": "T: Voisins rue des Lilas 🏡\nT: Groupe de l'immeuble\nF: Vos poubelles ont été ramassées cette semaine ?\nF: Merci à tous pour la fête des voisins !\nP: Le laveur de vitres du 12 est top, son numéro : {P}.\nP: Si quelqu'un doit aller à l'hôpital lundi, je peux conduire. Joignable au {P}.\nN: Colis pour vous au 18, code {N:pickup}.\nN: La camionnette devant le portail : {N:plate}.\nN: Code de la boîte à clés {N:doorcode}.\nS: 👍",
    "tenant": "T: Chauffage appartement {N:flat}\nT: Message à la propriétaire – {TOWN}\nF: La chaudière s'est encore arrêtée dimanche soir.\nF: Il y a de nouveau de l'humidité dans la chambre du fond.\nP: Le chauffagiste demande que vous l'appeliez directement au {P}.\nP: Pour l'état des lieux, joignez-moi au {P}.\nN: L'écran affiche le code {N:fault}.\nN: Le loyer de {N:rent} a été viré le 1er.\nS: Cordialement, {NAME}",
    "invite": "T: Invitation : les 40 ans de {NAME}\nT: {NAME} et {NAME2} se marient !\nF: Dîner, danse et beaucoup trop de gâteau.\nF: Les enfants sont les bienvenus.\nP: Merci de répondre avant le 1er juin à {NAME} au {P}.\nP: Pour trouver le lieu le jour J : {P}.\nN: Votre table : {N:table}.\nN: Liste de mariage, numéro {N:registry}.\nN: Cérémonie à {N:clock}.\nS: On a hâte !",
    "school": "T: Parents de CM1 – école de {TOWN}\nT: Groupe des parents de 6e B\nF: Rappel : sortie au musée vendredi, pique-nique à prévoir.\nF: Quelqu'un a trouvé une boîte à goûter bleue ?\nP: Pour récupérer votre enfant plus tôt, appelez le secrétariat au {P}.\nP: Je m'occupe du cadeau de la maîtresse, écrivez-moi au {P}.\nN: Cantine : numéro d'élève {N:pupil}.\nN: Vacances : {N:term}.\nS: Merci, {NAME}",
    "team": "T: U11 – match à l'extérieur samedi\nT: Covoiturage pour la compétition de natation\nF: Protège-tibias et gourde obligatoires.\nF: Il manque deux chauffeurs pour le retour.\nP: Le coach {NAME} est joignable au {P}.\nP: En cas de retard, appelez le {P}.\nN: Numéros de maillot : {N:jersey}.\nN: Licence n° {N:licence}.\nN: Départ {N:clock}.\nS: Allez les bleus !",
    "appt": "T: Rappel de rendez-vous\nT: Rappel de votre clinique vétérinaire de {TOWN}\nF: Merci d'arriver dix minutes en avance avec votre ordonnance.\nF: N'oubliez pas le carnet de vaccination de Filou.\nP: Pour annuler, appelez le {P} au moins 24 h avant.\nP: En dehors des heures d'ouverture : {P}.\nN: Référence de rendez-vous : {N:apptref}.\nN: Poids lors de la dernière visite : {N:weight}.\nS: Cabinet de {TOWN}",
    "note": "T: [mot manuscrit collé sur le frigo]\nT: [note au dos d'une enveloppe]\nF: Partie faire les courses, retour vers 16 h.\nF: Lait, œufs, sacs poubelle.\nP: Plombier : {P}\nP: Mme Benali du 3e → {P}\nN: cadenas {N:lotto}\nN: compteur {N:steps}\nS: Bisous, {NAME}",
}
FR_MODES = {
    "mob": ["Écris-moi sur WhatsApp au {P}.", "Par SMS de préférence : {P}."],
    "fix": ["Notre ligne fixe : {P}, plutôt le soir.", "Au gîte, seulement le fixe : {P}."],
    "svc": ["Numéro vert gratuit : {P}.", "Service client : {P}."],
    "email": ["Ou par mail : {E}.", "Photos à envoyer à {E}."],
    "iban": ["Virement sur {I}, merci de mettre votre nom."],
    "card": ["Prends ma carte pour la commande : {C} – efface ensuite !"],
    "ip": ["La caméra est sur {IP}."],
    "roster": [
        "Nom",
        "Rôle",
        "Téléphone",
        ["chauffeur", "coach", "goûter", "premiers secours", "parent délégué"],
    ],
}

ES = {
    "diary": "T: {DATE} – {TOWN}, por la noche\nT: Querido diario, {DATE}\nF: Llovió toda la mañana, así que por fin ordené la caja de fotos.\nF: Paseo largo por el río; me sentó genial.\nP: La tía Carmen tiene número nuevo, lo apunto: {P}.\nP: Mañana antes de las diez llamar al profe de guitarra al {P}.\nN: Pasos hoy: {N:steps}.\nN: Tensión esta mañana {N:bp}.\nN: Fiebre de {N:temp} por la noche.\nS: Buenas noches.",
    "travel": "T: Diario de viaje – día {DAY}, {TOWN}\nT: De ruta: {TOWN}, {DATE}\nF: El autobús subió una hora entre la niebla y de repente todo fue azul.\nF: Desayuno en la terraza, café horrible, vistas perfectas.\nP: La dueña del hostal dijo que la llamáramos al {P} si nos perdíamos.\nP: Intercambiamos números con la pareja del ferry: {P}.\nN: Tren {N:train}, coche y plaza {N:seat}.\nN: Localizador del hotel {N:hotel}.\nN: Cambio en el quiosco: {N:fx}.\nS: Mañana más.",
    "letter": "T: Queridos papá y mamá:\nT: Querida abuela:\nF: Gracias por el paquete, el jersey me queda perfecto.\nF: El piso nuevo es pequeño pero luminoso.\nP: Tengo número nuevo, apuntadlo en la agenda: {P}.\nP: Si no me localizáis, mi compañera {NAME} suele estar: {P}.\nN: La nueva dirección es {N:flat}.\nN: Código de recogida del paquete: {N:pickup}.\nS: Un beso enorme, {NAME}",
    "market": "T: Se vende: bici infantil – {TOWN}\nT: Encontrado: gato gris junto a los huertos ({TOWN})\nF: Solo recogida en mano, pago en efectivo.\nF: Muy cariñoso, lleva desde el martes bajo nuestro cobertizo.\nP: Llamad o escribid al {P}.\nP: Si es vuestro, avisadme al {P}.\nN: Precio {N:price}, negociable.\nN: Microchip leído en el veterinario: {N:chip}.\nN: Medidas {N:dims}.\nS: ¡Gracias por compartir!",
    "chat": "T: Vecinos calle Olivo 🏡\nT: Comunidad portal 3\nF: ¿A alguien más no le recogieron la basura esta semana?\nF: ¡Gracias a todos por la fiesta del barrio!\nP: El de los cristales del 12 es muy bueno, su número: {P}.\nP: Si alguien necesita ir al hospital el lunes, yo llevo. Estoy en el {P}.\nN: Paquete para vosotros en el 18, código {N:pickup}.\nN: La furgoneta de la entrada tiene matrícula {N:plate}.\nN: Código de la caja de llaves {N:doorcode}.\nS: 👍",
    "tenant": "T: Calefacción piso {N:flat}\nT: Mensaje a la casera – {TOWN}\nF: La caldera volvió a pararse el domingo por la noche.\nF: Hay humedad otra vez en el dormitorio del fondo.\nP: El técnico pide que le llame directamente al {P}.\nP: Para la visita puede localizarme en el {P}.\nN: La pantalla marca el error {N:fault}.\nN: El alquiler de {N:rent} se pagó el día 1.\nS: Un saludo, {NAME}",
    "invite": "T: ¡Estás invitado! Los 40 de {NAME}\nT: ¡Nos casamos! {NAME} y {NAME2}\nF: Cena, baile y demasiada tarta.\nF: Los niños son bienvenidos.\nP: Confirmad asistencia antes del 1 de junio a {NAME} en el {P}.\nP: Para llegar ese día: {P}.\nN: Vuestra mesa: {N:table}.\nN: Lista de bodas, número {N:registry}.\nN: Ceremonia a las {N:clock}.\nS: ¡Os esperamos!",
    "school": "T: Padres de 4.º B – colegio de {TOWN}\nT: Grupo de madres y padres de 6.º\nF: Recordatorio: el viernes es la excursión, traed almuerzo.\nF: ¿Alguien ha visto una fiambrera azul?\nP: Para recoger antes a los niños, llamad a secretaría al {P}.\nP: Organizo el regalo de fin de curso, escribidme al {P}.\nN: Comedor: número de alumno {N:pupil}.\nN: Vacaciones: {N:term}.\nS: Gracias, {NAME}",
    "team": "T: Alevines – partido fuera el sábado\nT: Coches compartidos para natación\nF: Traed espinilleras y agua.\nF: Faltan dos conductores para la vuelta.\nP: El entrenador {NAME} está en el {P}.\nP: Si llegáis tarde, llamad al {P}.\nN: Dorsales: {N:jersey}.\nN: Ficha federativa n.º {N:licence}.\nN: Salida {N:clock}.\nS: ¡Vamos equipo!",
    "appt": "T: Recordatorio de cita\nT: Recordatorio de la clínica veterinaria de {TOWN}\nF: Venga diez minutos antes con su medicación.\nF: Traiga la cartilla de vacunas de Toby.\nP: Para anular, llame al {P} con 24 horas de antelación.\nP: Urgencias fuera de horario: {P}.\nN: Referencia de la cita: {N:apptref}.\nN: Peso en la última visita: {N:weight}.\nS: Clínica de {TOWN}",
    "note": "T: [nota a mano pegada en la nevera]\nT: [nota en el reverso de un sobre]\nF: He ido a la compra, vuelvo a las 4.\nF: Leche, huevos, bolsas de basura.\nP: Fontanero: {P}\nP: Sra. Ruiz del 3.º → {P}\nN: candado {N:lotto}\nN: contador {N:steps}\nS: Besos, {NAME}",
}
ES_MODES = {
    "mob": ["Escríbeme por WhatsApp al {P}.", "Mejor por SMS: {P}."],
    "fix": ["El fijo de casa es el {P}, por las tardes.", "En la casa rural solo hay fijo: {P}."],
    "svc": ["Teléfono gratuito: {P}.", "Atención al cliente: {P}."],
    "email": ["O por correo a {E}.", "Fotos a {E}."],
    "iban": ["Transferencia a {I} con vuestro nombre."],
    "card": ["Usa mi tarjeta para el pedido: {C} – ¡bórralo luego!"],
    "ip": ["La cámara está en {IP}."],
    "roster": [
        "Nombre",
        "Tarea",
        "Teléfono",
        ["conductor", "entrenador", "merienda", "botiquín", "delegada"],
    ],
}

IT = {
    "diary": "T: {DATE} – {TOWN}, sera\nT: Caro diario, {DATE}\nF: Pioggia tutta la mattina, ho finalmente sistemato la scatola delle foto.\nF: Lunga passeggiata lungo il fiume, mi ha fatto bene.\nP: La zia Rita ha un numero nuovo, lo segno: {P}.\nP: Domani prima delle dieci richiamare il maestro di piano al {P}.\nN: Passi oggi: {N:steps}.\nN: Pressione stamattina {N:bp}.\nN: Febbre a {N:temp} stasera.\nS: Buonanotte.",
    "travel": "T: Diario di viaggio – giorno {DAY}, {TOWN}\nT: In viaggio: {TOWN}, {DATE}\nF: La corriera è salita un'ora nella nebbia, poi tutto è diventato azzurro.\nF: Colazione in terrazza, caffè pessimo, vista perfetta.\nP: La signora dell'agriturismo ha detto di chiamarla al {P} se ci perdiamo.\nP: Scambiato i numeri con la coppia del traghetto: {P}.\nN: Treno {N:train}, carrozza e posto {N:seat}.\nN: Numero di prenotazione hotel {N:hotel}.\nN: Cambio al chiosco: {N:fx}.\nS: A domani.",
    "letter": "T: Cari mamma e papà,\nT: Cara nonna,\nF: Grazie del pacco, il maglione mi sta benissimo.\nF: Il nuovo appartamento è piccolo ma luminoso.\nP: Ho un numero nuovo, segnatelo in rubrica: {P}.\nP: Se non mi trovate, la mia coinquilina {NAME} è quasi sempre a casa: {P}.\nN: Il nuovo indirizzo è {N:flat}.\nN: Codice di ritiro al locker: {N:pickup}.\nS: Un abbraccio forte, {NAME}",
    "market": "T: Vendo: bici da bambino – {TOWN}\nT: Trovato: gatto grigio vicino agli orti ({TOWN})\nF: Solo ritiro a mano, pagamento in contanti.\nF: Molto affettuoso, sta sotto la nostra tettoia da martedì.\nP: Chiamate o scrivete al {P}.\nP: Se è vostro, contattatemi al {P}.\nN: Prezzo {N:price} trattabili.\nN: Microchip letto dal veterinario: {N:chip}.\nN: Misure {N:dims}.\nS: Grazie per la condivisione!",
    "chat": "T: Vicini di via dei Tigli 🏡\nT: Condominio scala B\nF: Anche a voi non hanno ritirato l'umido questa settimana?\nF: Grazie a tutti per la festa in cortile!\nP: Il ragazzo dei vetri del 12 è bravissimo, numero: {P}.\nP: Se qualcuno deve andare in ospedale lunedì, accompagno io. Sono al {P}.\nN: Pacco per voi al 18, codice {N:pickup}.\nN: Il furgone davanti al cancello è targato {N:plate}.\nN: Codice della cassetta chiavi {N:doorcode}.\nS: 👍",
    "tenant": "T: Riscaldamento appartamento {N:flat}\nT: Messaggio alla proprietaria – {TOWN}\nF: La caldaia si è bloccata di nuovo domenica sera.\nF: C'è ancora umidità nella camera in fondo.\nP: Il tecnico chiede di chiamarlo direttamente al {P}.\nP: Per il sopralluogo mi trova al {P}.\nN: Sul display compare l'errore {N:fault}.\nN: L'affitto di {N:rent} è stato pagato il primo del mese.\nS: Cordiali saluti, {NAME}",
    "invite": "T: Sei invitato! I 40 anni di {NAME}\nT: {NAME} e {NAME2} si sposano!\nF: Cena, balli e troppa torta.\nF: I bambini sono i benvenuti.\nP: Conferma entro il 1° giugno a {NAME} al {P}.\nP: Per arrivare il giorno stesso: {P}.\nN: Il vostro tavolo: {N:table}.\nN: Lista nozze, numero {N:registry}.\nN: Cerimonia alle {N:clock}.\nS: Vi aspettiamo!",
    "school": "T: Genitori 4ª B – scuola di {TOWN}\nT: Chat genitori 1ª media\nF: Promemoria: venerdì gita, pranzo al sacco.\nF: Qualcuno ha trovato un portamerenda blu?\nP: Per uscite anticipate chiamate la segreteria al {P}.\nP: Raccolgo i soldi per il regalo alla maestra, scrivetemi al {P}.\nN: Mensa: codice alunno {N:pupil}.\nN: Vacanze: {N:term}.\nS: Grazie, {NAME}",
    "team": "T: Pulcini – trasferta di sabato\nT: Passaggi in auto per la gara di nuoto\nF: Portate parastinchi e borraccia.\nF: Mancano due autisti per il ritorno.\nP: Il mister {NAME} risponde al {P}.\nP: Se siete in ritardo chiamate il {P}.\nN: Numeri di maglia: {N:jersey}.\nN: Tessera n. {N:licence}.\nN: Partenza {N:clock}.\nS: Forza ragazzi!",
    "appt": "T: Promemoria appuntamento\nT: Promemoria dall'ambulatorio veterinario di {TOWN}\nF: Si presenti dieci minuti prima con la terapia in corso.\nF: Porti il libretto delle vaccinazioni di Briciola.\nP: Per disdire chiami il {P} almeno 24 ore prima.\nP: Fuori orario: {P}.\nN: Codice prenotazione: {N:apptref}.\nN: Peso all'ultima visita: {N:weight}.\nS: Ambulatorio di {TOWN}",
    "note": "T: [biglietto scritto a mano sul frigo]\nT: [appunto sul retro di una busta]\nF: Sono a fare la spesa, torno alle 4.\nF: Latte, uova, sacchetti.\nP: Idraulico: {P}\nP: Sig.ra Conti del 3° piano → {P}\nN: lucchetto {N:lotto}\nN: contatore {N:steps}\nS: Baci, {NAME}",
}
IT_MODES = {
    "mob": ["Scrivimi su WhatsApp al {P}.", "Meglio un SMS al {P}."],
    "fix": ["Il fisso di casa è {P}, la sera.", "In campagna c'è solo il fisso: {P}."],
    "svc": ["Numero verde gratuito: {P}.", "Assistenza clienti: {P}."],
    "email": ["Oppure via mail a {E}.", "Foto a {E}."],
    "iban": ["Bonifico su {I} con il vostro nome."],
    "card": ["Usa la mia carta per l'ordine: {C} – poi cancella!"],
    "ip": ["La telecamera è su {IP}."],
    "roster": [
        "Nome",
        "Compito",
        "Telefono",
        ["autista", "mister", "merenda", "primo soccorso", "rappresentante"],
    ],
}

NL = {
    "diary": "T: {DATE} – {TOWN}, 's avonds\nT: Lief dagboek, {DATE}\nF: De hele ochtend regen, dus eindelijk de fotodoos uitgezocht.\nF: Lange wandeling langs de gracht, deed me goed.\nP: Tante Ria heeft een nieuw nummer, meteen opgeslagen: {P}.\nP: Morgen voor tienen de pianoleraar terugbellen op {P}.\nN: Stappen vandaag: {N:steps}.\nN: Bloeddruk vanochtend {N:bp}.\nN: Koorts {N:temp} vanavond.\nS: Welterusten.",
    "travel": "T: Reisdagboek – dag {DAY}, {TOWN}\nT: Onderweg: {TOWN}, {DATE}\nF: De bus kroop een uur door de mist en toen was alles ineens blauw.\nF: Ontbijt op het terras, vreselijke koffie, perfect uitzicht.\nP: De gastvrouw zei dat we haar op {P} moeten bellen als we verdwalen.\nP: Nummers uitgewisseld met het stel van de veerboot: {P}.\nN: Trein {N:train}, rijtuig en plaats {N:seat}.\nN: Boekingsnummer hotel {N:hotel}.\nN: Wisselkoers bij de kiosk: {N:fx}.\nS: Morgen meer.",
    "letter": "T: Lieve pap en mam,\nT: Lieve oma,\nF: Dank voor het pakketje, de trui past precies.\nF: Het nieuwe appartement is klein maar licht.\nP: Ik heb een nieuw nummer, zet het in jullie boekje: {P}.\nP: Als je me niet bereikt, is mijn huisgenote {NAME} meestal thuis: {P}.\nN: Het nieuwe adres is {N:flat}.\nN: Ophaalcode pakketkluis: {N:pickup}.\nS: Dikke kus, {NAME}",
    "market": "T: Te koop: kinderfiets – {TOWN}\nT: Gevonden: grijze kat bij de volkstuinen ({TOWN})\nF: Alleen ophalen, contant betalen.\nF: Heel aanhankelijk, zit sinds dinsdag onder onze schuur.\nP: Bel of app {P}.\nP: Is hij van jou? Laat het weten via {P}.\nN: Vraagprijs {N:price}.\nN: Chipnummer volgens de dierenarts: {N:chip}.\nN: Framenummer {N:frame}.\nN: Afmetingen {N:dims}.\nS: Bedankt voor het delen!",
    "chat": "T: Buurtapp Lindelaan 🏡\nT: Bewoners portiek 14\nF: Is bij jullie deze week ook het afval niet opgehaald?\nF: Fijn dat zoveel mensen op de buurtbarbecue waren!\nP: De glazenwasser van nummer 12 is top, zijn nummer: {P}.\nP: Als iemand maandag naar het ziekenhuis moet, ik rijd. Bereikbaar op {P}.\nN: Pakket voor jullie bij 18, code {N:pickup}.\nN: Het busje voor de inrit heeft kenteken {N:plate}.\nN: Code van het sleutelkastje {N:doorcode}.\nS: 👍",
    "tenant": "T: Verwarming woning {N:flat}\nT: Bericht aan de verhuurder – {TOWN}\nF: De cv-ketel viel zondagavond weer uit.\nF: In de achterslaapkamer zit weer vocht in de hoek.\nP: De monteur vraagt of u hem rechtstreeks belt op {P}.\nP: Voor een afspraak ben ik bereikbaar op {P}.\nN: Op het display staat storing {N:fault}.\nN: De huur van {N:rent} is op de 1e overgemaakt.\nS: Met vriendelijke groet, {NAME}",
    "invite": "T: Uitnodiging: {NAME} wordt 40!\nT: {NAME} & {NAME2} gaan trouwen!\nF: Eten, dansen en veel te veel taart.\nF: Kinderen zijn van harte welkom.\nP: Graag vóór 1 juni laten weten aan {NAME} op {P}.\nP: Route op de dag zelf: {P}.\nN: Jullie tafel: {N:table}.\nN: Cadeaulijst, lijstnummer {N:registry}.\nN: Ceremonie om {N:clock}.\nS: Tot dan!",
    "school": "T: Ouders groep 6 – basisschool {TOWN}\nT: Oudergroep brugklas\nF: Herinnering: vrijdag schoolreisje, lunchpakket mee.\nF: Heeft iemand een blauwe broodtrommel gevonden?\nP: Kind eerder ophalen? Bel de administratie op {P}.\nP: Ik verzamel voor het juffencadeau, app me op {P}.\nN: Leerlingnummer {N:pupil}.\nN: Vakanties: {N:term}.\nS: Dank jullie, {NAME}",
    "team": "T: JO11 – uitwedstrijd zaterdag\nT: Rijschema zwemwedstrijd\nF: Scheenbeschermers en bidon mee.\nF: Er missen nog twee chauffeurs voor de terugweg.\nP: Trainer {NAME} is bereikbaar op {P}.\nP: Te laat? Bel {P}.\nN: Rugnummers: {N:jersey}.\nN: Stand na ronde 9: {N:league}.\nN: Spelerspas nr. {N:licence}.\nN: Vertrek {N:clock}.\nS: Hup!",
    "appt": "T: Herinnering afspraak\nT: Herinnering van dierenkliniek {TOWN}\nF: Kom tien minuten eerder en neem uw medicijnlijst mee.\nF: Neem het vaccinatieboekje van Max mee.\nP: Afzeggen graag 24 uur vooraf via {P}.\nP: Buiten openingstijden: {P}.\nN: Uw afspraakcode: {N:apptref}.\nN: Gewicht vorige keer: {N:weight}.\nS: Praktijk {TOWN}",
    "note": "T: [handgeschreven briefje op de koelkast]\nT: [notitie op de achterkant van een envelop]\nF: Boodschappen doen, om 4 uur terug.\nF: Melk, eieren, vuilniszakken.\nP: Loodgieter: {P}\nP: Mevr. de Vries boven → {P}\nN: fietsslot {N:lotto}\nN: meterstand {N:steps}\nS: Kus, {NAME}",
}
NL_MODES = {
    "mob": ["App me even op {P}.", "Liefst een sms naar {P}."],
    "fix": ["Ons vaste nummer: {P}, 's avonds.", "In het huisje is alleen een vaste lijn: {P}."],
    "loc": [
        "Vanuit {TOWN} gewoon {P} draaien, zonder netnummer.",
        "{TOWN}, lokaal: {P}.",
        "(Binnen {TOWN} volstaat {P}.)",
    ],
    "svc": ["Gratis servicenummer: {P}.", "Klantenservice: {P}."],
    "email": ["Of mail naar {E}.", "Foto's naar {E}."],
    "iban": ["Overmaken naar {I} o.v.v. je naam."],
    "card": ["Gebruik mijn pas voor de bestelling: {C} – daarna wissen!"],
    "ip": ["De camera zit op {IP}."],
    "roster": ["Naam", "Taak", "Telefoon", ["rijden", "trainer", "fruit", "EHBO", "klassenouder"]],
}

PT = {
    "diary": "T: {DATE} – {TOWN}, à noite\nT: Querido diário, {DATE}\nF: Choveu a manhã toda, então finalmente arrumei a caixa de fotos.\nF: Caminhada longa na beira do rio, me fez bem.\nP: A tia Lurdes tem número novo, já anotei: {P}.\nP: Amanhã antes das dez ligar para o professor de violão no {P}.\nN: Passos hoje: {N:steps}.\nN: Pressão hoje cedo {N:bp}.\nN: Febre de {N:temp} à noite.\nS: Boa noite.",
    "travel": "T: Diário de viagem – dia {DAY}, {TOWN}\nT: Na estrada: {TOWN}, {DATE}\nF: O ônibus subiu uma hora no nevoeiro e de repente ficou tudo azul.\nF: Café da manhã no terraço, café péssimo, vista perfeita.\nP: A dona da pousada disse para ligar no {P} se a gente se perder.\nP: Trocamos números com o casal da balsa: {P}.\nN: Voo {N:flight}, portão {N:gate}.\nN: Número da reserva do hotel {N:hotel}.\nN: Câmbio no quiosque: {N:fx}.\nS: Amanhã tem mais.",
    "letter": "T: Queridos mãe e pai,\nT: Querida vó,\nF: Obrigada pela encomenda, a blusa serviu perfeitamente.\nF: O apartamento novo é pequeno mas claro.\nP: Estou com número novo, anotem na agenda: {P}.\nP: Se não me acharem, minha colega de casa {NAME} costuma estar: {P}.\nN: O novo endereço é {N:flat}.\nN: Código de retirada no armário: {N:pickup}.\nS: Beijos, {NAME}",
    "market": "T: Vendo: bicicleta infantil – {TOWN}\nT: Achado: gato cinza perto da horta comunitária ({TOWN})\nF: Retirada no local, pagamento em dinheiro.\nF: Muito manso, está debaixo do nosso telheiro desde terça.\nP: Ligue ou mande mensagem para {P}.\nP: Se for seu, fale comigo no {P}.\nN: Preço {N:price}, aceito proposta.\nN: Microchip lido no veterinário: {N:chip}.\nN: Medidas {N:dims}.\nS: Obrigado por compartilhar!",
    "chat": "T: Vizinhos da Rua das Acácias 🏡\nT: Grupo do prédio, bloco B\nF: O lixo de vocês também não foi recolhido esta semana?\nF: Obrigada a todos pela festa junina do prédio!\nP: O rapaz que limpa os vidros do 12 é ótimo, número: {P}.\nP: Se alguém precisar ir ao hospital segunda, eu levo. Estou no {P}.\nN: Encomenda para vocês no 18, código {N:pickup}.\nN: A van na frente do portão tem placa {N:plate}.\nN: Código do cofre de chaves {N:doorcode}.\nS: 👍",
    "tenant": "T: Aquecedor do apartamento {N:flat}\nT: Mensagem para o senhorio – {TOWN}\nF: O aquecedor parou de novo domingo à noite.\nF: Voltou a aparecer umidade no quarto dos fundos.\nP: O técnico pediu para o senhor ligar direto para ele no {P}.\nP: Para a vistoria, me encontra no {P}.\nN: O visor mostra o erro {N:fault}.\nN: O aluguel de {N:rent} foi pago no dia 1.\nS: Atenciosamente, {NAME}",
    "invite": "T: Você está convidado! 40 anos de {NAME}\nT: {NAME} e {NAME2} vão se casar!\nF: Jantar, dança e bolo demais.\nF: Crianças são muito bem-vindas.\nP: Confirme presença até 1º de junho com {NAME} no {P}.\nP: Para chegar no dia: {P}.\nN: Sua mesa: {N:table}.\nN: Lista de presentes, número {N:registry}.\nN: Cerimônia às {N:clock}.\nS: Esperamos vocês!",
    "school": "T: Pais do 4º ano B – escola de {TOWN}\nT: Grupo de pais do 6º ano\nF: Lembrete: sexta tem passeio, mandem lanche.\nF: Alguém achou uma lancheira azul?\nP: Para buscar mais cedo, liguem para a secretaria no {P}.\nP: Estou juntando para o presente da professora, me chamem no {P}.\nN: Cantina: matrícula {N:pupil}.\nN: Férias: {N:term}.\nS: Obrigada, {NAME}",
    "team": "T: Sub-11 – jogo fora no sábado\nT: Carona para a competição de natação\nF: Tragam caneleira e garrafinha.\nF: Faltam dois motoristas para a volta.\nP: O técnico {NAME} atende no {P}.\nP: Se atrasar, liga para {P}.\nN: Números das camisas: {N:jersey}.\nN: Carteirinha n.º {N:licence}.\nN: Saída {N:clock}.\nS: Vamos, time!",
    "appt": "T: Lembrete de consulta\nT: Lembrete da clínica veterinária de {TOWN}\nF: Chegue dez minutos antes e traga a lista de remédios.\nF: Traga a carteira de vacinação do Thor.\nP: Para desmarcar, ligue {P} com 24 horas de antecedência.\nP: Fora do horário: {P}.\nN: Código do agendamento: {N:apptref}.\nN: Peso na última consulta: {N:weight}.\nS: Clínica {TOWN}",
    "note": "T: [bilhete escrito à mão na geladeira]\nT: [recado no verso de um envelope]\nF: Fui ao mercado, volto às 4.\nF: Leite, ovos, sacos de lixo.\nP: Encanador: {P}\nP: Dona Célia do 3º → {P}\nN: cadeado {N:lotto}\nN: relógio de luz {N:steps}\nS: Beijo, {NAME}",
}
PT_MODES = {
    "mob": ["Me chama no WhatsApp: {P}.", "Melhor por SMS: {P}."],
    "fix": ["O fixo de casa é {P}, à noite.", "No sítio só tem telefone fixo: {P}."],
    "loc": [
        "Quem está em {TOWN} disca só {P}, sem DDD.",
        "Telefone local de {TOWN}: {P}.",
        "(De {TOWN} basta ligar {P}.)",
    ],
    "svc": ["Ligação gratuita: {P}.", "Central de atendimento: {P}."],
    "email": ["Ou por e-mail: {E}.", "Fotos para {E}."],
    "iban": ["Transferência para {I} com o seu nome."],
    "card": ["Usa meu cartão no pedido: {C} – depois apaga!"],
    "ip": ["A câmera está em {IP}."],
    "roster": [
        "Nome",
        "Função",
        "Telefone",
        ["motorista", "técnico", "lanche", "primeiros socorros", "representante"],
    ],
}
