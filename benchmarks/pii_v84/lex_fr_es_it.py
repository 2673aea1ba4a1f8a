"""French, Spanish and Italian sentences: salles de sport, yoga, dojos, piscines; gimnasios; palestre."""

from .lexparse import parse

FR = """
[gym title]
Confirmation d'abonnement – Salle Le Hangar
Consignes pour l'accueil du soir
[gym body]
Votre badge est actif dès aujourd'hui. En cas de souci au tourniquet, appelez l'accueil au {P}.
Le prélèvement mensuel de {n:price} sera effectué sur le compte {IB}.
Premier paiement réglé par carte {C} ; pour toute question de facturation : {E}.
Coach du soir cette semaine : {N} ({PM}).
Le portail Wi-Fi des adhérents est à l'adresse {IPP} ; la borne d'accueil répond sur {IP}.
Suspension ou résiliation : écrivez à {E} ou appelez le {PS}.
Notre salle partenaire à l'étranger : {PI}.
[gym neg]
Numéro d'adhérent {n:barcode}, casier {n:locker}.
Horaires : {n:hours}. Suspension à partir du {n:gdate}.
Programme : squat {n:sets} à {n:lift}, puis {n:interval} au rameur.
[yoga title]
Planning de rentrée – Studio Souffle
[yoga body]
Le cours de yin passe à {n:classtime} le jeudi. En cas de retard, prévenez {N} au {PM}.
Acompte de la retraite reçu par carte {C}. Solde de {n:price} à virer sur {IB}.
Téléphone du studio : {PF}. Formation de professeurs : {E}.
Vous pouvez écrire directement à {N} : {EP}.
[yoga neg]
Jauge de {n:capacity} personnes, salle chauffée à {n:temp}.
Carte de dix cours {n:booking} à {n:price}, valable jusqu'au {n:gdate}.
[dojo title]
Passage de grades – Judo Club des Tilleuls
[dojo body]
Le prochain passage de grade a lieu le {n:gdate}. Apportez votre licence ({n:licence}).
Le professeur {N} est joignable au {PM} avant 18 h, sinon au club : {PF}.
Cotisation annuelle ({n:price}) par prélèvement sur {IB}.
Inscriptions au tournoi auprès de {E} ; départ du car à {n:classtime}, retardataires : {PI}.
[dojo neg]
Ordre des combats : {n:bout}, pesée {n:wclass} à partir de {n:classtime}.
Saison {n:season}, résultats publiés le {n:stamp}.
[pool title]
École de natation – lettre aux parents
[pool body]
Les cours ont lieu le samedi à {n:classtime}. En cas d'annulation, nous vous appelons au {P}.
Réservation de ligne : {n:lanes}. Pour modifier, appelez la caisse au {PF}.
Les frais du trimestre ({n:price}) ont été débités de la carte {C}.
Le chronométrage envoie les temps vers {IPP}.
[pool neg]
Eau à {n:temp}. Meilleur temps au 100 m dos : {n:swim}.
Série principale : {n:interval}, puis {n:dist} en souplesse.
[run title]
Club de course du mardi
[run body]
Retrait des dossards dès {n:classtime}. Dossard perdu ? Appelez le {P}.
Notre responsable {N} ({PM}) mène le groupe fractionné.
Frais d'inscription ({n:price}) payés par carte {C} ; transferts de dossard via {E}.
Contact d'urgence du trail : {PI}.
[run neg]
Temps puce {n:chip}, allure {n:pace}, dossard {n:bib}.
Catégorie {n:agegroup}, dénivelé {n:elev}.
[heads]
Contacts utiles
Qui appeler
Numéros du club
[labels]
Accueil
Professeur
Caisse
Secrétariat
Maître-nageur
"""

