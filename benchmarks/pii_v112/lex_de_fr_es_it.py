"""German, French, Spanish and Italian sentences for v112 (fashion and textiles); slots as in lex_en."""

DE = {
    "TITLES": {
        "boutique": ["Neue Kollektion im Laden", "Ihre Reservierung im Concept Store"],
        "alteration": ["Änderungsschneiderei – Abholschein", "Termin zur Anprobe"],
        "fabric": ["Stoffbestellung – Zuschnitt", "Musterversand"],
        "bridal": ["Brautmode: Anprobetermine", "Ihr Brautkleid ist fertig"],
        "vintage": ["Vintage-Markt – Infos für Ausstellende", "Second-Hand-Kilomarkt"],
    },
    "BODY": {
        "boutique": [
            "Die Strickjacken aus Merino sind wieder da. Zurücklegen lassen? Einfach {nat} anrufen.",
            "Für Fragen zur Lieferung erreichen Sie unsere Filiale in Wien unter {intl}.",
            "Anzahlung über 50 € mit Karte {card} erhalten; das Kleid ({neg}) liegt bis Samstag bereit.",
            "Ihre persönliche Stilberaterin {name} ist dienstags unter {nat} erreichbar.",
            "Umtausch kostenlos: Servicenummer {free}, oder schreiben Sie an {mail}.",
        ],
        "alteration": [
            "Hose gekürzt, {neg}. Abholung ab Donnerstag; Rückfragen unter {nat}.",
            "Frau {name} steckt den Saum bei der nächsten Anprobe ab. Terminänderung bitte unter {nat}.",
            "Der Reißverschlusstausch kostet 22 €, bezahlt mit Karte {card}.",
            "Eilservice buchbar per Mail an {mail} oder telefonisch: {intl}.",
        ],
        "fabric": [
            "Ihr Zuschnitt Wollcrêpe, {neg}, geht morgen raus. Rückfragen: {nat}.",
            "Gewerbekunden überweisen bitte auf {iban} unter Angabe der Bestellnummer.",
            "Stoffmuster verschicken wir kostenlos – Anfrage an {mail} oder {nat}.",
            "Die Weberei in Vorarlberg erreichen Sie direkt unter {intl}.",
            "Unser Shopsystem im Lager läuft unter {ip}; bitte nicht neu starten.",
        ],
        "bridal": [
            "Die zweite Anprobe übernimmt {name}. Falls Sie sich verspäten, rufen Sie bitte {nat} an.",
            "Die Restzahlung für das Kleid bitte bis acht Wochen vor der Hochzeit auf {iban}.",
            "Brautjungfern können ihre Maße auch an {mail} schicken.",
            "Gäste aus der Schweiz bestellen bei unserer Partnerin unter {intl}.",
        ],
        "vintage": [
            "Standgebühr 40 €, abgebucht von Karte {card}.",
            "Aufbau ab 7 Uhr. Bei Fragen hilft {name} unter {nat}.",
            "Stornierte Stände erstatten wir auf {iban}.",
            "Infos zu Strom, Spiegeln und Kleiderstangen: {mail} oder am Markttag {nat}.",
        ],
    },
    "PLAIN": {
        "boutique": ["Neu eingetroffen: {neg} und {neg}.", "Im Schaufenster ab Montag: {neg}."],
        "alteration": ["Saum geändert, {neg}.", "Bitte bringen Sie den {neg} zur Abholung mit."],
        "fabric": ["Zuschnitt {neg}, Breite {neg}.", "Gewicht {neg}, Material {neg}."],
        "bridal": ["Kleid {neg}, Anprobe am {neg}.", "Mieder angepasst, Größe {neg}."],
        "vintage": ["Ihr Platz: {neg}. Öffnungszeiten {neg}.", "Nächster Markttermin: {neg}."],
    },
    "LOCAL": [
        "Aus dem {town}er Ortsnetz erreichen Sie das Atelier kurz unter {l1}, die Zuschneiderei unter {l2}.",
        "Kundinnen in {town} wählen für Anproben einfach {l1} – die Vorwahl entfällt.",
        "Laden {town}, Anrufe aus der Stadt: {l1}.",
        "In {town} selbst ist die Änderungsschneiderei unter {l1} zu erreichen, samstags unter {l2}.",
    ],
    "LIST_HEADS": ["Kontakte im Atelier", "So erreichen Sie uns", "Telefonliste Markttag"],
    "LIST_LABELS": ["Schneiderei", "Ladentheke", "Brautberatung", "Lager", "Marktleitung", "Zuschnitt"],
}

