"""Per-language words and sentences for v33 (en, de, fr, es): all written fresh for this set.

Markers: {P:mode:want} phone (mode intl / nat / list / svc / loc; want fix / mob / any), {EMAIL:role},
{EMAIL:personal}, {IBAN}, {CARD}, {IP:v4|v4-private|v6}, {SSN}, {N:kind} hard negative; {town}, {name},
{co}, {street}, {pc}, {city} plain fields.
"""

EN = {
    "tel": "Phone",
    "mob": "Mobile",
    "mail": "Email",
    "web": "Website",
    "hours": "Open",
    "cat": "Category",
    "cats": ["Plumber", "Dentist", "Locksmith", "Car repair", "Bakery", "Tax adviser", "Printing", "Florist"],
    "dir_head": [
        "Business directory › {city} › {cat}",
        "YELLOW LISTINGS – {city} area – page {n}",
        'Results for "{cat}" near {city} (sorted by distance)',
    ],
    "dir_extra": [
        "★ 4.{n} ({n}{n} reviews) · Claimed listing",
        "Listing ID {N:customer_no} · updated 3 weeks ago",
        "Payment: cards, contactless · Wheelchair access",
    ],
    "local": [
        "Local calls from within {town}: {P:loc:fix}",
        "{town} callers, no area code needed: {P:loc:fix}",
        "(in-town line for {town} customers) {P:loc:fix}",
        "Dialling inside {town}? Just {P:loc:fix}.",
    ],
    "svc": ["Freephone orders: {P:svc:any}", "Customer service (free from landlines): {P:svc:any}"],
    "cookie": [
        "We use cookies to improve your experience. Accept all | Reject | Manage preferences",
        "This site uses cookies (consent ID {N:cookie_id}). By continuing you agree to our Cookie Policy.",
    ],
    "nav": [
        "Home | Shop | Trade accounts | About us | Contact",
        "Menu ▾  Services  Pricing  Blog  Support  Log in",
    ],
    "footer": [
        "© 2025 {co} Ltd. All rights reserved. Registered in England & Wales, "
        "{N:company_reg}. VAT {N:vat_id}.",
        "Privacy · Terms · Accessibility · Modern Slavery Statement · Sitemap",
    ],
    "web_body": [
        "Need help with an order? Our team answers within one working day.",
        "Trade customers get next-day delivery on stock items before 2pm.",
    ],
    "post": [
        "Hey all, my webhook keeps failing with a 401 and I can't see why. Config below (keys redacted):",
        "Posting the relevant bit of the log, maybe someone spots it:",
        "Exported the contact from the CRM and the import chokes on this record:",
    ],
    "post_end": [
        "Any ideas? Running {N:semver} on {N:winbuild}.",
        "Thanks in advance, ticket {N:ticket} is open too.",
    ],
    "product": [
        "Condition: used – like new",
        "In the box: unit, charger, quick-start guide",
        "Free returns within 30 days",
    ],
    "seller": ["Seller: {name} · Questions? Text {P:nat:mob}", "Collection from {city} or call {P:intl:any}"],
    "order_hi": ["Hi {first},", "Hello {first}, thanks for shopping with {co}!"],
    "order_body": [
        "Your order {N:order_no} has shipped. Tracking number: {N:tracking}.",
        "Estimated delivery: Thursday between 10:00 and 14:00. Parcel {N:tracking}.",
        "Item: {N:model} · qty 1 · SKU {N:sku}",
    ],
    "order_help": [
        "Questions about your delivery? Call us on {P:nat:any} or reply to {EMAIL:role}.",
        "The driver may ring {P:intl:mob} on the day if they can't find you.",
    ],
    "inv_head": ["INVOICE", "TAX INVOICE", "RECEIPT"],
    "inv_lines": [
        "Invoice no.: {N:invoice_no}",
        "Customer no.: {N:customer_no}",
        "VAT reg.: {N:vat_id}",
        "HS code {N:hs_code} · batch {N:lot_no}",
    ],
    "inv_pay": [
        "Please pay by bank transfer to IBAN {IBAN} quoting the invoice number.",
        "Card payment taken: {CARD} (auth ok)",
    ],
    "tt_head": ["Route 14 – Mondays to Fridays (school days)", "Ferry timetable, summer service"],
    "tt_info": ["Travel information line: {P:nat:fix}", "Lost property: {P:intl:fix}"],
    "tt_row": ["{stop} (stop {N:stop_id}) .... 07:12 07:42 08:12"],
    "sms": [
        "Your verification code is {N:otp}. Do not share it. Problems? Call {P:svc:any}",
        "Delivery slot booked: Tue 13:00–15:00. Driver will call from {P:intl:mob}. Ref {N:tracking}",
        "Reminder: appointment with {name} tomorrow 09:40. To cancel reply NO or call {P:nat:fix}.",
    ],
    "addr_head": ["Ship to:", "Billing address", "DELIVER TO"],
    "ssn": ["SSN (W-9 on file): {SSN}"],
}

