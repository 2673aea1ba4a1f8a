"""Dutch (Netherlands; Belgium writes internationally) and Brazilian Portuguese genres."""

NL = ("nl_NL",)
NLBE = ("nl_NL", "nl_BE")
BR = ("pt_BR",)

GENRES = [
    (
        "imkervereniging-nieuwsbrief",
        NLBE,
        "imkers",
        [
            """Imkervereniging <<TOWN>> — nieuwsbrief
Het zwermseizoen is begonnen! Zwermophalers (telefoon, netnummer <<AREA>>):
<<ROSTER:dots:3-5:centrum|noord|alleen weekend|buitengebied|hele regio>>
Niemand bereikt? <<CALL>> <<P_ANN>> (<<NAME1>>, zwermcoördinator).
Bijenstand: <<NEG:hive_record>>; <<NEG:hive_record>>.
Contributie op <<IBAN>> o.v.v. <<NEG:membership_no>>.""",
        ],
    ),
    (
        "veerpont-dienstregeling",
        NLBE,
        "veerdienst",
        [
            """Veerdienst <<TOWN>> — zomerdienstregeling
<<NEG:ferry_sailing>> · <<NEG:ferry_sailing>> · <<NEG:ferry_sailing>>[[
Bij storing: <<P_OTHER>>.]] Veerhuis <<CALL>> <<P_ANN>>. Afgegeven: <<NEG:lost_found>>.""",
            """Mededeling: door hoogwater vaart de pont niet (<<NEG:tide>>). Omleiding via de brug.
Schipper <<NAME1>>, <<P_MOB>>.[[ Vragen: <<ROLE:info>>.]]""",
        ],
    ),
    (
        "bewonerscommissie-alv",
        NL,
        "bewoners",
        [
            """Bewonerscommissie <<PICK:De Vaart|Het Hof|De Linde|Parkzicht>> — stukken ALV
Agenda: jaarrekening (reserve <<NEG:money>>), huurverhoging, schilderwerk. Zie <<NEG:statute>>.
Woningen: <<NEG:share_no>>; <<NEG:share_no>>.[[
Storingsnummer woningcorporatie: <<P_OTHER>>.]]
Telefoonlijst bestuur:
<<ROSTER:table:3-5:none>>
Machtigingen naar <<ROLE:secretaris>>. Bijdrage op <<IBAN>>.""",
        ],
    ),
    (
        "bijles-advertentie",
        NLBE,
        "bijles",
        [
            """BIJLES wiskunde en natuurkunde (vmbo/havo/vwo) door student TU. €18 per uur.
<<CALL>> <<P_ANN>>[[ of mail <<EMAIL1>>]]. Groetjes, <<FIRST1>>""",
            """Huiswerkbegeleiding groep 6–8, rustig plekje in <<TOWN>>. <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "kinderopvang-belboom",
        NLBE,
        "kinderopvang",
        [
            """Kinderdagverblijf <<PICK:De Kikkerpoel|Het Boomhuis|Ukkie|De Zonnestraal>> — belboom groep <<PICK:Egeltjes|Vlinders|Kabouters>>
Bij onverwachte sluiting belt de leiding het eerste gezin; iedereen belt daarna de volgende.
<<ROSTER:tree:4-5>>[[
Het laatste gezin belt terug naar het kdv: <<P_GEO>>.]]""",
            """Oudercommissie — telefoonlijst (vaste nummers, allemaal <<AREA>>)
<<ROSTER:colon:3-5:none>>[[
Penningmeester: <<NAME1>>, <<EMAIL1>>.]]""",
        ],
    ),
    (
        "skischool-reis",
        NL,
        "skireis",
        [
            """Skireis <<PICK:Sölden|Saalbach|Val Thorens|Zell am See>> — groepsindeling
Telefoonnummers ouders (voor noodgevallen):
<<ROSTER:table:3-5:age_band>>[[
Reisleider <<NAME1>>, mobiel <<P_MOB>>.]] Skischool ter plaatse: <<P_FX>>. Kwijt: <<NEG:ski_pass>>.""",
        ],
    ),
    (
        "taxicentrale-logboek",
        NL,
        "taxi",
        [
            """Logboek centrale, nacht <<DATE>>
<<TIME>> station → ziekenhuis, <<NEG:cab_job>>. Beller teruggebeld op <<P_ANN>>.
<<TIME>> vaste klant <<NAME>>, thuisnummer <<P_ANN>>, rolstoel.
<<TIME>> <<NEG:cab_job>>.[[ Mobiel klant: <<P_MOB>>.]]""",
        ],
    ),
    (
        "vogelwerkgroep",
        NLBE,
        "vogels",
        [
            """Vogelwerkgroep <<TOWN>> — telling <<DATE>>
Teltrajecten 1–<<NUM:4-12>>, start bij <<NEG:stop_code>>. Hoogte? Polder: -2 m NAP.
Aanmelden bij <<NAME1>>, <<CALL>> <<P_ANN>>.[[ Verrekijkers uitlenen: <<ROLE:uitleen>>.]]""",
        ],
    ),
    (
        "associacao-apicultores",
        BR,
        "apicultores",
        [
            """Associação de Apicultores de <<TOWN>> — informativo
Época de enxameação! Telefones dos associados que recolhem enxames:
<<ROSTER:dash:3-5:zona norte|centro|só fim de semana|zona rural|região toda>>
Se ninguém atender, <<CALL>> <<P_ANN>> (<<NAME1>>, presidente).
Apiários: <<NEG:hive_record>>; <<NEG:hive_record>>.
Anuidade: <<NEG:money>> (associados do exterior: IBAN <<IBAN>>).""",
        ],
    ),
    (
        "horario-balsa",
        BR,
        "balsa",
        [
            """Travessia <<TOWN>> – ilha: horários da balsa
<<NEG:ferry_sailing>> · <<NEG:ferry_sailing>> · <<NEG:ferry_sailing>>
<<NEG:tide>>.[[ Informações: <<P_OTHER>>.]] Bilheteria do terminal: <<CALL>> <<P_ANN>>.""",
        ],
    ),
    (
        "assembleia-condominio",
        BR,
        "condominio",
        [
            """Condomínio <<PICK:Residencial das Palmeiras|Edifício Atlântico|Vila Verde>> — edital de assembleia
Pauta: prestação de contas (fundo de reserva <<NEG:money>>), obra da fachada, <<NEG:statute>>.
Unidades: <<NEG:share_no>>; <<NEG:share_no>>.
Telefones do conselho:
<<ROSTER:table:3-5:none>>[[
Portaria: <<P_GEO>>.]] Procurações para <<ROLE:sindico>>.""",
        ],
    ),
    (
        "aulas-particulares",
        BR,
        "aulas",
        [
            """AULAS PARTICULARES de matemática e física — ensino médio e vestibular.
Professora com experiência, <<TOWN>> e online. <<CALL>> <<P_ANN>>[[ ou <<EMAIL1>>]]. <<FIRST1>>""",
            """Reforço escolar (1º ao 5º ano) na minha casa. <<CALL>> <<P_ANN>>. Valores a combinar.""",
        ],
    ),
    (
        "grupo-pais-creche",
        BR,
        "creche",
        [
            """Creche <<PICK:Pequeno Príncipe|Turma da Mônica|Cantinho Feliz>> — corrente de telefones da turma <<PICK:Maternal I|Berçário|Jardim>>
Se a creche fechar de última hora, a coordenação liga para a primeira família e cada uma liga para a próxima.
<<ROSTER:tree:4-5>>[[
A última família liga de volta para a creche: <<P_GEO>>.]]""",
        ],
    ),
    (
        "escola-surf",
        BR,
        "surf",
        [
            """Escolinha de surf — turma de <<DAY>>
Telefones dos responsáveis:
<<ROSTER:table:3-5:age_band>>[[
Instrutor <<NAME1>>, zap <<P_MOB>>.]] <<NEG:tide>>.""",
        ],
    ),
    (
        "central-mototaxi",
        BR,
        "mototaxi",
        [
            """Central de mototáxi — registro de corridas <<DATE>>
<<TIME>> rodoviária → hospital, <<NEG:cab_job>>. Cliente ligou do <<P_ANN>>.
<<TIME>> <<NEG:cab_job>>.[[ Celular da passageira: <<P_MOB>>.]]""",
        ],
    ),
    (
        "bloco-carnaval",
        BR,
        "bloco",
        [
            """Bloco <<PICK:Unidos do Beco|Galo da Madrugada Mirim|Bloco do Eu Sozinho>> — ensaio da bateria
Ensaio <<DAY>> às <<TIME>>. Contatos dos ritmistas (telefone):
<<ROSTER:colon:3-5:surdo|caixa|repique|tamborim|agogô|chocalho>>
Mestre de bateria: <<NAME1>>. Abadás: <<NEG:money>>. Pix só pelo CNPJ do bloco, não por telefone.""",
        ],
    ),
]