FR = {
    "TITLES": {
        "boutique": ["Nouvelle collection en boutique", "Votre réservation"],
        "alteration": ["Retouches – bon de dépôt", "Rendez-vous d'essayage"],
        "runway": ["Feuille de service – défilé", "Invitation au défilé"],
        "agency": ["Casting", "Confirmation d'option"],
    },
    "BODY": {
        "boutique": [
            "Les robes en lin sont revenues dans toutes les tailles ; pour en garder une, appelez le {nat}.",
            "Acompte de 80 € réglé par carte {card} ; le manteau ({neg}) vous attend jusqu'à samedi.",
            "Votre conseillère {name} vous reçoit sur rendez-vous au {nat}.",
            "Retours gratuits sous 30 jours : numéro vert {free} ou {mail}.",
            "Pour nos clientes de Genève, la boutique partenaire répond au {intl}.",
        ],
        "alteration": [
            "Ourlet du pantalon repris, {neg}. Retrait dès mardi ; questions au {nat}.",
            "{name} épinglera la jupe lors du prochain essayage. Pour décaler, appelez le {nat}.",
            "Remplacement de la fermeture : 19 €, payés par carte {card}.",
            "Service express sur demande à {mail} ou au {intl}.",
        ],
        "runway": [
            "Mannequins en coiffure-maquillage à 14 h. Régisseuse {name} : {nat}.",
            "L'encodeur du direct est sur {ip} ; ne pas le débrancher.",
            "Réponse souhaitée à {mail} ou au {intl}. Placement nominatif.",
            "Accueil presse pendant le défilé : {nat}.",
        ],
        "agency": [
            "Casting pour la campagne maille : venir à 10 h en talons, haut uni. Booker {name}, {nat}.",
            "Merci de confirmer l'option au {intl} avant midi.",
            "Le cachet de la séance sera viré sur {iban} vendredi.",
            "Polaroids à envoyer à {mail}, sans filtre.",
        ],
    },
    "PLAIN": {
        "boutique": ["Nouveautés : {neg} et {neg}.", "Vitrine renouvelée lundi : {neg}."],
        "alteration": ["Ourlet repris, {neg}.", "Merci de garder votre {neg} pour le retrait."],
        "runway": ["Ordre de passage : {neg}.", "Collection {neg}, présentée le {neg}."],
        "agency": ["Fiche : {neg}, taille {neg}.", "Pointure {neg}, mensurations {neg}."],
    },
    "LIST_HEADS": ["Contacts de l'atelier", "Numéros backstage"],
    "LIST_LABELS": ["Première d'atelier", "Boutique", "Régie", "Presse", "Habilleuses", "Booker"],
}

