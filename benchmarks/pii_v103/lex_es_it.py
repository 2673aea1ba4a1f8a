"""Spanish and Italian sentences (fresh for v103)."""

ES = {
    "cellar": {
        "heads": ["Visitas a la bodega", "Cata en la sala de barricas", "Su reserva de enoturismo"],
        "pos": [
            "Las catas son {X:opening_hours}; para cambiar la hora, llame a la bodega al {N}.",
            "Si la verja está cerrada, llame al {M} y {name} bajará a abrirle.",
            "Cobramos la señal en la tarjeta {C}.",
            "Nuestro distribuidor en el extranjero atiende en el {I}.",
            "Dudas sobre la vertical {X:vintage_span}: escriba a {E}.",
        ],
        "neg": [
            "Hoy catamos el blanco de {X:abv} de la parcela {X:cadastre} y un tinto del clon {X:clone}.",
            "La sala de barricas está a {X:temperature}.",
            "El reserva obtuvo {X:score}; se hicieron {X:case_count} cajas.",
            "Localizador {X:booking_ref}, cuatro personas.",
        ],
    },
    "brewery": {
        "heads": ["Novedades de la cervecera", "Diario de elaboración", "Visita a la fábrica"],
        "pos": [
            "Barriles vacíos: avise por WhatsApp al {M} antes de venir.",
            "Pedidos de hostelería por {E}; pagos a {B}.",
            "El autómata de la sala de cocción está en {P}; si salta la alarma, llame al maestro cervecero "
            "al {N}.",
            "Atención al cliente gratuita: {T}.",
        ],
        "neg": [
            "La IPA sale con {X:abv}, {X:ibu}, lupulada con {X:hop_code}.",
            "Densidades del fermentador: {X:gravity}, levadura {X:yeast_strain}.",
            "Tanque {X:tank_litres} a {X:bar_pressure}.",
            "Se molieron {X:grain_kg} de malta.",
        ],
    },
    "harvest": {
        "heads": ["Voluntarios de vendimia", "Plan de vendimia", "Vendimia: instrucciones"],
        "pos": [
            "Quedamos a las siete en el lagar; si llega tarde, escriba al {M}.",
            "Capataz y primeros auxilios: {N}.",
            "La estación meteorológica envía los datos a {P}.",
            "Los voluntarios de fuera pueden llamar a la familia de acogida al {I}.",
        ],
        "neg": [
            "Empezamos por la parcela {X:cadastre} ({X:parcel_ha}), filas {X:vine_rows}.",
            "Fecha prevista: {X:picking_date}; portainjerto {X:rootstock}.",
            "Buscamos {X:brix} y un rendimiento de {X:yield_hlha}.",
        ],
    },
}

IT = {
    "cellar": {
        "heads": ["Degustazioni in cantina", "Visita in cantina", "La sua prenotazione"],
        "pos": [
            "Le degustazioni si tengono {X:opening_hours}; per spostare l'orario chiami la cantina al {N}.",
            "Se il cancello è chiuso, telefoni al {M}: {name} verrà ad aprire.",
            "La caparra è stata addebitata sulla carta {C}.",
            "Il nostro importatore all'estero risponde al {I}.",
            "Per le fatture dei gruppi: bonifico su {B}.",
        ],
        "neg": [
            "In degustazione il bianco da {X:abv} della particella {X:cadastre} e il rosso dal clone "
            "{X:clone}.",
            "La barricaia resta a {X:temperature}.",
            "La riserva ha preso {X:score}; solo {X:case_count} casse.",
            "Codice prenotazione {X:booking_ref}.",
        ],
    },
    "distillery": {
        "heads": ["Distilleria – visite", "Notizie dalla grapperia", "Alambicchi aperti"],
        "pos": [
            "Per un campione dalla sua botte, chiami il mastro distillatore al {N}.",
            "La telecamera sull'alambicco, all'indirizzo {P}, trasmette la distillazione.",
            "Ricevuta inviata da {E}; pagamento con la carta {C}.",
            "Numero verde per i soci: {T}.",
        ],
        "neg": [
            "La botte {X:cask_no} è stata riempita a {X:cask_strength}; avrà {X:age_years} anni in "
            "primavera.",
            "Bottiglia {X:bottle_of}, edizione numerata.",
            "Documento di accompagnamento: {X:emcs_arc}.",
        ],
    },
    "offlicence": {
        "heads": ["Enoteca – ritiro in negozio", "Conferma ordine enoteca", "Avviso ai clienti"],
        "pos": [
            "L'ordine è pronto; se le serve più tempo chiami il negozio al {N}.",
            "Pagamento ricevuto con la carta {C}.",
            "Per i ristoratori: {E}; l'agente di zona risponde al {M}.",
            "Il POS all'indirizzo {P} si è disconnesso, stamattina solo contanti.",
        ],
        "neg": [
            "Nel carrello: {X:case_count} a {X:price} l'una, formato {X:bottle_size}.",
            "Etichetta del bancale: {X:sscc}.",
            "Il lotto {X:lot_code} del rosato è stato ritirato.",
            "Aperti {X:opening_hours}.",
        ],
    },
}

LISTS_ES = {
    "heads": ["Teléfonos de la bodega", "A quién llamar"],
    "labels": ["Bodega", "Enólogo", "Tienda", "Conductor", "Reservas"],
}
LISTS_IT = {
    "heads": ["Numeri della cantina", "Chi chiamare"],
    "labels": ["Cantina", "Enologo", "Enoteca", "Autista", "Prenotazioni"],
}
