"""Spanish and Italian sentences for v45 (tokens as in lex_en)."""

ES = {
    "flyer": {
        "title": [
            "Fontanería y reformas Rius",
            "Pintor profesional - pisos y locales",
            "Manitas a domicilio",
        ],
        "body": [
            "Cambio de calentador ([[neg:boiler]]), tuberías [[neg:pipe]], presupuesto sin compromiso.",
            "Pintamos en [[neg:paint]], precio por hora [[neg:rate]].",
            "Rotulado en la furgoneta ([[neg:plate]]): REFORMAS Y PINTURA.",
            "Montaje de muebles y tarima de [[neg:timber]].",
        ],
        "contact": ["Llame al [[phone]].", "Presupuestos: [[phone]] (también WhatsApp)."],
        "none": ["Pida presupuesto en la ferretería del barrio.", "Trabajos garantizados."],
    },
    "tolet": {
        "title": ["Se alquila piso céntrico", "Alquiler de habitación", "Piso exterior con ascensor"],
        "body": [
            "[[neg:flat]], [[neg:area]], [[neg:energy]], año de construcción [[neg:builtyear]].",
            "Renta [[neg:rent]] al mes, libre a partir del [[neg:movein]].",
            "Visitas el sábado de [[neg:slot]], C.P. [[neg:postcode]], [[neg:parcel]].",
        ],
        "contact": ["Interesados llamar al [[phone]].", "Propietaria: [[phone]]."],
        "none": ["Solo contacto por el portal.", "Abstenerse agencias."],
    },
    "garage": {
        "title": ["Factura - Talleres Navarro", "Orden de reparación", "Revisión y cambio de neumáticos"],
        "body": [
            "Factura [[neg:invoice]], matrícula [[neg:plate]], bastidor [[neg:vin]].",
            "Neumáticos [[neg:tyre]], par de apriete [[neg:torque]], [[neg:mileage]].",
            "Aceite [[neg:oilspec]], referencia [[neg:partno]], batería [[neg:battery]].",
        ],
        "contact": ["Consultas sobre la factura: [[phone]].", "Taller [[phone]]."],
        "none": ["Gracias por su confianza.", "Pago a 15 días."],
    },
    "market": {
        "title": ["Vendo lavadora casi nueva", "Se vende móvil libre", "Regalo sofá, recoger en casa"],
        "body": [
            "Modelo [[neg:serial]], medidas [[neg:dims]], precio [[neg:price]].",
            "[[neg:storage]], código de barras [[neg:ean]], con factura.",
        ],
        "contact": ["Whatsapp [[phone]].", "Llamar al [[phone]] por las tardes."],
        "none": ["Solo mensajes por la app.", "Recogida en mano."],
    },
}
ES_SVC = ["Atención al cliente gratuita: [[svc]].", "Asistencia en carretera: [[svc]]."]
ES_EMAIL = ["Fotos al correo [[email]].", "Escríbeme a [[pemail]]."]
ES_CARD = ["Señal pagada con tarjeta [[card]]."]
ES_IBAN = ["Transferencia a [[iban]], concepto: fianza."]
ES_IP = ["El router está en [[ip]]."]
ES_LIST = (
    ["Teléfonos de interés:", "Para tener a mano:"],
    ["Casero", "Portero", "Fontanero", "Administrador"],
)

IT = {
    "garage": {
        "title": ["Fattura - Autofficina Bruni", "Scheda di lavorazione", "Tagliando e revisione"],
        "body": [
            "Fattura [[neg:invoice]], targa [[neg:plate]], telaio [[neg:vin]], [[neg:mileage]].",
            "Pneumatici [[neg:tyre]], serraggio [[neg:torque]], olio [[neg:oilspec]].",
            "Ricambio cod. [[neg:partno]], batteria [[neg:battery]], immatricolazione [[neg:regdate]].",
        ],
        "contact": ["Per informazioni sulla fattura: [[phone]].", "Officina [[phone]], ricambi [[phone]]."],
        "none": ["Pagamento a vista.", "Grazie per averci scelto."],
    },
    "agent": {
        "title": [
            "Immobiliare Galli - affittasi bilocale",
            "Vendesi trilocale con box",
            "Affitto monolocale arredato",
        ],
        "body": [
            "Rif. [[neg:agentref]]: [[neg:area]], [[neg:energy]], [[neg:flat]].",
            "Canone [[neg:rent]] mensili, libero dal [[neg:movein]], [[neg:parcel]].",
            "Visite sabato [[neg:slot]], CAP [[neg:postcode]].",
        ],
        "contact": ["Per visite: [[phone]].", "Agenzia [[phone]]."],
        "none": ["Solo su appuntamento tramite il portale.", "No agenzie."],
    },
    "landlord": {
        "title": ["Gentile inquilino,", "Comunicazione lavori condominiali", "Oggetto: rinnovo contratto"],
        "body": [
            "La lettura del contatore [[neg:meterid]] ([[neg:meterread]]) è prevista il [[neg:movein]].",
            "La nuova caldaia [[neg:boiler]] verrà installata dal tecnico ([[neg:tradereg]]).",
            "Il canone sarà di [[neg:rent]] dal prossimo mese.",
        ],
        "contact": ["Per qualsiasi problema: [[phone]].", "Amministratore: [[phone]]."],
        "none": ["Cordiali saluti, la proprietà.", "Rispondere per iscritto."],
    },
    "siteboard": {
        "title": [
            "CARTELLO DI CANTIERE",
            "Lavori di ristrutturazione facciata",
            "Nuova costruzione residenziale",
        ],
        "body": [
            "Permesso di costruire [[neg:permit]], [[neg:parcel]].",
            "Fine lavori prevista [[neg:regdate]], superficie [[neg:area]].",
            "Vietato l'accesso ai non addetti. Telecamera di cantiere su [[ip]].",
        ],
        "contact": ["Direttore dei lavori: [[phone]].", "Impresa esecutrice: [[phone]]."],
        "none": ["Informazioni presso l'ufficio tecnico comunale.", "Ci scusiamo per il disagio."],
    },
}
IT_SVC = ["Numero verde: [[svc]].", "Assistenza clienti gratuita: [[svc]]."]
IT_EMAIL = ["Inviate le foto a [[email]].", "Scrivetemi a [[pemail]]."]
IT_CARD = ["Acconto pagato con carta [[card]]."]
IT_IBAN = ["Bonifico su [[iban]], causale: canone."]
IT_IP = ["Il modem risponde all'indirizzo [[ip]]."]
IT_LIST = (
    ["Numeri da tenere a portata di mano:", "Recapiti del condominio:"],
    ["Proprietario", "Portiere", "Idraulico", "Amministratore", "Elettricista"],
)
