"""German, French, Spanish, Italian, Dutch, Portuguese and Hindi sentences for the v80 set."""

GENRES = {
    "de": {
        "printquote": {
            "title": ["Angebot Digitaldruck", "Kostenvoranschlag Broschüre"],
            "pos": [
                "Rückfragen zum Papier beantwortet {NAME} unter {P}.",
                "Bitte das unterschriebene Angebot an {R} schicken oder ein Foto an {M}.",
                "Die Anzahlung buchen wir vom Konto {B} ab.",
            ],
            "neg": [
                "Angebot {N:quote_no}: {N:print_run}, {N:paper_weight}, Format {N:trim_size}.",
                "Umschlag in {N:pantone}, Bilder mit mindestens {N:dpi}.",
            ],
        },
        "library": {
            "title": ["Ihre Vormerkung liegt bereit", "Mahnung: Leihfrist überschritten"],
            "pos": [
                "Verlängerungen telefonisch an der Ausleihtheke: {P}.",
                "Der Online-Katalog läuft wieder unter {I4}.",
                "Fragen zur Fernleihe bitte an {R} oder an {NAME} ({E}).",
            ],
            "neg": [
                "Medium {N:lc_call}, Signatur {N:shelfmark}, Rückgabe bis {N:due_date}.",
                "Leserausweis {N:library_card}; Abholfach-Code {N:locker}.",
            ],
        },
        "agent": {
            "title": ["Ihr Manuskript", "Angebot der Agentur"],
            "pos": [
                "Rufen Sie mich gern direkt an: {P}, abends {M}.",
                "Das vollständige Manuskript bitte an {E}.",
                "Unsere Vertragsabteilung meldet sich von {R}.",
            ],
            "neg": [
                "Mit {N:word_count} ist der Text für ein Debüt recht lang.",
                "Vorschuss {N:advance}, Honorar {N:royalty}.",
            ],
        },
        "bindery": {
            "title": ["Auftrag Buchbinderei", "Reparatur Familienbibel"],
            "pos": [
                "Abholung nach Absprache mit {NAME} unter {P}.",
                "Die Anzahlung wurde von der Karte {C} eingezogen.",
            ],
            "neg": [
                "Buchblock neu geheftet, {N:signatures}, Rücken {N:spine}.",
                "Auftrag {N:job_ticket}; Stockflecken auf den Seiten {N:page_range}.",
            ],
        },
        "selfpub": {
            "title": ["Willkommen beim Self-Publishing", "Ihre Tantiemenabrechnung"],
            "pos": [
                "Tantiemen überweisen wir monatlich auf {B}.",
                "Ihre Betreuerin {NAME} erreichen Sie unter {E} oder {P}.",
                "Unsere kostenlose Hotline: {F}.",
            ],
            "neg": [
                "Zugeteilte ISBN: {N:isbn13}; Warengruppe {N:bisac}.",
                "Die E-Book-Datei hat {N:filesize}.",
            ],
        },
    },
    "fr": {
        "printquote": {
            "title": ["Devis impression numérique", "Devis révisé – brochure"],
            "pos": [
                "Pour changer de papier, appelez {NAME} au {P}.",
                "Renvoyez le devis signé à {R} ou par SMS au {M}.",
                "L'acompte sera prélevé sur le compte {B}.",
            ],
            "neg": [
                "Devis {N:quote_no} : {N:print_run}, {N:paper_weight}, format {N:trim_size}.",
                "Couverture en {N:pantone}, images à {N:dpi} au minimum.",
            ],
        },
        "library": {
            "title": ["Votre réservation est disponible", "Rappel : document en retard"],
            "pos": [
                "Pour prolonger un prêt, appelez l'accueil au {P}.",
                "Le catalogue en ligne est de nouveau accessible sur {I4}.",
                "Prêt entre bibliothèques : écrivez à {R} ou à {NAME} ({E}).",
            ],
            "neg": [
                "Document {N:lc_call}, cote {N:dewey}, à rendre avant le {N:due_date}.",
                "Carte de lecteur {N:library_card} ; casier {N:locker}.",
            ],
        },
        "agent": {
            "title": ["Votre manuscrit", "Proposition de contrat"],
            "pos": [
                "Vous pouvez me joindre au {P} ou sur mon portable, {M}.",
                "Envoyez le texte complet à {E}.",
                "Notre juriste, {NAME}, vous écrira depuis {R}.",
            ],
            "neg": [
                "À {N:word_count}, le roman est un peu long.",
                "À-valoir de {N:advance}, droits de {N:royalty}.",
            ],
        },
        "bookshop": {
            "title": ["Votre commande est arrivée", "Séance de dédicaces"],
            "pos": [
                "Le livre vous attend en caisse ; une question ? {P}.",
                "Réservations pour la dédicace : {R} ou {F}.",
                "Paiement par la carte {C} ; le ticket est parti à {E}.",
            ],
            "neg": [
                "Commande {N:quote_no} : {N:isbn13}, {N:price}.",
                "Nous le gardons jusqu'au {N:due_date}.",
            ],
        },
    },
    "es": {
        "printquote": {
            "title": ["Presupuesto de impresión", "Presupuesto revisado – catálogo"],
            "pos": [
                "Si cambia el papel, llame a {NAME} al {P}.",
                "Envíe el presupuesto firmado a {R} o una foto al {M}.",
                "El anticipo se cargará a la cuenta {B}.",
            ],
            "neg": [
                "Presupuesto {N:quote_no}: {N:print_run}, {N:paper_weight}, formato {N:trim_size}.",
                "Cubierta en {N:pantone}; imágenes a {N:dpi}.",
            ],
        },
        "library": {
            "title": ["Su reserva está disponible", "Aviso de retraso"],
            "pos": [
                "Para renovar, llame al mostrador de préstamo: {P}.",
                "El catálogo vuelve a estar en {I4}.",
                "Préstamo interbibliotecario: {R} o {NAME} ({E}).",
            ],
            "neg": [
                "Ejemplar {N:lc_call}, signatura {N:shelfmark}, devolución el {N:due_date}.",
                "Carné {N:library_card}; taquilla {N:locker}.",
            ],
        },
        "bookshop": {
            "title": ["Su pedido ha llegado", "Firma de libros en la librería"],
            "pos": [
                "El libro le espera en caja; dudas al {P}.",
                "Cobramos con la tarjeta {C}; el recibo se envió a {E}.",
            ],
            "neg": ["Pedido {N:quote_no}: {N:isbn13}, {N:price}.", "Lo guardamos hasta el {N:due_date}."],
        },
    },
    "it": {
        "printquote": {
            "title": ["Preventivo stampa digitale", "Preventivo aggiornato – opuscolo"],
            "pos": [
                "Per cambiare carta chiami {NAME} al {P}.",
                "Rimandi il preventivo firmato a {R} o una foto al {M}.",
                "L'acconto verrà addebitato sul conto {B}.",
            ],
            "neg": [
                "Preventivo {N:quote_no}: {N:print_run}, {N:paper_weight}, formato {N:trim_size}.",
                "Copertina in {N:pantone}; immagini a {N:dpi}.",
            ],
        },
        "library": {
            "title": ["La sua prenotazione è pronta", "Sollecito di restituzione"],
            "pos": [
                "Per rinnovare il prestito chiami il banco al {P}.",
                "Il catalogo è di nuovo raggiungibile su {I4}.",
                "Prestito interbibliotecario: {R} oppure {NAME} ({E}).",
            ],
            "neg": [
                "Volume {N:lc_call}, collocazione {N:shelfmark}, da restituire il {N:due_date}.",
                "Tessera {N:library_card}; armadietto {N:locker}.",
            ],
        },
        "agent": {
            "title": ["Il suo manoscritto", "Proposta di rappresentanza"],
            "pos": ["Mi chiami pure al {P} o al cellulare {M}.", "Mandi il testo completo a {E}."],
            "neg": [
                "Con {N:word_count} il romanzo è lungo per un esordio.",
                "Anticipo di {N:advance}, royalty {N:royalty}.",
            ],
        },
    },
    "nl": {
        "printquote": {
            "title": ["Offerte digitaal drukwerk", "Herziene offerte – brochure"],
            "pos": [
                "Ander papier? Bel {NAME} op {P}.",
                "Stuur de getekende offerte naar {R} of een foto naar {M}.",
                "De aanbetaling schrijven we af van {B}.",
            ],
            "neg": [
                "Offerte {N:quote_no}: {N:print_run}, {N:paper_weight}, formaat {N:trim_size}.",
                "Omslag in {N:pantone}; beelden op {N:dpi}.",
            ],
        },
        "library": {
            "title": ["Uw reservering ligt klaar", "Herinnering: te laat"],
            "pos": [
                "Verlengen kan telefonisch via de uitleenbalie: {P}.",
                "De catalogus draait weer op {I4}.",
                "Interbibliothecair lenen: {R} of {NAME} ({E}).",
            ],
            "neg": [
                "Exemplaar {N:lc_call}, plaatsing {N:shelfmark}, inleveren op {N:due_date}.",
                "Pas {N:library_card}; kluiscode {N:locker}.",
            ],
        },
        "selfpub": {
            "title": ["Welkom bij zelf uitgeven", "Uw royaltyoverzicht"],
            "pos": [
                "Royalty's maken we maandelijks over naar {B}.",
                "Uw begeleider {NAME} is bereikbaar via {E} of {P}.",
                "Gratis helpdesk: {F}.",
            ],
            "neg": [
                "Toegekend ISBN: {N:isbn13}; het e-book is {N:filesize}.",
                "Met {N:word_count} komt de rug op {N:spine}.",
            ],
        },
        "bindery": {
            "title": ["Opdracht boekbinderij", "Reparatie familiebijbel"],
            "pos": ["Ophalen na afspraak met {NAME}, {P}.", "De aanbetaling is afgeschreven van kaart {C}."],
            "neg": [
                "Boekblok opnieuw genaaid, {N:signatures}.",
                "Opdracht {N:job_ticket}; vlekken op pagina {N:page_range}.",
            ],
        },
    },
    "pt": {
        "printquote": {
            "title": ["Orçamento de impressão", "Orçamento revisto – folheto"],
            "pos": [
                "Para trocar o papel, ligue para {NAME} no {P}.",
                "Envie o orçamento assinado para {R} ou uma foto para {M}.",
                "O sinal será debitado da conta {B}.",
            ],
            "neg": [
                "Orçamento {N:quote_no}: {N:print_run}, {N:paper_weight}, formato {N:trim_size}.",
                "Capa em {N:pantone}; imagens a {N:dpi}.",
            ],
        },
        "library": {
            "title": ["Sua reserva está disponível", "Aviso de atraso"],
            "pos": [
                "Para renovar, ligue para o balcão de empréstimo: {P}.",
                "O catálogo voltou a funcionar em {I4}.",
                "Empréstimo entre bibliotecas: {R} ou {NAME} ({E}).",
            ],
            "neg": [
                "Exemplar {N:lc_call}, cota {N:shelfmark}, devolução em {N:due_date}.",
                "Cartão {N:library_card}; cacifo {N:locker}.",
            ],
        },
        "bookshop": {
            "title": ["Sua encomenda chegou", "Sessão de autógrafos"],
            "pos": [
                "O livro está no caixa; dúvidas pelo {P}.",
                "Cobrámos no cartão {C}; o recibo foi para {E}.",
                "Reservas para os autógrafos: {R} ou {F}.",
            ],
            "neg": ["Encomenda {N:quote_no}: {N:isbn13}, {N:price}.", "Guardamos até {N:due_date}."],
        },
    },
    "hi": {
        "printquote": {
            "title": ["छपाई का कोटेशन", "किताब छपाई – संशोधित अनुमान"],
            "pos": [
                "कागज़ बदलना हो तो {NAME} को {P} पर फ़ोन करें।",
                "हस्ताक्षर किया हुआ कोटेशन {R} पर भेजें या {M} पर फ़ोटो भेज दें।",
            ],
            "neg": [
                "कोटेशन {N:quote_no}: {N:print_run}, {N:paper_weight}, साइज़ {N:trim_size}।",
                "कवर {N:pantone} में, तस्वीरें कम से कम {N:dpi}।",
            ],
        },
        "library": {
            "title": ["आपकी आरक्षित किताब तैयार है", "पुस्तकालय: लौटाने की याद"],
            "pos": [
                "किताब रिन्यू करने के लिए काउंटर पर {P} पर कॉल करें।",
                "ऑनलाइन कैटलॉग अब {I4} पर चल रहा है।",
                "अंतर-पुस्तकालय ऋण के लिए {R} या {NAME} ({E}) से संपर्क करें।",
            ],
            "neg": [
                "किताब {N:lc_call}, लौटाने की तारीख़ {N:due_date}।",
                "सदस्यता कार्ड {N:library_card}; लॉकर कोड {N:locker}।",
            ],
        },
        "selfpub": {
            "title": ["सेल्फ़-पब्लिशिंग में स्वागत है", "रॉयल्टी विवरण"],
            "pos": ["आपकी सलाहकार {NAME} से {E} या {P} पर बात करें।", "मुफ़्त हेल्पलाइन: {F}।"],
            "neg": [
                "आपकी किताब का ISBN {N:isbn13} है; पांडुलिपि {N:word_count} की है।",
                "ई-बुक फ़ाइल {N:filesize} की है।",
            ],
        },
    },
}

