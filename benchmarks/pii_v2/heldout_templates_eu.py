"""European templates (de_DE, fr_FR, es_ES, it_IT, nl_NL, pt_PT) for the held-out PII set.

See heldout_render.py for the slots and heldout_templates_en.py for what "pos" and "neg" mean.
"""

DE_DE = {
    "pos": [
        "Mit freundlichen Grüßen\n\n{name}\n{~Sachbearbeiterin Buchhaltung|Teamleiter "
        "Vertrieb|Praxismanagerin}\n"
        "{company}\n{street}, {postcode} {city}\nTel.: {FIXED:slash}\nFax: {FIXED:slash}\nMobil: "
        "{MOBILE:nat}\n"
        "E-Mail: {EMAIL:work}\nAmtsgericht {city}, {company_no} | USt-IdNr. {vat}",
        "Bin gleich da! Falls was ist, ruf mich unter {LOCAL} an, das ist das Festnetz bei meinen Eltern.",
        "WhatsApp: {MOBILE:nat} – schreib einfach, wenn du am Bahnhof bist.",
        "Anmeldung Sportverein\nName: {last}\nVorname: {first}\nTelefon (privat): {LOCAL}\n"
        "Mobil: {MOBILE:slash}\nE-Mail: {EMAIL}\nMitgliedsnummer: {customer}",
        "Nachname;Vorname;Telefon;E-Mail;Kundennr.\n{newperson}{last};{first};{PHONE};{EMAIL};{customer}\n"
        "{newperson}{last};{first};{PHONE};{EMAIL};{customer}\n{newperson}{last};{first};{PHONE};{EMAIL};{c"
        "ustomer}",
        "Telefonliste Elternbeirat:\n{newname}: {MOBILE:nat}\n{newname}: {LOCAL}\n{newname}: {PHONE:slash}\n"
        "{newname}: {MOBILE:intl}",
        "Bitte überweisen Sie {price} bis zum {date} auf folgendes Konto:\nIBAN: {IBAN:DE}\nBIC: {bic}\n"
        "Verwendungszweck: Rechnung {invoice}",
        "SEPA-Lastschriftmandat\nGläubiger-ID: {creditor_id}\nMandatsreferenz: {ref}\nKontoinhaber: {name}\n"
        "IBAN: {IBAN:DE}",
        "Die Zahlung mit Ihrer Kreditkarte {CARD:mc} (gültig bis {expiry}) wurde abgelehnt. Bestellnummer "
        "{order}.",
        "[{date} {time}] Fehlgeschlagener Login für {EMAIL} von {IP} (Firefox {version})",
        "Zentrale: {FIXED:intl}, Durchwahl {ext}\nService-Hotline: {FIXED:nat} (Mo–Fr 8–18 Uhr)",
        "Sie erreichen mich unter {FIXED:trunk} oder mobil unter {MOBILE:intl00}.",
        "Unsere Filiale in Wien erreichen Sie unter {FOREIGN:AT}, die Zürcher Kollegen unter {FOREIGN:CH}.",
        "Lieber Nachbar, Ihr Paket liegt bei {name} im 2. OG. Bei Fragen: Tel. {LOCAL}",
        "Handy {MOBILE:nat_dash}, Festnetz {FIXED:paren}, Fax {FIXED:nat}",
        "Antworten bitte ab sofort an {EMAIL} und nicht mehr an meine alte Adresse bei {~GMX|Yahoo|AOL}.",
        "Die Fritzbox meldet eine neue IPv6-Adresse {IP6} und die IPv4-Adresse {IP}. Firmware {version}.",
        "Praxis Dr. {last}\nSprechzeiten Mo–Do 8–12 Uhr\nTelefon {FIXED:slash}\nNotfall: {MOBILE:nat}\n"
        "{street}, {postcode} {city}",
        "WG-Zimmer frei ab {date}, {price} warm. Meldet euch per SMS unter {MOBILE:plain} oder per Mail an "
        "{EMAIL}.",
        "Frau {last} (Tel. {LOCAL}) holt die Schlüssel am {date} ab.",
        "Kartenzahlung: VISA {CARD:visa}, Karteninhaber {name}, Betrag {price}.",
        "Notdienste Hausverwaltung:\nHausmeister {newname}: {LOCAL}\nSchlüsseldienst: {LOCAL}\n"
        "Heizung: {FIXED:nat}",
        "Oma hat kein Handy, ihr erreicht sie unter {LOCAL}.",
        "Die Erstattung bitte auf mein Konto {IBAN:compact}, Kontoinhaber {name}. Danke!",
        "Ruf mal bei {first} an, {LOCAL}, die weiß Bescheid.",
        "Zimmer zu vermieten, Tel. {LOCAL} (ab 18 Uhr)",
    ],
    "neg": [
        "Ihre Bestellung {order} wurde am {date} versandt. Sendungsnummer: {tracking}.",
        "Aktenzeichen: {case}. Termin zur mündlichen Verhandlung wird auf den {date}, {time} Uhr bestimmt.",
        "Steuernummer {taxno}, USt-IdNr. {vat}, Handelsregister {company_no}.",
        "Kundennummer {customer}, Vertragsnummer {idnum}, Zählernummer {serial}.",
        "Rechnungsnummer {invoice} vom {date}, Betrag {price}, zahlbar innerhalb von 14 Tagen.",
        "Gläubiger-Identifikationsnummer {creditor_id}, Mandatsreferenz {ref}, IBAN {masked_iban}.",
        "Die Software wurde auf Version {version} aktualisiert (Build {version}).",
        "Treffpunkt: {coords}, Parkplatz Nr. {num}. Teilnahmegebühr {price}.",
        "Ihre Vorgangsnummer lautet {idnum}. Bitte geben Sie diese bei Rückfragen an.",
        "ISBN {isbn}, Ladenpreis {price}, lieferbar ab {date}.",
        "Der Gutscheincode {card_bad} ist leider abgelaufen. Ticketnummer {ticket}.",
        "ICE {num}, Wagen {qty}, Platz {qty}. Auftragsnummer {booking}, Abfahrt {time} Uhr.",
        "Postfach {postfach}, {postcode} {city}. Unser Zeichen: {ref}.",
    ],
}

