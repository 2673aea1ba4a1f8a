"""French, Spanish, Italian and Portuguese sentences for v78."""

FR = {
    "allotment": {
        "titles": [
            "Jardins familiaux – lettre aux jardiniers",
            "Association des jardins partagés",
            "Compte rendu de l'assemblée",
        ],
        "pos": [
            "Les dépôts sauvages près du portail se signalent gratuitement au {O}.",
            "Pour la clé du cabanon, appelez Monique au {M}.",
            "La cotisation pour la parcelle {X:plot_no} ({X:rent} €) se règle par virement sur {B}.",
            "Les demandes d'inscription sur liste d'attente se font uniquement à {E}.",
            "Le responsable de l'eau répond le soir au {N}.",
        ],
        "neg": [
            "L'analyse de sol donne {X:soil_ph}, on chaulera en automne.",
            "La parcelle {X:plot_no} sera libre en novembre.",
            "Il est tombé {X:rainfall} la semaine dernière.",
        ],
    },
    "beekeeping": {
        "titles": ["Syndicat apicole – essaims", "Bulletin du rucher-école", "Visite du rucher"],
        "pos": [
            "Un essaim dans votre jardin ? Ne le touchez pas et téléphonez au {M}.",
            "L'adhésion est prélevée sur {B} chaque janvier.",
            "Inscriptions au rucher-école : {E}.",
            "La balance connectée de la ruche envoie ses mesures à {P}.",
        ],
        "neg": [
            "La colonie {X:hive_id} est sur {X:frames} cadres, {X:hive_id} est orpheline.",
            "Chute naturelle de varroas : {X:mite_drop} par jour.",
            "Pots de {X:jar_weight}, lot {X:honey_batch}.",
        ],
    },
    "gardencentre": {
        "titles": ["Votre commande en jardinerie", "Bon de livraison végétaux", "Retrait en magasin"],
        "pos": [
            "Le livreur vous appellera depuis le {M} une demi-heure avant.",
            "Réglé par carte {C} ; conservez le ticket pour la garantie de reprise.",
            "Rappel de la pompe de bassin : numéro gratuit du fabricant, {O}.",
            "Le rayon pépinière est joignable directement au {N}.",
        ],
        "neg": [
            "Créneau de retrait : {X:slot_time}, porte B.",
            "Terreau, code-barres {X:ean}, trois pour deux.",
            "Plants en plaques de {X:cell_tray} alvéoles.",
        ],
    },
    "treesurgeon": {
        "titles": ["Devis élagage", "Diagnostic arboricole", "Abattage : fiche chantier"],
        "pos": [
            "En cas de tempête, notre astreinte répond au {M}.",
            "Les factures partent de {E}.",
            "L'acompte a été débité sur la carte {C}.",
        ],
        "neg": [
            "Circonférence du chêne : {X:girth} à 1,30 m.",
            "Coordonnées de l'arbre : {X:lat_lon}.",
        ],
    },
}