ES = {
    "TITLES": {
        "boutique": ["Nueva temporada en tienda", "Reserva de prenda"],
        "fabric": ["Pedido de tejido", "Muestrario"],
        "vintage": ["Feria vintage – información para expositores", "Mercadillo de ropa de segunda mano"],
        "bridal": ["Pruebas del vestido de novia", "Recogida del vestido"],
    },
    "BODY": {
        "boutique": [
            "Han vuelto los vestidos de lino; para apartar uno, llámanos al {nat}.",
            "Señal de 50 € pagada con la tarjeta {card}; la chaqueta ({neg}) está reservada hasta el sábado.",
            "Tu estilista, {name}, atiende con cita en el {nat}.",
            "Devoluciones gratuitas: {free} o {mail}.",
        ],
        "fabric": [
            "Tu corte de crepé, {neg}, sale mañana del almacén. Dudas: {nat}.",
            "Los clientes profesionales pueden pagar por transferencia a {iban}.",
            "Enviamos muestras gratis; pídelas a {mail} o al {nat}.",
            "El agente de la hilatura en Oporto atiende en el {intl}.",
        ],
        "vintage": [
            "El puesto (40 €) se cobra con la tarjeta {card} al reservar.",
            "Montaje desde las 8. Si te pierdes, llama a {name} al {nat}.",
            "Las cancelaciones se reembolsan en {iban}.",
            "Dudas sobre burros, espejos o luz: {mail}.",
        ],
        "bridal": [
            "La segunda prueba la hará {name}. Si llegas tarde, llama al {nat}.",
            "El resto del pago, ocho semanas antes de la boda, a {iban}.",
            "Las damas de honor pueden mandar sus medidas a {mail}.",
            "Invitadas desde Lisboa: el taller atiende en el {intl}.",
        ],
    },
    "PLAIN": {
        "boutique": ["Novedades: {neg} y {neg}.", "Escaparate nuevo el lunes: {neg}."],
        "fabric": ["Corte: {neg}, ancho {neg}.", "Gramaje {neg}, composición {neg}."],
        "vintage": ["Tu puesto: {neg}. Horario {neg}.", "Próxima feria: {neg}."],
        "bridal": ["Vestido {neg}, prueba el {neg}.", "Cuerpo ajustado, talla {neg}."],
    },
    "LIST_HEADS": ["Teléfonos del taller", "Contactos de la feria"],
    "LIST_LABELS": ["Costurera jefa", "Tienda", "Organización", "Almacén", "Novias"],
}

IT = {
    "TITLES": {
        "tailoring": ["Abito su misura – seconda prova", "Ordine sartoriale"],
        "alteration": ["Riparazioni sartoriali – ricevuta", "Appuntamento per la prova"],
        "runway": ["Scaletta della sfilata", "Invito alla sfilata"],
        "fabric": ["Ordine tessuti", "Richiesta campionario"],
    },
    "BODY": {
        "tailoring": [
            "Tessuto scelto: blu occhio di pernice, {neg}. Il tagliatore, {name}, risponde al {nat}.",
            "Acconto del 50% con carta {card} alla prima prova.",
            "Saldo tramite bonifico su {iban}, indicando l'ordine.",
            "Il sarto viaggia a Lugano il mese prossimo: appuntamenti al {intl}.",
        ],
        "alteration": [
            "Orlo dei pantaloni rifatto, {neg}. Ritiro da martedì; per info {nat}.",
            "{name} appunterà l'orlo alla prossima prova. Per spostarla chiamate il {nat}.",
            "Servizio express: scrivete a {mail} o chiamate il numero verde {free}.",
        ],
        "runway": [
            "Modelle al trucco alle 14. Direttrice di scena {name}: {nat}.",
            "L'encoder della diretta è su {ip}: non staccarlo durante il finale.",
            "Conferma a {mail} o al {intl}.",
        ],
        "fabric": [
            "Il taglio di lana, {neg}, parte domani. Per seguirlo chiamate il {nat}.",
            "I clienti all'ingrosso pagano con bonifico su {iban}.",
            "Campioni gratuiti: {mail} oppure {nat}.",
        ],
    },
    "PLAIN": {
        "tailoring": ["Tessuto: {neg}, fodera {neg}.", "Bottoni {neg}, in corno."],
        "alteration": ["Orlo rifatto, {neg}.", "Conservate il {neg} per il ritiro."],
        "runway": ["Ordine di uscita: {neg}.", "Collezione {neg}, presentata il {neg}."],
        "fabric": ["Taglio {neg}, altezza {neg}.", "Peso {neg}, composizione {neg}."],
    },
    "LIST_HEADS": ["Contatti della sartoria", "Numeri backstage"],
    "LIST_LABELS": ["Capo sarta", "Negozio", "Regia", "Ufficio stampa", "Magazzino"],
}
