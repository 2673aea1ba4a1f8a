"""Spanish and Italian text for v48."""

ES = {
    "G": {
        "menu": {
            "title": ["Casa Paco — Carta", "Menú del día", "Taberna El Puerto · Carta de raciones"],
            "body": [
                "{n:menu_no} Pulpo a la gallega, alérgenos {n:allergens}.",
                "Chuletón {n:cut_weight} a {n:price_weight}.",
                "Menú degustación {n:per_head}; mesa {n:table} junto a la ventana.",
            ],
        },
        "takeaway": {
            "title": ["Pizzería Nápoles — para llevar", "Kebab y pizzas a domicilio", "Wok Oriental"],
            "body": [
                "{n:menu_no} Pizza picante ({n:scoville}).",
                "Código {n:promo} en tu primer pedido; recogida en {n:eta}.",
                "Oferta {n:menu_no}: pizza + bebida {n:volume}.",
            ],
        },
        "truck": {
            "title": ["Food truck — dónde estamos", "Mercado de abastos: puesto de quesos"],
            "body": [
                "Puesto {n:stall}, segunda fila. Turno {n:deli_ticket}.",
                "Queso curado {n:price_weight}, lote {n:lot}.",
            ],
        },
        "review": {
            "title": ["Reseña: la mejor tortilla del barrio", "Probamos el nuevo asador"],
            "body": [
                "Tiene {n:review_count} en internet y el comedor es de {n:covers} cubiertos.",
                "El Ribera {n:vintage} ({n:abv}) a buen precio; cuenta {n:per_head}.",
            ],
        },
        "chalk": {
            "title": ["(pizarra del bar, copiada)", "PIZARRA DE HOY"],
            "body": [
                "Caña y tapa; vermut {n:abv}. Wifi: {n:wifi}.",
                "Café cortado — receta {n:coffee}.",
            ],
        },
    },
    "CONTACT": [
        "Reservas al {P}.",
        "Pedidos por teléfono: {P}",
        "Tel. {P} (de 12:00 a 16:00)",
        "WhatsApp {M}",
        "¿Alergias? Llama a cocina: {P}",
        "Escríbenos: {E}",
        "Pedidos gratuitos: {S}",
        "Encargado: {M}",
    ],
    "LOCAL": [],
    "PII": {
        "iban": ["Señal por transferencia: {I}."],
        "ip": ["Impresora de comandas: {IP}."],
        "card": ["Garantía con tarjeta {C}."],
    },
    "LIST_HEAD": ["Teléfonos de proveedores:"],
    "LIST_LABELS": ["Pescadería", "Frutería", "Cocinero", "Encargado", "Panadería"],
    "CLOSE": ["¡Buen provecho!", "IVA incluido.", "Consulte alérgenos al personal."],
    "NEGCLOSE": ["Pedidos solo en barra.", "Sin reserva previa."],
}

IT = {
    "G": {
        "menu": {
            "title": ["Trattoria da Nino — Menù", "Osteria del Ponte · Menù del giorno", "Carta dei piatti"],
            "body": [
                "{n:menu_no} Tagliatelle al ragù, allergeni {n:allergens}.",
                "Fiorentina {n:cut_weight}, {n:price_weight}.",
                "Menù degustazione {n:per_head}, tavolo {n:table} in giardino.",
            ],
        },
        "booking": {
            "title": ["Prenota un tavolo", "Prenotazioni — Ristorante Il Glicine"],
            "body": [
                "Codice prenotazione {n:booking_ref}; coperti disponibili {n:covers}.",
                "Recensioni: {n:review_count}. Tavolo {n:table} confermato.",
            ],
        },
        "preorder": {
            "title": ["Macelleria Bianchi — ordini per le feste", "Panificio: prenotazione colomba"],
            "body": [
                "Cappone {n:cut_weight}, bollo CE {n:health_mark}.",
                "Uova {n:egg_code}, da consumarsi entro {n:best_before}, lotto {n:lot}.",
            ],
        },
        "cookclass": {
            "title": ["Corso di cucina — iscrizioni", "Laboratorio di pasta fresca"],
            "body": [
                "Lezione {n:class_size}: ravioli, servono {n:recipe_qty} di farina.",
                "Forno a {n:oven} per {n:bake_time}, dosi per {n:servings} persone.",
            ],
        },
        "wine": {
            "title": ["Degustazione in enoteca", "Serata vini del Piemonte"],
            "body": [
                "Barolo {n:vintage}, {n:abv}, punteggio {n:wine_score}.",
                "Taglio {n:blend}, annata {n:vintage}, {n:volume}. Quota {n:per_head}.",
            ],
        },
    },
    "CONTACT": [
        "Prenotazioni al {P}.",
        "Ordini telefonici: {P}",
        "Tel. {P}",
        "WhatsApp {M}",
        "Scrivici: {E}",
        "Numero verde ordini {S}",
        "Allergie? Chiama la cucina: {P}",
        "Iscrizioni: {EP} o {M}",
    ],
    "LOCAL": [],
    "PII": {
        "iban": ["Caparra tramite bonifico: {I}."],
        "ip": ["Stampante comande: {IP}."],
        "card": ["Garanzia con carta {C}."],
    },
    "LIST_HEAD": ["Numeri utili per la cucina:"],
    "LIST_LABELS": ["Pescheria", "Ortofrutta", "Chef", "Responsabile", "Forno"],
    "CLOSE": ["Buon appetito!", "Coperto incluso.", "Segnalate eventuali allergie."],
    "NEGCLOSE": ["Ordini solo al banco.", "Chiedete al personale."],
}
