"""French, Spanish, Italian and Portuguese sentences for v75 (construction and building), written fresh."""

FR = {
    "siteoffice": {
        "t": ["Affichage base vie", "Info chantier semaine 23", "Accueil sécurité"],
        "p": [
            "La base vie est ouverte de {N:work_hours} ; en dehors, appelez le chef de chantier au {MOB}.",
            "Livraisons uniquement sur rendez-vous avec {NAME}, tél. {NAT}.",
            "Les feuilles d'heures sont à envoyer à {ROLE} le vendredi.",
            "Notre siège : {INTL}.",
        ],
        "n": [
            "Permis de feu {N:permit_no} valable jusqu'à vendredi.",
            "Cote de référence du lot 2 : {N:site_level}.",
        ],
    },
    "scaffold": {
        "t": ["Réception d'échafaudage", "Procès-verbal de vérification", "Devis location échafaudage"],
        "p": [
            "Toute modification de l'échafaudage passe par notre dépôt au {NAT}.",
            "Le vérificateur {NAME} a signé la réception ; questions au {MOB}.",
            "Factures de location envoyées par {ROLE} ; règlement sur {IBAN}.",
            "Dégâts de tempête le week-end : {FREE}.",
        ],
        "n": [
            "Classe 3, charge admissible {N:load_rating}.",
            "Location des quatre premières semaines : {N:cost_eur} HT.",
        ],
    },
    "architect": {
        "t": ["Courrier de l'architecte", "Compte rendu de réunion de chantier", "Ordre de service"],
        "p": [
            "Pour toute question de conception, appelez l'agence au {NAT} ; {NAME} suit le dossier.",
            "Je suis sur le chantier le mercredi, joignable au {MOB} ou à {EMAIL}.",
            "Le bureau d'études structure est au {NAT}.",
            "Honoraires de la phase DET à régler sur {IBAN}.",
        ],
        "n": [
            "Le plan {N:drawing_rev} remplace l'ancienne implantation de la cuisine.",
            "La surface de plancher passe à {N:floor_area}.",
            "Porte du local technique : {N:fire_rating}.",
        ],
    },
    "skiphire": {
        "t": ["Location de benne – confirmation", "Commande de benne", "Bordereau de suivi des déchets"],
        "p": [
            "Le chauffeur vous appellera au {MOB} une demi-heure avant.",
            "Échange ou enlèvement : planning {NAT}.",
            "Réglé par carte {CARD}.",
        ],
        "n": [
            "Code déchet {N:ewc_code}, déchets mélangés de chantier.",
            "Tarif 14 jours : {N:cost_eur} TTC.",
        ],
    },
}
FR_HEADS = ["Contacts chantier", "Numéros du chantier"]
FR_LABELS = ["Conducteur de travaux", "Échafaudeur", "Bennes", "Architecte", "Électricien"]

ES = {
    "siteoffice": {
        "t": ["Aviso caseta de obra", "Información de obra semana 23", "Acogida de subcontratas"],
        "p": [
            "La caseta de obra está abierta de {N:work_hours}; fuera de ese horario, llame al "
            "encargado al {MOB}.",
            "Entregas solo con cita previa con {NAME}, teléfono {NAT}.",
            "Los partes de horas se envían a {ROLE} los viernes.",
            "Oficinas centrales: {INTL}.",
        ],
        "n": [
            "La licencia de obra, expediente {N:expediente}, está colgada en la caseta.",
            "Referencia catastral de la parcela: {N:catastral}.",
        ],
    },
    "planning": {
        "t": ["Licencia de obra – requerimiento", "Carta del ayuntamiento", "Consulta urbanística"],
        "p": [
            "Para dudas sobre su solicitud puede llamar a {NAME} al {NAT}.",
            "La documentación complementaria puede enviarse a {ROLE}.",
            "Su arquitecto indicó el {MOB}, pero no contestó nadie.",
        ],
        "n": [
            "La superficie construida pasa a {N:floor_area}.",
            "Pendiente de la cubierta: {N:roof_pitch}.",
        ],
    },
    "snagging": {
        "t": ["Lista de repasos – vivienda 4", "Repasos antes de la entrega"],
        "p": [
            "Comunique los repasos con foto a {ROLE} o por WhatsApp al {MOB}.",
            "Servicio posventa: {FREE}.",
            "Jefe de obra: {NAME}, {NAT}.",
        ],
        "n": [
            "Cocina: junta de la encimera, desviación {N:tolerance}.",
            "Baño: humedad de la solera {N:moisture}.",
        ],
    },
    "skiphire": {
        "t": ["Alquiler de contenedor – confirmación", "Pedido de contenedor de escombros"],
        "p": [
            "El conductor le llamará al {MOB} media hora antes.",
            "Cambio o retirada: {NAT}.",
            "Pagado con tarjeta {CARD}.",
            "Transferencias a {IBAN}.",
        ],
        "n": [
            "Código LER {N:ewc_code}, residuos mezclados de construcción.",
            "Precio 14 días: {N:cost_eur} IVA incluido.",
        ],
    },
}
ES_HEADS = ["Contactos de obra", "Teléfonos de la obra"]
ES_LABELS = ["Jefe de obra", "Encargado", "Andamios", "Contenedores", "Arquitecto"]