DE = {
    "tel": "Telefon",
    "mob": "Mobil",
    "mail": "E-Mail",
    "web": "Web",
    "hours": "Geöffnet",
    "cat": "Branche",
    "cats": [
        "Sanitär",
        "Zahnarzt",
        "Schlüsseldienst",
        "Kfz-Werkstatt",
        "Bäckerei",
        "Steuerberater",
        "Druckerei",
    ],
    "dir_head": [
        "Branchenbuch › {city} › {cat}",
        "Treffer für „{cat}“ in {city} und Umgebung",
        "GELBE LISTE {city} – Seite {n}",
    ],
    "dir_extra": [
        "Bewertung 4,{n} von 5 ({n}{n} Bewertungen)",
        "Eintrag-Nr. {N:customer_no} · zuletzt geprüft im März",
        "EC-Karte, Barzahlung · Parkplätze am Haus",
    ],
    "local": [
        "Im Ortsnetz {town} ohne Vorwahl: {P:loc:fix}",
        "Aus {town} direkt wählen: {P:loc:fix}",
        "Ortsgespräch ({town}): {P:loc:fix}",
    ],
    "svc": ["Kostenlose Bestellhotline: {P:svc:any}", "Servicenummer (gebührenfrei): {P:svc:any}"],
    "cookie": [
        "Wir verwenden Cookies. Alle akzeptieren | Nur notwendige | Einstellungen",
        "Ihre Einwilligung (ID {N:cookie_id}) können Sie jederzeit widerrufen.",
    ],
    "nav": [
        "Start | Sortiment | Geschäftskunden | Über uns | Kontakt",
        "Menü ▾  Leistungen  Preise  Karriere  Login",
    ],
    "footer": [
        "Impressum · Datenschutz · AGB · Widerrufsbelehrung",
        "{co} GmbH · Amtsgericht Bielefeld {N:company_reg} · USt-IdNr. {N:vat_id}",
    ],
    "web_body": [
        "Fragen zur Bestellung? Wir antworten werktags innerhalb von 24 Stunden.",
        "Lagerware wird bei Bestellung bis 14 Uhr noch am selben Tag verschickt.",
    ],
    "post": [
        "Moin, mein Webhook liefert ständig 401, Konfig anbei (Schlüssel geschwärzt):",
        "Hier der relevante Ausschnitt aus dem Log, vielleicht sieht jemand den Fehler:",
        "Beim Import aus dem CRM hängt es an genau diesem Kontakt:",
    ],
    "post_end": [
        "Läuft auf {N:semver}, Windows {N:winbuild}. Danke!",
        "Ticket {N:ticket} ist auch schon offen.",
    ],
    "product": [
        "Zustand: gebraucht, wie neu",
        "Lieferumfang: Gerät, Netzteil, Kurzanleitung",
        "Privatverkauf, keine Garantie",
    ],
    "seller": [
        "Verkäufer: {name} · Fragen gern per SMS an {P:nat:mob}",
        "Abholung in {city}, Anruf unter {P:intl:any}",
    ],
    "order_hi": ["Hallo {first},", "Guten Tag {name},"],
    "order_body": [
        "Ihre Bestellung {N:order_no} ist unterwegs. Sendungsnummer: {N:tracking}.",
        "Voraussichtliche Zustellung: Donnerstag zwischen 10 und 14 Uhr. Paket {N:tracking}.",
        "Artikel: {N:model} · Menge 1 · Art.-Nr. {N:sku}",
    ],
    "order_help": [
        "Fragen zur Lieferung? Rufen Sie uns an: {P:nat:any} oder schreiben Sie an {EMAIL:role}.",
        "Der Fahrer meldet sich ggf. unter {P:intl:mob}.",
    ],
    "inv_head": ["RECHNUNG", "Quittung", "Gutschrift"],
    "inv_lines": [
        "Rechnungsnr.: {N:invoice_no}",
        "Kundennr.: {N:customer_no}",
        "USt-IdNr.: {N:vat_id}",
        "Zolltarifnr. {N:hs_code} · Charge {N:lot_no}",
    ],
    "inv_pay": [
        "Bitte überweisen Sie den Betrag auf IBAN {IBAN} unter Angabe der Rechnungsnummer.",
        "Bezahlt mit Karte {CARD}",
    ],
    "tt_head": ["Linie 14 – Montag bis Freitag (Schultage)", "Fahrplan Fähre, Sommerhalbjahr"],
    "tt_info": ["Fahrgastinformation: {P:nat:fix}", "Fundbüro: {P:intl:fix}"],
    "tt_row": ["{stop} (Hst. {N:stop_id}) .... 07:12 07:42 08:12"],
    "sms": [
        "Ihr Bestätigungscode lautet {N:otp}. Geben Sie ihn nicht weiter. Hilfe: {P:svc:any}",
        "Zustellfenster gebucht: Di 13–15 Uhr. Der Fahrer ruft ggf. von {P:intl:mob} an. "
        "Sendung {N:tracking}",
        "Erinnerung: Termin bei {name} morgen 09:40. Absagen unter {P:nat:fix}.",
    ],
    "addr_head": ["Lieferanschrift:", "Rechnungsadresse", "Empfänger"],
}