FR_FR = {
    "pos": [
        "Cordialement,\n{name}\n{~Chargée de clientèle|Responsable commercial|Assistante de direction}\n"
        "{company}\n{street}, {postcode} {city}\nTél. : {FIXED:nat}\nPortable : {MOBILE:dots}\n"
        "Mail : {EMAIL:work}\nSIREN {company_no} – TVA {vat}",
        "coucou c'est {first} ! mon portable est HS, appelle-moi sur le fixe au {FIXED:nat} ce soir",
        "Vous pouvez me joindre au {MOBILE:nat} ou au {FIXED:intl}, poste {ext}.",
        "Fiche d'inscription\nNom : {last}\nPrénom : {first}\nTéléphone : {MOBILE:dots}\nCourriel : {EMAIL}\n"
        "N° d'adhérent : {customer}",
        "nom;prénom;téléphone;email\n{newperson}{last};{first};{PHONE};{EMAIL}\n"
        "{newperson}{last};{first};{PHONE};{EMAIL}\n{newperson}{last};{first};{PHONE};{EMAIL}",
        "Numéros utiles :\n- Mairie : {FIXED:nat}\n- {newname} (voisine) : {MOBILE:nat}\n"
        "- Médecin de garde : {FIXED:dots}",
        "Merci d'effectuer le virement sur le compte suivant : IBAN {IBAN:FR} – BIC {bic}. "
        "Référence facture {invoice}.",
        "Paiement refusé pour la carte {CARD}. La commande n° {order} reste en attente.",
        "Connexion inhabituelle détectée depuis l'adresse {IP} ({city}) le {date} à {time}.",
        "Depuis l'étranger, composez le {FIXED:trunk} ; depuis la France, le {FIXED:nat}.",
        "Notre agence de Bruxelles : {FOREIGN:BE}. Celle de Genève : {FOREIGN:CH}.",
        "Votre colis {tracking} arrive vers {time}. Pour joindre le livreur : {MOBILE:nat}.",
        "Tél./Fax : {FIXED:nat} / {FIXED:nat}\n{company}, {street}",
        "Pour nous appeler depuis la Belgique ou la Suisse : {FIXED:intl00}.",
        "Vends vélo électrique {price}, très bon état. Tél : {MOBILE:dots} (pas de SMS). Réf. annonce {ref}.",
        "Merci d'écrire à {EMAIL:work} en mettant {EMAIL} en copie.",
        "Box internet : adresse IPv6 {IP6}, passerelle {IP:private}.",
        "Le cabinet du Dr {last} a un nouveau numéro : {FIXED:nat}. Urgences : {MOBILE:intl}.",
        "Carte American Express {CARD:amex}, date d'expiration {expiry}, titulaire {name}.",
        "Salut ! Mon nouveau numéro : {MOBILE:nat}. L'ancien ne marche plus.",
        "RIB\nTitulaire : {name}\nIBAN : {IBAN:FR}\nBIC : {bic}\nDomiciliation : {city}",
    ],
    "neg": [
        "Votre commande n° {order} a été expédiée le {date}. Numéro de suivi : {tracking}.",
        "SIREN {company_no}, TVA intracommunautaire {vat}, capital social {price}.",
        "Affaire {case}, audience fixée au {date} à {time}.",
        "Numéro de dossier : {idnum}. Merci de le rappeler dans toute correspondance.",
        "Facture {invoice} du {date} – montant TTC {price}.",
        "Référence client {customer}, numéro de contrat {idnum}, compteur n° {serial}.",
        "Le code promo {card_bad} n'est pas valable sur cet article.",
        "Mise à jour {version} disponible ; version installée {version}.",
        "Rendez-vous aux coordonnées {coords}, parking n° {num}.",
        "TGV {num}, voiture {qty}, place {qty}. Référence dossier {booking}.",
        "Bon de commande {idnum}, article {part}, quantité {qty}.",
        "ISBN {isbn}, prix public {price}.",
    ],
}

