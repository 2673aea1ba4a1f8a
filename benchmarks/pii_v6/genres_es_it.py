"""Spanish and Italian genres. Both plans are closed: every announced number is a full national one."""

ES = ("es_ES",)
IT = ("it_IT",)

GENRES = [
    (
        "asociacion-apicultores",
        ES,
        "apicultores",
        [
            """Asociación de Apicultores de <<TOWN>> — circular de primavera
Temporada de enjambres. Teléfonos de los socios que recogen enjambres:
<<ROSTER:dash:3-5:zona centro|zona norte|solo fines de semana|pueblos cercanos|toda la comarca>>
Si no contesta nadie, <<CALL>> <<P_ANN>> (<<NAME1>>, presidente).
Colmenares: <<NEG:hive_record>>; <<NEG:hive_record>>.
Cuota anual en <<IBAN>>, concepto: <<NEG:membership_no>>.""",
        ],
    ),
    (
        "horarios-ferry",
        ES,
        "navieras",
        [
            """Línea <<TOWN>> – islas: horarios de verano
<<NEG:ferry_sailing>> · <<NEG:ferry_sailing>> · <<NEG:ferry_sailing>>[[
Reservas de vehículos: <<P_OTHER>>.]] Taquilla del puerto: <<CALL>> <<P_ANN>>.
Entregado: <<NEG:lost_found>>. Embarque 30 min antes.""",
        ],
    ),
    (
        "libro-refugio",
        ES,
        "refugio",
        [
            """Libro de registro del refugio — <<DATE>>
Subida por la canal, <<NEG:altitude>>. <<NEG:avalanche>>. Estufa encendida, leña repuesta.
Guarda: <<NAME1>>, <<CALL>> <<P_ANN>>. <<NEG:cabin_berth>>. Firmado: <<FIRST>> y <<FIRST>>.""",
        ],
    ),
    (
        "junta-cooperativa-viviendas",
        ES,
        "cooperativa",
        [
            """Cooperativa de viviendas <<PICK:Los Almendros|El Olivar|Residencial Sol|La Huerta>> — convocatoria de asamblea
Orden del día: cuentas (fondo de reserva <<NEG:money>>), derrama del ascensor, <<NEG:statute>>.
Viviendas: <<NEG:share_no>>; <<NEG:share_no>>.
Teléfonos del consejo rector:
<<ROSTER:table:3-5:none>>[[
Averías urgentes: <<P_OTHER>>.]] Cuotas a <<IBAN>>. Delegaciones de voto a <<ROLE:asamblea>>.""",
        ],
    ),
    (
        "clases-particulares",
        ES,
        "clases",
        [
            """Doy CLASES PARTICULARES de matemáticas y física (ESO y Bachillerato). Zona <<TOWN>>.
<<CALL>> <<P_ANN>>[[ o escribid a <<EMAIL1>>]]. <<FIRST1>>""",
        ],
    ),
    (
        "cadena-telefonica-guarderia",
        ES,
        "guarde",
        [
            """Escuela infantil <<PICK:Los Peques|Garabatos|El Trenecito>> — cadena telefónica del aula <<PICK:azul|de los patitos|2-3 años>>
Si cerramos de improviso, la dirección llama a la primera familia y cada una llama a la siguiente.
<<ROSTER:tree:4-5>>[[
La última familia avisa a la escuela: <<P_GEO>>.]]""",
        ],
    ),
    (
        "cofradia-costaleros",
        ES,
        "cofradia",
        [
            """Hermandad de <<PICK:la Soledad|Jesús Nazareno|la Esperanza>> — cuadrilla de costaleros
Ensayo el <<DAY>> a las <<TIME>>. Teléfonos de los costaleros (relevo):
<<ROSTER:colon:3-5:trabajadera 1|trabajadera 2|trabajadera 3|corriente|costero>>[[
Capataz: <<NAME1>>, <<P_MOB>>.]] Túnicas: <<NEG:money>>.""",
        ],
    ),
    (
        "radiotaxi-parte",
        ES,
        "radiotaxi",
        [
            """Parte de servicio — noche del <<DATE>>
<<TIME>> estación → hospital, <<NEG:cab_job>>. Cliente llamó desde el <<P_ANN>>.
<<TIME>> <<NEG:cab_job>>.[[ Móvil del pasajero: <<P_MOB>>.]] Centralita: <<P_GEO>>.""",
        ],
    ),
    (
        "associazione-apicoltori",
        IT,
        "apicoltori",
        [
            """Associazione Apicoltori <<TOWN>> — notiziario di primavera
Inizia la sciamatura. Recapiti dei soci che recuperano sciami:
<<ROSTER:dash:3-5:centro|zona nord|solo weekend|frazioni|tutta la provincia>>
In alternativa <<CALL>> <<P_ANN>> (<<NAME1>>). Apiari: <<NEG:hive_record>>.
Quota sociale su <<IBAN>>, causale <<NEG:membership_no>>.""",
        ],
    ),
    (
        "orari-traghetti",
        IT,
        "traghetti",
        [
            """Collegamenti <<TOWN>> – isole, orario estivo
<<NEG:ferry_sailing>> · <<NEG:ferry_sailing>> · <<NEG:ferry_sailing>>[[
Prenotazione auto: <<P_OTHER>>.]] Biglietteria al molo: <<CALL>> <<P_ANN>>. <<NEG:lost_found>>.""",
        ],
    ),
    (
        "libro-rifugio",
        IT,
        "rifugio",
        [
            """Libro del rifugio — <<DATE>>
Salita dal passo, <<NEG:altitude>>. <<NEG:avalanche>>. Stufa accesa, legna portata su.
Gestore <<NAME1>>: <<CALL>> <<P_ANN>>.[[ Cellulare (solo in cresta): <<P_MOB>>.]] <<NEG:cabin_berth>>.
Pernottamento da versare su <<IBAN>>.""",
        ],
    ),
    (
        "assemblea-cooperativa-edilizia",
        IT,
        "coopcasa",
        [
            """Cooperativa edilizia <<PICK:Il Girasole|La Quercia|Casa Nostra>> — documenti per l'assemblea dei soci
Bilancio: fondo di riserva <<NEG:money>>. Riferimenti: <<NEG:statute>>, <<NEG:cadastral>>.
Alloggi: <<NEG:share_no>>; <<NEG:share_no>>.
Recapiti del consiglio:
<<ROSTER:table:3-5:none>>[[
Pronto intervento: <<P_OTHER>>.]] Deleghe a <<ROLE:soci>>. Canoni: <<IBAN>>.""",
        ],
    ),
    (
        "ripetizioni-annuncio",
        IT,
        "ripetizioni",
        [
            """Laureata in lettere impartisce RIPETIZIONI di latino e greco, anche online.
<<CALL>> <<P_ANN>>[[ oppure <<EMAIL1>>]]. <<FIRST1>>""",
            """Ripetizioni di matematica per medie e superiori, zona <<TOWN>>. Prezzi modici.
<<CALL>> <<P_ANN>> (ore serali).""",
        ],
    ),
    (
        "catena-telefonica-nido",
        IT,
        "nido",
        [
            """Asilo nido <<PICK:Il Girotondo|Coccinella|Arcobaleno>> — catena telefonica sezione <<PICK:lattanti|medi|grandi>>
In caso di chiusura improvvisa la coordinatrice chiama la prima famiglia, che avvisa la successiva.
<<ROSTER:tree:4-5>>[[
L'ultima famiglia richiama il nido: <<P_GEO>>.]]""",
        ],
    ),
    (
        "scuola-sci-gruppi",
        IT,
        "scuolasci",
        [
            """Scuola Sci <<TOWN>> — gruppo <<PICK:Pinguini|Stambecchi|Camosci>>
Ritrovo al campo scuola ore 9.30. Recapiti dei genitori:
<<ROSTER:table:3-5:age_band>>[[
Maestro <<NAME1>>, <<P_MOB>>.]] Segreteria: <<CALL>> <<P_ANN>>. Smarrito: <<NEG:ski_pass>>.""",
        ],
    ),
    (
        "pro-loco-sagra",
        IT,
        "proloco",
        [
            """Pro Loco <<TOWN>> — Sagra della <<PICK:castagna|polenta|porchetta>>: turni volontari
Stand cucina: <<NAME>>, <<NAME>>. Cassa: <<NAME>>.
Per cambi di turno <<CALL>> <<P_ANN>>. Contributo sponsor su <<IBAN>>. <<NEG:count_stat>> l'anno scorso!""",
        ],
    ),
]
