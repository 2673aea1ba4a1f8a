"""Spanish and Italian sentences for v46 (same slots as lex_en)."""

ES = {
    "parish": {
        "title": ["Hoja parroquial", "Avisos de la parroquia de San Roque"],
        "phone": [
            "El despacho parroquial atiende martes y jueves en el {P}.",
            "Para llevar la comunión a enfermos, llame al padre {NAME}: {P}.",
        ],
        "neg": [
            "Lecturas: {N:bible}; canto de entrada: {N:hymn}.",
            "Salmo: {N:psalm}. Misas: {N:masstimes}.",
            "Para la partida de bautismo indique {N:register}.",
        ],
    },
    "funeral": {
        "title": ["Esquela", "Rogad a Dios en caridad por el alma de"],
        "phone": [
            "Tanatorio y servicios: Funeraria {NAME}, teléfono {P}.",
            "La familia agradece las muestras de cariño; información en el {P}.",
        ],
        "neg": [
            "{NAME}, {N:lifespan}, {N:aged}.",
            "Inhumación en el cementerio municipal, {N:plot}.",
            "Misa funeral a las {N:clock}.",
        ],
    },
    "wedding": {
        "title": ["¡Nos casamos!", "Invitación al bautizo de {NAME}"],
        "phone": [
            "Confirmad asistencia antes del 30 de abril a {NAME}: {P}.",
            "Cualquier duda sobre el autobús, llamad a {P}.",
        ],
        "neg": ["Estáis en {N:table}; lista de bodas: {N:giftlist}.", "Seremos {N:guests}."],
    },
    "festival": {
        "title": ["Programa de fiestas patronales", "Ciclo de conciertos de verano"],
        "phone": ["Objetos perdidos y Cruz Roja en el recinto: {P}.", "Casetas y feriantes: {P}."],
        "neg": ["Segunda parte: {N:opus} y {N:opus}.", "Apertura de puertas {N:clock}; aforo: {N:capacity}."],
    },
    "boxoffice": {
        "title": ["Taquilla", "Confirmación de su compra"],
        "phone": [
            "Venta telefónica a partir de las 10:00 en el {P}.",
            "¿No le llegan las entradas? Llame al {P}.",
        ],
        "neg": [
            "Su localidad: {N:seat}. Localizador {N:bookref}.",
            "Precio: {N:price}. Acceso por {N:gate}.",
            "Presente este código: {N:barcode} ({N:eventcode}).",
        ],
    },
    "raffle": {
        "title": ["Rifa benéfica", "Lotería de Navidad de la peña"],
        "phone": ["Los premios no recogidos se reclaman a {NAME} en el {P}."],
        "neg": [
            "Primer premio: {N:raffle}; segundo: {N:raffle}.",
            "Sorteo {N:drawno}: {N:lotto}.",
            "Papeletas a {N:prizeprice}.",
        ],
    },
    "venue": {
        "title": ["Alquiler de salones", "Presupuesto de catering"],
        "phone": [
            "Para reservar la fecha llame a nuestro equipo: {P}.",
            "Alergias: avise a cocina en el {P}.",
        ],
        "neg": ["El salón mide {N:roomsize} y admite {N:guests}.", "Menú B: {N:perhead}."],
    },
}
ES_LIST = ["Teléfonos de interés", "Contactos"]
ES_LABELS = ["Despacho", "Sacristía", "Taquilla", "Catering", "Coordinación", "Conserjería"]
ES_EMAIL = ["Escríbenos a {E}.", "Confirmaciones por correo: {E}."]
ES_CARD = ["Señal abonada con la tarjeta {C} (cad. 07/27)."]
ES_IBAN = ["Si queréis hacernos un regalo: {IBAN}.", "Donativos a la parroquia: {IBAN}."]
ES_IP = ["Compra realizada desde la IP {IP}."]

IT = {
    "parish": {
        "title": ["Foglio parrocchiale", "Avvisi della settimana"],
        "phone": [
            "La segreteria parrocchiale risponde al {P} il martedì e il venerdì.",
            "Per la comunione agli ammalati contattare don {NAME} al {P}.",
        ],
        "neg": [
            "Letture: {N:bible}; canto finale: {N:hymn}.",
            "Salmo: {N:psalm}. Orari delle messe: {N:masstimes}.",
            "Per il certificato di battesimo indicare {N:register}.",
        ],
    },
    "funeral": {
        "title": ["Necrologio", "Ringraziamento"],
        "phone": ["Onoranze funebri {NAME}, tel. {P}.", "Per informazioni sul rosario rivolgersi al {P}."],
        "neg": [
            "{NAME}, {N:lifespan}, {N:aged}.",
            "Tumulazione nel cimitero comunale, {N:plot}.",
            "Le esequie alle ore {N:clock}.",
        ],
    },
    "wedding": {
        "title": ["Partecipazione di nozze", "Invito al battesimo di {NAME}"],
        "phone": ["Si prega di confermare entro il 20 maggio a {NAME}: {P}.", "Per il pullman chiamate {P}."],
        "neg": ["Siete al {N:table}; lista nozze: {N:giftlist}.", "Saremo {N:guests}."],
    },
    "festival": {
        "title": ["Programma della sagra", "Stagione concertistica"],
        "phone": ["Oggetti smarriti e pronto soccorso: {P}.", "Espositori: segreteria del festival {P}."],
        "neg": ["Seconda parte: {N:opus} e {N:opus}.", "Apertura cancelli {N:clock}; capienza {N:capacity}."],
    },
    "listings": {
        "title": ["Programmazione cinema", "Cartellone del teatro"],
        "phone": ["Prenotazioni per tutte le sale: {P}.", "Spettacoli con audiodescrizione: {P}."],
        "neg": [
            "{N:screen}: il nuovo giallo ({N:rating}, {N:runtime}), orari {N:showtimes}.",
            "Proiezione in {N:format}.",
        ],
    },
    "raffle": {
        "title": ["Lotteria della festa patronale", "Estrazione della sottoscrizione a premi"],
        "phone": ["I premi non ritirati vanno richiesti a {NAME}, {P}."],
        "neg": [
            "Primo premio: {N:raffle}; secondo: {N:raffle}.",
            "Estrazione {N:drawno}: {N:lotto}.",
            "Biglietti a {N:prizeprice}.",
        ],
    },
    "sitter": {
        "title": ["Biglietto per la babysitter", "Istruzioni per il dogsitter"],
        "phone": [
            "Per qualsiasi cosa chiama prima me ({P}), poi la nonna ({P}).",
            "Veterinario reperibile: {P}.",
        ],
        "neg": [
            "Microchip di Birba: {N:microchip}.",
            "Medicina: {N:dose}. A letto alle {N:clock}.",
            "Come d'accordo, {N:rate}.",
        ],
    },
}
IT_LIST = ["Numeri utili", "Recapiti"]
IT_LABELS = ["Segreteria", "Sacrestia", "Biglietteria", "Catering", "Regia", "Custode"]
IT_EMAIL = ["Scriveteci a {E}.", "Conferme via e-mail: {E}."]
IT_CARD = ["Caparra pagata con carta {C} (scad. 05/27)."]
IT_IBAN = ["Per un pensiero agli sposi: IBAN {IBAN}.", "Offerte per la parrocchia: {IBAN}."]
IT_IP = ["Ordine effettuato dall'indirizzo {IP}."]