LOCAL = {
    "DE": [
        "Aus dem {TOWN}er Ortsnetz erreichen Sie die Druckerei direkt unter {L}.",
        "Buchhandlung {TOWN} – innerhalb der Stadt genügt {L}.",
        "Stadtbibliothek {TOWN}, Ortsruf: {L} (Ausleihe) und {L} (Lesesaal).",
        "Wer in {TOWN} anruft, lässt die Vorwahl weg: Buchbinderei {L}.",
    ],
    "NL": [
        "Vanuit {TOWN} belt u de drukkerij zonder netnummer op {L}.",
        "Bibliotheek {TOWN}, lokaal nummer: {L}; jeugdafdeling {L}.",
        "In {TOWN} zelf volstaat {L} voor de boekhandel.",
        "Boekbinderij ({TOWN}, lokaal bellen):\n{L}",
    ],
    "BR": [
        "Em {TOWN}, ligue para a gráfica no {L} – não precisa de DDD.",
        "Biblioteca municipal de {TOWN}, telefone local: {L} e {L} (infantil).",
        "A livraria de {TOWN} atende no {L} para quem liga da cidade.",
        "Encadernação ({TOWN}, ligação local): {L}",
    ],
    "IN": [
        "{TOWN} शहर से प्रिंटिंग प्रेस का नंबर सिर्फ़ {L} है।",
        "{TOWN} में रहने वाले पाठक पुस्तकालय को {L} पर बिना कोड के कॉल करें।",
        "किताबों की दुकान ({TOWN}, लोकल): {L}",
        "{TOWN} के लैंडलाइन से बाइंडरी {L} पर मिलेगी।",
        "{TOWN} में लोकल कॉल कीजिए: प्रेस {L}, पुस्तकालय {L}।",
    ],
}

LIST_HEADS = {
    "de": ["Kontakte Druckerei", "Adressbuch Verlag"],
    "fr": ["Carnet d'adresses", "Contacts imprimerie"],
    "es": ["Contactos de la imprenta"],
    "it": ["Recapiti della tipografia"],
    "nl": ["Contactgegevens drukkerij"],
    "pt": ["Contatos da gráfica"],
    "hi": ["संपर्क सूची"],
}
LIST_LABELS = {
    "de": ["Vorstufe", "Versand", "Buchhaltung", "Lektorat"],
    "fr": ["Prépresse", "Expédition", "Comptabilité", "Rédaction"],
    "es": ["Preimpresión", "Envíos", "Contabilidad"],
    "it": ["Prestampa", "Spedizioni", "Contabilità"],
    "nl": ["Prepress", "Expeditie", "Boekhouding"],
    "pt": ["Pré-impressão", "Expedição", "Financeiro"],
    "hi": ["प्रीप्रेस", "डिस्पैच", "लेखा"],
}