ES = {
    "allotment": {
        "titles": [
            "Huertos urbanos – aviso a los hortelanos",
            "Asociación de huertos",
            "Acta de la asamblea",
        ],
        "pos": [
            "Los vertidos junto a la valla se denuncian gratis en el {O}.",
            "Si necesitas la llave de la caseta, llama a Rosario al {M}.",
            "La cuota de la parcela {X:plot_no} ({X:rent} €) se paga por transferencia a {B}.",
            "Las dudas sobre la lista de espera, solo por correo a {E}.",
            "El encargado del riego atiende por las tardes en el {N}.",
        ],
        "neg": [
            "El análisis de suelo dio {X:soil_ph}.",
            "La parcela {X:plot_no} queda libre en octubre.",
            "Cayeron {X:rainfall} la semana pasada, el riego sigue cortado.",
        ],
    },
    "beekeeping": {
        "titles": ["Asociación de apicultores – enjambres", "Boletín apícola", "Visita al colmenar"],
        "pos": [
            "¿Ha visto un enjambre? No lo toque y llame al {M}.",
            "La cuota anual se domicilia en {B}.",
            "Inscripciones para el curso de iniciación: {E}.",
        ],
        "neg": [
            "La colmena {X:hive_id} está en {X:frames} cuadros.",
            "Caída natural de varroa: {X:mite_drop} al día.",
            "Tarros de {X:jar_weight}, lote {X:honey_batch}.",
        ],
    },
    "gardencentre": {
        "titles": ["Su pedido en el vivero", "Albarán de entrega", "Recogida en tienda"],
        "pos": [
            "El repartidor le llamará desde el {M} media hora antes.",
            "Pagado con tarjeta {C}; guarde el ticket.",
            "Para la retirada de bombas de estanque, teléfono gratuito {O}.",
            "La sección de vivero atiende en el {N}.",
        ],
        "neg": [
            "Franja de recogida: {X:slot_time}.",
            "Sustrato universal, código de barras {X:ean}.",
        ],
    },
    "landscaper": {
        "titles": ["Presupuesto de jardinería", "Parte de obra del jardín"],
        "pos": [
            "Para cualquier cosa en la obra, el encargado es Paco: {M}.",
            "El saldo final puede transferirlo a {B}.",
            "Los planos se enviarán desde {E}.",
        ],
        "neg": [
            "Plantación a {X:spacing}.",
            "Abono de césped {X:npk} en primavera.",
        ],
    },
}

IT = {
    "allotment": {
        "titles": [
            "Orti urbani – avviso agli ortolani",
            "Associazione orti sociali",
            "Verbale dell'assemblea",
        ],
        "pos": [
            "Per la chiave del capanno chiamate Franca al {M}.",
            "Il canone dell'orto {X:plot_no} ({X:rent} €) va versato con bonifico su {B}.",
            "Per la lista d'attesa scrivete soltanto a {E}.",
            "Il responsabile dell'acqua risponde la sera al {N}.",
        ],
        "neg": [
            "L'analisi del terreno ha dato {X:soil_ph}.",
            "L'orto {X:plot_no} si libera a ottobre.",
            "Sono caduti {X:rainfall} di pioggia, l'irrigazione resta chiusa.",
        ],
    },
    "beekeeping": {
        "titles": ["Associazione apicoltori – sciami", "Notiziario apistico", "Visita all'apiario"],
        "pos": [
            "Avete visto uno sciame? Non toccatelo e chiamate il {M}.",
            "La quota associativa si paga su {B}.",
            "Iscrizioni al corso base: {E}.",
            "La bilancia dell'arnia trasmette i dati a {P}.",
        ],
        "neg": [
            "L'arnia {X:hive_id} è su {X:frames} telaini.",
            "Caduta naturale di varroa: {X:mite_drop} al giorno.",
            "Vasetti da {X:jar_weight}, lotto {X:honey_batch}.",
        ],
    },
    "gardencentre": {
        "titles": ["Il suo ordine al garden center", "Documento di trasporto piante", "Ritiro in negozio"],
        "pos": [
            "L'autista vi chiamerà dal {M} mezz'ora prima.",
            "Pagato con carta {C}; conservate lo scontrino.",
            "Richiamo pompe da laghetto: numero verde {O}.",
            "Il reparto vivaio risponde al {N}.",
        ],
        "neg": [
            "Fascia di ritiro: {X:slot_time}.",
            "Terriccio, codice a barre {X:ean}.",
        ],
    },
    "treesurgeon": {
        "titles": ["Preventivo potatura", "Relazione sugli alberi"],
        "pos": [
            "Per i danni da temporale la reperibilità risponde al {M}.",
            "Le fatture arrivano da {E}.",
        ],
        "neg": [
            "Circonferenza del platano: {X:girth} a 1,30 m.",
            "Coordinate dell'albero: {X:lat_lon}.",
        ],
    },
}

