"""French, Spanish, Italian and Portuguese genres: (key, locales, language, titles, body lines)."""

GENRES_ROM = [
    (
        "comite-fetes",
        "fr_FR",
        "fr",
        "Comité des fêtes|Comité des fêtes : 14 juillet",
        "Le montage du chapiteau est prévu jeudi.|Il manque des bras pour la buvette."
        "|Le feu d'artifice est tiré à 23 h.|Merci de rapporter les tables à la salle polyvalente.",
    ),
    (
        "petanque",
        "fr_FR",
        "fr",
        "Club de pétanque|Concours de pétanque",
        "Concours en doublettes samedi, jet du but à 14 h 30.|Inscriptions sur place, 5 euros par équipe."
        "|Le terrain sera arrosé le matin.|Le pastis est offert aux finalistes.",
    ),
    (
        "chorale",
        "fr_FR",
        "fr",
        "Chorale : répétitions|Chorale paroissiale",
        "Répétition mardi à 20 h dans la salle du presbytère.|Apportez vos partitions du Requiem."
        "|Les altos répètent à part à 19 h 30.|Concert le dimanche avant Noël.",
    ),
    (
        "amap",
        "fr_FR",
        "fr",
        "AMAP : distribution|AMAP : paniers",
        "Distribution des paniers jeudi de 18 h à 19 h 30.|Pensez à rapporter les cagettes."
        "|Le contrat œufs est à renouveler.|Une visite de la ferme est prévue en mai.",
    ),
    (
        "vide-grenier",
        "fr_FR",
        "fr",
        "Vide-grenier du quartier|Vide-grenier : inscriptions",
        "Installation des exposants à partir de 6 h.|Le mètre linéaire est à 3 euros."
        "|Pas de vente d'animaux ni d'armes.|Buvette et crêpes tenues par l'école.",
    ),
    (
        "randonnee",
        "fr_FR",
        "fr",
        "Club de randonnée|Sortie randonnée",
        "Rendez-vous au parking de la mairie à 8 h.|Dénivelé de 600 mètres, prévoir des bâtons."
        "|Pique-nique tiré du sac.|Covoiturage organisé sur place.",
    ),
    (
        "ape",
        "fr_FR",
        "fr",
        "Association des parents d'élèves|APE : kermesse",
        "La kermesse aura lieu le dernier samedi de juin.|Nous cherchons des parents pour les stands."
        "|Les gâteaux sont à déposer le matin.|Les bénéfices financeront la classe verte.",
    ),
    (
        "cine-club",
        "fr_FR",
        "fr",
        "Ciné-club|Ciné-club : programme",
        "Projection vendredi à 20 h 30, suivie d'un débat.|Cycle Truffaut ce trimestre."
        "|Adhésion annuelle à régler à l'entrée.|Nous cherchons un projectionniste bénévole.",
    ),
    (
        "kermesse-be",
        "fr_BE",
        "fr",
        "Kermesse de l'école|Kermesse : programme",
        "Le barbecue commence à midi dans la cour.|Les enfants dansent à 15 h."
        "|Tombola avec de beaux lots.|Merci aux parents pour le montage des tonnelles.",
    ),
    (
        "marche-adeps",
        "fr_BE",
        "fr",
        "Marche ADEPS|Marche ADEPS du village",
        "Départ entre 7 h et 15 h de l'école communale.|Parcours de 5, 10, 15 et 20 km."
        "|Ravitaillement à mi-parcours.|Nous cherchons des signaleurs.",
    ),
    (
        "soiree-raclette",
        "fr_CH",
        "fr",
        "Soirée raclette de la société|Raclette de la fanfare",
        "La soirée a lieu à la grande salle samedi.|Le fromage vient de l'alpage de la Berra."
        "|Les fours à raclette sont à récupérer vendredi.|Inscription jusqu'à mercredi.",
    ),
    (
        "falla",
        "es_ES",
        "es",
        "Comisión fallera|Falla: calendario",
        "La plantà es el 15 por la noche.|Los ninots se recogen en el taller el jueves."
        "|La paella de la comisión es el domingo.|Hay que pagar la cuota de la loteria.",
    ),
    (
        "coro-parroquial",
        "es_ES",
        "es",
        "Coro parroquial|Ensayos del coro",
        "Ensayo los miércoles a las 20:00 en la sacristía.|Traed las partituras de la misa."
        "|Los tenores ensayan aparte.|Cantamos en la boda del sábado.",
    ),
    (
        "club-montana",
        "es_ES",
        "es",
        "Club de montaña: salida|Salida al Pirineo",
        "Salimos el sábado a las 6:30 desde la plaza.|Llevad crampones y piolet."
        "|Dormimos en el refugio, reservado.|Si hay mal tiempo se suspende.",
    ),
    (
        "huerto-urbano",
        "es_ES",
        "es",
        "Huerto urbano del barrio|Huerto comunitario",
        "El riego se reparte por turnos.|Hay esquejes de tomate en el invernadero."
        "|No dejéis herramientas fuera.|Jornada de compost el domingo.",
    ),
    (
        "ampa",
        "es_ES",
        "es",
        "AMPA del colegio|AMPA: fiesta de fin de curso",
        "La fiesta de fin de curso es el viernes.|Necesitamos padres para la barra."
        "|Los disfraces se devuelven lavados.|Las cuotas se pagan en secretaría.",
    ),
    (
        "romeria",
        "es_ES",
        "es",
        "Romería|Romería de la ermita",
        "La carreta sale a las 9 de la plaza.|Comida en el pinar, cada uno lo suyo."
        "|Los caballos deben llevar la documentación.|Misa rociera al mediodía.",
    ),
    (
        "carrera-popular",
        "es_ES",
        "es",
        "Carrera popular|Carrera solidaria",
        "Los dorsales se recogen el sábado en el polideportivo.|La salida es a las 10:00."
        "|Avituallamiento en el kilómetro 5.|Buscamos voluntarios para los cruces.",
    ),
    (
        "sagra",
        "it_IT",
        "it",
        "Sagra del paese|Sagra: turni",
        "La cucina apre alle 19.|Servono volontari per la griglia e per la cassa."
        "|Il montaggio del tendone è giovedì.|Il ricavato va alla scuola materna.",
    ),
    (
        "coro-alpino",
        "it_IT",
        "it",
        "Coro alpino|Coro: prove",
        "Le prove sono il martedì alle 21.|Ripassiamo i canti per la rassegna."
        "|Portate il cappello per il concerto.|Trasferta in pullman a settembre.",
    ),
    (
        "grest",
        "it_IT",
        "it",
        "Grest estivo|Grest in oratorio",
        "Il Grest inizia lunedì alle 8.30.|Gli animatori si trovano domenica per la riunione."
        "|Portare cappellino e borraccia.|Gita in piscina il giovedì.",
    ),
    (
        "calcetto",
        "it_IT",
        "it",
        "Calcetto del giovedì|Torneo di calcetto",
        "Campo prenotato alle 21 al centro sportivo.|Siamo in nove, manca uno."
        "|La quota del campo è 8 euro a testa.|Dopo la partita pizza.",
    ),
    (
        "palio",
        "it_IT",
        "it",
        "Palio delle contrade|Contrada: palio",
        "Prove del corteo storico il sabato.|I costumi sono in sede."
        "|La cena propiziatoria è venerdì.|Servono tamburini nuovi.",
    ),
    (
        "gruppo-alpini",
        "it_IT",
        "it",
        "Gruppo Alpini|Alpini: adunata",
        "Partenza per l'adunata venerdì alle 5.|Il pullman è pieno, lista d'attesa."
        "|La castagnata è rinviata.|Servono braccia per la festa della sezione.",
    ),
    (
        "corso-cucina",
        "it_IT",
        "it",
        "Corso di cucina|Corso di pasta fresca",
        "Lezione giovedì sera in parrocchia.|Portare grembiule e mattarello."
        "|Faremo tortellini e tagliatelle.|Si mangia insieme alla fine.",
    ),
    (
        "corale-ticino",
        "it_CH",
        "it",
        "Corale: concerto di primavera|Corale ticinese",
        "Le prove sono il lunedì sera a Bellinzona.|Il concerto è in chiesa collegiata."
        "|Divisa: camicia bianca e foulard.|Cena sociale dopo il concerto.",
    ),
    (
        "festa-junina",
        "pt_BR",
        "pt",
        "Festa junina|Arraiá da escola",
        "A quadrilha ensaia sábado de manhã.|Cada família traz um prato típico."
        "|Precisamos de gente pra barraca de pescaria.|A fogueira é às 20h.",
    ),
    (
        "bloco-carnaval",
        "pt_BR",
        "pt",
        "Bloco de carnaval|Bloco: ensaios",
        "Ensaio da bateria na quadra, sábado às 16h.|Abadás chegam na quinta."
        "|Concentração às 14h na praça.|Levem água e protetor solar.",
    ),
    (
        "grupo-corrida",
        "pt_BR",
        "pt",
        "Grupo de corrida|Treino de domingo",
        "Treino longão no parque às 6h.|Quem vai pra meia maratona, confirme."
        "|Camisetas novas disponíveis.|Café da manhã depois do treino.",
    ),
    (
        "horta-comunitaria",
        "pt_BR",
        "pt",
        "Horta comunitária|Mutirão na horta",
        "Rega pela manhã, escala abaixo.|Chegaram mudas de alface e couve."
        "|Não deixem ferramentas na chuva.|Oficina de compostagem no sábado.",
    ),
    (
        "bazar",
        "pt_BR",
        "pt",
        "Bazar beneficente|Bazar da paróquia",
        "Doações até quinta-feira no salão.|Roupas limpas e em bom estado."
        "|O bazar abre às 9h do sábado.|Renda vai para a creche.",
    ),
    (
        "catequese",
        "pt_BR",
        "pt",
        "Catequese|Catequese: primeira comunhão",
        "Encontro sábado às 15h no salão paroquial.|Trazer a Bíblia e o caderno."
        "|Ensaio da primeira comunhão no domingo.|Pais, favor confirmar presença.",
    ),
    (
        "churrasco-firma",
        "pt_BR",
        "pt",
        "Churrasco da firma|Confraternização do setor",
        "O churrasco é sexta a partir das 18h.|Cada um leva sua bebida."
        "|A carne já foi encomendada.|Amigo secreto no mesmo dia.",
    ),
]
