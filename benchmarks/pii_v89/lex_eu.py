"""German, French, Spanish, Italian, Dutch and Portuguese sentences for v89."""

DE = {
    "course": {
        "title": ["Anmeldebestätigung Abendkurs Spanisch", "Stundenplanänderung Intensivkurs Deutsch B1"],
        "body": [
            "Ihr Kurs {n_course} findet {n_slot} in Raum {n_room} statt; bei Fragen erreichen Sie das "
            "Sekretariat "
            "unter {NAT}.",
            "Fällt eine Stunde aus, schickt Ihre Kursleiterin {NAME} eine SMS von {NAT}.",
            "Die Kursgebühr buchen wir von {IBAN} ab.",
            "Unterlagen und Hörtexte schicken wir an {MAIL}.",
            "Kostenlose Beratung zu Bildungsgutscheinen: {OTH}.",
        ],
        "neg": [
            "Lehrbuch: ISBN {n_isbn}, Lektion 4, {n_pages}.",
            "Einstufungstest: {n_score} Punkte.",
            "Kurszeitraum {n_term}, keine Stunden in den Ferien.",
        ],
    },
    "agency": {
        "title": ["Angebot für beglaubigte Übersetzung", "Ihr Übersetzungsauftrag ist fertig"],
        "body": [
            "Angebot {n_jobref}: {n_chars} Zeichen inkl. Leerzeichen; Projektleitung {NAME}, Tel. {NAT}.",
            "Dateien bitte an {ROLE} senden.",
            "Unser Büro in Wien erreichen Sie unter {INT}.",
            "Die Rechnung wurde per Karte {CARD} beglichen.",
        ],
        "neg": [
            "USt-IdNr. {n_vat}; Fuzzy-Matches {n_tm} zum reduzierten Satz.",
            "Ermächtigung Nr. {n_swornreg}.",
            "Gesamtbetrag {n_amount} € netto.",
        ],
    },
    "court": {
        "title": ["Ladung als Dolmetscherin", "Dolmetschereinsatz Amtsgericht"],
        "body": [
            "In der Strafsache {n_aktenzeichen} werden Sie als Dolmetscher geladen; Geschäftsstelle: {NAT}.",
            "Der Verteidiger, Rechtsanwalt {NAME}, ist unter {NAT} erreichbar.",
            "Die Ladung kam von {ROLE}.",
        ],
        "neg": ["Rechtsgrundlage: {n_law}.", "Sitzungssaal {n_room}, Beginn {n_slot}."],
    },
    "hospital": {
        "title": ["Dolmetscheranforderung Ambulanz", "Sprachmittlung Geburtsstation"],
        "body": [
            "Bitte rufen Sie die Tochter der Patientin, {NAME}, unter {NAT} an.",
            "Der Ehemann ist noch in der Türkei: {INT}.",
            "Stundenzettel bitte an {ROLE}.",
        ],
        "neg": ["Fallnummer {n_mrn}, geb. {n_dob}, Station {n_room}.", "Termin {n_slot}, Sprache Farsi."],
    },
    "exchange": {
        "title": ["Ihre Gastfamilie in Dublin", "Auslandssemester – Anreiseinfos"],
        "body": [
            "Ihre Gastmutter {NAME} holt Sie ab; Handy {INT}.",
            "Notfallnummer des Austauschbüros: {NAT}.",
            "Fragen zum Learning Agreement an {ROLE}.",
        ],
        "neg": ["Flug {n_flight}, Buchung {n_hostref}.", "Förderkennzeichen {n_grant}, PIC {n_pic}."],
    },
    "exam": {
        "title": ["Prüfungsanmeldung bestätigt", "Termin mündliche Prüfung"],
        "body": [
            "Ihre mündliche Prüfung ist {n_slot}; bei Krankheit bitte {NAT} anrufen.",
            "Rückfragen zu Ergebnissen nur an {ROLE}.",
        ],
        "neg": ["Teilnehmernummer {n_candidate}, Ausweis {n_passport}.", "Ergebnis {n_score}."],
    },
}