ES = """
[gym title]
Alta de socio – Gimnasio La Nave
Notas para el turno de tarde
[gym body]
Tu pulsera ya está activa. Si el torno no la lee, llama a recepción al {P}.
La cuota mensual de {n:price} se cargará en la cuenta {IB}.
El primer pago se hizo con la tarjeta {C}; dudas de facturación a {E}.
Monitor de tarde esta semana: {N} ({PM}).
El portal wifi de socios está en {IPP}; el quiosco de entrada, en {IP}.
Bajas y pausas: escribe a {E} o llama al {PS}.
[gym neg]
Número de socio {n:barcode}, taquilla {n:locker}.
Horario: {n:hours}. La pausa empieza el {n:gdate}.
Rutina: sentadilla {n:sets} con {n:lift} y después {n:interval} en el remo.
[yoga title]
Horarios de otoño – Estudio Prana
[yoga body]
La clase de ashtanga pasa a las {n:classtime}. Si llegas tarde, avisa a {N} al {PM}.
Señal del retiro recibida con la tarjeta {C}; el resto ({n:price}) por transferencia a {IB}.
Teléfono del estudio: {PF}. Formación de profesores: {E}.
[yoga neg]
Aforo de {n:capacity} personas; sala a {n:temp}.
Bono de diez clases {n:booking} por {n:price}.
[climb title]
Bienvenida al rocódromo Presa
[climb body]
El curso de iniciación empieza a las {n:classtime}. Encargado de turno: {PM}.
Bloques nuevos ({n:grade}); comentarios a los equipadores en {E}.
Reservas de grupos: {PF} o la línea central {PS}.
Nuestro rocódromo hermano en los Alpes: {PI}.
[climb neg]
Bloque del mes: {n:boulder} ({n:grade}), equipado el {n:gdate}.
Punto de encuentro en la roca: {n:gps}.
[run title]
Club de corredores – noticias
[run body]
Recogida de dorsales desde las {n:classtime}. ¿Perdiste el dorsal? Llama al {P}.
Nuestra capitana {N} ({PM}) dirige las series esta semana.
Inscripción ({n:price}) pagada con tarjeta {C}; cambios de titular solo por {E}.
[run neg]
Tiempo neto {n:chip}, ritmo {n:pace}, dorsal {n:bib}.
Categoría {n:agegroup}, desnivel {n:elev}.
[heads]
Contactos
A quién llamar
[labels]
Recepción
Entrenadora
Secretaría
Socorrista
"""

IT = """
[gym title]
Iscrizione confermata – Palestra Officina
Consegne per il turno serale
[gym body]
Il tuo braccialetto è attivo da oggi. Se il tornello non lo legge, chiama la reception al {P}.
La quota mensile di {n:price} verrà addebitata sul conto {IB}.
Primo pagamento con la carta {C}; domande sulla fatturazione a {E}.
Istruttore serale di questa settimana: {N} ({PM}).
Il portale wifi dei soci è su {IPP}; il totem d'ingresso risponde su {IP}.
[gym neg]
Numero tessera {n:barcode}, armadietto {n:locker}.
Orari: {n:hours}. Sospensione dal {n:gdate}.
Scheda: squat {n:sets} con {n:lift}, poi {n:interval} al vogatore.
[dojo title]
Esami di cintura – Karate Club Airone
[dojo body]
Il prossimo esame di cintura è il {n:gdate}. Portate il tesserino federale ({n:licence}).
Il maestro {N} risponde al {PM} fino alle 18, poi al telefono della palestra {PF}.
Quota annuale ({n:price}) con addebito su {IB}.
Iscrizioni alla gara presso {E}; partenza del pullman alle {n:classtime}, ritardatari: {PI}.
[dojo neg]
Ordine degli incontri: {n:bout}, peso {n:wclass} dalle {n:classtime}.
Stagione {n:season}, risultati caricati il {n:stamp}.
[pool title]
Scuola nuoto – comunicazione alle famiglie
[pool body]
Il corso è il sabato alle {n:classtime}. In caso di annullamento vi chiamiamo al {P}.
Prenotazione corsia: {n:lanes}. Per cambiare, chiamate la cassa al {PF}.
La quota del trimestre ({n:price}) è stata addebitata sulla carta {C}.
Guasti all'impianto fuori orario: {PS}.
[pool neg]
Acqua a {n:temp}. Miglior tempo 100 m stile libero: {n:swim}.
Serie centrale: {n:interval}, poi {n:dist} sciolti.
[run title]
Gruppo podistico del giovedì
[run body]
Ritiro pettorali dalle {n:classtime}. Pettorale smarrito? Chiama il {P}.
Il nostro referente {N} ({PM}) guida le ripetute.
Quota d'iscrizione ({n:price}) con carta {C}; cambi nome solo tramite {E}.
[run neg]
Tempo netto {n:chip}, passo {n:pace}, pettorale {n:bib}.
Categoria {n:agegroup}, dislivello {n:elev}.
[heads]
Contatti
Chi chiamare
[labels]
Reception
Maestro
Segreteria
Bagnino
"""

LEX = {"fr": parse(FR), "es": parse(ES), "it": parse(IT)}