FR = {
    "tel": "Tél.",
    "mob": "Portable",
    "mail": "E-mail",
    "web": "Site",
    "hours": "Horaires",
    "cat": "Rubrique",
    "cats": ["Plombier", "Dentiste", "Serrurier", "Garage", "Boulangerie", "Expert-comptable", "Imprimerie"],
    "dir_head": [
        "Annuaire › {city} › {cat}",
        "Résultats pour « {cat} » à {city} et alentours",
        "PAGES PROS – {city} – page {n}",
    ],
    "dir_extra": [
        "Note 4,{n}/5 ({n}{n} avis)",
        "Fiche n° {N:customer_no} · mise à jour il y a 2 semaines",
        "CB acceptée · Accès PMR",
    ],
    "svc": ["Numéro vert commandes : {P:svc:any}", "Service client (appel gratuit) : {P:svc:any}"],
    "cookie": [
        "Nous utilisons des cookies. Tout accepter | Tout refuser | Personnaliser",
        "Identifiant de consentement : {N:cookie_id}",
    ],
    "nav": [
        "Accueil | Boutique | Professionnels | Qui sommes-nous | Contact",
        "Menu ▾  Services  Tarifs  Aide",
    ],
    "footer": [
        "Mentions légales · Politique de confidentialité · CGV",
        "{co} SAS · {N:company_reg} · TVA intracommunautaire {N:vat_id}",
    ],
    "web_body": [
        "Une question sur votre commande ? Réponse sous 24 h ouvrées.",
        "Expédition le jour même pour toute commande passée avant 14 h.",
    ],
    "post": [
        "Bonjour, mon webhook renvoie 401 en boucle, voici la config (clés masquées) :",
        "Je colle l'extrait du journal, si quelqu'un voit le souci :",
        "L'export de contacts plante sur cette fiche :",
    ],
    "post_end": ["Version {N:semver}. Merci d'avance !", "J'ai aussi ouvert le ticket {N:ticket}."],
    "product": ["État : comme neuf", "Contenu : appareil, chargeur, notice", "Vente entre particuliers"],
    "seller": [
        "Vendeur : {name} · SMS au {P:nat:mob}",
        "Remise en main propre à {city}, appeler le {P:intl:any}",
    ],
    "order_hi": ["Bonjour {first},", "Bonjour {name},"],
    "order_body": [
        "Votre commande {N:order_no} a été expédiée. Numéro de suivi : {N:tracking}.",
        "Livraison prévue jeudi entre 10 h et 14 h. Colis {N:tracking}.",
        "Article : {N:model} · qté 1 · réf. {N:sku}",
    ],
    "order_help": [
        "Une question ? Appelez le {P:nat:any} ou écrivez à {EMAIL:role}.",
        "Le livreur pourra vous joindre depuis le {P:intl:mob}.",
    ],
    "inv_head": ["FACTURE", "Ticket de caisse", "Avoir"],
    "inv_lines": [
        "Facture n° {N:invoice_no}",
        "N° client : {N:customer_no}",
        "N° TVA : {N:vat_id}",
        "Code SH {N:hs_code} · lot {N:lot_no}",
    ],
    "inv_pay": [
        "Règlement par virement sur l'IBAN {IBAN} en rappelant le numéro de facture.",
        "Payé par carte {CARD}",
    ],
    "tt_head": ["Ligne 14 – du lundi au vendredi (période scolaire)", "Horaires du bac, saison d'été"],
    "tt_info": ["Info voyageurs : {P:nat:fix}", "Objets trouvés : {P:intl:fix}"],
    "tt_row": ["{stop} (arrêt {N:stop_id}) .... 07:12 07:42 08:12"],
    "sms": [
        "Votre code de vérification est {N:otp}. Ne le communiquez à personne. Aide : {P:svc:any}",
        "Créneau réservé : mar. 13h-15h. Le livreur appellera depuis le {P:intl:mob}. Colis {N:tracking}",
        "Rappel : RDV avec {name} demain 9h40. Pour annuler : {P:nat:fix}.",
    ],
    "addr_head": ["Adresse de livraison :", "Adresse de facturation", "DESTINATAIRE"],
}