ES_ES = {
    "pos": [
        "Un saludo,\n{name}\n{~Responsable de Administración|Técnico comercial|Jefa de "
        "proyectos}\n{company}\n"
        "{street}, {postcode} {city}\nTel. {FIXED:nat} | Móvil {MOBILE:nat}\n{EMAIL:work}\nCIF {vat}",
        "oye, soy {first}, llámame al {MOBILE:nat} que el otro número ya no lo uso",
        "Para cualquier duda, puede llamarnos al {FIXED:nat} (extensión {ext}) de lunes a viernes.",
        "Solicitud de inscripción\nNombre: {first}\nApellidos: {last}\nTeléfono: {PHONE}\n"
        "Correo electrónico: {EMAIL}\nN.º de socio: {customer}",
        "nombre,teléfono,correo\n{newname},{PHONE},{EMAIL}\n{newname},{PHONE},{EMAIL}\n{newname},{PHONE},{E"
        "MAIL}",
        "Teléfonos del equipo:\n• {newname}: {MOBILE:nat}\n• {newname}: {MOBILE:intl}\n• {newname}: "
        "{FIXED:plain}",
        "Datos para la transferencia: IBAN {IBAN:ES}, BIC {bic}, concepto: factura {invoice}.",
        "Tarjeta {CARD} rechazada. Su pedido n.º {order} queda pendiente de pago.",
        "Acceso desde una IP desconocida ({IP}) el {date} a las {time}. Si no ha sido usted, cambie su "
        "contraseña.",
        "Desde el extranjero: {FIXED:intl00}. WhatsApp: {MOBILE:intl}.",
        "Nuestra oficina de Lisboa: {FOREIGN:PT}; la de Ciudad de México: {FOREIGN:MX}.",
        "Tfno./Fax: {FIXED:nat} / {FIXED:nat}",
        "Se alquila piso en {city}, {price}/mes. Interesados llamar al {MOBILE:plain}. Ref. {ref}.",
        "Escríbeme a {EMAIL}; la cuenta del trabajo ({EMAIL:work}) la miro poco.",
        "El router tiene la dirección IPv6 {IP6}; la red local usa {IP:private}.",
        "Tel. {FIXED:dots} – {company}, {street}",
        "Consulta del Dr. {last}: cita previa en el {FIXED:nat} o en {EMAIL:work}.",
        "Mi número nuevo es el {MOBILE:nat}, guárdalo porfa",
        "Domiciliación bancaria: titular {name}, IBAN {IBAN:compact}, NIF de la empresa {vat}.",
        "Cargo de {price} en la tarjeta {CARD:visa} el {date}. Si no reconoce la operación llame al "
        "{FIXED:intl}.",
    ],
    "neg": [
        "Su pedido {order} ha salido del almacén el {date}. Número de seguimiento: {tracking}.",
        "CIF {vat}, inscrita en el Registro Mercantil, hoja {company_no}.",
        "Expediente n.º {idnum}. Procedimiento {case}.",
        "Factura {invoice}, fecha {date}, importe {price} IVA incluido.",
        "Número de cliente {customer}; número de póliza {idnum}.",
        "El código de descuento {card_bad} ha caducado.",
        "Versión {version} instalada; compilación {version}.",
        "Coordenadas {coords}. Aparcamiento n.º {num}.",
        "Localizador {booking}, vuelo {flight}, asiento {seat}.",
        "Número de serie {serial}, lote {part}, caducidad {date}.",
        "ISBN {isbn}. Precio {price}.",
    ],
}