DE_LOCAL = [
    "Aus dem {TOWN}er Ortsnetz erreichen Sie die Sprachschule einfach unter {L1}, "
    "das Prüfungsbüro unter {L2}.",
    "Dolmetscherdienst {TOWN} – innerhalb der Stadt ohne Vorwahl: {L1}",
    "„In {TOWN} einfach {L1} wählen“, sagte die Kursleiterin.",
    "Sekretariat (Anrufe aus {TOWN}):\n{L1}",
    "Wer in {TOWN} anruft, braucht nur {L1}; Nachhilfezentrum {L2}.",
]
DE_LIST = {
    "heads": ["Kontakt Sekretariat", "Telefonliste Dolmetscherdienst"],
    "labels": ["Empfang", "Kursberatung", "Buchhaltung", "Prüfungsbüro", "Einsatzplanung"],
}

FR = {
    "course": {
        "title": ["Inscription au cours d'anglais du soir", "Changement d'horaire – cours intensif"],
        "body": [
            "Votre cours {n_course} a lieu {n_slot}, salle {n_room}; le secrétariat répond au {NAT}.",
            "En cas d'absence, prévenez votre professeure {NAME} au {NAT}.",
            "Le reçu a été envoyé à {MAIL}.",
            "Frais d'inscription prélevés sur {IBAN}.",
            "Numéro vert pour les demandeurs d'emploi : {OTH}.",
        ],
        "neg": ["Manuel : ISBN {n_isbn}, {n_pages}.", "Test de niveau : {n_score}."],
    },
    "agency": {
        "title": ["Devis de traduction assermentée", "Votre traduction est prête"],
        "body": [
            "Devis {n_jobref} pour {n_words} mots ; votre chef de projet {NAME} est joignable au {NAT}.",
            "Envoyez les fichiers à {ROLE}.",
            "Notre bureau de Bruxelles : {INT}.",
            "Paiement par carte {CARD} reçu.",
        ],
        "neg": [
            "TVA intracommunautaire {n_vat}.",
            "Correspondances floues {n_tm}, {n_segments} segments.",
            "Montant total : {n_amount} € HT.",
        ],
    },
    "hospital": {
        "title": ["Demande d'interprète – consultation", "Interprétariat en maternité"],
        "body": [
            "Merci d'appeler le fils du patient, {NAME}, au {NAT}.",
            "La famille au Maroc demande à être rappelée au {INT}.",
            "Feuille de présence à renvoyer à {ROLE}.",
        ],
        "neg": ["Dossier {n_mrn}, né le {n_dob}, chambre {n_room}.", "Créneau {n_slot}, langue : dari."],
    },
    "exchange": {
        "title": ["Votre famille d'accueil à Valence", "Séjour linguistique – infos de départ"],
        "body": [
            "Votre famille d'accueil, chez {NAME}, vous attend ; portable {INT}.",
            "Ligne d'urgence de l'organisme : {NAT}.",
            "Questions à {ROLE}.",
        ],
        "neg": ["Vol {n_flight}, référence {n_hostref}.", "Convention {n_grant}."],
    },
    "sworn": {
        "title": ["Traduction certifiée de vos actes", "Apostille et traduction jurée"],
        "body": [
            "La traductrice assermentée {NAME} est joignable au {NAT}.",
            "Envoyez les scans à {MAIL}.",
        ],
        "neg": ["Apostille n° {n_apostille}.", "Agrément {n_swornreg}."],
    },
}
FR_LIST = {
    "heads": ["Coordonnées du cabinet", "Contacts de l'école"],
    "labels": ["Accueil", "Inscriptions", "Comptabilité", "Planning interprètes"],
}

