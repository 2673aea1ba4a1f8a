"""French, Spanish, Italian and Brazilian Portuguese positive templates for held-out set v4.

France, Spain and Italy have closed numbering plans (area code always dialled), so their local
slots are written as full national numbers; Brazil keeps true local (subscriber-only) numbers.
"""

FR = [
    (
        "compte-rendu",
        "Compte rendu du conseil syndical - {date}\nPrésents : {who}, {name}, {name}\nPoint 2 : le "
        "syndic {org} est joignable au {P:nat} ; urgences ascenseur : {P:svc}.\nProchaine réunion "
        "le {date} à {time}.",
    ),
    (
        "avis-deces",
        "{city}. On nous prie d'annoncer le décès de {who}, survenu le {date}. Les obsèques auront "
        "lieu le {date} à {time}. Pompes funèbres {company} - tél. {P:nat}.",
    ),
    (
        "bulletin-paroissial",
        "FEUILLE PAROISSIALE - {org}\nPermanences du secrétariat : mardi et jeudi, {P:nat}\n"
        "Catéchisme : inscriptions auprès de {name} au {P:mob}.\nQuête : {N:price} €",
    ),
    (
        "annonce-immo",
        "À LOUER - T3 lumineux, {street}, {city}. {N:measure}, loyer {N:price} € CC. Réf. "
        "{N:order}. Contact : {who} au {P:mob} (SMS bienvenus) ou {E}.",
    ),
    (
        "offre-emploi",
        "{org} recrute un(e) assistant(e) comptable en CDI. Réf. {N:employee}. Candidature à "
        "{E:org} ; renseignements : {P:nat}.",
    ),
    (
        "sinistre",
        "Déclaration de sinistre - contrat n° {N:policy}\nAssuré : {who}\nTél. portable : {P:mob}\n"
        "Immatriculation : {N:plate}\nRIB / IBAN : {IBAN}",
    ),
    (
        "objet-trouve",
        "TROUVÉ : doudou lapin gris, square {street}, le {date}. Appelez le {P:mob}, merci !",
    ),
    (
        "mariage",
        "{who} et {name} ont la joie de vous convier à leur mariage le {date} à {time}, mairie de "
        "{city}. Réponse souhaitée avant le {date} : {P:mob} - {E}",
    ),
    (
        "annuaire",
        "Association des anciens élèves - promo {year}\n{name} : {P:list}\n{name} : {P:list}\n{name} : {E}",
    ),
]

ES = [
    (
        "acta",
        "ACTA DE LA JUNTA DE VECINOS - {street}\nFecha: {date}\nAsistentes: {who} (presidente), "
        "{name}, {name}\nSe acuerda avisar al administrador, {org}, en el {P:nat} o {E:org}.\n"
        "Cuota extraordinaria: {N:price} €",
    ),
    (
        "esquela",
        "{who}\nFalleció en {city} el día {date}, a los {nn} años.\nSus hijos y demás familia ruegan "
        "una oración por su alma. Tanatorio {company}, sala {n}. Tel. {P:nat}",
    ),
    (
        "hoja-parroquial",
        "HOJA PARROQUIAL {org}\nDespacho: lunes a viernes, tel. {P:nat}\nCáritas: llamar a {name} "
        "al {P:mob}\nLecturas: {N:verse}",
    ),
    (
        "piso",
        "SE ALQUILA piso en {street}, {city}. {N:measure}, 3 hab. {N:price} €/mes. Ref. {N:order}. "
        "Llamar al {P:mob} o escribir a {E}",
    ),
    (
        "empleo",
        "Oferta de empleo: dependiente/a para {org} ({city}). Ref. {N:employee}. Enviar CV a "
        "{E:org} o llamar al {P:nat} de 9 a 14 h.",
    ),
    (
        "siniestro",
        "PARTE DE SINIESTRO - póliza {N:policy}\nTomador: {who}\nMatrícula: {N:plate}\nTeléfono "
        "de contacto: {P:mob}\nCuenta para el abono: {IBAN}",
    ),
    (
        "perdido",
        "SE BUSCA perro perdido, raza podenco, collar rojo. Visto por última vez en {street} el "
        "{date}. Se gratificará. Tlf: {P:mob}",
    ),
    (
        "chatbot",
        "Asistente virtual: ¿En qué puedo ayudarte?\nUsuario: quiero que me llamen\nAsistente: "
        "¿A qué número?\nUsuario: {P:mob}\nAsistente: Perfecto, incidencia {N:order} registrada.",
    ),
]