IT_IT = {
    "pos": [
        "Cordiali saluti,\n{name}\n{~Responsabile amministrativo|Commerciale estero|Segreteria generale}\n"
        "{company}\n{street}, {postcode} {city}\nTel. {FIXED:nat} – Cell. {MOBILE:nat}\n{EMAIL:work}\nP.IVA "
        "{vat}",
        "ciao sono {first}, chiamami al {MOBILE:nat} che sul fisso non rispondo",
        "Per informazioni: {FIXED:intl}, interno {ext}.",
        "Modulo di iscrizione\nCognome: {last}\nNome: {first}\nTelefono: {PHONE}\nE-mail: {EMAIL}\n"
        "N. tessera: {customer}",
        "cognome;nome;cellulare;email\n{newperson}{last};{first};{MOBILE};{EMAIL}\n"
        "{newperson}{last};{first};{MOBILE};{EMAIL}\n{newperson}{last};{first};{MOBILE};{EMAIL}",
        "Rubrica condominio:\n- Amministratore {newname}: {FIXED:slash}\n- Portineria: {FIXED:nat}\n"
        "- {newname} (int. {num}): {MOBILE:nat}",
        "Coordinate bancarie: IBAN {IBAN:IT}, BIC {bic}. Causale: fattura n. {invoice}.",
        "Pagamento con carta {CARD} non riuscito. Ordine n. {order}.",
        "Accesso rilevato dall'indirizzo IP {IP} il {date} alle {time}.",
        "Dall'estero chiamare il {FIXED:intl00}; dalla Svizzera anche {FOREIGN:CH}.",
        "Tel./Fax {FIXED:nat} / {FIXED:nat}",
        "Affittasi monolocale a {city}, {price} al mese. Chiamare ore pasti al {FIXED:nat} oppure "
        "{MOBILE:plain}.",
        "Scrivetemi a {EMAIL} oppure alla PEC {EMAIL:work}.",
        "Il modem ha ottenuto l'indirizzo IPv6 {IP6} (firmware {version}).",
        "Lo studio del dott. {last} si è trasferito. Nuovo numero: {FIXED:nat}.",
        "Il mio nuovo numero è {MOBILE:intl}, salvalo!",
        "Rimborso da accreditare sull'IBAN {IBAN:compact} intestato a {name}.",
        "Tel. {FIXED:slash} – Fax {FIXED:slash}\n{company}",
        "Addebito di {price} sulla carta {CARD:mc} del {date}. Per bloccarla chiama il {FIXED:intl}.",
    ],
    "neg": [
        "Il tuo ordine {order} è stato spedito il {date}. Codice di tracciamento: {tracking}.",
        "P.IVA {vat}, REA {company_no}, capitale sociale {price} i.v.",
        "Procedimento {case}, udienza rinviata al {date}.",
        "Numero pratica {idnum}, da citare in ogni comunicazione.",
        "Fattura n. {invoice} del {date}, totale {price}.",
        "Codice cliente {customer}, numero contratto {idnum}, matricola contatore {serial}.",
        "Il buono sconto {card_bad} non è valido.",
        "Aggiornamento alla versione {version} completato.",
        "Frecciarossa {num}, carrozza {qty}, posto {seat}. Codice PNR {booking}.",
        "ISBN {isbn}, prezzo di copertina {price}.",
        "Coordinate GPS {coords}, parcheggio n. {num}.",
    ],
}