ES = {
    "tel": "Tel.",
    "mob": "Móvil",
    "mail": "Correo",
    "web": "Web",
    "hours": "Horario",
    "cat": "Sector",
    "cats": ["Fontanero", "Dentista", "Cerrajero", "Taller", "Panadería", "Asesoría fiscal", "Imprenta"],
    "dir_head": [
        "Guía de empresas › {city} › {cat}",
        "Resultados para «{cat}» en {city}",
        "PÁGINAS {city} – pág. {n}",
    ],
    "dir_extra": [
        "Valoración 4,{n} ({n}{n} opiniones)",
        "Ficha {N:customer_no} · actualizada hace un mes",
        "Aceptamos tarjeta · Acceso adaptado",
    ],
    "svc": ["Pedidos gratuitos: {P:svc:any}", "Atención al cliente: {P:svc:any}"],
    "cookie": [
        "Usamos cookies propias y de terceros. Aceptar | Rechazar | Configurar",
        "ID de consentimiento: {N:cookie_id}",
    ],
    "nav": ["Inicio | Tienda | Empresas | Quiénes somos | Contacto", "Menú ▾  Servicios  Precios  Ayuda"],
    "footer": [
        "Aviso legal · Política de privacidad · Condiciones de venta",
        "{co} S.L. · {N:company_reg} · CIF {N:vat_id}",
    ],
    "web_body": [
        "¿Dudas con tu pedido? Respondemos en menos de 24 horas laborables.",
        "Envío en el día para pedidos antes de las 14:00.",
    ],
    "post": [
        "Hola, el webhook me devuelve 401 todo el rato, os pego la config (claves ocultas):",
        "Adjunto el trozo del log por si alguien ve el fallo:",
        "La exportación de contactos falla con este registro:",
    ],
    "post_end": ["Versión {N:semver}. ¡Gracias!", "También abrí la incidencia {N:ticket}."],
    "product": ["Estado: como nuevo", "Incluye: equipo, cargador, manual", "Venta entre particulares"],
    "seller": ["Vendedor: {name} · WhatsApp {P:nat:mob}", "Recogida en {city}, llamar al {P:intl:any}"],
    "order_hi": ["Hola {first}:", "Estimado/a {name}:"],
    "order_body": [
        "Tu pedido {N:order_no} ya está en camino. Número de seguimiento: {N:tracking}.",
        "Entrega prevista el jueves entre las 10:00 y las 14:00. Envío {N:tracking}.",
        "Artículo: {N:model} · ud. 1 · ref. {N:sku}",
    ],
    "order_help": [
        "¿Preguntas? Llámanos al {P:nat:any} o escribe a {EMAIL:role}.",
        "El repartidor puede llamarte desde el {P:intl:mob}.",
    ],
    "inv_head": ["FACTURA", "TIQUE", "Factura rectificativa"],
    "inv_lines": [
        "Factura n.º {N:invoice_no}",
        "N.º cliente: {N:customer_no}",
        "NIF-IVA: {N:vat_id}",
        "Código TARIC {N:hs_code} · lote {N:lot_no}",
    ],
    "inv_pay": [
        "Transferencia a la cuenta IBAN {IBAN} indicando el número de factura.",
        "Pagado con tarjeta {CARD}",
    ],
    "tt_head": ["Línea 14 – laborables", "Horario del ferry, temporada de verano"],
    "tt_info": ["Información al viajero: {P:nat:fix}", "Objetos perdidos: {P:intl:fix}"],
    "tt_row": ["{stop} (parada {N:stop_id}) .... 07:12 07:42 08:12"],
    "sms": [
        "Tu código de verificación es {N:otp}. No lo compartas. Ayuda: {P:svc:any}",
        "Franja reservada: mar 13-15 h. El repartidor llamará desde el {P:intl:mob}. Envío {N:tracking}",
        "Recordatorio: cita con {name} mañana a las 9:40. Para anular llame al {P:nat:fix}.",
    ],
    "addr_head": ["Dirección de envío:", "Datos de facturación", "DESTINATARIO"],
}