ES = {
    "course": {
        "title": ["Matrícula – curso de alemán", "Cambio de horario del curso intensivo"],
        "body": [
            "Tu curso {n_course} es {n_slot} en el aula {n_room}; secretaría: {NAT}.",
            "Si faltas, avisa a tu profesora {NAME} al {NAT}.",
            "El recibo se ha enviado a {MAIL}.",
            "Información gratuita: {OTH}.",
        ],
        "neg": ["Libro: ISBN {n_isbn}, {n_pages}.", "Prueba de nivel: {n_score}."],
    },
    "agency": {
        "title": ["Presupuesto de traducción jurada", "Tu traducción está lista"],
        "body": [
            "Presupuesto {n_jobref}, {n_words} palabras; gestora de proyecto {NAME}, tel. {NAT}.",
            "Envía los archivos a {ROLE}.",
            "Oficina de Oporto: {INT}.",
            "Pago con tarjeta {CARD} recibido.",
        ],
        "neg": ["NIF-IVA {n_vat}.", "Coincidencias {n_tm}."],
    },
    "court": {
        "title": ["Citación como intérprete judicial", "Servicio de interpretación – juzgado"],
        "body": [
            "Le citamos como intérprete; para cambios llame al juzgado al {NAT}.",
            "El abogado defensor, {NAME}, atiende en el {NAT}.",
        ],
        "neg": ["Sala {n_room}, hora {n_slot}.", "Procedimiento {n_docket} (comisión rogatoria)."],
    },
    "exchange": {
        "title": ["Tu familia de acogida", "Intercambio – información de llegada"],
        "body": [
            "Tu madre de acogida {NAME} te recoge; móvil {INT}.",
            "Teléfono de emergencias del programa: {NAT}.",
        ],
        "neg": ["Vuelo {n_flight}, reserva {n_hostref}.", "Convenio {n_grant}, OID {n_oid}."],
    },
}
ES_LIST = {
    "heads": ["Contactos de la academia", "Teléfonos de la agencia"],
    "labels": ["Recepción", "Matrículas", "Administración", "Intérpretes"],
}

IT = {
    "course": {
        "title": ["Iscrizione al corso serale di inglese", "Nuovo orario – corso intensivo"],
        "body": [
            "Il corso {n_course} si tiene {n_slot} in aula {n_room}; segreteria {NAT}.",
            "Per assenze avvisa l'insegnante {NAME} al {NAT}.",
            "Ricevuta inviata a {MAIL}.",
            "Numero verde informazioni: {OTH}.",
        ],
        "neg": ["Testo: ISBN {n_isbn}, {n_pages}.", "Test d'ingresso: {n_score}."],
    },
    "agency": {
        "title": ["Preventivo traduzione giurata", "Traduzione pronta per il ritiro"],
        "body": [
            "Preventivo {n_jobref}, {n_words} parole; project manager {NAME}, tel. {NAT}.",
            "I file vanno inviati a {ROLE}.",
            "Il nostro ufficio di Lugano: {INT}.",
            "Bonifico su {IBAN}.",
        ],
        "neg": ["Partita IVA {n_vat}.", "Corrispondenze {n_tm}.", "Totale {n_amount} € IVA esclusa."],
    },
    "hospital": {
        "title": ["Richiesta mediatore linguistico", "Interprete in pronto soccorso"],
        "body": [
            "Chiamare la figlia della paziente, {NAME}, al {NAT}.",
            "Il marito è in Albania: {INT}.",
        ],
        "neg": ["Cartella {n_mrn}, nata il {n_dob}, reparto {n_room}.", "Orario {n_slot}."],
    },
}
IT_LIST = {
    "heads": ["Recapiti della scuola", "Contatti dell'agenzia"],
    "labels": ["Segreteria", "Iscrizioni", "Amministrazione", "Interpreti"],
}