NL_NL = {
    "pos": [
        "Met vriendelijke groet,\n\n{name}\n{~Office manager|Accountmanager|Teamleider "
        "klantenservice}\n{company}\n"
        "{street}, {postcode} {city}\nT {FIXED:nat}\nM {MOBILE:nat_dash}\nE {EMAIL:work}\n"
        "KvK {company_no} | Btw {vat}",
        "hoi, met {first}! bel me even op {LOCAL}, mijn mobiel is leeg",
        "Je kunt me bereiken op {MOBILE:nat} of via de receptie ({FIXED:intl}, toestel {ext}).",
        "Aanmeldformulier\nAchternaam: {last}\nVoornaam: {first}\nTelefoonnummer: {PHONE}\n"
        "E-mailadres: {EMAIL}\nLidnummer: {customer}",
        "naam,telefoon,email\n{newname},{PHONE},{EMAIL}\n{newname},{PHONE},{EMAIL}\n{newname},{PHONE},{EMAI"
        "L}",
        "Telefoonlijst buurtpreventie:\n{newname} – {MOBILE:nat}\n{newname} – {LOCAL}\n{newname} – "
        "{MOBILE:intl}",
        "Graag {price} overmaken naar {IBAN:NL} t.n.v. {company}, o.v.v. factuurnummer {invoice}.",
        "Betaling met creditcard {CARD} mislukt. Bestelnummer {order}.",
        "Inlogpoging vanaf {IP} op {date} om {time} geblokkeerd.",
        "Vanuit het buitenland: {FIXED:trunk}.",
        "Ons kantoor in Antwerpen: {FOREIGN:BE}; in Aken: {FOREIGN:DE}.",
        "Tel./fax {FIXED:nat_dash} / {FIXED:nat_dash}",
        "Te koop: kinderfiets, {price}. Alleen ophalen. Bel of app {MOBILE:plain}.",
        "Mail me op {EMAIL}, mijn werkadres ({EMAIL:work}) lees ik in het weekend niet.",
        "Modem kreeg IPv6-adres {IP6}; intern {IP:private}.",
        "Huisartsenpraktijk {last}\nSpoed: {FIXED:nat}\nReceptie: {LOCAL}\nHerhaalrecepten: {EMAIL:work}",
        "App me even op {MOBILE:nat} als je er bent",
        "Terugbetaling graag naar {IBAN:compact} t.n.v. {name}.",
        "Mevrouw {last} (tel. {LOCAL}) komt de sleutel op {date} halen.",
        "Bel {LOCAL} voor de sleutel, vraag naar {first}.",
        "Noodnummers VvE:\nBeheerder: {LOCAL}\nLoodgieter: {LOCAL}\nGlasschade: {FIXED:nat}",
        "Oma heeft geen mobiel, bel haar gewoon op {LOCAL}.",
        "Voor de oppas: wij zijn bij {newname}, {LOCAL}. Huisarts: {FIXED:nat}.",
    ],
    "neg": [
        "Je pakket {tracking} wordt op {date} rond {time} bezorgd.",
        "KvK-nummer {company_no}, btw-nummer {vat}.",
        "Zaaknummer {case}, zitting op {date}.",
        "Klantnummer {customer}, contractnummer {idnum}, meternummer {serial}.",
        "Factuur {invoice} d.d. {date}, bedrag {price}.",
        "Kortingscode {card_bad} is verlopen.",
        "Update naar versie {version} geïnstalleerd.",
        "Postcode {postcode}, huisnummer {num}. Kenmerk {idnum}.",
        "Dossiernummer {idnum}, vermeld dit bij alle correspondentie.",
        "Trein {num}, rijtuig {qty}, stoel {seat}.",
        "Bestelnummer {order}, artikelnummer {part}, aantal {qty}.",
    ],
}