IT = [
    (
        "verbale",
        "VERBALE DI ASSEMBLEA CONDOMINIALE - {date}\nPresenti: {who}, {name}, {name}\nL'amministratore "
        "{org} è reperibile al {P:nat}; guasti urgenti: {P:svc}.\nQuote su {IBAN}.",
    ),
    (
        "necrologio",
        "È mancato all'affetto dei suoi cari\n{who}\ndi anni {nn}. I funerali si terranno il {date} "
        "alle ore {time}. Onoranze funebri {company}, tel. {P:nat}",
    ),
    (
        "bollettino",
        "BOLLETTINO PARROCCHIALE {org}\nSegreteria: {P:nat}\nGruppo anziani: "
        "rivolgersi a {name}, cell. {P:mob}\nOfferte della settimana: {N:price} €",
    ),
    (
        "affitto",
        "AFFITTASI bilocale arredato, {street}, {city}. {N:measure}, {N:price} €/mese. Rif. "
        "{N:order}. Tel. {P:mob} ore pasti, oppure {E}",
    ),
    (
        "lavoro",
        "{org} cerca magazziniere. Rif. {N:employee}. Inviare CV a {E:org} o telefonare al {P:nat}.",
    ),
    (
        "sinistro",
        "DENUNCIA DI SINISTRO - polizza {N:policy}\nContraente: {who}\nTarga: {N:plate}\n"
        "Recapito: {P:mob}\nIBAN per il rimborso: {IBAN}",
    ),
    (
        "smarrito",
        "SMARRITO gatto tigrato zona {street} il {date}. Chi lo vede chiami il {P:mob}. Grazie!",
    ),
    (
        "pagine-gialle",
        "IDRAULICI - {city}\n{company} ....... {P:list}\n{company} ....... {P:list}\n{company} "
        "(pronto intervento) ....... {P:svc}",
    ),
]

PT = [
    (
        "ata",
        "ATA DA REUNIÃO DO CONDOMÍNIO {org} - {date}\nPresentes: {who} (síndico), {name}, {name}\n"
        "Ficou decidido que a portaria atende no ramal {nn}; o zelador {first} no {P:loc}.\n"
        "Administradora: {P:nat}",
    ),
    (
        "falecimento",
        "A família de {who} comunica seu falecimento, ocorrido em {date}. O velório será no "
        "Cemitério {company}, sala {n}. Informações: fone {P:loc} ou {P:mob}.",
    ),
    (
        "boletim",
        "BOLETIM DA PARÓQUIA {org}\nSecretaria: {P:loc} (seg. a sex.)\nPastoral da criança: falar "
        "com {name}, zap {P:mob}\nDízimo: {N:price}",
    ),
    (
        "imovel",
        "ALUGA-SE apto 2 dorm., {street}, {city}. {N:measure}, R$ {N:price}. Cód. {N:order}. "
        "Tratar c/ {first}: {P:mob} ou {P:loc}. E-mail {E}",
    ),
    (
        "vaga",
        "VAGA: auxiliar administrativo - {org}. Cód. {N:employee}. Currículos para {E:org}. Dúvidas: {P:nat}",
    ),
    (
        "achados",
        "PERDEU-SE cachorro vira-lata caramelo perto da {street}. Gratifica-se! Ligar {P:loc} / "
        "{P:mob} ({first})",
    ),
    (
        "lista-time",
        "Pelada de quinta - {city}\nGoleiros:\n{name} {P:list}\n{name} {P:list}\nLinha:\n{name} "
        "{P:list}\nRacha: R$ {N:price} por cabeça",
    ),
    (
        "guia",
        "GUIA DE SERVIÇOS - {city}\nChaveiro {company} ... {P:list}\nDisk Gás {company} ... "
        "{P:list}\nOuvidoria: {P:svc}",
    ),
    (
        "chatbot",
        "Bot: Olá! Como posso ajudar?\nCliente: quero atualizar meu telefone\nBot: Qual o novo "
        "número?\nCliente: {P:mob}\nBot: Pronto! Protocolo {N:order}.",
    ),
]
