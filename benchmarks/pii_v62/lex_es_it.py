"""Spanish and Italian sentences: health and care genres."""

ES = {
    "gp": {
        "title": ["Recordatorio de cita", "Mensaje de su centro de salud", "Resultados de analítica"],
        "pos": [
            "La doctora {fname} quiere comentar los resultados con usted. Llame al {fixed} a partir de las "
            "12.",
            "No hemos podido localizarle en el {mobile}; por favor, devuélvanos la llamada esta semana.",
            "Para renovar la receta electrónica escriba a {role} indicando su nombre completo.",
            "Si el centro está cerrado, la línea gratuita {tf} le orienta sobre el servicio de urgencias.",
        ],
        "neg": [
            "Tensión arterial hoy {n:bp} mmHg; frecuencia cardiaca {n:pulse}.",
            "Número de afiliación a la Seguridad Social: {n:nss}.",
            "Próxima revisión: {n:appt}, en ayunas.",
        ],
    },
    "dentist": {
        "title": ["Su presupuesto dental", "Clínica dental: revisión anual"],
        "pos": [
            "Para urgencias fuera de horario, llame al {mobile}; para todo lo demás, recepción: {fixed}.",
            "Hemos cargado la señal del tratamiento en la tarjeta {card}.",
            "Puede domiciliar las cuotas en la cuenta {iban}.",
        ],
        "neg": [
            "Hoy se han tratado las piezas {n:teeth}.",
            "No coma hasta pasadas dos horas; si le duele, {n:dose} de ibuprofeno.",
        ],
    },
    "pharmacy": {
        "title": ["Su pedido está listo", "Farmacia: entrega a domicilio"],
        "pos": [
            "Su medicación ya ha llegado. Si pasa otra persona a recogerla, avísenos al {fixed}.",
            "El repartidor pasará por la tarde; si no hay nadie, mande un mensaje al {mobile}.",
            "Dudas sobre la toma: nuestra farmacéutica {fname} le atiende en {email}.",
        ],
        "neg": [
            "Pauta: {n:dose} cada doce horas, con comida.",
            "Lote de la vacuna: {n:lot}.",
        ],
    },
    "carehome": {
        "title": ["Carta a las familias", "Noticias de la residencia"],
        "pos": [
            "Las visitas vuelven a partir de las 16 h; llame antes al control de enfermería, {fixed}.",
            "La auxiliar de referencia de su madre es {fname}, en el {mobile} durante su turno.",
            "Envíen las fotos para el mural a {email}.",
        ],
        "neg": [
            "Su padre está en la habitación {n:room}; ingesta de líquidos ayer: {n:fluid}.",
            "Constantes: temperatura {n:temp}, saturación {n:spo2}.",
        ],
    },
}

ES_LIST = {
    "head": ["Cómo contactarnos", "Teléfonos de la consulta"],
    "label": ["Recepción", "Enfermería", "Urgencias", "Citas", "Farmacia"],
}

IT = {
    "gp": {
        "title": ["Promemoria appuntamento", "Messaggio dal suo medico di famiglia", "Referti pronti"],
        "pos": [
            "Il dottor {name} vorrebbe rivederla per il controllo. Chiami lo studio al {fixed} dopo le 10.",
            "Non siamo riusciti a contattarla al {mobile}; ci richiami quando può.",
            "Per le ricette ripetute scriva a {role} indicando il nome e il farmaco.",
        ],
        "neg": [
            "Pressione oggi {n:bp} mmHg, frequenza {n:pulse}.",
            "Codice fiscale in archivio: {n:cf}. Ci segnali eventuali errori.",
            "Prossima visita: {n:appt}, a digiuno.",
        ],
    },
    "pharmacy": {
        "title": ["Il suo ordine è pronto", "Farmacia: consegna a domicilio"],
        "pos": [
            "Il farmaco è arrivato; se passa un familiare, ci avvisi al {fixed}.",
            "Il fattorino passa nel pomeriggio; se non c'è nessuno, un SMS al {mobile}.",
            "Per dubbi sugli effetti collaterali chieda della dottoressa {fname}, al {fixed}.",
            "Abbiamo addebitato l'importo sulla carta {card}.",
        ],
        "neg": [
            "Codice A.I.C. {n:aic}: confezione da 30 compresse.",
            "Posologia: {n:dose} mattina e sera, a stomaco pieno.",
            "Lotto del vaccino: {n:lot}.",
        ],
    },
    "physio": {
        "title": ["Il suo programma di esercizi", "Studio di fisioterapia"],
        "pos": [
            "Se il dolore aumenta prima della prossima seduta, chiami il {fixed} e chieda di {name}.",
            "Le mandiamo i video degli esercizi a {email}.",
            "Per disdire scriva al {mobile} almeno un giorno prima.",
        ],
        "neg": [
            "Flessione del ginocchio {n:rom}, dolore {n:pain}.",
            "Ponte glutei {n:reps}, due volte al giorno.",
        ],
    },
    "optician": {
        "title": ["I suoi occhiali sono pronti", "Controllo lenti a contatto"],
        "pos": [
            "Gli occhiali sono pronti: chiami il negozio al {fixed} per la consegna.",
            "Per cambiare l'ordine delle lenti, numero verde {tf}.",
            "Il saldo è stato pagato con bonifico sul conto {iban}.",
        ],
        "neg": [
            "Occhio destro {n:lensrx}, sinistro {n:lensrx}.",
            "Distanza interpupillare {n:pd}; visus {n:va}.",
            "Lenti mensili {n:cl}.",
        ],
    },
}

IT_LIST = {
    "head": ["Recapiti dello studio", "Come contattarci"],
    "label": ["Segreteria", "Ambulatorio", "Reperibilità", "Prenotazioni", "Farmacia"],
}