PT_PT = {
    "pos": [
        "Com os melhores cumprimentos,\n{name}\n{~Gestora de cliente|Diretor comercial|Técnica "
        "administrativa}\n"
        "{company}\n{street}, {postcode} {city}\nTel.: {FIXED:nat} | Telm.: {MOBILE:nat}\n{EMAIL:work}\nNIF "
        "{vat}",
        "olá, aqui {first}! liga-me para o {MOBILE:nat}, o outro número já não uso",
        "Para mais informações contacte o {FIXED:intl} (extensão {ext}).",
        "Ficha de inscrição\nNome: {name}\nTelefone: {PHONE}\nE-mail: {EMAIL}\nN.º de sócio: {customer}",
        "nome;telemóvel;email\n{newname};{MOBILE};{EMAIL}\n{newname};{MOBILE};{EMAIL}\n{newname};{MOBILE};{"
        "EMAIL}",
        "Contactos da turma:\n- {newname}: {MOBILE:nat}\n- {newname}: {MOBILE:intl00}\n- {newname}: "
        "{FIXED:nat}",
        "Dados para transferência: IBAN {IBAN:PT}, BIC {bic}. Referência: fatura {invoice}.",
        "O pagamento com o cartão {CARD} foi recusado. Encomenda n.º {order}.",
        "Início de sessão a partir de {IP} em {date} às {time}.",
        "Do estrangeiro ligue {FIXED:intl00}; no Brasil, a nossa filial atende em {FOREIGN:BR}.",
        "Tel./Fax: {FIXED:nat} / {FIXED:nat}",
        "Arrenda-se T2 em {city}, {price}/mês. Contacto: {MOBILE:plain}.",
        "Envie para {EMAIL} com cópia para {EMAIL:work}.",
        "Router com IPv6 {IP6}; gateway {IP:private}.",
        "Consultório da Dra. {last}: marcações pelo {FIXED:nat} ou {MOBILE:nat}.",
        "O meu número novo é {MOBILE:intl}, guarda aí!",
        "Reembolso para o IBAN {IBAN:compact}, titular {name}.",
        "Tel. {FIXED:dots} – {company}",
        "Movimento de {price} no cartão {CARD:visa} em {date}. Não reconhece? Ligue {FIXED:nat}.",
    ],
    "neg": [
        "A sua encomenda {order} foi expedida em {date}. Código de seguimento: {tracking}.",
        "NIPC {company_no}, capital social {price}.",
        "Processo n.º {case}, audiência marcada para {date}.",
        "Pagamento por Multibanco: Entidade {mb_ent}, Referência {mb_ref}, Montante {price}.",
        "Fatura {invoice} de {date}, total {price}.",
        "N.º de cliente {customer}, n.º de contrato {idnum}, contador {serial}.",
        "Código promocional {card_bad} inválido.",
        "Versão {version} instalada.",
        "Código postal {postcode}, lote {num}.",
        "Voo {flight}, lugar {seat}, reserva {booking}.",
        "Referência {mb_ref} válida até {date}.",
    ],
}

TEMPLATES = {"de_DE": DE_DE, "fr_FR": FR_FR, "es_ES": ES_ES, "it_IT": IT_IT, "nl_NL": NL_NL, "pt_PT": PT_PT}
