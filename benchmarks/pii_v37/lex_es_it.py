"""Spanish and Italian sentences of v37."""

ES = {
    "call": [
        "Ante incidencias en producción, llamad a la guardia al {p}.",
        "El soporte de integración del proveedor atiende en el {p}.",
        "Dudas de licencia: oficina de los mantenedores, {p}.",
        "Los SMS de prueba llegan al móvil compartido de QA: {p}.",
    ],
    "local": [],
    "service": ["Línea gratuita de facturación: {p}.", "Atención al cliente en el {p}, de lunes a viernes."],
    "bug": [
        "El formulario rechaza {p} aunque el número es real.",
        "Tras actualizar, el perfil muestra {p} dos veces.",
        "La exportación a CSV convierte {p} en notación científica.",
    ],
    "neg": [
        "Subido a {x} tras la regresión del parser.",
        "Reproducido otra vez con {x}.",
        "Ver {x} para la discusión original.",
        "Fijado en {x} hasta que llegue el arreglo.",
    ],
    "roster": ["Guardias", "Contactos del equipo", "Usuarios de prueba (ficticios)"],
    "title": ["Sincronización de contactos", "Exportador de facturas", "Recordatorio de citas"],
    "contact_h": ["Contacto", "Soporte"],
    "contrib": [
        "Ejecutad los tests antes de abrir una pull request.",
        "Los arreglos pequeños son bienvenidos; para cambios grandes, abrid antes una issue.",
    ],
    "ui": ["Guardar cambios", "Tu pedido ha sido enviado", "Introduce un teléfono válido"],
    "nb": [
        "Cargar la exportación de clientes y limpiar la columna de teléfono.",
        "Vistazo a los envíos fallidos.",
    ],
    "api": [
        "Crea un contacto. El campo phone se guarda tal cual.",
        "Devuelve un cliente con su teléfono principal.",
    ],
    "email": ["Avisos de seguridad: {e}", "Dudas sobre este módulo: {e}"],
    "iban": ["Los reembolsos del fixture van a {i}.", "Cuenta de pagos (sandbox): {i}"],
    "card": ["Los tests de pago usan la tarjeta {c}.", "Caso de tarjeta rechazada: {c}"],
    "ip": ["Staging responde desde {ip}.", "Las peticiones venían de {ip}."],
    "ssn": ["El registro de prueba estadounidense usa el SSN {s}."],
}

IT = {
    "call": [
        "Per incidenti in produzione chiamare il reperibile al {p}.",
        "Il supporto integrazioni del fornitore risponde al {p}.",
        "Domande sulla licenza: ufficio dei manutentori, {p}.",
        "Gli SMS di test arrivano sul telefono condiviso del QA: {p}.",
    ],
    "local": [],
    "service": [
        "Numero verde per la fatturazione: {p}.",
        "Assistenza clienti al {p}, dal lunedì al venerdì.",
    ],
    "bug": [
        "Il form rifiuta {p} anche se il numero esiste.",
        "Dopo l'aggiornamento il profilo mostra {p} due volte.",
        "L'export CSV trasforma {p} in notazione scientifica.",
    ],
    "neg": [
        "Portato a {x} dopo la regressione del parser.",
        "Riprodotto di nuovo con {x}.",
        "Vedi {x} per la discussione originale.",
        "Bloccato su {x} finché non esce la correzione.",
    ],
    "roster": ["Reperibilità", "Contatti del team", "Utenti di prova (fittizi)"],
    "title": ["Sincronizzazione contatti", "Esportazione fatture", "Promemoria appuntamenti"],
    "contact_h": ["Contatti", "Assistenza"],
    "contrib": [
        "Lanciate i test prima di aprire una pull request.",
        "Le piccole correzioni sono benvenute; per modifiche grandi aprite prima una issue.",
    ],
    "ui": ["Salva modifiche", "Il tuo ordine è stato spedito", "Inserisci un numero di telefono valido"],
    "nb": ["Caricare l'export clienti e ripulire la colonna telefono.", "Uno sguardo alle consegne fallite."],
    "api": [
        "Crea un contatto. Il campo phone viene salvato così com'è.",
        "Restituisce un cliente con il telefono principale.",
    ],
    "email": ["Segnalazioni di sicurezza: {e}", "Domande su questo modulo: {e}"],
    "iban": ["I rimborsi del fixture vanno su {i}.", "Conto di accredito (sandbox): {i}"],
    "card": ["I test di pagamento usano la carta {c}.", "Caso carta rifiutata: {c}"],
    "ip": ["Lo staging risponde da {ip}.", "Le richieste arrivavano da {ip}."],
    "ssn": ["Il record di prova statunitense usa l'SSN {s}."],
}