PT = {
    "allotment": {
        "titles": ["Horta comunitária – aviso aos hortelãos", "Associação da horta", "Ata da reunião"],
        "pos": [
            "Quem precisar da chave do galpão fala com a Dona Célia no {M}.",
            "A mensalidade do canteiro {X:plot_no} ({X:rent}) pode ser paga por transferência para {B}.",
            "Descarte irregular de entulho perto da horta pode ser denunciado de graça no {O}.",
            "Dúvidas sobre a fila de espera só pelo e-mail {E}.",
            "O responsável pela irrigação atende à noite no {N}.",
        ],
        "neg": [
            "A análise de solo deu {X:soil_ph}.",
            "O canteiro {X:plot_no} fica livre em outubro.",
            "Choveu {X:rainfall} na semana passada.",
        ],
    },
    "beekeeping": {
        "titles": ["Associação de apicultores – enxames", "Boletim do apiário", "Visita ao apiário"],
        "pos": [
            "Viu um enxame? Não mexa e ligue para {M}.",
            "Inscrições no curso de iniciação: {E}.",
            "A balança da colmeia envia os dados para {P}.",
            "A anuidade é debitada em {B}.",
        ],
        "neg": [
            "A colmeia {X:hive_id} está com {X:frames} quadros.",
            "Queda natural de varroa: {X:mite_drop} por dia.",
            "Potes de {X:jar_weight}, lote {X:honey_batch}.",
        ],
    },
    "gardencentre": {
        "titles": ["Seu pedido no garden center", "Nota de entrega de plantas", "Retirada na loja"],
        "pos": [
            "O motorista liga do {M} meia hora antes.",
            "Pago com cartão {C}; guarde o comprovante.",
            "Recall da bomba de lago: ligação gratuita {O}.",
            "O setor de mudas atende no {N}.",
        ],
        "neg": [
            "Horário de retirada: {X:slot_time}.",
            "Substrato, código de barras {X:ean}.",
            "Mudas em bandejas de {X:cell_tray} células.",
        ],
    },
    "landscaper": {
        "titles": ["Orçamento de paisagismo", "Cronograma da obra do jardim"],
        "pos": [
            "Qualquer coisa na obra, fale com o encarregado Marcos: {M}.",
            "O projeto será enviado por {E}.",
            "O escritório atende em dias úteis no {N}.",
        ],
        "neg": [
            "Plantio com espaçamento de {X:spacing}.",
            "Adubo {X:npk} na primavera.",
        ],
    },
    "plantswap": {
        "titles": ["Troca de mudas no sábado", "Troca de sementes"],
        "pos": [
            "Não pode vir? Manda mensagem para a Bia no {M} que ela separa umas mudas.",
            "Pedidos da lista de sementes para {E}.",
        ],
        "neg": [
            "Germinaram melhor a {X:germ_temp}.",
            "Das {X:slot_time} no salão paroquial.",
        ],
    },
}

PT_LOCAL = [
    "Quem é de {town} pode ligar para o viveiro direto no {L}, sem o DDD.",
    "Telefone fixo da horta em {town} (ligação local): {L}",
    "Em {town}, basta discar {L} para falar com a associação de apicultores.",
    "Chamadas locais de {town}: loja {L}, escritório {L}.",
    "Para quem liga de um fixo em {town}, o número é só {L}.",
]

LISTS = {
    "fr": {
        "heads": ["Contacts utiles", "Qui appeler ?", "Bureau de l'association"],
        "labels": ["Présidente", "Trésorier", "Essaims", "Arrosage", "Magasin"],
    },
    "es": {
        "heads": ["Contactos", "A quién llamar", "Junta directiva"],
        "labels": ["Presidenta", "Tesorero", "Enjambres", "Riego", "Tienda"],
    },
    "it": {
        "heads": ["Contatti utili", "Chi chiamare", "Direttivo"],
        "labels": ["Presidente", "Tesoriere", "Sciami", "Irrigazione", "Negozio"],
    },
    "pt": {
        "heads": ["Contatos", "Para quem ligar", "Diretoria"],
        "labels": ["Presidente", "Tesoureira", "Enxames", "Irrigação", "Loja"],
    },
}