IT = {
    "siteoffice": {
        "t": ["Avviso baracca di cantiere", "Info cantiere settimana 23", "Accoglienza subappaltatori"],
        "p": [
            "La baracca di cantiere è aperta {N:work_hours}; fuori orario chiamate il capocantiere al {MOB}.",
            "Consegne solo su appuntamento con {NAME}, tel. {NAT}.",
            "I fogli ore vanno inviati a {ROLE} il venerdì.",
            "Sede: {INTL}.",
        ],
        "n": [
            "Permesso di lavoro a caldo {N:permit_no} valido fino a venerdì.",
            "Quota di riferimento lotto 2: {N:site_level}.",
        ],
    },
    "scaffold": {
        "t": ["Consegna ponteggio", "Verifica ponteggio", "Preventivo noleggio ponteggio"],
        "p": [
            "Modifiche al ponteggio solo tramite il nostro magazzino, {NAT}.",
            "Il tecnico {NAME} ha verificato il ponteggio; domande al {MOB}.",
            "Fatture di noleggio da {ROLE}; pagamento su {IBAN}.",
        ],
        "n": [
            "Classe 3, carico ammesso {N:load_rating}.",
            "Noleggio prime quattro settimane: {N:cost_eur} + IVA.",
        ],
    },
    "architect": {
        "t": ["Lettera dell'architetto", "Verbale di riunione di cantiere", "Ordine di servizio"],
        "p": [
            "Per domande sul progetto chiamate lo studio al {NAT}; segue la pratica {NAME}.",
            "Sono in cantiere il mercoledì, al {MOB} oppure a {EMAIL}.",
            "Il calcolatore strutturale risponde al {NAT}.",
        ],
        "n": [
            "La tavola {N:drawing_rev} sostituisce la precedente disposizione della cucina.",
            "La superficie utile diventa {N:floor_area}.",
        ],
    },
    "skiphire": {
        "t": ["Noleggio cassone – conferma", "Ordine cassone scarrabile"],
        "p": [
            "L'autista vi chiamerà al {MOB} mezz'ora prima.",
            "Cambio o ritiro: {NAT}.",
            "Pagato con carta {CARD}.",
            "Numero verde: {FREE}.",
        ],
        "n": [
            "Codice EER {N:ewc_code}, rifiuti misti da costruzione.",
            "Prezzo 14 giorni: {N:cost_eur} IVA inclusa.",
        ],
    },
}
IT_HEADS = ["Contatti cantiere", "Recapiti di cantiere"]
IT_LABELS = ["Direttore lavori", "Capocantiere", "Ponteggi", "Cassoni", "Architetto"]

PT = {
    "siteoffice": {
        "t": [
            "Aviso do contentor de obra",
            "Informação de obra – semana 23",
            "Integração de subempreiteiros",
        ],
        "p": [
            "O escritório da obra funciona das {N:work_hours}; fora disso, ligue para o encarregado: {MOB}.",
            "Entregas só com marcação com {NAME}, telefone {NAT}.",
            "As folhas de horas vão para {ROLE} à sexta-feira.",
            "Sede: {INTL}.",
        ],
        "n": [
            "Autorização de trabalho a quente {N:permit_no} válida até sexta.",
            "Cota de referência da fase 2: {N:site_level}.",
        ],
    },
    "planning": {
        "t": ["Alvará de construção – pedido de elementos", "Carta da prefeitura", "Consulta prévia"],
        "p": [
            "Dúvidas sobre o processo: {NAME}, telefone {NAT}.",
            "Os documentos em falta podem ser enviados para {ROLE}.",
            "O seu arquiteto indicou o {MOB}, mas ninguém atendeu.",
        ],
        "n": [
            "A área construída passa para {N:floor_area}.",
            "Inclinação do telhado: {N:roof_pitch}.",
            "CNPJ da construtora: {N:cnpj}.",
        ],
    },
    "snagging": {
        "t": ["Lista de pendências – apartamento 4", "Vistoria antes da entrega"],
        "p": [
            "Comunique as pendências com foto para {ROLE} ou pelo WhatsApp {MOB}.",
            "Assistência técnica: {FREE}.",
            "Engenheiro responsável: {NAME}, {NAT}.",
        ],
        "n": [
            "Cozinha: junta da bancada com desvio de {N:tolerance}.",
            "Banheiro: umidade do contrapiso {N:moisture}.",
        ],
    },
    "skiphire": {
        "t": ["Aluguel de caçamba – confirmação", "Pedido de caçamba de entulho"],
        "p": [
            "O motorista liga para {MOB} meia hora antes.",
            "Troca ou retirada: {NAT}.",
            "Pago com cartão {CARD}.",
        ],
        "n": [
            "Caçamba {N:skip_size}, resíduos classe A.",
            "Veículo {N:vehicle_reg}.",
        ],
    },
}
PT_LOCAL = [
    "Ligando de um fixo de {TOWN}? O escritório da obra é {LOC}, sem o DDD.",
    "Plantão de obra em {TOWN} (ligação local): {LOC}",
    "Vizinhos em {TOWN} falam com a equipe da obra pelo {LOC}; aos sábados, {LOC}.",
    "“É só discar {LOC}, a senhora está em {TOWN}”, explicou a atendente.",
    "Nosso depósito em {TOWN} atende no {LOC} (número local).",
    "Troca de caçamba em {TOWN}:\n{LOC}",
]
PT_HEADS = ["Contatos da obra", "Telefones da obra"]
PT_LABELS = ["Engenheiro", "Mestre de obras", "Andaimes", "Caçambas", "Arquiteto", "Eletricista"]
