"""Spanish and Italian sentences for v81 (funerals and bereavement), written fresh."""

ES = {
    "titles": {
        "undertaker": ["Servicio funerario – resumen", "Tanatorio: su expediente"],
        "florist": ["Coronas y centros – su pedido", "Flores para el sepelio"],
        "support": ["Grupo de apoyo al duelo", "Acompañamiento en el duelo"],
        "plan": ["Seguro de decesos – su póliza", "Cómo comunicar un fallecimiento a la aseguradora"],
    },
    "body": {
        "undertaker": [
            "Su gestora es {NAME}; puede llamarla al {P} a cualquier hora.",
            "La esquela se la enviaremos para revisar desde {E}.",
            "El conductor del coche fúnebre llevará el móvil {M}.",
            "Para el traslado desde el extranjero, nuestro corresponsal atiende en el {I}.",
            "El anticipo puede transferirse a {B}.",
        ],
        "florist": [
            "La corona se entregará en el tanatorio por la mañana. Dudas: {P}.",
            "Cargo en la tarjeta {C}.",
            "El repartidor llamará desde el {M} al llegar.",
            "Envíe el texto de la cinta a {E}.",
        ],
        "support": [
            "Nos reunimos en la parroquia; si quiere hablar antes, llame a {NAME} al {M}.",
            "No hace falta inscribirse: escriba a {E} o llame al {P}.",
            "Si la noche se hace larga, hay una línea de escucha gratuita: {O}.",
            "Una voluntaria que vive en Lisboa sigue atendiendo en el {I_PT}.",
        ],
        "plan": [
            "Para comunicar el fallecimiento llame primero a la aseguradora, {O}.",
            "Su agente, {NAME}, le atiende en el {P}.",
            "Las primas se cargaban en {B}.",
            "Para cambiar el beneficiario, escriba a {E}.",
        ],
    },
    "local": [],
    "neg": [
        ("grave_plot", "Nicho/sepultura (calle-fila-número): {v}."),
        ("life_dates", "{v}"),
        ("quote_total", "Importe total del presupuesto: {v}."),
        ("service_time", "La sala está reservada de {v}."),
        ("verse", "Lectura: {v}."),
        ("plate", "El coche fúnebre (matrícula {v}) esperará en la puerta."),
        ("distance", "Distancia hasta el cementerio: {v}."),
        ("coffin_size", "Féretro, medidas interiores {v}."),
        ("cremation_no", "Número de incineración {v}."),
        ("time_of_death", "Hora del fallecimiento: {v}."),
        ("plan_no", "Póliza n.º {v}."),
    ],
    "plain": ["Tómese el tiempo que necesite.", "Nuestro más sentido pésame."],
    "heads": ["Teléfonos para la familia", "A quién llamar"],
    "labels": ["Funeraria", "Tanatorio", "Cementerio", "Floristería", "Parroquia", "Aseguradora"],
    "signoff": ["Con nuestro pésame,\n{NAME}", "Un abrazo,\n{NAME}"],
}

IT = {
    "titles": {
        "undertaker": ["Onoranze funebri – riepilogo", "Il vostro servizio funebre"],
        "mason": ["Preventivo lapide", "Incisione – bozza da approvare"],
        "florist": ["Fiori per il funerale – ordine", "Corona e cuscino"],
        "obituary": ["Necrologio", "Annuncio funebre"],
    },
    "body": {
        "undertaker": [
            "Il vostro referente è {NAME}, raggiungibile al {P}.",
            "Il manifesto funebre vi arriverà per la correzione da {E}.",
            "Il giorno del funerale l'autista avrà con sé il cellulare {M}.",
            "Per il rimpatrio, il nostro corrispondente in Svizzera risponde al {I_CH}.",
            "L'acconto può essere versato su {B}.",
        ],
        "mason": [
            "Grazie per l'ordine. Il laboratorio risponde al {P}.",
            "Controllate il testo dell'epigrafe e rispondete a {E}.",
            "Il posatore chiamerà dal {M} il giorno prima.",
            "Il saldo va versato dopo la posa su {B}.",
        ],
        "florist": [
            "La corona sarà consegnata in chiesa la mattina. Domande: {P}.",
            "Addebito sulla carta {C}.",
            "Il fattorino chiamerà dal {M}.",
            "Il testo del nastro può essere inviato a {EP}.",
        ],
        "obituary": [
            "Ne danno il triste annuncio i figli. Per informazioni: {P}.",
            "Non fiori ma opere di bene; le offerte vanno all'hospice, numero verde {O}.",
            "Chi non potrà esserci può scrivere a {EP}.",
            "I parenti all'estero possono contattare la nipote al {I}.",
        ],
    },
    "local": [],
    "neg": [
        ("grave_plot", "Loculo (campo-fila-numero): {v}."),
        ("life_dates", "{v}"),
        ("quote_total", "Totale preventivo: {v}."),
        ("service_time", "La sala del commiato è prenotata {v}."),
        ("verse", "Lettura: {v}."),
        ("plate", "Il carro funebre (targa {v}) attenderà davanti alla chiesa."),
        ("stone_size", "Lapide {v}, marmo di Carrara."),
        ("distance", "Distanza dal cimitero: {v}."),
        ("niche", "Celletta ossario {v}."),
        ("time_of_death", "Ora del decesso: {v}."),
        ("age_years", "È mancata {v}."),
    ],
    "plain": ["Prendetevi tutto il tempo necessario.", "Sentite condoglianze."],
    "heads": ["Numeri utili per la famiglia", "Chi chiamare"],
    "labels": ["Onoranze funebri", "Cimitero", "Marmista", "Fiorista", "Parrocchia"],
    "signoff": ["Con affetto,\n{NAME}", "Cordiali saluti,\n{NAME}"],
}
