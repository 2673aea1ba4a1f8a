"""v15 genres in Spanish, Italian (IT, CH), Dutch (NL, BE) and Brazilian Portuguese."""

from __future__ import annotations

GENRES_EU2 = [
    (
        "cabalgata",
        "es_ES",
        "es",
        "cabalgata-barrio.es",
        "Cabalgata de Reyes",
        "Las carrozas salen del polideportivo al anochecer. | Los pajes reparten caramelos, nada de "
        "lanzarlos. "
        "| Los niños entregan sus cartas en el buzón real. | Se corta el tráfico en la avenida.",
    ),
    (
        "cofradia",
        "es_ES",
        "es",
        "cofradia-soledad.es",
        "Cofradía: preparativos de Semana Santa",
        "Los costaleros ensayan los jueves por la noche. | Las túnicas se recogen en la casa hermandad. "
        "| Limpieza de la plata el sábado por la mañana. | Se ruega puntualidad en la salida.",
    ),
    (
        "mus",
        "es_ES",
        "es",
        "pena-el-envite.es",
        "Torneo de mus de la peña",
        "Parejas inscritas antes del viernes. | Partidas a tres vacas, la final a cinco. "
        "| Premio para la pareja campeona: un jamón. | Habrá pinchos durante la tarde.",
    ),
    (
        "hoguera",
        "es_ES",
        "es",
        "comision-hoguera.es",
        "Hoguera de San Juan",
        "La leña se amontona en la playa durante la tarde. | Prohibido traer petardos. "
        "| Chocolate y coca para todos después de la quema. | Los bomberos vigilarán toda la noche.",
    ),
    (
        "bancoalimentos",
        "es_ES",
        "es",
        "bancoalimentos-barrio.es",
        "Recogida del banco de alimentos",
        "Hacen falta voluntarios en los supermercados del barrio. | Se recoge sobre todo leche, aceite y "
        "legumbres. "
        "| Los petos se entregan en la parroquia. | Turnos de mañana y de tarde.",
    ),
    (
        "jubilados",
        "es_ES",
        "es",
        "hogar-jubilado-centro.es",
        "Viaje del hogar del jubilado",
        "El autobús sale de la plaza mayor muy temprano. | Comida incluida en un mesón de la zona. "
        "| Llevad calzado cómodo para la visita al monasterio. | Vuelta prevista al anochecer.",
    ),
    (
        "briscola",
        "it_IT",
        "it",
        "circolo-arci-borgo.it",
        "Torneo di briscola",
        "Le coppie si iscrivono al bancone del circolo. | Si gioca a eliminazione diretta. "
        "| Premi in salumi e vino della zona. | Vietato parlare durante la mano.",
    ),
    (
        "patronale",
        "it_IT",
        "it",
        "comitato-festa-sanrocco.it",
        "Festa patronale di San Rocco",
        "La processione parte dalla chiesa madre. | Luminarie accese dalla vigilia. "
        "| Stand gastronomici in piazza tutte le sere. | Fuochi d'artificio a chiusura della festa.",
    ),
    (
        "presepe",
        "it_IT",
        "it",
        "presepevivente-colle.it",
        "Presepe vivente",
        "I figuranti si vestono nella vecchia scuola. | Servono pastori, artigiani e un asinello tranquillo. "
        "| Il percorso si snoda tra i vicoli del borgo. | Vin brulé all'uscita.",
    ),
    (
        "gita",
        "it_IT",
        "it",
        "parrocchia-santanna.it",
        "Gita parrocchiale",
        "Il pullman parte dal sagrato la mattina presto. | Pranzo al sacco o in trattoria, a scelta. "
        "| Visita guidata al santuario nel pomeriggio. | Rientro previsto in serata.",
    ),
    (
        "colletta",
        "it_IT",
        "it",
        "colletta-alimentare-quartiere.it",
        "Colletta alimentare",
        "Servono volontari davanti ai supermercati. | Si raccolgono pasta, olio, legumi e omogeneizzati. "
        "| Le pettorine si ritirano in oratorio. | Turni di tre ore, mattina e pomeriggio.",
    ),
    (
        "nottebianca",
        "it_IT",
        "it",
        "nottebianca-centro.it",
        "Notte bianca in centro",
        "I negozi restano aperti fino a tardi. | Musica dal vivo in tre piazze. "
        "| Le strade sono chiuse al traffico dal pomeriggio. | Servono volontari per l'info point.",
    ),
    (
        "castagnata",
        "it_CH",
        "it",
        "castagnata-valle.ch",
        "Castagnata in piazza",
        "Le caldarroste si fanno nel grande padellone. | Servono volontari per incidere le castagne. "
        "| Mostra di attrezzi antichi nella vecchia stalla. | Ricavato a favore della scuola dell'infanzia.",
    ),
    (
        "bocce",
        "it_CH",
        "it",
        "bocciofila-lago.ch",
        "Gara di bocce sociale",
        "Si gioca a coppie estratte a sorte. | Le corsie vengono preparate il mattino. "
        "| Polenta e brasato per pranzo. | Premiazione sotto il pergolato.",
    ),
    (
        "sinterklaas",
        "nl_NL",
        "nl",
        "sinterklaas-haven.nl",
        "Sinterklaasintocht",
        "De boot legt aan bij de oude haven. | Pieten delen pepernoten uit langs de route. "
        "| Kinderen mogen hun tekening afgeven op het bordes. | Parkeren is die ochtend lastig.",
    ),
    (
        "burendag",
        "nl_NL",
        "nl",
        "burendag-vogelbuurt.nl",
        "Burendag in de Vogelbuurt",
        "We schilderen de bankjes in het park opnieuw. | Er is soep en stamppot voor iedereen. "
        "| De kinderen maken een insectenhotel. | Gereedschap lenen kan bij de buurtconciërge.",
    ),
    (
        "sjoelen",
        "nl_NL",
        "nl",
        "sjoelclub-dedrie.nl",
        "Sjoelcompetitie",
        "Er wordt gesjoeld in het buurthuis. | Elke speler gooit drie keer dertig stenen. "
        "| De bakken worden vooraf met talk ingestreken. | Na afloop bitterballen.",
    ),
    (
        "schoolreis",
        "nl_NL",
        "nl",
        "obs-dewiekslag.nl",
        "Schoolreisje groep zes",
        "De bus vertrekt vroeg vanaf het schoolplein. | Lunchpakket en drinken zelf meenemen. "
        "| Begeleiders krijgen een groepje van vier kinderen. | Terug aan het eind van de middag.",
    ),
    (
        "koor",
        "nl_NL",
        "nl",
        "gemengdkoor-cantabile.nl",
        "Koorconcert in de kerk",
        "Inzingen een uur van tevoren in de consistoriekamer. | Zwarte kleding, rode sjaal. "
        "| De bladmuziek blijft in de map, graag. | Na afloop een drankje in de kerkzaal.",
    ),
    (
        "paasvuur",
        "nl_NL",
        "nl",
        "paasvuur-espelo.nl",
        "Paasvuur",
        "Snoeiafval kan tot zaterdag gebracht worden. | Geen geverfd hout of plastic op de bult. "
        "| De brandweer staat erbij tijdens het aansteken. | Kinderen krijgen een fakkel onder begeleiding.",
    ),
    (
        "eetfestijn",
        "nl_BE",
        "nl",
        "chiro-sintjan.be",
        "Eetfestijn van de Chiro",
        "Vol-au-vent of stoofvlees met frietjes. | De leiding bedient aan tafel. "
        "| Afhalen kan ook, breng je eigen potten mee. | Opbrengst gaat naar het kamp.",
    ),
    (
        "bivak",
        "nl_BE",
        "nl",
        "scouts-heide.be",
        "Scoutsbivak in de Ardennen",
        "Vertrek met de trein vanaf het station. | Slaapzak, matje en regenjas niet vergeten. "
        "| De ouders brengen de koffers met de camionette. | Bezoekdag halverwege het kamp.",
    ),
    (
        "mutirao",
        "pt_BR",
        "pt",
        "associacao-vilaesperanca.org.br",
        "Mutirão de limpeza da praça",
        "A gente se encontra no coreto logo cedo. | Luvas e sacos a prefeitura fornece. "
        "| As crianças vão pintar os bancos. | No fim tem café com bolo de fubá.",
    ),
    (
        "futsal",
        "pt_BR",
        "pt",
        "futsal-amigos.com.br",
        "Campeonato de futsal do bairro",
        "Os jogos são na quadra da escola estadual. | Cada time precisa de um juiz de mesa. "
        "| Camisa numerada é obrigatória. | A final tem churrasco para todos.",
    ),
    (
        "chadebebe",
        "pt_BR",
        "pt",
        "chadebebe-familia.com.br",
        "Chá de bebê",
        "Vai ser no salão de festas do prédio. | Lista de presentes na loja do shopping. "
        "| Cada convidada leva um pacote de fraldas. | Brincadeiras e bolo no final.",
    ),
    (
        "feijoada",
        "pt_BR",
        "pt",
        "paroquia-saojose.org.br",
        "Feijoada beneficente",
        "O feijão fica de molho desde a véspera. | Precisamos de gente para cortar couve. "
        "| Convites à venda na secretaria. | Samba ao vivo depois do almoço.",
    ),
    (
        "condominio",
        "pt_BR",
        "pt",
        "condominio-jardins.com.br",
        "Reunião de condomínio",
        "Pauta: reforma da piscina e troca do portão. | Procurações precisam estar assinadas. "
        "| A reunião será no salão de festas. | Ata enviada depois para todos.",
    ),
    (
        "diacriancas",
        "pt_BR",
        "pt",
        "igreja-vidanova.org.br",
        "Festa do Dia das Crianças",
        "Pula-pula, pipoca e algodão-doce. | Voluntários para pintar rostinhos. "
        "| Cada criança ganha um brinquedo na saída. | A festa é no pátio da igreja.",
    ),
    (
        "capoeira",
        "pt_BR",
        "pt",
        "grupo-capoeira-raiz.com.br",
        "Batizado de capoeira",
        "A roda começa depois do aquecimento. | Abadá branco e corda de graduação. "
        "| Berimbaus afinados antes da cerimônia. | Convidados de outros grupos são bem-vindos.",
    ),
]