NL = {
    "course": {
        "title": ["Inschrijving avondcursus Spaans", "Roosterwijziging intensieve cursus"],
        "body": [
            "Je cursus {n_course} is {n_slot} in lokaal {n_room}; het secretariaat is bereikbaar op {NAT}.",
            "Ben je ziek, app dan je docent {NAME} op {NAT}.",
            "Het cursusgeld wordt afgeschreven van {IBAN}.",
            "Het lesmateriaal gaat naar {MAIL}.",
            "Gratis informatielijn: {OTH}.",
        ],
        "neg": ["Boek: ISBN {n_isbn}, {n_pages}.", "Niveautoets: {n_score}."],
    },
    "agency": {
        "title": ["Offerte beëdigde vertaling", "Je vertaling is klaar"],
        "body": [
            "Offerte {n_jobref}, {n_words} woorden; projectleider {NAME} op {NAT}.",
            "Stuur de bestanden naar {ROLE}.",
            "Ons kantoor in Antwerpen: {INT}.",
            "Betaald met creditcard {CARD}.",
        ],
        "neg": ["Btw-nummer {n_vat}.", "Fuzzy matches {n_tm}, {n_segments} segmenten."],
    },
    "court": {
        "title": ["Oproep tolk – rechtbank", "Tolkinzet politieverhoor"],
        "body": [
            "U bent ingeroosterd als tolk; de griffie is bereikbaar op {NAT}.",
            "De advocaat, mr. {NAME}, op {NAT}.",
            "Bevestigingen komen van {ROLE}.",
        ],
        "neg": [
            "Zittingszaal {n_room}, aanvang {n_slot}.",
            "Rechtshulpverzoek {n_aktenzeichen} uit Duitsland.",
        ],
    },
    "exchange": {
        "title": ["Je gastgezin", "Uitwisseling – vertrekinformatie"],
        "body": [
            "Je gastmoeder {NAME} haalt je op; mobiel {INT}.",
            "Noodnummer uitwisselingsbureau: {NAT}.",
        ],
        "neg": ["Vlucht {n_flight}, boeking {n_hostref}.", "Subsidie {n_grant}, PIC {n_pic}."],
    },
    "hospital": {
        "title": ["Tolkaanvraag polikliniek", "Tolk op de kraamafdeling"],
        "body": [
            "Bel de zoon van de patiënt, {NAME}, op {NAT}.",
            "Urenbriefje naar {ROLE}.",
        ],
        "neg": ["Patiëntnummer {n_mrn}, geboren {n_dob}.", "Afspraak {n_slot}."],
    },
}
NL_LOCAL = [
    "Binnen {TOWN} bel je de taalschool gewoon op {L1}; het examenbureau op {L2}.",
    "Tolkencentrum {TOWN}, lokaal te bereiken zonder netnummer: {L1}",
    '"Vanuit {TOWN} draai je alleen {L1}", zei de coördinator.',
    "Receptie (bellen binnen {TOWN}):\n{L1}",
    "Woon je in {TOWN}? Bijles via {L1}.",
]
NL_LIST = {
    "heads": ["Bereikbaarheid bureau", "Telefoonlijst taalschool"],
    "labels": ["Receptie", "Cursusadvies", "Administratie", "Tolkenplanning"],
}

PT = {
    "course": {
        "title": ["Matrícula – curso de inglês noturno", "Mudança de horário do intensivo"],
        "body": [
            "Seu curso {n_course} é {n_slot} na sala {n_room}; secretaria: {NAT}.",
            "Se faltar, avise a professora {NAME} no {NAT}.",
            "O recibo foi para {MAIL}.",
            "Central gratuita: {OTH}.",
        ],
        "neg": ["Livro: ISBN {n_isbn}, {n_pages}.", "Teste de nivelamento: {n_score}."],
    },
    "agency": {
        "title": ["Orçamento de tradução juramentada", "Sua tradução está pronta"],
        "body": [
            "Orçamento {n_jobref}, {n_words} palavras; gerente de projeto {NAME}, tel. {NAT}.",
            "Envie os arquivos para {ROLE}.",
            "Escritório de Lisboa: {INT}.",
            "Pagamento no cartão {CARD} confirmado.",
        ],
        "neg": ["Correspondências {n_tm}.", "Apostila nº {n_apostille}.", "Total: R$ {n_amount}."],
    },
    "exchange": {
        "title": ["Sua família anfitriã", "Intercâmbio – informações de chegada"],
        "body": [
            "Sua mãe anfitriã {NAME} vai te buscar; celular {INT}.",
            "Plantão do intercâmbio: {NAT}.",
            "Dúvidas: {ROLE}.",
        ],
        "neg": ["Voo {n_flight}, reserva {n_hostref}.", "SEVIS {n_sevis}, programa {n_jprogram}."],
    },
    "hospital": {
        "title": ["Pedido de intérprete – ambulatório", "Intérprete de Libras e inglês"],
        "body": [
            "Ligar para a filha do paciente, {NAME}, no {NAT}.",
            "Folha de horas para {ROLE}.",
        ],
        "neg": ["Prontuário {n_mrn}, nascido em {n_dob}.", "Horário {n_slot}, leito {n_room}."],
    },
}
PT_LOCAL = [
    "De telefone fixo em {TOWN}, a escola de idiomas atende no {L1}; secretaria de provas {L2}.",
    "Agência de tradução – ligações locais ({TOWN}): {L1}",
    '"Aqui em {TOWN} é só discar {L1}", disse a coordenadora.',
    "Quem está em {TOWN} fala com o plantão de intérpretes pelo {L1}.",
]
PT_LIST = {
    "heads": ["Contatos da escola", "Telefones da agência"],
    "labels": ["Recepção", "Matrículas", "Financeiro", "Intérpretes"],
}
